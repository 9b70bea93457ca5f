"""A damaged CSV is refused with the row a spreadsheet shows (a record, the header is row 1),
and in words that say what is wrong with it."""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from factcheck.cli import main
from factcheck.export import CSV_COLUMNS, export_claims
from factcheck.store import open_database
from tests.workflow.helpers import seed

COL = {name: index for index, name in enumerate(CSV_COLUMNS)}
# Three physical lines in one cell, and more than the 8 KB a text decoder reads at once.
LONG_CELL = "first line\nsecond line\n" + "x" * 20_000


@pytest.fixture
def exported(db_url: str) -> tuple[str, list[list[str]]]:
    """The desk's export, with row 2's text spread over several lines."""
    with open_database(db_url) as db:
        seed(db)
        with db.sessions.begin() as session:
            out = io.StringIO(newline="")
            export_claims(session, out)
    table = list(csv.reader(io.StringIO(out.getvalue(), newline="")))
    table[1][COL["text"]] = LONG_CELL  # read-only column: ignored by the import
    return db_url, table


def _csv(table: list[list[str]]) -> str:
    out = io.StringIO(newline="")
    csv.writer(out, lineterminator="\r\n").writerows(table)
    return out.getvalue()


def _problems(db_url: str, path: Path, content: bytes) -> list[str]:
    path.write_bytes(content)
    result = CliRunner().invoke(main, ["import", str(path), "--db", db_url])
    assert result.exit_code == 2, result.output
    assert "Traceback" not in result.output
    lines = result.stderr.splitlines()
    count = len(lines) - 1
    assert lines[0] == f"factcheck: error: {path}: nothing was imported; {count} problem(s):"
    return [line.strip() for line in lines[1:]]


def test_bad_utf8_is_reported_at_its_row(exported: Any, tmp_path: Path) -> None:
    db_url, table = exported
    table[3][COL["text"]] = "caf\N{LATIN SMALL LETTER E WITH ACUTE}"
    content = _csv(table).encode("utf-8").replace("é".encode(), b"\xe9")
    assert _problems(db_url, tmp_path / "latin1.csv", content) == [
        "row 4: the file is not UTF-8 text (byte 0xE9 in column text); save it as 'CSV UTF-8'"
    ]


def test_bad_utf8_in_the_header_is_row_1(exported: Any, tmp_path: Path) -> None:
    db_url, table = exported
    content = _csv(table).encode("utf-8").replace(b"verdict", b"verdi\xff", 1)
    assert _problems(db_url, tmp_path / "header.csv", content) == [
        f"row 1: the file is not UTF-8 text (byte 0xFF in cell {COL['verdict'] + 1}); "
        "save it as 'CSV UTF-8'"
    ]


def test_an_unclosed_quote_is_reported_at_its_record(exported: Any, tmp_path: Path) -> None:
    db_url, table = exported
    text = _csv(table[:3]) + table[3][0] + ',"in_review,never closed\r\nmore\r\n'
    assert _problems(db_url, tmp_path / "quote.csv", text.encode()) == [
        "row 4: a quoted cell is never closed: a '\"' is missing before the end of the file"
    ]


def test_an_unclosed_quote_swallowing_the_file_says_so(exported: Any, tmp_path: Path) -> None:
    db_url, table = exported
    rest = ("no quote on this line\r\n" * 10_000)  # more than a cell may hold
    text = _csv(table[:2]) + table[2][0] + ',"in_review,never closed\r\n' + rest
    assert _problems(db_url, tmp_path / "swallowed.csv", text.encode()) == [
        f"row 3: a cell is longer than {csv.field_size_limit()} characters: is a quoted "
        "cell never closed (a '\"' missing)?"
    ]


def test_a_stray_quote_is_explained(exported: Any, tmp_path: Path) -> None:
    db_url, table = exported
    text = _csv(table[:2]) + table[2][0] + ',"in_review" or so,\r\n' + _csv(table[3:])
    assert _problems(db_url, tmp_path / "stray.csv", text.encode()) == [
        "row 3: a quoted cell goes on after its closing '\"': a '\"' inside a cell is written "
        "twice (\"\"), or a quoted cell was never closed"
    ]


def test_a_nul_in_the_header_is_named(exported: Any, tmp_path: Path) -> None:
    db_url, table = exported
    table[0][COL["source_publisher"]] = "source_pub\x00lisher"
    assert _problems(db_url, tmp_path / "nul.csv", _csv(table).encode()) == [
        f"row 1: cell {COL['source_publisher'] + 1} ('source_pub\\x00lisher') holds a NUL "
        "character: the file is damaged or is not text"
    ]


def test_a_nul_in_a_cell_is_refused_before_the_database_sees_it(
    exported: Any, tmp_path: Path
) -> None:
    db_url, table = exported
    table[2][COL["status"]] = "checked"
    table[2][COL["verdict"]] = "false"
    table[2][COL["rationale"]] = "Nobody\x00 counted."  # PostgreSQL cannot store a NUL
    table[2][COL["evidence"]] = "https://x.example/a"
    table[3][COL["assignee"]] = "ann"  # a good edit, not written either
    assert _problems(db_url, tmp_path / "nulcell.csv", _csv(table).encode()) == [
        "row 3: column rationale ('Nobody\\x00 counted.') holds a NUL character: the file "
        "is damaged or is not text"
    ]
