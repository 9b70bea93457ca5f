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
from itertools import pairwise

from factcheck.extract.lexicon import (
    CLAUSE_BOUNDARIES,
    DETERMINERS,
    GROUP_NOUNS,
    NEGATIONS,
    PERSON_NOUNS,
    PHRASE_CUES,
    PRONOUNS,
    QUOTE_ONLY_VERBS,
    RELATIVE_PRONOUNS,
    SPEECH_VERBS,
    TIME_WORDS,
    TITLE_WORDS,
    VERB_MODIFIERS,
)
from factcheck.extract.patterns import word_alternation
from factcheck.extract.quotes import QuoteIndex

_PHRASES = tuple(p.replace(" ", r"\s+") for p in PHRASE_CUES if p != "according to")
_FORM_TO_LEMMA = {form: lemma for lemma, forms in SPEECH_VERBS.items() for form in forms}
# Every cue as one trie-shaped alternation: "according to", "pointed out", "said", ...
_CUE_WORDS = ("according", "According", *_FORM_TO_LEMMA, *PHRASE_CUES)
_CUE_ALTERNATION = (
    r"(?:[Aa]ccording\s+to|" + "|".join(_PHRASES) + "|" + word_alternation(_FORM_TO_LEMMA)
    + r")\b"
)
CUE = re.compile(
    # The look-ahead on the first letter lets the engine skip most positions at once.
    r"\b(?=[" + "".join(sorted({w[0] for w in _CUE_WORDS})) + r"])" + _CUE_ALTERNATION
)
# The same cues for a scan of a whole document, found from the character before them,
# which the engine can jump to instead of testing every position for a word boundary:
# after a space, " said";
CUE_AFTER_SPACE = re.compile(" (" + _CUE_ALTERNATION + ")")
# after anything else but an ASCII word character, "\nsaid", "(according to", "ésaid"
# (the last is no word boundary: ``cue_spans`` drops it).
CUE_AFTER_OTHER = re.compile("[^a-zA-Z0-9_ ](" + _CUE_ALTERNATION + ")")
# "\b" is much cheaper than a look-behind at every position; these characters glue a
# cue to a word all the same ("re-said", "’tells'"), so a match next to one is dropped.
_GLUE = "’'-"
# Verbs that put their subject after them when a sentence ends with the attribution.
_INVERTING = frozenset({"say", "add", "write", "ask", "continue", "explain"})
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
_NOT_SUBJECT_END = _STOP_LEFT | DETERMINERS
_NOMINAL_RELATIVES = frozenset({"what", "than"})
_ARTICLES = frozenset({"the", "a", "an"})
# Words after which an article may stand inside a subject: "spokesperson for the ministry".
_PHRASE_JOINERS = frozenset("of for at to from with in on and by".split())
_QUOTE_CHARS = "\"“”„«»‘’'"
_MAX_SUBJECT_TOKENS = 12
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
                                         text[p_start:p_end], p_start, p_end, source=True))
            continue
        lemma = _FORM_TO_LEMMA.get(lowered, lowered.split()[0])
        closed = quotes.last_close_before(at)
        boundary = start if closed is None else max(start, closed + 1)
        subject = _subject_before(text, boundary, at)
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
        if subject is None and lemma in _INVERTING:
            after = _noun_phrase_after(text, cue_end, end, quotes, final=True)
            if after and _starts_like_name(text, after[0]):
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


