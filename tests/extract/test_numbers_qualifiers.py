"""Golden tables: "over" a period is a span of time, or a bound; more bound words (issue 12).

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


BOUNDS: list[Row] = [
    ("Tickets sell for as little as $5 on the day.", "as little as $5", 5, None, "USD",
     "at_least"),
    ("As few as 10 people turned up.", "As few as 10", 10, None, None, "at_least"),
    ("Mortgage rates as low as 3.9% are on offer.", "as low as 3.9%", 3.9, None, "%",
     "at_least"),
    ("Crude was approaching $100 a barrel.", "approaching $100", 100, 100, "USD", "approx"),
    ("The deal is worth south of $2 billion.", "south of $2 billion", None, 2e9, "USD",
     "less_than"),
    ("Bids came in upward of £40m.", "upward of £40m", 4e7, None, "GBP", "more_than"),
]


@pytest.mark.parametrize("row", BOUNDS, ids=repr)
def test_bound_words(row: Row) -> None:
    check(*row)
