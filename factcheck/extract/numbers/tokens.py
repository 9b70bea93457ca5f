"""Pass 1: number tokens (digits, number words, change factors), after blocking the spans
that are never figures: dates, clock times, phone numbers, URLs, ordinals, names."""

from __future__ import annotations

import math
import re
from typing import Final

from factcheck.extract import number_words as W
from factcheck.extract.numbers.affixes import (
    CURRENCY_BEFORE,
    CURRENCY_BEFORE_SPAN,
    glued_currency_before,
)
from factcheck.extract.numbers.working import MONTH_NAMES, Token, literal_alternation, word_before
from factcheck.extract.patterns import word_alternation

_TENS: Final = [w for w, v in W.CARDINALS.items() if v >= 20]
# One word of a spelled-out number: "twenty", "hundreds", "thirds", "twenty-fifths".
# Kind per lower-case word: (kind, value, plural).
WORDS: Final[dict[str, tuple[str, float, bool]]] = {}
for _w, _v in W.CARDINALS.items():
    WORDS[_w] = ("card", float(_v), False)
WORDS[W.HUNDRED] = ("hund", 100.0, False)
WORDS[W.HUNDRED + "s"] = ("hund", 100.0, True)
for _w, _s in W.SCALES.items():
    WORDS[_w] = ("scale", _s, False)
    WORDS[_w + "s"] = ("scale", _s, True)
for _w in W.DOZENS:
    WORDS[_w] = ("dozen", 12.0, _w not in ("dozen", "dz", "doz"))
for _w, _d in W.DENOMINATORS.items():
    WORDS[_w] = ("den", float(_d), _w == "halves")
    if _w not in ("half", "halves"):
        WORDS[_w + "s"] = ("den", float(_d), True)
for _t in _TENS:
    for _w, _u in W.COMPOUND_ORDINAL_UNITS.items():
        _val = float(W.CARDINALS[_t] + _u)
        WORDS[f"{_t}-{_w}"] = ("den", _val, False)
        WORDS[f"{_t}-{_w}s"] = ("den", _val, True)
WORDS["point"] = ("point", 0.0, False)
WORDS[W.VAGUE_TENS] = ("tens", 10.0, True)
for _w in W.VAGUE_AMOUNTS:
    WORDS[_w] = ("few", 0.0, False)
for _w, _f in W.FOLD_WORDS.items():
    WORDS[_w] = ("fold", float(_f), False)
for _w, (_factor, _way) in W.FACTOR_VERBS.items():
    WORDS[_w] = ("factor", float(_factor), _way == "up")
_CARD_ALT: Final = literal_alternation(W.CARDINALS)
WORD_ALT: Final = word_alternation(w for w in WORDS if w != "point")
# The token scanner. Named groups, in order of preference at one position:
#   vulgar  "½"                    sfrac  "3/4", "1⁄32" (with the fraction slash)
#   dig     "100,000", "1 234 567", "12,34,567.89", ".25", "1.3e6" (+ exp), "€20bn" (+ mult)
#   (words: _WORD_TOKEN below)
_DIGIT_PATTERN: Final = (
    r"(?P<vulgar>[" + "".join(W.VULGAR_FRACTIONS) + r"])"
    r"|(?P<sfrac>(?=\d)(?<![\w./])\d+[/\u2044]\d+(?![\d/\u2044]))"
    r"|(?P<dig>(?=[\d.])<NOT_GLUED>(?:"
    r"\d{1,3}(?:,\d{3})+(?!\d)"                                 # 100,000
    r"|\d{1,2}(?:,\d{2})+,\d{3}(?!\d)"                          # 12,34,567 (Indian)
    r"|\d{1,3}(?:[\u00a0\u202f\u2009]\d{3})+(?!\d)"             # 40\u202f000 (thin space)
    r"|\d{1,3}(?:[ ]\d{3}){2,}(?!\d)|\d{1,3}[ ]000(?![\d])"      # 1 234 567, 40 000
    r"|\d+)(?:\.\d+)?|(?<![\w.])\.\d+)"                         # 3.5, .25
    r"(?P<exp>[eE][+-]?\d+(?!\w)|\^[+-]?\d+|[^\S\n]?[x×][^\S\n]?10\^[+-]?\d+)?"  # 1e10, 1.1^23
    r"(?P<mult>(?:" + literal_alternation(W.MULTIPLIER_SUFFIXES) + r")(?![A-Za-z0-9])"
    r"|[ ](?:" + literal_alternation(W.SPACED_MULTIPLIER_SUFFIXES) + r")(?![A-Za-z0-9]))?"
)
_DIGIT_TOKEN: Final = re.compile(_DIGIT_PATTERN.replace("<NOT_GLUED>", r"(?<![\w.])"))
# The same for digits glued to a currency code before them: "AUD1.5m", "RM120,000"
_GLUED_DIGIT_TOKEN: Final = re.compile(_DIGIT_PATTERN.replace("<NOT_GLUED>", ""))
# "of" after a fraction: "1/32 of an inch"
_FRACTION_OF: Final = re.compile(r"[^\S\n]+of\b")
# Most digit tokens are plain integers that no other _DIGIT_TOKEN rule above extends (no
# grouping, decimals, fraction, exponent or suffix may follow): "2014 ", "12 countries".
# This short regex reads them for less; anything else goes to _DIGIT_TOKEN.
_PLAIN_INT: Final = re.compile(
    r"(?<![\w.])\d+(?![\w/\u2044\u00a0\u202f\u2009^×]|[,.]\d|[^\S\n][\dx×kKmbt])")
