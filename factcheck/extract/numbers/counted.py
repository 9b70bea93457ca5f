"""Pass 5: what each figure counts: the noun phrase after it (``100,000 | Russian troops``),
or the subject before a linking verb (``support for X | was 25 or 30%``)."""

from __future__ import annotations

import re
from typing import Final

from factcheck.extract import number_words as W
from factcheck.extract.numbers.changes import CHANGE_WORDS
from factcheck.extract.numbers.tokens import WORDS
from factcheck.extract.numbers.working import MONTH_NAMES, Figure, clause_start
from factcheck.extract.patterns import word_alternation

# What is counted: up to a dozen words after the figure, separated by spaces only (punctuation
# ends a counted phrase); "of (the)" before them is skipped: "25% of (the) voters"
_COUNTED_RUN: Final = re.compile(r"(?:[^\S\n]+[^\W\d_][\w’'-]*){1,12}")
_COUNTED_OF: Final = re.compile(
    r"[^\S\n]+of(?:[^\S\n]+(?:the|a|an|their|its|his|her|our|all))?(?=[^\S\n])", re.IGNORECASE)
_COUNTED_MAX_WORDS: Final = 8
_TIME_HEADS: Final = frozenset(p[0] for p in W.COUNTED_TIME_PHRASES)
# The noun of a change after its figure, and "in": "a 20% | increase in | prices"
_CHANGE_NOUN: Final = re.compile(
    r"[^\S\n]*-?[^\S\n]*" + word_alternation(W.CHANGE_NOUNS) + r"\b(?:[^\S\n]+in\b)?",
    re.IGNORECASE)
# "9.2% | year over year": a time phrase right after the figure (number_words says which)
_TIME_AFTER: Final = re.compile(
    r"[^\S\n]+" + word_alternation(W.COUNTED_TIME_PHRASES) + r"(?![\w-])",
    re.IGNORECASE)
# Words that end a counted phrase: stop words, common verbs and number words, in one set
_COUNTED_STOPS: Final = W.COUNTED_STOP_WORDS | W.COUNTED_STOP_VERBS | frozenset(WORDS)


def _counted_after(s: str, f: Figure, limit: int) -> str | None:
    """The noun phrase after a figure: "100,000 | Russian troops | have remained"."""
    pos = f.end
    if s[pos + 1:pos + 2].lower() in _TIME_HEADS and _TIME_AFTER.match(s, pos, limit):
        return None  # "down 9.2% year over year"
    if f.direction is not None:
        m = _CHANGE_NOUN.match(s, pos, limit)
        if m:
            pos = m.end()  # "a 20% increase in | prices"
            if _TIME_AFTER.match(s, pos, limit):
                return None
    m = _COUNTED_OF.match(s, pos, limit)  # "25% of | voters"
    if m:
        pos = m.end()
    run = _COUNTED_RUN.match(s, pos, limit)
    if not run:
        return None
    ahead = run.group().split()
    words: list[str] = []
    preps = 0
    for k, w in enumerate(ahead):
        if len(words) >= _COUNTED_MAX_WORDS:
            break
        lw = w.lower()
        if lw in W.COUNTED_PREPOSITIONS:  # "deaths | in eastern Ukraine"
            if not words or preps >= 2 or k + 1 >= len(ahead):
                break
            nw = ahead[k + 1].lower()
            if (nw in W.COUNTED_STOP_WORDS and nw != "the") or nw in W.COUNTED_PREPOSITIONS \
                    or ahead[k + 1].rstrip(".") in MONTH_NAMES:
                break  # "since | March 2014", "in | 2014"
            preps += 1
        elif lw == "the" and words and words[-1].lower() in W.COUNTED_PREPOSITIONS:
            pass
        elif lw in _COUNTED_STOPS or w.rstrip(".") in MONTH_NAMES:
            break
        elif words and "-" not in w and lw.endswith(("ed", "ing")) and \
                words[-1].lower() not in W.COUNTED_PREPOSITIONS:
            break  # "troops amassed at": a participle starts a new phrase
        words.append(w)
    while words and (words[-1].lower() in W.COUNTED_PREPOSITIONS or words[-1].lower() == "the"):
        words.pop()
    return " ".join(words) or None


def _counted_before(s: str, f: Figure, floor: int) -> str | None:
    """The subject a figure measures when nothing follows it: "support for X | was 25 or 30%".

    Only when a linking or change verb stands right before the figure ("was", "stood at",
    "rose sharply to"); the subject runs back to the start of the clause.
    """
    start = clause_start(s, f.start, floor)
    words = s[start:f.start].split()
    k = len(words)
    if k and words[k - 1].lower() in W.SUBJECT_LINK_PARTICLES:
        k -= 1
    if k > 1 and words[k - 1].lower().endswith("ly"):  # "rose sharply to", "were only"
        k -= 1
    if not k:
        return None
    verb = words[k - 1].lower()
    if verb not in W.SUBJECT_LINK_VERBS and verb not in CHANGE_WORDS:
        return None
    words = words[:k - 1]
    if words and words[-1].lower() in CHANGE_WORDS:
        words.pop()  # "prices went | up to $5"
    for k in range(len(words) - 1, 0, -1):  # "X reported that | Y was 3.8 percent"
        if words[k].lower() == "that" and words[k - 1].lower() in W.THAT_CLAUSE_VERBS:
            words = words[k + 1:]
            break
    for k, w in enumerate(words):
        if k and w.lower() in W.SUBJECT_CUT:
            words = words[:k]
            break
    while words and words[0].lower() in W.SUBJECT_LEAD:
        words = words[1:]
    if words and words[0].lower() in W.SUBJECT_TAIL:
        return None  # "..., but was last trading up 1%": the subject is in another clause
    while words and words[-1].lower() in W.SUBJECT_TAIL:
        words.pop()  # "Sales were | up 19 per cent"
    if not words or len(words) > _COUNTED_MAX_WORDS:
        return None
    if any(ch.isdigit() for w in words for ch in w):
        return None
    if words[-1].lower().rstrip("’'") in W.PRONOUNS or (len(words) == 1 and \
            words[0].lower() in W.COUNTED_STOP_WORDS):
        return None
    return " ".join(words)


def mark_counted(s: str, figs: list[Figure]) -> None:
    for i, f in enumerate(figs):
        limit = figs[i + 1].start if i + 1 < len(figs) else len(s)
        floor = figs[i - 1].end if i > 0 else 0
        f.counted = _counted_after(s, f, limit)
        if f.counted is None:
            f.counted = _counted_before(s, f, floor)
    for f in figs:  # "were 70%, now they're 25 or 30%": the pair shares what it counts
        if f.partner is not None and f.counted is None:
            f.counted = figs[f.partner].counted
