"""Numeric quantities: every figure a sentence asserts, as a structured ``Quantity``.

``find_quantities(text, start, end)`` reads ``text[start:end]`` (usually one sentence) and
returns its figures with offsets into ``text``. It works in passes over a handful of
number tokens rather than over every word, so a sentence without digits or number words
costs two fast scans (number words, digit runs) and nothing more:

1. tokens: digit numbers (``100,000``, ``1.2m``, ``3/4``), number words (``twenty``,
   ``million``, ``thirds``), and change factors (``doubled``); spans that are dates, clock
   times, phone numbers, URLs, ordinals or names (``COVID-19``) are blocked first;
2. runs of adjacent tokens parse into numbers (``twenty-one trillion and three hundred``,
   ``3 million and a half``, ``half a dozen``), splitting where English would;
3. ratios (``one in five``), then what sits around each number: sign, currency, scale,
   percent, unit; then ranges (``25 or 30%``, ``between 25 and 30 percent``);
4. qualifiers (``as many as``, ``more than``, ``or more``), exclusions (years used as
   dates, model names, ``the two nations``), two-sided bounds, changes (``rose from 3 to
   5``, ``were 70%, now 25 or 30%``) and, last, what each figure counts.

Word lists and phrase rules live in ``number_words.py``.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Final

from factcheck.extract import number_words as W
from factcheck.extract.patterns import word_alternation
from factcheck.extract.records import Direction, Qualifier, Quantity, Role

__all__ = ["find_quantities", "is_page_chrome"]


def _alternation(words: Iterable[str]) -> str:
    """A regex alternation of literal words, longest first so the longest one wins."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


# ---------------------------------------------------------------------------------------
# Token rules
# ---------------------------------------------------------------------------------------

_TENS: Final = [w for w, v in W.CARDINALS.items() if v >= 20]

# One word of a spelled-out number: "twenty", "hundreds", "thirds", "twenty-fifths".
# Kind per lower-case word: (kind, value, plural).
_WORDS: Final[dict[str, tuple[str, float, bool]]] = {}
for _w, _v in W.CARDINALS.items():
    _WORDS[_w] = ("card", float(_v), False)
_WORDS[W.HUNDRED] = ("hund", 100.0, False)
_WORDS[W.HUNDRED + "s"] = ("hund", 100.0, True)
for _w, _s in W.SCALES.items():
    _WORDS[_w] = ("scale", _s, False)
    _WORDS[_w + "s"] = ("scale", _s, True)
for _w in W.DOZENS:
    _WORDS[_w] = ("dozen", 12.0, _w not in ("dozen", "dz", "doz"))
for _w, _d in W.DENOMINATORS.items():
    _WORDS[_w] = ("den", float(_d), _w == "halves")
    if _w not in ("half", "halves"):
        _WORDS[_w + "s"] = ("den", float(_d), True)
for _t in _TENS:
    for _w, _u in W.COMPOUND_ORDINAL_UNITS.items():
        _val = float(W.CARDINALS[_t] + _u)
        _WORDS[f"{_t}-{_w}"] = ("den", _val, False)
        _WORDS[f"{_t}-{_w}s"] = ("den", _val, True)
_WORDS["point"] = ("point", 0.0, False)
for _w, _f in W.FOLD_WORDS.items():
    _WORDS[_w] = ("fold", float(_f), False)
for _w, (_factor, _way) in W.FACTOR_VERBS.items():
    _WORDS[_w] = ("factor", float(_factor), _way == "up")

_CARD_ALT: Final = _alternation(W.CARDINALS)
_WORD_ALT: Final = word_alternation(w for w in _WORDS if w != "point")

# The token scanner. Named groups, in order of preference at one position:
#   vulgar  "½"                    sfrac  "3/4"
#   dig     "100,000", "1 234 567", "12,34,567.89", ".25", "1.3e6" (+ exp), "€20bn" (+ mult)
#   (words: _WORD_TOKEN below)
_DIGIT_TOKEN: Final = re.compile(
    r"(?P<vulgar>[" + "".join(W.VULGAR_FRACTIONS) + r"])"
    r"|(?P<sfrac>(?=\d)(?<![\w./])\d+/\d+(?![\d/]))"
    r"|(?P<dig>(?=[\d.])(?<![\w.])(?:"
    r"\d{1,3}(?:,\d{3})+(?!\d)"                                 # 100,000
    r"|\d{1,2}(?:,\d{2})+,\d{3}(?!\d)"                          # 12,34,567 (Indian)
    r"|\d{1,3}(?:[\u00a0\u202f\u2009]\d{3})+(?!\d)"             # 40\u202f000 (thin space)
    r"|\d{1,3}(?:[ ]\d{3}){2,}(?!\d)|\d{1,3}[ ]000(?![\d])"      # 1 234 567, 40 000
    r"|\d+)(?:\.\d+)?|(?<![\w.])\.\d+)"                         # 3.5, .25
    r"(?P<exp>[eE][+-]?\d+(?!\w)|\^[+-]?\d+|[^\S\n]?[x×][^\S\n]?10\^[+-]?\d+)?"  # 1e10, 1.1^23
    r"(?P<mult>(?:" + _alternation(W.MULTIPLIER_SUFFIXES) + r")(?![A-Za-z0-9])"
    r"|[ ](?:" + _alternation(W.SPACED_MULTIPLIER_SUFFIXES) + r")(?![A-Za-z0-9]))?"
)
# Most digit tokens are plain integers that no other _DIGIT_TOKEN rule above extends (no
# grouping, decimals, fraction, exponent or suffix may follow): "2014 ", "12 countries".
# This short regex reads them for less; anything else goes to _DIGIT_TOKEN.
_PLAIN_INT: Final = re.compile(
    r"(?<![\w.])\d+(?![\w/\u00a0\u202f\u2009^×]|[,.]\d|[^\S\n][\dx×kKmbt])")
# Where a run of digits starts: "1" and "414" in "1,414". It begins with a character class,
# which lets the regex engine skip ahead fast, unlike a scan that tries every position.
_DIGIT_RUN: Final = re.compile(r"[\d" + "".join(W.VULGAR_FRACTIONS) + r"](?<!\d\d)")
# The same for ASCII text, where \d is [0-9] and no vulgar fraction can occur: a plain
# character range, which the regex engine tests about twice as fast as the Unicode class.
_ASCII_DIGIT_RUN: Final = re.compile(r"[0-9](?<![0-9]{2})")
# Number words, matched on the lower-cased text (the trie is cheaper without IGNORECASE).
# Kept apart from _DIGIT_RUN: one alternation of both scans slower than the two scans.
_WORD_TOKEN: Final = re.compile(
    r"\b(?:" + _WORD_ALT + r"|point(?=\s+(?:" + _CARD_ALT + r")\b))\b"
)
# Where a number word may start, found without running that regex at every position.
# Number words are whole ASCII words, so each one (or its first part: "twenty" in
# "twenty-first") stands as a run of [a-z0-9_] bytes once every other byte of the lower-cased
# UTF-8 text is made a space. Most sentences have no run that is a number word ("head"); the
# rest try the regex only where a head occurs (also inside words: "one" in "someone").
_WORD_BYTES: Final = bytes(
    c if chr(c) in "abcdefghijklmnopqrstuvwxyz0123456789_" else ord(" ") for c in range(256))
_WORD_HEADS: Final = frozenset(w.split("-")[0].encode() for w in _WORDS)

# What may stand between two tokens of one number, by name:
#   join ""  space " "  hyphen "-"/" - "  and " and "  and_a " and a "  a " a "  of " of (a) "
_GAP: Final = re.compile(
    r"(?P<join>)\Z|(?P<space>[^\S\n]+)\Z|(?P<hyphen>[^\S\n]*[-‐‑][^\S\n]*)\Z"
    r"|[^\S\n]+and[^\S\n]+(?:(?P<and_a>an?[^\S\n]+)|(?P<and>))\Z"
    r"|[^\S\n]+(?P<a>an?)[^\S\n]+\Z|[^\S\n]+(?P<of>of)(?:[^\S\n]+an?)?[^\S\n]+\Z",
    re.IGNORECASE,
)
_MAX_GAP: Final = 12

