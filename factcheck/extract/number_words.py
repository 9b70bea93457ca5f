"""Word lists and rule data for the numeric-quantity extractor (``numbers.py``).

Everything language-specific lives here as plain data, each entry with an example it
matches, so that a rule can be read, tested and changed without touching the parser.
Phrase lists are regex fragments (lower case, matched case-insensitively unless a
comment says otherwise); ``numbers.py`` compiles them once at import.
"""

from __future__ import annotations

from typing import Final


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

# "½" -> 0.5, "2¾" -> 2.75
VULGAR_FRACTIONS: Final[dict[str, float]] = {
    "½": 1 / 2, "⅓": 1 / 3, "⅔": 2 / 3, "¼": 1 / 4, "¾": 3 / 4, "⅕": 1 / 5, "⅖": 2 / 5,
    "⅗": 3 / 5, "⅘": 4 / 5, "⅙": 1 / 6, "⅚": 5 / 6, "⅛": 1 / 8, "⅜": 3 / 8, "⅝": 5 / 8,
    "⅞": 7 / 8,
}

# Suffixes glued to digits (case-sensitive): "10k", "1.2m", "€20bn", "US$ 1MM", "2mil".
# "G" and "T" are left out: "5G", "G7" and "T-72" are names in news text.
MULTIPLIER_SUFFIXES: Final[dict[str, float]] = {
    "k": 1e3, "K": 1e3,
    "m": 1e6, "M": 1e6, "mn": 1e6, "mln": 1e6, "mil": 1e6, "MM": 1e6,
    "b": 1e9, "B": 1e9, "bn": 1e9, "bln": 1e9,
    "tn": 1e12, "trn": 1e12, "tln": 1e12,
}
# The same after a space ("2.33 k", "10 bln"); bare "m"/"b" after a space are too ambiguous.
SPACED_MULTIPLIER_SUFFIXES: Final[tuple[str, ...]] = ("k", "K", "mn", "mln", "bn", "bln",
                                                     "tn", "trn", "tln")

# "minus five", "negative one"
NEGATIVE_WORDS: Final[str] = r"minus|negative"

# --- Qualifiers ----------------------------------------------------------------------
# Each: (regex fragment placed right before the number, qualifier, example).
# Longer phrases come first; the compiled rule takes the longest that ends at the number.
PREFIX_QUALIFIERS: Final[tuple[tuple[str, str, str], ...]] = (
    # bounds with "or equal": "greater than or equal to 30", "equal to or more than 30"
    (r"(?:more|greater|larger|bigger|higher)(?: than)? or equal (?:to|than)", "at_least",
     "greater than or equal to 50"),
    (r"equal to or (?:more|greater|larger|bigger|higher)(?: than)?", "at_least",
     "equal to or more than 30"),
    (r"at least or equal to", "at_least", "at least or equal to 30"),
    (r"(?:less|fewer|smaller|lower)(?: than)? or equal (?:to|than)", "at_most",
     "less than or equal to 100"),
    (r"equal to or (?:less|fewer|smaller|lower)(?: than)?", "at_most",
     "equal to or less than 30"),
    # negated comparatives: "no more than 50" is a ceiling, "no less than 30" a floor
    (r"(?:no|not) (?:more|greater|larger|bigger|higher) than", "at_most", "no more than 50"),
    (r"(?:no|not) (?:less|fewer|smaller|lower) than", "at_least", "no less than thirty"),
    (r"as many as|as much as|as high as|up to|at (?:the )?most|a maximum of|maximum of",
     "at_most", "as many as 100,000"),
    (r"at (?:the )?least|a minimum of|minimum of", "at_least", "at least 20"),
    (r"(?:just |well |a little |slightly )?(?:more|greater|larger|bigger|higher) than"
     r"|(?:just |well |slightly )?(?:over|above)|in excess of|upwards of|north of"
     r"|exceeding|exceeded|exceeds|exceed|surpassing|surpassed|surpasses|surpass", "more_than",
     "more than 3,000"),
    (r"(?:just |well |slightly )?(?:less|fewer|smaller|lower) than"
     r"|(?:just |well |slightly )?(?:under|below)|shy of", "less_than", "fewer than a thousand"),
    (r"about|around|roughly|nearly|almost|some|approximately|approx\.|an estimated|estimated"
     r"|close to|circa|ca\.|more or less|just about|around about", "approx", "about 20"),
    (r"exactly|precisely|equal to|equals|equaling to|equalling to|equaling|equalling", "exact",
     "equals 20"),
)

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
    (r"\s*\+(?![\d\w])|-?plus\b", "at_least", "500-plus"),
    (r"\s+or so\b|-?odd\b|-ish\b", "approx", "30-odd"),
)

