"""Golden tables for ``find_quantities``: one table per pattern of issue 3."""

from __future__ import annotations

import json
import re

import pytest

from factcheck.extract.numbers import find_quantities, is_page_chrome
from factcheck.extract.records import Quantity
from tests.conftest import SHARED

SAMPLE = SHARED / "data" / "cnn-ukraine-liveblog-2022-01-21.txt"
GOLD = SHARED / "gold" / "cnn-ukraine-liveblog-2022-01-21.gold.json"

Row = tuple[str, str, float | None, float | None, str | None, str]


def only(text: str) -> Quantity:
    found = find_quantities(text)
    assert len(found) == 1, [q.surface for q in found]
    return found[0]


def check(text: str, surface: str, low: float | None, high: float | None, unit: str | None,
          qualifier: str) -> None:
    found = [q for q in find_quantities(text) if q.surface == surface]
    assert found, f"{surface!r} not in {[q.surface for q in find_quantities(text)]}"
    q = found[0]
    assert (q.low, q.high, q.unit, q.qualifier) == pytest.approx((low, high, unit, qualifier)), q


# --- values: digits, words, scales ---------------------------------------------------

DIGITS: list[Row] = [
    ("It has 100,000 troops.", "100,000", 100000, 100000, None, "exact"),
    ("The rate is 3.5 now.", "3.5", 3.5, 3.5, None, "exact"),
    ("Sales hit 1.2m units.", "1.2m", 1.2e6, 1.2e6, None, "exact"),
    ("A 10k run and 100k followers.", "100k", 1e5, 1e5, None, "exact"),
    ("India has 1,414,021,100 people.", "1,414,021,100", 1414021100, 1414021100, None, "exact"),
    ("The result is 12,34,567.89 rupees.", "12,34,567.89 rupees", 1234567.89, 1234567.89,
     "INR", "exact"),
    ("China's population is 1 414 021 100.", "1 414 021 100", 1414021100, 1414021100, None,
     "exact"),
    ("About .25 of it.", "About .25", 0.25, 0.25, None, "approx"),
    ("Use 3/4 of a cup.", "3/4", 0.75, 0.75, None, "exact"),
    ("He ran 2½ miles.", "2½ miles", 2.5, 2.5, "mile", "exact"),
    ("It reached 1.3e6 hits.", "1.3e6", 1.3e6, 1.3e6, None, "exact"),
    ("The score was -9.5 points.", "-9.5 points", -9.5, -9.5, "point", "exact"),
]

WORDS: list[Row] = [
    ("There were two soldiers.", "two", 2, 2, None, "exact"),
    ("Twenty-five people came.", "Twenty-five", 25, 25, None, "exact"),
    ("A dozen people came.", "A dozen", 12, 12, None, "exact"),
    ("Half of the voters agree.", "Half", 0.5, 0.5, None, "exact"),
    ("One in five adults smoke.", "One in five", 0.2, 0.2, None, "exact"),
    ("1 in 10 Americans do.", "1 in 10", 0.1, 0.1, None, "exact"),
    ("Two out of three agree.", "Two out of three", 2 / 3, 2 / 3, None, "exact"),
    ("It has three-quarters of the vote.", "three-quarters", 0.75, 0.75, None, "exact"),
    ("A third of the budget.", "A third", 1 / 3, 1 / 3, None, "exact"),
    ("Half a million people.", "Half a million", 5e5, 5e5, None, "exact"),
    ("Half a dozen eggs.", "Half a dozen", 6, 6, None, "exact"),
    ("one hundred and sixty-one", "one hundred and sixty-one", 161, 161, None, "exact"),
    ("twenty-one trillion and three hundred", "twenty-one trillion and three hundred",
     21000000000300, 21000000000300, None, "exact"),
    ("It took two and a half years.", "two and a half years", 2.5, 2.5, "year", "exact"),
    ("one point five million people", "one point five million", 1.5e6, 1.5e6, None, "exact"),
    ("The total is three lakh crore.", "three lakh crore", 3e12, 3e12, None, "exact"),
    ("They sold 3 million and a half.", "3 million and a half", 3.5e6, 3.5e6, None, "exact"),
    ("A hundred thousand marched.", "A hundred thousand", 1e5, 1e5, None, "exact"),
    ("nought point nought three", "nought point nought three", 0.03, 0.03, None, "exact"),
]