# ---------------------------------------------------------------------------------------
# Blocked spans: never figures, whatever numbers they hold
# ---------------------------------------------------------------------------------------

_DAY: Final = r"\d{1,2}(?:st|nd|rd|th)?(?![\d]|[,.]\d)"
_SP: Final = r"[^\S\n]"
_TZ: Final = r"(?:" + _SP + r"*(?:" + W.TIME_ZONES + r")\b)?"
# Spans that start with a digit. Grouped behind one look-ahead so the scan costs little.
_BLOCK_FROM_DIGIT: Final = (
    r"\d{4}-\d{1,2}(?:-\d{1,2})?\b",                                # 2022-01-21, 1995-01
    r"(?:1[6-9]|20)\d{2}" + _SP + r"*[-–—/]" + _SP                  # 2014-15, 1994–2004
    + r"*(?:(?:1[6-9]|20)\d{2}|\d{2})\b",
    r"\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b",                             # 5/17/2018, 21.01.2022
    _DAY + _SP + r"+(?:of" + _SP + r"+)?(?:" + W.MONTHS + r")\b\.?"  # 21 January 2022
    + r"(?:,?" + _SP + r"+\d{4}\b)?",
    r"\d{1,2}:\d{2}(?::\d{2})?(?:" + _SP + r"*[aApP]\.?" + _SP      # 1:02 p.m. ET, 10:30
    + r"?[mM]\b\.?)?(?!\d)" + _TZ,
    r"\d{1,2}(?:\.\d{2})?" + _SP + r"*[aApP]\.?[mM]\b\.?" + _TZ,    # 9 a.m., 9pm, 9.30 am
    r"\d{3,4}" + _SP + r"*(?:" + W.TIME_ZONES + r")\b",             # 0900 GMT
    r"\d{2,4}[.-]\d{3,4}[\s./-]\d{3,4}\b",                          # 555-123-4567
    r"\d+(?:st|nd|rd|th)\b",                                        # 47th, 21st
    r"\d{2,4}['’]?s\b",                                             # 1990s, 90's
    r"\d+(?:\.\d+){2,}\b",                                          # 192.168.1.2, 1.2.3
    r"\d+(?:-\d+){2,}\b",                                           # 6-2-1 (a record)
    r"\d{1,5}(?:" + _SP + r"+[A-Z][a-z]+){1,3}" + _SP               # 2134 Caldwell Place
    + r"+(?:" + W.STREET_WORDS + r")\b",
)
# Spans that start with a month name: "January 21, 2022", "Sept. 5", "May 2004"
_BLOCK_FROM_MONTH: Final = (
    r"(?:" + W.MONTHS + r")\.?" + _SP + r"+" + _DAY + r"(?:,?" + _SP + r"+\d{4}\b)?",
    r"(?:" + W.MONTHS + r")\.?,?" + _SP + r"+\d{4}\b",
)
# Anything else: URLs, phone numbers with "+" or "(", "’90s", "#1"
_BLOCK_OTHER: Final = (
    r"(?:https?://|www\.)\S+",                                      # https://x.com/?q=30%25
    r"\+\d{1,3}(?:[\s./-]\(?\d{2,5}\)?){2,5}",                      # +1-222-2222/2222
    r"\(\d{2,4}\)[\s.-]?\d{3,4}[\s./-]\d{3,4}\b",                   # (020) 7946 0958
    r"['’]\d0s\b",                                                  # ’90s
    r"#\d+",                                                        # #1
)
# Tried only where a run of digits starts, or at the month name just before one
_BLOCK_DIGIT: Final = re.compile("|".join(_BLOCK_FROM_DIGIT))
_BLOCK_MONTH: Final = re.compile("|".join(_BLOCK_FROM_MONTH))
_BLOCK_ANY: Final = re.compile("|".join(_BLOCK_OTHER))
_BLOCK_ANY_HINTS: Final = ("://", "www.", "+", "(", "0s", "#")
_MONTH_NAMES: Final = frozenset(W.MONTHS.split("|"))
# E-mail addresses, scanned for only when the text has an "@": "jo@cnn.com"
_EMAIL: Final = re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+")
# Page chrome of a live blog or news page on a line of its own: "19 Posts", "5 min read"
_CHROME: Final = re.compile(
    r"^[^\S\n]*\d[\d,]*[^\S\n]+(?:" + W.PAGE_CHROME + r")[^\S\n]*$",
    re.IGNORECASE | re.MULTILINE,
)


def is_page_chrome(line: str) -> bool:
    """True for page furniture such as ``19 Posts`` or ``5 min read``: never a claim."""
    line = line.strip()
    return line[:1].isdecimal() and bool(_CHROME.fullmatch(line))  # "19 Posts": a digit first


# ---------------------------------------------------------------------------------------
# Context rules around one number
# ---------------------------------------------------------------------------------------

# "minus five", "negative one" before a number
_NEG_WORD: Final = re.compile(r"\b(?:" + W.NEGATIVE_WORDS + r")[^\S\n]+\Z", re.IGNORECASE)
# "-9.23", "<-30", "(-5)": a sign glued to the digits, not a dash between two numbers
_NEG_SIGN: Final = re.compile(r"(?:^|(?<=[\s(\[<>=]))[-−]\Z")

# "$1.5", "US$ 1MM", "€20", "USD 5", "-$5" -> the currency symbol or code before a number
_CURRENCY_BEFORE: Final = re.compile(
    r"(?:(?<![A-Za-z])(?:" + _alternation(W.CURRENCY_SYMBOLS) + r")"
    r"|\b(?:" + _alternation(W.CURRENCY_CODES) + r"))[^\S\n]?\Z"
)
# The most characters a _CURRENCY_BEFORE match spans: "U.S.$ ". Searching only that far back
# finds the same match (look-behinds and \b still see the text before the search window).
_CURRENCY_BEFORE_SPAN: Final = max(map(len, [*W.CURRENCY_SYMBOLS, *W.CURRENCY_CODES])) + 1
_CURRENCY_LAST_CHARS: Final = frozenset(k[-1] for k in W.CURRENCY_SYMBOLS)
_NEGATIVE_SET: Final = frozenset(W.NEGATIVE_WORDS.split("|"))
_CURRENCY_BY_SYMBOL: Final = {**W.CURRENCY_SYMBOLS, **{c: c for c in W.CURRENCY_CODES}}
_CURRENCY_BY_SYMBOL["RMB"] = "CNY"

# Everything that may follow a number, by its lower-cased surface: (kind, name) where kind is
# "pct" ("70%"), "cur" ("100 dollars"), "sub" ("50 cents") or "unit" ("100 km", "18-year")
_AFTER_WORDS: Final[dict[str, tuple[str, str]]] = {
    **{w: ("unit", name) for name, words in W.UNITS.items() for w in words},
    **{w: ("cur", code) for code, words in W.CURRENCY_WORDS.items() for w in words},
    **{w: ("sub", code) for w, code in W.SUBUNITS.items()},
    **{w: ("pct", "%") for w in W.PERCENT_WORDS},
}
# One trie of all of them, after an optional space or hyphen, not followed by a word character
_AFTER: Final = re.compile(
    r"(?:[^\S\n]?-[^\S\n]?|[^\S\n]?)(" + word_alternation(_AFTER_WORDS) + r")(?!\w)", re.IGNORECASE)
# ISO codes after a number, case-sensitive: "2mil SEK" (not "5 try")
_ISO_AFTER: Final = re.compile(r"[^\S\n]?(" + _alternation(W.CURRENCY_CODES) + r")\b")
# "-5C", "90F": a temperature only when glued to the digits
_GLUED_TEMPERATURE: Final = re.compile(r"[CF](?![^\W\d_])")
_PERCENT_BEFORE: Final = re.compile(W.PERCENT_BEFORE, re.IGNORECASE)
# "5G", "3D": letters glued to a number that no rule above explains make it a name
_GLUED_LETTER: Final = re.compile(r"[A-Za-z]")

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
    r"|(?:an?[^\S\n]+)?(?:" + _WORD_ALT + r")\b)",
    re.IGNORECASE)

