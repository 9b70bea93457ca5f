"""Pass 5: changes: ``rose from 3 to 5``, ``fell to 2%``, ``up 19 per cent``, ``were 70%,
now 25 or 30%``; the level after the size (``up 19 cents at $58.24``), the new level before
the old (``eased to 3.2% from 3.5%``, ``4.1%, up from 3.9%``), a fall with no verb (``from
$36,040 to $34,935``) and nouns of change (``a 20% increase``, ``a drop of 3%``)."""

from __future__ import annotations

import re
from typing import Final

from factcheck.extract import number_words as W
from factcheck.extract.numbers.affixes import CURRENCY_UNITS
from factcheck.extract.numbers.working import Figure, clause_start, figure_word_before
from factcheck.extract.patterns import word_alternation
from factcheck.extract.records import Direction


def _verb_forms(alternation: str) -> list[str]:
    """The words a CHANGE_* alternation matches: "drops?" -> "drop", "drops".

    Those alternations are literal words, a few with an optional last letter; as a trie
    (word_alternation) they match the same words, and a search that tries them at every word of its
    window fails on the first letter instead of after a hundred alternatives.
    """
    forms: list[str] = []
    for alt in alternation.split("|"):
        forms += [alt[:-2], alt[:-1]] if alt.endswith("?") else [alt]
    return forms


_CHANGE_UP: Final = word_alternation(_verb_forms(W.CHANGE_UP))
_CHANGE_DOWN: Final = word_alternation(_verb_forms(W.CHANGE_DOWN))
_CHANGE_VERB: Final = (
    r"(?:(?P<up>" + _CHANGE_UP + r")|(?P<down>" + _CHANGE_DOWN + r")|(?P<neutral>"
    + word_alternation(_verb_forms(W.CHANGE_NEUTRAL)) + r"))"
)
# What a verb of change may act on, up to three words: "raised | rates | to", "cut | its
# key rate | from"
_OBJECT: Final = r"(?:[^\S\n]+[a-z][a-z’'-]*){0,3}"
# "fell to 2%", "rose sharply to 5%", "went from 3% to 5%", "up from 3%", "raised rates to 5%"
# "to" may take an article and a word before the figure: "ballooned to a whopping $2.5bn"
TO_LEVEL: Final = r"to(?:[^\S\n]+an?(?:[^\S\n]+[a-z][a-z-]*)?)?[^\S\n]+\Z"
_CHANGE_TO: Final = re.compile(
    r"\b" + _CHANGE_VERB + r"(?:[^\S\n]+\w+ly)?" + _OBJECT + r"[^\S\n]+" + TO_LEVEL,
    re.IGNORECASE)
CHANGE_FROM: Final = re.compile(
    r"\b" + _CHANGE_VERB + r"(?:[^\S\n]+\w+ly)?" + _OBJECT + r"[^\S\n]+from[^\S\n]+\Z",
    re.IGNORECASE)
# "rose 5%", "up 19 per cent", "fell by 3", "cut rates by half a point"
_CHANGE_BY: Final = re.compile(
    r"\b(?:(?P<up>" + _CHANGE_UP + r")|(?P<down>" + _CHANGE_DOWN + r"))"
    r"(?:[^\S\n]+\w+ly)?(?:" + _OBJECT + r"[^\S\n]+by)?[^\S\n]+\Z", re.IGNORECASE)
CHANGE_WORDS: Final = frozenset(
    re.findall(r"[a-z]+", W.CHANGE_UP + " " + W.CHANGE_DOWN + " " + W.CHANGE_NEUTRAL))
_NOW_WORDS: Final = tuple(w.split()[0] for w in W.NOW_WORDS.split("|"))
_TO_BEFORE: Final = re.compile(r"[^\S\n]+to[^\S\n]+\Z", re.IGNORECASE)
# Between the old level and "to" the new, a few words may say when: "from 3 to 5", "from
# around 20% | now | to 24%", "from 3% | in 2019 | to 5%"
_THEN_TO: Final = re.compile(
    r"(?:[^\S\n]+[A-Za-z][\w’'.-]*){0,3},?[^\S\n]+to[^\S\n]+\Z", re.IGNORECASE)
# A noun or comparative of change right after a figure with a unit: "20% | increase",
# "1.2% | higher", "$5 | rise"
_NOUN_AFTER: Final = re.compile(
    r"[^\S\n]*-?[^\S\n]*(" + word_alternation(W.CHANGE_NOUNS) + r")\b", re.IGNORECASE)
