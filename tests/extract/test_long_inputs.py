"""Extraction time grows linearly with the input, whatever its layout.

A text without blank lines (a transcript, a page whose HTML had no paragraph markup) is
one paragraph; one without full stops is one sentence. Every look-up that used to scan a
paragraph or a sentence from its start, per cue, quote or pronoun, made such inputs
quadratic (a 5 MB one-line file took eight minutes). Each test here reads one shape of
text at two sizes and checks that four times the text costs about four times the CPU time
(quadratic growth would cost sixteen), measured in the same run so that the machine's speed
does not matter.
"""

from __future__ import annotations

import time

import pytest

from factcheck.extract import extract

# Linear growth gives 4; quadratic gives 16. The margin absorbs noise on a busy machine.
MAX_GROWTH = 8.0

# The shape the defect was found with: two sentences repeated, no newline.
TWO_SENTENCES = (
    'The minister said "we will send 100,000 troops to the border," according to officials. '
    "He added that more than 3,000 civilians had died. "
)
# A raw transcript: cues and pronouns, and no sentence ever ends.
NO_STOPS = (
    "and then he said we will send troops and Smith told reporters they would go and she "
    "added that nothing was decided and the official said "
)
# A quote left open runs to the end of its paragraph, which is now the whole text.
UNCLOSED = "“We will go and he said, she told reporters "
# A live blog of thousands of posts, each with its time stamp, headline and byline.
LIVE_BLOG_POST = (
    "1:02 p.m. ET, January 21, 2022\n\nTroops gather\n\nFrom CNN's Jane Doe\n\n"
    "The minister said 100,000 troops were at the border.\n\n"
)
# Figures with no full stop between them: one sentence of thousands of figures.
FIGURES = "Up 3% to $4.5bn, from 70% to 25-30% and 100,000 troops, 5 km away; "


def _many_speakers(size: int) -> str:
    """Thousands of different people, each described and then pointed back at."""
    syllables = "ka lo mi ra te su no vi da re po li ma ne to sa".split()
    parts, total, k = [], 0, 0
    while total < size:
        first = "".join(syllables[(k >> s) % 16] for s in (0, 4, 8)).capitalize()
        last = "".join(syllables[(k >> s) % 16] for s in (2, 6, 10)).capitalize()
        part = (
            f"{first} {last}, a senior official, said the talks had failed. "
            f'"We are not done," she added. The official told reporters they would return. '
        )
        parts.append(part)
        total += len(part)
        k += 1
    return "".join(parts)[:size]


def _repeat(unit: str, size: int) -> str:
    return (unit * (size // len(unit) + 1))[:size]


def _cpu_seconds(text: str) -> tuple[float, int]:
    started = time.process_time()
    claims = extract(text)
    return time.process_time() - started, len(claims)


def _growth(small: str, large: str) -> tuple[float, int, int]:
    # Each size is read twice, the two taking turns, and its fastest time kept: a slow
    # moment of the machine (another process, a collection of the test run's own heap)
    # then inflates neither. One large run alone put a linear shape past MAX_GROWTH.
    runs = [(_cpu_seconds(small), _cpu_seconds(large)) for _ in range(2)]
    small_time, small_claims = min(small_run for small_run, _ in runs)
    large_time, large_claims = min(large_run for _, large_run in runs)
    return large_time / max(small_time, 1e-3), small_claims, large_claims


def test_a_two_megabyte_line_is_read_in_linear_time() -> None:
    growth, small_claims, large_claims = _growth(
        _repeat(TWO_SENTENCES, 500_000), _repeat(TWO_SENTENCES, 2_000_000)
    )
    assert growth < MAX_GROWTH
    # Every repetition still gives its claims: the quote, and the figure of the second.
    assert large_claims >= 4 * small_claims - 4


@pytest.mark.parametrize(
    "shape",
    [
        pytest.param(lambda n: _repeat(NO_STOPS, n), id="sentence-without-stops"),
        pytest.param(lambda n: _repeat(UNCLOSED, n), id="quote-left-open"),
        pytest.param(lambda n: _repeat(FIGURES, n), id="figures-without-stops"),
        pytest.param(_many_speakers, id="thousands-of-speakers"),
    ],
)
def test_one_paragraph_of_any_shape_is_read_in_linear_time(shape) -> None:  # type: ignore[no-untyped-def]
    growth, _, _ = _growth(shape(100_000), shape(400_000))
    assert growth < MAX_GROWTH


def test_a_live_blog_of_thousands_of_posts_is_read_in_linear_time() -> None:
    # Larger than the shapes above: each post's blocks used to be looked for among all
    # blocks, a cost that only shows past a few thousand posts.
    growth, small_claims, large_claims = _growth(
        _repeat(LIVE_BLOG_POST, 250_000), _repeat(LIVE_BLOG_POST, 1_000_000)
    )
    assert growth < MAX_GROWTH
    assert large_claims >= 4 * small_claims - 4
