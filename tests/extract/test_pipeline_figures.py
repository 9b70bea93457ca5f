"""Golden table: which figures of a sentence that names its source are claims (issue 12).

A figure inside the source ("according to two officials") only counts who spoke; a share of
the people speaking ("70 percent of Americans say") is what a poll claims. Sentences are
our own.
"""

from __future__ import annotations

import pytest

from factcheck.extract import extract

CASES: list[tuple[str, list[str]]] = [
    ("An overwhelming 70 percent of Americans say that the tariffs were a mistake.",
     ["70 percent"]),
    ("Three in four nurses say they plan to leave the profession.", ["Three in four"]),
    ("Half of voters say the economy is getting worse.", ["Half"]),
    ("Nearly 60% of teachers said they had considered quitting.", ["Nearly 60%"]),
    ("Two officials said the talks had stalled on 3 issues.", ["3"]),
    ("According to two officials, the talks collapsed on Friday.", []),
]


@pytest.mark.parametrize(("text", "figures"), CASES)
def test_figures_in_a_source(text: str, figures: list[str]) -> None:
    found = [q.surface for claim in extract(text) for q in claim.quantities]
    assert found == figures
