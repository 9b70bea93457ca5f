"""Who a mention points at: names split from titles, descriptions, pronouns, resolution.

A mention is the words a text uses for a speaker at one place ("White House Press Secretary
Jen Psaki", "Psaki", "the official", "he"). Parsing turns a mention into a ``Parsed``;
``SpeakerContext`` resolves it against what the document said before: short names to the
full name seen earlier, pronouns and definite descriptions to the most recent compatible
speaker ("she" skips a man, as far as a title or first name tells: see ``gender``). The
context is the only state in extraction and lives for one document.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache
from itertools import islice
from typing import Literal

from factcheck.extract import gender
from factcheck.extract.gender import Gender
from factcheck.extract.lexicon import (
    DETERMINERS,
    GROUP_NOUNS,
    HEAD_PREPOSITIONS,
    MEDIA_WORDS,
    NON_NAME_CAPITALS,
    OUTLET_NAMES,
    OUTLET_NOUNS,
    PERSON_NOUNS,
    PLACE_FIRST_WORDS,
    PLACE_LAST_WORDS,
    POSTPOSED_ADJECTIVES,
    PRONOUN_GENDERS,
    PRONOUNS,
    QUANTIFIER_CAPITALS,
    RELATIVE_PRONOUNS,
    RESPONDENT_NOUNS,
    SHARE_WORDS,
    TITLE_ABBREVIATIONS,
    TITLE_WORDS,
)
from factcheck.extract.number_words import CARDINALS, DENOMINATORS, PERCENT_WORDS

SpeakerKind = Literal["person", "description", "group", "pronoun"]

_TOKEN = re.compile(r"[^\s,;:]+")
# A capitalised word: where a surname may stand ("Carlineo")
_CAPITALISED = re.compile(r"\b[A-Z][\w’'-]+")
# A middle initial inside a name: "Sonya A. Zoghlin"
_INITIAL = re.compile(r"[A-Z]\.")
# Two or more capitalised words, "of" allowed inside: "US Secretary of State Antony Blinken".
# A word is taken whole (*+): giving letters back could never be followed by a space.
PROPER_RUN = re.compile(
    r"[A-Z][\w’'.-]*+(?:\s+(?:of\s+|de\s+|von\s+|van\s+)?"
    r"(?:[A-Z]\.(?=\s+[A-Z])|[A-Z][\w’'-]*+))+"  # a middle initial: "Sonya A. Zoghlin"
)
# Words that start a clause after a name's comma, not an apposition ("Psaki, who said")
_NOT_APPOSITION = RELATIVE_PRONOUNS | {"that", "and", "but", "or", "said", "says"}
# Ordinals and similar modifiers that pick one of a group but do not describe the speaker.
# Words that open a clause or sentence before its subject, never part of a name: "Then
# he said", "Although he says", "Even as he won", "Were they".
_OPENERS = frozenset(
    """and but or while as if then although though once yet still when where were
    because since unless so recently also""".split()
)
# A mention that starts with one of these is a phrase of place, time or medium, not who.
_PLACE_OR_TIME_PREPOSITIONS = frozenset("in on at to during of with by from until".split())
_PICKERS = frozenset("first second third fourth other latter former same".split())
_POSSESSIVES = frozenset("his her their its our my your".split())
# Capitalised words that end organisation names, never a person's surname.
_ORG_WORDS = frozenset(
    """House Union States Nations Department Ministry Command Europe Council Commission
    Office Agency Army Forces Force Kingdom Republic Federation Organization Organisation
    Committee Court Bank Party Administration Pentagon Kremlin Parliament Congress Senate
    David Street Road Square Center Centre University Institute Police Service Guard Patrol
    Bureau Authority Association Board Foundation Group Company Corporation Club League
    Society Coalition Network Awards Brotherhood Agreement Act Treaty School Chamber
    Workers Directorate""".split()
) | MEDIA_WORDS | PLACE_LAST_WORDS


@dataclass(frozen=True, slots=True)
class Parsed:
    """A mention taken apart; ``display`` is what to show if nothing earlier matches."""

    kind: SpeakerKind
    display: str
    role: str | None = None
    head: str | None = None
    modifiers: frozenset[str] = frozenset()
    definite: bool = False
    plural: bool = False
    pronoun: str | None = None


@dataclass(slots=True)
class Entity:
    """A speaker the document has introduced."""

    name: str
    kind: SpeakerKind
    role: str | None = None
    head: str | None = None
    modifiers: frozenset[str] = frozenset()
    plural: bool = False
    gender: Gender | None = None  # from a title or a first name; None when unknown


@dataclass(frozen=True, slots=True)
class Speaker:
    """A resolved speaker as it should be displayed."""

    name: str
    role: str | None
    kind: SpeakerKind


def _is_name_token(token: str) -> bool:
    """A word that can be part of a person's name: "Psaki", "O'Brien", "Jean-Yves"."""
    return (
        token[:1].isupper()
        and not token.isupper()
        and not token.endswith(("'s", "’s"))
        and token.lower() not in TITLE_WORDS
        and token not in _ORG_WORDS
        and token not in NON_NAME_CAPITALS
    )