_RANGE_CONNECTOR: Final = re.compile(r"(?:" + W.RANGE_CONNECTORS + r")\Z", re.IGNORECASE)
_RANGE_OPENER: Final = {
    opener: (re.compile(r"\b" + opener + r"[^\S\n]+\Z", re.IGNORECASE),
             re.compile(link + r"\Z", re.IGNORECASE))
    for opener, link in W.RANGE_OPENERS.items()
}
_RATIO: Final = re.compile(r"(?:" + W.RATIO_CONNECTORS + r")\Z", re.IGNORECASE)
_RATIO_OVER: Final = re.compile(r"\s+over\s+\Z", re.IGNORECASE)
# "more than 10 and less than 20": two bounds joined into one range
_BOUND_JOIN: Final = re.compile(r"[^\S\n]*,?[^\S\n]*(?:and|but)[^\S\n]+\Z", re.IGNORECASE)


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
# "fell to 2%", "rose sharply to 5%", "went from 3% to 5%", "up from 3%"
_CHANGE_TO: Final = re.compile(
    r"\b" + _CHANGE_VERB + r"(?:[^\S\n]+\w+ly)?[^\S\n]+to[^\S\n]+\Z", re.IGNORECASE)
_CHANGE_FROM: Final = re.compile(
    r"\b" + _CHANGE_VERB + r"(?:[^\S\n]+\w+ly)?[^\S\n]+from[^\S\n]+\Z", re.IGNORECASE)
# "rose 5%", "up 19 per cent", "fell by 3"
_CHANGE_BY: Final = re.compile(
    r"\b(?:(?P<up>" + _CHANGE_UP + r")|(?P<down>" + _CHANGE_DOWN + r"))"
    r"(?:[^\S\n]+\w+ly)?(?:[^\S\n]+by)?[^\S\n]+\Z", re.IGNORECASE)
_CHANGE_WORDS: Final = frozenset(
    re.findall(r"[a-z]+", W.CHANGE_UP + " " + W.CHANGE_DOWN + " " + W.CHANGE_NEUTRAL))
_NOW_WORDS: Final = tuple(w.split()[0] for w in W.NOW_WORDS.split("|"))
_TO_BEFORE: Final = re.compile(r"[^\S\n]+to[^\S\n]+\Z", re.IGNORECASE)
_NOW: Final = re.compile(r"\b(?:" + W.NOW_WORDS + r")\b", re.IGNORECASE)
_CLAUSE_BOUNDARY: Final = re.compile(r"[,;:()\"“”—–\n]|\s-\s")

# The word after a position: "2000 | people"
_NEXT_WORD: Final = re.compile(r"[^\S\n]+([A-Za-z][\w’'-]*)")
# A capitalised word right before a number: "Boeing 737", "Article 5", "No. 10"
_NAME_BEFORE: Final = re.compile(r"(?<![\w’'])([A-Z][\w’'.&-]*|[a-z]+[A-Z][\w]*)[^\S\n]+\Z")
# A singular fraction after "a" is one only before "of" or at the end: "a third of", not
# "a third time"
_FRACTION_END: Final = re.compile(r"[^\S\n]+of\b|[^\S\n]*(?:[.,;:!?)\"”’]|\Z)", re.IGNORECASE)

# What is counted: up to a dozen words after the figure, separated by spaces only (punctuation
# ends a counted phrase); "of (the)" before them is skipped: "25% of (the) voters"
_COUNTED_RUN: Final = re.compile(r"(?:[^\S\n]+[^\W\d_][\w’'-]*){1,12}")
_COUNTED_OF: Final = re.compile(
    r"[^\S\n]+of(?:[^\S\n]+(?:the|a|an|their|its|his|her|our|all))?(?=[^\S\n])", re.IGNORECASE)
_COUNTED_MAX_WORDS: Final = 8
# A month name: "March", "Sept."
_MONTH_WORD: Final = re.compile(r"(?:" + W.MONTHS + r")\.?\Z")

# ---------------------------------------------------------------------------------------
# Working records
# ---------------------------------------------------------------------------------------


@dataclass(slots=True)
class _Tok:
    kind: str  # card hund scale dozen den point factor fold dig sfrac vulgar
    value: float
    start: int
    end: int
    plural: bool = False
    is_int: bool = False  # a digit token without decimals, grouping or suffix: "2014"
    scale: float = 1.0  # the suffix multiplier of a digit token: "1.2m" -> 1e6


@dataclass(slots=True)
class _Fig:
    """A figure while it is being built; offsets are into the span being read."""

    start: int
    end: int
    value: float
    high: float | None = None  # set for a range
    words: bool = False
    plain_int: bool = False  # one digit token, no grouping/decimals/suffix: "2014", "737"
    bare_one: bool = False  # the word "one" alone
    small_word: bool = False  # a single number word up to ten: "two"
    singular_fraction: bool = False  # "a third": a fraction only before "of" or at the end
    is_half: bool = False
    scale: float = 1.0  # the scale that ended the number: "3 million" -> 1e6
    unit: str | None = None
    currency_before: bool = False
    qualifier: Qualifier = "exact"
    counted: str | None = None
    role: Role | None = None
    direction: Direction | None = None
    partner: int | None = None  # index of the other figure of a change
    is_ratio: bool = False
    is_factor: bool = False
    drop: bool = False
    prev_word_at: int = -1  # where prev_word was read: several passes ask for it
    prev_word: str = ""  # lower case
    prev_word_raw: str = ""  # as written: "Boeing" in "Boeing 737"

    @property
    def low_high(self) -> tuple[float | None, float | None]:
        if self.high is not None:
            return self.value, self.high
        if self.qualifier in ("at_most", "less_than"):
            return None, self.value
        if self.qualifier in ("at_least", "more_than"):
            return self.value, None
        return self.value, self.value

    @property
    def mid(self) -> float:
        return self.value if self.high is None else (self.value + self.high) / 2


# ---------------------------------------------------------------------------------------
# Public entry point
# ---------------------------------------------------------------------------------------


def find_quantities(text: str, start: int = 0, end: int | None = None) -> list[Quantity]:
    """Every figure asserted in ``text[start:end]``, offsets absolute into ``text``.

    Pure and deterministic; returns an empty list rather than raising on odd input, so the
    claim pipeline never loses a document to one strange sentence.
    """
    try:
        n = len(text)
        lo = max(0, min(start, n))
        hi = n if end is None else max(lo, min(end, n))
        span = text[lo:hi]
        if not span or is_page_chrome(span):
            return []
        figs = _figures(span)
        out = []
        for f in figs:
            low, high = f.low_high
            a, b = lo + f.start, lo + f.end
            out.append(Quantity(
                surface=text[a:b], start=a, end=b, low=low, high=high, unit=f.unit,
                qualifier=f.qualifier, counted=f.counted, role=f.role, direction=f.direction,
            ))
        return out
    except Exception:
        return []


# ---------------------------------------------------------------------------------------
# Pass 1: tokens
# ---------------------------------------------------------------------------------------


