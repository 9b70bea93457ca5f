"""Sorting as the desk reads it: status in workflow order, speaker in any case, no speaker
last; each read from its own index on SQLite and PostgreSQL (migration 0004)."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import select, text, update

from factcheck.store import Database, save_source
from factcheck.store.models import Claim
from factcheck.store.queries import claims_select, sort_order
from tests.store.builders import many

# claim id -> (status, speaker) written over the built claims
ROWS = {
    1: ("dismissed", "zelensky"),
    2: ("checked", "Antony Blinken"),
    3: ("new", "de Gaulle"),
    4: ("in_review", None),
    5: ("new", "Boris Johnson"),
    6: ("checked", "De Gaulle"),
}


@pytest.fixture
def stored(db: Database) -> Database:
    with db.write() as session:
        save_source(session, *many(len(ROWS)))
    with db.write() as session:
        for claim_id, (status, speaker) in ROWS.items():
            session.execute(update(Claim).where(Claim.id == claim_id).values(
                status=status, speaker=speaker))
    return db


def _ids(db: Database, sort: str, *, descending: bool = False) -> list[int]:
    with db.sessions.begin() as session:
        return [row.id for row in session.execute(claims_select(sort=sort,
                                                                descending=descending))]


ORDERS = [
    # (sort, descending) -> ids
    (("status", False), [3, 5, 4, 2, 6, 1]),  # new, in review, checked, dismissed
    (("status", True), [1, 6, 2, 4, 5, 3]),
    (("speaker", False), [2, 5, 3, 6, 1, 4]),  # Antony, Boris, de/De Gaulle, zelensky, none
    (("speaker", True), [4, 1, 6, 3, 5, 2]),
]


@pytest.mark.parametrize(("sort", "expected"), ORDERS, ids=lambda v: str(v))
def test_sort_order_on_both_backends(stored: Database, sort: tuple[str, bool],
                                     expected: list[int]) -> None:
    key, descending = sort
    assert _ids(stored, key, descending=descending) == expected


def _plan(db: Database, statement: Any) -> str:
    with db.sessions.begin() as session:
        if session.bind.dialect.name == "sqlite":  # type: ignore[union-attr]
            compiled = statement.compile(session.bind, compile_kwargs={"literal_binds": True})
            rows = session.execute(text(f"EXPLAIN QUERY PLAN {compiled}"))
            return " | ".join(str(row[3]) for row in rows)
        # A handful of rows: tell the planner a sort is dear, to see whether it can avoid one.
        session.execute(text("SET LOCAL enable_sort = off"))
        session.execute(text("SET LOCAL enable_seqscan = off"))
        compiled = statement.compile(session.bind, compile_kwargs={"literal_binds": True})
        return " | ".join(row[0] for row in session.execute(text(f"EXPLAIN {compiled}")))


@pytest.mark.parametrize(("sort", "index"), [("status", "ix_claims_status_rank"),
                                              ("speaker", "ix_claims_speaker_folded")])
@pytest.mark.parametrize("descending", [False, True])
def test_the_first_page_is_read_from_the_sorts_index(
    stored: Database, sort: str, index: str, descending: bool
) -> None:
    statement = select(Claim.id).order_by(*sort_order(sort, descending=descending)).limit(100)
    plan = _plan(stored, statement)
    assert index in plan, plan
    assert "TEMP B-TREE" not in plan and "Sort" not in plan, plan  # no sort at all


def test_downgrading_claim_tracking_keeps_the_sort_indexes(db_url: str) -> None:
    """On SQLite the downgrade of 0005 rebuilds ``claims``, which loses indexes on
    expressions unless they are created again."""
    from sqlalchemy import inspect

    from factcheck.store import migrate
    from factcheck.store.database import create_engine_for, resolve_url

    engine = create_engine_for(resolve_url(db_url))
    try:
        migrate.upgrade(engine, "head")
        migrate.downgrade(engine, "0004")
        if engine.dialect.name == "sqlite":  # SQLAlchemy does not reflect these there
            with engine.connect() as connection:
                names = {row[0] for row in connection.exec_driver_sql(
                    "SELECT name FROM sqlite_master WHERE type = 'index'")}
        else:
            names = {str(index["name"]) for index in inspect(engine).get_indexes("claims")}
        assert {"ix_claims_status_rank", "ix_claims_speaker_folded"} <= names
    finally:
        engine.dispose()
