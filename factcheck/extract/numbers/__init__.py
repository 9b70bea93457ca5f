"""Numeric quantities: every figure a sentence asserts, as a structured ``Quantity``.

``find_quantities(text, start, end)`` reads ``text[start:end]`` (usually one sentence) and
returns its figures with offsets into ``text``. It works in passes over a handful of
number tokens rather than over every word, so a sentence without digits or number words
costs two fast scans (number words, digit runs) and nothing more:

1. tokens: digit numbers (``100,000``, ``1.2m``, ``3/4``, also glued to a currency code:
   ``AUD1.5m``), number words (``twenty``, ``million``, ``thirds``), and change factors
   (``doubled``); spans that are dates, clock times, phone numbers, URLs, ordinals, citation
   markers (``(10, 11)``), addresses or names (``COVID-19``) are blocked first;
2. runs of adjacent tokens parse into numbers (``twenty-one trillion and three hundred``,
   ``3 million and a half``, ``half a dozen``), splitting where English would; vague
   magnitudes span a range (``tens of thousands``, ``several hundred``, ``a handful``);
3. ratios (``one in five``), then what sits around each number: sign, currency, scale,
   percent, unit; then ranges (``25 or 30%``, ``between 25 and 30 percent``);
4. qualifiers (``as many as``, ``more than``, ``or more``), exclusions (years used as
   dates, model names, ``the two nations``), two-sided bounds, changes (``rose from 3 to
   5``, ``were 70%, now 25 or 30%``) and, last, what each figure counts.

Each pass has its modules: ``tokens`` (1), ``grammar`` (2), ``ranges`` and ``affixes`` (3),
``qualifiers`` and ``exclusions`` (4), ``changes`` and ``counted`` (last); ``working`` holds
the records they build and the word look-ups they share. Word lists and phrase rules live in
``number_words.py``.
"""

from __future__ import annotations

import math

from factcheck.extract.numbers.affixes import attach_affixes, cents_of_the_dollar_named
from factcheck.extract.numbers.changes import mark_changes
from factcheck.extract.numbers.counted import mark_counted
from factcheck.extract.numbers.exclusions import apply_exclusions
from factcheck.extract.numbers.grammar import read_numbers
from factcheck.extract.numbers.qualifiers import attach_qualifier, merge_bounds
from factcheck.extract.numbers.ranges import merge_ranges, merge_ratios
from factcheck.extract.numbers.tokens import find_tokens, is_page_chrome, may_hold_figures
from factcheck.extract.numbers.working import Figure
from factcheck.extract.records import Quantity

__all__ = ["find_quantities", "is_page_chrome", "may_hold_figures"]


def find_quantities(text: str, start: int = 0, end: int | None = None) -> list[Quantity]:
    """Every figure asserted in ``text[start:end]``, offsets absolute into ``text``.

    Pure and deterministic; returns an empty list rather than raising on odd input, so the
    claim pipeline never loses a document to one strange sentence.
    """
    try:
        n = len(text)
        lo = max(0, min(start, n))
        hi = n if end is None else max(lo, min(end, n))
        span = text[lo:hi]
        if not span or is_page_chrome(span):
            return []
        figs = _figures(span)
        out = []
        for f in figs:
            low, high = f.low_high
            low, high = _tidy(low), _tidy(high)
            a, b = lo + f.start, lo + f.end
            out.append(Quantity(
                surface=text[a:b], start=a, end=b, low=low, high=high, unit=f.unit,
                qualifier=f.qualifier, counted=f.counted, role=f.role, direction=f.direction,
            ))
        return out
    except Exception:
        return []


def _tidy(value: float | None) -> float | None:
    """"$4.1 billion" is 4.1e9, not 4099999999.9999995 (the binary error of 4.1 times a
    billion): a value within a rounding error of ten significant digits takes them; a third
    stays 1/3."""
    if value is None or value.is_integer():
        return value  # most figures: "2,000", "$5 million"
    short = float(f"{value:.10g}")
    return short if abs(short - value) <= 1e-12 * abs(value) else value


def _figures(s: str) -> list[Figure]:
    """All passes over one span, in order; offsets are into ``s``."""
    toks = find_tokens(s)
    if not toks:
        return []
    figs = merge_ratios(s, read_numbers(s, toks))
    prev_end = 0
    for f in figs:
        if not f.is_factor:
            attach_affixes(s, f, prev_end)
        prev_end = f.end
    figs = merge_ranges(s, figs)
    prev_end = 0
    for f in figs:
        if not f.drop:
            attach_qualifier(s, f, prev_end)
        prev_end = f.end
    apply_exclusions(s, figs)
    figs = merge_bounds(s, [f for f in figs if not f.drop])
    kept: list[Figure] = []
    for f in figs:  # a figure never overlaps the one before, and its bounds are numbers
        if (not kept or f.start >= kept[-1].end) and f.start < f.end and \
                math.isfinite(f.value) and (f.high is None or math.isfinite(f.high)):
            kept.append(f)
    cents_of_the_dollar_named(kept)
    mark_changes(s, kept)
    mark_counted(s, kept)
    return kept
