"""Which stored person a speaker's name form is: the pure part.

The extractor gives each claim its speaker as the fullest name the document used ("Jen
Psaki" for a later "Psaki") and the title apart ("White House Press Secretary"). Across
documents a person is known by the folded full name: titles, middle initials and
suffixes dropped, accents and case folded. A surname alone joins a stored person only
when exactly one stored person has that surname; two Trumps leave it undecided.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Collection
from typing import Final

from factcheck.extract.lexicon import (
    GROUP_NOUNS,
    NON_NAME_CAPITALS,
    PARTY_MEMBERS,
    PERSON_NOUNS,
    TITLE_WORDS,
)
from factcheck.extract.speakers import singular

_WORD: Final = re.compile(r"[^\W\d_]+(?:['\u2019-][^\W\d_]+)*\.?")
_SUFFIXES: Final = frozenset({"jr", "sr", "ii", "iii", "iv"})


def _strip_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def name_key(name: str | None) -> str | None:
    """``"Secretary of State Antony J. Blinken"`` -> ``"antony blinken"``; None when
    nothing of a name is left."""
    if not name:
        return None
    words = _WORD.findall(_strip_accents(name).casefold().replace("\u2019", "'"))
    # Leading title words (and the "of" inside "Secretary of State") are not the name.
    while words and (words[0] in TITLE_WORDS or words[0].rstrip(".") in TITLE_WORDS
                     or words[0] == "of"):
        words.pop(0)
    kept = [
        word.rstrip(".") for word in words
        if len(word.rstrip(".")) > 1 and word.rstrip(".") not in _SUFFIXES
    ]
    return " ".join(kept) or None


def is_person_name(name: str | None) -> bool:
    """Whether a speaker is named, not described: "Jen Psaki" and "Psaki" are people;
    "a senior EU official", "NATO diplomat" and "White House" are not, and joining them
    across documents would make one person of many."""
    key = name_key(name)
    if key is None or name is None:
        return False
    words = name.split()
    # The words of the name proper (the key's words) are capitalised in the text.
    tail = words[-len(key.split()):]
    if not all(word[:1].isupper() for word in tail):
        return False
    folded = set(key.split())
    if len(folded) == 1 and _names_a_kind(key):
        return False  # "Officials said", "Critics fear", "Democrats say": many people
    return not (folded & GROUP_NOUNS or any(word in NON_NAME_CAPITALS for word in tail))


def _names_a_kind(word: str) -> bool:
    """Whether one word is a noun for people of a kind, which a sentence's opening capital
    makes look like a surname: "officials", "sources", "democrats"."""
    one = singular(word)
    return word in PERSON_NOUNS or one in PERSON_NOUNS or one in PARTY_MEMBERS


def surname(key: str) -> str:
    """The last word of a name key: ``"jen psaki"`` -> ``"psaki"``."""
    return key.rsplit(" ", 1)[-1]


def is_full_name(key: str) -> bool:
    """A first name and a surname at least: ``"jen psaki"``, not ``"psaki"``."""
    return " " in key


def pick_by_surname(candidates: Collection[int]) -> int | None:
    """The one stored person a bare surname can mean, or None when there are none or
    several (the text does not say which)."""
    return next(iter(candidates)) if len(candidates) == 1 else None
