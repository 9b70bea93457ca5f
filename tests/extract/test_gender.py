"""What a name or title tells of a person's gender, for choosing what "he" or "she" means."""

from __future__ import annotations

import pytest

from factcheck.extract import gender


@pytest.mark.parametrize(("name", "role", "expected"), [
    ("Jen Psaki", None, "f"),
    ("Antony Blinken", "US Secretary of State", "m"),
    ("Mary Steenburgen", None, "f"),
    ("Smith", "Mr.", "m"),  # the title decides, with no first name
    ("Kim Jones", "Ms.", "f"),
    ("Chris Smith", None, None),  # a name both genders carry
    ("Volodymyr Zelensky", None, None),  # not in the list: unknown
    ("Psaki", None, None),  # a surname alone says nothing
    ("Joe Biden", "Congresswoman", "f"),  # a stated title outranks the list
])
def test_of_person(name: str, role: str | None, expected: str | None) -> None:
    assert gender.of_person(name, role) == expected


@pytest.mark.parametrize(("words", "expected"), [
    ("the spokeswoman", "f"),
    ("a senior official", None),
    ("his wife", "f"),
    ("the chairman of the board", "m"),
    (None, None),
])
def test_of_words(words: str | None, expected: str | None) -> None:
    assert gender.of_words(words) == expected
