"""Properties of ``find_quantities`` that hold for any text whatsoever."""

from __future__ import annotations

import json
import re

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from factcheck.extract import number_words as W
from factcheck.extract import numbers
from factcheck.extract.numbers import (
    affixes,
    changes,
    find_quantities,
    may_hold_figures,
    tokens,
)
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
    expected = [m.span() for m in tokens._WORD_TOKEN.finditer(low)]
    assert [m.span() for m in tokens._number_words(low)] == expected


@pytest.mark.parametrize("text", [
    "twenty-first", "(two)", "“one”", "x-five", "café one", "one\ud800", "point five",
    "a third.", "TWO", "ninety-nine", "half_one two", "someone won one", "oneone one",
    "twenty-twenty", "one-third and two-thirds", "point point five",
])
def test_number_words_on_edges(text: str) -> None:
    low = text.lower()
    expected = [m.span() for m in tokens._WORD_TOKEN.finditer(low)]
    assert [m.span() for m in tokens._number_words(low)] == expected


# --- Fast paths agree with the rules they stand in for --------------------------------


@settings(max_examples=600, deadline=None)
@given(texts)
@example("İONE")
@example("twenty-first\u00a0½")
def test_a_paragraph_without_figure_starts_has_no_figure_in_any_sentence(text: str) -> None:
    """``may_hold_figures`` lets a paragraph be skipped: when it says no, no span of the
    text that white space bounds (as sentences are) has a single token."""
    if may_hold_figures(text, 0, len(text)):
        return
    edges = [0, *(m.start() for m in re.finditer(r"\s+", text)), len(text)][:16]
    for a in edges:
        for b in edges:
            if a < b:
                assert tokens.find_tokens(text[a:b].strip()) == []

DIGIT_PIECES = [
    "0", "7", "12", "2014", "3,000", "1,5", "12,34,567", "40 000", "1 234 567", "40\u202f000",
    "1.5", "2014.", ".25", "3/4", "½", "2¾", "1e6", "1.1^23", "3 x 10^6", "1×10^6", "10k",
    "10 k", "5m", "2 mn", "5 tn", "3 bln", "2 K", "$40K", "4K", "1.5M", "21st", "90s", "’90s",
    "9pm", "9 a.m.", "9 AM", "1:02", "0900 GMT", "5/17/2018", "2022-01-21", "2014-15",
    "2014 - 15", "555-123-4567", "192.168.1.2", "6-2-1", "2134 Caldwell Place", "21 January",
    "21 April", "4 August", "21 of January", "5G", "COVID-19", "F-16", "mid-2014", "٣", "²",
    "\u00a0", "\t", "\n", " ", ",", ".", "-", "/", "people", "percent", "Posts", "January", "p",
    "am", "K", "x", "_",
]
digit_texts = st.one_of(
    texts,
    st.lists(st.sampled_from(DIGIT_PIECES), max_size=12).map(" ".join),
    st.lists(st.sampled_from(DIGIT_PIECES), max_size=12).map("".join),
)


def _run_starts(text: str) -> list[int]:
    return [m.start() for m in tokens._DIGIT_RUN.finditer(text)]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(
    [*DIGIT_PIECES, "“", "”", "’", "—", "…", "é", "½", "\u2009"]), max_size=12).map("".join))
def test_ascii_digit_patterns_serve_text_without_other_digits(text: str) -> None:
    """Where ``_MAYBE_OTHER_DIGIT`` finds nothing, the ASCII digit patterns find what the
    Unicode ones would: the same digit runs, and a digit only where there is one."""
    if tokens._MAYBE_OTHER_DIGIT.search(text):
        return
    assert _run_starts(text) == [m.start() for m in tokens._ASCII_DIGIT_RUN.finditer(text)]
    assert (tokens._DIGIT_CHAR.search(text) is None) == (tokens._ASCII_DIGIT.search(text) is None)


