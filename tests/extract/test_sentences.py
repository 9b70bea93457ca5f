"""Golden cases for sentence splitting: abbreviations, initials, quotes."""

from __future__ import annotations

import pytest

from factcheck.extract.sentences import split_sentences

CASES = [
    ("One. Two.", ["One.", "Two."]),
    ("Mr. Lavrov met Dr. Rice. They talked.", ["Mr. Lavrov met Dr. Rice.", "They talked."]),
    ("The U.S. Army left at 1:02 p.m. ET on Friday. Then it rained.",
     ["The U.S. Army left at 1:02 p.m. ET on Friday.", "Then it rained."]),
    ("He lives in the U.S. The rest moved.", ["He lives in the U.S.", "The rest moved."]),
    ("John F. Kennedy spoke. Crowds cheered.", ["John F. Kennedy spoke.", "Crowds cheered."]),
    ('"Is it over?" he asked. "No."', ['"Is it over?" he asked.', '"No."']),
    ("It rose 3.5 percent. Then it fell.", ["It rose 3.5 percent.", "Then it fell."]),
    ("“It is 30%.” Blinken said so.", ["“It is 30%.”", "Blinken said so."]),
    ("No final stop", ["No final stop"]),
    ("Wait... what? Yes!", ["Wait... what?", "Yes!"]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_sentences(text: str, expected: list[str]) -> None:
    assert [text[s:e] for s, e in split_sentences(text)] == expected


def test_spans_are_inside_the_range() -> None:
    text = "xx One. Two. yy"
    spans = split_sentences(text, 3, 12)
    assert [text[s:e] for s, e in spans] == ["One.", "Two."]
