"""Golden table: "over" a period is a span of time, or a bound (issue 12).

Each row is (sentence, surface, low, high, unit, qualifier); sentences are our own.
"""

from __future__ import annotations

import pytest

from tests.extract.test_numbers import Row, check

OVER: list[Row] = [
    # the time an act is spread across
    ("The miner will pay AUD1.5m over three years.", "three years", 3, 3, "year", "exact"),
    ("Nine witnesses testified over three days of hearings.", "three days", 3, 3, "day",
     "exact"),
    ("Prices rose 12% over two years.", "two years", 2, 2, "year", "exact"),
    ("Over six weeks, the crews cleared the site.", "six weeks", 6, 6, "week", "exact"),
    # more than
    ("He was jailed for over three years.", "over three years", 3, None, "year", "more_than"),
    ("The search took over two hours.", "over two hours", 2, None, "hour", "more_than"),
    ("She has lived there just over 10 years.", "just over 10 years", 10, None, "year",
     "more_than"),
    ("The strike has lasted over 40 days.", "over 40 days", 40, None, "day", "more_than"),
    ("Over 500 people signed the letter.", "Over 500", 500, None, None, "more_than"),
]


@pytest.mark.parametrize("row", OVER, ids=repr)
def test_over(row: Row) -> None:
    check(*row)
