"""How numbers and counts read: one function each, for the CLI and the TUI alike."""

from __future__ import annotations

import pytest

from factcheck.wording import count_of, number

NUMBERS = [
    (100000.0, "100,000"),
    (100000, "100,000"),
    (2.5, "2.5"),
    (1234.25, "1,234.25"),
    (0.0, "0"),
    (-3.0, "-3"),
    (None, ""),
    (float("inf"), "inf"),
]


@pytest.mark.parametrize(("value", "expected"), NUMBERS)
def test_number(value: float | None, expected: str) -> None:
    assert number(value) == expected


COUNTS = [
    ((1, "source"), "1 source"),
    ((2, "source"), "2 sources"),
    ((0, "claim"), "0 claims"),
    ((44, "claim"), "44 claims"),
    ((1234, "claim"), "1,234 claims"),
    ((1, "change"), "1 change"),
    ((2, "person", "people"), "2 people"),
]


@pytest.mark.parametrize(("args", "expected"), COUNTS)
def test_count_of(args: tuple[int, str] | tuple[int, str, str], expected: str) -> None:
    assert count_of(*args) == expected