SCALED: list[Row] = [
    ("The fund has 3 million members.", "3 million", 3e6, 3e6, None, "exact"),
    ("It costs $1.5 billion.", "$1.5 billion", 1.5e9, 1.5e9, "USD", "exact"),
    ("The EU pledged €20bn.", "€20bn", 2e10, 2e10, "EUR", "exact"),
    ("It was £300m over budget.", "£300m", 3e8, 3e8, "GBP", "exact"),
    ("a salary of $40K", "$40K", 4e4, 4e4, "USD", "exact"),
    ("1.5M users signed up", "1.5M", 1.5e6, 1.5e6, None, "exact"),
    ("either 10 bln or 10 tln", "10 tln", 1e13, 1e13, None, "exact"),
    ("That is 2,000,000 tonnes.", "2,000,000 tonnes", 2e6, 2e6, "tonne", "exact"),
]


@pytest.mark.parametrize(("text", "surface", "low", "high", "unit", "qualifier"),
                         DIGITS + WORDS + SCALED)
def test_values(text: str, surface: str, low: float | None, high: float | None,
                unit: str | None, qualifier: str) -> None:
    check(text, surface, low, high, unit, qualifier)


# --- percentages, currencies and units ---------------------------------------------

UNITS: list[Row] = [
    ("Turnout was 70%.", "70%", 70, 70, "%", "exact"),
    ("Turnout was 60 %.", "60 %", 60, 60, "%", "exact"),
    ("Turnout was 25 percent.", "25 percent", 25, 25, "%", "exact"),
    ("Turnout was 25 per cent.", "25 per cent", 25, 25, "%", "exact"),
    ("twenty percent of people", "twenty percent", 20, 20, "%", "exact"),
    ("just need minus five percent", "minus five percent", -5, -5, "%", "exact"),
    ("per cent of twenty-two", "per cent of twenty-two", 22, 22, "%", "exact"),
    ("It rose 3 percentage points.", "3 percentage points", 3, 3, "percentage point", "exact"),
    ("They paid 100 dollars.", "100 dollars", 100, 100, "USD", "exact"),
    ("USD 5 million in aid", "USD 5 million", 5e6, 5e6, "USD", "exact"),
    ("2 million euros in aid", "2 million euros", 2e6, 2e6, "EUR", "exact"),
    ("It cost 50 cents.", "50 cents", 0.5, 0.5, "USD", "exact"),
    ("2mil SEK can't buy much", "2mil SEK", 2e6, 2e6, "SEK", "exact"),
    ("US$20 and C$5", "C$5", 5, 5, "CAD", "exact"),
    ("₹5 lakh in cash", "₹5 lakh", 5e5, 5e5, "INR", "exact"),
    ("The annual revenue is -15€.", "-15€", -15, -15, "EUR", "exact"),
    ("Its GDP is $2.174T.", "$2.174T", 2.174e12, 2.174e12, "USD", "exact"),
    ("5 billion pounds sterling", "5 billion pounds sterling", 5e9, 5e9, "GBP", "exact"),
    ("He weighs 200 pounds.", "200 pounds", 200, 200, "lb", "exact"),
    ("It weighs 45 kg.", "45 kg", 45, 45, "kg", "exact"),
    ("They walked 100 km.", "100 km", 100, 100, "km", "exact"),
    ("A 5km run.", "5km", 5, 5, "km", "exact"),
    ("It is 600 square km.", "600 square km", 600, 600, "km2", "exact"),
    ("A 30-year-old man", "30-year-old", 30, 30, "year", "exact"),
    ("He is 30 years old.", "30 years old", 30, 30, "year", "exact"),
    ("He served an 18-year tenure.", "18-year", 18, 18, "year", "exact"),
    ("It lasted three weeks.", "three weeks", 3, 3, "week", "exact"),
    ("temperatures of -5C", "-5C", -5, -5, "°C", "exact"),
    ("It produces 1.2 million barrels a day.", "1.2 million barrels a day", 1.2e6, 1.2e6,
     "barrel/day", "exact"),
    ("batteries of 71 kWh", "71 kWh", 71, 71, "kWh", "exact"),
    ("almost 490 lb-ft of torque", "almost 490 lb-ft", 490, 490, "lb-ft", "approx"),
    ("It makes 402 hp.", "402 hp", 402, 402, "hp", "exact"),
    ("Drink 375–500 ml of water.", "375–500 ml", 375, 500, "ml", "range"),
    ("a 30mL dose", "30mL", 30, 30, "ml", "exact"),
    ("a 2.6GHz processor", "2.6GHz", 2.6, 2.6, "GHz", "exact"),
    ("a 120Hz screen", "120Hz", 120, 120, "Hz", "exact"),
    ("a 5,000mAh battery", "5,000mAh", 5000, 5000, "mAh", "exact"),
    ("It charges at 65 watts.", "65 watts", 65, 65, "W", "exact"),
    ("up to 100 Mbps", "up to 100 Mbps", None, 100, "Mbps", "at_most"),
    ("It returns 58 miles per gallon.", "58 miles per gallon", 58, 58, "mpg", "exact"),
    ("It grew tenfold.", "tenfold", 10, 10, "times", "exact"),
    ("It took an hour and a half.", "an hour and a half", 1.5, 1.5, "hour", "exact"),
    ("more than a year and a half into the war", "more than a year and a half", 1.5, None,
     "year", "more_than"),
    ("It cost a dollar and a half.", "a dollar and a half", 1.5, 1.5, "USD", "exact"),
]


