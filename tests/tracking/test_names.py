"""Name forms of one person: golden table of (name as printed, key)."""

from __future__ import annotations

import pytest

from factcheck.tracking.names import (
    is_full_name,
    is_person_name,
    name_key,
    pick_by_surname,
    surname,
)


@pytest.mark.parametrize(("name", "key"), [
    ("Jen Psaki", "jen psaki"),
    ("White House Press Secretary Jen Psaki", "jen psaki"),
    ("Psaki", "psaki"),
    ("Secretary of State Antony J. Blinken", "antony blinken"),
    ("Volodymyr Zelensky", "volodymyr zelensky"),
    ("Dr. Anthony Fauci", "anthony fauci"),
    ("Martin Luther King Jr.", "martin luther king"),
    ("José Andrés", "jose andres"),
    ("Beto O\u2019Rourke", "beto o'rourke"),
    ("DONALD TRUMP", "donald trump"),
    ("", None),
    (None, None),
    ("President", None),
])
def test_name_key(name: str | None, key: str | None) -> None:
    assert name_key(name) == key


def test_surname_and_full_name() -> None:
    assert surname("jen psaki") == "psaki"
    assert is_full_name("jen psaki") and not is_full_name("psaki")


@pytest.mark.parametrize(("candidates", "picked"), [
    (set(), None), ({4}, 4), ({4, 9}, None),  # two Trumps: the text does not say which
])
def test_a_surname_is_one_person_only_when_it_can_be(candidates: set[int],
                                                     picked: int | None) -> None:
    assert pick_by_surname(candidates) == picked


@pytest.mark.parametrize(("name", "person"), [
    ("Jen Psaki", True),
    ("Psaki", True),
    ("White House Press Secretary Jen Psaki", True),
    ("senior EU official", False),  # a description: many officials, not one person
    ("NATO diplomat", False),
    ("White House", False),  # title words only
    ("US and NATO", False),
    ("Interior Ministry", False),
    ("defense official", False),
    ("he", False),
    (None, False),
    # a sentence's opening capital on a noun for many people: "Officials said ..."
    ("Officials", False),
    ("Sources", False),
    ("Democrats", False),
    ("Sanders", True),  # a surname ending in s is still one
])
def test_only_named_speakers_are_people(name: str | None, person: bool) -> None:
    assert is_person_name(name) is person
