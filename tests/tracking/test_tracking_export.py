"""Exports of tracked claims: CSV's group, appearances and already_checked columns at
the end, JSON lines alike, and ClaimReview listing every appearance."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from factcheck import workflow
from factcheck.export import CSV_COLUMNS, Publisher, export_claims, import_claims
from factcheck.store import save_source
from factcheck.store.database import Database
from tests.store.builders import liveblog

# The columns before claim tracking, in their order: they must not move.
COLUMNS_BEFORE = (
    "id", "status", "verdict", "kind", "text", "quote", "speaker", "speaker_role", "cue",
    "cited_source", "quantity_value", "quantity_low", "quantity_high", "quantity_unit",
    "quantity_qualifier", "quantity_counted", "quantities", "source_title", "source_url",
    "source_publisher", "source_published", "post_time", "post_byline", "start", "end",
    "quote_start", "quote_end", "assignee", "updated_by", "updated_at", "rationale",
    "evidence", "version",
)
SAID = [("Jen Psaki", "we counted 1,000 trucks near the border on Friday")]


def _desk(db: Database) -> tuple[int, int]:
    ids = []
    for time, url in (("9:37 a.m. ET, January 21, 2022", "https://a.example/live"),
                      ("1:02 p.m. ET, January 22, 2022", "https://b.example/story")):
        document, claims = liveblog([(time, SAID)], location=url, url=url)
        with db.write() as session:
            save_source(session, document, claims)
    with db.write() as session:
        workflow.mark(session, 1, "false", editor="maria", rationale="No trucks.",
                      evidence=["https://check.example"])
        ids = [1, 2]
    return ids[0], ids[1]


def _export(db: Database, fmt: str, **options: object) -> str:
    out = io.StringIO()
    with db.sessions.begin() as session:
        export_claims(session, out, fmt=fmt, **options)  # type: ignore[arg-type]
    return out.getvalue()


def test_csv_appends_the_tracking_columns(db: Database) -> None:
    first, repeat = _desk(db)
    rows = list(csv.DictReader(io.StringIO(_export(db, "csv"))))
    assert CSV_COLUMNS[:len(COLUMNS_BEFORE)] == COLUMNS_BEFORE
    assert CSV_COLUMNS[len(COLUMNS_BEFORE):] == ("group", "appearances", "already_checked")
    by_id = {int(row["id"]): row for row in rows}
    assert by_id[first]["group"] == by_id[repeat]["group"] != ""
    lines = by_id[repeat]["appearances"].split("\n")
    assert len(lines) == 2 and lines[0].startswith("2022-01-21T14:37:00+00:00")
    assert "https://a.example/live (claim 1)" in lines[0]
    assert by_id[repeat]["already_checked"].startswith("already checked: false, ")
    assert by_id[repeat]["already_checked"].endswith("by maria (claim 1)")
    assert by_id[repeat]["status"] == "new"
    assert by_id[first]["already_checked"] == ""  # checked itself


def test_jsonl_carries_the_group_and_its_appearances(db: Database) -> None:
    _first, repeat = _desk(db)
    records = {r["id"]: r for r in map(json.loads, _export(db, "jsonl").splitlines())}
    assert [a["claim_id"] for a in records[repeat]["appearances"]] == [1, 2]
    assert records[repeat]["already_checked"]["verdict"] == "false"
    assert records[repeat]["group"] == records[1]["group"] is not None


def test_claimreview_lists_every_appearance_first_one_first(db: Database) -> None:
    _desk(db)
    publisher = Publisher("Desk", "https://desk.example/{id}")
    (review,) = map(json.loads, _export(db, "claimreview", publisher=publisher).splitlines())
    claim = review["itemReviewed"]
    assert [w["url"] for w in claim["appearance"]] == ["https://a.example/live",
                                                       "https://b.example/story"]
    assert claim["firstAppearance"]["url"] == "https://a.example/live"


def test_an_export_made_before_tracking_still_imports(db: Database, tmp_path: Path) -> None:
    _desk(db)
    rows = list(csv.reader(io.StringIO(_export(db, "csv"))))
    old = tmp_path / "old.csv"
    with old.open("w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows(row[:len(COLUMNS_BEFORE)] for row in rows)
    with db.write() as session:
        summary = import_claims(session, old, editor="ann", reason=None,
                                policy=workflow.Policy(), dry_run=True)
    assert summary.rows == 2 and not summary.planned
