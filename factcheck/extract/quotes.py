"""Quotation spans in a paragraph: curly or straight marks, paired as they are meant.

Marks are paired by where they stand, not only by their glyph, because printed text mixes
them: an opening curly mark may be closed by a straight one (“...about," he added), and a
straight mark opens or closes depending on the white space around it. Apostrophes
(didn't, Russia’s, the Russians') never open a quote. Single marks inside a double-quoted
span are nested quotes and stay part of it, as is a double mark of the same glyph opened
and closed inside one that closes after it.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass

from factcheck.extract.lexicon import (
    DOUBLE_AMBIGUOUS,
    DOUBLE_CLOSERS,
    DOUBLE_OPENERS,
    SINGLE_AMBIGUOUS,
    SINGLE_CLOSERS,
    SINGLE_OPENERS,
)

# Two apostrophes stand for a double mark in some newspapers' archives (''It draws people
# in,'' Mr. Pawlenty said); of three, the first closes a single quote (''...'one.''').
DOUBLE_MARKS = re.compile(f"[{DOUBLE_OPENERS}{DOUBLE_CLOSERS}{DOUBLE_AMBIGUOUS}]")
DOUBLE_MARKS_OR_APOSTROPHES = re.compile(
    f"''(?!')|[{DOUBLE_OPENERS}{DOUBLE_CLOSERS}{DOUBLE_AMBIGUOUS}]"
)
SINGLE_MARKS = re.compile(f"[{SINGLE_OPENERS}{SINGLE_CLOSERS}{SINGLE_AMBIGUOUS}]")
# A single mark placed as an opener ("will 'move in'"); without one, no single-quoted span.
# The mark comes first and the look-behind after it (two characters: what precedes, then
# the mark) so the engine can skip to the marks instead of testing every position.
_SINGLE_OPENING_MARKS = f"[{SINGLE_OPENERS}{SINGLE_AMBIGUOUS}]"
SINGLE_OPENING = re.compile(
    f"{_SINGLE_OPENING_MARKS}(?<![^\\s(\\[{{—–/-]{_SINGLE_OPENING_MARKS})(?=\\w)"
)
# Any mark that can take part in a quotation: a paragraph without one has none, so a
# caller can skip it after one scan of the whole document. “ or " or 'move in'
POSSIBLE_QUOTE = re.compile(
    f"[{DOUBLE_OPENERS}{DOUBLE_CLOSERS}{DOUBLE_AMBIGUOUS}{SINGLE_OPENERS}{SINGLE_AMBIGUOUS}]"
)
# Characters that may stand before an opening mark or after a closing one.
_OPEN_CONTEXT = "([{—–-/"
_CLOSE_CONTEXT = ".,;:!?)]}—–-…"
_SENTENCE_END = ".!?…"
# A single mark that is an elision, not an opening quote: 'til, 'em, '90s, 'n'.
_ELISION = re.compile(r"['’‘](?:\d0s|til|em|cause|n\b|tis\b)", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class QuoteSpan:
    """One quotation: ``open``/``close`` are the mark positions (the first character of
    the opening mark and the last of the closing one, which may be two apostrophes;
    ``close`` is the end of the paragraph for a quote left open, as newswire does when a
    quote runs on);
    ``start``/``end`` delimit the quoted words, marks excluded."""

    open: int
    close: int
    start: int
    end: int
    closed: bool = True


class QuoteIndex:
    """The quotes of one paragraph, for look-ups by position. ``find_quotes`` gives them in
    order and never overlapping, so both their opening and their closing marks are sorted
    and every look-up is a bisection: a paragraph with thousands of quotes (a transcript
    without blank lines) costs no more per cue or sentence than one with two."""

    __slots__ = ("closes", "opens", "quotes")

    def __init__(self, quotes: Sequence[QuoteSpan]) -> None:
        self.quotes = list(quotes)
        self.opens = [quote.open for quote in self.quotes]
        self.closes = [quote.close for quote in self.quotes]

    def covering(self, at: int) -> bool:
        """Whether ``at`` lies between a quote's marks, the marks included."""
        index = bisect_right(self.opens, at) - 1
        return index >= 0 and self.closes[index] >= at

    def last_close_before(self, at: int) -> int | None:
        """The closing mark nearest before ``at``, if any."""
        index = bisect_left(self.closes, at) - 1
        return self.closes[index] if index >= 0 else None

    def first_open_from(self, at: int) -> int | None:
        """The opening mark nearest at or after ``at``, if any."""
        index = bisect_left(self.opens, at)
        return self.opens[index] if index < len(self.opens) else None

    def overlapping(self, start: int, end: int) -> list[QuoteSpan]:
        """The quotes with a mark or a word in ``[start, end)``, in order."""
        return self.quotes[bisect_left(self.closes, start) : bisect_left(self.opens, end)]


