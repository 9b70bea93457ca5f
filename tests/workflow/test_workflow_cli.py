"""The workflow, export and import commands, called in-process."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from factcheck.cli import main
from factcheck.store import open_database
from tests.workflow.helpers import seed


@pytest.fixture
def desk(db_url: str, monkeypatch: pytest.MonkeyPatch) -> tuple[str, list[int]]:
    monkeypatch.setenv("FACTCHECK_EDITOR", "cli-editor")
    with open_database(db_url) as db:
        return db_url, seed(db)


def run(*args: Any) -> Any:
    return CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)


def _one_line_error(result: Any, *fragments: str) -> None:
    assert result.exit_code != 0
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("factcheck: error: "), result.stderr
    assert "Traceback" not in result.output
    for fragment in fragments:
        assert fragment in lines[0]


def _history(url: str, claim_id: int) -> list[dict[str, Any]]:
    result = run("history", claim_id, "--db", url, "--format", "jsonl")
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.stdout.splitlines()]


def test_mark_several_claims_at_once_with_evidence(desk: tuple[str, list[int]]) -> None:
    url, ids = desk
    result = run("mark", ids[0], ids[1], "false", "--note", "Nobody counted them.",
                 "--evidence", "https://x.example/a", "--evidence", "phone call", "--db", url)
    assert result.exit_code == 0, result.output
    assert result.stdout == "2 claims: checked, false\n"
    fields = [(h["field"], h["new"], h["editor"]) for h in _history(url, ids[1])]
    assert fields == [("status", "checked", "cli-editor"), ("verdict", "false", "cli-editor"),
                      ("rationale", "Nobody counted them.", "cli-editor"),
                      ("evidence", "https://x.example/a", "cli-editor"),
                      ("evidence", "phone call", "cli-editor")]


def test_a_bulk_command_is_all_or_nothing(desk: tuple[str, list[int]]) -> None:
    url, ids = desk
    assert run("status", ids[1], "dismissed", "--db", url, "--editor", "ann").exit_code == 0
    result = run("mark", ids[0], ids[1], "false", "--note", "n", "--evidence", "e", "--db", url)
    _one_line_error(result, f"claim {ids[1]} is dismissed; reopen it first")
    assert _history(url, ids[0]) == []


def test_status_reopen_needs_reason_assign_note_evidence(desk: tuple[str, list[int]]) -> None:
    url, ids = desk
    claim = ids[0]
    assert run("status", claim, "dismissed", "--db", url).exit_code == 0
    _one_line_error(run("status", claim, "in_review", "--db", url), "needs a reason")
    assert run("status", claim, "in_review", "--reason", "has a figure", "--db", url,
               ).exit_code == 0
    assert run("assign", claim, "bea", "--db", url).stdout == f"claim {claim}: assigned to bea\n"
    assert run("assign", claim, "", "--db", url).stdout == f"claim {claim}: unassigned\n"
    assert run("note", claim, "call the ministry", "--db", url).exit_code == 0
    assert run("evidence", claim, "https://un.example/r", "--db", url).exit_code == 0
    rows = _history(url, claim)
    assert [(r["field"], r["old"], r["new"], r["reason"]) for r in rows] == [
        ("status", "new", "dismissed", None),
        ("status", "dismissed", "in_review", "has a figure"),
        ("assignee", None, "bea", None),
        ("assignee", "bea", None, None),
        ("note", None, "call the ministry", None),
        ("evidence", None, "https://un.example/r", None),
    ]
    table = run("history", claim, "--db", url, "--format", "table")
    assert table.exit_code == 0 and "claim" in table.stdout and "evidence" in table.stdout


@pytest.mark.parametrize(
    ("args", "fragments"),
    [
        (("mark", "{id}", "bogus", "--note", "n"), ("unknown verdict 'bogus'",)),
        (("mark", "{id}", "false", "--note", "n"), ("at least one piece of evidence",)),
        (("mark", "x1", "false", "--note", "n"), ("not a claim id: 'x1'",)),
        (("status", "{id}", "checked"), ("by giving it a verdict",)),
        (("status", "checked"), ("expected ID [ID...] STATUS",)),
        (("note", "999999", "hello"), ("no claim with id 999999",)),
        (("history", "999999"), ("no claim with id 999999",)),
        (("export", "--excel", "--format", "jsonl"), ("--excel applies to CSV only",)),
        (("export", "--format", "claimreview"), ("ClaimReview needs",)),
    ],
)
def test_errors_are_one_line_with_a_non_zero_exit(
    desk: tuple[str, list[int]], args: tuple[str, ...], fragments: tuple[str, ...],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("FACTCHECK_ORG", raising=False)
    monkeypatch.delenv("FACTCHECK_REVIEW_URL", raising=False)
    url, ids = desk
    _one_line_error(run(*(a.replace("{id}", str(ids[0])) for a in args), "--db", url),
                    *fragments)


def test_the_evidence_rule_can_be_relaxed(
    desk: tuple[str, list[int]], monkeypatch: pytest.MonkeyPatch
) -> None:
    url, ids = desk
    monkeypatch.setenv("FACTCHECK_REQUIRE_EVIDENCE", "0")
    assert run("mark", ids[0], "unverifiable", "--note", "No data.", "--db", url).exit_code == 0


def test_export_to_a_file_edit_and_import(desk: tuple[str, list[int]], tmp_path: Path) -> None:
    url, ids = desk
    path = tmp_path / "claims.csv"
    result = run("export", "-o", path, "--excel", "--db", url)
    assert result.exit_code == 0 and f"exported 4 claims to {path}" in result.stderr
    assert not (tmp_path / "claims.csv.part").exists()
    text = path.read_text(encoding="utf-8-sig")
    rows = list(csv.reader(io.StringIO(text, newline="")))
    rows[1][rows[0].index("assignee")] = "dora"
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        csv.writer(handle).writerows(rows)
    result = run("import", path, "--db", url, "--dry-run")
    assert "1 claim would change (dry run, nothing written)" in result.stdout
    result = run("import", path, "--db", url, "--editor", "spreadsheet")
    assert result.exit_code == 0, result.output
    assert "1 claim changed, 1 change recorded" in result.stdout
    assert [(h["field"], h["new"], h["editor"]) for h in _history(url, ids[0])] == [
        ("assignee", "dora", "spreadsheet")]
    again = run("import", path, "--db", url)  # same file again: its version is now stale
    assert again.exit_code == 2
    assert again.stderr.startswith(f"factcheck: error: {path}: nothing was imported; 1 problem")
    assert f"row 2: claim {ids[0]} was changed by spreadsheet at " in again.stderr


def test_export_jsonl_and_claimreview_to_stdout(
    desk: tuple[str, list[int]], monkeypatch: pytest.MonkeyPatch
) -> None:
    url, ids = desk
    run("mark", ids[2], "accurate", "--note", "Matches.", "--evidence", "e", "--db", url)
    lines = run("export", "--format", "jsonl", "--kind", "quote", "--db", url).stdout
    assert len(lines.splitlines()) == 4
    monkeypatch.setenv("FACTCHECK_REVIEW_URL", "https://desk.example/c/{id}")
    result = run("export", "--format", "claimreview", "--org", "Desk", "--db", url)
    (review,) = [json.loads(line) for line in result.stdout.splitlines()]
    assert review["url"] == f"https://desk.example/c/{ids[2]}"
    assert review["author"]["name"] == "Desk"


def test_export_does_not_leave_a_partial_file_on_error(
    desk: tuple[str, list[int]], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    url, _ = desk
    import factcheck.export as export

    def broken(*_args: Any, **_kwargs: Any) -> int:
        from factcheck.errors import FactcheckError

        raise FactcheckError("the database went away")

    monkeypatch.setattr(export, "export_claims", broken)
    target = tmp_path / "exports" / "out.csv"
    target.parent.mkdir()
    _one_line_error(run("export", "-o", target, "--db", url), "the database went away")
    assert list(target.parent.iterdir()) == []
