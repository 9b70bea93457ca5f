"""The audit trail (revision 0002) and the evidence (0003) are append-only in the database
itself, on SQLite and PostgreSQL: raw SQL cannot change or remove ``changes`` or ``evidence``
rows, the workflow still adds them."""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from sqlalchemy import Connection, text
from sqlalchemy.exc import IntegrityError

from factcheck.cli import main
from factcheck.store import migrate, open_database, schema_status
from factcheck.store.database import SchemaState
from tests.workflow.helpers import seed

TRIGGERS = {
    "sqlite": {
        "changes_append_only_no_update",
        "changes_append_only_no_delete",
        "changes_append_only_no_replace",
        "evidence_append_only_no_update",
        "evidence_append_only_no_delete",
        "evidence_append_only_no_replace",
    },
    "postgresql": {
        "changes_append_only_no_update_delete",
        "changes_append_only_no_truncate",
        "evidence_append_only_no_update_delete",
        "evidence_append_only_no_truncate",
    },
}


def _of(table: str, dialect: str) -> set[str]:
    return {name for name in TRIGGERS[dialect] if name.startswith(f"{table}_")}


def run(*args: Any) -> Any:
    return CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)


def _triggers(connection: Connection) -> set[str]:
    """The enabled triggers on ``changes`` and ``evidence``."""
    if connection.dialect.name == "sqlite":
        query = ("SELECT name FROM sqlite_master WHERE type = 'trigger' "
                 "AND tbl_name IN ('changes', 'evidence')")
    else:
        query = (
            "SELECT tgname FROM pg_trigger WHERE tgrelid IN "
            "('changes'::regclass, 'evidence'::regclass) "
            "AND NOT tgisinternal AND tgenabled <> 'D'"
        )
    return set(connection.execute(text(query)).scalars())


def _evidence_rows(db: Any) -> list[tuple[Any, ...]]:
    with db.engine.connect() as connection:
        return [tuple(row) for row in connection.execute(text(
            "SELECT id, claim_id, url, reference, editor, created_at FROM evidence ORDER BY id"
        ))]


def _audit_rows(db: Any) -> list[tuple[Any, ...]]:
    with db.engine.connect() as connection:
        return [tuple(row) for row in connection.execute(text(
            "SELECT id, claim_id, field, old_value, new_value, editor, reason, changed_at "
            "FROM changes ORDER BY id"
        ))]


@pytest.fixture
def desk(db_url: str, monkeypatch: pytest.MonkeyPatch) -> Any:
    """A database whose first claim has been marked through the CLI (four audit rows)."""
    monkeypatch.setenv("FACTCHECK_EDITOR", "cli-editor")
    with open_database(db_url) as db:
        ids = seed(db)
        result = run("mark", ids[0], "false", "--note", "Nobody counted them.",
                     "--evidence", "https://x.example/a", "--db", db_url)
        assert result.exit_code == 0, result.output
        assert len(_audit_rows(db)) == 4
        yield db, ids


def test_a_database_created_by_the_app_is_at_head_with_the_triggers(db_url: str) -> None:
    with open_database(db_url) as db:
        assert schema_status(db.engine).state is SchemaState.CURRENT
        with db.engine.connect() as connection:
            assert migrate.current_revision(connection) == migrate.head_revision() == "0006"
            assert _triggers(connection) == TRIGGERS[connection.dialect.name]


AUDIT = "the audit trail is append-only"
EVIDENCE = "evidence is append-only"


def _protected(db: Any) -> tuple[list[tuple[Any, ...]], list[tuple[Any, ...]]]:
    return _audit_rows(db), _evidence_rows(db)


@pytest.mark.parametrize(
    ("statement", "message", "refused"),
    [
        ("UPDATE changes SET new_value = 'true' WHERE field = 'verdict'", AUDIT, "updated"),
        ("UPDATE changes SET editor = 'someone else'", AUDIT, "updated"),
        ("UPDATE changes SET id = id + 1000 WHERE id = :first", AUDIT, "updated"),
        ("DELETE FROM changes WHERE id = :first", AUDIT, "deleted"),
        ("DELETE FROM changes", AUDIT, "deleted"),
        ("UPDATE evidence SET url = 'https://elsewhere.example/'", EVIDENCE, "updated"),
        ("DELETE FROM evidence", EVIDENCE, "deleted"),
    ],
)
def test_raw_update_and_delete_of_audit_and_evidence_rows_are_refused(
    desk: Any, statement: str, message: str, refused: str
) -> None:
    db, _ids = desk
    before = _protected(db)
    assert [row[2] for row in before[1]] == ["https://x.example/a"]
    params = {"first": before[0][0][0]} if ":first" in statement else {}
    with pytest.raises(IntegrityError) as caught, db.engine.begin() as connection:
        connection.execute(text(statement), params)
    assert f"{message}: its rows cannot be {refused}" in str(caught.value.orig)
    assert _protected(db) == before


def test_an_upsert_over_an_audit_row_is_refused(desk: Any) -> None:
    db, ids = desk
    before = _audit_rows(db)
    with pytest.raises(IntegrityError, match="append-only"), db.engine.begin() as connection:
        connection.execute(text(
            "INSERT INTO changes (id, claim_id, field, new_value, editor) "
            "VALUES (:id, :claim, 'verdict', 'accurate', 'x') "
            "ON CONFLICT (id) DO UPDATE SET new_value = excluded.new_value"
        ), {"id": before[0][0], "claim": ids[0]})
    assert _audit_rows(db) == before


