"""Word lists and rule data for the numeric-quantity extractor (the ``numbers`` package).

Everything language-specific lives here as plain data, each entry with an example it
matches, so that a rule can be read, tested and changed without touching the parser.
Word and phrase lists are literal lower-case text, matched case-insensitively as whole
words (the ``numbers`` passes turn them into tries or lookup tables once, at import); the few
rules that need more than words are regex fragments, and say so.
"""

from __future__ import annotations

from typing import Final

from factcheck.extract.lexicon import SPEECH_VERBS


def _words(text: str) -> frozenset[str]:
    """A word list written as plain text, one or more words a line."""
    return frozenset(text.split())


# --- Number words ------------------------------------------------------------------

# "seven" -> 7, "nought" -> 0 (zero combines with nothing but "point": "nought point five")
CARDINALS: Final[dict[str, int]] = {
    "zero": 0, "nought": 0, "naught": 0,
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}

# "three hundred" -> 300; plural only after a number ("five hundreds"), never alone
HUNDRED: Final[str] = "hundred"

# "2 million", "three lakh crore" (Indian scales too); plural only after a number
SCALES: Final[dict[str, float]] = {
    "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
    "lakh": 1e5, "crore": 1e7,
}

# "a dozen" -> 12, "3 dozens" -> 36, "five dozs" -> 60
DOZENS: Final[tuple[str, ...]] = ("dozen", "dozens", "dzs", "dz", "dozs", "doz")

# Plural magnitudes with no number before them, alone or each "of" the next: "tens of
# thousands", "hundreds of millions", "dozens", "thousands". Each means from one to
# VAGUE_MAGNITUDE_SPAN of its size: "tens of thousands" is 10,000 to 100,000, "dozens" 12 to
# 120, "millions" one to ten million. "hundreds", "thousands", "millions" are read from
# HUNDRED and SCALES; "tens" is the one word only used this way.
VAGUE_TENS: Final[str] = "tens"
VAGUE_MAGNITUDE_SPAN: Final[float] = 10
# Words for a few things, after "a": "a handful of voters" is 2 to 5
VAGUE_AMOUNTS: Final[dict[str, tuple[float, float]]] = {"handful": (2, 5)}
# "a six-figure salary": a number of digits, the amount from 10**(n-1) up to 10**n
FIGURE_COUNT_SUFFIX: Final[str] = "-figure"

# Words for a few before a scale: "several hundred" is 300 to 900, "a few thousand" 2,000 to
# 5,000, "a couple of million" two million
VAGUE_MULTIPLIERS: Final[dict[str, tuple[float, float]]] = {
    "several": (3, 9), "a few": (2, 5), "a couple of": (2, 2), "a couple": (2, 2),
}

# Fraction denominators: "two thirds", "a fifth", "one hundredth", "three quarters".
# "second" and "first" are left out on purpose: "one second" is a duration, "a first" is not
# a fraction. Compound denominators ("one twenty-fifth") are built from these.
DENOMINATORS: Final[dict[str, int]] = {
    "half": 2, "halves": 2, "quarter": 4, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
    "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12,
    "thirteenth": 13, "fourteenth": 14, "fifteenth": 15, "sixteenth": 16,
    "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20,
    "thirtieth": 30, "fortieth": 40, "fiftieth": 50, "sixtieth": 60, "seventieth": 70,
    "eightieth": 80, "ninetieth": 90, "hundredth": 100, "thousandth": 1000,
    "millionth": 10**6, "billionth": 10**9, "trillionth": 10**12,
}

# Unit ordinals that close a compound denominator: "twenty-first" -> 21, "thirty-fifths" -> 35
COMPOUND_ORDINAL_UNITS: Final[dict[str, int]] = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
    "seventh": 7, "eighth": 8, "ninth": 9,
}

# Denominators of a fraction in digits: "3/4", "1/16", "1/32", "1/100". Others make a date or
# a name far more often ("9/11", "5/17", "24/7"); they count only with the fraction slash
# ("1⁄12") or "of" after them ("1/12 of the vote").
DIGIT_FRACTION_DENOMINATORS: Final[frozenset[int]] = frozenset(
    {2, 3, 4, 5, 6, 8, 10, 16, 32, 64, 100, 1000})

# "½" -> 0.5, "2¾" -> 2.75
VULGAR_FRACTIONS: Final[dict[str, float]] = {
    "½": 1 / 2, "⅓": 1 / 3, "⅔": 2 / 3, "¼": 1 / 4, "¾": 3 / 4, "⅕": 1 / 5, "⅖": 2 / 5,
    "⅗": 3 / 5, "⅘": 4 / 5, "⅙": 1 / 6, "⅚": 5 / 6, "⅛": 1 / 8, "⅜": 3 / 8, "⅝": 5 / 8,
    "⅞": 7 / 8,
}

