"""Golden table: numbers that are not figures, in sentences that also hold one (issue 12).

Each row is (sentence, the surfaces of its figures); sentences are our own.
"""

from __future__ import annotations

import pytest

from factcheck.extract.numbers import find_quantities

# Street numbers and addresses: "9 E 71st St", "49 Zorro Ranch Road", "the 1200 block of"
ADDRESSES: list[tuple[str, list[str]]] = [
    ("The financier's townhouse at 9 E 71st St sold for $51 million.", ["$51 million"]),
    ("The mansion at 9 East 71st Street has 40 rooms.", ["40"]),
    ("Deputies searched 49 Zorro Ranch Road, a 7,600-acre property.", ["7,600-acre"]),
    ("Police were called to the 1200 block of South Main Street after 3 shots were fired.",
     ["3"]),
    ("Her office at 1111 S. Figueroa St. employs 200 people.", ["200"]),
    ("The firm moved to 1 Infinite Loop with 2,800 staff.", ["2,800"]),
]

# Postal codes: "the 90049 ZIP Code", "ZIP code 10021", "NY 10118"
POSTCODES: list[tuple[str, list[str]]] = [
    ("Homes in the 90049 ZIP Code sold for a median of $2.9 million.", ["$2.9 million"]),
    ("Residents of ZIP code 10021 earn 40% more than their neighbours.", ["40%"]),
    ("Write to 350 Fifth Avenue, New York, NY 10118, within 30 days.", ["30 days"]),
    ("The 60614 zip code had 12 break-ins last month.", ["12"]),
    ("Sales in postcode 20008 rose 8%.", ["8%"]),
    ("Write to P.O. Box 69440 within 14 days.", ["14 days"]),
]

# Years as dates behind a bound: "until at least 2021"
YEARS: list[tuple[str, list[str]]] = [
    ("The state put off 2 votes until at least 2021.", ["2"]),
    ("The plant will run until no later than 2030, with 300 staff.", ["300"]),
]

# Model names: "Galaxy S23", "V-6", "iPhone 15 Pro", "Boeing 737 Max"
MODELS: list[tuple[str, list[str]]] = [
    ("The Galaxy S23 sold 1.2 million units in its first week.", ["1.2 million"]),
    ("The pickup's V-6 engine makes 310 hp.", ["310 hp"]),
    ("The iPhone 15 Pro starts at $999.", ["$999"]),
    ("Boeing 737 Max jets were grounded for 20 months.", ["20 months"]),
    ("The Ford F-150 Lightning costs about $50,000.", ["about $50,000"]),
    ("Apple's M3 chip is 60% faster, the company said.", ["60%"]),
    ("A 7-Eleven store sold 300 tickets.", ["300"]),
]


# Values no float holds: mathematics or noise ("2^1024", "1e400"), never a figure to check;
# they used to raise OverflowError out of the extractor.
BEYOND_FLOAT: list[tuple[str, list[str]]] = [
    ("A key of 2^1024 guards the 3 servers.", ["3"]),
    ("The puzzle has 1e400 states and 12 pieces.", ["12"]),
    ("The page printed " + "9" * 400 + " before 2 engineers stopped it.", ["2"]),
    ("Compute 10^400 by hand; 5 students tried.", ["5"]),
    ("It grew 1.1^23 times in 8 years.", ["1.1^23 times", "8 years"]),
]


@pytest.mark.parametrize(
    ("text", "figures"), ADDRESSES + POSTCODES + MODELS + YEARS + BEYOND_FLOAT
)
def test_not_figures(text: str, figures: list[str]) -> None:
    assert [q.surface for q in find_quantities(text)] == figures


# The same shapes with a real count stay figures
@pytest.mark.parametrize(("text", "surface"), [
    ("About 90049 people live in the district.", "About 90049"),
    ("The city council has 20 Democrats and 12 Republicans.", "20"),
    ("The bill passed 52 to 48 in the Senate.", "52"),
    ("They sold 5 units a day.", "5"),
    ("The Giants won 12 of their 16 games.", "12"),
    ("At least 2021 people signed the petition.", "At least 2021"),
])
def test_counts_stay_figures(text: str, surface: str) -> None:
    assert surface in [q.surface for q in find_quantities(text)]