# Where a run of digits starts: "1" and "414" in "1,414". It begins with a character class,
# which lets the regex engine skip ahead fast, unlike a scan that tries every position.
_DIGIT_RUN: Final = re.compile(r"[\d" + "".join(W.VULGAR_FRACTIONS) + r"](?<!\d\d)")
# The same for text with no digit outside ASCII (_MAYBE_OTHER_DIGIT), where \d is [0-9]: a plain
# character range, which the regex engine tests about twice as fast as the Unicode class.
_ASCII_DIGIT_RUN: Final = re.compile(r"[0-9](?<![0-9]{2})")
# Any character a digit token can start with: "7", "٣", "½"
_DIGIT_CHAR: Final = re.compile(r"[\d" + "".join(W.VULGAR_FRACTIONS) + r"]")
_ASCII_DIGIT: Final = re.compile(r"[0-9]")
# A character that may be a digit or a vulgar fraction outside ASCII. The no-break space and
# the punctuation of U+2010 to U+2027 (curly quotes, dashes, "…") are none, so text whose
# only non-ASCII characters are those, as most news text is, is read with the ASCII
# patterns above, which the regex engine tests about twice as fast as the Unicode ones.
_MAYBE_OTHER_DIGIT: Final = re.compile(r"[^\x00-\x7f\u00a0\u2010-\u2027]")
# Number words, matched on the lower-cased text (the trie is cheaper without IGNORECASE).
# Kept apart from _DIGIT_RUN: one alternation of both scans slower than the two scans.
_WORD_TOKEN: Final = re.compile(
    r"\b(?:" + WORD_ALT + r"|point(?=\s+(?:" + _CARD_ALT + r")\b))\b"
)
# Where a number word may start, found without running that regex at every position.
# Number words are whole ASCII words, so each one (or its first part: "twenty" in
# "twenty-first") stands as a run of [a-z0-9_] bytes once every other byte of the lower-cased
# UTF-8 text is made a space. Most sentences have no run that is a number word ("head"); the
# rest try the regex only where a head occurs (also inside words: "one" in "someone").
_WORD_BYTES: Final = bytes(
    c if chr(c) in "abcdefghijklmnopqrstuvwxyz0123456789_" else ord(" ") for c in range(256))
