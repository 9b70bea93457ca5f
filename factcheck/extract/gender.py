"""Which gender a person's name or title tells, so that "he" and "she" skip the wrong person.

Used only to pick an antecedent, never shown. Evidence, strongest first: a gendered title
or description word ("Mr.", "spokeswoman", "wife"), then the first name, looked up in
``first_names.txt`` (US Census first-name frequencies; its header says how it was made).
Anything else is unknown, and unknown is compatible with either pronoun.
"""

from __future__ import annotations

from functools import cache
from importlib.resources import files
from typing import Literal

from factcheck.extract.lexicon import FEMALE_WORDS, MALE_WORDS

Gender = Literal["m", "f"]


@cache
def _first_names() -> dict[str, Gender]:
    """The name list, read once, on first use."""
    table: dict[str, Gender] = {}
    gender: Gender | None = None
    text = files("factcheck.extract").joinpath("first_names.txt").read_text("utf-8")
    for line in text.splitlines():
        if line.startswith("#") or not line.strip():
            continue
        if line.startswith("["):
            gender = "m" if line.strip() == "[male]" else "f"
            continue
        if gender is not None:
            table.update(dict.fromkeys(line.split(), gender))
    return table


def of_words(words: str | None) -> Gender | None:
    """The gender a title or description states: "Mr.", "the spokeswoman", "his wife"."""
    if not words:
        return None
    for word in words.lower().split():
        if word in MALE_WORDS:
            return "m"
        if word in FEMALE_WORDS:
            return "f"
    return None


def of_person(name: str, role: str | None = None) -> Gender | None:
    """A person's gender from their title, else their first name: "Jen Psaki" -> "f"."""
    stated = of_words(role)
    if stated is not None:
        return stated
    first = name.split(maxsplit=1)[0].lower() if " " in name else ""
    return _first_names().get(first)