def _tokens(s: str) -> list[_Tok]:
    toks: list[_Tok] = []
    has_digits = False
    low = s.lower()
    if len(low) != len(s):  # a few characters change length when lower-cased ("İ")
        low = "".join(ch if len(ch.lower()) != 1 else ch.lower() for ch in s)
    for w in _number_words(low):
        kind_, value, plural = _WORDS[w.group()]
        toks.append(_Tok(kind_, value, w.start(), w.end(), plural=plural))
    words_seen = len(toks)
    blocks: list[tuple[int, int]] = []
    last = 0
    for run in (_ASCII_DIGIT_RUN if s.isascii() else _DIGIT_RUN).finditer(s):
        p = run.start()
        if p < last:  # a digit inside the last digit token: "414" in "1,414"
            continue
        has_digits = True
        if (p == 0 or not (s[p - 1].isalnum() or s[p - 1] == "_")) and _may_block(s, p):
            b = _BLOCK_DIGIT.match(s, p)  # "21 January", "1:02 p.m.", "47th", "555-123-4567"
            if b:
                blocks.append(b.span())
        if p >= 2 and s[p - 1] in " \u00a0" and (s[p - 2].isalpha() or s[p - 2] == "."):
            word, k = _word_before(s, p)
            if word.rstrip(".") in _MONTH_NAMES:  # "January 21, 2022", "May 2004"
                b = _BLOCK_MONTH.match(s, k)
                if b:
                    blocks.append(b.span())
        plain = _PLAIN_INT.match(s, p)
        if plain is not None:  # what _DIGIT_TOKEN and _digit_token would make of it
            last = plain.end()
            if not _hyphen_name_before(s, p):  # not "COVID-19", "F-16"
                toks.append(_Tok("dig", float(plain.group()), p, last, is_int=True))
            continue
        m = None
        if p > 0 and s[p - 1] == ".":  # ".25"
            m = _DIGIT_TOKEN.match(s, p - 1)
        m = m or _DIGIT_TOKEN.match(s, p)
        if m is None:
            continue
        last = m.end()
        kind = m.lastgroup
        if kind == "vulgar":
            toks.append(_Tok("vulgar", W.VULGAR_FRACTIONS[m.group()], m.start(), m.end()))
        elif kind == "sfrac":
            num, den = (int(x) for x in m.group().split("/"))
            # a proper fraction with a small denominator; "24/7", "9/11", "5/17" are not
            if 0 < num < den <= 16:
                toks.append(_Tok("sfrac", num / den, m.start(), m.end()))
        elif not _hyphen_name_before(s, m.start()):  # not "COVID-19", "F-16"
            toks.append(_digit_token(m))
    if words_seen and len(toks) > words_seen:
        toks.sort(key=lambda t: t.start)
    if has_digits and toks:
        if any(hint in s for hint in _BLOCK_ANY_HINTS):
            blocks += [(b.start(), b.end()) for b in _BLOCK_ANY.finditer(s)]
        if "@" in s:
            blocks += [(b.start(), b.end()) for b in _EMAIL.finditer(s)]
        if "\n" in s:
            blocks += [(b.start(), b.end()) for b in _CHROME.finditer(s)]
        if blocks:
            toks = [t for t in toks if not any(a < t.end and t.start < b for a, b in blocks)]
    return toks


def _number_words(low: str) -> list[re.Match[str]]:
    """``list(_WORD_TOKEN.finditer(low))``, trying the regex only where a head occurs.

    A match can start nowhere else (see _WORD_BYTES), so trying those places left to right,
    each from the end of the last match on, finds what the scan would, for much less.
    """
    runs = low.encode("utf-8", "surrogatepass").translate(_WORD_BYTES).split()
    heads = _WORD_HEADS.intersection(runs)
    if not heads:
        return []
    starts: set[int] = set()
    for head in heads:
        word = head.decode()
        p = low.find(word)
        while p >= 0:
            starts.add(p)
            p = low.find(word, p + 1)
    found = []
    end = 0
    for p in sorted(starts):
        if p >= end:
            m = _WORD_TOKEN.match(low, p)
            if m:
                found.append(m)
                end = m.end()
    return found


# Every rule of _BLOCK_FROM_DIGIT needs, right after the first digits, one of:
#   a letter                               "47th", "9pm", "1990s", "0900GMT"
#   one of "-–—/.:" and (spaces,) a digit  "2022-01-21", "5/17/2018", "1:02", "9.30 am"
#   an apostrophe and "s"                  "90's"
#   a space and a capital                  "21 January", "0900 GMT", "2134 Caldwell Place"
#   a space and "am" or "pm"               "9 a.m.", "9 PM"
#   a space and a dash or slash            "2014 - 15"
# Plain figures ("100,000 troops", "5 people", "in 2014.") skip the block regex. Only a
# space or a no-break space counts as the space here.
_MAY_BLOCK: Final = re.compile(
    r"\d*+(?:[^\W\d_]|[-–—/.:][^\S\n]*\d|['’]s|[ \u00a0](?:[A-Z]|[aApP]\.?[mM]|[-–—/]))")


def _may_block(s: str, p: int) -> bool:
    """Whether what follows the digits at ``p`` could make them a date, time, code or ordinal."""
    return _MAY_BLOCK.match(s, p) is not None


def _hyphen_name_before(s: str, pos: int) -> bool:
    """A number glued by a hyphen to a name: "COVID-19", "F-16", "mid-2014"; not "5k-20k"."""
    if pos < 2 or s[pos - 1] != "-" or not s[pos - 2].isalpha():
        return False
    k = pos - 2
    while k > 0 and s[k - 1].isalpha():
        k -= 1
    return k == 0 or not s[k - 1].isdigit()


_BARE_CAPITAL_SUFFIXES: Final = frozenset({"K", "M", "B", "T"})


def _digit_token(m: re.Match[str]) -> _Tok:
    raw, exp, mult = m.group("dig", "exp", "mult")
    digits = raw
    if not raw.isdigit():
        for sep in (",", " ", "\u00a0", "\u202f", "\u2009"):
            digits = digits.replace(sep, "")
    value = float(digits)
    if exp:
        power = float(exp.rsplit("^", 1)[-1].lstrip("eE"))
        # 1.1^23 is a power of the number; 1e10 and 1.3x10^6 a power of ten
        value = math.copysign(abs(value) ** power, value) if exp[0] == "^" else value * 10**power
    scale = 1.0
    if mult in _BARE_CAPITAL_SUFFIXES and not (
            ("." in raw and mult in ("M", "B")) or _CURRENCY_BEFORE.search(
                m.string, max(0, m.start() - _CURRENCY_BEFORE_SPAN), m.start())):
        mult = None  # "4K" screens, "3M" the company, "2B Mindset"; "$40K", "1.5M" are amounts
    if mult:
        scale = W.MULTIPLIER_SUFFIXES[mult.strip()]
        value *= scale
    is_int = digits.isdigit() and not exp and not mult and raw == digits
    stop = m.end() if mult else m.end("exp") if exp else m.end("dig")
    return _Tok("dig", value, m.start(), stop, is_int=is_int, scale=scale)


# ---------------------------------------------------------------------------------------
# Pass 2: runs of tokens -> numbers
# ---------------------------------------------------------------------------------------


def _gap_kind(s: str, a: int, b: int) -> str | None:
    if b - a > _MAX_GAP:
        return None
    m = _GAP.match(s, a, b)
    return m.lastgroup if m else None


@dataclass(slots=True)
class _Parsed:
    stop: int  # index after the last token used
    value: float
    scale: float
    fraction: bool


def _parse(toks: list[_Tok], gaps: list[str | None], i: int, a_prefix: bool) -> _Parsed | None:
    """The longest number that starts at token ``i``, or None.

    A small state machine over English number grammar: ``total`` holds what the scales
    have closed ("two million"), ``cur`` the group being built ("three hundred and six").
    It stops at the first token that cannot continue and returns the last complete state,
    so "3 hundred and 2 hundred" gives back "3 hundred" and leaves the rest.
    """
    t0 = toks[i]
    if t0.kind in ("dig", "card") and (i + 1 == len(toks) or gaps[i + 1] is None):
        return _Parsed(i + 1, t0.value, 1.0, False)  # nothing to join: "2014", "two"
    total = 0.0
    cur: float | None = None
    last = ""
    last_scale = math.inf
    fraction = False
    best: _Parsed | None = None

    if t0.kind == "card":
        cur, last = t0.value, ("zero" if t0.value == 0 else
                               "tens" if t0.value >= 20 else "teen" if t0.value >= 10 else "unit")
    elif t0.kind in ("dig", "sfrac", "vulgar"):
        cur, last = t0.value, ("dig" if t0.kind == "dig" and t0.is_int else "digx")
        fraction = t0.kind != "dig"
    elif t0.kind == "hund" and a_prefix and not t0.plural:  # "a hundred"
        cur, last = 100.0, "hund"
    elif t0.kind == "dozen" and a_prefix and not t0.plural:  # "a dozen"
        cur, last = 12.0, "unit"
    elif t0.kind == "scale" and a_prefix and not t0.plural:  # "a million"
        total, last, last_scale = t0.value, "scale", t0.value
        best = _Parsed(i + 1, total, t0.value, False)
        cont = _continue(toks, gaps, i + 1, total, None, last, last_scale, fraction)
        return cont if cont is not None else best
    elif t0.kind == "den" and t0.value == 2 and not t0.plural:  # "half", "a half"
        cur, last, fraction = 0.5, "frac", True
    elif t0.kind == "den" and not t0.plural and (a_prefix or (
            i + 1 < len(toks) and gaps[i + 1] == "space" and toks[i + 1].kind == "scale")):
        cur, last, fraction = 1 / t0.value, "frac", True  # "a third", "quarter million"
    else:
        return None
    best = _Parsed(i + 1, cur, 1.0, fraction)
    cont = _continue(toks, gaps, i + 1, total, cur, last, last_scale, fraction)
    return cont if cont is not None else best


