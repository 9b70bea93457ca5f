"""Properties that hold on any text: no exception, offsets slice to the strings, determinism."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factcheck.extract import extract
from factcheck.extract.attribution import CUE, cue_spans
from factcheck.extract.records import Claim

# Text built from the pieces that drive the rules, plus arbitrary characters.
PIECES = st.sampled_from([
    '"', "“", "”", "'", "‘", "’", ",", ".", ":", "?", " ", "\n", "\n\n", "\r\n", "\u00a0",
    "said", "says", "told CNN", "added", "according to", "who", "which", "that", "he", "she",
    "the official", "Mr.", "U.S.", "p.m.", "Jen Psaki", "Psaki", "White House", "and",
    "1:02 p.m. ET, January 21, 2022", "From CNN's Ann Lee", "19 Posts", "30%", "3,000",
    "more than", "from 70% to 25", "$1.5 billion", "Russia’s", "didn't",
])
TEXTS = st.one_of(
    st.text(max_size=300),
    st.lists(st.one_of(PIECES, st.text(max_size=8)), max_size=60).map("".join),
)


def _check_offsets(text: str, claim: Claim) -> None:
    assert 0 <= claim.start <= claim.end <= len(text)
    assert text[claim.start : claim.end] == claim.text
    if claim.quote is not None:
        assert claim.quote_start is not None and claim.quote_end is not None
        assert text[claim.quote_start : claim.quote_end] == claim.quote
    if claim.speaker_mention is not None:
        assert claim.speaker_start is not None and claim.speaker_end is not None
        assert text[claim.speaker_start : claim.speaker_end] == claim.speaker_mention
    for quantity in claim.quantities:
        assert text[quantity.start : quantity.end] == quantity.surface
        if quantity.low is not None and quantity.high is not None:
            assert quantity.low <= quantity.high


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXTS)
def test_extract_never_raises_and_offsets_slice(text: str) -> None:
    claims = extract(text, document="x")
    for claim in claims:
        _check_offsets(text, claim)
        assert claim.kind in ("quote", "indirect", "numeric")


@settings(max_examples=100, deadline=None)
@given(TEXTS)
def test_extract_is_deterministic(text: str) -> None:
    assert extract(text) == extract(text)


@settings(max_examples=600, deadline=None)
@given(TEXTS)
def test_the_two_fast_cue_scans_find_what_the_cue_rule_finds(text: str) -> None:
    """``cue_spans`` stands in for ``CUE.finditer`` over a whole document."""
    assert cue_spans(text) == [match.span() for match in CUE.finditer(text)]
