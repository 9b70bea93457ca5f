"""The database commands, run in-process: output, exit codes, one-line errors."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from factcheck.cli import main
from factcheck.store import migrate, open_database, save_source
from tests.store.builders import liveblog

BLOG = [("9:37 a.m. ET, January 21, 2022", [
    ("Antony Blinken", "we will meet again next week"),
    ("Sergey Lavrov", "100,000 troops are [bold]not[/bold] a threat"),
])]


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture
def filled(db_url: str) -> str:
    document, claims = liveblog(BLOG, url="https://example.com/live")
    with open_database(db_url) as db, db.write() as session:
        save_source(session, document, claims)
    return db_url


def _one_error_line(stderr: str) -> str:
    lines = stderr.strip().splitlines()
    assert len(lines) == 1, stderr
    assert "Traceback" not in stderr
    assert lines[0].startswith("factcheck: error: ")
    return lines[0]


def test_db_path_follows_option_then_environment_then_default(
    runner: CliRunner, tmp_path: Path
) -> None:
    result = runner.invoke(main, ["db", "path"])
    assert result.exit_code == 0
    assert result.output.strip() == str(tmp_path / "xdg-data" / "factcheck" / "claims.sqlite3")
    env = {"FACTCHECK_DB": str(tmp_path / "env.db")}
    assert runner.invoke(main, ["db", "path"], env=env).output.strip() == str(tmp_path / "env.db")
    result = runner.invoke(main, ["db", "path", "--db", "postgresql://u:pw@h/x"], env=env)
    assert result.output.strip() == "postgresql+psycopg://u:***@h/x"
    assert not (tmp_path / "env.db").exists()  # `db path` creates nothing


def test_db_upgrade_creates_then_reports_current(runner: CliRunner, db_url: str) -> None:
    first = runner.invoke(main, ["db", "upgrade", "--db", db_url])
    assert first.exit_code == 0, first.output
    head = migrate.head_revision()
    assert f"upgraded from an empty database to revision {head}" in first.output
    again = runner.invoke(main, ["db", "upgrade", "--db", db_url])
    assert again.exit_code == 0
    assert f"already at schema revision {head}" in again.output


def test_db_status_reports_and_creates_nothing(runner: CliRunner, tmp_path: Path) -> None:
    path = tmp_path / "none.sqlite3"
    result = runner.invoke(main, ["db", "status", "--db", str(path)])
    assert result.exit_code == 0
    assert "state:    no database yet" in result.output
    assert not path.exists()


def test_db_status_counts_claims(runner: CliRunner, filled: str) -> None:
    result = runner.invoke(main, ["db", "status", "--db", filled])
    assert result.exit_code == 0, result.output
    assert "state:    up to date" in result.output
    assert "sources:  1" in result.output
    assert "claims:   2 (new 2)" in result.output


def test_claims_in_each_format(runner: CliRunner, filled: str) -> None:
    result = runner.invoke(main, ["claims", "--db", filled, "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.output.splitlines()]
    assert [r["speaker"] for r in rows] == ["Antony Blinken", "Sergey Lavrov"]
    assert rows[1]["quantities"][0]["surface"] == "100,000"
    assert rows[1]["source_url"] == "https://example.com/live"

    result = runner.invoke(main, ["claims", "--db", filled, "--format", "csv", "--search",
                                  "troops"])
    assert result.exit_code == 0
    (row,) = csv.DictReader(io.StringIO(result.output))
    assert row["speaker"] == "Sergey Lavrov" and row["status"] == "new"

    result = runner.invoke(main, ["claims", "--db", filled, "--format", "table"])
    assert result.exit_code == 0
    assert "[bold]" in result.output  # source text is never read as markup (cells wrap)
    limited = runner.invoke(main, ["claims", "--db", filled, "--format", "jsonl", "--limit",
                                   "1", "--sort", "speaker", "--desc"])
    assert [json.loads(x)["speaker"] for x in limited.output.splitlines()] == ["Sergey Lavrov"]
    none = runner.invoke(main, ["claims", "--db", filled, "--format", "jsonl", "--status",
                                "checked"])
    assert (none.exit_code, none.output) == (0, "")


def test_claims_rejects_an_unknown_status(runner: CliRunner, filled: str) -> None:
    result = runner.invoke(main, ["claims", "--db", filled, "--status", "done"])
    assert result.exit_code == 2
    assert "Invalid value for '--status'" in result.output


def test_show_text_and_json(runner: CliRunner, filled: str) -> None:
    result = runner.invoke(main, ["show", "2", "--db", filled])
    assert result.exit_code == 0, result.output
    assert "Claim 2 · quote · new" in result.output
    assert "[bold]not[/bold]" in result.output
    assert "speaker:      Sergey Lavrov" in result.output
    assert "url:          https://example.com/live" in result.output
    assert "100,000" in result.output
    assert "100000.0" not in result.output  # the figures read as in the TUI: 100,000
    data = json.loads(runner.invoke(main, ["show", "2", "--db", filled, "--format", "json"])
                      .output)
    assert data["post"]["time"] == BLOG[0][0]
    assert data["context"] == data["text"]


def test_show_a_missing_claim(runner: CliRunner, filled: str) -> None:
    result = runner.invoke(main, ["show", "99", "--db", filled])
    assert result.exit_code == 1
    assert "no claim with id 99" in _one_error_line(result.stderr)


def test_commands_on_a_file_that_is_not_a_database(runner: CliRunner, tmp_path: Path) -> None:
    path = tmp_path / "article.txt"
    path.write_text("Not a database at all.\n" * 100)
    for args in (["claims"], ["show", "1"], ["db", "status"], ["db", "upgrade"]):
        result = runner.invoke(main, [*args, "--db", str(path)])
        assert result.exit_code == 3, (args, result.output)
        assert "not an SQLite database" in _one_error_line(result.stderr)


def test_commands_on_a_newer_database(runner: CliRunner, db_url: str) -> None:
    from sqlalchemy import create_engine, text

    open_database(db_url).close()
    engine = create_engine(db_url)
    with engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = 'f00d'"))
    engine.dispose()
    for args in (["claims"], ["db", "upgrade"], ["db", "status"]):
        result = runner.invoke(main, [*args, "--db", db_url])
        assert result.exit_code == 3
        assert "revision f00d" in _one_error_line(result.stderr)


def test_a_new_default_database_is_created_on_first_use(
    runner: CliRunner, tmp_path: Path
) -> None:
    result = runner.invoke(main, ["claims", "--format", "jsonl"])
    assert (result.exit_code, result.output) == (0, "")
    assert (tmp_path / "xdg-data" / "factcheck" / "claims.sqlite3").exists()
