"""Poll answers as reported speech: a share of respondents says, thinks or wants something.

"Forty-seven percent said they would vote for Clinton", "Six in 10 Democrats say she is
honest": the respondents report, the poll is the source. Such a claim names no speaker (a
share of people is nobody, issue 11); it cites the poll its sentence or paragraph names.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck.extract.lexicon import PERSON_NOUNS, POLL_ANSWER_LEMMAS, RESPONDENT_NOUNS
from factcheck.extract.number_words import CARDINALS, DENOMINATORS
from factcheck.extract.speakers import singular

# Words for a share of people: "a majority of voters", "half of Democrats".
_SHARES = frozenset(
    "percent half halves thirds quarters majority majorities plurality minority share most"
    .split()
)
# What may stand before the count of a share of respondents: "Nearly half", "a full 79
# percent", "more than six in 10", "the 30 percent", "including 18%", "a large majority".
_QUALIFIERS = frozenset(
    """about nearly almost roughly around approximately some just only a an the more than
    less fewer over under at least most full mere including another fully slightly well
    barely still large small big strong slim narrow overwhelming vast clear bare solid
    sizable wide""".split()
)
# Where the head of a count ends: "Nine in 10", "half of Democrats", "a strategist for one
# of the candidates" (a strategist).
_CUTS = frozenset("of in for at from with among on to by".split())
# The participles that close a group of respondents: "61 percent of those polled".
_POLLED = frozenset("polled surveyed asked questioned interviewed sampled".split())

_PEOPLE_PRONOUNS = frozenset("them us those you".split())
# Endings of plural nouns for people: "backers", "activists", "residents", "Americans".
_PEOPLE_ENDINGS = ("ers", "ists", "ents", "ans", "ors")

# A poll named in the text: "a Washington Post-ABC News survey", "exit polls conducted by
# Edison Research", "the latest CBS News/New York Times poll", "a new poll by the Harvard
# University Institute of Politics", "the survey". Names are runs of capitalised words.
_NAME = r"[A-Z][\w.&/'’-]*(?:\s+(?:[A-Z0-9][\w.&/'’-]*|of|and|for|the|&))*"
POLL_NAME = re.compile(
    r"(?:\b(?:" + _NAME + r")\s+)?(?:exit\s+)?\b(?:[Pp]oll|[Ss]urvey)s?\b"
    r"(?P<by>\s+(?:conducted\s+|released\s+|taken\s+|commissioned\s+)?(?:by|from|for)\s+"
    r"(?:the\s+)?" + _NAME + r")?"
)
# The polls voters go to are the ballot: "going to the polls Tuesday", "at the polls".
_BALLOT = re.compile(r"(?:\b(?:go|goes|going|went|gone|head|heads|heading|headed)\s+to|\bat)"
                     r"\s+the\s+$")
_LEADING = re.compile(r"^(?:(?:The|A|An|In|Its|This|That|These|the|a|an)\s+)+")
# A name runs on past a full stop ("by the Harvard Institute of Politics. Twenty-four")
# or a joining word ("for the Associated Press and television networks"): cut there.
_RUN_ON = re.compile(r"\.\s.*|(?:\s+(?:of|and|for|the|&))+$", re.DOTALL)


def number_phrase(mention: str) -> bool:
    """Whether a mention counts people rather than naming them: "Twenty-four percent",
    "nearly half of GOP voters", "Nine in 10 Democrats", "majorities of Republicans"."""
    words = _head_words(mention)
    if not words:
        return False
    return _is_number(words[-1])


def _is_number(word: str) -> bool:
    return word.replace(",", "").replace(".", "").isdigit() or word in CARDINALS or (
        word in DENOMINATORS or word in _SHARES)


def _head_words(mention: str) -> list[str]:
    """The words of a mention up to its head, lower case: "Nine in 10" -> ["nine"]."""
    words = mention.lower().replace("-", " ").replace("%", " percent").split()
    if words[:2] == ["no", "one"] or words in (["none"], ["one"]):
        return []  # "No one said ...": nobody is counted; "one might think": anyone
    for cut, word in enumerate(words):
        if word in _CUTS or words[cut : cut + 2] == ["out", "of"]:
            return words[:cut]  # "Nine in 10", "nine out of 10", "half of Democrats"
    return words


def answers_poll(mention: str, lemma: str) -> bool:
    """Whether a subject and the lemma of its cue read as a poll's result: "Forty-seven
    percent said", "half of Democrats think"; not "1,280 pledged delegates"."""
    return lemma in POLL_ANSWER_LEMMAS and respondents(mention)


def respondents(mention: str) -> bool:
    """Whether a number phrase counts people who answer: "Forty-seven percent", "Six in 10
    Virginia voters", "half of Democrats", "61 percent of those polled"; not a share of a
    thing, "47 percent of the budget", "half of the money"."""
    if not number_phrase(mention) or not all(
            word in _QUALIFIERS or _is_number(word) for word in _head_words(mention)):
        return False  # "Donald Trump turns 70 on Tuesday": a clause ending in a number
    words = mention.split()
    lowered = [word.lower() for word in words]
    of = next((k for k, word in enumerate(lowered) if word == "of" and (
        k == 0 or lowered[k - 1] != "out")), None)  # not "nine out of 10"
    if of is None:
        return True  # "Forty-seven percent", "Six in 10 Virginia voters"
    counted = words[of + 1 :]
    if not counted:
        return False
    last = counted[-1].lower().rstrip(",")
    return (
        any(word[:1].isupper() for word in counted)  # "of Democrats", "of GOP voters"
        or last in _POLLED or last in PERSON_NOUNS or singular(last) in PERSON_NOUNS
        or last in RESPONDENT_NOUNS or last.endswith(_PEOPLE_ENDINGS)  # "of her backers"
        or last in _PEOPLE_PRONOUNS  # "most of them"
    )


def poll_named(text: str, start: int, end: int, block_start: int, block_end: int) -> str | None:
    """The poll that the sentence ``[start, end)`` names, else the nearest one before it in
    its paragraph, else the first after it: "Washington Post-ABC News survey"."""
    found = next(_polls(text, start, end), None)
    if found is None:
        before = list(_polls(text, block_start, start))
        found = before[-1] if before else next(_polls(text, end, block_end), None)
    if found is None:
        return None
    by_start = found.start("by") if found.group("by") else found.end()
    name = text[found.start() : by_start] + _RUN_ON.sub("", text[by_start : found.end()])
    name = _LEADING.sub("", " ".join(name.split()))
    return name[:-1] if name.endswith(".") and name[-2:-1].islower() else name  # "Politics."


def _polls(text: str, start: int, end: int) -> Iterator[re.Match[str]]:
    """The polls named in ``text[start:end]``, the ballot left out."""
    for found in POLL_NAME.finditer(text, start, end):
        if found.group(0) != "polls" or not _BALLOT.search(
                text, max(start, found.start() - 20), found.start()):
            yield found