def _direction(
    text: str, i: int, lo: int, hi: int, openers: str, closers: str, width: int = 1
) -> str:
    """Whether the mark of ``width`` characters at ``i`` opens, closes, or may do either."""
    before = text[i - 1] if i > lo else " "
    after = text[i + width] if i + width < hi else " "
    open_side = before.isspace() or before in _OPEN_CONTEXT or before in openers
    # after words that end a sentence and before no word, a mark closes whatever its
    # glyph: '...where voters stand.“[HuffPost.]'
    close_side = after.isspace() or after in _CLOSE_CONTEXT or after in closers or (
        before in _SENTENCE_END and not after.isalnum())
    if open_side and not close_side:
        return "open"
    if close_side and not open_side:
        return "close"
    if text[i] in openers:
        return "open"
    if text[i] in closers:
        return "close"
    return "either"


def _inside_word(text: str, i: int, lo: int, hi: int) -> bool:
    """Whether the mark at ``i`` stands between two letters, as an apostrophe does
    (‘I’m the Worst Thing’, ‘Hillary’s Campaign’): it cannot close a single quote."""
    return lo < i < hi - 1 and text[i - 1].isalpha() and text[i + 1].isalpha()


# After a quote, a short sentence that says it ("'' he said. ", "" Ms. Ortiz added. "):
# what follows to a closing mark is the same speech, its opening mark left out.
_CUE_SENTENCE = re.compile(r"[ \t,]*(?:[^\s.!?]+[ \t]+){1,3}[a-z]+\.[ \t]+(?=[A-Z])")


# A single closing mark after a stop and before white space: "...stop it.’ She".
_SINGLE_AFTER_STOP = re.compile(r"[.!?]’(?=\s)")
# A short cue between commas right before a quote opens again: ', he added, "'.
_CUE_BETWEEN_COMMAS = re.compile(r",[ \t]+(?:[^\s,.!?\"“”]+[ \t]+){1,3}[a-z]+,[ \t]*$")


def _reopened(text: str, after: int, close: int) -> int | None:
    """Where a quote starts whose closing mark at ``close`` has no opening one, when only a
    short cue sentence stands between it and the quote before, which ends at ``after``:
    '"...," he said. I am not sure why they said it."' (None otherwise)."""
    cue = _CUE_SENTENCE.match(text, after, close)
    return cue.end() if cue is not None else None


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def find_quotes(
    text: str, start: int = 0, end: int | None = None, *, running: bool = False
) -> list[QuoteSpan]:
    """Top-level quotations in ``text[start:end]`` (one paragraph), in order. With
    ``running`` (the paragraph before ended inside a quote), a closing mark after a comma
    with no opening one before it ends that quote, gone on without the mark newswire
    opens a new paragraph of a quote with: '...in. / 1988. The one element ... lies],"
    Viguerie says.' The quote then starts with the paragraph, ``open`` at its first
    character."""
    hi = len(text) if end is None else end
    # A scan for one-character marks is much faster, and most paragraphs have no "''".
    doubles = DOUBLE_MARKS_OR_APOSTROPHES if text.find("''", start, hi) >= 0 else DOUBLE_MARKS
    quotes = _pair(text, start, hi, doubles, DOUBLE_OPENERS, DOUBLE_CLOSERS, single=False,
                   running=running)
    if quotes or not SINGLE_OPENING.search(text, start, hi):
        return quotes
    return _pair(text, start, hi, SINGLE_MARKS, SINGLE_OPENERS, SINGLE_CLOSERS, single=True)