# Suffixes glued to digits (case-sensitive): "10k", "1.2m", "€20bn", "US$ 1MM", "2mil",
# and the scale words as British tabloids glue them: "£1.2billion".
# "G" is left out ("5G", "G7"); a lone capital K, M, B or T counts only after a currency
# ("$2.174T", "$40K") or a decimal point ("1.5M"), since "4K", "3M" and "2B" are names.
MULTIPLIER_SUFFIXES: Final[dict[str, float]] = {
    "k": 1e3, "K": 1e3,
    "m": 1e6, "M": 1e6, "mn": 1e6, "mln": 1e6, "mil": 1e6, "MM": 1e6,
    "b": 1e9, "B": 1e9, "bn": 1e9, "bln": 1e9,
    "tn": 1e12, "trn": 1e12, "tln": 1e12, "T": 1e12,
    "million": 1e6, "billion": 1e9, "trillion": 1e12,                # £1.2billion, £50million
}
# The same after a space ("2.33 k", "10 bln"); bare "m"/"b" after a space are too ambiguous.
SPACED_MULTIPLIER_SUFFIXES: Final[tuple[str, ...]] = ("k", "K", "mn", "mln", "bn", "bln",
                                                     "tn", "trn", "tln")

# "minus five", "negative one"
NEGATIVE_WORDS: Final[str] = r"minus|negative"

# --- Qualifiers ----------------------------------------------------------------------
_MORE: Final = ("more", "greater", "larger", "bigger", "higher")
_LESS: Final = ("less", "fewer", "smaller", "lower")


def _phrases(*slots: tuple[str, ...]) -> tuple[str, ...]:
    """Every phrase made of one choice per slot, "" meaning the slot is left out:
    _phrases(("", "just"), ("over",)) -> ("over", "just over")."""
    out = [""]
    for choices in slots:
        out = [f"{head} {c}".strip() for head in out for c in choices]
    return tuple(out)


# Phrases right before the number, by qualifier (matched case-insensitively, whole words; the
# longest phrase that ends at the number wins, so "no more than 50" is not "more than 50").
PREFIX_QUALIFIERS: Final[dict[str, tuple[str, ...]]] = {
    # "as many as 100,000", "up to 700", "up to a $250,000 fine", "no more than 50"
    "at_most": ("as many as", "as much as", "as high as", "up to", "up to a", "up to an",
                "at most", "at the most",
                "a maximum of", "maximum of",
                *_phrases(("no", "not"), _MORE, ("than",)),
                *_phrases(_LESS, ("", "than"), ("or equal to", "or equal than")),
                *_phrases(("equal to or",), _LESS, ("", "than"))),
    # "at least 20", "no less than thirty", "greater than or equal to 50"
    "at_least": ("at least", "at the least", "a minimum of", "minimum of",
                 "as few as", "as little as", "as low as",                 # as few as 10
                 "at least or equal to",
                 *_phrases(("no", "not"), _LESS, ("than",)),
                 *_phrases(_MORE, ("", "than"), ("or equal to", "or equal than")),
                 *_phrases(("equal to or",), _MORE, ("", "than"))),
    # "more than 3,000", "over 500", "just over 40", "exceeding 150"
    "more_than": (*_phrases(("", "just", "well", "a little", "slightly"), _MORE, ("than",)),
                  *_phrases(("", "just", "well", "slightly"), ("over", "above")),
                  "in excess of", "upwards of", "upward of", "north of", "exceeding", "exceeded",
                  "exceeds", "exceed", "surpassing", "surpassed", "surpasses", "surpass"),
    # "fewer than 1,000", "under 18", "just below 2"
    "less_than": (*_phrases(("", "just", "well", "slightly"), _LESS, ("than",)),
                  *_phrases(("", "just", "well", "slightly"), ("under", "below")), "shy of",
                  "south of"),
    # "about 20", "some 3,000", "an estimated 4 million"
    "approx": ("about", "around", "roughly", "nearly", "almost", "some", "approximately",
               "approx.", "an estimated", "estimated", "close to", "circa", "ca.",
               "more or less", "just about", "around about", "approaching"),
    # "equals 20", "exactly 12": said to be exact, and part of the surface
    "exact": ("exactly", "precisely", "equal to", "equals", "equaling to", "equalling to",
              "equaling", "equalling"),
}

# "over" before a period is the time something is spread across, not "more than": "testified
# over three days", "AUD1.5m over three years". It means "more than" after these words:
# "for over three years", "took over two hours", "just over a year".
OVER_SPAN_UNITS: Final[frozenset[str]] = frozenset(
    {"second", "minute", "hour", "day", "week", "month", "year", "decade", "century"})
OVER_MEANS_MORE_AFTER: Final[frozenset[str]] = _words("""
for in of than within after ago is are was were be been being just well took take takes
taking lasted last lasts lasting spent spend spends spending waited wait waits served serve
serves stayed stay lived live lives worked work works employed needed need needs required
requires require been's it's that's
""")