# After a bound, "or equal (to)" closes it: "less than 5000 or equal" -> at most 5000
OR_EQUAL: Final[str] = r"\s+or equal(?: to)?"

# --- Ranges --------------------------------------------------------------------------
# Between two numbers: "25 or 30%", "25-30%", "25–30%", "20~100", "20 through 100", "5 to 10"
RANGE_CONNECTORS: Final[str] = r"\s*[-–—~−]\s*|\s+(?:to|through|thru|or)\s+"
# "between 25 and 30 percent", "from 200 to 300"
RANGE_OPENERS: Final[dict[str, str]] = {"between": r"\s+and\s+", "from": r"\s+to\s+"}

# "one in five", "2 out of 3", "1 over 3": a ratio when the first is smaller
RATIO_CONNECTORS: Final[str] = r"\s+(?:in|out of|over)\s+"

# --- Units ---------------------------------------------------------------------------
# Percent after the number: "70%", "60 %", "25 percent", "25 per cent", "10 pct"
PERCENT_AFTER: Final[str] = (
    r"[ \u00a0]?[%％]|[ \u00a0-](?:percent(?:s|age)?|per[ -]?cent|pct)\b(?![ -]points?\b)"
)
# Percent before the number: "per cent of twenty-two" (the spec's odd order; rare in news)
PERCENT_BEFORE: Final[str] = r"\b(?:percents?|per cent|percentage)\s+of\s+$"

# Currency symbols before the number: "$1.5 billion", "€20bn", "US$ 1MM", "HK$5"
CURRENCY_SYMBOLS: Final[dict[str, str]] = {
    "US$": "USD", "U.S.$": "USD", "C$": "CAD", "CA$": "CAD", "A$": "AUD", "AU$": "AUD",
    "NZ$": "NZD", "HK$": "HKD", "S$": "SGD", "R$": "BRL", "$": "USD", "€": "EUR", "£": "GBP",
    "¥": "JPY", "₹": "INR", "₽": "RUB", "₴": "UAH", "₩": "KRW", "₺": "TRY", "₪": "ILS",
    "CHF": "CHF", "Rs.": "INR", "Rs": "INR",
}
# ISO codes before or after the number (case-sensitive): "USD 5", "2mil SEK"
CURRENCY_CODES: Final[tuple[str, ...]] = (
    "USD", "EUR", "GBP", "JPY", "CNY", "RMB", "RUB", "UAH", "INR", "CHF", "CAD", "AUD",
    "NZD", "HKD", "SGD", "SEK", "NOK", "DKK", "PLN", "TRY", "BRL", "ZAR", "KRW", "MXN",
)
# Currency words after the number: (regex fragment, ISO code, example)
CURRENCY_WORDS: Final[tuple[tuple[str, str, str], ...]] = (
    (r"(?:us |u\.s\. |american )?dollars?|bucks", "USD", "100 dollars"),
    (r"euros?", "EUR", "20 euros"),
    (r"pounds? sterling|sterling", "GBP", "5 million pounds sterling"),
    (r"yen", "JPY", "300 yen"),
    (r"yuan|renminbi", "CNY", "5 billion yuan"),
    (r"rubles?|roubles?", "RUB", "10 billion roubles"),
    (r"hryvnias?|hryvnia|hryvni", "UAH", "500 hryvnias"),
    (r"rupees?", "INR", "3 lakh rupees"),
    (r"(?:swiss )?francs?", "CHF", "10 Swiss francs"),
    (r"kronor|krona|kroner|krone", "SEK", "2 million kronor"),
)
# "5 billion pounds" is money, "200 pounds" a weight: pounds count as GBP only when scaled
POUNDS: Final[str] = r"pounds?"
# "50 cents" -> 0.50 USD, "20 pence" -> 0.20 GBP
SUBUNITS: Final[dict[str, str]] = {"cents": "USD", "cent": "USD", "pence": "GBP"}

