"""Golden table: fractions and ratios (issue 12); sentences are our own."""

from __future__ import annotations

import pytest

from factcheck.extract.numbers import find_quantities
from tests.extract.test_numbers import Row, check

FRACTIONS: list[Row] = [
    ("The recipe calls for 1/16 of a pint of cream.", "1/16 of a pint", 1 / 16, 1 / 16, "pint",
     "exact"),
    ("The gap is barely 1⁄32 of an inch wide.", "1⁄32 of an inch", 1 / 32, 1 / 32, "inch",
     "exact"),
    ("The shutter opens for 1/100 of a second.", "1/100 of a second", 0.01, 0.01, "second",
     "exact"),
    ("Three-quarters of the staff left within a year.", "Three-quarters", 0.75, 0.75, None,
     "exact"),
    ("He walked three-quarters of a mile to the station.", "three-quarters of a mile", 0.75,
     0.75, "mile", "exact"),
    ("Add 2¾ cups of flour.", "2¾", 2.75, 2.75, None, "exact"),
]

RATIOS: list[Row] = [
    ("One in five children in the city lives in poverty.", "One in five", 0.2, 0.2, None,
     "exact"),
    ("Members backed the deal by a 2-to-1 margin.", "2-to-1", 2, 2, None, "exact"),
    ("Women outnumber men three-to-one on the course.", "three-to-one", 3, 3, None, "exact"),
    ("Shareholders voted 3-to-2 against the merger.", "3-to-2", 1.5, 1.5, None, "exact"),
    ("Two out of three drivers admit to speeding.", "Two out of three", 2 / 3, 2 / 3, None,
     "exact"),
    ("Members backed the plan by a 2:1 margin.", "2:1", 2, 2, None, "exact"),
    ("Bookmakers offered odds of 3:1 on a draw.", "3:1", 3, 3, None, "exact"),
]


@pytest.mark.parametrize("row", FRACTIONS + RATIOS, ids=repr)
def test_fractions_and_ratios(row: Row) -> None:
    check(*row)


@pytest.mark.parametrize(("text", "kept"), [
    ("Symptoms appear after one-to-seven days.", "seven days"),  # a span, not a ratio
    ("The clinic is open 24/7.", None),  # a schedule, not a fraction
    ("The attacks of 9/11 changed aviation.", None),
    ("Results from the 5/17 draw are in.", None),
    ("A third time the jury could not agree.", None),  # an ordinal
    ("Arsenal won 2:1 at home.", None),  # a score
    ("The sermon quoted Genesis 1:3.", None),  # a reference
])
def test_not_fractions(text: str, kept: str | None) -> None:
    assert [q.surface for q in find_quantities(text)] == ([kept] if kept else [])
