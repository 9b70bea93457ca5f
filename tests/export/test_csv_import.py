"""The exported CSV, edited in a spreadsheet, comes back through the workflow, or not at all."""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from factcheck import workflow
from factcheck.export import CSV_COLUMNS, ImportRefused, export_claims, import_claims
from factcheck.store.models import Change, Claim
from tests.workflow.helpers import seed


def _export(db: Any) -> str:
    out = io.StringIO(newline="")
    with db.sessions.begin() as session:
        export_claims(session, out)
    return out.getvalue()


def _table(text: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(text, newline="")))


def _write(path: Path, table: list[list[str]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle, lineterminator="\r\n").writerows(table)
    return path


def _import(db: Any, path: Path, **options: Any) -> Any:
    with db.write() as session:
        return import_claims(session, path, editor=options.pop("editor", "importer"), **options)


def _audit_count(db: Any) -> int:
    with db.sessions.begin() as session:
        return session.execute(select(func.count()).select_from(Change)).scalar_one()


def _versions(db: Any) -> list[int]:
    with db.sessions.begin() as session:
        return list(session.execute(select(Claim.version).order_by(Claim.id)).scalars())


COL = {name: index for index, name in enumerate(CSV_COLUMNS)}


def test_round_trip_differences_are_exactly_the_edits_and_history_shows_them(
    db: Any, tmp_path: Path
) -> None:
    ids = seed(db)
    with db.write() as session:
        workflow.mark(session, ids[3], "accurate", editor="alice", rationale="Nothing changed.",
                      evidence=["https://x.example/1"])
    before = _table(_export(db))
    edited = [row[:] for row in before]
    edits = {
        (1, "status"): "in_review", (1, "assignee"): "carol",
        (2, "status"): "checked", (2, "verdict"): "false",
        (2, "rationale"): "=No such letter was sent.",  # typed like a formula: kept as text
        (2, "evidence"): "https://archive.example/letter",
        (3, "status"): "dismissed",
        (4, "status"): "in_review", (4, "verdict"): "",  # reopen, with --reason
    }
    for (row, column), value in edits.items():
        edited[row][COL[column]] = value
    summary = _import(db, _write(tmp_path / "edited.csv", edited), reason="new data")
    assert (summary.rows, summary.claims_changed) == (4, 4)

    after = _table(_export(db))
    bookkeeping = {"version", "updated_by", "updated_at"}
    changed = {
        (r, CSV_COLUMNS[c]) for r in range(1, len(after)) for c in range(len(CSV_COLUMNS))
        if after[r][c] != before[r][c] and CSV_COLUMNS[c] not in bookkeeping
    }
    assert changed == set(edits)
    for (row, column), value in edits.items():
        expected = "'" + value if value.startswith("=") else value
        assert after[row][COL[column]] == expected
    for row in range(1, 5):
        assert after[row][COL["updated_by"]] == "importer"
        assert int(after[row][COL["version"]]) > int(before[row][COL["version"]])

    with db.sessions.begin() as session:
        histories = {claim_id: workflow.history(session, claim_id) for claim_id in ids}
    assert [(c.field, c.old, c.new) for c in histories[ids[0]]] == [
        ("assignee", None, "carol"), ("status", "new", "in_review")]
    assert [(c.field, c.old, c.new) for c in histories[ids[1]]] == [
        ("evidence", None, "https://archive.example/letter"),
        ("status", "new", "checked"), ("verdict", None, "false"),
        ("rationale", None, "=No such letter was sent."),
    ]
    assert [(c.field, c.new) for c in histories[ids[2]]] == [("status", "dismissed")]
    reopened = [(c.field, c.old, c.new, c.reason) for c in histories[ids[3]]][-2:]
    assert reopened == [("status", "checked", "in_review", "new data"),
                        ("verdict", "accurate", None, "new data")]
    assert all(c.editor == "importer" for c in histories[ids[0]])


def test_an_unedited_export_imports_as_no_change(db: Any, tmp_path: Path) -> None:
    seed(db)
    path = tmp_path / "same.csv"
    path.write_text(_export(db), encoding="utf-8", newline="")
    summary = _import(db, path)
    assert (summary.rows, summary.claims_changed, summary.changes) == (4, 0, 0)
    assert _audit_count(db) == 0


def test_an_excel_export_with_a_bom_comes_back(db: Any, tmp_path: Path) -> None:
    seed(db)
    table = _table(_export(db))
    table[1][COL["assignee"]] = "dana"
    path = tmp_path / "excel.csv"
    with path.open("w", encoding="utf-8-sig", newline="") as handle:  # writes the BOM
        csv.writer(handle, quoting=csv.QUOTE_ALL).writerows(table)
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")
    assert _import(db, path).claims_changed == 1


def _bad(db: Any, tmp_path: Path, content: bytes) -> list[str]:
    path = tmp_path / "bad.csv"
    path.write_bytes(content)
    audit, versions = _audit_count(db), _versions(db)
    with pytest.raises(ImportRefused) as caught:
        _import(db, path)
    assert (_audit_count(db), _versions(db)) == (audit, versions)  # nothing written
    assert str(caught.value).startswith(f"{path}: nothing was imported;")
    return caught.value.problems


def _edited_bytes(db: Any, edit: Any) -> bytes:
    table = _table(_export(db))
    edit(table)
    out = io.StringIO(newline="")
    csv.writer(out, lineterminator="\r\n").writerows(table)
    return out.getvalue().encode("utf-8")


def test_every_bad_row_is_listed_with_its_number_and_nothing_is_written(
    db: Any, tmp_path: Path
) -> None:
    ids = seed(db)

    def edit(table: list[list[str]]) -> None:
        table[1][COL["assignee"]] = "fine edit, but not written"
        table[2][COL["id"]] = ""
        table[3][COL["verdict"]] = "true-ish"
        table[4][COL["id"]] = "999999"
        table.append(table[1][:])  # the same claim twice

    problems = _bad(db, tmp_path, _edited_bytes(db, edit))
    assert problems == [
        "row 3: missing id",
        "row 4: unknown verdict 'true-ish'; expected one of accurate, misleading, false, "
        "unverifiable or an empty cell",
        "row 5: no claim with id 999999 (deleted, or exported from another database)",
        f"row 6: claim {ids[0]} is also on row 2",
    ]


def test_a_wrong_header_is_refused(db: Any, tmp_path: Path) -> None:
    seed(db)

    def edit(table: list[list[str]]) -> None:
        table[0][COL["verdict"]] = "rating"

    (problem,) = _bad(db, tmp_path, _edited_bytes(db, edit))
    assert problem == (
        "row 1: not the header of a factcheck export (missing verdict; unknown rating)")
    (problem,) = _bad(db, tmp_path, b"id,status,text\r\n1,new,hello\r\n")
    assert problem.startswith("row 1: not the header of a factcheck export (missing verdict, kind")


def test_a_file_that_is_not_utf8_is_refused(db: Any, tmp_path: Path) -> None:
    seed(db)

    def edit(table: list[list[str]]) -> None:
        table[2][COL["rationale"]] = "café"

    content = _edited_bytes(db, edit).decode("utf-8").encode("latin-1", errors="replace")
    (problem,) = _bad(db, tmp_path, content)
    assert "the file is not UTF-8 text" in problem and "save it as 'CSV UTF-8'" in problem


def test_malformed_csv_is_refused(db: Any, tmp_path: Path) -> None:
    seed(db)
    header = ",".join(CSV_COLUMNS).encode()
    (problem,) = _bad(db, tmp_path, header + b'\r\n1,"new,unterminated quote\r\n')
    assert problem == ("row 2: a quoted cell is never closed: a '\"' is missing before the "
                       "end of the file")
    problems = _bad(db, tmp_path, header + b"\r\n1,new\r\n")
    assert problems == [f"row 2: 2 cells, but the header has {len(CSV_COLUMNS)}"]


def test_a_row_for_a_deleted_claim_is_refused(db: Any, tmp_path: Path) -> None:
    ids = seed(db)
    exported = _export(db)
    with db.write() as session:  # a claim deleted after the export (by an administrator)
        session.execute(Claim.__table__.delete().where(Claim.id == ids[1]))
    table = _table(exported)
    table[1][COL["assignee"]] = "erin"
    path = _write(tmp_path / "edited.csv", table)
    problems = _bad(db, tmp_path, path.read_bytes())
    assert problems == [
        f"row 3: no claim with id {ids[1]} (deleted, or exported from another database)"]


def test_a_stale_row_is_refused_naming_who_changed_the_claim(db: Any, tmp_path: Path) -> None:
    ids = seed(db)
    table = _table(_export(db))
    with db.write() as session:
        workflow.assign(session, ids[0], "frank", editor="lead")
    table[1][COL["assignee"]] = "gina"
    table[2][COL["assignee"]] = "gina"
    (problem,) = _bad(db, tmp_path, _edited_bytes(db, lambda t: t.__setitem__(
        slice(None), table)))
    assert problem.startswith(f"row 2: claim {ids[0]} was changed by lead at ")
    assert "(version 2, you had 1)" in problem and "export again" in problem


@pytest.mark.parametrize(
    ("edit", "message"),
    [
        ({"status": "checked"}, "status checked needs a verdict"),
        ({"status": "checked", "verdict": "false"}, "a verdict needs a written rationale"),
        ({"status": "checked", "verdict": "false", "rationale": "r"},
         "needs at least one piece of evidence"),
        ({"verdict": "false"}, "only a checked claim has a verdict"),
        ({"rationale": "draft"}, "a rationale is written together with a verdict"),
        ({"status": "new", "evidence": ""}, "evidence cannot be removed"),
    ],
)
def test_edits_the_rules_refuse_are_listed(
    db: Any, tmp_path: Path, edit: dict[str, str], message: str
) -> None:
    ids = seed(db)
    if "evidence" in edit:
        with db.write() as session:
            workflow.add_evidence(session, ids[0], "a report", editor="a")

    def apply(table: list[list[str]]) -> None:
        for column, value in edit.items():
            table[1][COL[column]] = value

    (problem,) = _bad(db, tmp_path, _edited_bytes(db, apply))
    assert problem.startswith(f"row 2: claim {ids[0]}: ") and message in problem


def test_reopening_needs_a_reason(db: Any, tmp_path: Path) -> None:
    ids = seed(db)
    with db.write() as session:
        workflow.set_status(session, ids[0], "dismissed", editor="a")

    def edit(table: list[list[str]]) -> None:
        table[1][COL["status"]] = "in_review"

    (problem,) = _bad(db, tmp_path, _edited_bytes(db, edit))
    assert "reopening it needs a reason" in problem
    path = tmp_path / "ok.csv"
    path.write_bytes(_edited_bytes(db, edit))
    assert _import(db, path, reason="asked by the editor").claims_changed == 1


def test_dry_run_checks_and_writes_nothing(db: Any, tmp_path: Path) -> None:
    seed(db)

    def edit(table: list[list[str]]) -> None:
        table[1][COL["assignee"]] = "hal"

    path = tmp_path / "dry.csv"
    path.write_bytes(_edited_bytes(db, edit))
    summary = _import(db, path, dry_run=True)
    assert len(summary.planned) == 1 and _audit_count(db) == 0
