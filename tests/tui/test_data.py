"""The TUI's paged reads: any page, read from either end, is the same slice of the
listing, for every sort key and filter (on SQLite, and PostgreSQL when configured)."""

from __future__ import annotations

import pytest
from sqlalchemy import update

from factcheck.store import ClaimFilter, Database, save_source
from factcheck.store.models import Claim
from factcheck.tui import data
from tests.store.builders import many

SORTS = ["id", "status", "verdict", "kind", "speaker", "source", "post_time", "position"]


@pytest.fixture
def filled(db: Database) -> Database:
    with db.write() as session:
        save_source(session, *many(230))
        save_source(session, *many(40, location="/news/other.txt"))
    with db.write() as session:
        for claim_id in range(1, 271, 3):
            session.execute(update(Claim).where(Claim.id == claim_id).values(
                status="checked", verdict=("false", "accurate")[claim_id % 2]))
    return db


@pytest.mark.parametrize("sort", SORTS)
@pytest.mark.parametrize("descending", [False, True])
def test_pages_from_either_end_are_slices_of_the_listing(
    filled: Database, sort: str, descending: bool
) -> None:
    listing = data.Listing(sort=sort, descending=descending)
    with filled.sessions.begin() as session:
        total = data.count_matching(session, listing.filters)
        everything = data.page_ids(session, listing, 0, limit=10_000)
        assert len(everything) == total == 270
        for offset in (0, 40, 130, 200, 240, 260):
            forward = data.page_ids(session, listing, offset, 40)
            from_end = data.page_ids(session, listing, offset, 40, total=total)
            assert forward == from_end == everything[offset:offset + 40], offset


def test_filters_and_counts_agree(filled: Database) -> None:
    with filled.sessions.begin() as session:
        for filters in (ClaimFilter(status="checked"), ClaimFilter(verdict="false"),
                        ClaimFilter(source="other"), ClaimFilter(search="trucks"),
                        ClaimFilter(speaker="official 7")):
            listing = data.Listing(filters)
            ids = data.page_ids(session, listing, 0, limit=10_000)
            assert len(ids) == data.count_matching(session, filters) > 0
            rows = data.rows_by_id(session, ids[:5])
            assert [r.id for r in rows] == ids[:5]


def test_summary_and_sources(filled: Database) -> None:
    with filled.sessions.begin() as session:
        summary = data.summary(session)
        sources = data.source_counts(session)
    assert summary.total == 270
    assert summary.by_status["checked"] == 90 == sum(summary.by_verdict.values())
    assert [s.total for s in sources] == [40, 230]
    assert sum(s.by_status["checked"] for s in sources) == 90