def _pair(
    text: str,
    lo: int,
    hi: int,
    marks: re.Pattern[str],
    openers: str,
    closers: str,
    *,
    single: bool,
    running: bool = False,
) -> list[QuoteSpan]:
    quotes: list[QuoteSpan] = []
    open_at: int | None = None
    open_width = 1
    markup = False
    # The same double mark opened again inside an open double quote: a quote nested in it
    # ('tweeted: “People wearing “Settle For Hillary” shirts... ouch.”'), if the outer
    # quote closes after it; if it never does, the outer mark was stray and the inner
    # quotes stand alone, as they were read before. Another glyph ('"“You don’t win,”
    # Rubio responded."', a paragraph wrapped in straight marks) makes the first stray.
    nested_at: int | None = None
    nested_width = 1
    inner: list[QuoteSpan] = []
    for match in marks.finditer(text, lo, hi):
        i = match.start()
        width = match.end() - i
        direction = _direction(text, i, lo, hi, openers, closers, width)
        if single:
            # Only an unambiguous opener starts a single-quoted span; a closer needs an
            # open span, so plural possessives and contractions stay apostrophes.
            if direction == "open" and open_at is None and not _ELISION.match(text, i):
                after = text[i + 1] if i + 1 < hi else " "
                if after.isalnum():
                    open_at = i
            elif direction == "close" and open_at is not None and not _inside_word(text, i, lo, hi):
                quotes.append(QuoteSpan(open_at, i, *_strip(text, open_at + 1, i)))
                open_at = None
            continue
        if direction == "either":
            direction = "close" if open_at is not None else "open"
        if direction == "open":
            if (open_at is not None and nested_at is None and not markup and text[i - 1] != "="
                    and text[i : i + width] == text[open_at : open_at + open_width]):
                nested_at, nested_width = i, width
                continue
            if nested_at is not None:  # a third opener: the first one was stray
                quotes.extend(inner)
                inner, nested_at = [], None
            open_at, open_width = i, width  # a second opener means the first one was stray
            # '<tweet datetime="2016-06-29">': a value of markup left in the text
            markup = i > lo and text[i - 1] == "="
        elif nested_at is not None:
            inner.append(QuoteSpan(
                nested_at, i + width - 1, *_strip(text, nested_at + nested_width, i)
            ))
            nested_at = None
        elif open_at is not None:
            # ``close`` is the mark's last character, so that what follows it starts at
            # close + 1 whatever its width
            if not markup:
                quotes.append(QuoteSpan(
                    open_at, i + width - 1, *_strip(text, open_at + open_width, i)
                ))
            open_at, inner = None, []
        elif running and not quotes and i > lo and text[i - 1] == ",":
            first = _strip(text, lo, i)
            quotes.append(QuoteSpan(first[0], i + width - 1, *first))
        elif quotes and text[i - 1] in _SENTENCE_END and (
                reopened := _reopened(text, quotes[-1].close + 1, i)) is not None:
            quotes.append(QuoteSpan(reopened, i + width - 1, *_strip(text, reopened, i)))
    if inner or nested_at is not None:  # the outer quote never closed: it was stray
        # ... or its closing mark was left out before a cue set off by commas: '"Absent
        # a force on the ground, he added, "this is how it ends."'
        inner_open = inner[0].open if inner else nested_at
        if open_at is not None and inner_open is not None and (
                cue := _CUE_BETWEEN_COMMAS.search(text, open_at + open_width, inner_open)):
            comma = cue.start()  # the words keep their comma, as a closed quote's do
            quotes.append(QuoteSpan(
                open_at, comma, *_strip(text, open_at + open_width, comma + 1)
            ))
        elif open_at is not None and inner_open is not None and (
                single_close := _SINGLE_AFTER_STOP.search(
                    text, open_at + open_width, inner_open)) is not None and (
                not SINGLE_OPENING.search(text, open_at + open_width, single_close.start())):
            # ... or it was closed by a single mark by mistake: 'tweeted: “Let's go. We can
            # stop it.’ She was in the room ... her film, “Trainwreck.”'
            mark = single_close.end() - 1
            quotes.append(QuoteSpan(open_at, mark, *_strip(text, open_at + open_width, mark)))
        quotes.extend(inner)
        open_at, open_width = nested_at, nested_width
    if open_at is not None and not single:
        q_start, q_end = _strip(text, open_at + open_width, hi)
        if q_end - q_start >= 2:
            quotes.append(QuoteSpan(open_at, hi, q_start, q_end, closed=False))
    return [q for q in quotes if q.end > q.start]