@pytest.mark.parametrize(("text", "surface", "low", "high", "unit", "qualifier"), UNITS)
def test_units(text: str, surface: str, low: float | None, high: float | None,
               unit: str | None, qualifier: str) -> None:
    check(text, surface, low, high, unit, qualifier)


# --- qualifiers -----------------------------------------------------------------------

QUALIFIERS: list[Row] = [
    ("As many as 100,000 troops", "As many as 100,000", None, 100000, None, "at_most"),
    ("up to 700 workers", "up to 700", None, 700, None, "at_most"),
    ("at most 12 people", "at most 12", None, 12, None, "at_most"),
    ("no more than 50 people", "no more than 50", None, 50, None, "at_most"),
    ("five hundred or less", "five hundred or less", None, 500, None, "at_most"),
    ("more than 3,000 deaths", "more than 3,000", 3000, None, None, "more_than"),
    ("over 500 people", "over 500", 500, None, None, "more_than"),
    ("horsepower exceeding 150", "exceeding 150", 150, None, None, "more_than"),
    ("more than half of voters", "more than half", 0.5, None, None, "more_than"),
    ("x>10 and y<20", ">10", 10, None, None, "more_than"),
    ("at least 20 people", "at least 20", 20, None, None, "at_least"),
    ("no less than thirty", "no less than thirty", 30, None, None, "at_least"),
    ("200 or more people", "200 or more", 200, None, None, "at_least"),
    ("500-plus people", "500-plus", 500, None, None, "at_least"),
    ("500+ people", "500+", 500, None, None, "at_least"),
    (">= 30 people", ">= 30", 30, None, None, "at_least"),
    ("fewer than 1,000 pandas", "fewer than 1,000", None, 1000, None, "less_than"),
    ("fewer than a thousand giant pandas", "fewer than a thousand", None, 1000, None,
     "less_than"),
    ("less than 5% of voters", "less than 5%", None, 5, "%", "less_than"),
    ("under 170 cm", "under 170 cm", None, 170, "cm", "less_than"),
    ("below 2 degrees", "below 2 degrees", None, 2, "degree", "less_than"),
    ("about 20 people", "about 20", 20, 20, None, "approx"),
    ("around 300 people", "around 300", 300, 300, None, "approx"),
    ("roughly 40 ships", "roughly 40", 40, 40, None, "approx"),
    ("nearly 60 years", "nearly 60 years", 60, 60, "year", "approx"),
    ("almost 90%", "almost 90%", 90, 90, "%", "approx"),
    ("some 3,000 troops", "some 3,000", 3000, 3000, None, "approx"),
    ("an estimated 4 million", "an estimated 4 million", 4e6, 4e6, None, "approx"),
    ("30-odd people", "30-odd", 30, 30, None, "approx"),
    ("It is equal to 20.", "equal to 20", 20, 20, None, "exact"),
    ("The score is 70.", "70", 70, 70, None, "exact"),
]


@pytest.mark.parametrize(("text", "surface", "low", "high", "unit", "qualifier"), QUALIFIERS)
def test_qualifiers(text: str, surface: str, low: float | None, high: float | None,
                    unit: str | None, qualifier: str) -> None:
    check(text, surface, low, high, unit, qualifier)


# --- ranges ---------------------------------------------------------------------------

