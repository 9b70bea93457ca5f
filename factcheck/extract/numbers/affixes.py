"""Pass 3: what sits around one number: sign, currency, scale, percent, unit."""

from __future__ import annotations

import re
from typing import Final

from factcheck.extract import number_words as W
from factcheck.extract.numbers.working import Figure, figure_word_before, literal_alternation
from factcheck.extract.patterns import word_alternation

# "minus five", "negative one" before a number
_NEG_WORD: Final = re.compile(r"\b(?:" + W.NEGATIVE_WORDS + r")[^\S\n]+\Z", re.IGNORECASE)
# "-9.23", "<-30", "(-5)": a sign glued to the digits, not a dash between two numbers
_NEG_SIGN: Final = re.compile(r"(?:^|(?<=[\s(\[<>=]))[-−]\Z")
# "$1.5", "US$ 1MM", "€20", "USD 5", "-$5" -> the currency symbol or code before a number
CURRENCY_BEFORE: Final = re.compile(
    r"(?:(?<![A-Za-z])(?:" + literal_alternation(W.CURRENCY_SYMBOLS) + r")"
    r"|\b(?:" + literal_alternation(W.CURRENCY_CODES) + r"))[^\S\n]?\Z"
)
# The most characters a CURRENCY_BEFORE match spans: "U.S.$ ". Searching only that far back
# finds the same match (look-behinds and \b still see the text before the search window).
CURRENCY_BEFORE_SPAN: Final = max(map(len, [*W.CURRENCY_SYMBOLS, *W.CURRENCY_CODES])) + 1
_CURRENCY_LAST_CHARS: Final = frozenset(k[-1] for k in W.CURRENCY_SYMBOLS)
_NEGATIVE_SET: Final = frozenset(W.NEGATIVE_WORDS.split("|"))
_CURRENCY_BY_SYMBOL: Final = {**W.CURRENCY_SYMBOLS, **{c: c for c in W.CURRENCY_CODES}}
_CURRENCY_BY_SYMBOL["RMB"] = "CNY"
# Every unit a figure of money gets: "USD", "EUR", "MYR", ...
CURRENCY_UNITS: Final = frozenset(
    [*_CURRENCY_BY_SYMBOL.values(), *W.CURRENCY_WORDS, *W.SUBUNITS.values(),
     *W.CURRENCY_SYMBOLS_AFTER.values()])
# Currency codes and symbols that may be glued to the digits after them: "AUD1.5m",
# "USD1,700", "RM120,000", "$US55,931,000", "Dh5 million" (those that end in a letter)
_GLUED_CURRENCY: Final = frozenset(
    [*W.CURRENCY_CODES, *(k for k in W.CURRENCY_SYMBOLS if k[-1].isalpha())])
_GLUED_CURRENCY_LONGEST: Final = max(map(len, _GLUED_CURRENCY))


def glued_currency_before(s: str, pos: int) -> bool:
    """Whether the letters right before ``pos`` (a "$" may lead them) are a currency code
    or symbol: "AUD" in "AUD1.5m"; not "S" in "Galaxy S23"."""
    k = pos
    while k > 0 and pos - k <= _GLUED_CURRENCY_LONGEST and (
            "A" <= s[k - 1] <= "Z" or "a" <= s[k - 1] <= "z"):
        k -= 1
    if k > 0 and s[k - 1] == "$":
        k -= 1
    return s[k:pos] in _GLUED_CURRENCY and (k == 0 or not s[k - 1].isalpha())


# Everything that may follow a number, by its lower-cased surface: (kind, name) where kind is
# "pct" ("70%"), "cur" ("100 dollars"), "sub" ("50 cents") or "unit" ("100 km", "18-year")
_AFTER_WORDS: Final[dict[str, tuple[str, str]]] = {
    **{w: ("unit", name) for name, words in W.UNITS.items() for w in words},
    **{w: ("cur", code) for code, words in W.CURRENCY_WORDS.items() for w in words},
    **{w: ("cur", code) for w, code in W.CURRENCY_SYMBOLS_AFTER.items()},
    **{w: ("sub", code) for w, code in W.SUBUNITS.items()},
    **{w: ("pct", "%") for w in W.PERCENT_WORDS},
}
# One trie of all of them, after an optional space or hyphen, not followed by a word character
_AFTER: Final = re.compile(
    r"(?:[^\S\n]?-[^\S\n]?|[^\S\n]?)(" + word_alternation(_AFTER_WORDS) + r")(?!\w)", re.IGNORECASE)
# "a year and", "an hour and", "one dollar and" before "a half": one unit and a half
_ONE_UNIT_AND: Final = re.compile(
    r"\b(?:an?|one)[^\S\n]+(" + word_alternation(
        w for w, (kind, _) in _AFTER_WORDS.items() if kind in ("unit", "cur")
    ) + r")[^\S\n]+and[^\S\n]+\Z", re.IGNORECASE)
# A fraction in words of one unit: "half a percentage point", "a quarter of a mile",
# "three-quarters of an hour"
_FRACTION_OF_A_UNIT: Final = re.compile(
    r"[^\S\n]+(?:of[^\S\n]+)?an?[^\S\n]+(" + word_alternation(
        w for w, (kind, _) in _AFTER_WORDS.items() if kind != "pct" and w[0].isalpha()
    ) + r")(?!\w)", re.IGNORECASE)
# Money after a vague magnitude: "tens of thousands | of dollars", "millions of pounds" (money,
# unless what they weigh follows: "hundreds of pounds of explosives")
_OF_MONEY: Final = re.compile(
    r"[^\S\n]+of[^\S\n]+(?:(" + word_alternation(
        w for w, (kind, _) in _AFTER_WORDS.items() if kind == "cur" and w[0].isalpha()
    ) + r")|(?P<pounds>pounds)(?![^\S\n]+of\b))(?!\w)", re.IGNORECASE)
