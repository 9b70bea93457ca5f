"""The records the number passes build, and the word look-ups they share."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Final

from factcheck.extract import number_words as W
from factcheck.extract.records import Direction, Qualifier, Role


def literal_alternation(words: Iterable[str]) -> str:
    """A regex alternation of literal words, longest first so the longest one wins."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


MONTH_NAMES: Final = frozenset(W.MONTHS.split("|"))
_CLAUSE_BOUNDARY: Final = re.compile(r"[,;:()\"“”—–\n]|\s-\s")
# The word after a position: "2000 | people"
_NEXT_WORD: Final = re.compile(r"[^\S\n]+([A-Za-z][\w’'-]*)")


@dataclass(slots=True)
class Token:
    kind: str  # card hund scale dozen den point factor fold dig sfrac vulgar tens few
    value: float
    start: int
    end: int
    plural: bool = False
    is_int: bool = False  # a digit token without decimals, grouping or suffix: "2014"
    scale: float = 1.0  # the suffix multiplier of a digit token: "1.2m" -> 1e6


@dataclass(slots=True)
class Figure:
    """A figure while it is being built; offsets are into the span being read."""

    start: int
    end: int
    value: float
    high: float | None = None  # set for a range
    words: bool = False
    plain_int: bool = False  # one digit token, no grouping/decimals/suffix: "2014", "737"
    bare_one: bool = False  # the word "one" alone
    small_word: bool = False  # a single number word up to ten: "two"
    singular_fraction: bool = False  # "a third": a fraction only before "of" or at the end
    is_half: bool = False
    vague: bool = False  # "tens of thousands", "a handful": approximate, from low to high
    scale: float = 1.0  # the scale that ended the number: "3 million" -> 1e6
    unit: str | None = None
    currency_before: bool = False
    bare_cents: bool = False  # "12 cents", whose dollar the sentence may name elsewhere
    qualifier: Qualifier = "exact"
    counted: str | None = None
    role: Role | None = None
    direction: Direction | None = None
    partner: int | None = None  # index of the other figure of a change
    is_ratio: bool = False
    is_factor: bool = False
    drop: bool = False
    prev_word_at: int = -1  # where prev_word was read: several passes ask for it
    prev_word: str = ""  # lower case
    prev_word_raw: str = ""  # as written: "Boeing" in "Boeing 737"

    @property
    def low_high(self) -> tuple[float | None, float | None]:
        if self.high is not None:
            return self.value, self.high
        if self.qualifier in ("at_most", "less_than"):
            return None, self.value
        if self.qualifier in ("at_least", "more_than"):
            return self.value, None
        return self.value, self.value

    @property
    def mid(self) -> float:
        return self.value if self.high is None else (self.value + self.high) / 2


def word_before(s: str, pos: int) -> tuple[str, int]:
    """The word that ends right before ``pos`` (spaces skipped) and where it starts.

    A plain loop: far cheaper than an end-anchored regex search, which Python runs from
    every position of its window. "" when a non-word character comes first.
    """
    end = pos
    while end > 0 and s[end - 1] in " \t\u00a0\u202f":
        end -= 1
    k = end
    while k > 0 and (s[k - 1].isalnum() or (s[k - 1] in "’'.-" and k < end)):
        k -= 1
    return s[k:end], k


def figure_word_before(s: str, f: Figure) -> str:
    """The word before the figure, lower-cased, read once for each place it starts."""
    if f.prev_word_at != f.start:
        _read_prev_word(s, f)
    return f.prev_word


def figure_word_before_raw(s: str, f: Figure) -> str:
    """``word_before(s, f.start)[0]``, as written, from the same cache."""
    if f.prev_word_at != f.start:
        _read_prev_word(s, f)
    return f.prev_word_raw


def _read_prev_word(s: str, f: Figure) -> None:
    word = word_before(s, f.start)[0]
    f.prev_word_at, f.prev_word_raw, f.prev_word = f.start, word, word.lower()


def next_word(s: str, pos: int) -> str | None:
    m = _NEXT_WORD.match(s, pos)
    return m.group(1) if m else None


def clause_start(s: str, pos: int, floor: int) -> int:
    b = floor
    for m in _CLAUSE_BOUNDARY.finditer(s, floor, pos):
        b = m.end()
    return b


def merge_pairs(
    figs: list[Figure], combine: Callable[[Figure, Figure], Figure | None]
) -> list[Figure]:
    """Left to right, each two neighbours that ``combine`` joins become the figure it returns."""
    if len(figs) < 2:
        return figs  # nothing to pair
    out: list[Figure] = []
    i = 0
    while i < len(figs):
        if i + 1 < len(figs):
            merged = combine(figs[i], figs[i + 1])
            if merged is not None:
                out.append(merged)
                i += 2
                continue
        out.append(figs[i])
        i += 1
    return out