# Comparison symbols right before the number: "x>10", ">= 30", "<=  -30", "< = 100".
# "<>30", "=>30" and "=<30" are not ranges (the spec says so), hence the look-behinds.
SYMBOL_QUALIFIERS: Final[tuple[tuple[str, str, str], ...]] = (
    (r"(?<![<>=])(?:>\s?=|≥)", "at_least", ">= 30"),
    (r"(?<![<>=])(?:<\s?=|≤)", "at_most", "< = 100"),
    (r"(?<![<>=])>(?!=)", "more_than", ">10"),
    (r"(?<![<>=])<(?![=>])", "less_than", "<20"),
    (r"~", "approx", "~20"),
)

# Phrases after the number (or its unit): (regex fragment, qualifier, example)
POSTFIX_QUALIFIERS: Final[tuple[tuple[str, str, str], ...]] = (
    (r"\s+(?:or|and) (?:more|greater|above|over|higher|upwards)(?: than)?", "at_least",
     "five hundred or more"),
    (r"\s+(?:or|and) (?:less|fewer|below|under|lower)(?: than)?", "at_most",
     "five hundred or less"),
    (r"\+(?![\d\w/])|-?plus\b", "at_least", "500+, 500-plus"),
    (r"\s+or so\b|-?odd\b|-ish\b", "approx", "30-odd"),
)

# After a bound, "or equal (to)" closes it: "less than 5000 or equal" -> at most 5000
OR_EQUAL: Final[str] = r"\s+or equal(?: to)?"

# --- Ranges --------------------------------------------------------------------------
# Between two numbers: "25 or 30%", "25-30%", "25–30%", "20~100", "20 through 100", "5 to 10"
RANGE_CONNECTORS: Final[str] = r"\s*[-–—~−]\s*|-?\s+(?:to|through|thru|or)\s+"  # "8- to 16-meter"
# "between 25 and 30 percent", "from 200 to 300"
RANGE_OPENERS: Final[dict[str, str]] = {"between": r"\s+and\s+", "from": r"\s+to\s+"}

# "one in five", "2 out of 3", "1 over 3": a ratio when the first is smaller
RATIO_CONNECTORS: Final[str] = r"\s+(?:in|out of|over)\s+"
# "a 2:1 margin", "odds of 3:1": a ratio with a colon, when one of these nouns is beside it;
# otherwise "X:Y" is a score or a reference ("won 2:1", "Genesis 1:3") and no figure
RATIO_NOUNS: Final[frozenset[str]] = _words("margin margins ratio ratios majority split odds")
# "2-to-1", "three-to-one": a ratio, the first over the second, when the first is not smaller
# ("one-to-seven days" is a span of days)
RATIO_TO: Final[str] = r"[-‐‑]to[-‐‑]"

# --- Units ---------------------------------------------------------------------------
# What may follow a number, as literal words: matched case-insensitively, the longest first,
# after an optional space or hyphen ("70%", "60 %", "18-year", "5km", "30 years old").

# Percent: "70%", "60 %", "25 percent", "25 per cent", "25-percent", "10 pct", "9.2pc"
PERCENT_WORDS: Final[tuple[str, ...]] = (
    "%", "％", "percent", "percents", "percentage", "per cent", "per-cent", "pct", "pc",
)
# Percent before the number: "per cent of twenty-two" (the spec's odd order; rare in news)
PERCENT_BEFORE: Final[str] = r"\b(?:percents?|per cent|percentage)\s+of\s+$"

