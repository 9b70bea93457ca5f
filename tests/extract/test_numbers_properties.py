"""Properties of ``find_quantities`` that hold for any text whatsoever."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.extract import numbers
from factcheck.extract.numbers import find_quantities
from tests.conftest import shared_path

# Pieces that exercise the rules: digits and separators, symbols, number words, qualifiers,
# range and change words, units and date parts.
PIECES = [
    "0", "1", "7", "25", "30", "100", "2014", "3,000", "1.5", ".5", "1/2", "½", "-", "–", "%",
    " %", "$", "€", "£", "US$", "k", "m", "bn", "K", "M", ":", "/", ".", ",", "(", ")", "+",
    "~", "<", ">", "=", "^", "e", "x", "one", "two", "twenty", "five", "hundred", "thousand",
    "million", "billion", "dozen", "half", "a", "an", "and", "or", "to", "from", "between",
    "in", "out of", "over", "point", "third", "thirds", "quarter", "more than", "less than",
    "up to", "at least", "as many as", "about", "or more", "or less", "percent", "per cent",
    "years", "-year-old", "km", "dollars", "rose", "fell", "up", "down", "now", "were",
    "doubled", "January", "May", "p.m.", "ET", "Posts", "the", "Boeing", "COVID", "minus",
]
texts = st.one_of(
    st.text(max_size=200),
    st.lists(st.sampled_from(PIECES), max_size=30).map(" ".join),
    st.lists(st.sampled_from(PIECES), max_size=30).map("".join),
    st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=3)), max_size=25).map(" ".join),
)


@settings(max_examples=600, deadline=None)
@given(texts)
def test_any_text_gives_well_formed_quantities(text: str) -> None:
    found = find_quantities(text)
    previous_end = 0
    for q in found:
        assert text[q.start:q.end] == q.surface
        assert 0 <= q.start < q.end <= len(text)
        assert q.start >= previous_end  # in order, never overlapping
        previous_end = q.end
        assert q.low is not None or q.high is not None
        if q.low is not None and q.high is not None:
            assert q.low <= q.high
        if q.qualifier == "range":
            assert q.low is not None and q.high is not None and q.low < q.high
        assert q.role in (None, "from", "to")
        assert q.direction in (None, "up", "down")
    assert find_quantities(text) == found  # deterministic


@settings(max_examples=300, deadline=None)
@given(texts, st.integers(-5, 250), st.one_of(st.none(), st.integers(-5, 250)))
def test_any_span_stays_inside_it(text: str, start: int, end: int | None) -> None:
    found = find_quantities(text, start, end)
    lo = max(0, min(start, len(text)))
    hi = len(text) if end is None else min(end, len(text))
    for q in found:
        assert lo <= q.start < q.end <= hi
        assert text[q.start:q.end] == q.surface


@settings(max_examples=600, deadline=None)
@given(texts)
def test_the_passes_themselves_never_raise(text: str) -> None:
    """``find_quantities`` swallows errors so a document is never lost; this test calls the
    passes underneath directly, so that a bug cannot hide behind that safety net."""
    for f in numbers._figures(text):
        assert 0 <= f.start < f.end <= len(text)


def test_real_news_passes_never_raise() -> None:
    path = shared_path("data", "real-news", "ground-truth.json")
    for article in json.loads(path.read_text(encoding="utf-8")).values():
        body = article["articleBody"]
        for line in body.split("\n"):
            numbers._figures(line)


@settings(max_examples=600, deadline=None)
@given(texts)
def test_number_words_are_those_the_regex_scan_finds(text: str) -> None:
    """The scan that tries the regex only where a number word can start finds what the
    plain scan finds, at the same places."""
    low = text.lower()
    expected = [m.span() for m in numbers._WORD_TOKEN.finditer(low)]
    assert [m.span() for m in numbers._number_words(low)] == expected


@pytest.mark.parametrize("text", [
    "twenty-first", "(two)", "“one”", "x-five", "café one", "one\ud800", "point five",
    "a third.", "TWO", "ninety-nine", "half_one two", "someone won one", "oneone one",
    "twenty-twenty", "one-third and two-thirds", "point point five",
])
def test_number_words_on_edges(text: str) -> None:
    low = text.lower()
    expected = [m.span() for m in numbers._WORD_TOKEN.finditer(low)]
    assert [m.span() for m in numbers._number_words(low)] == expected