# Units after the number, optionally hyphenated ("18-year", "a 5-kilometre", "100 km"):
# (regex fragment, unit name, example). Case-sensitive fragments are marked (?-i:...).
UNITS: Final[tuple[tuple[str, str, str], ...]] = (
    (r"years?[- ]olds?|yrs? old", "year", "18-year-old, 30 years old"),
    (r"percentage points?|pct points?|ppts?", "percentage point", "3 percentage points"),
    (r"basis points?|bps", "basis point", "50 basis points"),
    (r"kilometres per hour|kilometers per hour|km/h|kph", "km/h", "90 km/h"),
    (r"miles per hour|mph", "mph", "60 mph"),
    (r"square (?:kilometres?|kilometers?|km)|sq\.? ?km|km2|km²", "km2", "600 square km"),
    (r"square miles?|sq\.? ?mi", "sq mi", "20 square miles"),
    (r"square (?:metres?|meters?)|sq\.? ?m|m2|m²", "m2", "50 square metres"),
    (r"nautical miles?", "nmi", "12 nautical miles"),
    (r"kilometres?|kilometers?|kms?", "km", "100 km"),
    (r"miles?", "mile", "1,200 miles"),
    (r"centimetres?|centimeters?|cm", "cm", "16 cm"),
    (r"millimetres?|millimeters?|(?-i:mm)", "mm", "9mm"),
    (r"metres?|meters?", "m", "100 metres"),
    (r"feet|foot|ft", "ft", "30 feet"),
    (r"inch(?:es)?|(?-i:in\.)", "inch", "16-inch"),
    (r"yards?", "yard", "40 yards"),
    (r"hectares?|(?-i:ha)", "ha", "5,000 hectares"),
    (r"acres?", "acre", "40 acres"),
    (r"metric tons?|tonnes?|tons?", "tonne", "3 million tonnes"),
    (r"kilograms?|kilos?|kgs?", "kg", "45 kg"),
    (r"grams?", "g", "30 grams"),
    (r"pounds?|lbs?", "lb", "200 pounds"),
    (r"ounces?|(?-i:oz)", "oz", "8 oz"),
    (r"barrels (?:per|a) day|(?-i:bpd)", "barrel/day", "1.2 million barrels a day"),
    (r"barrels?", "barrel", "100 barrels"),
    (r"cubic (?:metres?|meters?)|m3|m³", "m3", "10 cubic metres"),
    (r"(?-i:bcm)", "bcm", "55 bcm"),
    (r"litres?|liters?", "l", "5 litres"),
    (r"gallons?", "gal", "10 gallons"),
    (r"megawatts?|(?-i:MW)", "MW", "500 MW"),
    (r"gigawatts?|(?-i:GW)", "GW", "2 GW"),
    (r"kilowatts?|(?-i:kW)", "kW", "230 kW"),
    (r"(?-i:kWh|MWh|GWh|TWh)", "Wh", "71 kWh"),  # refined to the prefix in numbers.py
    (r"degrees? (?:celsius|centigrade)|°\s?C|ºC|(?<=\d)(?-i:C)", "°C", "-5 degrees Celsius, -5C"),
    (r"degrees? fahrenheit|°\s?F|(?<=\d)(?-i:F)", "°F", "90°F"),
    (r"degrees?|°", "degree", "45 degrees"),
    (r"knots?", "knot", "30 knots"),
    (r"gigabytes?|(?-i:GB)", "GB", "64GB"),
    (r"terabytes?|(?-i:TB)", "TB", "2TB"),
    (r"megabytes?|(?-i:MB)", "MB", "500 MB"),
    (r"times|-?fold", "times", "three times, tenfold"),
    (r"decades?", "decade", "two decades"),
    (r"centur(?:y|ies)", "century", "two centuries"),
    (r"years?|yrs?", "year", "18-year, 18 years"),
    (r"months?", "month", "six months"),
    (r"weeks?", "week", "three weeks"),
    (r"days?", "day", "30 days"),
    (r"hours?|hrs?", "hour", "24-hour"),
    (r"minutes?|mins?", "minute", "20 minutes"),
    (r"seconds?|secs?", "second", "30 seconds"),
)

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
# Verbs of change before a figure, by direction: "rose 5%", "fell to 2%", "rose from 3 to 5"
CHANGE_UP: Final[str] = (
    r"rose|rise|rises|risen|rising|increased?|increases|increasing|grew|grow|grows|grown"
    r"|growing|climbed?|climbs|climbing|jumped?|jumps|jumping|surged?|surges|surging"
    r"|soared?|soars|soaring|spiked?|rocketed|gained?|gains|swelled|swollen|widened"
    r"|expanded|went up|gone up|going up|goes up|up"
)
CHANGE_DOWN: Final[str] = (
    r"fell|fall|falls|fallen|falling|dropped|drops?|dropping|declined?|declines|declining"
    r"|decreased?|decreases|decreasing|plunged?|plunges|plunging|plummeted|plummets"
    r"|sank|sink|sinks|sunk|slid|slide|slides|sliding|slumped?|slumps|shrank|shrink"
    r"|shrinks|shrunk|tumbled?|tumbles|dipped|dips?|dived|dove|reduced|lowered|slipped"
    r"|eased|narrowed|went down|gone down|going down|goes down|down"
)
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
agree agrees came come comes went go goes left leave leaves fled flee flees died die dies
remain remains live lives work works face faces need needs want wants support supports
oppose opposes believe believes think thinks thought know knows knew took take takes made
make makes got get gets gave give gives saw see sees met meet meets ran run runs fell fall
falls rose rise rises grew grow grows won win wins lost lose loses paid pay pays spent spend
spends use uses own owns hold holds held keep keeps kept became become becomes began begin
begins led lead leads felt feel feels brought bring brings bought buy buys sold sell sells
stood stand stands sat fought fight fights smoke smokes vote votes voted live lived say
""")
# Prepositions that may continue a counted phrase: "deaths in eastern Ukraine"
COUNTED_PREPOSITIONS: Final[frozenset[str]] = _words(
    "of in on at from across along near inside outside within for among")
# Copulas and verbs whose subject is what a following figure measures:
# "Russia's favorability ratings in Ukraine were 70%"
SUBJECT_LINK_VERBS: Final[str] = (
    r"is|are|was|were|be|been|’s|'s|’re|'re|stood at|stands at|stand at|reached|reaches|hit"
    r"|hits|totall?ed|totals|numbered|numbers|accounted for|accounts for|made up|makes up"
)
PRONOUNS: Final[frozenset[str]] = _words(
    "it they he she we you i this that these those there which who")
# A subject before the figure ends at a relative word, loses its lead-in words and its verb:
# "now | the support for X | that ... was 60%"
SUBJECT_CUT: Final[frozenset[str]] = _words("who which that whom whose where when while because")
SUBJECT_LEAD: Final[frozenset[str]] = _words(
    "now and but so then also while the a an its their his her our today currently")
SUBJECT_TAIL: Final[frozenset[str]] = _words("is are was were be been has have had")

# --- Exclusions ----------------------------------------------------------------------
# Month names (case-sensitive): "January 21, 2022", "21 January", "Sept. 5", "May 2004"
MONTHS: Final[str] = (
    r"January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec"
)
# Time zones after a clock time: "1:02 p.m. ET", "0900 GMT"
TIME_ZONES: Final[str] = r"GMT|UTC|BST|CET|CEST|EET|EEST|MSK|EST|EDT|CST|CDT|MST|MDT|PST|PDT|ET|PT"
# Words before a four-digit number that make it a year: "in 2014", "since 2004", "mid-2014"
YEAR_CONTEXT: Final[frozenset[str]] = _words("""
in since from by until till to before after during of between early late mid the this that
spring summer autumn fall winter year fiscal fy season class around circa c. ca. year-end
his her its their our my your whose
""")
# Street types after "NUMBER Name": "2134 Caldwell Place", "1600 Pennsylvania Avenue"
STREET_WORDS: Final[str] = (
    r"Street|St\.?|Avenue|Ave\.?|Road|Rd\.?|Place|Pl\.?|Boulevard|Blvd\.?|Drive|Dr\.?"
    r"|Lane|Ln\.?|Way|Court|Ct\.?|Square|Sq\.?|Terrace|Parkway|Highway"
)
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
# Determiners that make a small number a reference, not a figure: "the two nations"
REFERENCE_DETERMINERS: Final[frozenset[str]] = _words("the these those")
# Words before "half" that make it a part, not a figure: "the second half", "the other half"
HALF_NON_FIGURE: Final[frozenset[str]] = _words(
    "first second third fourth last other latter former top bottom back front better")