# Currency symbols before the number: "$1.5 billion", "€20bn", "US$ 1MM", "HK$5". Wire and
# non-US outlets put the country after the dollar sign too: "$US55,931,000", "$A82,615,680".
# Those ending in a letter may also be glued to the digits: "RM120,000", "Dh5 million".
CURRENCY_SYMBOLS: Final[dict[str, str]] = {
    "US$": "USD", "U.S.$": "USD", "$US": "USD", "C$": "CAD", "CA$": "CAD", "$C": "CAD",
    "A$": "AUD", "AU$": "AUD", "$A": "AUD", "NZ$": "NZD", "$NZ": "NZD", "HK$": "HKD",
    "S$": "SGD", "R$": "BRL", "NT$": "TWD", "MX$": "MXN", "Mex$": "MXN", "$": "USD",
    "€": "EUR", "£": "GBP",
    "¥": "JPY", "₹": "INR", "₽": "RUB", "₴": "UAH", "₩": "KRW", "₺": "TRY", "₪": "ILS",
    "₱": "PHP", "₦": "NGN", "฿": "THB", "₫": "VND", "₡": "CRC", "₾": "GEL", "₭": "LAK",
    "₿": "BTC",
    "CHF": "CHF", "Rs.": "INR", "Rs": "INR", "RM": "MYR", "Rp": "IDR", "Dh": "AED",
    "Dhs": "AED", "KSh": "KES", "Ksh": "KES",
}
# ISO codes before or after the number (case-sensitive): "USD 5", "2mil SEK", and glued to
# the digits before them the way wires write them: "AUD1.5m", "USD1,700"
CURRENCY_CODES: Final[tuple[str, ...]] = (
    "USD", "EUR", "GBP", "JPY", "CNY", "RMB", "RUB", "UAH", "INR", "CHF", "CAD", "AUD",
    "NZD", "HKD", "SGD", "SEK", "NOK", "DKK", "PLN", "TRY", "BRL", "ZAR", "KRW", "MXN",
    "MYR", "IDR", "THB", "VND", "TWD", "AED", "SAR", "QAR", "KWD", "EGP", "NGN", "KES",
    "PKR", "BDT", "LKR", "ILS", "CZK", "HUF", "ARS", "CLP", "PEN", "ISK", "BTC",
)
# Left out, as they name other things before digits: "COP26" (the climate summit), "RON95"
# (a petrol grade), "PHP7" (a language)
# Currency words after the number: "100 dollars", "5 billion yuan", "10 Swiss francs"
CURRENCY_WORDS: Final[dict[str, tuple[str, ...]]] = {
    "USD": ("dollar", "dollars", "us dollar", "us dollars", "u.s. dollars", "american dollars",
            "bucks", "$"),
    "CAD": ("canadian dollar", "canadian dollars"),                          # C$ in words
    "AUD": ("australian dollar", "australian dollars"),
    "NZD": ("new zealand dollar", "new zealand dollars"),
    "HKD": ("hong kong dollar", "hong kong dollars"),
    "SGD": ("singapore dollar", "singapore dollars"),
    "TWD": ("taiwan dollar", "taiwan dollars", "new taiwan dollars"),
    "EUR": ("euro", "euros", "€"),                                           # 15€, 15 €
    "GBP": ("pound sterling", "pounds sterling", "sterling", "£"),
    "JPY": ("yen",),
    "CNY": ("yuan", "renminbi", "chinese yuan", "元"),                        # 100元
    "RUB": ("ruble", "rubles", "rouble", "roubles"),
    "UAH": ("hryvnia", "hryvnias", "hryvni"),
    "INR": ("rupee", "rupees", "indian rupees"),
    "CHF": ("franc", "francs", "swiss franc", "swiss francs"),
    "SEK": ("krona", "kronor", "swedish kronor"),
    "NOK": ("kroner", "krone", "norwegian kroner"),
    "DKK": ("danish kroner", "danish krone"),
    "MXN": ("peso", "pesos", "mexican pesos"),                               # 300 million pesos
    "BRL": ("reais", "real"),
    "ZAR": ("rand",),                                                        # 40 million rand
    "MYR": ("ringgit",),
    "IDR": ("rupiah",),
    "THB": ("baht",),
    "AED": ("dirham", "dirhams"),
    "SAR": ("riyal", "riyals"),
    "TRY": ("lira", "liras", "turkish lira"),
    "NGN": ("naira",),
    "KES": ("shilling", "shillings", "kenyan shillings"),
    "PLN": ("zloty", "zlotys", "zlotych"),
    "HUF": ("forint", "forints"),
    "ILS": ("shekel", "shekels"),
    "KRW": ("won",),                                                         # 1.5 trillion won
    "BTC": ("bitcoin", "bitcoins"),                                          # 2 bitcoins
    # currencies of the archives: "6.65 billion pesetas", "250 million Dutch guilders"
    "ESP": ("peseta", "pesetas"),
    "NLG": ("guilder", "guilders", "dutch guilders"),
    "DEM": ("deutsche mark", "deutsche marks", "deutschmark", "deutschmarks"),
    "FIM": ("markka", "markkaa", "finnish markka"),
}
# Symbols written after the number: "100 ₡", "100₾", "100,000 ₭" ("$", "€", "£" are above)
CURRENCY_SYMBOLS_AFTER: Final[dict[str, str]] = {
    symbol: code for symbol, code in CURRENCY_SYMBOLS.items()
    if len(symbol) == 1 and symbol not in "$€£"}
