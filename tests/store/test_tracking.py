"""Claim tracking in the store: people and groups made at ingest, and by migration 0005."""

from __future__ import annotations

import threading
import time
from typing import Any

from sqlalchemy import insert, select, text

from factcheck.store import migrate, open_database, save_source
from factcheck.store.database import Database, create_engine_for, resolve_url
from factcheck.store.models import Claim, Person
from tests.store.builders import liveblog

TIME = "9:37 a.m. ET, January 21, 2022"


def _ingest(db: Database, said: list[tuple[str, str]], location: str) -> None:
    document, claims = liveblog([(TIME, said)], location=location)
    with db.write() as session:
        save_source(session, document, claims)


def _rows(db: Database) -> list[Any]:
    with db.sessions.begin() as session:
        return list(session.execute(
            select(Claim.id, Claim.quote, Claim.speaker, Claim.person_id, Claim.group_id)
            .order_by(Claim.id)
        ))


def _people(db: Database) -> dict[int, str]:
    with db.sessions.begin() as session:
        return dict(session.execute(select(Person.id, Person.name)).all())


def test_a_quote_printed_again_elsewhere_joins_the_first_ones_group(db: Database) -> None:
    _ingest(db, [("Antony Blinken", "we will meet again next week in Geneva"),
                 ("Sergey Lavrov", "100,000 troops are not a threat to anyone")], "/a.txt")
    _ingest(db, [("Blinken", "We will meet again next week in Geneva"),
                 ("Sergey Lavrov", "127,000 troops are not a threat to anyone"),
                 ("Jen Psaki", "we will meet again next week in Geneva")], "/b.txt")
    blinken1, lavrov1, blinken2, lavrov2, psaki = _rows(db)
    assert blinken1.group_id is not None and blinken2.group_id == blinken1.group_id
    assert blinken2.person_id == blinken1.person_id  # "Blinken" is the one Blinken stored
    assert lavrov2.group_id is None and lavrov1.group_id is None  # other figure: other claim
    assert psaki.group_id is None  # another speaker: another claim
    assert len(_people(db)) == 3


def test_repeats_within_one_source_are_grouped(db: Database) -> None:
    _ingest(db, [("Kuleba", "we counted 127,000 soldiers at the border"),
                 ("Kuleba", "We counted 127,000 soldiers at the border")], "/a.txt")
    first, second = _rows(db)
    assert first.group_id == second.group_id is not None


def test_a_repeat_is_found_behind_many_claims_of_its_shape_in_one_batch(db: Database) -> None:
    # A running count in a live blog: the updates between a claim and its repeat share
    # each of its band keys, far more than PER_BAND of them, but none states its figures.
    def update(tanks: int, trucks: int) -> tuple[str, str]:
        return ("Kuleba", f"we counted {tanks} tanks and {trucks} trucks near the border today")

    between = [update(5, 100 + k) if k % 2 else update(200 + k, 3) for k in range(80)]
    _ingest(db, [update(5, 3), *between, update(5, 3)], "/a.txt")
    first, *others, repeat = _rows(db)
    assert repeat.group_id is not None and repeat.group_id == first.group_id
    assert all(row.group_id is None for row in others)


def test_two_ingests_side_by_side_make_one_person_and_one_group(db_url: str) -> None:
    # Two desks ingest at once: the first has stored Jen Psaki's quote but not committed
    # when the second ingests the same quote; the second must not make her again.
    first, second = open_database(db_url), open_database(db_url)
    saved = threading.Event()
    failures: list[BaseException] = []

    def ingest_and_hold() -> None:
        try:
            document, claims = liveblog([(TIME, [("Jen Psaki", "the talks will go on")])],
                                        location="/a.txt")
            with first.write() as session:
                save_source(session, document, claims)
                saved.set()
                time.sleep(0.5)  # still uncommitted while the other ingest runs
        except BaseException as exc:  # reported by the main thread
            failures.append(exc)
            saved.set()

    holder = threading.Thread(target=ingest_and_hold)
    holder.start()
    try:
        assert saved.wait(30)
        _ingest(second, [("Jen Psaki", "The talks will go on")], "/b.txt")
    finally:
        holder.join()
        first.close()
    assert not failures
    rows = _rows(second)
    second.close()
    assert len(rows) == 2
    assert rows[0].person_id == rows[1].person_id is not None
    assert rows[0].group_id == rows[1].group_id is not None