@settings(max_examples=800, deadline=None)
@given(digit_texts)
@example("5 tn and 7 trn, 2 K")
def test_plain_integers_read_as_the_full_digit_rule_would(text: str) -> None:
    for p in _run_starts(text):
        plain = tokens._PLAIN_INT.match(text, p)
        if plain is None:
            continue
        m = tokens._DIGIT_TOKEN.match(text, p)
        assert m is not None and m.lastgroup == "dig"
        assert tokens._digit_token(m) == tokens.Token(
            "dig", float(plain.group()), p, plain.end(), is_int=True)


def _may_block_by_loop(s: str, p: int) -> bool:
    """The character loop that _MAY_BLOCK replaced (it let through a few more places)."""
    k = p
    while k < len(s) and s[k].isdigit():
        k += 1
    if k >= len(s):
        return False
    ch = s[k]
    if ch.isalpha() or ch in "-–—/.:'’":
        return True
    if ch in " \u00a0" and k + 1 < len(s):
        nxt = s[k + 1]
        return nxt.isupper() or nxt in "apAP-–—/" or nxt.isdigit()
    return False


@settings(max_examples=800, deadline=None)
@given(digit_texts)
@example("on 21 April and 4 August, 9 AM")
def test_block_prefilter_lets_every_block_through(text: str) -> None:
    """Wherever the old prefilter let a block rule match, the new one lets it too."""
    for p in _run_starts(text):
        if _may_block_by_loop(text, p) and tokens._BLOCK_DIGIT.match(text, p):
            assert tokens._may_block(text, p)


CHANGE_PIECES = [
    "rose", "rise", "climb", "climbe", "climbed", "drop", "drops", "dropped", "went", "went up",
    "gone down", "up", "down", "setup", "UP", "Fell", "sharply", "by", "to", "from", "5%",
    "  ", "\n", ",", "increase", "increased", "increases", "moved", "ſ",
]


@settings(max_examples=800, deadline=None)
@given(st.lists(st.sampled_from(CHANGE_PIECES), max_size=8).map(" ".join))
def test_change_verb_tries_match_the_alternations(text: str) -> None:
    verb = (r"(?:(?P<up>" + W.CHANGE_UP + r")|(?P<down>" + W.CHANGE_DOWN + r")|(?P<neutral>"
            + W.CHANGE_NEUTRAL + r"))")
    tail = r"(?:[^\S\n]+\w+ly)?" + changes._OBJECT + r"[^\S\n]+"
    plain = {
        "to": re.compile(r"\b" + verb + tail + changes.TO_LEVEL, re.IGNORECASE),
        "from": re.compile(r"\b" + verb + tail + r"from[^\S\n]+\Z", re.IGNORECASE),
        "by": re.compile(r"\b(?:(?P<up>" + W.CHANGE_UP + r")|(?P<down>" + W.CHANGE_DOWN
                         + r"))(?:[^\S\n]+\w+ly)?(?:" + changes._OBJECT + r"[^\S\n]+by)?[^\S\n]+\Z",
                         re.IGNORECASE),
    }
    tries = {"to": changes._CHANGE_TO, "from": changes.CHANGE_FROM, "by": changes._CHANGE_BY}
    text += " "
    for name, rx in plain.items():
        for lo in range(0, len(text), 7):
            a, b = rx.search(text, lo), tries[name].search(text, lo)
            assert (a and (a.span(), a.lastgroup)) == (b and (b.span(), b.lastgroup))


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(
    [*W.CURRENCY_SYMBOLS, *W.CURRENCY_CODES, "US", "S", "a", "x", " ", "5", "-", "."]),
    max_size=10).map("".join))
@example("U.S.$ 5, HK$5, USD 5")
def test_currency_search_from_its_longest_span_finds_the_same(text: str) -> None:
    for pos in range(len(text) + 1):
        whole = affixes.CURRENCY_BEFORE.search(text, 0, pos)
        near = affixes.CURRENCY_BEFORE.search(
            text, max(0, pos - affixes.CURRENCY_BEFORE_SPAN), pos)
        assert (whole and whole.span()) == (near and near.span())
