"""Pass 4: qualifiers (``as many as``, ``more than``, ``or more``, ``>10``) and two-sided
bounds (``more than 10 and less than 20``)."""

from __future__ import annotations

import re
from typing import Final

from factcheck.extract import number_words as W
from factcheck.extract.numbers.changes import CHANGE_WORDS
from factcheck.extract.numbers.tokens import WORD_ALT
from factcheck.extract.numbers.working import Figure, figure_word_before, merge_pairs, word_before
from factcheck.extract.records import Qualifier

# Qualifier phrase (lower case, single spaces) -> qualifier; looked up on the last words
_QUALIFIER_BY_PHRASE: Final[dict[str, str]] = {
    phrase: qualifier for qualifier, phrases in W.PREFIX_QUALIFIERS.items() for phrase in phrases
}
_QUALIFIER_MAX_WORDS: Final = max(len(p.split()) for p in _QUALIFIER_BY_PHRASE)
# The last words of every qualifier phrase: "than", "more than", "no more than". Reading
# back from a number stops as soon as the words read are none of these ("the 27 members").
_QUALIFIER_TAILS: Final = frozenset(
    " ".join(words[k:]) for words in map(str.split, _QUALIFIER_BY_PHRASE)
    for k in range(len(words)))
_SYMBOL_QUALIFIER: Final = re.compile(
    r"(?:" + "|".join(f"(?P<s{i}>{frag})" for i, (frag, _, _) in
                      enumerate(W.SYMBOL_QUALIFIERS)) + r")[^\S\n]*\Z")
_QUALIFIER_SYMBOLS: Final = frozenset("<>=≥≤~")
_POSTFIX_QUALIFIER: Final = re.compile(
    "|".join(f"(?P<q{i}>{frag})" for i, (frag, _, _) in enumerate(W.POSTFIX_QUALIFIERS)),
    re.IGNORECASE,
)
_OR_EQUAL: Final = re.compile(W.OR_EQUAL, re.IGNORECASE)
# "or more than 4500" is a second bound, not "or more": a number or "than" must not follow
_NUMBER_AHEAD: Final = re.compile(
    r"[^\S\n]*(?:than\b|to\b|or[^\S\n]+equal\b|[-−]?\d|[$€£¥]"
    r"|(?:an?[^\S\n]+)?(?:" + WORD_ALT + r")\b)",
    re.IGNORECASE)
# "more than 10 and less than 20": two bounds joined into one range
_BOUND_JOIN: Final = re.compile(r"[^\S\n]*,?[^\S\n]*(?:and|but)[^\S\n]+\Z", re.IGNORECASE)


def attach_qualifier(s: str, f: Figure, prev_end: int) -> None:
    window = max(prev_end, f.start - 45)
    if f.high is None:
        k = f.start
        while k > window and s[k - 1] in " \t\u00a0":
            k -= 1
        last = s[k - 1] if k > 0 else ""
        if last and last in _QUALIFIER_SYMBOLS:  # ">10", "<= -30"
            m = _SYMBOL_QUALIFIER.search(s, window, f.start)
            if m and m.lastgroup:
                f.qualifier = _as_qualifier(W.SYMBOL_QUALIFIERS[int(m.lastgroup[1:])][1])
                f.start = m.start()
        elif (last.isalpha() or last == ".") and figure_word_before(s, f) in _QUALIFIER_TAILS:
            # (the word before ends some phrase: "than", not "the" in "the 27 members")
            found = _qualifier_phrase(s, f.start, window)
            if found is not None and not _over_a_span(s, f, found[1]) and \
                    not _moved_up_to(s, found[1]):
                f.qualifier, f.start = found
        m = _POSTFIX_QUALIFIER.match(s, f.end) if _postfix_may_follow(s, f.end) else None
        if m and m.lastgroup and not _NUMBER_AHEAD.match(s, m.end()):
            f.qualifier = _as_qualifier(W.POSTFIX_QUALIFIERS[int(m.lastgroup[1:])][1])
            f.end = m.end()
        elif f.qualifier in ("more_than", "less_than"):
            m = _OR_EQUAL.match(s, f.end)
            if m and not _NUMBER_AHEAD.match(s, m.end()):  # "less than 5000 or equal"
                f.qualifier = "at_least" if f.qualifier == "more_than" else "at_most"
                f.end = m.end()
    else:
        f.qualifier = "approx" if f.vague else "range"  # "tens of thousands" is a guess


