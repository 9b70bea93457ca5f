"""Reporting cues in a sentence and the words naming who reported.

Three shapes cover newswire attribution:
- subject before its verb: ``Psaki told reporters``, ``a senior EU diplomat who said``,
  ``US intelligence findings in December estimated that ...``;
- inverted, subject after the verb: ``..., said White House Press Secretary Jen Psaki.``;
- a source after "according to": ``..., according to the White House.``
A subject may also be left out (``the diplomat explained, but said ...``); the caller
resolves that to the previous speaker of the sentence.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import islice, pairwise

from factcheck.extract.lexicon import (
    BELIEF_ADJECTIVE_CUE,
    CLAUSE_BOUNDARIES,
    COPULAS,
    CUE_VERBS,
    DETERMINERS,
    GROUP_NOUNS,
    HEAD_PREPOSITIONS,
    INVERTING_VERBS,
    NEGATIONS,
    NOUN_CUE,
    NOUN_ONLY_CUES,
    PERSON_NOUNS,
    PHRASE_CUES,
    POSTPOSED_ADJECTIVES,
    PRONOUNS,
    QUOTE_ONLY_VERBS,
    RELATIVE_PRONOUNS,
    STATES_AND_COUNTRIES,
    TIME_WORDS,
    TITLE_WORDS,
    VERB_MODIFIERS,
)
from factcheck.extract.patterns import word_alternation
from factcheck.extract.polls import number_phrase
from factcheck.extract.quotes import QuoteIndex
from factcheck.extract.speakers import singular

_VERB_FORMS = {form: lemma for lemma, forms in CUE_VERBS.items() for form in forms}
_FORM_TO_LEMMA = {**_VERB_FORMS, **PHRASE_CUES}
# Every cue as one trie-shaped alternation: "according to", "pointed out", "said", ...
# The words of a phrase may be apart by any white space ("according\nto"); where a phrase
# extends a word ("called for", "called"), the trie tries the longer first.
_CUE_WORDS = ("According to", *_FORM_TO_LEMMA)
_CUE_ALTERNATION = word_alternation(_CUE_WORDS).replace(re.escape(" "), r"\s+") + r"\b"
_CUE_FIRST_LETTERS = "[" + "".join(sorted({w[0] for w in _CUE_WORDS})) + "]"
CUE = re.compile(
    # The look-ahead on the first letter lets the engine skip most positions at once.
    r"\b(?=" + _CUE_FIRST_LETTERS + ")" + _CUE_ALTERNATION
)
# The same cues for a scan of a whole document, found from the character before them,
# which the engine can jump to instead of testing every position for a word boundary:
# after a space, " said";
CUE_AFTER_SPACE = re.compile(" (" + _CUE_ALTERNATION + ")")
# after anything else but an ASCII word character, "\nsaid", "(according to", "ésaid"
# (the last is no word boundary: ``cue_spans`` drops it).
# (The look-ahead on the first letter rejects a mark and the space after it, the common
# case, at once.)
CUE_AFTER_OTHER = re.compile(
    "[^a-zA-Z0-9_ ](?=" + _CUE_FIRST_LETTERS + ")(" + _CUE_ALTERNATION + ")"
)
# "\b" is much cheaper than a look-behind at every position; these characters glue a
# cue to a word all the same ("re-said", "’tells'"), so a match next to one is dropped.
_GLUE = "’'-"
# Marks that may open a sentence without opening a quote, left over from an excerpt.
_STRAY_OPENERS = "\"“"
# Verbs that invert after any boundary ("So says X"); the others only after a comma.
_BARE_INVERTING = frozenset({"say", "add", "write", "ask", "continue", "explain"})
# What may stand between a closing quote mark and a cue that follows it: '"...," said'.
_QUOTE_GAP = " ,—–-\u00a0\n"
# Words or single punctuation marks, with their positions. A full stop stays on "U.S.",
# "p.m." and "Mr." but not on a word that ends a sentence.
_TOKEN = re.compile(
    r"(?:\w\.){2,}|(?:Mr|Mrs|Ms|Dr|Gen|Sen|Rep|Gov|Lt|Col|Prof|St|Jr|Sr|Rev|Sgt|Capt|Maj|Adm)\.|[A-Z]\.(?=\s+[A-Z])|"
    r"\w[\w’'&-]*(?:\.\w[\w’'&-]*)*|[^\w\s]"
)
_STOP_LEFT = frozenset(
    """by to with from for in on at of about over into than as is was are were be been
    has have had do did does not""".split()
) | CLAUSE_BOUNDARIES
# Possessive determiners cannot end a subject: "the governor threw his support behind".
_NOT_SUBJECT_END = _STOP_LEFT | DETERMINERS | frozenset("his her their its our my your".split())
# Verbs inside the words left of a cue: a subject cannot run across them.
_AUXILIARIES = frozenset("is are was were am be been has have had".split())
_BARE_SPEECH = frozenset({"say", "tell"})
# Prepositions that cannot open a subject: "in the final two years of his term".
_PREPOSITIONS = frozenset("in within on at for from during after before by with over".split())
# Words that make what follows a condition: "if they want", "unless Congress agrees".
_CONDITIONS = frozenset({"if", "unless"})
_NOMINAL_RELATIVES = frozenset({"what", "than"})
_ARTICLES = frozenset({"the", "a", "an"})
# Words after which an article may stand inside a subject: "spokesperson for the ministry".
_PHRASE_JOINERS = frozenset("of for at to from with in on and by".split())
_QUOTE_CHARS = "\"“”„«»‘’'"
_MAX_SUBJECT_TOKENS = 12
# Asides between a subject and its cue: "Sen. Ann Lee, R-Ore., a long-shot candidate, said".
_MAX_ASIDES = 3
# A source after "according to" may run longer, when a stop or a comma closes it: "according
# to early results of the exit poll conducted by Edison Research for the Associated Press."
_MAX_SOURCE_TOKENS = 24
# An aside between a subject and its cue may be longer: "Fred Kagan, director of the
# Critical Threats Project at the American Enterprise Institute, said".
_MAX_ASIDE_TOKENS = 20
_NOT_IN_ASIDE = frozenset("\"“”„«»:;—–!?")
# How far before a cue its subject is looked for. A subject (with an apposition, each at
# most _MAX_SUBJECT_TOKENS words) ends well inside it; bounding the look-back keeps a
# sentence without punctuation (a raw transcript, "and he said ... and she said ...") from
# being read again from its start for every cue.
_SUBJECT_WINDOW = 600
_YEAR = re.compile(r"^(?:1[89]|20)\d\d$")
_AGE = re.compile(r"^\d{1,3}$")


@dataclass(frozen=True, slots=True)
class Attribution:
    """A cue and the words naming its subject (``mention`` None when the subject is left
    out). ``inverted`` marks "said X"; ``source`` marks "according to X"."""

    cue: str
    lemma: str
    cue_start: int
    cue_end: int
    mention: str | None
    start: int | None
    end: int | None
    inverted: bool = False
    source: bool = False
    role: str | None = None  # an apposition: "Jane Doe, a spokeswoman for the ministry, said"
    set_off: bool = False  # "according to X" closing its sentence or between commas

    @property
    def quote_only(self) -> bool:
        return self.lemma in QUOTE_ONLY_VERBS


def cue_spans(text: str) -> list[tuple[int, int]]:
    """The spans of ``CUE.finditer(text)``, in order, at about two thirds of the cost."""
    spans = [match.span(1) for match in CUE_AFTER_SPACE.finditer(text)]
    spans += [
        match.span(1) for match in CUE_AFTER_OTHER.finditer(text)
        if not (text[match.start()].isalnum() or text[match.start()] == "_")
    ]
    if first := CUE.match(text):
        spans.append(first.span())
    spans.sort()
    return spans


def read_cues(
    text: str,
    start: int,
    end: int,
    quotes: QuoteIndex,
    cues: Iterable[tuple[int, int]],
) -> list[Attribution]:
    """The attributions of the ``CUE`` spans (from ``cue_spans``) that fall in
    ``text[start:end]``, outside the paragraph's ``quotes``, in order. The caller scans a
    whole document once and skips the sentences without a cue."""
    found = []
    for at, cue_end in cues:
        if (at and text[at - 1] in _GLUE) or (cue_end < len(text) and text[cue_end] in _GLUE):
            continue
        if quotes.covering(at):
            continue
        cue = text[at:cue_end]
        lowered = " ".join(cue.lower().split())
        if lowered == "according to":
            phrase = _noun_phrase_after(text, cue_end, end, quotes)
            if phrase:
                p_start, p_end, _ = phrase
                found.append(Attribution(cue, "according to", at, cue_end,
                                         text[p_start:p_end], p_start, p_end, source=True,
                                         set_off=_set_off(text, start, at, cue_end, end)))
            continue
        lemma = _FORM_TO_LEMMA.get(lowered, lowered.split()[0])
        closed = quotes.last_close_before(at)
        boundary = start if closed is None else max(start, closed + 1)
        if lemma == NOUN_CUE:
            # "Trump's claim that ...": the possessor made the claim
            noun_end = at + len(cue.split()[0])
            owner = _possessor_before(text, boundary, at)
            if owner is not None:
                o_start, o_end, _ = owner
                found.append(Attribution(text[at:noun_end], lemma, at, noun_end,
                                         text[o_start:o_end], o_start, o_end))
                continue
            lowered = lowered.split()[0]  # "Trump claims that ...": a verb, if any
            if lowered in NOUN_ONLY_CUES:
                continue
            lemma = _FORM_TO_LEMMA.get(lowered, lowered)
            cue, cue_end = text[at:noun_end], noun_end
        subject_end = at
        if lemma == BELIEF_ADJECTIVE_CUE:
            # "Cruz is confident that ...": the subject stands before the copula
            copula = _copula_before(text, boundary, at)
            if copula is None:
                continue
            subject_end = copula
        subject = _subject_before(text, boundary, subject_end)
        if lowered.endswith("ing") and isinstance(subject, tuple):
            subject = _absolute_subject(text, subject)
        if subject is not None and not _agrees(text, lowered, subject, at):
            subject = "invalid"
        if lowered.endswith("ing") and subject is None and (
                previous := _cue_just_before(text, found, at)) is not None:
            # "..., Spicer said, adding, "...."": the subject of the cue it goes on from
            subject = previous
        if (lowered.endswith("ing") and (subject is None or subject == "invalid")) or (
                subject is None and _after_coordination(text, boundary, at)):
            # "A judge sided with the Democrats, saying the law ...": the participle's
            # subject is the subject of its sentence; so is that of a verb joined to the
            # first ("Putin backpedaled on his forecast and blamed oil prices").
            subject = _clause_subject(
                text, _after_running_quote(text, start, at, quotes), at) or subject
        # '"...," said Ramos, whose book ...': any cue right after a quote may invert, and
        # its subject need not end the sentence.
        after_quote = boundary > start and not text[boundary:at].strip(_QUOTE_GAP)
        if subject is None and after_quote and lemma != "tell":
            after = speaker_after_quote(text, cue_end, end, quotes)
            if after is not None:
                a_start, a_end, role = after
                found.append(Attribution(cue, lemma, at, cue_end, text[a_start:a_end],
                                         a_start, a_end, inverted=True, role=role))
                continue
        if subject is None and lemma in INVERTING_VERBS and not lowered.endswith("ing") and (
                (after_comma := text[boundary:at].rstrip().endswith(","))
                or lemma in _BARE_INVERTING):
            after = _noun_phrase_after(text, cue_end, end, quotes, final=True,
                                       aside=after_comma)
            if after and _starts_like_name(text, after[0]) and not _has_finite_verb(
                    text, after[0], after[1]):
                a_start, a_end, role = after
                found.append(Attribution(cue, lemma, at, cue_end, text[a_start:a_end],
                                         a_start, a_end, inverted=True, role=role))
                continue
        if subject is None:
            found.append(Attribution(cue, lemma, at, cue_end, None, None, None))
        elif not isinstance(subject, str):
            s_start, s_end, role = subject
            found.append(Attribution(cue, lemma, at, cue_end,
                                     text[s_start:s_end], s_start, s_end, role=role))
    return found


def _cue_just_before(
    text: str, found: list[Attribution], at: int
) -> tuple[int, int, str | None] | None:
    """The named subject of the cue a participle follows with only a comma between, the
    subject not opening the sentence: "..., Nefzi said, adding" (Nefzi adds, not the
    sentence's subject, who may be someone else: "Ryan and Trump will meet, Spicer said,
    adding ...")."""
    if not found:
        return None
    last = found[-1]
    if last.start is None or last.end is None or last.source or last.inverted:
        return None
    if text[last.cue_end : at].strip(" ,") or last.end > last.cue_start:
        return None
    return last.start, last.end, last.role


# A source "according to" names at the end of its sentence, or set off by commas or
# dashes in it: "The talks failed, according to two officials." / "The deal, according
# to the ministry, is off." / "..., according to a Times/CBS survey released Thursday."
_ASIDE_MARKS = (",", "—", "–", " -")
_CLAUSE_MARK = re.compile(r"[,;:()—–]|\s-\s")


def _set_off(text: str, start: int, cue_start: int, cue_end: int, end: int) -> bool:
    """Whether "according to X" reports the rest of its sentence from the side, closing it
    or between commas, rather than opening it (where it may name a figure's source)."""
    before = text[max(start, cue_start - 40) : cue_start].rstrip()
    if not before or not before.endswith(_ASIDE_MARKS):
        return False
    mark = _CLAUSE_MARK.search(text, cue_end, end)
    if mark is None:
        return True  # nothing after the source but the end of the sentence
    return mark.group(0).strip() in (",", "—", "–", "-")


def _copula_before(text: str, lo: int, at: int) -> int | None:
    """Where the copula right before an adjective starts ("is" in "Cruz is confident"),
    light words ("also", "still") passed over; None when there is none."""
    words = list(_TOKEN.finditer(text, max(lo, at - 40), at))
    for word in reversed(words):
        low = word.group(0).lower()
        if low in COPULAS:
            return word.start()
        if not _is_verb_modifier(low):
            return None
    return None


_POSSESSIVES = frozenset({"his", "her", "their", "its", "our"})


def _apposition(
    text: str, tokens: list[re.Match[str]], comma: int
) -> tuple[int, str | None] | None:
    """For ", a spokeswoman for the ministry," ending at ``tokens[comma]``: the index of
    the comma that opens it and its words without the article (the role), else None.

    Any aside between a name and its cue is passed over: "Fred Kagan, director of the
    project, said" (the role without an article), "Jim Bennett, 57, said", "Blunt, after a
    long pause, said", "Melanne Verveer, who served as chief of staff, told" (no role)."""
    k = comma - 1
    while k >= 0 and tokens[k].group(0) != "," and comma - k <= _MAX_ASIDE_TOKENS:
        if tokens[k].group(0) in _NOT_IN_ASIDE:
            return None
        k -= 1
    if k < 1 or tokens[k].group(0) != "," or k + 1 >= comma:
        return None
    before = tokens[k - 1].group(0)
    if before == "." and k > 1:
        before = tokens[k - 2].group(0)  # "Sen. Ann Lee, R-S.C., a candidate, said"
    aged = k > 2 and _AGE.match(before) and tokens[k - 2].group(0) == ","
    if aged:
        before = tokens[k - 3].group(0)  # "Marley Anderson, 21, a junior, said"
    if not (before[:1].isupper() or before == ")" or before.lower() in PERSON_NOUNS):
        return None  # "In the end, after all, said ...": no subject before the aside
    first = tokens[k + 1].group(0).lower()
    words = text[tokens[k + 1].start() : tokens[comma - 1].end()]
    if first in _ARTICLES:
        return k, text[tokens[k + 2].start() : tokens[comma - 1].end()] if k + 2 < comma else None
    if first in _POSSESSIVES or first.endswith(("'s", "’s")):  # ", Carlineo’s attorney,"
        return k, words
    if tokens[k + 1].group(0).islower() and first in PERSON_NOUNS | TITLE_WORDS:
        return k, words  # ", director of the project,"
    return k, None


# Words with an apostrophe-s that are no possessor: "it's", "that's", "there's".
_NOT_POSSESSORS = frozenset(
    "it's it’s that's that’s there's there’s what's what’s he's he’s she's she’s".split()
)


def _possessor_before(text: str, lo: int, noun_start: int) -> tuple[int, int, str | None] | None:
    """The owner of a noun of statement: "Donald Trump" in "Donald Trump's claim that"."""
    words = list(_TOKEN.finditer(text, max(lo, noun_start - 40), noun_start))
    last = words[-1] if words else None
    if last is None or last.end() + 1 < noun_start:
        return None
    word = last.group(0)
    if word.endswith(("s'", "s’")):  # "the Democrats' fears that"
        owner = _subject_before(text, lo, last.end() - 1)
        return owner if owner is not None and not isinstance(owner, str) else None
    if not word.endswith(("'s", "’s")) or word.lower() in _NOT_POSSESSORS:
        return None
    owner = _subject_before(text, lo, last.end() - 2)
    return owner if owner is not None and not isinstance(owner, str) else None


def _after_coordination(text: str, lo: int, cue_start: int) -> bool:
    """Whether "and" or "but" stands just before the cue, light words aside."""
    lo = max(lo, cue_start - 80)  # light words are few and short
    for word in reversed([t.group(0).lower() for t in _TOKEN.finditer(text, lo, cue_start)]):
        if not _is_verb_modifier(word):
            return word in ("and", "but")
    return False


def _before_brackets(tokens: list[re.Match[str]], close: int) -> int:
    """The index of the word before a bracket ending at ``tokens[close]``, which labels a
    name ("McConnell (R-Ky.)", "Sanders (I-Vt.)"); ``close`` itself when it opens none."""
    k = close - 1
    while k >= 0 and close - k <= 8 and tokens[k].group(0) != "(":
        k -= 1
    return k - 1 if k > 0 and tokens[k].group(0) == "(" else close


# Words that open an aside between a subject and its verb: "Paradis, who has been ...,
# says", "Trump, in a statement on Monday, said", "Cruz, however, argued".
_ASIDE_OPENERS = frozenset(
    """who whose which in on at during after before speaking writing however meanwhile though
    too also of like unlike""".split()
)


def _aside(tokens: list[re.Match[str]], comma: int) -> int | None:
    """For ", who has been active in politics since 1990," or ", in a statement," ending at
    ``tokens[comma]``, or any short aside after a name: the index of the word before the
    comma that opens it, else None."""
    k = comma - 1
    while k > 0 and comma - k <= 2 * _MAX_SUBJECT_TOKENS and tokens[k].group(0) != ",":
        k -= 1
    if k < 1 or tokens[k].group(0) != "," or k + 1 == comma:
        return None
    opener = tokens[k + 1].group(0)
    before = tokens[k - 1].group(0)
    if opener.lower() in _ASIDE_OPENERS or (opener.islower() and opener.endswith("ed")):
        return k - 1  # "The poll, released on Wednesday by the institute, showed"
    if opener.islower() and opener.endswith("ing") and (before[:1].isupper() or before == "."):
        return k - 1  # "Sen. Ann Lee, R-Ore., appearing on Fox News, said"; not "...
        # the convention, forcing her to fight, said Tom Reyes"
    if before[:1].isupper() and before.isalpha() and comma - k <= _MAX_SUBJECT_TOKENS:
        return k - 1  # "Mr. Lewandowski, now a paid CNN commentator, has denied"
    return None


def _further_aside(tokens: list[re.Match[str]], comma: int) -> bool:
    """Whether the words before ``tokens[comma]``, back to the comma before them, may be
    one more aside after a name: lower case ("a Cruz supporter", "attending the rally") or a
    state or party abbreviation ("R-S.C.", "Miss."), not a name ("However, Jill Martin,")."""
    k = comma - 1
    while k > 0 and comma - k <= _MAX_ASIDE_TOKENS and tokens[k].group(0) != ",":
        k -= 1
    if k < 1 or tokens[k].group(0) != "," or k + 1 >= comma:
        return False
    opener = tokens[k + 1].group(0)
    if opener[:1].isupper():
        return comma - k <= 4 and ("-" in opener or tokens[k + 2].group(0) == "." or (
            _after_town(tokens, k)))
    low = opener.lower()
    if low in _FROM and tokens[k + 2].group(0)[:1].isupper():
        return True  # "Maria Lopez, of Dayton, Ohio, said": where she is from
    if comma - k == 2 and low in RELATIVE_PRONOUNS:
        return False  # "Bret Stephens, who, after a row, said": "who" is the subject
    # "a Cruz supporter from Jackson", "his deputy", "attending the rally", "who ran"; not
    # a phrase that may hold the subject ("in what Bay Buchanan, a treasurer, called")
    return low in _ARTICLES or low in _POSSESSIVES or low in RELATIVE_PRONOUNS or (
        low.endswith(("ing", "ed")))


_FROM = frozenset({"of", "from"})


def _after_town(tokens: list[re.Match[str]], comma: int) -> bool:
    """Whether a town of one or two capitalised words after "of" or "from" ends at
    ``tokens[comma]``, so that the capitalised words after it are its state: ", of Dayton,
    Ohio,", "from Grand Rapids, Michigan,"."""
    for size in (1, 2):
        at = comma - size - 1
        if at > 0 and tokens[at].group(0) in _FROM and all(
                t.group(0)[:1].isupper() for t in tokens[at + 1 : comma]):
            return tokens[at - 1].group(0) == ","
    return False


def _named_aside(tokens: list[re.Match[str]], comma: int) -> tuple[int, int, str | None] | None:
    """For "The chief, Paul Manafort," ending at ``tokens[comma]``: the name between the
    commas, when a description stands before it."""
    k = comma - 1
    while k > 0 and comma - k <= 4 and tokens[k].group(0)[:1].isupper():
        k -= 1
    if k < 2 or k == comma - 1 or tokens[k].group(0) != ",":
        return None
    before = tokens[k - 1].group(0)
    if not before.isalpha() or not before.islower() or before not in PERSON_NOUNS:
        return None
    return tokens[k + 1].start(), tokens[comma - 1].end(), None


# A finite verb that ends the subject of a sentence: "A judge sided with ...", "Cruz is".
_IRREGULAR_PASTS = frozenset(
    """went spoke made took gave came held ran met left sent brought began won lost kept
    stood sat fought led put set got saw drew struck threw caught heard let""".split()
)
_INTRODUCTIONS = frozenset(
    """in on at after before when while during earlier later last this since over by for
    from with and but so yet still""".split()
)


def _clause_subject(text: str, start: int, cue_start: int) -> tuple[int, int, None] | None:
    """The subject of the sentence starting at ``start``: the words before its first verb,
    after an introductory phrase ("In May, a U.S. District Court judge sided ...")."""
    if cue_start - start > _SUBJECT_WINDOW:
        return None  # a sentence too long to read as one clause
    tokens = list(_TOKEN.finditer(text, start, cue_start))
    at = _after_dateline(tokens)
    comma = next((k for k in range(at, min(len(tokens), at + 10))
                  if tokens[k].group(0) == ","), None)
    if at < len(tokens) and (_opens_phrase(tokens, at) or any(
            t.group(0).lower() == "ago" for t in tokens[at : at + 5])  # "Eight years ago, ..."
            or (comma and tokens[comma - 1].group(0).lower() in _LATER)):  # "Minutes later,"
        if comma is None:
            return None
        at = _after_place_aside(tokens, comma + 1)
        if at < len(tokens) and tokens[at].group(0).lower() in _LEADING_CONJUNCTIONS:
            at += 1  # "Alongside the calls, even a top strategist said"
        # a second phrase set off after the first: "In the last debate, on CNBC,
        # candidates ...", "On Friday night, in the 24th district, Sanders ..."
        second = next((k for k in range(at, min(len(tokens), at + 10))
                       if tokens[k].group(0) == ","), None)
        if second is not None and second > at and tokens[at].group(0).islower() \
                and tokens[at].group(0) in _INTRODUCTIONS:
            at = second + 1
    elif at < len(tokens) and tokens[at].group(0).lower() in _SUBORDINATORS:
        # "Although it was far from the last word ..., Attorney General Loretta Lynch took":
        # the subject is after the subordinate clause
        comma = next((k for k in range(at, min(len(tokens), at + 3 * _MAX_SUBJECT_TOKENS))
                      if tokens[k].group(0) == ","), None)
        if comma is None:
            return None
        at = comma + 1
    for k in range(at, min(len(tokens), at + _MAX_SUBJECT_TOKENS)):
        word = tokens[k].group(0)
        low = word.lower()
        if word == "," or (word.islower() and (
                low in _AUXILIARIES or low in VERB_MODIFIERS or low in _IRREGULAR_PASTS
                or low in _VERB_FORMS or (low.endswith("ed") and len(low) > 4))):
            if k == at:
                return None
            return tokens[at].start(), tokens[k - 1].end(), None
        if not word[0].isalnum():
            return None
    return None



# A state as a dateline abbreviates it: "VA", "N.Y.", "Va.", "Calif.".
_STATE_ABBREVIATION = re.compile(r"[A-Z]{2}|(?:[A-Z]\.){2}|[A-Z][a-z]{1,4}\.")


def _text_of(tokens: list[re.Match[str]]) -> str:
    """The tokens' words as written, without the spaces between them."""
    return "".join(t.group(0) for t in tokens)


# Words that open a subordinate clause before the main subject: "Although it was ...,".
_SUBORDINATORS = frozenset("although though because if unless once whereas".split())


def _after_place_aside(tokens: list[re.Match[str]], at: int) -> int:
    """Past the state or country that ends an opening phrase's city, and a time after it:
    "At an event in Ames, Iowa, on Sunday, Mrs. Clinton said" reads on from "Mrs."."""
    for width in (1, 2):
        comma = at + width
        if comma < len(tokens) and tokens[comma].group(0) == "," and (
                " ".join(t.group(0) for t in tokens[at:comma]) in STATES_AND_COUNTRIES
                or _STATE_ABBREVIATION.fullmatch(_text_of(tokens[at:comma]))):
            at = comma + 1
            time_comma = next((k for k in range(at, min(len(tokens), at + 5))
                               if tokens[k].group(0) == ","), None)
            if time_comma is not None and tokens[at].group(0).lower() in _PREPOSITIONS:
                at = time_comma + 1  # "..., on Saturday,"
            break
    return at


# Words that open a phrase before the subject besides those above: "Instead, he ...",
# "Back in 1999, Trump ...", "Outside the arena, about 200 protesters ...", "To wit, ...".
_SCENE_OPENERS = frozenset(
    """instead meanwhile however amid amidst alongside following despite to back here there
    outside inside across""".split()
)
# Days, months and times that open a sentence before its subject; not the months that
# are also first names ("April Ryan", "June Smith", "May").
_OPENING_TIMES = TIME_WORDS - frozenset("april may june august march".split())
_DASHES = frozenset("—–-")
_LATER = frozenset({"later", "earlier"})
# Words that follow an opening participle, not a verb after a name: "Speaking to",
# "Appearing before", "Following an", "Citing his".
_PARTICIPLE_OBJECTS = _PREPOSITIONS | _ARTICLES | _POSSESSIVES | frozenset(
    "to about into up out".split()
)


def _opens_phrase(tokens: list[re.Match[str]], at: int) -> bool:
    """Whether the sentence opens with a phrase set off before its subject: a preposition
    or adverb, or a participle with its object ("Speaking in his real voice, he",
    "Appearing before supporters, Suu Kyi"), but not a name ("Manning, a lawyer,") or
    "Everything is"."""
    word = tokens[at].group(0).lower()
    if word in _INTRODUCTIONS or word in _SCENE_OPENERS or word in _OPENING_TIMES:
        return True  # also "Sunday morning, Clinton slammed", "Today, children ..."
    following = tokens[at + 1].group(0) if at + 1 < len(tokens) else ""
    return word.endswith("ing") and following in _PARTICIPLE_OBJECTS  # not "Boreing said"


def _after_dateline(tokens: list[re.Match[str]]) -> int:
    """Where the sentence starts after a dateline, "WASHINGTON, Dec. 8 (UPI) — ": a place
    in capitals, then a dash within a few words; else 0. A place is no subject."""
    first = tokens[0].group(0) if tokens else ""
    if not (len(first) > 2 and first.isupper() and first.isalpha()):
        return 0
    dash = next((k for k in range(1, min(len(tokens), 12)) if tokens[k].group(0) in _DASHES), None)
    return 0 if dash is None else dash + 1


def _after_running_quote(text: str, start: int, at: int, quotes: QuoteIndex) -> int:
    """Where the narration of a sentence begins: after the quote it opens inside of
    ('"It's a disaster," Trump said, adding' where the quote began a sentence before:
    "It's" is no subject), after a stray mark no quote pairs ('"Trump tried to laugh it
    off by interjecting, “...”', a paragraph of an excerpt), else ``start``."""
    running = quotes.overlapping(start, at)[:1]
    if running and running[0].open < start:
        return running[0].close + 1
    if start < at and text[start] in _STRAY_OPENERS and not quotes.covering(start):
        return start + 1
    return start


# Words that make a phrase a clause: "..., said Obama is overselling the gains" is no
# name after its cue but what was said.
_FINITE = _AUXILIARIES | frozenset("will would can could should may might must does do".split())


def _has_finite_verb(text: str, start: int, end: int) -> bool:
    return any(word in _FINITE for word in text[start:end].split())


def _starts_like_name(text: str, at: int) -> bool:
    word = _TOKEN.match(text, at)
    if word is None:
        return False
    first = word.group(0)
    if first[:1].isupper() or first.lower() in _ARTICLES:
        return True
    # "says political scientist Dossym Satpayev": a description and a name
    if first.lower() in _NOT_SUBJECT_END or first.lower() in TIME_WORDS:
        return False
    following = [t.group(0) for t in islice(_TOKEN.finditer(text, word.end()), 2)]
    return any(t[:1].isupper() for t in following)


def _subject_before(
    text: str, lo: int, cue_start: int
) -> tuple[int, int, str | None] | str | None:
    """The subject that ends just before a cue as ``(start, end, apposition)``, None when
    it is left out, or "invalid".

    Scans left to the clause boundary: punctuation, a quote mark, or a clause word
    ("that", "though", ...). "and" between capitalised words joins a subject
    ("The US and NATO"); before a determiner or pronoun it starts a new clause.
    """
    window = cue_start - _SUBJECT_WINDOW
    tokens = list(_TOKEN.finditer(text, max(lo, window), cue_start))
    if window > lo and tokens:
        del tokens[0]  # perhaps a word cut in two by the window
    i = len(tokens) - 1
    if i >= 0 and tokens[i].group(0).lower() in NEGATIONS:
        return "invalid"  # "Smith didn't say": no statement is reported
    while i >= 0 and _is_verb_modifier(tokens[i].group(0)):
        i -= 1
    role = None
    if i > 0 and tokens[i].group(0) == "," and tokens[i - 1].group(0) == ")":
        i -= 1  # "Gov. John Kasich (R-OH), said"
    if i > 0 and tokens[i].group(0) == ")":
        i = _before_brackets(tokens, i)  # "Sen. Mitch McConnell (R-Ky.) said"
    if i > 0 and tokens[i].group(0) == "," and (named := _named_aside(tokens, i)):
        return named  # "The chief, Paul Manafort, said"
    comma = i
    # Asides in a row: "Sen. Ann Lee, R-Ore., a long-shot candidate, said", "Tom Cole, a
    # supporter from Jackson, Miss., attending the rally, said".
    for nth in range(_MAX_ASIDES):
        if not (comma > 0 and tokens[comma].group(0) == ","):
            break
        if nth and not _further_aside(tokens, comma):
            break  # "Still, Petrilli, who thinks ..., called": a name, not an aside
        if apposition := _apposition(text, tokens, comma):
            i, found_role = apposition[0] - 1, apposition[1]  # "Jane Doe, a spokeswoman, said"
            role = found_role or role
            if i > 1 and _AGE.match(tokens[i].group(0)) and tokens[i - 1].group(0) == ",":
                i -= 2  # "Marley Anderson, 21, a junior from Las Vegas, said"
            if i > 0 and tokens[i].group(0) == ")":
                i = _before_brackets(tokens, i)  # "Sen. Durbin (D-Ill.), noting ..., said"
        elif (aside := _aside(tokens, comma)) is not None:
            i = aside  # "Jane Doe, who ran in 2012, said"
        else:
            break
        comma = i + 1
    j = i
    verb = None  # the nearest verb passed on the way left
    while j >= 0:
        word = tokens[j].group(0)
        low = word.lower()
        if not word[0].isalnum() and word != "%":
            break  # "Only 18% say" runs on across its "%"
        if low == "and":
            right = tokens[j + 1].group(0) if j + 1 < len(tokens) else ""
            left = tokens[j - 1].group(0) if j > 0 else ""
            if not (left[:1].isupper() and right[:1].isupper()) and not (
                    _people(left) and _people(right)):
                break
        elif low in CLAUSE_BOUNDARIES:
            break
        elif verb is None and word.islower() and (
                low in _AUXILIARIES or _VERB_FORMS.get(low, low) != low or low in _BARE_SPEECH):
            verb = j
        j -= 1
    chosen = tokens[j + 1 : i + 1]
    if j >= 0 and tokens[j].group(0).lower() in _NOMINAL_RELATIVES:
        return "invalid"  # "smaller than what McKinley said": his words are not restated
    if j >= 0 and tokens[j].group(0).lower() in _CONDITIONS:
        return "invalid"  # "if they want ...": a condition, not a report
    if not chosen:
        return None
    words = [t.group(0).lower() for t in chosen]
    if words[0] in ("of", "from") and len(chosen) > 1 and chosen[1].group(0)[:1].isupper() \
            and j > 0 and tokens[j].group(0) == ",":
        # "Brianne Stone, 29, of Huntsville, Ala., says": where the speaker is from is an
        # aside; the speaker stands before it
        return _subject_before(text, lo, tokens[j].end())
    for k, word in enumerate(words):
        if word in _OBJECT_RELATIVES and (subject := _subject_after_relative(
                chosen, words, k)) is not None:
            # "Christie, whom he describes as", "Wasserman Schultz, whom many progressives
            # believed": the relative is the object; the words after it are the subject
            return (*subject, role)
        if word in RELATIVE_PRONOUNS:
            if 0 < k < len(words) - 1 and words[k - 1] in _PREPOSITIONS and number_phrase(
                    text[chosen[k + 1].start() : chosen[-1].end()]):
                # "an electorate in which 67 percent of voters say": the relative is the
                # object; the share after it is the subject
                return chosen[k + 1].start(), chosen[-1].end(), role
            # "a senior EU diplomat who said", "The NATO diplomat who spoke to CNN said"
            found = _antecedent(tokens, j + 1 + k)
            return found if isinstance(found, str) else (*found, role)
    if verb is not None:
        if words[verb - j - 1] in _AUXILIARIES:
            return "invalid"  # "the unions are aware of the Sanders support": a predicate
        # "observers said Biden's remarks showed ...": the subject starts after the verb
        chosen, words = chosen[verb - j :], words[verb - j :]
        if not chosen:
            return None
    if len(chosen) > 1 and words[-1] in _SUBJECT_PRONOUNS:
        # "Then he said", "Wednesday he said", "told AP they concluded": the pronoun is the
        # subject; the words before it are an adverb, a time or the object of another verb
        return chosen[-1].start(), chosen[-1].end(), role
    if j > 0 and tokens[j].group(0) == "," and tokens[j - 1].group(0)[:1].isupper() and (
            _only_places(text[chosen[0].start() : chosen[-1].end()])):
        # "in Birmingham, Alabama, ... said", "voters in Alabama, Georgia and Virginia say":
        # the state after a city or in a list says where, not who; who is before the list
        while j > 1 and tokens[j].group(0) == "," and _only_places(tokens[j - 1].group(0)):
            j -= 2
        if j >= 0 and tokens[j].group(0).lower() in _WHERE_FROM and j > 0:
            return _subject_before(text, lo, tokens[j].start())
        return None
    while len(chosen) > 1 and (words[-1] in TIME_WORDS or _YEAR.match(words[-1])):
        chosen, words = chosen[:-1], words[:-1]
        while len(chosen) > 1 and words[-1] in ("in", "on", "at", "this", "last", "early",
                                                   "late", "earlier", "during", "next"):
            chosen, words = chosen[:-1], words[:-1]
    if len(chosen) > _MAX_SUBJECT_TOKENS or (
            words[-1] in _NOT_SUBJECT_END and not number_phrase(" ".join(words))):
        return "invalid"  # "... wanted some say": a noun, not a reporting verb; but "One
        # in four think" counts people
    if any(
        word in _ARTICLES and before not in _PHRASE_JOINERS
        for before, word in pairwise(words)
    ):
        return "invalid"  # "the League condemned the move announced ...": a clause, not a name
    last = chosen[-1].group(0)
    if last.endswith(("'s", "’s")) and last.lower() not in PRONOUNS:
        return "invalid"  # "Russia's claims that ...": a possessive, not a subject
    return chosen[0].start(), chosen[-1].end(), role


_OBJECT_RELATIVES = frozenset({"whom", "which"})


def _subject_after_relative(
    chosen: list[re.Match[str]], words: list[str], k: int
) -> tuple[int, int] | None:
    """The named subject between an object relative and its verb, auxiliaries and a time
    phrase left out: "many progressives" in "whom many progressives believed", "Mr. Putin"
    in "which Mr. Putin vehemently opposed", "the crowd" in "at which point the crowd
    chanted". None for a pronoun (left to the antecedent as before: "which he said"), for
    a clause ("in which some managers had the discretion to hire the employees they
    thought"), or when the relative is the subject ("which has said")."""
    end = len(words)
    while end > k + 1 and (words[end - 1] in _AUXILIARIES or _is_verb_modifier(words[end - 1])
                           or words[end - 1] in _LATER_ADVERBS):
        end -= 1
    start = k + 1
    for m in range(start, end):
        if words[m] in _PREPOSITIONS:
            end = m  # "which President Obama on Friday declared"
            break
    for m in range(start + 1, end):
        if words[m] in _ARTICLES:
            start = m  # "at which point the crowd chanted"
    rest = words[start:end]
    if not rest or len(rest) > _MAX_ASIDE_TOKENS // 4 or (len(rest) == 1 and rest[0] in PRONOUNS):
        return None
    if any(w in _FINITE or w in _VERB_FORMS or w in _IRREGULAR_PASTS or w in CLAUSE_BOUNDARIES
           or w in PRONOUNS for w in rest):
        return None
    return chosen[start].start(), chosen[end - 1].end()


_LATER_ADVERBS = frozenset("first later once previously initially".split())


# Prepositions that tie a person to a place: "Sen. Ted Cruz of Texas", "voters in Iowa".
_WHERE_FROM = frozenset({"of", "from", "in"})
# Subject pronouns that end a run of words left of a cue as its subject.
_SUBJECT_PRONOUNS = frozenset("he she they we i it".split())


def _only_places(words: str) -> bool:
    """Whether ``words`` are one state or country or a list of them: "Alabama", "the United
    States", "Tennessee and Virginia"."""
    names = re.split(r",\s*|\s+and\s+", words.removeprefix("the "))
    return all(name in STATES_AND_COUNTRIES for name in names)


def _people(word: str) -> bool:
    """A plural noun for people, which "and" joins into one subject: "officials and
    observers said", "Foreign diplomats and experts said"."""
    low = word.lower()
    return low != singular(low) and singular(low) in PERSON_NOUNS


def _absolute_subject(
    text: str, subject: tuple[int, int, str | None]
) -> tuple[int, int, str | None]:
    """A share of people after "with" is the subject of the participle that follows it, in
    an absolute phrase: "..., with 22 percent saying they would stay home"."""
    s_start, s_end, role = subject
    if text.startswith(("with ", "With "), s_start) and (
            number_phrase(text[s_start + 5 : s_end]) or text[s_start + 5 : s_end].istitle()):
        # "..., with Trump reportedly yelling: ...": a name after "with" as well
        return s_start + 5, s_end, role
    return subject


# Auxiliaries that make a form in -ing a finite verb: "Trump is saying", "they were warning".
_PROGRESSIVE = frozenset("is are was were be been am 's ’s".split())
# Subjects a bare form agrees with: "they say", "I think", "we support".
_PLURAL_PRONOUNS = frozenset("i we they you".split())
# Plurals without an s, and counts that agree as plurals: "the women say", "9 percent say".
_PLURAL_NOUNS = frozenset("people men women children police staff percent majority".split())
# Modals and auxiliaries after which any subject takes a bare form: "Trump will support".
_BARE_AFTER = frozenset("will would may might could can should must did does do not never".split())


def _agrees(
    text: str, form: str, subject: tuple[int, int, str | None] | str, cue_start: int
) -> bool:
    """Whether the subject found before a cue can be the subject of that form of it.

    A form in -ing needs an auxiliary: "Trump is saying", not "the fear is that Biden
    saying this ..." (a participle, whose subject is elsewhere). A bare form ("say",
    "support", "fear") needs a plural subject or an auxiliary: "officials say", "they
    support", "Trump would support", but not "Russia has opposed increased NATO support"
    or "Clinton support among Latinos", where the word is a noun."""
    if isinstance(subject, str):
        return True
    lemma = _VERB_FORMS.get(form)
    progressive = form.endswith("ing") and lemma is not None and form != lemma
    bare = form == lemma and form not in ("forecast",)
    _start, s_end, _role = subject
    if text[_start:s_end].split(maxsplit=1)[0].lower() in _PREPOSITIONS:
        return False  # "in the final two years of Bush's term confirmed": no subject
    if not (progressive or bare):
        past = not form.endswith(("s", "ing")) and " " not in form  # said, told, accused
        return not (past and _passive(text, cue_start))
    if number_phrase(text[_start:s_end]) and (
            bare or text[max(0, _start - 5) : _start].lower().endswith("with ")):
        # a share of people agrees as a plural ("About 4 in 10 say"), and is the subject
        # of "saying" in an absolute phrase ("with 22 percent saying they would"), not in
        # a noun phrase ("the share of Republicans saying")
        return True
    if progressive and text[_start:s_end].istitle() and text[max(0, _start - 5) : _start] \
            .lower().endswith("with "):
        return True  # so is a name: "..., with Trump reportedly yelling: ..."
    words: list[str] = []
    for token in _TOKEN.finditer(text, s_end):
        word = token.group(0).lower()
        if not _is_verb_modifier(word):
            break
        words.append(word)
    if progressive:
        return bool(_PROGRESSIVE.intersection(words))
    if _BARE_AFTER.intersection(words):
        return True
    last = _head_word(text[_start:s_end].split()).lower()
    return last in _PLURAL_PRONOUNS or last in _PLURAL_NOUNS or (
        last.endswith("s") and not last.endswith(("ss", "'s", "’s"))
    ) or " and " in text[_start:s_end]


def _head_word(words: list[str]) -> str:
    """The word a subject agrees by: the last, or a noun for people before a preposition
    ("Supporters of Trump say", "People close to the campaign say"; not "her comments to
    a radio show", where "show" is a noun)."""
    for i, word in enumerate(words):
        if i and word.lower() in HEAD_PREPOSITIONS:
            before = i - 1
            if before and words[before].lower() in POSTPOSED_ADJECTIVES:
                before -= 1
            if singular(words[before].lower()) in PERSON_NOUNS:
                return words[before]
            break
    return words[-1]


_BE_WORD = re.compile(r"\b(?:[Ii]s|[Aa]re|[Ww]as|[Ww]ere|[Bb]e|[Bb]een|[Bb]eing|[Aa]m)\b")


def _passive(text: str, cue_start: int) -> bool:
    """Whether "be" stands among the light words before a past form: "a man was charged
    with assault", "Sanders had been told", "the movement, which has been accused": the
    subject is the one spoken to or of, not the speaker."""
    lo = max(0, cue_start - 40)
    if _BE_WORD.search(text, lo, cue_start) is None:
        return False  # the common case, found by one scan of the window
    words = [t.group(0).lower() for t in _TOKEN.finditer(text, lo, cue_start)]
    for word in reversed(words):
        if not _is_verb_modifier(word):
            return False
        if word in ("is", "are", "was", "were", "be", "been", "being", "am"):
            return True
    return False


def _is_verb_modifier(word: str) -> bool:
    """Words between a subject and its verb: "has since said", "also claimed"."""
    low = word.lower()
    return low in VERB_MODIFIERS or (low.endswith("ly") and word.islower() and len(low) > 4)


def _antecedent(tokens: list[re.Match[str]], relative: int) -> tuple[int, int] | str:
    """The noun phrase a "who"/"which" stands for: "a senior EU diplomat who said"."""
    k = relative - 1
    if k >= 0 and tokens[k].group(0) == ",":
        k -= 1
    end = k
    while k >= 0:
        word = tokens[k].group(0)
        low = word.lower()
        if low == "of" and k > 0 and number_phrase(tokens[k - 1].group(0)):
            k -= 1  # "the 30 percent of voters who said": the share is the antecedent
            continue
        if not (word[0].isalnum() or word == "%") or low in _STOP_LEFT:
            break  # "including 18% who say" runs on across its "%"
        if k < end and _verb_before_object(tokens, k):
            break  # "The deal united liberals who decried": the liberals decried
        k -= 1
        if low in DETERMINERS:
            break
    if end < 0 or k == end:
        return "invalid"
    place = " ".join(t.group(0) for t in tokens[k + 1 : end + 1])
    if k > 0 and tokens[k].group(0).lower() in _WHERE_FROM and _only_places(place) \
            and tokens[k - 1].group(0)[:1].isalnum():
        # "Sen. Marco Rubio of Florida, who mused", "Democrats in Iowa who watched": the
        # relative stands for who is of or in the place
        found = _antecedent(tokens, k)
        if not isinstance(found, str):
            return found[0], tokens[end].end()
    return tokens[k + 1].start(), tokens[end].end()


def _verb_before_object(tokens: list[re.Match[str]], k: int) -> bool:
    """Whether ``tokens[k]``, left of the head of an antecedent, is the verb whose object
    the antecedent is ("has angered governors who", "The rally drew activists, who",
    ", uniting liberals who", "won't repel supporters who") or a word that opens a phrase
    around it ("consternation among Jewish leaders, who"); not an adjective ("the retired
    generals who", "party leaders and elected officials who") nor a participle after a noun
    ("super PACs supporting candidates, which")."""
    word = tokens[k].group(0)
    if not word.islower():
        return False
    before = tokens[k - 1].group(0).lower() if k else ""
    if word in _ANTECEDENT_STOPS or before in _MODALS or before.endswith(("n't", "n’t")):
        return True
    if word in _IRREGULAR_PASTS or word in _FINITE or word in _VERB_FORMS:
        return True
    if len(word) <= 4:
        return False
    if word.endswith("ing"):
        return before == "," or before in _AUXILIARIES  # "is angering voters who"
    if not word.endswith("ed"):
        return False
    return not (before in DETERMINERS or before in _POSSESSIVES or before in _ADJECTIVE_JOINERS
                or number_phrase(before))


# Prepositions that open a phrase an antecedent of "who" stands in: "among Jewish leaders,
# who", "including activists who".
_ANTECEDENT_STOPS = frozenset(
    "among amongst against between including like toward towards behind beyond".split()
)
_ADJECTIVE_JOINERS = frozenset({",", "and", "or"})
_MODALS = _FINITE - _AUXILIARIES


def _set_off_name(tokens: list[re.Match[str]], following: re.Match[str] | None) -> bool:
    """Whether capitalised words between commas, the sentence going on in lower case after
    them, are a name: "said Jim Doyle, would be" but not "said Monday, would be"."""
    first = tokens[0].group(0) if tokens else ""
    return bool(first[:1].isupper() and first.lower() not in TIME_WORDS and following
                and following.group(0).islower() and tokens[-1].group(0)[:1].isupper())


_DATING_WORDS = frozenset("on in at this last early late earlier".split())


def _noun_phrase_after(
    text: str,
    at: int,
    end: int,
    quotes: QuoteIndex,
    *,
    final: bool = False,
    aside: bool = False,
) -> tuple[int, int, str | None] | None:
    """The words after a cue up to punctuation: "the White House" in "according to the
    White House." With ``final`` they must end the sentence (an inverted attribution),
    or, with ``aside`` (the cue follows a comma), a name may be set off by commas in it:
    "The contrast, said Jim Doyle, would be clear."
    perhaps with an apposition: "said Jane Doe, a spokeswoman for the ministry."
    Returns ``(start, end, apposition)``."""
    next_quote = quotes.first_open_from(at)
    stop = end if next_quote is None else min(end, next_quote)
    tokens: list[re.Match[str]] = []
    ended = False
    role = None
    closer = ""
    for match in _TOKEN.finditer(text, at, stop):
        word = match.group(0)
        if word == "/" and tokens and tokens[-1].end() == match.start() and (
                match.end() < stop and text[match.end()].isalnum()):
            tokens.append(match)  # "a New York Times/CBS News survey": one name
            continue
        if not word[0].isalnum():
            closer = word
            if final and word == ",":
                # "..., said DeSantis, who was elected in 2012.": a relative clause
                # or a clause joined to the sentence: "..., said Howard, but her ..."
                relative = _TOKEN.match(text, _skip_spaces(text, match.end(), stop))
                if not (relative and tokens and (relative.group(0) in ("who", "whose") or (
                        relative.group(0) in ("but", "and")
                        and tokens[-1].group(0)[:1].isupper()))):
                    role = _trailing_apposition(text, match.end(), stop)
                    if role is None and not (aside and _set_off_name(tokens, relative)):
                        return None
            elif final and word not in ".!?" and word not in _QUOTE_CHARS:
                return None
            ended = True
            break
        tokens.append(match)
        if len(tokens) > (_MAX_SUBJECT_TOKENS if final else _MAX_SOURCE_TOKENS):
            return None
    if not tokens or (final and not ended and stop < end):
        return None  # "said that a deal ... "farm country"": a clause, not a name
    if len(tokens) > _MAX_SUBJECT_TOKENS and closer not in (".", ","):
        return None  # a long source must close its sentence or be set off by a comma
    words = [t.group(0).lower() for t in tokens]
    # Trim a participle that only dates it: "a Suffolk poll released Sunday", "a Gallup
    # poll taken last week".
    for k, word in enumerate(words):
        if k and (word.endswith("ed") or word == "taken") and k + 1 < len(words) and all(
                w in TIME_WORDS or w in _DATING_WORDS or _YEAR.match(w) for w in words[k + 1:]):
            tokens = tokens[:k]
            break
    # Trim a trailing time phrase: "according to the ministry on Friday".
    for k, word in enumerate(words):
        if k and word in ("on", "in", "at", "during", "this", "last") and (
            k + 1 < len(words) and (words[k + 1] in TIME_WORDS or _YEAR.match(words[k + 1]))
        ):
            tokens = tokens[:k]
            break
    return tokens[0].start(), tokens[-1].end(), role


_RELATIVE_CLAUSE = re.compile(r",?\s+(?:who|whose)\s")


def _skip_spaces(text: str, at: int, stop: int) -> int:
    while at < stop and text[at].isspace():
        at += 1
    return at


def _trailing_apposition(text: str, at: int, stop: int) -> str | None:
    """", a spokeswoman for the ministry." closing a sentence -> "spokeswoman for the
    ministry"; None when the words after the comma are something else."""
    if stop - at > _SUBJECT_WINDOW:
        return None  # far more than _MAX_SUBJECT_TOKENS words can fill
    rest = text[at:stop].strip().rstrip(".!?\"”’' ")
    # ", an expert who has published several books, papers and editorials.": the role
    # ends where a relative clause about the person begins
    rest = _RELATIVE_CLAUSE.split(rest, maxsplit=1)[0]
    words = rest.split()
    if len(words) < 2 or len(words) > _MAX_SUBJECT_TOKENS:
        return None
    if any(not w[0].isalnum() for w in words) or "," in rest:
        return None
    if words[0].lower() in _ARTICLES:
        return " ".join(words[1:])
    if words[0].lower() in TITLE_WORDS | PERSON_NOUNS:
        return " ".join(words)  # ", director of the Texas Politics Project."
    return None


# Words that end the speaker read after a cue that follows a quote ('"...," said Blunt
# of Cruz', 'said Ramos, whose book', 'said one source who identified Sullivan').
_AFTER_QUOTE_STOPS = RELATIVE_PRONOUNS | frozenset(
    "whose that in on at during after before while when as to from via about".split()
)


def speaker_after_quote(
    text: str, at: int, end: int, quotes: QuoteIndex
) -> tuple[int, int, str | None] | None:
    """The speaker of '"...," said X' read up to where the name ends: a comma (with an
    apposition perhaps: "said Jane Doe, a spokeswoman."), a bracket, a relative pronoun or
    a preposition ("said Trump in a statement"), "of" after a name ("said Blunt of Cruz").
    It must look like a speaker: a capital ("said Ramos"), a determiner ("said one party
    activist") or a modifier before a capital ("said former Obama adviser David Axelrod").
    Returns ``(start, end, apposition)``."""
    next_quote = quotes.first_open_from(at)
    stop = end if next_quote is None else min(end, next_quote)
    tokens: list[re.Match[str]] = []
    role = None
    for match in _TOKEN.finditer(text, at, stop):
        word = match.group(0)
        low = word.lower()
        if not word[0].isalnum():
            if word == "," and tokens:
                role = _trailing_apposition(text, match.end(), stop)
            break
        if tokens and (low in _AFTER_QUOTE_STOPS or (
                low == "of" and tokens[-1].group(0)[:1].isupper()
                and tokens[-1].group(0).lower() not in TITLE_WORDS)):
            break
        if tokens and low.endswith("ing") and word.islower():
            break  # "said Ed Rendell, referring to ...": a participle
        tokens.append(match)
        if len(tokens) > _MAX_SUBJECT_TOKENS:
            return None
    if not tokens:
        return None
    words = [t.group(0) for t in tokens]
    first = words[0].lower()
    if first in _STOP_LEFT or first in _AFTER_QUOTE_STOPS:
        return None  # '"Mercy Street," returns to the stage'
    if first in TIME_WORDS or first in PRONOUNS or _YEAR.match(first):
        return None  # '"...," said Monday', '"...," said he' is rare and old-fashioned
    if not (words[0][:1].isupper() or first in DETERMINERS or first in _POSSESSIVES
            or any(w[:1].isupper() for w in words[1:])):
        return None
    return tokens[0].start(), tokens[-1].end(), role


# How far into a sentence its subject is looked for: opening phrases and a subject fit.
_OPENING_WINDOW = 250
_QUICK_WINDOW = 80
# Words that open a sentence before its subject, up to a comma: "In a statement, ...",
# "At the rally on Monday, ...", "Speaking to reporters, ...".
_INTRODUCERS = frozenset(
    """in on at after before when while as during since like unlike with without for
    despite following under from to by asked speaking earlier later still meanwhile
    however instead now then yet alongside amid among beyond besides given""".split()
)
# Words that may open a sentence and stand outside its subject: "But Trump said".
_LEADING_CONJUNCTIONS = frozenset("and but so yet then still also even".split())
# Lower-case words that can stand inside a subject: "the Christie supporter",
# "a spokeswoman for the committee", "former Gov. Jeb Bush".
_SUBJECT_WORDS = DETERMINERS | _POSSESSIVES | TITLE_WORDS | PERSON_NOUNS | frozenset(
    ["of", "for", "at", "and", *PRONOUNS]
)
# Words a subject's lower-case modifiers may lead up to: "presidential candidate".
_SUBJECT_HEADS = TITLE_WORDS | PERSON_NOUNS | GROUP_NOUNS


def sentence_subject(text: str, start: int, end: int) -> tuple[int, int, int, int] | None:
    """The subject that opens the narration ``text[start:end]`` and the word after it:
    "Trump subsequently defended the incident, calling ..." -> Trump, "subsequently";
    "Ted Cruz: ..." -> Ted Cruz, ":"; "At the town hall, the Christie supporter retorted:"
    -> the Christie supporter. Capitalised words, titles and person nouns make a subject;
    it must be followed by a lower-case word, a comma or a colon. None when the narration
    does not open with one. Returns ``(start, end)`` of the subject and of that word."""
    for window in (_QUICK_WINDOW, _OPENING_WINDOW):  # most subjects are found in the first
        found = _opening_subject(text, start, end, window)
        if not isinstance(found, str):
            return found
    return None


def _opening_subject(
    text: str, start: int, end: int, window: int
) -> tuple[int, int, int, int] | str | None:
    """``sentence_subject`` over the first ``window`` characters; "more" when they were
    too few to tell."""
    limit = min(end, start + window)
    more = "more" if limit < end else None
    tokens = list(_TOKEN.finditer(text, start, limit))
    i = 0
    while i < len(tokens) and tokens[i].group(0).lower() in _LEADING_CONJUNCTIONS:
        i += 1
    # "On Thursday, after remaining neutral, Warren appeared ...": each opening phrase
    while i < len(tokens) and (
            tokens[i].group(0).lower() in _INTRODUCERS or tokens[i].group(0).lower() in TIME_WORDS):
        comma = next((k for k in range(i, len(tokens)) if tokens[k].group(0) == ","), None)
        if comma is None:
            return more
        i = comma + 1
    if i < len(tokens) and tokens[i].group(0).lower() in _PHRASE_JOINERS:
        return None  # "of the Syrian refugees": a phrase, not a subject
    j = i
    while j < len(tokens) and j - i < _MAX_SUBJECT_TOKENS:
        word = tokens[j].group(0)
        if word[0].isalnum() and (word[:1].isupper() or word.lower() in _SUBJECT_WORDS):
            j += 1
            continue
        # "Republican presidential candidate Donald Trump", "Clinton's right-hand woman":
        # lower-case modifiers before a person noun or a title
        head = next((k for k in range(j, min(j + 3, len(tokens)))
                     if tokens[k].group(0).lower() in _SUBJECT_HEADS), None)
        if head is None or j == i or not all(
                tokens[k].group(0)[0].isalpha() and not tokens[k].group(0).endswith("ed")
                for k in range(j, head)):
            break  # "she issued a statement": a verb, not a modifier
        j = head + 1
    while j > i and tokens[j - 1].group(0).lower() in _PHRASE_JOINERS | DETERMINERS:
        j -= 1  # "Trump and" -> Trump
    if j >= len(tokens):
        return more
    if j == i:
        return None
    k = _after_brackets(tokens, j)  # "Rep. Trey Gowdy (R-S.C.): ..."
    if k >= len(tokens):
        return more
    follower = tokens[k].group(0)
    if not (follower.islower() or follower in ",:"):
        return None
    return tokens[i].start(), tokens[j - 1].end(), tokens[k].start(), tokens[k].end()


def _after_brackets(tokens: list[re.Match[str]], j: int) -> int:
    """The index after a bracketed aside starting at ``tokens[j]``, else ``j``."""
    if j >= len(tokens) or tokens[j].group(0) != "(":
        return j
    k = j + 1
    while k < len(tokens) and k - j <= _MAX_SUBJECT_TOKENS and tokens[k].group(0) not in "()":
        k += 1
    return k + 1 if k < len(tokens) and tokens[k].group(0) == ")" else j