def split_title(tokens: list[str]) -> tuple[list[str], list[str]]:
    """Split ``[title..., name...]``: the name is the trailing run of name-like words.

    "White House Press Secretary Jen Psaki" -> (White House Press Secretary, Jen Psaki).
    """
    cut = len(tokens)
    while cut > 0 and len(tokens) - cut < 4 and (_is_name_token(tokens[cut - 1]) or (
            cut > 1 and cut < len(tokens) and _INITIAL.fullmatch(tokens[cut - 1])
            and _is_name_token(tokens[cut - 2]))):  # "Sonya A. Zoghlin"
        cut -= 1
    return tokens[:cut], tokens[cut:]


def singular(word: str) -> str:
    if word.endswith("people"):
        return word[:-6] + "person"
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        return word[:-1]
    return word


def _strip_possessive(word: str) -> str:
    for suffix in ("'s", "’s"):
        if word.endswith(suffix):
            return word[: -len(suffix)]
    return word


@lru_cache(maxsize=4096)
def parse_mention(words: str) -> Parsed | None:
    """Take a mention apart, or None when it cannot name a speaker."""
    name, comma, apposition = words.partition(",")
    lead = apposition.split(maxsplit=1)[0].lower() if apposition.strip() else ""
    if comma and lead and lead not in _NOT_APPOSITION:
        # "Sonya A. Zoghlin, Carlineo’s attorney": the name, with the apposition as its role
        named = parse_mention(name)
        if named is not None and named.kind == "person" and named.role is None:
            return replace(named, role=" ".join(apposition.split()))
    tokens = _TOKEN.findall(words)
    while tokens and tokens[0].lower() in _OPENERS:
        tokens = tokens[1:]  # "Then he", "Even as he", "Yet Vatican officials"
    if not tokens or tokens[0].lower() in _PLACE_OR_TIME_PREPOSITIONS:
        return None  # "in an opinion article", "during an ABC News interview", "on CNBC"
    if len(tokens) > 1 and PRONOUNS.get(tokens[-1].lower()) in ("person", "group"):
        tokens = tokens[-1:]  # "Listing his ventures she", "Recently she": the pronoun
    for i, token in enumerate(tokens):
        if i and token.lower() in RELATIVE_PRONOUNS | {"that"}:
            tokens = tokens[:i]
            break
    if not tokens:
        return None
    if (partitive := _partitive(tokens)) is not None:
        return partitive
    if len(tokens) == 1 and tokens[0].lower() in PRONOUNS:
        pronoun = tokens[0].lower()
        return Parsed("pronoun", tokens[0], pronoun=pronoun, plural=pronoun in ("they", "we"))
    if len(tokens) > 2 and (tokens[1].lower() == "of" or (
            tokens[1].lower() in HEAD_PREPOSITIONS and tokens[0].isalpha()
            and not _counts_people(tokens[0].lower()))) and (
            tokens[0].lower() in DETERMINERS or tokens[0].isdigit()):
        # "One of the men", "Some of Clinton's allies", "Many in the crowd", "those with
        # BED": the part of the group is the speaker, never the "of the men" left once the
        # count is taken off
        inner = parse_mention(" ".join(tokens[2:]))
        return Parsed(
            "description", " ".join(tokens),
            head=(inner.head if inner is not None else None) or tokens[0].lower(),
            modifiers=inner.modifiers if inner is not None else frozenset(),
            plural=tokens[0].lower() not in ("one", "another"),
        )
    definite = False
    plural_det = False
    had_determiner = tokens[0].lower() in DETERMINERS or tokens[0].lower() in _POSSESSIVES
    if tokens[0].lower() in DETERMINERS or tokens[0].isdigit():
        det = tokens[0].lower()
        definite = det in ("the", "this", "that", "these", "those")
        plural_det = det not in ("a", "an", "one", "the", "this", "that", "another")
        tokens = tokens[1:]
    if not tokens:
        return None
    lowered = [t.lower() for t in tokens]
    # The head of a description is the last word before any preposition:
    # "spokesperson for US Special Operations Command Europe" -> spokesperson.
    head_at = next(
        (i - 1 for i, t in enumerate(lowered) if i and t in HEAD_PREPOSITIONS), len(tokens) - 1
    )
    if head_at > 0 and lowered[head_at] in POSTPOSED_ADJECTIVES:
        head_at -= 1
    if head_at > 0 and lowered[head_at] == "out":
        head_at -= 1  # "nine out of 10": the count is the head
    head = _strip_possessive(lowered[head_at])
    if _counts_people(head):
        return None  # "Forty-one percent of respondents", "Two-thirds of insiders": a share
    role_tokens, name_tokens = split_title(tokens[: head_at + 1])
    if name_tokens and head_at == len(tokens) - 1:
        return Parsed("person", " ".join(name_tokens), role=" ".join(role_tokens) or None)
    if (len(name_tokens) > 1 and _of_a_proper_name(tokens[head_at + 1 :])
            and not _ORG_WORDS.intersection(tokens[: head_at + 1])):
        # "Lee Zeldin of New York", "John Smith of the Brookings Institution": a person
        # and where or whom they are from (the role when no title gives one)
        return Parsed("person", " ".join(name_tokens),
                      role=" ".join(role_tokens or tokens[head_at + 1 :]))
    display = " ".join(tokens)
    if head in PERSON_NOUNS or singular(head) in PERSON_NOUNS:
        modifiers = frozenset(w for w in lowered[:head_at] if w not in _PICKERS)
        return Parsed(
            "description",
            display,
            head=singular(head),
            modifiers=modifiers,
            definite=definite,
            plural=plural_det or head != singular(head),
        )
    if any(t[:1].isupper() for t in tokens) or head in GROUP_NOUNS:
        return Parsed("group", display, head=singular(head), definite=definite)
    if had_determiner and (head.isalpha() or _AGE.fullmatch(head)):
        # "the insider", "a narrator", "the billionaire business mogul": a determiner
        # and a noun are a description whatever the noun (the cue says it speaks); so is
        # an age standing for a person ("said the 46-year-old").
        return Parsed(
            "description", display, head=singular(head),
            modifiers=frozenset(w for w in lowered[:head_at] if w not in _PICKERS),
            definite=definite, plural=plural_det or head != singular(head),
        )
    return None