_WORD_HEADS: Final = frozenset(w.split("-")[0].encode() for w in WORDS)
_DAY: Final = r"\d{1,2}(?:st|nd|rd|th)?(?![\d]|[,.]\d)"
_SP: Final = r"[^\S\n]"
_TZ: Final = r"(?:" + _SP + r"*(?:" + W.TIME_ZONES + r")\b)?"
# Spans that start with a digit. Grouped behind one look-ahead so the scan costs little.
_BLOCK_FROM_DIGIT: Final = (
    # first: the phone-number rule below would take "10.1007/978" of a DOI and leave the rest
    r"10\.\d{4,9}/\S+",                                              # 10.1007/978-3-319-0 (DOI)
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
    # a street address: "2134 Caldwell Place", "9 E 71st St", "1111 S. Figueroa St."
    r"\d{1,5}(?:" + _SP + r"+(?:" + W.STREET_DIRECTIONS + r")\.?)?(?:" + _SP
    + r"+(?:[A-Z][a-z]+|\d{1,3}(?:st|nd|rd|th))){1,3}" + _SP + r"+(?:" + W.STREET_WORDS + r")\b",
)
# Spans that start with a month name: "January 21, 2022", "Sept. 5", "May 2004"
# A day of the month that ends a span of days: "Sept. 5-9", "May 5 to 9"
_DAY_TO: Final = (r"(?:" + _SP + r"*[-–—]" + _SP + r"*|" + _SP + r"+(?:to|through|until)" + _SP
                  + r"+)(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?![\d]|[,.]\d)")
_BLOCK_FROM_MONTH: Final = (
    r"(?:" + W.MONTHS + r")\.?" + _SP + r"+" + _DAY + r"(?:" + _DAY_TO + r")?(?:,?" + _SP
    + r"+\d{4}\b)?",
    r"(?:" + W.MONTHS + r")\.?,?" + _SP + r"+\d{4}\b",
)
# A reference to a cited source: "[5]", "(10, 11)", "[12–14]": an item ("5", "12–14"), and
# each further item of a list after its comma (", 11")
_CITE_ITEM: Final = r"\d{1,3}(?:[-–]\d{1,3})?"
_CITE_MORE: Final = r"(?:," + _SP + r"*" + _CITE_ITEM + r")"
# Anything else: URLs, phone numbers with "+" or "(", "’90s", "#1", citation markers. Each
# rule opens with one literal character, which lets the regex engine skip to the places
# where one of them stands (a third of the time of a scan that tries every position).
_BLOCK_OTHER: Final = (
    r"https?://\S+", r"www\.\S+",                                   # https://x.com/?q=30%25
    r"\+\d{1,3}(?:[\s./-]\(?\d{2,5}\)?){2,5}",                      # +1-222-2222/2222
    r"\(\d{2,4}\)[\s.-]?\d{3,4}[\s./-]\d{3,4}\b",                   # (020) 7946 0958
    r"'\d0s\b", r"’\d0s\b",                                         # ’90s
    r"#\d+",                                                        # #1
    r"\[" + _CITE_ITEM + _CITE_MORE + r"*\]",                       # [5], [3, 4], [12–14]
    r"\(" + _CITE_ITEM + _CITE_MORE + r"+\)",                       # studies (3, 4) show
    # One number in brackets closing the sentence: "... in the United States (1)." A count
    # in brackets mid-sentence stays a figure: "Democrats (51) and Republicans".
    r"\(" + _CITE_ITEM + r"\)(?=" + _SP + r"*[.;:!?]?['’\"”]?" + _SP + r"*\Z)",
)
# A list item's number at the start of a span: "5. Ukraine military aid", "2) The vote"
_ENUMERATOR: Final = re.compile(r"\d{1,2}[.)](?=\s|\Z)")
# Tried only where a run of digits starts, or at the month name just before one
_BLOCK_DIGIT: Final = re.compile("|".join(_BLOCK_FROM_DIGIT))
_BLOCK_MONTH: Final = re.compile("|".join(_BLOCK_FROM_MONTH))
_MONTH_ABBREVIATIONS: Final = frozenset(W.MONTH_ABBREVIATIONS.split("|"))
_BLOCK_ANY: Final = re.compile("|".join(_BLOCK_OTHER))
_BLOCK_ANY_HINTS: Final = ("://", "www.", "+", "(", "[", "0s", "#")
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