def _continue(toks: list[_Tok], gaps: list[str | None], j: int, total: float,
              cur: float | None, last: str, last_scale: float, fraction: bool) -> _Parsed | None:
    """Extend a number from token ``j`` on; the state is that after token ``j - 1``."""
    best: _Parsed | None = None
    scale_used = 1.0 if last_scale == math.inf else last_scale
    n = len(toks)
    if last in ("unit", "tens", "teen", "dig", "digx", "frac", "hund", "scale") and cur is not None:
        best = _Parsed(j, total + cur, scale_used, fraction)
    elif last == "scale":
        best = _Parsed(j, total, scale_used, fraction)

    while j < n:
        t, gap = toks[j], gaps[j]
        if gap is None:
            break
        k = t.kind
        group = cur or 0.0
        if k == "card" and t.value != 0:
            v = t.value
            frac = _fraction_after_and(toks, gaps, j, False) if gap == "and" else None
            if frac is not None and (cur is not None or last == "scale"):
                stop, fv = frac
                if last == "scale":
                    total += fv * last_scale  # "two million and three fifths"
                else:
                    cur = group + fv  # "twenty and three fifths", "one hundred and a half"
                j, last, fraction = stop, "frac", True
                best = _Parsed(j, total + (cur or 0.0), scale_used, fraction)
                continue
            if gap in ("space", "hyphen") and last == "tens" and v < 10:
                cur = group + v  # "twenty-one", "fifty   two"
            elif gap in ("space", "and", "hyphen") and last in ("hund", "scale") and (
                    group % 100 == 0 and (last == "scale" or gap != "hyphen")):
                if _restarts(toks, gaps, j, group, last_scale):
                    break  # "one hundred and two hundred" is two numbers
                cur = group + v  # "one hundred and six", "two thousand two"
            else:
                break
            last = "tens" if v >= 20 else "teen" if v >= 10 else "unit"
        elif k == "dig" and t.is_int and t.value > 0 and gap in ("space", "and") and \
                last in ("hund", "scale"):
            if last == "hund" and not (gap == "and" and t.value < 100):
                break
            if _restarts(toks, gaps, j, group, last_scale):
                break  # "between 2 million and 3 million"
            cur = group + t.value  # "4 thousand 3 hundred and 21"
            last = "dig"
        elif k == "hund" and gap in ("space", "hyphen") and cur is not None and (
                (last in ("unit", "teen", "tens") and cur < 100)
                or (last in ("dig", "digx") and cur < 1000)):
            cur = cur * 100  # "three hundred", "322 hundred"
            last = "hund"
        elif k in ("scale", "dozen") and gap in ("space", "hyphen", "a", "of") and (
                cur is not None or last == "scale") and last not in ("zero",):
            if gap in ("a", "of") and last != "frac":
                break
            if gap == "hyphen" and last not in ("dig", "digx", "unit", "teen", "tens"):
                break
            s = t.value
            if k == "dozen":
                cur = group * 12  # "a dozen", "half a dozen", "3 dozens"
                last = "unit" if cur == int(cur) else "frac"
            elif cur is None:  # "three lakh crore"
                if s <= last_scale:
                    break
                total *= s
                last_scale = s
            elif s < last_scale:
                total += group * s
                cur = None
                last_scale = s
            else:
                break
            scale_used = last_scale if last_scale != math.inf else 1.0
            if k == "scale":
                last = "scale"
        elif k == "den" and gap in ("space", "hyphen") and (cur is not None or last == "scale") \
                and last in ("unit", "teen", "tens", "hund", "dig", "scale"):
            if t.value == 2 and not t.plural and cur != 1:
                break  # "two half" is not a number
            cur = (total + group) / t.value  # "two thirds", "a hundred thousand trillionths"
            total = 0.0
            last, fraction = "frac", True
        elif k == "den" and gap in ("and", "and_a"):
            frac = _fraction_after_and(toks, gaps, j, gap == "and_a")
            if frac is None or (cur is None and last != "scale"):
                break
            stop, fv = frac
            if last == "scale":
                total += fv * last_scale
            else:
                cur = group + fv
            j, last, fraction = stop, "frac", True
            best = _Parsed(j, total + (cur or 0.0), scale_used, fraction)
            continue
        elif k in ("sfrac", "vulgar") and gap in ("space", "join") and last == "dig":
            cur = group + t.value  # "2 1/4", "2½"
            last, fraction = "frac", True
        elif k == "point" and gap == "space" and last in ("unit", "teen", "tens", "hund",
                                                          "zero", "dig"):
            dec = _decimal_words(toks, gaps, j + 1)
            if dec is None:
                break
            stop, digits = dec
            cur = group + float("0." + digits)  # "two hundred point zero three"
            j, last = stop, "frac"
            best = _Parsed(j, total + cur, scale_used, fraction)
            continue
        else:
            break
        j += 1
        if last in ("unit", "tens", "teen", "dig", "digx", "frac", "hund") and cur is not None:
            best = _Parsed(j, total + cur, scale_used, fraction)
        elif last == "scale":
            best = _Parsed(j, total, scale_used, fraction)
    return best


def _restarts(toks: list[_Tok], gaps: list[str | None], j: int, group: float,
              last_scale: float) -> bool:
    """Whether the group starting at ``j`` ends in a scale that cannot follow the one before.

    "two hundred and two thousand" is one number; "3 hundred and 2 hundred" and
    "2 million and 3 million" are two.
    """
    k = j + 1
    while k < len(toks) and gaps[k] in ("space", "hyphen") and toks[k].kind in ("card", "dig"):
        k += 1
    if k >= len(toks) or gaps[k] not in ("space", "hyphen"):
        return False
    t = toks[k]
    if t.kind == "hund":
        return group >= 100
    return t.kind == "scale" and t.value >= last_scale


def _fraction_after_and(toks: list[_Tok], gaps: list[str | None], j: int,
                        a_prefix: bool) -> tuple[int, float] | None:
    """``and a half`` / ``and three fifths`` after a number: (stop, value below one)."""
    t = toks[j]
    if t.kind == "den":
        if a_prefix and not t.plural:
            return j + 1, 1 / t.value
        return None
    if t.kind == "card" and 0 < t.value < 100 and not a_prefix:
        k = j + 1
        num = t.value
        if k < len(toks) and gaps[k] == "hyphen" and toks[k].kind == "card" and \
                num >= 20 and toks[k].value < 10:
            num += toks[k].value
            k += 1
        if k < len(toks) and toks[k].kind == "den" and gaps[k] in ("space", "hyphen"):
            v = num / toks[k].value
            if v < 1:
                return k + 1, v
    return None


def _decimal_words(toks: list[_Tok], gaps: list[str | None], j: int) -> tuple[int, str] | None:
    """The digits after ``point``: "zero three" -> "03", "seventy-one" -> "71"."""
    digits = ""
    k = j
    while k < len(toks) and toks[k].kind == "card" and (k == j or gaps[k] == "space") \
            and toks[k].value < 10:
        digits += str(int(toks[k].value))
        k += 1
    if digits:
        return k, digits
    if j < len(toks) and toks[j].kind == "card":
        v = int(toks[j].value)
        k = j + 1
        if v >= 20 and k < len(toks) and gaps[k] == "hyphen" and toks[k].kind == "card" \
                and toks[k].value < 10:
            v += int(toks[k].value)
            k += 1
        return k, str(v)
    return None


