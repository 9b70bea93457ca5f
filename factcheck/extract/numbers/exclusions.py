"""Pass 4: numbers that are not figures in their context: years used as dates, model
names (``Boeing 737``), references (``the two nations``), ordinals (``a third time``)."""

from __future__ import annotations

import re
from typing import Final

from factcheck.extract import number_words as W
from factcheck.extract.numbers.ranges import FRACTION_END
from factcheck.extract.numbers.working import (
    Figure,
    figure_word_before,
    figure_word_before_raw,
    next_word,
)

# A capitalised word right before a number: "Boeing 737", "Article 5", "No. 10"
_NAME_BEFORE: Final = re.compile(r"(?<![\w’'])([A-Z][\w’'.&-]*|[a-z]+[A-Z][\w]*)[^\S\n]+\Z")
# "the 1200 block of South Main Street": a place on a street, in police reports
_BLOCK_OF: Final = re.compile(r"[^\S\n]+block[^\S\n]+of\b")
# Postal codes: "the 90049 ZIP code", "ZIP code 10021", "New York, NY 10118"
_POSTCODE_AFTER: Final = re.compile(r"[^\S\n]+(?:" + W.POSTCODE_WORDS + r")\b", re.IGNORECASE)
_POSTCODE_BEFORE: Final = re.compile(
    r"\b(?:" + W.POSTCODE_WORDS + r")[^\S\n]+\Z|,[^\S\n]*[A-Z]{2}[^\S\n]+\Z", re.IGNORECASE)
# A capitalised word right after a number that a name stands before: "iPhone 15 | Pro",
# "Boeing 737 | Max": a model name, even in a headline
_NAME_AFTER: Final = re.compile(r"[^\S\n]+[A-Z][a-z]*\b")
# Digits joined by a hyphen to a capitalised word: the start of a name, "7-Eleven"
_HYPHEN_NAME_AFTER: Final = re.compile(r"-[A-Z]")
# A month name: "March", "Sept."
_MONTH_WORD: Final = re.compile(r"(?:" + W.MONTHS + r")\.?\Z")


def _is_title_case(s: str) -> bool:
    words = re.findall(r"[A-Za-z][\w’']*", s)
    if len(words) < 4:
        return False
    caps = sum(1 for w in words if w[0].isupper())
    return caps >= 0.6 * len(words)


def _is_place(s: str, f: Figure) -> bool:
    """A postal code or a block of a street: "the 90049 ZIP code", "NY 10118", "the 1200
    block of Main Street"."""
    if s.startswith(" block", f.end) and _BLOCK_OF.match(s, f.end):
        return True
    digits = s[f.start:f.end]
    return len(digits) == 5 and digits.isdigit() and bool(
        _POSTCODE_AFTER.match(s, f.end) or _POSTCODE_BEFORE.search(s, max(0, f.start - 20),
                                                                     f.start))


def _model_name_after(s: str, f: Figure) -> bool:
    """"iPhone 15 Pro": a capitalised word after the number too, that no rule calls common."""
    m = _NAME_AFTER.match(s, f.end)
    return m is not None and m.group().strip().lower() not in W.CAPITALISED_NON_NAMES


def apply_exclusions(s: str, figs: list[Figure]) -> None:
    title: bool | None = None
    for f in figs:
        if f.drop:
            continue
        no_unit = f.unit is None
        bounded = f.qualifier in ("more_than", "less_than", "at_least", "at_most")
        # years used as dates: "in 2014", "since 2004", "between 2014 and 2016", "2013:"
        # ... also "until at least 2021", "by no later than 2030"
        if no_unit and f.plain_int and (not bounded or figure_word_before(s, f) in
                                        W.YEAR_CONTEXT) and 1600 <= f.value <= 2100 and \
                (f.high is None or 1600 <= f.high <= 2100):
            nxt = next_word(s, f.end)
            noun_follows = (nxt is not None and nxt[0].islower() and nxt.lower()
                            not in W.COUNTED_STOP_WORDS and nxt.lower() not in W.YEAR_CONTEXT)
            if not noun_follows or figure_word_before(s, f) in W.YEAR_CONTEXT:
                f.drop = True
                continue
        # names: "Boeing 737", "Article 5", "No. 10" (but not in a Title Case headline),
        # "type 2 diabetes", "phase 3 trials"
        if no_unit and f.plain_int and f.qualifier == "exact" and f.high is None:
            if figure_word_before(s, f) in W.NUMBERED_NAME_WORDS or _is_place(s, f) or (
                    s.startswith("-", f.end) and _HYPHEN_NAME_AFTER.match(s, f.end)):
                f.drop = True
                continue
            word = figure_word_before_raw(s, f)
            m = _NAME_BEFORE.search(s, max(0, f.start - 30), f.start) if word and (
                word[0].isupper() or not word.islower()) else None
            if m:
                word = m.group(1)
                possessive = word.endswith(("’s", "'s", "s’", "s'"))
                if word.lower() not in W.CAPITALISED_NON_NAMES and not possessive and \
                        not _MONTH_WORD.match(word):
                    if title is None:
                        title = _is_title_case(s)
                    if not title or _model_name_after(s, f):
                        f.drop = True
                        continue
        # "the two nations": a reference to things already named, not a figure
        if no_unit and f.small_word and f.qualifier == "exact" and f.high is None and \
                figure_word_before(s, f) in W.REFERENCE_DETERMINERS:
            f.drop = True
            continue
        # "one" alone is a pronoun or an article far more often than a figure; "at one point"
        if f.bare_one and f.high is None and f.qualifier == "exact" and (
                no_unit or f.unit in ("year", "day", "month", "week", "hour", "minute",
                                      "second", "times", "point")):
            f.drop = True
            continue
        # "the second half", "the other half"
        if f.is_half and no_unit and figure_word_before(s, f) in W.HALF_NON_FIGURE:
            f.drop = True
            continue
        # "a third time" is an ordinal; "a third of" and "a fifth." are fractions
        if f.singular_fraction and no_unit and not FRACTION_END.match(s, f.end):
            f.drop = True
            continue