def _over_a_span(s: str, f: Figure, phrase_start: int) -> bool:
    """"over three days" after an act ("testified over three days") is the time it took,
    not a bound; after "for", "took", "just" ... it is "more than"."""
    if f.unit not in W.OVER_SPAN_UNITS or s[phrase_start:phrase_start + 4].lower() != "over":
        return False
    before = word_before(s, phrase_start)[0].lower()
    return before not in W.OVER_MEANS_MORE_AFTER


def _moved_up_to(s: str, phrase_start: int) -> bool:
    """"went up to $5", "climbed up to 40%": "up to" after a verb of change is where it
    went, not a bound; after "cut" or "raised" it is one ("cut up to 700 jobs")."""
    if s[phrase_start:phrase_start + 5].lower() != "up to":
        return False
    verb = word_before(s, phrase_start)[0].lower()
    return verb in CHANGE_WORDS and verb not in W.CHANGE_NEEDS_PARTICLE  # "cut up to 700"


# White space, then the first letter of "or" or "and": "5 or 6", "10 and up".
_SPACES_THEN_OR_AND = re.compile(r"\s+[oOaA]")


def _postfix_may_follow(s: str, pos: int) -> bool:
    """Whether a POSTFIX_QUALIFIERS phrase can start at ``pos``: "+", "-plus", "plus", "-odd",
    "-ish", or spaces before "or"/"and". Most figures pass on to a noun and skip the regex."""
    c = s[pos:pos + 1]
    if c in ("+", "-", "p", "P", "o", "O"):
        return True
    return c.isspace() and _SPACES_THEN_OR_AND.match(s, pos) is not None


def _qualifier_phrase(s: str, pos: int, floor: int) -> tuple[Qualifier, int] | None:
    """The longest qualifier phrase ending right before ``pos``: (qualifier, its start)."""
    found: tuple[Qualifier, int] | None = None
    tail = ""
    k = pos
    for _ in range(_QUALIFIER_MAX_WORDS):
        if k <= floor:
            break
        word, k = word_before(s, k)
        if not word or k < floor:
            break
        tail = f"{word.lower()} {tail}" if tail else word.lower()
        if tail not in _QUALIFIER_TAILS:
            break  # no phrase ends with these words, nor with any longer run of them
        qualifier = _QUALIFIER_BY_PHRASE.get(tail)
        if qualifier is not None:
            found = _as_qualifier(qualifier), k  # keep reading: the longest phrase wins
    return found


_QUALIFIERS: Final[dict[str, Qualifier]] = {
    q: q for q in ("exact", "approx", "at_most", "at_least", "more_than", "less_than", "range")}


def _as_qualifier(name: str) -> Qualifier:
    return _QUALIFIERS.get(name, "exact")


def merge_bounds(s: str, figs: list[Figure]) -> list[Figure]:
    """``more than 10 and less than 20`` -> (10, 20); ``at most 100 and at least 20``."""
    return merge_pairs(figs, lambda f, g: _bounds_of(s, f, g))


_LOWER_BOUNDS: Final = ("more_than", "at_least")
_UPPER_BOUNDS: Final = ("less_than", "at_most")


def _bounds_of(s: str, f: Figure, g: Figure) -> Figure | None:
    if not (f.high is None and g.high is None and f.unit == g.unit
            and f.qualifier in _LOWER_BOUNDS + _UPPER_BOUNDS
            and g.qualifier in _LOWER_BOUNDS + _UPPER_BOUNDS
            and _BOUND_JOIN.match(s, f.end, g.start)):
        return None
    if f.qualifier in _LOWER_BOUNDS and g.qualifier in _UPPER_BOUNDS and f.value < g.value:
        low, high = f.value, g.value
    elif f.qualifier in _UPPER_BOUNDS and g.qualifier in _LOWER_BOUNDS and g.value < f.value:
        low, high = g.value, f.value
    else:
        return None
    return Figure(f.start, g.end, low, high=high, unit=f.unit, qualifier="range",
                  words=f.words or g.words)
