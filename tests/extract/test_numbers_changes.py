"""Golden table: changes, the size of a move and the levels it runs from and to (issue 12).

Each row is (sentence, [(surface, low, unit, role, direction), ...]) for the figures of the
sentence that take part in the change; sentences are our own.
"""

from __future__ import annotations

import pytest

from factcheck.extract.numbers import find_quantities

Part = tuple[str, float, str | None, str | None, str | None]

CHANGES: list[tuple[str, list[Part]]] = [
    # a factor, then the level it reached: "doubled to 256GB"
    ("The base model's storage doubled to 256GB this year.",
     [("doubled", 2, "times", None, "up"), ("256GB", 256, "GB", "to", "up")]),
    ("Fares have tripled to $12 since the merger.",
     [("tripled", 3, "times", None, "up"), ("$12", 12, "USD", "to", "up")]),
    # the size of a move, then a time phrase: "down 9.2% year over year"
    ("Home sales were down 9.2% year over year.", [("9.2%", 9.2, "%", None, "down")]),
    ("Retail sales rose 4.1 per cent year-on-year in March.",
     [("4.1 per cent", 4.1, "%", None, "up")]),
    # size, then the level: "plummeted 40.8 per cent to $2.06", "up 19 cents at $58.24"
    ("Shares in the chip maker plummeted 40.8 per cent to $2.06.",
     [("40.8 per cent", 40.8, "%", None, "down"), ("$2.06", 2.06, "USD", "to", "down")]),
    ("Brent crude was up 19 cents at $58.24 a barrel.",
     [("19 cents", 0.19, "USD", None, "up"), ("$58.24", 58.24, "USD", "to", "up")]),
    ("Gold rose $12 to $1,930 an ounce.",
     [("$12", 12, "USD", None, "up"), ("$1,930", 1930, "USD", "to", "up")]),
    # bare cents are cents of the one dollar the sentence names
    ("Shares in the miner rose 12 cents to A$45.10.",
     [("12 cents", 0.12, "AUD", None, "up"), ("A$45.10", 45.1, "AUD", "to", "up")]),
    ("Gold fell $12 at $1,930 an ounce in early trade.",
     [("$12", 12, "USD", None, "down"), ("$1,930", 1930, "USD", "to", "down")]),
    # from and to with no verb: a range never runs downwards, so this is a fall
    ("The average price of a new car went from $36,040 to $34,935.",
     [("$36,040", 36040, "USD", "from", "down"), ("$34,935", 34935, "USD", "to", "down")]),
    ("Median rents, from $2,100 to $1,950, eased across the city.",
     [("$2,100", 2100, "USD", "from", "down"), ("$1,950", 1950, "USD", "to", "down")]),
    # the new level first, then the old one: "eased to 3.2% from 3.5%", "4.1%, up from 3.9%"
    ("Annual inflation eased to 3.2 per cent from 3.5 per cent.",
     [("3.2 per cent", 3.2, "%", "to", "down"), ("3.5 per cent", 3.5, "%", "from", "down")]),
    ("The jobless rate was 4.1% in October, up from 3.9%.",
     [("4.1%", 4.1, "%", "to", "up"), ("3.9%", 3.9, "%", "from", "up")]),
    ("Net debt stood at $3.2 billion, down from $4 billion.",
     [("$3.2 billion", 3.2e9, "USD", "to", "down"), ("$4 billion", 4e9, "USD", "from", "down")]),
    # a verb with what it acts on: "raised rates to", "cut its forecast by"
    ("The Fed raised its key rate from 5.25% to 5.5%.",
     [("5.25%", 5.25, "%", "from", "up"), ("5.5%", 5.5, "%", "to", "up")]),
    ("The bank cut rates by half a percentage point.",
     [("half a percentage point", 0.5, "percentage point", None, "down")]),
    ("Costs ballooned to a whopping $2.5 billion.", [("$2.5 billion", 2.5e9, "USD", "to", "up")]),
    ("Profits rose 5% y/y in the quarter.", [("5%", 5, "%", None, "up")]),
    ("Unemployment rose to 5.2% in March from 4.9% in February.",
     [("5.2%", 5.2, "%", "to", "up"), ("4.9%", 4.9, "%", "from", "up")]),
    # lost/added move a share or an index only: "lost $1.1 billion" below is a loss
    ("The Dow lost 350 points and the Nasdaq added 2.1%.",
     [("350 points", 350, "point", None, "down"), ("2.1%", 2.1, "%", None, "up")]),
    ("The firm lost $1.1 billion in the quarter.", [("$1.1 billion", 1.1e9, "USD", None, None)]),
    ("The guard added 25 points off the bench.", [("25 points", 25, "point", None, None)]),
    # a factor, then the levels: "doubled from 128GB to 256GB"
    ("Storage doubled from 128GB to 256GB.",
     [("128GB", 128, "GB", "from", "up"), ("256GB", 256, "GB", "to", "up")]),
    # a noun or comparative of change: "a 20% increase", "closed 1.2% higher", "a drop of 3%"
    ("Landlords pushed through a 20% increase last year.", [("20%", 20, "%", None, "up")]),
    ("There was a drop of 3% in sales.", [("3%", 3, "%", None, "down")]),
    ("Shares closed 1.2% higher, while bonds were 0.5% lower.",
     [("1.2%", 1.2, "%", None, "up"), ("0.5%", 0.5, "%", None, "down")]),
    ("Officials announced an increase of $5 per ticket.", [("$5", 5, "USD", None, "up")]),
    ("The plan needs $5 more from each member.", [("$5", 5, "USD", None, None)]),
    # wire forms: a time phrase before the level, the same move restated in points
    ("Sales rose 3.2 per cent year-on-year to S$1.02 billion.",
     [("3.2 per cent", 3.2, "%", None, "up"), ("S$1.02 billion", 1.02e9, "SGD", "to", "up")]),
    ("The Hang Seng Index fell 1.3 per cent, or 245 points, to 18,032.",
     [("1.3 per cent", 1.3, "%", None, "down"), ("245 points", 245, "point", None, "down"),
      ("18,032", 18032, None, "to", "down")]),
    ("The ringgit weakened to 4.72 against the US dollar.", [("4.72", 4.72, None, "to", "down")]),
    # "up to" after a verb of change is where it went
    ("Petrol prices went up to $5 a gallon.", [("$5", 5, "USD", "to", "up")]),
    ("Support climbed up to 40% in June.", [("40%", 40, "%", "to", "up")]),
]