_DIGIT_KINDS: Final = frozenset({"dig", "sfrac", "vulgar"})  # tokens written in figures


def _numbers(s: str, toks: list[_Tok]) -> list[_Fig]:
    n = len(toks)
    gaps: list[str | None] = [None] * n
    for j in range(1, n):
        a, b = toks[j - 1].end, toks[j].start
        if b - a <= _MAX_GAP:
            gaps[j] = _gap_kind(s, a, b)
    figs: list[_Fig] = []
    i = 0
    while i < n:
        t = toks[i]
        if t.kind == "factor":
            figs.append(_Fig(t.start, t.end, t.value, words=True, unit="times",
                             direction="up" if t.plural else "down", is_factor=True))
            i += 1
            continue
        if t.kind == "fold":
            figs.append(_Fig(t.start, t.end, t.value, words=True, unit="times"))
            i += 1
            continue
        if t.kind in ("dig", "card") and (i + 1 == n or gaps[i + 1] is None):
            card = t.kind == "card"  # nothing to join: "2014", "two" (what _parse would say)
            figs.append(_Fig(t.start, t.end, t.value, words=card,
                             plain_int=not card and t.is_int, bare_one=card and t.value == 1,
                             small_word=card and t.value <= 10, scale=t.scale))
            i += 1
            continue
        a_start = -1
        if t.kind in ("hund", "scale", "dozen", "den"):
            word, k = _word_before(s, t.start)
            if word.lower() in ("a", "an") and k < t.start - len(word):
                a_start = k  # "a dozen", "a third"
        parsed = _parse(toks, gaps, i, a_prefix=a_start >= 0)
        if parsed is None:
            i += 1
            continue
        single = parsed.stop == i + 1
        begin = t.start
        if a_start >= 0:
            begin = a_start
        if single:
            words = t.kind not in _DIGIT_KINDS
        else:
            words = any(u.kind not in _DIGIT_KINDS for u in toks[i:parsed.stop])
        fig = _Fig(
            begin, toks[parsed.stop - 1].end, parsed.value, words=words,
            plain_int=single and t.kind == "dig" and t.is_int,
            bare_one=single and t.kind == "card" and t.value == 1,
            small_word=single and t.kind == "card" and t.value <= 10,
            singular_fraction=(single and t.kind == "den" and not t.plural and t.value != 2
                               and a_start >= 0),
            is_half=single and t.kind == "den" and t.value == 2,
            scale=parsed.scale if parsed.scale != 1.0 else (t.scale if single else 1.0),
        )
        figs.append(fig)
        i = parsed.stop
    return figs


# ---------------------------------------------------------------------------------------
# Pass 3: ratios, affixes, ranges
# ---------------------------------------------------------------------------------------


def _merge_ratios(s: str, figs: list[_Fig]) -> list[_Fig]:
    """``one in five`` -> 0.2; ``2 out of 3``; ``1 over 3`` at the end of a phrase."""
    if len(figs) < 2:
        return figs  # nothing to pair
    out: list[_Fig] = []
    i = 0
    while i < len(figs):
        f = figs[i]
        if i + 1 < len(figs):
            g = figs[i + 1]
            if (g.start - f.end < 10 and not f.is_factor and not g.is_factor
                    and 0 <= f.value < g.value and _RATIO.match(s, f.end, g.start)
                    and f.value == int(f.value) and g.value == int(g.value)
                    and not (g.plain_int and 1600 <= g.value <= 2100)
                    and (not _RATIO_OVER.match(s, f.end, g.start)
                         or _FRACTION_END.match(s, g.end))):
                out.append(_Fig(f.start, g.end, f.value / g.value, words=f.words or g.words,
                                is_ratio=True))
                i += 2
                continue
        out.append(f)
        i += 1
    return out


def _attach_affixes(s: str, f: _Fig, prev_end: int) -> None:
    """Sign, currency, percent, sub-units and units around one number; extends its span."""
    window = max(prev_end, f.start - 40)
    # currency before: "$1.5 billion", "US$ 1MM"
    before = s[f.start - 1] if f.start else ""
    if before == " " and f.start > 1:
        before = s[f.start - 2]
    m = None
    if before and (before in _CURRENCY_LAST_CHARS or before.isupper() or before == "."):
        m = _CURRENCY_BEFORE.search(s, max(window, f.start - _CURRENCY_BEFORE_SPAN), f.start)
    if m:
        symbol = m.group().strip()
        f.unit = _CURRENCY_BY_SYMBOL.get(symbol, "USD")
        f.start = m.start()
        f.currency_before = True
    # sign: "-9.23", "minus five", "-$5"
    prev = _fig_prev_word(s, f)
    m = _NEG_WORD.search(s, window, f.start) if prev in _NEGATIVE_SET else None
    if m:
        f.value, f.start, f.bare_one = -f.value, m.start(), False
    else:
        m = _NEG_SIGN.search(s, window, f.start) if f.start and s[f.start - 1] in "-−" else None
        if m and not f.words:
            before = s[window:m.start()].rstrip()
            if not before or not (before[-1].isdigit() or before[-1] == "%"):
                f.value, f.start = -f.value, m.start()
    if f.unit is not None:
        return
    m = _AFTER.match(s, f.end)
    kind, name = _AFTER_WORDS[m.group(1).lower()] if m else ("", "")
    if kind == "pct":  # "70%", "60 %", "25 per cent"
        f.unit, f.end = "%", m.end() if m else f.end
        return
    before_m = _PERCENT_BEFORE.search(s, window, f.start) if prev == "of" else None
    if before_m and not _ends_with_figure(s, window, before_m.start()):
        f.unit, f.start = "%", before_m.start()  # "per cent of twenty-two"
        return
    if m:
        f.end = m.end()
        if kind == "sub":  # "50 cents"
            f.value /= 100
        elif name == "lb" and f.scale >= 1e6:  # "5 billion pounds" is money
            name = "GBP"
        f.unit = name
        return
    m = _ISO_AFTER.match(s, f.end) if _upper_ahead(s, f.end) else None
    if m:  # "2mil SEK"
        f.unit, f.end = _CURRENCY_BY_SYMBOL.get(m.group(1), m.group(1)), m.end()
        return
    glued = s[f.end:f.end + 1]
    if f.words or not ("A" <= glued <= "Z" or "a" <= glued <= "z"):
        return  # the rules below are about a letter glued to the digits
    m = _GLUED_TEMPERATURE.match(s, f.end)
    if m:  # "-5C"
        f.unit, f.end = "°" + m.group(), m.end()
        return
    if _GLUED_LETTER.match(s, f.end):
        f.drop = True  # "5G", "3D", "4K"


def _upper_ahead(s: str, pos: int) -> bool:
    """Whether a capital letter comes next, or after one space: all an ISO code can start."""
    return s[pos:pos + 1].isupper() or s[pos + 1:pos + 2].isupper()


def _ends_with_figure(s: str, a: int, b: int) -> bool:
    before = s[a:b].rstrip()
    return bool(before) and (before[-1].isdigit())


def _merge_ranges(s: str, figs: list[_Fig]) -> list[_Fig]:
    """``25 or 30%``, ``25-30%``, ``between 25 and 30 percent``, ``$5-10 million``."""
    if len(figs) < 2:
        return figs  # nothing to pair
    out: list[_Fig] = []
    i = 0
    while i < len(figs):
        f = figs[i]
        if i + 1 < len(figs) and not f.drop and not figs[i + 1].drop:
            g = figs[i + 1]
            merged = _range_of(s, f, g)
            if merged is not None:
                out.append(merged)
                i += 2
                continue
        out.append(f)
        i += 1
    return out


def _unit_free(*figs: _Fig) -> bool:
    """No unit on any of them: "3-1" may be a score, "3-1 km" may not."""
    return all(f.unit is None for f in figs)