def test_two_people_who_share_a_surname_are_never_joined(db: Database) -> None:
    _ingest(db, [("Donald Trump", "the wall will be built by next year"),
                 ("Ivanka Trump", "childcare costs 20,000 dollars a year")], "/a.txt")
    _ingest(db, [("Trump", "the factories will come back to Ohio")], "/b.txt")
    donald, ivanka, bare = _rows(db)
    people = _people(db)
    assert donald.person_id != ivanka.person_id
    assert bare.person_id not in (donald.person_id, ivanka.person_id)
    assert people[bare.person_id] == "Trump"
    # one Psaki stored: the surname alone is her
    _ingest(db, [("Jen Psaki", "the briefing starts at noon today")], "/c.txt")
    _ingest(db, [("Psaki", "the options are all on the table")], "/d.txt")
    *_, psaki, bare_psaki = _rows(db)
    assert bare_psaki.person_id == psaki.person_id


def test_migration_0005_links_and_groups_the_claims_already_stored(db_url: str) -> None:
    engine = create_engine_for(resolve_url(db_url))
    try:
        migrate.upgrade(engine, "0004")
        with engine.begin() as connection:
            source = connection.execute(text(
                "INSERT INTO sources (kind, location, name, authors, retrieved, content_hash,"
                " text) VALUES ('text', '/x', 'x', '[]', CURRENT_TIMESTAMP, 'h', 'x')"
                " RETURNING id")).scalar_one()
            rows = [
                ("Jen Psaki", "we counted 1,000 trucks near the border"),
                ("Psaki", "We counted 1,000 trucks near the border"),
                ("Jen Psaki", "we counted 2,000 trucks near the border"),
            ]
            for number, (speaker, quote) in enumerate(rows):
                connection.execute(insert(Claim.__table__).values(
                    source_id=source, fingerprint=f"f{number}", kind="quote", start=0, end=1,
                    text=f'{speaker} said "{quote}".', quote=quote, speaker=speaker,
                ))
        migrate.upgrade(engine)
        with engine.connect() as connection:
            got = connection.execute(
                text("SELECT person_id, group_id FROM claims ORDER BY id")).all()
        (p1, g1), (p2, g2), (p3, g3) = got
        assert p1 == p2 == p3 is not None
        assert g1 == g2 is not None and g3 is None
    finally:
        engine.dispose()


def test_downgrading_0005_keeps_every_claim_and_its_figures(db_url: str) -> None:
    """On SQLite the downgrade rebuilds ``claims``: nothing may cascade or be lost."""
    from factcheck.store import open_database

    database = open_database(db_url)
    try:
        _ingest(database, [("Jen Psaki", "we counted 1,000 trucks near the border"),
                           ("Psaki", "We counted 1,000 trucks near the border")], "/a.txt")
    finally:
        database.close()
    engine = create_engine_for(resolve_url(db_url))
    try:
        count = "SELECT (SELECT count(*) FROM claims), (SELECT count(*) FROM quantities)"
        with engine.connect() as connection:
            before = connection.execute(text(count)).one()
        migrate.downgrade(engine, "0004")
        with engine.connect() as connection:
            assert connection.execute(text(count)).one() == before == (2, 2)
        migrate.upgrade(engine)  # and up again: grouped once more by the backfill
        with engine.connect() as connection:
            groups = connection.execute(text("SELECT group_id FROM claims")).scalars().all()
        assert len(set(groups)) == 1 and None not in groups
    finally:
        engine.dispose()