RANGES: list[Row] = [
    ("The vote was 25 or 30%.", "25 or 30%", 25, 30, "%", "range"),
    ("The vote was 25-30%.", "25-30%", 25, 30, "%", "range"),
    ("The vote was 25–30%.", "25–30%", 25, 30, "%", "range"),
    ("between 25 and 30 percent of voters", "between 25 and 30 percent", 25, 30, "%", "range"),
    ("25 to 30 people", "25 to 30", 25, 30, None, "range"),
    ("from 200 to 300 people", "from 200 to 300", 200, 300, None, "range"),
    ("a $5-10 million grant", "$5-10 million", 5e6, 1e7, "USD", "range"),
    ("5 to 10 million people", "5 to 10 million", 5e6, 1e7, None, "range"),
    ("one or two people", "one or two", 1, 2, None, "range"),
    ("two or three days", "two or three days", 2, 3, "day", "range"),
    ("These apples are about 20~100", "20~100", 20, 100, None, "range"),
    ("The number range is 5k-20k", "5k-20k", 5000, 20000, None, "range"),
    ("children aged 5-11 were vaccinated", "5-11", 5, 11, None, "range"),
    ("It took 10-12 days.", "10-12 days", 10, 12, "day", "range"),
    ("They were given 44 mg to 50 mg ethanol.", "44 mg to 50 mg", 44, 50, "mg", "range"),
    ("a conceptualized 8- to 16-meter telescope", "8- to 16-meter", 8, 16, "m", "range"),
    ("temperatures ranged from -18 °C to -34 °C", "from -18 °C to -34 °C", -34, -18, "°C",
     "range"),
    ("more than 10 and less than 20", "more than 10 and less than 20", 10, 20, None, "range"),
    ("at most 100 and at least 20 apples", "at most 100 and at least 20", 20, 100, None,
     "range"),
]


@pytest.mark.parametrize(("text", "surface", "low", "high", "unit", "qualifier"), RANGES)
def test_ranges(text: str, surface: str, low: float | None, high: float | None,
                unit: str | None, qualifier: str) -> None:
    check(text, surface, low, high, unit, qualifier)


# --- what is counted --------------------------------------------------------------------

COUNTED: list[tuple[str, str, str | None]] = [
    ("As many as 100,000 Russian troops have remained amassed at the Ukrainian border.",
     "As many as 100,000", "Russian troops"),
    ("there have been more than 3,000 conflict-related civilian deaths in eastern Ukraine "
     "since March 2014.", "more than 3,000", "conflict-related civilian deaths in eastern Ukraine"),
    ("according to two defense officials.", "two", "defense officials"),
    ("less than 5% of voters", "less than 5%", "voters"),
    ("Russia’s favorability ratings in Ukraine were 70%.", "70%",
     "Russia’s favorability ratings in Ukraine"),
    ("Turnout was 60 %.", "60 %", "Turnout"),
    ("He served an 18-year tenure.", "18-year", "tenure"),
    ("Twenty-five people came.", "Twenty-five", "people"),
    ("It costs $1.5 billion.", "$1.5 billion", None),
    ("One study in 496 adolescent girls found that fasting raised the risk.", "496",
     "adolescent girls"),
    ("The agency reported that the number of young people who used meth was 3.8 percent.",
     "3.8 percent", "number of young people"),
    ("The number of people that died was 30.", "30", "number of people"),
    ("The index opened lower, but was last trading up about 1%.", "about 1%", None),
]


@pytest.mark.parametrize(("text", "surface", "counted"), COUNTED)
def test_counted(text: str, surface: str, counted: str | None) -> None:
    found = {q.surface: q.counted for q in find_quantities(text)}
    assert found[surface] == counted


# --- changes ----------------------------------------------------------------------------

Change = tuple[str, str | None, str | None]
CHANGES: list[tuple[str, list[Change]]] = [
    ("Russia’s favorability ratings in Ukraine were 70%, now they’re 25 or 30%.",
     [("70%", "from", "down"), ("25 or 30%", "to", "down")]),
    ("support for Ukraine joining NATO was 25 or 30%, now it’s 60 %,",
     [("25 or 30%", "from", "up"), ("60 %", "to", "up")]),
    ("Output rose from 3 to 5 tonnes.", [("3", "from", "up"), ("5 tonnes", "to", "up")]),
    ("Inflation went from 3% to 5%.", [("3%", "from", "up"), ("5%", "to", "up")]),
    ("Inflation fell to 2%.", [("2%", "to", "down")]),
    ("Sales were up 19 per cent.", [("19 per cent", None, "up")]),
    ("Exports jumped 12%.", [("12%", None, "up")]),
    # present-tense verbs, as headlines write them
    ("Shares climb 5% on Friday.", [("5%", None, "up")]),
    ("Exports jump 12%.", [("12%", None, "up")]),
    ("Prices soar 20%.", [("20%", None, "up")]),
    ("Sales gain 3%.", [("3%", None, "up")]),
    ("Stocks slump 4%.", [("4%", None, "down")]),
    ("Prices rose to 5%, up from 3%.", [("5%", "to", "up"), ("3%", "from", "up")]),
    ("Unemployment fell 0.5 percentage points to 4.1%.",
     [("0.5 percentage points", None, "down"), ("4.1%", "to", "down")]),
    ("Profits doubled.", [("doubled", None, "up")]),
    ("Costs halved.", [("halved", None, "down")]),
]