# ISO codes after a number, case-sensitive: "2mil SEK" (not "5 try")
_ISO_AFTER: Final = re.compile(r"[^\S\n]?(" + literal_alternation(W.CURRENCY_CODES) + r")\b")
# "-5C", "90F": a temperature only when glued to the digits
_GLUED_TEMPERATURE: Final = re.compile(r"[CF](?![^\W\d_])")
_PERCENT_BEFORE: Final = re.compile(W.PERCENT_BEFORE, re.IGNORECASE)
# "84p": pence glued to the digits (up to number_words.GLUED_PENCE_MAX)
_GLUED_PENCE: Final = re.compile(r"p(?!\w)")
# "5G", "3D": letters glued to a number that no rule above explains make it a name
_GLUED_LETTER: Final = re.compile(r"[A-Za-z]")


def attach_affixes(s: str, f: Figure, prev_end: int) -> None:
    """Sign, currency, percent, sub-units and units around one number; extends its span."""
    window = max(prev_end, f.start - 40)
    if f.is_half and figure_word_before(s, f) == "and" and _one_and_a_half(s, f, window):
        return
    # currency before: "$1.5 billion", "US$ 1MM"
    before = s[f.start - 1] if f.start else ""
    if before == " " and f.start > 1:
        before = s[f.start - 2]
    m = None
    if before and (before in _CURRENCY_LAST_CHARS or before.isupper() or before == "."):
        m = CURRENCY_BEFORE.search(s, max(window, f.start - CURRENCY_BEFORE_SPAN), f.start)
    if m:
        symbol = m.group().strip()
        f.unit = _CURRENCY_BY_SYMBOL.get(symbol, "USD")
        f.start = m.start()
        f.currency_before = True
    # sign: "-9.23", "minus five", "-$5"
    prev = figure_word_before(s, f)
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
    if s.startswith(W.FIGURE_COUNT_SUFFIX, f.end) and _figure_count(s, f):
        return  # "a six-figure salary"
    if f.vague:
        m = _OF_MONEY.match(s, f.end)
        if m:  # "tens of thousands of dollars"
            f.unit = "GBP" if m.group("pounds") else _AFTER_WORDS[m.group(1).lower()][1]
            f.end = m.end()
            return
    m = _AFTER.match(s, f.end)
    if m is None and 0 < f.value < 1:
        m = _FRACTION_OF_A_UNIT.match(s, f.end)  # "half a percentage point", "1/16 of a pint"
    kind, name = _AFTER_WORDS[m.group(1).lower()] if m else ("", "")
    if kind == "pct":  # "70%", "60 %", "25 per cent"
        f.unit, f.end = "%", m.end() if m else f.end
        return
    before_m = _PERCENT_BEFORE.search(s, window, f.start) if prev == "of" else None
    if before_m and not _ends_with_figure(s, window, before_m.start()):
        f.unit, f.start = "%", before_m.start()  # "per cent of twenty-two"
        return
    if m and kind == "cur" and m.group(1).lower() in W.SCALED_CURRENCY_WORDS and f.scale < 1e6:
        m = None  # "the 2 real reasons", "Biden 9 won"; "1.5 trillion won" is money
    if m:
        f.end = m.end()
        if kind == "sub":  # "50 cents"
            f.value /= 100
            f.bare_cents = m.group(1).lower() in W.BARE_CENTS
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
    m = _GLUED_PENCE.match(s, f.end)
    if m and 0 < f.value <= W.GLUED_PENCE_MAX and f.value not in W.VIDEO_RESOLUTIONS:
        f.unit, f.end, f.value = "GBP", m.end(), f.value / 100  # "84p a share"
        return
    if _GLUED_LETTER.match(s, f.end):
        f.drop = True  # "5G", "3D", "4K"


def cents_of_the_dollar_named(figs: list[Figure]) -> None:
    """"rose 12 cents to A$45.10": bare cents are cents of the dollar the sentence names, when
    it names only one kind of dollar other than the US one."""
    named = {f.unit for f in figs if f.currency_before and f.unit in W.DOLLARS}
    if len(named) == 1 and (dollar := named.pop()) != "USD":
        for f in figs:
            if f.bare_cents:
                f.unit = dollar


def _figure_count(s: str, f: Figure) -> bool:
    """"a six-figure salary" is 100,000 to 1,000,000: ``f`` becomes that when it is a count
    of digits before "-figure"."""
    after = f.end + len(W.FIGURE_COUNT_SUFFIX)
    if f.value != int(f.value) or not 1 < f.value < 16 or s[after:after + 1].isalpha():
        return False
    f.value, f.high, f.end = 10 ** (f.value - 1), 10 ** f.value, after
    f.vague, f.bare_one, f.small_word, f.plain_int = True, False, False, False
    return True


def _one_and_a_half(s: str, f: Figure, window: int) -> bool:
    """"a year and a half" is 1.5 years, not the half alone; True when ``f`` became that."""
    m = _ONE_UNIT_AND.search(s, window, f.start)
    if m is None:
        return False
    f.start, f.value, f.is_half = m.start(), 1.5, False
    f.unit = _AFTER_WORDS[m.group(1).lower()][1]
    return True


def _upper_ahead(s: str, pos: int) -> bool:
    """Whether a capital letter comes next, or after one space: all an ISO code can start."""
    return s[pos:pos + 1].isupper() or s[pos + 1:pos + 2].isupper()


def _ends_with_figure(s: str, a: int, b: int) -> bool:
    before = s[a:b].rstrip()
    return bool(before) and (before[-1].isdigit())