@pytest.mark.parametrize(("text", "parts"), CHANGES)
def test_changes(text: str, parts: list[Part]) -> None:
    found = {q.surface: q for q in find_quantities(text)}
    for surface, low, unit, role, direction in parts:
        assert surface in found, (surface, list(found))
        q = found[surface]
        assert (q.low, q.unit, q.role, q.direction) == pytest.approx(
            (low, unit, role, direction)), q


# A range that runs upwards stays a range, with no change
RANGES: list[tuple[str, str]] = [
    ("Tickets range from $5 to $10.", "from $5 to $10"),
    ("The course takes from 3 to 5 days.", "from 3 to 5 days"),
    ("Prices vary from £20 to £45 a night.", "from £20 to £45"),
    ("Doses run from 10 to 20 mg.", "from 10 to 20 mg"),
    ("Turnout ranged from 40% to 70%.", "from 40% to 70%"),
]


@pytest.mark.parametrize(("text", "surface"), RANGES)
def test_upward_from_to_is_a_range(text: str, surface: str) -> None:
    q = next(q for q in find_quantities(text) if q.surface == surface)
    assert (q.qualifier, q.role, q.direction) == ("range", None, None), q


# "up to" before a figure is a bound, even with an article between
@pytest.mark.parametrize(("text", "surface"), [
    ("He faces up to a $250,000 fine.", "up to a $250,000"),
    ("The plant employs up to 700 workers.", "up to 700"),
    ("The blast was felt up to 20 km away.", "up to 20 km"),
    ("The scheme pays up to £300 a month.", "up to £300"),
    ("Winds reached up to 90 mph.", "up to 90 mph"),
    ("The carmaker plans to cut up to 700 contract jobs.", "up to 700"),
])
def test_up_to_is_a_bound(text: str, surface: str) -> None:
    q = next(q for q in find_quantities(text) if q.surface == surface)
    assert (q.qualifier, q.role) == ("at_most", None), q