# ... or before it, with "of": "a drop | of | 3%", "an increase of $5"
_NOUN_OF_BEFORE: Final = re.compile(
    r"\b(" + word_alternation(W.CHANGE_NOUNS) + r")[^\S\n]+of[^\S\n]+\Z", re.IGNORECASE)
# "up to" right before the figure: a bound ("up to an additional 15%"), never a change
_UP_TO: Final = re.compile(r"up[^\S\n]+to\b", re.IGNORECASE)
# The level after the size of a change: "fell 0.5 points | to | 4.1%", "up 19 cents | at | $58.24"
# (a time phrase may come between: "rose 3.2% | year-on-year to | S$1.02 billion")
_LEVEL_BEFORE: Final = re.compile(
    r"(?:[^\S\n]+" + word_alternation(W.COUNTED_TIME_PHRASES) + r")?"
    r",?[^\S\n]+(?:to|at)[^\S\n]+\Z", re.IGNORECASE)
# The same change said again in other units: "fell 1.3% |, or | 245 points"
_RESTATED: Final = re.compile(r"[^\S\n]*,?[^\S\n]+or[^\S\n]+\Z", re.IGNORECASE)
# Between a new level and "up from" the old: "4.1%| in October, |up from 3.9%", "4.1%|, |up"
_NEW_THEN_OLD: Final = re.compile(
    r"(?:[^\S\n]+(?:in|on|at|for|by|last|this)(?:[^\S\n]+[A-Za-z][\w’'.-]*){1,3})?"
    r"[^\S\n]*,?[^\S\n]*", re.IGNORECASE)
# The old level after the new one, with no verb: "eased to 3.2% | from | 3.5%", "rose to
# 5.2% | in March from | 4.9%"
_FROM_BETWEEN: Final = re.compile(_NEW_THEN_OLD.pattern + r"from[^\S\n]+\Z", re.IGNORECASE)
# The units a share or an index moves in. The verbs of number_words.SHARE_CHANGE_VERBS are
# changes before them ("shed 2%", "added 0.5 percentage points"; "lost $1bn" is a loss), and
# before plain points only when they go down ("the Dow lost 350 points"; "added 25 points"
# is what a player scores)
_SHARE_UNITS: Final = frozenset({"%", "percentage point", "basis point"})
_NOW: Final = re.compile(r"\b(?:" + W.NOW_WORDS + r")\b", re.IGNORECASE)


def _verb_direction(m: re.Match[str]) -> Direction | None:
    if m.group("up"):
        return "up"
    if m.group("down"):
        return "down"
    return None