# Counts that pick some people out of a group named after "of": "one of his senior aides".
_PARTITIVE_COUNTS = frozenset(CARDINALS) | frozenset("some many several both few most".split())
# Endings of nouns for people: "competitors", "candidates", "speakers", "activists".
_PEOPLE_ENDINGS = ("er", "ist", "ent", "an", "or", "ate")
_GROUP_OPENERS = frozenset("the his her their its our my your".split())


def picks_from_group(words: str) -> bool:
    """Whether a mention is some people picked out of a group: "two of her advisers"."""
    return _partitive(_TOKEN.findall(words)) is not None


def _partitive(tokens: list[str]) -> Parsed | None:
    """Some people picked out of a group, as written: "one of his senior aides", "two of
    her advisers", "most of the candidates" (a description of the group's people); not a
    share of respondents ("most of those polled", "half of voters") nor "one of them"."""
    if len(tokens) < 4 or tokens[1].lower() != "of" or tokens[2].lower() not in _GROUP_OPENERS:
        return None
    count = tokens[0].lower()
    if count not in _PARTITIVE_COUNTS:
        return None
    group = parse_mention(" ".join(tokens[2:]))
    if group is None or group.kind != "description" or tokens[-1].lower() in RESPONDENT_NOUNS:
        return None
    head = group.head or ""
    if not group.plural or (head not in PERSON_NOUNS and not head.endswith(_PEOPLE_ENDINGS)):
        return None  # "one of the things he wanted", "One of his recent reads"
    return replace(group, display=" ".join(tokens), definite=False, plural=count != "one")


