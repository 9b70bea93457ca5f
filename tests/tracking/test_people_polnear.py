"""People on PolNeAR articles: quotes of one annotated full name are one stored person,
and no stored person holds two different full names (two people joined)."""

from __future__ import annotations

from benchmarks.people_polnear import ingest, measure
from factcheck.store.database import Database
from tests.conftest import shared_path


def test_one_person_per_full_name_and_never_two_people_in_one(db: Database) -> None:
    root = shared_path("eval", "polnear-train")
    documents = ingest(db, root, 120)
    figures = measure(db, root, documents)
    assert figures["names_in_several_articles"] >= 5  # the test is about something
    assert figures["merged_people"] == 0, figures["merged_examples"]
    assert figures["linking_share_across_articles"] >= 0.95