def _range_of(s: str, f: _Fig, g: _Fig) -> _Fig | None:
    if g.start - f.end > 12 or f.is_factor or g.is_factor or f.high is not None:
        return None
    begin = f.start
    opener = None
    prev = _fig_prev_word(s, f)
    for name, (before, link) in _RANGE_OPENER.items():
        m = before.search(s, max(0, f.start - 10), f.start) if prev == name else None
        if m:
            if link.match(s, f.end, g.start):
                opener, begin = name, m.start()
            break
    if opener is None:
        m = _RANGE_CONNECTOR.match(s, f.end, g.start)
        if not m:
            return None
        connector = m.group().strip()
        if connector.lower() == "to" and prev == "from" and \
                _CHANGE_FROM.search(s, max(0, f.start - 40), f.start):
            return None  # "rose from 3 to 5" is a change, not a range
    elif opener == "from" and _CHANGE_FROM.search(s, max(0, f.start - 40), f.start):
        return None
    else:
        connector = ""
    if f.unit is not None and g.unit is not None and f.unit != g.unit:
        return None
    if f.unit is not None and g.unit is None and not f.currency_before:
        return None  # "5 km to 10" is not a range of km
    if f.scale > 1 and g.scale > 1 and f.scale != g.scale:
        return None  # "10 bln or 10 tln" are two figures
    low, high = f.value, g.value
    # "5 to 10 million": the scale of the second reaches back to the first
    if g.scale > 1 and f.scale == 1 and low < high / g.scale:
        low *= g.scale
    hyphen = connector in ("-", "–", "—")
    if hyphen and f.plain_int and g.plain_int and low < 100 and high < 100 and _unit_free(f, g) \
            and (not low < high or low == 0 or s[f.start - 1:f.start] == "("
                 or s[g.end:g.end + 1] == ")"):
        f.drop = g.drop = True  # a score or a record: "won 3-1", "(2-8, 0-7)"
        return None
    if low > high and high < 0:
        low, high = high, low  # "from -18 °C to -34 °C"
    if not low < high:
        return None
    unit = f.unit or g.unit
    return _Fig(begin, g.end, low, high=high, words=f.words or g.words, unit=unit,
                currency_before=f.currency_before or g.currency_before,
                plain_int=f.plain_int and g.plain_int, scale=g.scale)


# ---------------------------------------------------------------------------------------
# Pass 4: qualifiers and exclusions
# ---------------------------------------------------------------------------------------


def _attach_qualifier(s: str, f: _Fig, prev_end: int) -> None:
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
        elif (last.isalpha() or last == ".") and _fig_prev_word(s, f) in _QUALIFIER_TAILS:
            # (the word before ends some phrase: "than", not "the" in "the 27 members")
            found = _qualifier_phrase(s, f.start, window)
            if found is not None:
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
        f.qualifier = "range"


def _postfix_may_follow(s: str, pos: int) -> bool:
    """Whether a POSTFIX_QUALIFIERS phrase can start at ``pos``: "+", "-plus", "plus", "-odd",
    "-ish", or spaces before "or"/"and". Most figures pass on to a noun and skip the regex."""
    c = s[pos:pos + 1]
    if c in ("+", "-", "p", "P", "o", "O"):
        return True
    return c.isspace() and s[pos:].lstrip()[:1] in ("o", "O", "a", "A")


def _qualifier_phrase(s: str, pos: int, floor: int) -> tuple[Qualifier, int] | None:
    """The longest qualifier phrase ending right before ``pos``: (qualifier, its start)."""
    found: tuple[Qualifier, int] | None = None
    tail = ""
    k = pos
    for _ in range(_QUALIFIER_MAX_WORDS):
        if k <= floor:
            break
        word, k = _word_before(s, k)
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


def _word_before(s: str, pos: int) -> tuple[str, int]:
    """The word that ends right before ``pos`` (spaces skipped) and where it starts.

    A plain loop: far cheaper than an end-anchored regex search, which Python runs from
    every position of its window. "" when a non-word character comes first.
    """
    end = pos
    while end > 0 and s[end - 1] in " \t\u00a0\u202f":
        end -= 1
    k = end
    while k > 0 and (s[k - 1].isalnum() or (s[k - 1] in "’'.-" and k < end)):
        k -= 1
    return s[k:end], k


def _fig_prev_word(s: str, f: _Fig) -> str:
    """The word before the figure, lower-cased, read once for each place it starts."""
    if f.prev_word_at != f.start:
        _read_prev_word(s, f)
    return f.prev_word


def _fig_prev_word_raw(s: str, f: _Fig) -> str:
    """``_word_before(s, f.start)[0]``, as written, from the same cache."""
    if f.prev_word_at != f.start:
        _read_prev_word(s, f)
    return f.prev_word_raw


def _read_prev_word(s: str, f: _Fig) -> None:
    word = _word_before(s, f.start)[0]
    f.prev_word_at, f.prev_word_raw, f.prev_word = f.start, word, word.lower()


def _next_word(s: str, pos: int) -> str | None:
    m = _NEXT_WORD.match(s, pos)
    return m.group(1) if m else None


def _is_title_case(s: str) -> bool:
    words = re.findall(r"[A-Za-z][\w’']*", s)
    if len(words) < 4:
        return False
    caps = sum(1 for w in words if w[0].isupper())
    return caps >= 0.6 * len(words)


def _apply_exclusions(s: str, figs: list[_Fig]) -> None:
    title: bool | None = None
    for f in figs:
        if f.drop:
            continue
        no_unit = f.unit is None
        bounded = f.qualifier in ("more_than", "less_than", "at_least", "at_most")
        # years used as dates: "in 2014", "since 2004", "between 2014 and 2016", "2013:"
        if no_unit and f.plain_int and not bounded and 1600 <= f.value <= 2100 and \
                (f.high is None or 1600 <= f.high <= 2100):
            nxt = _next_word(s, f.end)
            noun_follows = (nxt is not None and nxt[0].islower() and nxt.lower()
                            not in W.COUNTED_STOP_WORDS and nxt.lower() not in W.YEAR_CONTEXT)
            if not noun_follows or _fig_prev_word(s, f) in W.YEAR_CONTEXT:
                f.drop = True
                continue
        # names: "Boeing 737", "Article 5", "No. 10" (but not in a Title Case headline)
        if no_unit and f.plain_int and f.qualifier == "exact" and f.high is None:
            word = _fig_prev_word_raw(s, f)
            m = _NAME_BEFORE.search(s, max(0, f.start - 30), f.start) if word and (
                word[0].isupper() or not word.islower()) else None
            if m:
                word = m.group(1)
                possessive = word.endswith(("’s", "'s", "s’", "s'"))
                if word.lower() not in W.CAPITALISED_NON_NAMES and not possessive and \
                        not _MONTH_WORD.match(word):
                    if title is None:
                        title = _is_title_case(s)
                    if not title:
                        f.drop = True
                        continue
        # "the two nations": a reference to things already named, not a figure
        if no_unit and f.small_word and f.qualifier == "exact" and f.high is None and \
                _fig_prev_word(s, f) in W.REFERENCE_DETERMINERS:
            f.drop = True
            continue
        # "one" alone is a pronoun or an article far more often than a figure
        if f.bare_one and f.high is None and f.qualifier == "exact" and (
                no_unit or f.unit in ("year", "day", "month", "week", "hour", "minute",
                                      "second", "times")):
            f.drop = True
            continue
        # "the second half", "the other half"
        if f.is_half and no_unit and _fig_prev_word(s, f) in W.HALF_NON_FIGURE:
            f.drop = True
            continue
        # "a third time" is an ordinal; "a third of" and "a fifth." are fractions
        if f.singular_fraction and no_unit and not _FRACTION_END.match(s, f.end):
            f.drop = True
            continue


