"""A claim id too large for the database is an unknown claim, in one line, never an
overflow in the driver (SQLite: 64-bit integers; PostgreSQL: 32-bit INTEGER ids)."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from click.testing import CliRunner
from sqlalchemy import func, select

from factcheck.cli import main, parse_claim_id
from factcheck.export import CSV_COLUMNS, export_claims
from factcheck.store import open_database
from factcheck.store.models import MAX_ID, Change
from factcheck.workflow import UnknownClaimError
from tests.workflow.helpers import seed

HUGE = ["2147483648", "9223372036854775808", "-9223372036854775809", "1" + "0" * 40]

# The arguments after the command name; "--" first, so that a negative id is not an option.
COMMANDS = {
    "show": lambda i: [i],
    "history": lambda i: [i],
    "note": lambda i: [i, "a note"],
    "evidence": lambda i: [i, "https://x.example/e"],
    "mark": lambda i: ["--note", "wrong", "--evidence", "a call", "--", i, "false"],
    "status": lambda i: [i, "in_review"],
    "assign": lambda i: [i, "ann"],
}


@pytest.fixture
def desk(db_url: str) -> tuple[str, list[int]]:
    with open_database(db_url) as db:
        return db_url, seed(db)


def _audit_rows(url: str) -> int:
    with open_database(url) as db, db.sessions.begin() as session:
        return session.execute(select(func.count()).select_from(Change)).scalar_one()


@pytest.mark.parametrize(
    ("raw", "expected"),
    [("1", 1), (" 42 ", 42), (str(MAX_ID), MAX_ID)],
)
def test_ids_in_range_are_read(raw: str, expected: int) -> None:
    assert parse_claim_id(raw) == expected


@pytest.mark.parametrize("raw", ["0", "-1", str(MAX_ID + 1), *HUGE])
def test_ids_out_of_range_are_unknown_claims(raw: str) -> None:
    with pytest.raises(UnknownClaimError, match=f"^no claim with id {raw}$"):
        parse_claim_id(raw)


@pytest.mark.parametrize("command", sorted(COMMANDS))
@pytest.mark.parametrize("huge", HUGE[:3])
def test_every_command_says_no_such_claim(
    desk: tuple[str, list[int]], command: str, huge: str
) -> None:
    url, _ = desk
    before = _audit_rows(url)
    args = COMMANDS[command](huge)
    if "--" not in args:
        args = ["--", *args]
    result = CliRunner().invoke(main, [command, "--db", url, *args])
    assert result.exit_code == 1, result.output
    assert result.stderr == f"factcheck: error: no claim with id {huge}\n"
    assert "Traceback" not in result.output and result.stdout == ""
    assert _audit_rows(url) == before


def test_a_bulk_command_with_one_huge_id_changes_nothing(desk: tuple[str, list[int]]) -> None:
    url, ids = desk
    before = _audit_rows(url)
    result = CliRunner().invoke(main, ["status", str(ids[0]), HUGE[0], "dismissed", "--db", url])
    assert result.exit_code == 1
    assert result.stderr == f"factcheck: error: no claim with id {HUGE[0]}\n"
    assert _audit_rows(url) == before


def test_an_import_row_with_a_huge_id_is_an_unknown_claim(
    desk: tuple[str, list[int]], tmp_path: Path
) -> None:
    url, _ = desk
    with open_database(url) as db, db.sessions.begin() as session:
        out = io.StringIO(newline="")
        export_claims(session, out)
    table = list(csv.reader(io.StringIO(out.getvalue(), newline="")))
    column = {name: index for index, name in enumerate(CSV_COLUMNS)}
    table[1][column["id"]] = HUGE[0]
    table[2][column["id"]] = HUGE[1]
    table[3][column["id"]] = HUGE[2] + ".0"
    table[4][column["version"]] = "12.5"
    path = tmp_path / "edited.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle, lineterminator="\r\n").writerows(table)
    before = _audit_rows(url)
    result = CliRunner().invoke(main, ["import", str(path), "--db", url])
    assert result.exit_code == 2, result.output
    unknown = "(deleted, or exported from another database)"
    assert result.stderr.splitlines()[1:] == [
        f"  row 2: no claim with id {HUGE[0]} {unknown}",
        f"  row 3: no claim with id {HUGE[1]} {unknown}",
        f"  row 4: no claim with id {HUGE[2]} {unknown}",
        f"  row 5: version {table[4][column['version']]!r} is not a whole number",
    ]
    assert _audit_rows(url) == before