# Currency words that are other words too after a small number ("9 won", "the 2 real
# reasons"): money only after a scale, "1.5 trillion won", "5 million real"
SCALED_CURRENCY_WORDS: Final[frozenset[str]] = frozenset({"won", "real"})
# "50 cents" -> 0.50 USD, "20 pence" -> 0.20 GBP, "84.75 US cents", "one penny"
SUBUNITS: Final[dict[str, str]] = {
    "cents": "USD", "cent": "USD", "us cents": "USD", "u.s. cents": "USD",
    "australian cents": "AUD", "canadian cents": "CAD", "euro cents": "EUR",
    "pence": "GBP", "penny": "GBP", "pennies": "GBP", "¢": "USD",           # 99¢
}
# Cents that say no dollar: in "rose 12 cents to A$45.10" they are Australian
BARE_CENTS: Final[frozenset[str]] = frozenset({"cents", "cent", "¢"})
# The dollars whose cents those may be
DOLLARS: Final[frozenset[str]] = frozenset({"USD", "CAD", "AUD", "NZD", "HKD", "SGD", "TWD"})
# "84p a share": pence glued to at most three digits; not the video sizes "720p", "480p"
GLUED_PENCE_MAX: Final[float] = 999
VIDEO_RESOLUTIONS: Final[frozenset[float]] = frozenset({144, 240, 360, 480, 540, 576, 720})
# "5 billion pounds" is money, "200 pounds" a weight: the unit "lb" becomes GBP after a
# million or more.

# Units: unit name -> the words that mean it. "C" and "F" glued to digits ("-5C") are
# temperatures too; numbers/affixes.py handles that one case-sensitive rule.
UNITS: Final[dict[str, tuple[str, ...]]] = {
    "year": ("year", "years", "yr", "yrs", "year-old", "year-olds", "years-old", "year old",
             "years old", "yr old", "yrs old"),                             # 18-year, 30 years old
    "percentage point": ("percentage point", "percentage points", "pct point", "pct points",
                         "ppt", "ppts"),                                     # 3 percentage points
    "basis point": ("basis point", "basis points", "bps"),                   # 50 basis points
    "point": ("point", "points", "pts"),                                     # a 20-point lead
    "km/h": ("km/h", "kph", "kilometres per hour", "kilometers per hour"),   # 90 km/h
    "mph": ("mph", "miles per hour"),                                        # 60 mph
    "km2": ("square kilometre", "square kilometres", "square kilometer", "square kilometers",
            "square km", "sq km", "sq. km", "km2", "km²"),                   # 600 square km
    "sq mi": ("square mile", "square miles", "sq mi", "sq. mi"),             # 20 square miles
    "m2": ("square metre", "square metres", "square meter", "square meters", "m2", "m²"),
    "nmi": ("nautical mile", "nautical miles"),                              # 12 nautical miles
    "km": ("km", "kms", "kilometre", "kilometres", "kilometer", "kilometers"),  # 100 km, 5km
    "mile": ("mile", "miles"),                                               # 1,200 miles
    "cm": ("cm", "centimetre", "centimetres", "centimeter", "centimeters"),  # 16 cm
    "mm": ("mm", "millimetre", "millimetres", "millimeter", "millimeters"),  # 9mm
    "m": ("metre", "metres", "meter", "meters"),                             # 100 metres
    "ft": ("ft", "foot", "feet"),                                            # 30 feet
    "inch": ("inch", "inches"),                                              # 16-inch
    "yard": ("yard", "yards"),                                               # 40 yards
    "ha": ("ha", "hectare", "hectares"),                                     # 5,000 hectares
    "acre": ("acre", "acres"),                                               # 40 acres
    "tonne": ("tonne", "tonnes", "ton", "tons", "metric ton", "metric tons"),  # 3m tonnes
    "kg": ("kg", "kgs", "kilogram", "kilograms", "kilo", "kilos"),           # 45 kg
    "g": ("gram", "grams"),                                                  # 30 grams
    "mg": ("mg", "milligram", "milligrams"),                                 # 50 mg
    "µg": ("µg", "mcg", "microgram", "micrograms"),                          # 400 mcg
    "lb": ("lb", "lbs", "pound", "pounds"),                                  # 200 pounds
    "oz": ("oz", "ounce", "ounces"),                                         # 8 oz
    "pint": ("pint", "pints"),                                               # 1/16 of a pint
    "barrel/day": ("barrels per day", "barrels a day", "bpd"),               # 1.2m barrels a day
    "barrel": ("barrel", "barrels"),                                         # 100 barrels
    "m3": ("cubic metre", "cubic metres", "cubic meter", "cubic meters", "m3", "m³"),
    "bcm": ("bcm",),                                                         # 55 bcm of gas
    "l": ("litre", "litres", "liter", "liters"),                             # 5 litres
    "ml": ("ml", "millilitre", "millilitres", "milliliter", "milliliters"),  # 500 ml, 30mL
    "gal": ("gallon", "gallons"),                                            # 10 gallons
    "MW": ("mw", "megawatt", "megawatts"),                                   # 500 MW
    "GW": ("gw", "gigawatt", "gigawatts"),                                   # 69 GW
    "kW": ("kw", "kilowatt", "kilowatts"),                                   # 230 kW
    "kWh": ("kwh",), "MWh": ("mwh",), "GWh": ("gwh",), "TWh": ("twh",),     # 71 kWh
    "W": ("watt", "watts"),                                                  # 65 watts
    "V": ("volt", "volts"),                                                  # 230 volts
    "mAh": ("mah",),                                                         # 5,000mAh
    "Hz": ("hz", "hertz"),                                                   # 120Hz
    "MHz": ("mhz", "megahertz"),                                             # 900 MHz
    "GHz": ("ghz", "gigahertz"),                                             # 2.6GHz
    "Mbps": ("mbps", "mbit/s"),                                              # 100 Mbps
    "Gbps": ("gbps", "gbit/s"),                                              # 10 Gbps
    "mpg": ("mpg", "miles per gallon"),                                      # 30 mpg
    "hp": ("hp", "horsepower", "bhp"),                                       # 402 hp
    "lb-ft": ("lb-ft", "lb ft", "pound-feet", "pound-foot"),                 # 490 lb-ft
    "N·m": ("n·m", "newton-metres", "newton-meters"),                       # 800 N·m
    "°C": ("°c", "° c", "ºc", "degree celsius", "degrees celsius", "degrees centigrade"),
    "°F": ("°f", "° f", "ºf", "degree fahrenheit", "degrees fahrenheit"),   # 90°F
    "degree": ("°", "degree", "degrees"),                                    # 45 degrees
    "knot": ("knot", "knots"),                                               # 30 knots
    "GB": ("gb", "gigabyte", "gigabytes"),                                   # 64GB
    "TB": ("tb", "terabyte", "terabytes"),                                   # 2TB
    "MB": ("mb", "megabyte", "megabytes"),                                   # 500 MB
    "PB": ("pb", "petabyte", "petabytes"),                                   # 3 petabytes
    "EB": ("eb", "exabyte", "exabytes"),                                     # 10-15 exabytes
    "byte": ("byte", "bytes"),                                               # 1,000 bytes
    "times": ("times", "fold"),                                              # three times, 10-fold
    "decade": ("decade", "decades"),                                         # two decades
    "century": ("century", "centuries"),                                     # two centuries
    "month": ("month", "months"),                                            # six months
    "week": ("week", "weeks"),                                               # three weeks
    "day": ("day", "days"),                                                  # 30 days
    "hour": ("hour", "hours", "hr", "hrs"),                                  # 24-hour
    "minute": ("minute", "minutes", "min", "mins"),                          # 20 minutes
    "second": ("second", "seconds", "sec", "secs"),                          # 30 seconds
}