def _merge_bounds(s: str, figs: list[_Fig]) -> list[_Fig]:
    """``more than 10 and less than 20`` -> (10, 20); ``at most 100 and at least 20``."""
    if len(figs) < 2:
        return figs  # nothing to pair
    lower = ("more_than", "at_least")
    upper = ("less_than", "at_most")
    out: list[_Fig] = []
    i = 0
    while i < len(figs):
        f = figs[i]
        if i + 1 < len(figs):
            g = figs[i + 1]
            if (f.high is None and g.high is None and f.unit == g.unit
                    and f.qualifier in lower + upper and g.qualifier in lower + upper
                    and _BOUND_JOIN.match(s, f.end, g.start)):
                pair = None
                if f.qualifier in lower and g.qualifier in upper and f.value < g.value:
                    pair = (f.value, g.value)
                elif f.qualifier in upper and g.qualifier in lower and g.value < f.value:
                    pair = (g.value, f.value)
                if pair is not None:
                    out.append(_Fig(f.start, g.end, pair[0], high=pair[1], unit=f.unit,
                                    qualifier="range", words=f.words or g.words))
                    i += 2
                    continue
        out.append(f)
        i += 1
    return out


# ---------------------------------------------------------------------------------------
# Pass 5: changes and what is counted
# ---------------------------------------------------------------------------------------


def _verb_direction(m: re.Match[str]) -> Direction | None:
    if m.group("up"):
        return "up"
    if m.group("down"):
        return "down"
    return None


def _clause_start(s: str, pos: int, floor: int) -> int:
    b = floor
    for m in _CLAUSE_BOUNDARY.finditer(s, floor, pos):
        b = m.end()
    return b


def _mark_changes(s: str, figs: list[_Fig]) -> None:
    for i, f in enumerate(figs):
        window = max(0, f.start - 50)
        prev = figs[i - 1] if i > 0 else None
        if f.is_factor:
            continue
        word = _fig_prev_word(s, f)
        m = _CHANGE_FROM.search(s, window, f.start) if word == "from" else None
        if m:
            f.role, f.direction = "from", _verb_direction(m)
            continue
        if prev is not None and prev.role == "from" and prev.partner is None and \
                _TO_BEFORE.match(s, prev.end, f.start):
            _pair(prev, f, i - 1, i, prev.direction)  # "rose from 3 to 5"
            continue
        if prev is not None and prev.direction is not None and prev.role is None and \
                _TO_BEFORE.match(s, prev.end, f.start):
            f.role, f.direction = "to", prev.direction  # "fell 0.5 points to 4.1%"
            continue
        m = _CHANGE_TO.search(s, window, f.start) if word == "to" else None
        if m:
            f.role, f.direction = "to", _verb_direction(m)
            if prev is not None and prev.role is None and prev.partner is None and \
                    prev.unit == f.unit and re.search(r"\bfrom\s+\Z", s[window:prev.start]):
                _pair(prev, f, i - 1, i, f.direction)
            continue
        m = None
        if word == "by" or word in _CHANGE_WORDS or word.endswith("ly"):
            m = _CHANGE_BY.search(s, window, f.start)
        if m:
            f.direction = _verb_direction(m)  # "up 19 per cent": the size of the change
            # "rose to 5%, up from 3%"
            continue
        # "were 70%, now they're 25 or 30%": a figure after "now" pairs with the one before
        if prev is not None and prev.role is None and prev.unit == f.unit and not prev.drop \
                and _mentions_now(s[prev.end:f.start]):  # cheap test before the clause cut
            clause = _clause_start(s, f.start, prev.end)
            if _mentions_now(s[clause:f.start]) and _NOW.search(s, clause, f.start):
                _pair(prev, f, i - 1, i, None)
    for i, f in enumerate(figs):  # "up from 3%" after "rose to 5%"
        if f.role == "from" and f.partner is None and i > 0 and figs[i - 1].role == "to" \
                and figs[i - 1].partner is None:
            _pair(f, figs[i - 1], i, i - 1, figs[i - 1].direction or f.direction)


def _mentions_now(text: str) -> bool:
    """Whether a "now" word may be in ``text``: a substring test, before the exact regex."""
    low = text.lower()
    return any(w in low for w in _NOW_WORDS)


def _pair(src: _Fig, dst: _Fig, i: int, j: int, direction: Direction | None) -> None:
    if direction is None and src.unit == dst.unit:
        direction = "up" if dst.mid > src.mid else "down" if dst.mid < src.mid else None
    src.role, dst.role = "from", "to"
    src.direction = dst.direction = direction
    src.partner, dst.partner = j, i


# Words that end a counted phrase: stop words, common verbs and number words, in one set
_COUNTED_STOPS: Final = W.COUNTED_STOP_WORDS | W.COUNTED_STOP_VERBS | frozenset(_WORDS)


def _counted_after(s: str, f: _Fig, limit: int) -> str | None:
    """The noun phrase after a figure: "100,000 | Russian troops | have remained"."""
    pos = f.end
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
                    or ahead[k + 1].rstrip(".") in _MONTH_NAMES:
                break  # "since | March 2014", "in | 2014"
            preps += 1
        elif lw == "the" and words and words[-1].lower() in W.COUNTED_PREPOSITIONS:
            pass
        elif lw in _COUNTED_STOPS or w.rstrip(".") in _MONTH_NAMES:
            break
        elif words and "-" not in w and lw.endswith(("ed", "ing")) and \
                words[-1].lower() not in W.COUNTED_PREPOSITIONS:
            break  # "troops amassed at": a participle starts a new phrase
        words.append(w)
    while words and (words[-1].lower() in W.COUNTED_PREPOSITIONS or words[-1].lower() == "the"):
        words.pop()
    return " ".join(words) or None


def _counted_before(s: str, f: _Fig, floor: int) -> str | None:
    """The subject a figure measures when nothing follows it: "support for X | was 25 or 30%".

    Only when a linking or change verb stands right before the figure ("was", "stood at",
    "rose sharply to"); the subject runs back to the start of the clause.
    """
    start = _clause_start(s, f.start, floor)
    words = s[start:f.start].split()
    k = len(words)
    if k and words[k - 1].lower() in W.SUBJECT_LINK_PARTICLES:
        k -= 1
    if k > 1 and words[k - 1].lower().endswith("ly"):  # "rose sharply to", "were only"
        k -= 1
    if not k:
        return None
    verb = words[k - 1].lower()
    if verb not in W.SUBJECT_LINK_VERBS and verb not in _CHANGE_WORDS:
        return None
    words = words[:k - 1]
    for k, w in enumerate(words):
        if k and w.lower() in W.SUBJECT_CUT:
            words = words[:k]
            break
    while words and words[0].lower() in W.SUBJECT_LEAD:
        words = words[1:]
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


def _mark_counted(s: str, figs: list[_Fig]) -> None:
    for i, f in enumerate(figs):
        limit = figs[i + 1].start if i + 1 < len(figs) else len(s)
        floor = figs[i - 1].end if i > 0 else 0
        f.counted = _counted_after(s, f, limit)
        if f.counted is None:
            f.counted = _counted_before(s, f, floor)
    for f in figs:  # "were 70%, now they're 25 or 30%": the pair shares what it counts
        if f.partner is not None and f.counted is None:
            f.counted = figs[f.partner].counted


# ---------------------------------------------------------------------------------------
# All passes
# ---------------------------------------------------------------------------------------


def _figures(s: str) -> list[_Fig]:
    toks = _tokens(s)
    if not toks:
        return []
    figs = _merge_ratios(s, _numbers(s, toks))
    prev_end = 0
    for f in figs:
        if not f.is_factor:
            _attach_affixes(s, f, prev_end)
        prev_end = f.end
    figs = _merge_ranges(s, figs)
    prev_end = 0
    for f in figs:
        if not f.drop:
            _attach_qualifier(s, f, prev_end)
        prev_end = f.end
    _apply_exclusions(s, figs)
    figs = _merge_bounds(s, [f for f in figs if not f.drop])
    kept: list[_Fig] = []
    for f in figs:  # a figure never overlaps the one before, and its bounds are numbers
        if (not kept or f.start >= kept[-1].end) and f.start < f.end and \
                math.isfinite(f.value) and (f.high is None or math.isfinite(f.high)):
            kept.append(f)
    _mark_changes(s, kept)
    _mark_counted(s, kept)
    return kept