@pytest.mark.parametrize(("text", "expected"), CHANGES)
def test_changes(text: str, expected: list[Change]) -> None:
    assert [(q.surface, q.role, q.direction) for q in find_quantities(text)] == expected


def test_change_factors_are_times() -> None:
    q = only("Profits doubled.")
    assert (q.low, q.high, q.unit) == (2, 2, "times")


def test_a_change_pair_shares_what_it_counts() -> None:
    found = find_quantities("support for Ukraine joining NATO was 25 or 30%, now it’s 60 %,")
    assert [q.counted for q in found] == ["support for Ukraine joining NATO"] * 2


# --- exclusions -------------------------------------------------------------------------

NOT_FIGURES = [
    "Updated 9:06 p.m. ET, January 21, 2022",
    "1:02 p.m. ET, January 21, 2022",
    "They met on 21 January in Geneva.",
    "They met on 2022-01-21 in Geneva.",
    "They met on 5/17/2018 in Geneva.",
    "They met at 9 a.m. and again at 10:30.",
    "Russia annexed Crimea in 2014.",
    "There have been violations since March 2014.",
    "He was ambassador from 1994 to 2004.",
    "2013: Ukraine's former President was under pressure.",
    "It was the second day of the 47th Munich Security Conference.",
    "19 Posts",
    "Call 555-123-4567 or +1-222-2222/2222 for details.",
    "The Boeing 737 was grounded.",
    "COVID-19 cases rose.",
    "The G7 met, and F-16 jets flew.",
    "Airbus A320 and Windows 10 and iPhone 11",
    "Visit https://example.com/a?id=30%25 today.",
    "The two nations met.",
    "One NATO diplomat said it would be one trigger.",
    "In the 1990s and the ’90s it was different.",
    "The Panthers won 3-1 and are 6-2-1 this season.",
    "The Gophers (9-1, 6-1) play the Wildcats (2-8, 0-7).",
    "He lives at 2134 Caldwell Place.",
    "A third time was not needed.",
    "Version 192.168.1.2 was used.",
    "The hearing is scheduled for Feb. 14, according to the court.",
    "In an Oct. 26 letter, the ministry said so.",
    "The show runs Oct. 11–21 and Sept. 5 to 9, 2019.",
    "Sales were strong in Dec. 2021.",
    "The drug treats type 2 diabetes and is in phase 3 trials.",
    "A category 5 hurricane made landfall as season 2 began.",
    "Strauss Zelnick, CEO of Take-Two, adds.",
    "5. Ukraine military aid and mixed messaging",
    "2) The vote",
    # citation markers of health and science writing
    "It is the most common eating disorder in the United States (1).",
    "Drinking water can boost metabolism and weight loss (10, 11).",
    "Studies (3, 4) show that it works [5].",
    "The effect fades [12–14], researchers said.",
    "Tennis: they won 6-4, 7-6 (2).",
    "According to a 2018 survey, it was an 1850 painting.",
    "DOI: 10.1007/978-3-319-09575-2_199-1",
]


@pytest.mark.parametrize("text", NOT_FIGURES)
def test_not_figures(text: str) -> None:
    assert find_quantities(text) == []


@pytest.mark.parametrize(("text", "kept"), [
    ("In 2014, 5 people died.", ["5"]),
    ("the 2014 elections drew 2000 people", ["2000"]),
    ("There were more than 2000 of them in March 2014.", ["more than 2000"]),
    ("Prices rose 5% in May. 3 people died.", ["5%", "3"]),  # "May." ends a sentence
    ("On March 3 to 40 people came.", ["40"]),  # 40 is no day of a month
    ("1. 5 people died.", ["5"]),  # a list item's number, then a figure
    ("Twenty-two people and one-third of them.", ["Twenty-two", "one-third"]),
    # a count in brackets mid-sentence is a figure; only one closing the sentence cites
    ("Democrats (51) and Republicans won seats (2).", ["51"]),
    ("Prices rose (25%) in a year [3].", ["25%"]),
])
def test_years_as_dates_drop_but_counts_stay(text: str, kept: list[str]) -> None:
    assert [q.surface for q in find_quantities(text)] == kept


