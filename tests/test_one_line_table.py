"""`--no-wrap` tables: one line a claim that fits the width, for `make run` without a
terminal (44 claims were 821 lines of an 80-column wrapped table)."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from click.testing import CliRunner

from factcheck.cli import main
from factcheck.output import write_table
from tests.conftest import SAMPLE

COLUMNS = ("id", "status", "speaker", "text")
ROWS = [
    {"id": 1, "status": "new", "speaker": "Jen Psaki",
     "text": "Russia has amassed 100,000 troops on the border, she said, " * 3},
    {"id": 22, "status": "in_review", "speaker": None, "text": "Short.\nOn two lines."},
]


def _lines(width: int, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    monkeypatch.setenv("COLUMNS", str(width))  # Rich's width off a terminal
    out = io.StringIO()
    assert write_table(ROWS, COLUMNS, out, wrap=False) == 2
    return out.getvalue().splitlines()


@pytest.mark.parametrize("width", [60, 80, 120])
def test_one_line_a_row_within_the_width(width: int, monkeypatch: pytest.MonkeyPatch) -> None:
    lines = _lines(width, monkeypatch)
    assert len(lines) == 3  # the header and two rows
    assert all(len(line.rstrip()) <= width for line in lines)
    header, first, second = lines
    assert header.split() == list(COLUMNS)
    assert first.split()[:2] == ["1", "new"] and first.rstrip().endswith("…")
    assert second.split()[:2] == ["22", "in_review"]  # short columns are never cut
    assert "Short. On two lines." in second


def test_make_run_without_a_terminal_lists_one_line_a_claim(tmp_path: Path) -> None:
    db = str(tmp_path / "claims.sqlite3")
    runner = CliRunner()
    assert runner.invoke(main, ["ingest", str(SAMPLE), "--db", db]).exit_code == 0
    # As the Makefile runs it when standard output is not a terminal.
    result = runner.invoke(main, ["claims", "--limit", "60", "--format", "table", "--no-wrap",
                                  "--db", db], env={"COLUMNS": "80"})
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    stored = runner.invoke(main, ["claims", "--format", "jsonl", "--db", db]).output
    assert len(lines) == 1 + len(stored.splitlines())  # the header and one line a claim
    assert max(len(line.rstrip()) for line in lines) <= 80
    wrapped = runner.invoke(main, ["claims", "--format", "table", "--db", db],
                            env={"COLUMNS": "80"})
    assert len(wrapped.output.splitlines()) > 400  # what it was, and still is by default


def test_a_column_empty_in_every_row_gives_its_width_to_the_others(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("COLUMNS", "60")
    rows = [{**row, "verdict": None, "already_checked": ""} for row in ROWS]
    out = io.StringIO()
    write_table(rows, ("id", "verdict", "status", "already_checked", "speaker", "text"), out,
                wrap=False)
    header = out.getvalue().splitlines()[0]
    assert header.split() == list(COLUMNS)  # verdict and already_checked left out