# "doubled" -> 2 times, up; "halved" -> 0.5 times, down
FACTOR_VERBS: Final[dict[str, tuple[float, str]]] = {
    "doubled": (2, "up"), "doubling": (2, "up"), "tripled": (3, "up"), "trebled": (3, "up"),
    "tripling": (3, "up"), "quadrupled": (4, "up"), "quintupled": (5, "up"),
    "halved": (0.5, "down"), "halving": (0.5, "down"),
}
# "tenfold" -> 10 times
FOLD_WORDS: Final[dict[str, int]] = {
    "twofold": 2, "threefold": 3, "fourfold": 4, "fivefold": 5, "sixfold": 6, "sevenfold": 7,
    "eightfold": 8, "ninefold": 9, "tenfold": 10, "hundredfold": 100, "thousandfold": 1000,
}

# --- Changes -------------------------------------------------------------------------
# Verbs of change before a figure, by direction: "rose 5%", "fell to 2%", "rose from 3 to 5".
# A final "?" makes the last letter optional: "increased?" is "increase" and "increased".
CHANGE_UP: Final[str] = (
    r"rose|rise|rises|risen|rising|increased?|increases|increasing|grew|grow|grows|grown"
    r"|growing|climb|climbed|climbs|climbing|jump|jumped|jumps|jumping|surged?|surges|surging"
    r"|soar|soared|soars|soaring|spiked?|rocketed|gain|gained|gains|swelled|swollen|widened"
    r"|expanded|went up|gone up|going up|goes up|up"
    r"|raised|hiked?|hikes|lifted|boosted|advanced|rallied|rebounded|accelerated"
    r"|ballooned|skyrocketed|leapt|leaped|doubled|tripled|trebled|quadrupled"
    r"|strengthened|firmed|appreciated"
)
CHANGE_DOWN: Final[str] = (
    r"fell|fall|falls|fallen|falling|dropped|drops?|dropping|declined?|declines|declining"
    r"|decreased?|decreases|decreasing|plunged?|plunges|plunging|plummeted|plummets"
    r"|sank|sink|sinks|sunk|slid|slide|slides|sliding|slump|slumped|slumps|shrank|shrink"
    r"|shrinks|shrunk|tumbled?|tumbles|dipped|dips?|dived|dove|reduced|lowered|slipped"
    r"|eased|narrowed|went down|gone down|going down|goes down|down"
    r"|cut|cuts|cutting|slashed|trimmed|shed|retreated|crashed|collapsed|contracted|slowed"
    r"|tanked|nosedived|sagged|halved|weakened|softened|depreciated"
)
# Verbs of change that are something else before an amount alone ("raised $5m" for a cause,
# "cut 4,000 jobs"): a change only with "by", "to" or "from" ("raised rates by 0.25 points")
CHANGE_NEEDS_PARTICLE: Final[frozenset[str]] = _words("""
raised hike hiked hikes lifted boosted cut cuts cutting slashed trimmed shed
""")
# Verbs that move a share or an index, and are changes only before a percent or points ("the
# Dow lost 350 points", "added 20.72 points"; "lost $1bn" is a loss, "added 3 staff" no move)
SHARE_CHANGE_VERBS: Final[dict[str, str]] = {
    "lost": "down", "loses": "down", "lose": "down", "losing": "down", "shed": "down",
    "sheds": "down", "shedding": "down", "added": "up", "adds": "up", "adding": "up",
    "picked": "up", "tacked": "up",
}
# Nouns and comparatives of change around a figure: after it, "a 20% increase", "closed
# 1.2% higher", "a 5 per cent rise in wages"; before it with "of", "a drop of 3%", "an
# increase of $5 per ticket", "gains of 2%". ("20% more votes" compares, and "a $5 loss"
# is a level: neither is here.)
CHANGE_NOUNS: Final[dict[str, str]] = {
    **{w: "up" for w in """increase increases rise rises gain gains jump jumps surge surges
       hike hikes growth higher""".split()},
    **{w: "down" for w in """decrease decreases drop drops fall falls decline declines cut cuts
       reduction reductions slump slumps lower""".split()},
}
# Verbs that say "changed" without saying which way: "went from 3% to 5%"
CHANGE_NEUTRAL: Final[str] = r"went|gone|going|goes|moved|changed|shifted|swung"
# The present after a past figure: "were 70%, now they're 25 or 30%"
NOW_WORDS: Final[str] = r"now|today|currently|nowadays|these days"