def may_hold_figures(text: str, start: int, end: int) -> bool:
    """False when ``text[start:end]`` has no digit, vulgar fraction or number word.

    Then no span of it that white space bounds (a sentence of a paragraph) holds a token,
    let alone a figure: a paragraph can be passed over with one cheap test."""
    if _ASCII_DIGIT.search(text, start, end):
        return True
    if _MAYBE_OTHER_DIGIT.search(text, start, end) and _DIGIT_CHAR.search(text, start, end):
        return True
    return bool(_word_heads(_lower(text[start:end])))


def _lower(s: str) -> str:
    """``s.lower()`` with the same length, so that offsets carry over."""
    low = s.lower()
    if len(low) != len(s):  # a few characters change length when lower-cased ("İ")
        low = "".join(ch if len(ch.lower()) != 1 else ch.lower() for ch in s)
    return low


def _word_heads(low: str) -> frozenset[bytes]:
    """The number-word heads (see _WORD_BYTES) that stand as whole runs in ``low``."""
    runs = low.encode("utf-8", "surrogatepass").translate(_WORD_BYTES).split()
    return _WORD_HEADS.intersection(runs)


def find_tokens(s: str) -> list[Token]:
    toks: list[Token] = []
    has_digits = False
    low = _lower(s)
    for w in _number_words(low):
        if _glued_to_a_name(s, low, w.start()):
            continue  # "Take-Two"; not "Twenty-Two", "five-and-a-half", "one-to-seven"
        kind_, value, plural = WORDS[w.group()]
        toks.append(Token(kind_, value, w.start(), w.end(), plural=plural))
    words_seen = len(toks)
    blocks: list[tuple[int, int]] = []
    last = 0
    for run in (_DIGIT_RUN if _MAYBE_OTHER_DIGIT.search(s) else _ASCII_DIGIT_RUN).finditer(s):
        p = run.start()
        if p < last:  # a digit inside the last digit token: "414" in "1,414"
            continue
        has_digits = True
        if p == 0 and (b := _ENUMERATOR.match(s)):  # "5. Ukraine military aid", "2) The vote"
            blocks.append(b.span())
        if (p == 0 or not (s[p - 1].isalnum() or s[p - 1] == "_")) and _may_block(s, p):
            b = _BLOCK_DIGIT.match(s, p)  # "21 January", "1:02 p.m.", "47th", "555-123-4567"
            if b:
                blocks.append(b.span())
        if p >= 2 and s[p - 1] in " \u00a0" and (s[p - 2].isalpha() or s[p - 2] == "."):
            # "January 21, 2022", "May 2004"; "Jan. 21" with the full stop of an abbreviation
            # only ("in May. 3 people" ends a sentence)
            if s[p - 2] == ".":
                word, k = word_before(s, p - 2)
                month = word in _MONTH_ABBREVIATIONS
            else:
                word, k = word_before(s, p)
                month = word in MONTH_NAMES
            if month:
                b = _BLOCK_MONTH.match(s, k)
                if b:
                    blocks.append(b.span())
        if p and s[p - 1].isalpha():
            # "AUD1.5m", "$US55,931,000": digits glued to a currency code; else a name ("S23")
            m = _GLUED_DIGIT_TOKEN.match(s, p) if glued_currency_before(s, p) else None
            if m is not None and m.group("dig"):
                last = m.end()
                if (token := _digit_token(m)) is not None:
                    toks.append(token)
            continue
        plain = _PLAIN_INT.match(s, p)
        if plain is not None:  # what _DIGIT_TOKEN and _digit_token would make of it
            last = plain.end()
            value = float(plain.group())
            # not "COVID-19", "F-16"; nor 400 digits in a row, more than a float can hold
            if not _hyphen_name_before(s, p) and value != math.inf:
                toks.append(Token("dig", value, p, last, is_int=True))
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
            toks.append(Token("vulgar", W.VULGAR_FRACTIONS[m.group()], m.start(), m.end()))
        elif kind == "sfrac":
            num, den = (int(x) for x in re.split("[/\u2044]", m.group()))
            # a proper fraction with a usual denominator; "24/7", "9/11", "5/17" are not. With
            # the fraction slash, or "of" after it, it is one anyway: "1⁄12", "1/12 of the vote"
            if 0 < num < den and (den in W.DIGIT_FRACTION_DENOMINATORS or "\u2044" in m.group()
                                  or _FRACTION_OF.match(s, m.end())):
                toks.append(Token("sfrac", num / den, m.start(), m.end()))
        elif not _hyphen_name_before(s, m.start()) and (  # not "COVID-19", "F-16"
                (token := _digit_token(m)) is not None):
            toks.append(token)
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


