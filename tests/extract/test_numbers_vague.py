"""Golden table: vague magnitudes a desk must still check (issue 12).

A plural magnitude with no number before it spans one to ten of its size ("tens of
thousands" is 10,000 to 100,000) and is approximate; sentences are our own.
"""

from __future__ import annotations

import pytest

from factcheck.extract.numbers import find_quantities
from tests.extract.test_numbers import Row, check

VAGUE: list[Row] = [
    ("The botched rollout cost taxpayers tens of thousands of dollars.",
     "tens of thousands of dollars", 1e4, 1e5, "USD", "approx"),
    ("The ministry wasted hundreds of millions of pounds on the system.",
     "hundreds of millions of pounds", 1e8, 1e9, "GBP", "approx"),
    ("The storm left hundreds of thousands of homes without power.", "hundreds of thousands",
     1e5, 1e6, None, "approx"),
    ("Dozens of people were treated for smoke inhalation.", "Dozens", 12, 120, None, "approx"),
    ("Thousands marched through the capital on Saturday.", "Thousands", 1e3, 1e4, None,
     "approx"),
    ("Millions of euros in aid never reached the farms.", "Millions of euros", 1e6, 1e7, "EUR",
     "approx"),
    ("Only a handful of voters turned out for the by-election.", "a handful", 2, 5, None,
     "approx"),
    ("Tens of millions of people watched the final.", "Tens of millions", 1e7, 1e8, None,
     "approx"),
    ("Several hundred people gathered outside the court.", "Several hundred", 300, 900, None,
     "approx"),
    ("A few thousand protesters marched on parliament.", "A few thousand", 2000, 5000, None,
     "approx"),
    ("The charity raised a couple of million dollars.", "a couple of million dollars", 2e6,
     2e6, "USD", "approx"),
    # a count of digits: "a six-figure salary" is 100,000 to 1,000,000
    ("The coach was on a six-figure salary.", "six-figure", 1e5, 1e6, None, "approx"),
    ("The family won a seven-figure settlement.", "seven-figure", 1e6, 1e7, None, "approx"),
    ("Fans raised a 5-figure sum overnight.", "5-figure", 1e4, 1e5, None, "approx"),
]

# Parts of a whole: already read before issue 12, kept here with their new neighbours
PARTS: list[Row] = [
    ("A third of the council's budget goes on social care.", "A third", 1 / 3, 1 / 3, None,
     "exact"),
    ("Three in four nurses say they are thinking of leaving.", "Three in four", 0.75, 0.75, None,
     "exact"),
    ("Half of voters disagree with the plan.", "Half", 0.5, 0.5, None, "exact"),
    ("Nearly two-thirds of the seats changed hands.", "Nearly two-thirds", 2 / 3, 2 / 3, None,
     "approx"),
    ("More than half of the county's roads need repair.", "More than half", 0.5, None, None,
     "more_than"),
]


@pytest.mark.parametrize("row", VAGUE + PARTS, ids=repr)
def test_vague_magnitudes(row: Row) -> None:
    check(*row)


@pytest.mark.parametrize(("text", "counted"), [
    ("Dozens of people were treated for smoke inhalation.", "people"),
    ("Only a handful of voters turned out for the by-election.", "voters"),
    ("Half of voters disagree with the plan.", "voters"),
    ("The storm left hundreds of thousands of homes without power.", "homes"),
    ("The crash killed hundreds of pounds of fish.", "pounds of fish"),
])
def test_vague_magnitudes_count_what_follows(text: str, counted: str) -> None:
    assert counted in [q.counted for q in find_quantities(text)]