def _of_a_proper_name(tail: list[str]) -> bool:
    """Whether the words after a name are "of" or "from" and a proper name: "of New York",
    "from the Brookings Institution" (not "of Georgia and John Boozman": two people)."""
    return (
        len(tail) > 1 and tail[0].lower() in ("of", "from")
        and all(t[:1].isupper() or t in ("the", "of", "for") for t in tail[1:])
        and tail[-1][:1].isupper()
    )


# An age that stands for the person of that age: "the 46-year-old", "a 17-year-old".
_AGE = re.compile(r"\d+-year-old")


def _counts_people(head: str) -> bool:
    """Whether a mention's head is a share or a count, not a speaker: "percent",
    "majority", "two-thirds", "14"."""
    last = head.rsplit("-", 1)[-1].rstrip("%")  # "31%"
    return (
        head in SHARE_WORDS or last in PERCENT_WORDS or last in DENOMINATORS
        or singular(last) in DENOMINATORS or last in CARDINALS or last.isdigit()
    )


# How far back a pronoun or a description ("she", "the official") may point: the most
# recent speakers and names only. News never reaches back past a few dozen; a long
# transcript introduces thousands, and looking through all of them for every pronoun would
# make its extraction quadratic.
RECENT_SPEAKERS = 64
NAMES_LOOKBACK = 256