def _glued_to_a_name(s: str, low: str, pos: int) -> bool:
    """A number word joined by a hyphen to a capitalised word that is no number word: the
    end of a name ("Take-Two"), not of a number ("Twenty-Two", "five-and-a-half"); or a
    capitalised number word after digits and a hyphen ("7-Eleven")."""
    if pos >= 2 and s[pos - 1] == "-" and s[pos - 2].isdigit() and s[pos].isupper():
        return True  # "7-Eleven"
    k = _hyphened_word_start(s, pos)
    return k is not None and s[k].isupper() and low[k:pos - 1] not in WORDS


def _number_words(low: str) -> list[re.Match[str]]:
    """``list(_WORD_TOKEN.finditer(low))``, trying the regex only where a head occurs.

    A match can start nowhere else (see _WORD_BYTES), so trying those places left to right,
    each from the end of the last match on, finds what the scan would, for much less.
    """
    heads = _word_heads(low)
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
    """A number glued by a hyphen to a name: "COVID-19", "F-16", "mid-2014"; not "5k-20k",
    nor the second number of a ratio, "2-to-1"."""
    k = _hyphened_word_start(s, pos)
    if k is None:
        return False
    if k >= 2 and s[k - 1] == "-" and s[k - 2].isdigit() and s[k:pos - 1].lower() == "to":
        return False  # "2-to-1"
    return k == 0 or not s[k - 1].isdigit()


def _hyphened_word_start(s: str, pos: int) -> int | None:
    """Where the letters joined by a hyphen to ``pos`` start ("COVID" in "COVID-19")."""
    if pos < 2 or s[pos - 1] != "-" or not s[pos - 2].isalpha():
        return None
    k = pos - 2
    while k > 0 and s[k - 1].isalpha():
        k -= 1
    return k


_BARE_CAPITAL_SUFFIXES: Final = frozenset({"K", "M", "B", "T"})


def _digit_token(m: re.Match[str]) -> Token | None:
    """The number token of a digit match; None for a value no float holds ("2^1024",
    "1e400", 400 digits in a row): mathematics or noise, never a figure to check."""
    raw, exp, mult = m.group("dig", "exp", "mult")
    digits = raw
    if not raw.isdigit():
        for sep in (",", " ", "\u00a0", "\u202f", "\u2009"):
            digits = digits.replace(sep, "")
    value = float(digits)
    if exp:
        power = float(exp.rsplit("^", 1)[-1].lstrip("eE"))
        # 1.1^23 is a power of the number; 1e10 and 1.3x10^6 a power of ten
        try:
            value = math.copysign(abs(value) ** power, value) if exp[0] == "^" \
                else value * 10**power
        except OverflowError:
            return None
    scale = 1.0
    if mult in _BARE_CAPITAL_SUFFIXES and not (
            ("." in raw and mult in ("M", "B")) or CURRENCY_BEFORE.search(
                m.string, max(0, m.start() - CURRENCY_BEFORE_SPAN), m.start())):
        mult = None  # "4K" screens, "3M" the company, "2B Mindset"; "$40K", "1.5M" are amounts
    if mult:
        scale = W.MULTIPLIER_SUFFIXES[mult.strip()]
        value *= scale
    if not math.isfinite(value):
        return None
    is_int = digits.isdigit() and not exp and not mult and raw == digits
    stop = m.end() if mult else m.end("exp") if exp else m.end("dig")
    return Token("dig", value, m.start(), stop, is_int=is_int, scale=scale)
