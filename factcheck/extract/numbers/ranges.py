"""Pass 3: pairs of numbers that make one figure: ratios (``one in five``) and ranges
(``25 or 30%``, ``between 25 and 30 percent``, ``$5-10 million``)."""

from __future__ import annotations

import re
from typing import Final

from factcheck.extract import number_words as W
from factcheck.extract.numbers.changes import CHANGE_FROM, CHANGE_WORDS
from factcheck.extract.numbers.working import (
    Figure,
    figure_word_before,
    merge_pairs,
    next_word,
    word_before,
)

_RANGE_CONNECTOR: Final = re.compile(r"(?:" + W.RANGE_CONNECTORS + r")\Z", re.IGNORECASE)
_RANGE_OPENER: Final = {
    opener: (re.compile(r"\b" + opener + r"[^\S\n]+\Z", re.IGNORECASE),
             re.compile(link + r"\Z", re.IGNORECASE))
    for opener, link in W.RANGE_OPENERS.items()
}
_RATIO: Final = re.compile(r"(?:" + W.RATIO_CONNECTORS + r")\Z", re.IGNORECASE)
_RATIO_OVER: Final = re.compile(r"\s+over\s+\Z", re.IGNORECASE)
_RATIO_TO: Final = re.compile(W.RATIO_TO + r"\Z", re.IGNORECASE)
# A singular fraction after "a" is one only before "of" or at the end: "a third of", not
# "a third time"
FRACTION_END: Final = re.compile(r"[^\S\n]+of\b|[^\S\n]*(?:[.,;:!?)\"”’]|\Z)", re.IGNORECASE)


def merge_ratios(s: str, figs: list[Figure]) -> list[Figure]:
    """``one in five`` -> 0.2; ``2 out of 3``; ``1 over 3`` at the end of a phrase."""
    return merge_pairs(figs, lambda f, g: _ratio_of(s, f, g))


def _ratio_of(s: str, f: Figure, g: Figure) -> Figure | None:
    if g.start == f.end + 1 and s[f.end] == ":" and f.plain_int and g.plain_int:
        if _beside_a_ratio_noun(s, f, g):
            return Figure(f.start, g.end, f.value / g.value, is_ratio=True)  # "a 2:1 margin"
        f.drop = g.drop = True  # "won 2:1", "Genesis 1:3"
        return None
    if (not f.is_factor and not g.is_factor and f.high is None and g.high is None
            and 0 < g.value <= f.value and f.value == int(f.value) and g.value == int(g.value)
            and _RATIO_TO.match(s, f.end, g.start)):  # "2-to-1"; "one-to-seven days" is no ratio
        return Figure(f.start, g.end, f.value / g.value, words=f.words or g.words, is_ratio=True)
    if (g.start - f.end < 10 and not f.is_factor and not g.is_factor
            and 0 <= f.value < g.value and _RATIO.match(s, f.end, g.start)
            and f.value == int(f.value) and g.value == int(g.value)
            and not (g.plain_int and 1600 <= g.value <= 2100)
            and (not _RATIO_OVER.match(s, f.end, g.start) or FRACTION_END.match(s, g.end))):
        return Figure(f.start, g.end, f.value / g.value, words=f.words or g.words, is_ratio=True)
    return None


def _beside_a_ratio_noun(s: str, f: Figure, g: Figure) -> bool:
    """"a 2:1 | margin", "odds of | 3:1"."""
    if (next_word(s, g.end) or "").lower() in W.RATIO_NOUNS:
        return True
    word, k = word_before(s, f.start)
    return word.lower() == "of" and word_before(s, k)[0].lower() in W.RATIO_NOUNS


def merge_ranges(s: str, figs: list[Figure]) -> list[Figure]:
    """``25 or 30%``, ``25-30%``, ``between 25 and 30 percent``, ``$5-10 million``; and one
    amount in two parts, ``three dollars and 50 cents``."""
    return merge_pairs(
        figs, lambda f, g: None if f.drop or g.drop else
        _money_in_parts(s, f, g) or _range_of(s, f, g))


# Between the two parts of an amount: "3 dollars | 50 cents", "13 dollars | and | 45 cents"
_PARTS_GAP: Final = re.compile(r"[^\S\n]+(?:and[^\S\n]+)?\Z", re.IGNORECASE)
_SUBUNIT_ENDINGS: Final = tuple(W.SUBUNITS)


def _money_in_parts(s: str, f: Figure, g: Figure) -> Figure | None:
    """"thirteen dollars and forty-five cents" is 13.45 USD: a sum in a currency's word, then
    its sub-unit."""
    if f.unit is None or f.unit != g.unit or f.currency_before or f.high is not None \
            or g.high is not None or not 0 < g.value < 1 \
            or not s[g.start:g.end].lower().endswith(_SUBUNIT_ENDINGS) \
            or not _PARTS_GAP.match(s, f.end, g.start):
        return None
    return Figure(f.start, g.end, f.value + g.value, words=f.words or g.words, unit=f.unit)


def _unit_free(*figs: Figure) -> bool:
    """No unit on any of them: "3-1" may be a score, "3-1 km" may not."""
    return all(f.unit is None for f in figs)


def _range_of(s: str, f: Figure, g: Figure) -> Figure | None:
    if g.start - f.end > 12 or f.is_factor or g.is_factor or f.high is not None:
        return None
    begin = f.start
    opener = None
    prev = figure_word_before(s, f)
    for name, (before, link) in _RANGE_OPENER.items():
        m = before.search(s, max(0, f.start - 10), f.start) if prev == name else None
        if m:
            if link.match(s, f.end, g.start):
                opener, begin = name, m.start()
            break
    if opener is None:
        m = _RANGE_CONNECTOR.match(s, f.end, g.start)
        if not m:
            return None
        connector = m.group().strip()
        if connector.lower() == "to" and prev == "from" and \
                CHANGE_FROM.search(s, max(0, f.start - 40), f.start):
            return None  # "rose from 3 to 5" is a change, not a range
        if connector.lower() == "to" and f.unit is not None and g.unit is not None and (
                prev in CHANGE_WORDS or prev in W.SHARE_CHANGE_VERBS):
            return None  # "rose $12 to $1,930": the size of a change, then its level
    elif opener == "from" and CHANGE_FROM.search(s, max(0, f.start - 40), f.start):
        return None
    else:
        connector = ""
    if f.unit is not None and g.unit is not None and f.unit != g.unit:
        return None
    if f.unit is not None and g.unit is None and not f.currency_before:
        return None  # "5 km to 10" is not a range of km
    if f.scale > 1 and g.scale > 1 and f.scale != g.scale:
        return None  # "10 bln or 10 tln" are two figures
    low, high = f.value, g.value
    # "5 to 10 million": the scale of the second reaches back to the first
    if g.scale > 1 and f.scale == 1 and low < high / g.scale:
        low *= g.scale
    hyphen = connector in ("-", "–", "—")
    if hyphen and f.plain_int and g.plain_int and low < 100 and high < 100 and _unit_free(f, g) \
            and (not low < high or low == 0 or s[f.start - 1:f.start] == "("
                 or s[g.end:g.end + 1] == ")"):
        f.drop = g.drop = True  # a score or a record: "won 3-1", "(2-8, 0-7)"
        return None
    if low > high and high < 0:
        low, high = high, low  # "from -18 °C to -34 °C"
    if not low < high:
        return None
    unit = f.unit or g.unit
    return Figure(begin, g.end, low, high=high, words=f.words or g.words, unit=unit,
                currency_before=f.currency_before or g.currency_before,
                plain_int=f.plain_int and g.plain_int, scale=g.scale)
