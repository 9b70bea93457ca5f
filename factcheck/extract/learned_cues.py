"""Cue words learned from annotated news: reported speech the hand-written cues miss.

``learned_cues.json`` (written by ``benchmarks/train_cues.py`` from PolNeAR's training
annotations) lists word forms with the contexts in which they mark an attribution whose
source is the words before them: "Sanders opposes the deal", "Cruz hopes to win",
"the union is pushing for a vote". A form counts in a context when, over all its
occurrences in the annotated texts, annotators marked it as the cue of such an
attribution at least as often as the table's threshold.

The context is read here, once, for training and for extraction alike: the word before the
form (light words such as "also" passed over) and the word after it, each as a class.
The subject and its speaker are then read by the rules of ``attribution``, as for any cue.
"""

from __future__ import annotations

import json
import re
from importlib import resources

from factcheck.extract.lexicon import VERB_MODIFIERS
from factcheck.extract.patterns import word_alternation

MODEL_FILE = "learned_cues.json"

# Classes of the word before a cue form and of the word after it.
_AUXILIARY_WORDS = frozenset("is are was were be been being am has have had did does do".split())
# Modals and "to": what follows is a possibility or a plan, not a report ("Russia will
# oppose any move", "Clinton might nominate Obama", "wants to support").
_MODAL_WORDS = frozenset("will would may might could can should must shall to".split())
_IS_CONTRACTIONS = frozenset("he's she's it's that's there's what's who's".split())
# Contractions of a pronoun and an auxiliary: "they've cast", "she'll support".
_CONTRACTED = ("'ve", "’ve", "'re", "’re", "'ll", "’ll", "'d", "’d", "'m", "’m")
_PRONOUN_WORDS = frozenset("he she they i we it you who which".split())
_WH_WORDS = frozenset("whether if how what why when where who which".split())
_PREPOSITION_WORDS = frozenset("for on about against of with in at from by into over as".split())
_DETERMINER_WORDS = frozenset(
    "the a an his her their its our my your this these those that some any no".split()
)
# Words and single marks; a word keeps inner apostrophes and hyphens ("anti-war", "isn't").
WORD = re.compile(r"[A-Za-z]+(?:['’-][A-Za-z]+)*|'s|’s|[^\w\s]")
_REACH = 60  # characters read on each side of a form for its neighbours


def previous_class(words: list[str]) -> str:
    """The class of the word before a form, given the words before it (nearest last):
    light words ("also", "publicly") are passed over, as between a subject and its verb:
    a modal, an auxiliary, a possessive 's, a determiner, a pronoun, a mark, a capitalised word
    or another word."""
    for word in reversed(words):
        low = word.lower()
        if low in VERB_MODIFIERS - _AUXILIARY_WORDS - _MODAL_WORDS or (
                low.endswith("ly") and word.islower() and len(low) > 4):
            continue
        if low in _MODAL_WORDS or low.endswith(("'ll", "’ll", "'d", "’d")):
            return "modal"
        if low in _AUXILIARY_WORDS or low.endswith(_CONTRACTED):
            return "aux"
        if low.replace("’", "'") in _IS_CONTRACTIONS:
            return "aux"  # "he's backing", "it's"
        if low.endswith(("'s", "’s")):
            return "poss"  # "the party's support": a possessor, not a subject
        if low in _DETERMINER_WORDS:
            return "det"  # "the concern that", "his support for": a noun
        if low in _PRONOUN_WORDS:
            return "pron"
        if not word[0].isalpha():
            return "mark"
        return "cap" if word[0].isupper() else "word"
    return "mark"


def next_class(word: str | None) -> str:
    """The class of the word after a form: "that", "to", a question word, a preposition,
    a determiner, a capitalised word, a mark or another word."""
    if word is None:
        return "mark"
    low = word.lower()
    if low in ("that", "to"):
        return low
    if low in _WH_WORDS:
        return "wh"
    if low in _PREPOSITION_WORDS:
        return "prep"
    if low in _DETERMINER_WORDS:
        return "det"
    if not word[0].isalpha():
        return "mark"
    return "cap" if word[0].isupper() else "word"


def context(text: str, start: int, end: int) -> str:
    """The context key of the form at ``text[start:end]``: "prev|next"."""
    return _before_class(text, start) + "|" + _after_class(text, end)


def _before_class(text: str, start: int) -> str:
    before = WORD.findall(text, max(0, start - _REACH), start)
    if start - _REACH > 0 and before:
        del before[0]  # perhaps a word cut in two
    return previous_class(before[-3:])


def _after_class(text: str, end: int) -> str:
    after = WORD.search(text, end, end + _REACH)
    return next_class(after.group(0) if after else None)


def _load() -> tuple[dict[str, frozenset[str]], float]:
    raw = json.loads(resources.files(__package__).joinpath(MODEL_FILE).read_text("utf-8"))
    cues = {form: frozenset(contexts) for form, contexts in raw["cues"].items()}
    return cues, float(raw["threshold"])


CUES, THRESHOLD = _load()
"""Form -> the contexts in which it is a cue; the share of occurrences that makes one."""

# The forms after white space: a subject stands before a cue, so a form that opens the
# text or follows a mark ("—supported") has none to read.
_FORMS = re.compile(r"\s(" + word_alternation(sorted(CUES)) + r")\b") if CUES else None
# The classes of the word after each form that some context of it has: most forms found
# are in none of theirs, and the word after is read first.
_AFTER = {form: frozenset(c.split("|")[1] for c in contexts) for form, contexts in CUES.items()}


def learned_spans(text: str) -> list[tuple[int, int]]:
    """The spans of learned cue forms in ``text`` that stand in a context of theirs, in
    order: one scan of the document, then a look at each form's neighbours."""
    if _FORMS is None:
        return []
    spans = []
    for match in _FORMS.finditer(text):
        start, end = match.span(1)
        if end < len(text) and text[end] in "’'-":
            continue  # part of a longer word: "plans'", "support-based"
        form = match.group(1)
        after = _after_class(text, end)
        if after in _AFTER[form] and _before_class(text, start) + "|" + after in CUES[form]:
            spans.append((start, end))
    return spans