def _starts_like_name(text: str, at: int) -> bool:
    word = _TOKEN.match(text, at)
    if word is None:
        return False
    return word.group(0)[:1].isupper() or word.group(0).lower() in _ARTICLES


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
    elif i > 0 and tokens[i].group(0) == "," and (apposition := _apposition(text, tokens, i)):
        i, role = apposition[0] - 1, apposition[1]  # "Jane Doe, a spokeswoman, said"
    i = _before_brackets(tokens, i)  # "Rep. Paul Ryan (R-WI) said"
    j = i
    while j >= 0:
        word = tokens[j].group(0)
        low = word.lower()
        if not word[0].isalnum():
            break
        if low == "and":
            right = tokens[j + 1].group(0) if j + 1 < len(tokens) else ""
            left = tokens[j - 1].group(0) if j > 0 else ""
            if not (left[:1].isupper() and right[:1].isupper()):
                break
        elif low in CLAUSE_BOUNDARIES:
            break
        j -= 1
    chosen = tokens[j + 1 : i + 1]
    if j >= 0 and tokens[j].group(0).lower() in _NOMINAL_RELATIVES:
        return "invalid"  # "smaller than what McKinley said": his words are not restated
    if not chosen:
        return None
    words = [t.group(0).lower() for t in chosen]
    for k, word in enumerate(words):
        if word in RELATIVE_PRONOUNS:
            # "a senior EU diplomat who said", "The NATO diplomat who spoke to CNN said"
            found = _antecedent(tokens, j + 1 + k)
            return found if isinstance(found, str) else (*found, role)
    while len(chosen) > 1 and (words[-1] in TIME_WORDS or _YEAR.match(words[-1])):
        chosen, words = chosen[:-1], words[:-1]
        while len(chosen) > 1 and words[-1] in ("in", "on", "at", "this", "last", "early",
                                                   "late", "earlier", "during", "next"):
            chosen, words = chosen[:-1], words[:-1]
    if len(chosen) > _MAX_SUBJECT_TOKENS or words[-1] in _NOT_SUBJECT_END:
        return "invalid"  # "... wanted some say": a noun, not a reporting verb
    if any(
        word in _ARTICLES and before not in _PHRASE_JOINERS
        for before, word in pairwise(words)
    ):
        return "invalid"  # "the League condemned the move announced ...": a clause, not a name
    last = chosen[-1].group(0)
    if last.endswith(("'s", "’s")) and last.lower() not in PRONOUNS:
        return "invalid"  # "Russia's claims that ...": a possessive, not a subject
    return chosen[0].start(), chosen[-1].end(), role


def _before_brackets(tokens: list[re.Match[str]], i: int) -> int:
    """The index before a bracketed aside ending at ``tokens[i]`` ("Ryan (R-WI)"), else
    ``i``."""
    if i < 1 or tokens[i].group(0) != ")":
        return i
    k = i - 1
    while k >= 0 and i - k <= _MAX_SUBJECT_TOKENS and tokens[k].group(0) not in "()":
        k -= 1
    return k - 1 if k >= 1 and tokens[k].group(0) == "(" else i


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
        if not word[0].isalnum() or low in _STOP_LEFT:
            break
        k -= 1
        if low in DETERMINERS:
            break
    if end < 0 or k == end:
        return "invalid"
    return tokens[k + 1].start(), tokens[end].end()


def _noun_phrase_after(
    text: str,
    at: int,
    end: int,
    quotes: QuoteIndex,
    *,
    final: bool = False,
) -> tuple[int, int, str | None] | None:
    """The words after a cue up to punctuation: "the White House" in "according to the
    White House." With ``final`` they must end the sentence (an inverted attribution),
    perhaps with an apposition: "said Jane Doe, a spokeswoman for the ministry."
    Returns ``(start, end, apposition)``."""
    next_quote = quotes.first_open_from(at)
    stop = end if next_quote is None else min(end, next_quote)
    tokens = []
    ended = False
    role = None
    for match in _TOKEN.finditer(text, at, stop):
        word = match.group(0)
        if not word[0].isalnum():
            if final and word == ",":
                role = _trailing_apposition(text, match.end(), stop)
                if role is None:
                    return None
            elif final and word not in ".!?" and word not in _QUOTE_CHARS:
                return None
            ended = True
            break
        tokens.append(match)
        if len(tokens) > _MAX_SUBJECT_TOKENS:
            return None
    if not tokens or (final and not ended and stop < end):
        return None  # "said that a deal ... "farm country"": a clause, not a name
    words = [t.group(0).lower() for t in tokens]
    # Trim a trailing time phrase: "according to the ministry on Friday".
    for k, word in enumerate(words):
        if k and word in ("on", "in", "at", "during", "this", "last") and (
            k + 1 < len(words) and (words[k + 1] in TIME_WORDS or _YEAR.match(words[k + 1]))
        ):
            tokens = tokens[:k]
            break
    return tokens[0].start(), tokens[-1].end(), role


def _trailing_apposition(text: str, at: int, stop: int) -> str | None:
    """", a spokeswoman for the ministry." closing a sentence -> "spokeswoman for the
    ministry"; None when the words after the comma are something else."""
    if stop - at > _SUBJECT_WINDOW:
        return None  # far more than _MAX_SUBJECT_TOKENS words can fill
    rest = text[at:stop].strip().rstrip(".!?\"”’' ")
    words = rest.split()
    if len(words) < 2 or words[0].lower() not in _ARTICLES or len(words) > _MAX_SUBJECT_TOKENS:
        return None
    if any(not w[0].isalnum() for w in words) or "," in rest:
        return None
    return " ".join(words[1:])


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