def mark_changes(s: str, figs: list[Figure]) -> None:
    for i, f in enumerate(figs):
        window = max(0, f.start - 50)
        prev = figs[i - 1] if i > 0 else None
        if f.is_factor:
            continue
        word = figure_word_before(s, f)
        m = CHANGE_FROM.search(s, window, f.start) if word == "from" else None
        if m:
            f.role, f.direction = "from", _verb_direction(m)
            if prev is not None and prev.role is None and prev.partner is None and \
                    prev.unit == f.unit and _NEW_THEN_OLD.fullmatch(s, prev.end, m.start()):
                _pair(f, prev, i, i - 1, f.direction)  # "was 4.1%, up from 3.9%"
            continue
        if word == "from" and prev is not None and prev.role == "to" and \
                prev.partner is None and prev.unit == f.unit and \
                _FROM_BETWEEN.match(s, prev.end, f.start):
            _pair(f, prev, i, i - 1, prev.direction)  # "eased to 3.2% from 3.5%"
            continue
        if word == "from" and i + 1 < len(figs) and _falls_to(s, f, figs[i + 1]):
            f.role = "from"  # "from $36,040 to $34,935": no range runs downwards
            continue
        if prev is not None and prev.role == "from" and prev.partner is None and \
                _THEN_TO.match(s, prev.end, f.start):
            _pair(prev, f, i - 1, i, prev.direction)  # "rose from 3 to 5"
            continue
        if prev is not None and prev.direction is not None and prev.role is None and \
                prev.unit != f.unit and _RESTATED.match(s, prev.end, f.start):
            f.direction = prev.direction  # "fell 1.3 per cent, or 245 points"
            continue
        if prev is not None and prev.direction is not None and prev.role is None and \
                _LEVEL_BEFORE.match(s, prev.end, f.start):
            f.role, f.direction = "to", prev.direction  # "fell 0.5 points to 4.1%", "up 19c at $5"
            continue
        m = _CHANGE_TO.search(s, window, f.start) if word == "to" or (
            " to a" in s[max(0, f.start - 30):f.start]) else None  # "to a record 5%"
        if m and _UP_TO.match(m.group()):
            m = None  # "up to a $250,000 fine" is a bound, not a change
        if m:
            f.role, f.direction = "to", _verb_direction(m)
            if prev is not None and prev.role is None and prev.partner is None and \
                    prev.unit == f.unit and re.search(r"\bfrom\s+\Z", s[window:prev.start]):
                _pair(prev, f, i - 1, i, f.direction)
            continue
        m = None
        if word == "by" or word in CHANGE_WORDS or word.endswith("ly"):
            m = _CHANGE_BY.search(s, window, f.start)
        if m and word != "by" and _needs_particle(m):
            m = None  # "raised $5m", "cut 4,000 jobs": no change without "by"
        if m is None and word in W.SHARE_CHANGE_VERBS and (f.unit in _SHARE_UNITS or (
                f.unit == "point" and W.SHARE_CHANGE_VERBS[word] == "down")):
            # "the Dow lost 350 points"
            f.direction = "up" if W.SHARE_CHANGE_VERBS[word] == "up" else "down"
            continue
        if m:
            f.direction = _verb_direction(m)  # "up 19 per cent": the size of the change
            # "rose to 5%, up from 3%"
            continue
        way = _noun_of_change(s, f, word, window)
        if way is not None:
            f.direction = way  # "a 20% increase", "a drop of 3%"
            continue
        # "were 70%, now they're 25 or 30%": a figure after "now" pairs with the one before
        if prev is not None and prev.role is None and prev.unit == f.unit and not prev.drop \
                and _mentions_now(s[prev.end:f.start]):  # cheap test before the clause cut
            clause = clause_start(s, f.start, prev.end)
            if _mentions_now(s[clause:f.start]) and _NOW.search(s, clause, f.start):
                _pair(prev, f, i - 1, i, None)
    for i, f in enumerate(figs):  # "up from 3%" after "rose to 5%"
        if f.role == "from" and f.partner is None and i > 0 and figs[i - 1].role == "to" \
                and figs[i - 1].partner is None:
            _pair(f, figs[i - 1], i, i - 1, figs[i - 1].direction or f.direction)


def _noun_of_change(s: str, f: Figure, word: str, window: int) -> Direction | None:
    """The way a noun or comparative of change around the figure says: "a 20% increase",
    "closed 1.2% higher", "a drop of 3%". Only for a share, points or money: "the 8.6-inch
    lower display" is no change."""
    if f.unit not in _SHARE_UNITS and f.unit != "point" and f.unit not in CURRENCY_UNITS:
        return None
    m = _NOUN_AFTER.match(s, f.end)
    if m is None and word == "of":
        m = _NOUN_OF_BEFORE.search(s, window, f.start)
    if m is None:
        return None
    return "up" if W.CHANGE_NOUNS[m.group(1).lower()] == "up" else "down"


def _needs_particle(m: re.Match[str]) -> bool:
    verb = m.group("up") or m.group("down") or ""
    return verb.lower() in W.CHANGE_NEEDS_PARTICLE


def _falls_to(s: str, f: Figure, g: Figure) -> bool:
    """"from X to Y" with Y below X, in one unit: a fall, since a range would run upwards."""
    return g.high is None and f.high is None and f.unit == g.unit and g.mid < f.mid and \
        _TO_BEFORE.match(s, f.end, g.start) is not None


def _mentions_now(text: str) -> bool:
    """Whether a "now" word may be in ``text``: a substring test, before the exact regex."""
    low = text.lower()
    return any(w in low for w in _NOW_WORDS)


def _pair(src: Figure, dst: Figure, i: int, j: int, direction: Direction | None) -> None:
    if direction is None and src.unit == dst.unit:
        direction = "up" if dst.mid > src.mid else "down" if dst.mid < src.mid else None
    src.role, dst.role = "from", "to"
    src.direction = dst.direction = direction
    src.partner, dst.partner = j, i
