"""Golden table: percentages and points as news writes them (issue 12).

Each row is (sentence, surface, low, high, unit, qualifier); sentences are our own.
"""

from __future__ import annotations

import pytest

from tests.extract.test_numbers import Row, check

PERCENTAGES: list[Row] = [
    ("Inflation slowed to 9.2pc in May, the statistics office said.", "9.2pc", 9.2, 9.2, "%",
     "exact"),
    ("Support for the measure fell to thirty-one per cent.", "thirty-one per cent", 31, 31, "%",
     "exact"),
    ("The tax rate on second homes is 12½%.", "12½%", 12.5, 12.5, "%", "exact"),
    ("Turnout crossed the 50-per-cent mark by noon.", "50-per-cent", 50, 50, "%", "exact"),
    ("Some 45 percent of Americans own a gun.", "Some 45 percent", 45, 45, "%", "approx"),
    ("Fewer than one percent of the ballots were spoiled.", "Fewer than one percent", None, 1,
     "%", "less_than"),
    ("Analysts expect growth of 2.5% to 3% next year.", "2.5% to 3%", 2.5, 3, "%", "range"),
]

POINTS: list[Row] = [
    ("The central bank cut rates by half a percentage point.", "half a percentage point", 0.5,
     0.5, "percentage point", "exact"),
    ("Mortgage rates rose a quarter of a percentage point.", "a quarter of a percentage point",
     0.25, 0.25, "percentage point", "exact"),
    ("The poll gave Labour a 20-point lead over the Tories.", "20-point", 20, 20, "point",
     "exact"),
    ("Ten-year yields jumped 12 basis points on Friday.", "12 basis points", 12, 12,
     "basis point", "exact"),
    ("The index closed 310 points lower.", "310 points", 310, 310, "point", "exact"),
]


@pytest.mark.parametrize("row", PERCENTAGES + POINTS, ids=repr)
def test_percentages_and_points(row: Row) -> None:
    check(*row)