@dataclass(slots=True)
class SpeakerContext:
    """What the document has said so far: names with their titles, and recent speakers."""

    names: dict[str, tuple[str, str | None]] = field(default_factory=dict)
    # The full names seen for each surname, in order: "Trump" -> Donald Trump, Ivana Trump.
    surnames: dict[str, list[str]] = field(default_factory=dict)
    recent: list[Entity] = field(default_factory=list)
    # The full names of this post, each once, the most recently mentioned last.
    mentioned: dict[str, None] = field(default_factory=dict)

    def learn_names(self, text: str, start: int, end: int) -> None:
        """Remember every full name (with its title) in ``text[start:end]``."""
        names = self.names
        surnames = self.surnames
        for match in PROPER_RUN.finditer(text, start, end):
            run = match.group()
            tokens = run.split()
            if tokens[0] in QUANTIFIER_CAPITALS or (
                _common_word(tokens[0]) and _sentence_initial(text, match.start(), start)
            ):
                del tokens[0]  # "Hosting Cook, ..." names Cook, not "Hosting Cook"
            if ". " in run:
                for k, token in enumerate(tokens[:-1]):
                    if _ends_sentence(token):
                        tokens = tokens[k + 1 :]  # "... in Benghazi. Bob Smith": Bob Smith
                        break
            role_tokens, name_tokens = split_title(tokens)
            if len(name_tokens) < 2 or name_tokens[0] in PLACE_FIRST_WORDS:
                continue  # "San Diego", "New Hampshire": a place
            if len(name_tokens) > 2:
                for k, token in enumerate(name_tokens[2:], start=2):
                    if token in PLACE_FIRST_WORDS:
                        name_tokens = name_tokens[:k]  # "Ted Cruz South Carolina": Ted Cruz
                        break
            full = " ".join(name_tokens)
            role = " ".join([t for t in role_tokens if t not in NON_NAME_CAPITALS]) or None
            if role is None and full in names:
                role = names[full][1]
            names[full] = names[name_tokens[-1]] = (full, role)
            same = surnames.setdefault(name_tokens[-1], [])
            if full not in same:
                same.append(full)
            self.mentioned.pop(full, None)
            self.mentioned[full] = None

    def can_speak(self, parsed: Parsed, *, beside_quote: bool = False) -> bool:
        """Whether a sentence's subject, with no cue of its own, may be taken as who is
        quoted: a person the text names ("Trump" once "Donald Trump" was seen, "Ted
        Cruz"), a pronoun for people, a person noun ("the Christie supporter"), a body
        ("the DNC", "the committee"); not a lone capital that may be a place, unless it
        stands right after the quote with its verb ('"...," Trump shot back')."""
        if parsed.kind == "pronoun":
            return parsed.pronoun in ("he", "she", "they")
        if parsed.display.endswith(("'s", "’s")):
            return False  # "Mr. Cruz's plan": a possessive, not a subject
        if parsed.kind == "person":
            return beside_quote or " " in parsed.display or parsed.display in self.names \
                or bool(parsed.role)
        if parsed.kind == "description":
            return (parsed.head or "") in PERSON_NOUNS
        return (parsed.head or "") in GROUP_NOUNS or len(parsed.display.split()) > 1

    def new_post(self) -> None:
        """Pronouns and descriptions do not reach across live-blog posts."""
        self.recent.clear()
        self.mentioned.clear()

    def resolve(
        self, parsed: Parsed, lead: tuple[str, list[tuple[int, int]]] | None = None
    ) -> Speaker | None:
        """The speaker ``parsed`` stands for. For a pronoun, ``lead`` may give the words of
        its sentence before it (the text and spans of it): a person named there whose title
        or first name fits comes first ("When Carlineo was approached, he told police").
        A place is nobody: "Stacy Baker of Columbia, South Carolina says" gives None."""
        if parsed.kind in ("person", "group") and _is_place(parsed.display):
            return None
        entity = self._named_in(parsed, *lead) if lead is not None else None
        entity = entity or self._find(parsed)
        if entity is None:
            return None
        self._promote(entity)
        name = entity.name
        if entity.plural and parsed.kind == "description" and not parsed.plural:
            words = name.split()
            name = " ".join([*words[:-1], singular(words[-1])])
        return Speaker(name, entity.role, entity.kind)

    def _named_in(
        self, parsed: Parsed, text: str, spans: list[tuple[int, int]]
    ) -> Entity | None:
        needs = PRONOUN_GENDERS.get(parsed.pronoun or "")
        if needs is None:
            return None
        words = [word for start, end in spans for word in _CAPITALISED.findall(text, start, end)]
        for word in reversed(words):
            known = self.names.get(word)
            if known is None:
                continue
            full, role = known
            if gender.of_person(full, role) == needs:
                return self._person(full, role)
        return None

    def _person(self, full: str, role: str | None) -> Entity:
        """The person of that full name among the recent speakers, else a new one."""
        for entity in self.recent:
            if entity.kind == "person" and entity.name == full:
                entity.role = entity.role or role
                entity.gender = entity.gender or gender.of_words(role)
                return entity
        return Entity(full, "person", role=role, gender=gender.of_person(full, role))

    def _promote(self, entity: Entity) -> None:
        recent = self.recent
        for index, other in enumerate(recent):
            if other is entity:
                del recent[index]
                break
        recent.insert(0, entity)
        del recent[RECENT_SPEAKERS:]

    def _find(self, parsed: Parsed) -> Entity | None:
        if parsed.kind == "pronoun":
            return self._antecedent(parsed.pronoun or "")
        if parsed.kind == "person":
            known = self.names.get(parsed.display)
            if known is None and parsed.role is None and " " not in parsed.display:
                # A lone capitalised word the text never gave as a full name is a place
                # or body speaking ("Ukraine warned"), not a person.
                return self._group(parsed.display)
            full, known_role = known or (parsed.display, None)
            stated = gender.of_words(parsed.role)
            if stated is not None and gender.of_person(full, known_role) not in (None, stated):
                # "Mr. Trump" after "Ivana Trump" was named: the man of that surname
                for other in reversed(self.surnames.get(parsed.display, [])):
                    if gender.of_person(other, self.names[other][1]) in (None, stated):
                        full, known_role = self.names[other]
                        break
            return self._person(full, parsed.role or known_role)
        if parsed.kind == "description" and parsed.definite:
            for entity in self.recent:
                if _describes(parsed, entity):
                    return entity
            # Each name is there twice, as full name and as surname.
            for full, role in islice(reversed(self.names.values()), 2 * NAMES_LOOKBACK):
                if _describes(parsed, Entity(full, "person", role=role)):
                    return Entity(full, "person", role=role)
        if parsed.kind == "group":
            return self._group(parsed.display)
        for entity in self.recent:
            if entity.kind == "description" and entity.name == parsed.display:
                return entity
        return Entity(
            parsed.display, "description", head=parsed.head, modifiers=parsed.modifiers,
            plural=parsed.plural, gender=gender.of_words(parsed.display),
        )

    def _group(self, name: str) -> Entity:
        for entity in self.recent:
            if entity.kind == "group" and entity.name == name:
                return entity
        return Entity(name, "group")

    def _antecedent(self, pronoun: str) -> Entity | None:
        wanted = PRONOUNS.get(pronoun)
        needs = PRONOUN_GENDERS.get(pronoun)
        passed_over = False
        for entity in self.recent:
            if wanted == "person" and _is_outlet(entity):
                continue  # "Xinhua, the official news agency, wrote": never a "he"
            if wanted == "person" and (
                entity.kind == "person"
                or (entity.kind == "description" and not entity.plural
                    and entity.head in PERSON_NOUNS)  # not "a fair sentence"
            ):
                if _fits(entity.gender, needs):
                    return entity
                passed_over = True  # "she" after a "Mr. Trump" spoke
                continue
            if wanted == "group" and (entity.plural or entity.kind == "group"):
                return entity
            if wanted == "thing" and entity.kind == "group":
                return entity
        if wanted == "group" and self.recent:
            return self.recent[0]
        if wanted == "person":
            return self._named(needs, known_only=passed_over)
        return None

    def _named(self, needs: Gender | None, *, known_only: bool) -> Entity | None:
        """No speaker fits: the last person named who does. "Jen Psaki spoke. "Yes," she said."

        After passing over speakers of the other gender, only a name known to fit will do:
        a capitalised pair of unknown gender may as well be a place ("New York")."""
        for full in islice(reversed(self.mentioned), NAMES_LOOKBACK):
            role = self.names[full][1]
            known = gender.of_person(full, role)
            if (known == needs and needs is not None) or (
                    not known_only and _fits(known, needs)):
                return self._person(full, role)
        return None