@pytest.mark.parametrize(("line", "chrome"), [
    ("19 Posts", True), ("  5 min read ", True), ("12 Comments", True),
    ("19 posts were deleted by the moderators", False), ("Posts", False),
])
def test_page_chrome(line: str, chrome: bool) -> None:
    assert is_page_chrome(line) is chrome


def test_chrome_line_inside_a_longer_span_is_skipped() -> None:
    text = "Updated today\n19 Posts\nSort by"
    assert find_quantities(text) == []


# --- the API ----------------------------------------------------------------------------

def test_offsets_are_absolute_into_the_text() -> None:
    text = "Intro. As many as 100,000 troops massed. Outro 7."
    start = text.index("As")
    end = text.index("Outro")
    found = find_quantities(text, start, end)
    assert [q.surface for q in found] == ["As many as 100,000"]
    q = found[0]
    assert text[q.start:q.end] == q.surface
    assert q.start == start


@pytest.mark.parametrize(("start", "end"), [(-5, 3), (10, 4), (0, 10_000), (50, None)])
def test_odd_spans_do_not_raise(start: int, end: int | None) -> None:
    assert find_quantities("Some 3,000 people.", start, end) in ([], find_quantities(
        "Some 3,000 people."))


def test_low_is_none_for_an_upper_bound_and_high_for_a_lower_one() -> None:
    assert (only("up to 700").low, only("more than 3,000").high) == (None, None)


# --- the gold sample --------------------------------------------------------------------

needs_sample = pytest.mark.skipif(
    not (SAMPLE.is_file() and GOLD.is_file()),
    reason=f"shared sample and gold not found under {SHARED} (set FACTCHECK_SHARED)",
)


def _collapsed_find(doc: str, fragment: str) -> tuple[int, int]:
    """Where ``fragment`` is in ``doc`` when every run of white space counts as one space."""
    pattern = r"\s+".join(re.escape(part) for part in fragment.split())
    m = re.search(pattern, doc)
    assert m, fragment
    return m.start(), m.end()


def _sentence_around(doc: str, start: int, end: int) -> tuple[int, int]:
    a = max(doc.rfind("\n", 0, start), 0)
    b = doc.find("\n", end)
    return a, len(doc) if b < 0 else b


@needs_sample
@pytest.mark.parametrize("whole_line", [False, True], ids=["fragment", "line"])
def test_gold_numeric_statements(whole_line: bool) -> None:
    doc = SAMPLE.read_text(encoding="utf-8")
    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    for item in gold["numeric"]:
        start, end = _collapsed_find(doc, item["text"])
        if whole_line:
            start, end = _sentence_around(doc, start, end)
        found = find_quantities(doc, start, end)
        for want in item["quantities"]:
            match = [q for q in found if q.surface == want["surface"]
                     and q.start >= start and q.end <= end]
            assert match, (want["surface"], [q.surface for q in found])
            got = match[0].to_dict()
            for key, value in want.items():
                assert got[key] == value, (item["text"], key, got)


@needs_sample
def test_gold_not_claims_hold_no_figures() -> None:
    doc = SAMPLE.read_text(encoding="utf-8")
    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    for item in gold["not_claims"]:
        start, end = _collapsed_find(doc, item["text"])
        assert find_quantities(doc, start, end) == [], item
        line_start, line_end = _sentence_around(doc, start, end)
        assert find_quantities(doc, line_start, line_end) == [], item


@needs_sample
def test_sample_document_figures() -> None:
    """Line by line, the figures of the whole live blog: the gold ones and no noise."""
    doc = SAMPLE.read_text(encoding="utf-8")
    surfaces = []
    pos = 0
    for line in doc.split("\n"):
        surfaces += [q.surface for q in find_quantities(doc, pos, pos + len(line))]
        pos += len(line) + 1
    assert surfaces == ["two", "18-year", "18 years", "more than 3,000", "As many as 100,000",
                        "70%", "25 or 30%", "25 or 30%", "60 %"]