# --- What is counted -----------------------------------------------------------------
# Words that end a counted noun phrase: "100,000 Russian troops | have remained"
COUNTED_STOP_WORDS: Final[frozenset[str]] = _words("""
a an the this that these those and or but nor so yet if than then as because while whereas
although though when where whereas which who whom whose what why how whether
is are was were be been being am has have had having do does did will would shall should can
could may might must ought 's ’s
i you he she it we they me him her us them my your his its our their mine yours
not no nor also only just even still already ever never again always now today
since until till before after during ago earlier later per each every
to by with without about against into onto upon via than like unlike
said says say told tells according reported reports added adds
here there up down out off over under above below
more most less least fewer many much several some any all both either neither
around roughly nearly almost approximately about just only
respectively including compared versus vs
""")
# Common verbs without "-ed" that end a counted phrase: "25 people | came", "voters | agree"
COUNTED_STOP_VERBS: Final[frozenset[str]] = _words("""
agree agrees disagree disagrees came come comes went go goes left leave leaves fled flee flees
died die dies
remain remains live lives work works face faces need needs want wants support supports
oppose opposes believe believes think thinks thought know knows knew took take takes made
make makes got get gets gave give gives saw see sees met meet meets ran run runs fell fall
falls rose rise rises grew grow grows won win wins lost lose loses paid pay pays spent spend
spends use uses own owns hold holds held keep keeps kept became become becomes began begin
begins led lead leads felt feel feels brought bring brings bought buy buys sold sell sells
stood stand stands sat fought fight fights smoke smokes vote votes voted live lived say
found finds suggest suggests indicate indicates include includes
""")
# Time phrases after a figure that say when, not what: "down 9.2% | year over year",
# "¥500k | last year", "up 0.3% | on the day"; the figure then counts nothing after it
COUNTED_TIME_PHRASES: Final[tuple[str, ...]] = (
    "year over year", "year-over-year", "year on year", "year-on-year", "month over month",
    "month-over-month", "month on month", "month-on-month", "quarter over quarter",
    "y/y", "yoy", "m/m", "q/q",
    "quarter-on-quarter", "last year", "this year", "next year", "last month", "this month",
    "next month", "last week", "this week", "next week", "last quarter", "a year earlier",
    "a year ago", "a year before", "on the year", "on the day", "on the week", "on the month",
    "on the quarter", "on an annual basis", "on an annualised basis", "on an annualized basis",
)
# Prepositions that may continue a counted phrase: "deaths in eastern Ukraine"
COUNTED_PREPOSITIONS: Final[frozenset[str]] = _words(
    "of in on at from across along near inside outside within for among")
# Copulas and verbs whose subject is what a following figure measures:
# "Russia's favorability ratings in Ukraine were 70%"
SUBJECT_LINK_VERBS: Final[frozenset[str]] = _words("""
is are was were be been stood stands stand reached reaches hit hits totaled totalled totals
numbered accounted accounts remained remains
""")
# Particles between such a verb and the figure: "stood | at 5%", "rose | to 5%"
SUBJECT_LINK_PARTICLES: Final[frozenset[str]] = _words("to by from at for")
PRONOUNS: Final[frozenset[str]] = _words(
    "it they he she we you i this that these those there which who")
