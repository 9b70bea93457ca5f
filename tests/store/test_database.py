"""Where the database is, how it is opened, and what is refused."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from factcheck.store import DatabaseError, SchemaState, open_database, resolve_url, schema_status
from factcheck.store.database import default_database_path, describe, sqlite_path


def test_url_from_option_beats_environment_beats_default(tmp_path: Path) -> None:
    env = {"FACTCHECK_DB": str(tmp_path / "env.sqlite3")}
    assert sqlite_path(resolve_url(str(tmp_path / "opt.sqlite3"), environ=env)) == (
        tmp_path / "opt.sqlite3"
    )
    assert sqlite_path(resolve_url(None, environ=env)) == tmp_path / "env.sqlite3"
    assert sqlite_path(resolve_url(None, environ={})) == default_database_path()


def test_default_is_in_the_user_data_directory(tmp_path: Path) -> None:
    # conftest points XDG_DATA_HOME at tmp_path/xdg-data
    assert default_database_path() == tmp_path / "xdg-data" / "factcheck" / "claims.sqlite3"


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("postgresql://u:secret@db.example/claims", "postgresql+psycopg://u:***@db.example/claims"),
        ("postgres://u@db.example/claims", "postgresql+psycopg://u@db.example/claims"),
        ("postgresql+psycopg://u@h:5433/x", "postgresql+psycopg://u@h:5433/x"),
    ],
)
def test_postgres_urls_use_psycopg_and_hide_passwords(value: str, expected: str) -> None:
    assert describe(resolve_url(value, environ={})) == expected


def test_a_plain_path_is_an_sqlite_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    url = resolve_url("rel/claims.db", environ={})
    assert url.get_backend_name() == "sqlite"
    assert sqlite_path(url) == tmp_path / "rel" / "claims.db"
    assert sqlite_path(resolve_url("~/c.db", environ={})) == Path("~/c.db").expanduser()


def test_a_new_sqlite_database_is_created_and_migrated_on_first_use(tmp_path: Path) -> None:
    path = tmp_path / "deep" / "dir" / "claims.sqlite3"
    with open_database(str(path)) as db:
        assert path.exists()
        assert schema_status(db.engine).state is SchemaState.CURRENT


def test_sqlite_runs_in_wal_mode_with_foreign_keys_and_busy_timeout(tmp_path: Path) -> None:
    with open_database(str(tmp_path / "c.sqlite3")) as db, db.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert connection.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 5000
        assert connection.exec_driver_sql("PRAGMA synchronous").scalar() == 1  # NORMAL


def test_foreign_keys_are_enforced(db: object) -> None:
    from sqlalchemy.exc import IntegrityError

    with pytest.raises(IntegrityError), db.write() as session:  # type: ignore[attr-defined]
        session.execute(text(
            "INSERT INTO claims (source_id, fingerprint, kind, start, \"end\", text) "
            "VALUES (999, 'f', 'quote', 0, 1, 'x')"
        ))


def test_status_and_verdict_are_constrained(db: object) -> None:
    from sqlalchemy.exc import IntegrityError

    from factcheck.store import save_source
    from tests.store.builders import liveblog

    document, claims = liveblog([(None, [("Psaki", "we are ready")])])
    with db.write() as session:  # type: ignore[attr-defined]
        source_id = save_source(session, document, claims).source_id
    for column, value in (("status", "done"), ("verdict", "true-ish")):
        with pytest.raises(IntegrityError), db.write() as session:  # type: ignore[attr-defined]
            session.execute(
                text(f"UPDATE claims SET {column} = :value WHERE source_id = :id"),
                {"value": value, "id": source_id},
            )


def test_a_file_that_is_not_a_database_is_refused_clearly(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_bytes(b"These are my notes, not a database.\n" * 200)
    before = path.read_bytes()
    with pytest.raises(DatabaseError, match=r"notes\.txt: not an SQLite database"):
        open_database(str(path))
    assert path.read_bytes() == before


def test_a_directory_is_refused(tmp_path: Path) -> None:
    with pytest.raises(DatabaseError, match="is a directory"):
        open_database(str(tmp_path))


def _set_revision(url: str, revision: str) -> None:
    engine = create_engine(url)
    with engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = :r"), {"r": revision})
    engine.dispose()


def _snapshot(url: str) -> tuple[object, ...]:
    engine = create_engine(url)
    with engine.connect() as connection:
        version = connection.execute(text("SELECT version_num FROM alembic_version")).all()
        claims = connection.execute(text("SELECT count(*) FROM claims")).scalar()
    engine.dispose()
    return version, claims


def test_a_newer_schema_is_refused_and_left_untouched(db_url: str) -> None:
    open_database(db_url).close()
    _set_revision(db_url, "9999_from_the_future")
    path = sqlite_path(resolve_url(db_url))
    file_before = hashlib.sha256(path.read_bytes()).hexdigest() if path else None
    before = _snapshot(db_url)
    with pytest.raises(DatabaseError, match="9999_from_the_future.*does not know.*upgrade factcheck"):
        open_database(db_url)
    assert _snapshot(db_url) == before
    if path:
        assert hashlib.sha256(path.read_bytes()).hexdigest() == file_before


def test_a_database_of_something_else_is_refused(db_url: str) -> None:
    engine = create_engine(db_url)
    with engine.begin() as connection:
        connection.execute(text("CREATE TABLE invoices (id INTEGER PRIMARY KEY)"))
    engine.dispose()
    with pytest.raises(DatabaseError, match="no factcheck schema version"):
        open_database(db_url)


def test_an_older_sqlite_schema_is_upgraded_on_open(tmp_path: Path) -> None:
    from factcheck.store import migrate

    url = f"sqlite:///{tmp_path / 'old.sqlite3'}"
    with open_database(url) as db:
        migrate.downgrade(db.engine, "base")
        assert schema_status(db.engine).state is SchemaState.EMPTY
    with open_database(url) as db:
        assert schema_status(db.engine).state is SchemaState.CURRENT


def test_an_unreachable_postgres_server_is_a_clear_error() -> None:
    with pytest.raises(DatabaseError, match=r"cannot use the database at postgresql\+psycopg://"):
        open_database("postgresql://nobody@127.0.0.1:1/none")


def test_an_unsupported_url_is_a_clear_error() -> None:
    with pytest.raises(DatabaseError, match="unsupported database URL"):
        open_database("oracle+nodriver://x/y")


def test_write_sessions_hold_the_sqlite_write_lock_from_the_start(tmp_path: Path) -> None:
    """A write transaction that has only read so far already blocks other writers."""
    import sqlite3

    with open_database(str(tmp_path / "c.sqlite3")) as db, db.write() as session:
        session.execute(text("SELECT count(*) FROM claims")).scalar()
        other = sqlite3.connect(str(tmp_path / "c.sqlite3"), timeout=0.1)
        with pytest.raises(sqlite3.OperationalError, match="locked"):
            other.execute("BEGIN IMMEDIATE")
        other.close()