def _is_outlet(entity: Entity) -> bool:
    """Whether a speaker is a publication or broadcaster: "Reuters", "Fox News", "Xinhua"
    with the role "the official Chinese news agency"."""
    role = (entity.role or "").lower().split()
    if role and role[-1] in OUTLET_NOUNS:
        return True
    if any(word.rstrip(".") in TITLE_ABBREVIATIONS or word in TITLE_WORDS for word in role):
        return False  # "Mr. Bloomberg", "Mayor Bloomberg": a person
    return entity.name in OUTLET_NAMES or entity.name.split()[-1] in MEDIA_WORDS


def _fits(known: Gender | None, needed: Gender | None) -> bool:
    """Whether a person of gender ``known`` can be what a pronoun needing ``needed`` means."""
    return known is None or needed is None or known == needed


def _sentence_initial(text: str, at: int, block_start: int) -> bool:
    """Whether only an opening mark or a sentence end stands before ``at``."""
    while at > block_start and text[at - 1] in " \u00a0\"“‘'":
        at -= 1
    return at == block_start or text[at - 1] in ".!?:\n"


def _is_place(display: str) -> bool:
    """A capitalised name that reads as a place: "South Carolina", "the South China Sea",
    "Palm Beach" (see PLACE_FIRST_WORDS and PLACE_LAST_WORDS)."""
    words = display.split()
    if words and words[0].lower() in ("the", "a"):
        words = words[1:]
    return len(words) > 1 and (words[0] in PLACE_FIRST_WORDS or words[-1] in PLACE_LAST_WORDS) \
        and words[-1].lower() not in GROUP_NOUNS  # "a New York Times/CBS News poll": a body


def _ends_sentence(token: str) -> bool:
    """A word with the full stop of a sentence, not of "Mr." or an initial: "Benghazi."."""
    return token.endswith(".") and len(token) > 3 and "." not in token[:-1] and (
        token[:-1].lower() not in TITLE_ABBREVIATIONS
    )


def _common_word(word: str) -> bool:
    """A capital that only marks a sentence start: "Hosting", "Speaking", "Asked"."""
    low = word.lower()
    return word in NON_NAME_CAPITALS or low.endswith(("ing", "ed", "ly"))


def _describes(parsed: Parsed, entity: Entity) -> bool:
    """Whether "the official"-style words fit an earlier speaker."""
    if entity.kind == "description":
        return entity.head == parsed.head and parsed.modifiers <= entity.modifiers
    if entity.kind == "person" and entity.role and parsed.head:
        role = entity.role.lower()
        return parsed.head in role and all(m in role for m in parsed.modifiers)
    return False