# A subject before the figure ends at a relative word, loses its lead-in words and its verb:
# "now | the support for X | that ... was 60%"
SUBJECT_CUT: Final[frozenset[str]] = _words("who which that whom whose where when while because")
# ... unless "that" follows a verb of saying or finding: then the subject is the clause after
# it. "the department reported that | the number of young people ... | was 3.8 percent"
THAT_CLAUSE_VERBS: Final[frozenset[str]] = frozenset(
    form for forms in SPEECH_VERBS.values() for form in forms) | _words("""
found finds find shows showed shown show believe believes believed think thinks thought
know knows knew mean means meant revealed reveals""")
SUBJECT_LEAD: Final[frozenset[str]] = _words(
    "now and but so then also while the a an its their his her our today currently")
SUBJECT_TAIL: Final[frozenset[str]] = _words(
    "is are was were be been has have had will would could can may might should must")

# --- Exclusions ----------------------------------------------------------------------
# Month names (case-sensitive): "January 21, 2022", "21 January", "Sept. 5", "May 2004"
# Abbreviations, which a full stop may follow inside a date ("Jan. 21", not "in May. 3")
MONTH_ABBREVIATIONS: Final[str] = r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec"
MONTHS: Final[str] = (
    r"January|February|March|April|May|June|July|August|September|October|November|December"
    r"|" + MONTH_ABBREVIATIONS
)
# Time zones after a clock time: "1:02 p.m. ET", "0900 GMT"
TIME_ZONES: Final[str] = r"GMT|UTC|BST|CET|CEST|EET|EEST|MSK|EST|EDT|CST|CDT|MST|MDT|PST|PDT|ET|PT"
# Words before a four-digit number that make it a year: "in 2014", "since 2004", "mid-2014"
YEAR_CONTEXT: Final[frozenset[str]] = _words("""
in since from by until till to before after during of between early late mid the this that a an
spring summer autumn fall winter year fiscal fy season class around circa c. ca. year-end
his her its their our my your whose
""")
# Street types after "NUMBER Name": "2134 Caldwell Place", "1600 Pennsylvania Avenue"
STREET_WORDS: Final[str] = (
    r"Street|St\.?|Avenue|Ave\.?|Road|Rd\.?|Place|Pl\.?|Boulevard|Blvd\.?|Drive|Dr\.?"
    r"|Lane|Ln\.?|Way|Court|Ct\.?|Square|Sq\.?|Terrace|Parkway|Highway|Loop|Circle|Plaza"
    r"|Crescent|Trail|Pike|Alley"
)
# Compass points between a street number and its street: "9 E 71st St", "1111 S. Figueroa St."
STREET_DIRECTIONS: Final[str] = r"North|South|East|West|NE|NW|SE|SW|N|S|E|W"
# Words for a postal code, before or after its digits: "the 90049 ZIP code", "postcode 2000"
POSTCODE_WORDS: Final[str] = r"zip|zip code|zipcode|postcode|post code|postal code"
# Page chrome of news sites, a line on its own: "19 Posts", "5 min read", "12 Comments"
PAGE_CHROME: Final[str] = (
    r"posts?|comments?|photos?|videos?|shares?|updates?|replies|likes|views|images?"
    r"|min(?:ute)?s? read"
)
# Capitalised words that may stand before a figure without making it part of a name
# ("About 300", "The 27 members"); any other capitalised word makes one ("Boeing 737").
CAPITALISED_NON_NAMES: Final[frozenset[str]] = _words("""
the a an another some about around roughly nearly almost approximately over under above below
more less fewer least most only just even still also all both each every no and but or nor
of in on at by for from to with into since until before after during between among than
as if when while then now today yesterday tomorrow here there this that these those
up down out total top nearly exactly estimated another further additional
we they he she it i you our their his her its my your
mon tue wed thu fri sat sun monday tuesday wednesday thursday friday saturday sunday
january february march april may june july august september october november december
jan feb mar apr jun jul aug sep sept oct nov dec
""")
# Lower-case words that make the number after them part of a name: "type 2 diabetes",
# "phase 3 trials", "a category 5 hurricane", "season 2", "P.O. Box 69440"
NUMBERED_NAME_WORDS: Final[frozenset[str]] = _words("""
type phase stage category grade level tier class step season episode chapter section page
round version generation gate terminal platform route highway flight room ward precinct
box
""")
# Determiners that make a small number a reference, not a figure: "the two nations"
REFERENCE_DETERMINERS: Final[frozenset[str]] = _words("the these those")
# Words before "half" that make it a part, not a figure: "the second half", "the other half"
HALF_NON_FIGURE: Final[frozenset[str]] = _words(
    "first second third fourth last other latter former top bottom back front better")