@pytest.mark.parametrize(
    ("table", "columns", "message"),
    [("changes", "field, new_value", AUDIT), ("evidence", "url, reference", EVIDENCE)],
)
def test_backend_specific_ways_round_the_triggers_are_refused_too(
    desk: Any, table: str, columns: str, message: str
) -> None:
    """SQLite's INSERT OR REPLACE deletes without firing delete triggers; PostgreSQL's
    TRUNCATE fires no row triggers. Each has its own guard."""
    db, ids = desk
    before = _protected(db)
    first = before[0 if table == "changes" else 1][0][0]
    if db.engine.dialect.name == "sqlite":
        statement, params = (
            f"INSERT OR REPLACE INTO {table} (id, claim_id, {columns}, editor) "
            "VALUES (:id, :claim, 'verdict', 'accurate', 'x')",
            {"id": first, "claim": ids[0]},
        )
        refused = "replaced"
    else:
        statement, params, refused = f"TRUNCATE {table}", {}, "truncated"
    with pytest.raises(IntegrityError) as caught, db.engine.begin() as connection:
        connection.execute(text(statement), params)
    assert f"{message}: its rows cannot be {refused}" in str(caught.value)
    assert _protected(db) == before


def test_a_claim_with_history_cannot_be_deleted_and_nothing_cascades(desk: Any) -> None:
    """``changes.claim_id`` has no ON DELETE action: the foreign key refuses the delete, so
    no cascade ever needs to get past the triggers (see the revision's docstring)."""
    db, ids = desk
    before = _audit_rows(db)
    with pytest.raises(IntegrityError), db.engine.begin() as connection:
        connection.execute(text("DELETE FROM claims WHERE id = :id"), {"id": ids[0]})
    assert _audit_rows(db) == before


def test_the_workflow_still_appends_through_the_cli_and_csv_import(
    desk: Any, tmp_path: Path
) -> None:
    db, ids = desk
    url = db.url.render_as_string(hide_password=False)
    assert run("status", ids[1], "dismissed", "--reason", "opinion", "--db", url).exit_code == 0
    assert run("status", ids[1], "in_review", "--reason", "has a figure", "--db", url,
               ).exit_code == 0
    assert run("note", ids[1], "call the ministry", "--db", url).exit_code == 0
    assert run("assign", ids[1], "bea", "--db", url).exit_code == 0
    assert run("evidence", ids[1], "https://un.example/r", "--db", url).exit_code == 0
    result = run("mark", ids[1], "misleading", "--note", "Half of it.", "--db", url)
    assert result.exit_code == 0, result.output

    path = tmp_path / "claims.csv"
    assert run("export", "-o", path, "--db", url).exit_code == 0
    rows = list(csv.reader(io.StringIO(path.read_text(encoding="utf-8"), newline="")))
    header = rows[0]
    row = next(r for r in rows[1:] if r[header.index("id")] == str(ids[2]))
    row[header.index("assignee")] = "dora"
    with path.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows(rows)
    result = run("import", path, "--db", url, "--editor", "spreadsheet")
    assert result.exit_code == 0, result.output
    assert "1 claim changed, 1 change recorded" in result.stdout

    history = _audit_rows(db)
    assert [r[2] for r in history if r[1] == ids[1]] == [
        "status", "status", "note", "assignee", "evidence", "status", "verdict", "rationale"]
    assert [(r[2], r[4], r[5]) for r in history if r[1] == ids[2]] == [
        ("assignee", "dora", "spreadsheet")]
    assert [r[0] for r in history] == sorted({r[0] for r in history})  # nothing replaced


def test_downgrade_to_0002_drops_only_the_evidence_triggers(db_url: str) -> None:
    with open_database(db_url) as db:
        migrate.downgrade(db.engine, "0002")
        with db.engine.connect() as connection:
            dialect = connection.dialect.name
            assert _triggers(connection) == _of("changes", dialect)
            if dialect == "postgresql":
                assert connection.execute(text(
                    "SELECT to_regproc('evidence_append_only')")).scalar_one() is None
        with db.engine.begin() as connection:  # evidence can be corrected in place again
            connection.execute(text("UPDATE evidence SET url = url"))
        migrate.upgrade(db.engine)
        with db.engine.connect() as connection:
            assert _triggers(connection) == TRIGGERS[dialect]


def test_downgrade_to_0001_drops_the_triggers_and_upgrade_restores_them(db_url: str) -> None:
    with open_database(db_url) as db:
        migrate.downgrade(db.engine, "0001")
        with db.engine.connect() as connection:
            assert migrate.current_revision(connection) == "0001"
            assert _triggers(connection) == set()
            if connection.dialect.name == "postgresql":
                assert connection.execute(text(
                    "SELECT to_regproc('changes_append_only')"  # in this test's schema
                )).scalar_one() is None
        migrate.upgrade(db.engine)
        with db.engine.connect() as connection:
            assert _triggers(connection) == TRIGGERS[connection.dialect.name]
