"""Escape sequences in sources, notes, names and evidence never reach the terminal.

Every human-readable output (tables, ``show``, messages) shows control characters as
visible stand-ins (``factcheck.output.visible``); JSON lines escape them as JSON does, and
CSV keeps them verbatim for the spreadsheet.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from factcheck.cli import main
from factcheck.output import visible

TITLE = "\x1b]0;PWNED\x07"  # sets the terminal window's title
CLEAR = "\x1b[2J"  # clears the screen
ARTICLE = (
    f'The minister said: "We have 100,000 troops {TITLE} ready {CLEAR} now," according to '
    "Reuters.\n"
)


def _run(*args: Any) -> Any:
    return CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)


def _assert_inert(text: str) -> None:
    assert "\x1b" not in text and "\x07" not in text, text


@pytest.fixture
def stored(tmp_path: Path) -> tuple[str, Path]:
    """A database holding the article, claim 1 with a note and evidence full of escapes."""
    article = tmp_path / "article.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    db = str(tmp_path / "claims.sqlite3")
    assert _run("ingest", article, "--db", db).exit_code == 0
    editor = f"ed{TITLE}"
    assert _run("note", 1, f"a note {CLEAR}", "--db", db, "--editor", editor).exit_code == 0
    assert _run("evidence", 1, f"call {CLEAR} notes", "--db", db,
                "--editor", editor).exit_code == 0
    return db, article


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("plain text", "plain text"),
        (TITLE, "\u241b]0;PWNED\u2407"),
        (CLEAR, "\u241b[2J"),
        ("tab\tand\nnewline stay", "tab\tand\nnewline stay"),
        ("carriage\rreturn, DEL\x7f, CSI\x9b", "carriage\u240dreturn, DEL\u2421, CSI\ufffd"),
        ("", ""),
        (None, ""),
    ],
)
def test_visible_shows_controls_one_for_one(value: str | None, expected: str) -> None:
    assert visible(value) == expected
    assert len(visible(value)) == len(value or "")


@pytest.mark.parametrize(
    "args",
    [
        ("show", 1),
        ("claims", "--format", "table"),
        ("history", 1, "--format", "table"),
    ],
    ids=["show", "claims", "history"],
)
def test_stored_text_is_shown_inert(stored: tuple[str, Path], args: tuple[Any, ...]) -> None:
    db, _ = stored
    result = _run(*args, "--db", db)
    assert result.exit_code == 0, result.output
    _assert_inert(result.output)
    assert "\u241b" in result.output  # shown, not dropped


def test_show_shows_claim_note_and_evidence_inert(stored: tuple[str, Path]) -> None:
    db, _ = stored
    out = _run("show", 1, "--db", db).stdout
    assert "\u241b]0;PWNED\u2407" in out and "\u241b[2J" in out
    assert "evidence:     call \u241b[2J notes" in out


def test_history_shows_note_and_editor_inert(stored: tuple[str, Path]) -> None:
    db, _ = stored
    out = _run("history", 1, "--db", db, "--format", "table").stdout
    assert "a note \u241b[2J" in out and "ed\u241b]0;PWNED\u2407" in out


def test_extract_table_is_inert(stored: tuple[str, Path]) -> None:
    _, article = stored
    result = _run("extract", article, "--format", "table")
    assert result.exit_code == 0
    _assert_inert(result.output)
    assert "\u241b]0;PWNED" in result.output


def test_messages_quoting_names_are_inert(stored: tuple[str, Path], tmp_path: Path) -> None:
    db, _ = stored
    assigned = _run("assign", 1, f"Ann{CLEAR}", "--db", db)
    assert assigned.stdout == "claim 1: assigned to Ann\u241b[2J\n"
    missing = _run("ingest", tmp_path / f"gone{TITLE}.txt", "--db", db)
    assert missing.exit_code == 1
    _assert_inert(missing.output)
    assert "gone\u241b]0;PWNED\u2407.txt" in missing.stderr
    refused = _run("show", 2, "--db", db)  # an error: the database path is in the line
    assert refused.exit_code == 1 and refused.stderr.startswith("factcheck: error: no claim")


def test_json_and_csv_keep_the_text_as_it_is(stored: tuple[str, Path]) -> None:
    db, _ = stored
    jsonl = _run("claims", "--format", "jsonl", "--db", db).stdout
    _assert_inert(jsonl)  # JSON escapes control characters itself: \u001b
    assert TITLE in json.loads(jsonl.splitlines()[0])["text"]
    shown = json.loads(_run("show", 1, "--format", "json", "--db", db).stdout)
    assert CLEAR in shown["text"]
    exported = _run("export", "--format", "csv", "--db", db).stdout
    rows = list(csv.DictReader(io.StringIO(exported)))
    assert TITLE in rows[0]["text"]
