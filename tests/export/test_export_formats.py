"""The CSV, JSON lines and ClaimReview exports, on SQLite and PostgreSQL."""

from __future__ import annotations

import csv
import io
import json
from typing import Any

import pytest

from factcheck import workflow
from factcheck.errors import FactcheckError
from factcheck.export import CSV_COLUMNS, JSONL_KEYS, Publisher, export_claims
from factcheck.store.queries import ClaimFilter
from tests.workflow.helpers import seed

PUBLISHER = Publisher("Desk Check", "https://check.example/claims/{id}")


def _export(db: Any, fmt: str = "csv", **options: Any) -> str:
    out = io.StringIO(newline="")
    with db.sessions.begin() as session:
        export_claims(session, out, fmt=fmt, **options)
    return out.getvalue()


def _rows(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text.removeprefix("\ufeff"), newline="")))


def _checked(db: Any) -> list[int]:
    ids = seed(db)
    with db.write() as session:
        workflow.take(session, ids[0], editor="alice")
        workflow.mark(session, ids[0], "false", editor="alice",
                      rationale="=The ministry counted 400.",
                      evidence=["https://data.example/trucks.csv", "call with the ministry"])
        workflow.mark(session, ids[2], "accurate", editor="bob", rationale="Matches Gazprom.",
                      evidence=["https://gazprom.example/report"])
    return ids


def test_csv_has_the_documented_columns_crlf_rows_and_inert_formulas(db: Any) -> None:
    ids = _checked(db)
    text = _export(db)
    assert text.startswith(",".join(CSV_COLUMNS) + "\r\n")
    rows = _rows(text)
    assert [int(r["id"]) for r in rows] == ids
    first = rows[0]
    assert first["status"] == "checked" and first["verdict"] == "false"
    assert first["kind"] == "quote" and first["speaker"] == "Jen Psaki"
    assert first["quote"] == "we counted 1,000 trucks"
    assert (first["quantity_value"], first["quantity_low"], first["quantity_high"]) == (
        "1,000", "1000.0", "")
    assert json.loads(first["quantities"])[0]["surface"] == "1,000"
    assert first["source_url"] == "https://edition.example.com/live-news/ukraine-01-21-22"
    assert first["source_publisher"] == "CNN"
    assert first["post_time"] == "1:02 p.m. ET, January 21, 2022"
    assert first["post_byline"] == "By A Reporter"
    assert (first["assignee"], first["updated_by"], first["version"]) == ("alice", "alice", "3")
    assert first["updated_at"].endswith("+00:00")
    assert first["rationale"] == "'=The ministry counted 400."  # neutralised
    assert first["evidence"] == "https://data.example/trucks.csv\ncall with the ministry"
    assert rows[1]["quote"].startswith("'=HYPERLINK(")  # source text neutralised too
    assert rows[3]["quantities"] == "[]" and rows[3]["verdict"] == ""


def test_excel_flag_adds_a_byte_order_mark(db: Any) -> None:
    seed(db)
    assert _export(db, excel=True).startswith("\ufeffid,status,")
    assert not _export(db).startswith("\ufeff")


def test_filters_select_the_same_claims_as_factcheck_claims(db: Any) -> None:
    _checked(db)
    assert [r["speaker"] for r in _rows(_export(db, filters=ClaimFilter(status="checked")))] == [
        "Jen Psaki", "Olaf Scholz"]
    assert [r["speaker"] for r in _rows(_export(db, filters=ClaimFilter(speaker="scholz")))] == [
        "Olaf Scholz"]
    assert _rows(_export(db, filters=ClaimFilter(search="no such words"))) == []


def test_jsonl_has_typed_values_and_lists(db: Any) -> None:
    ids = _checked(db)
    lines = [json.loads(line) for line in _export(db, "jsonl").splitlines()]
    assert [line["id"] for line in lines] == ids
    first = lines[0]
    assert tuple(first) == JSONL_KEYS
    assert first["rationale"] == "=The ministry counted 400."  # JSON needs no neutralising
    assert first["evidence"] == ["https://data.example/trucks.csv", "call with the ministry"]
    assert first["quantities"][0]["low"] == 1000.0
    assert first["version"] == 3 and first["start"] >= 0


def _validate_claim_review(review: dict[str, Any]) -> None:
    """What Google's ClaimReview documentation requires, and the recommended fields this
    export promises (https://developers.google.com/search/docs/appearance/structured-data/factcheck)."""
    assert review["@context"] == "https://schema.org"
    assert review["@type"] == "ClaimReview"
    # required
    assert isinstance(review["claimReviewed"], str) and review["claimReviewed"].strip()
    assert review["url"].startswith("https://")
    rating = review["reviewRating"]
    assert rating["@type"] == "Rating"
    assert isinstance(rating["alternateName"], str) and rating["alternateName"].strip()
    if "ratingValue" in rating:
        assert rating["worstRating"] <= rating["ratingValue"] <= rating["bestRating"]
    # recommended, and promised by factcheck
    assert review["author"]["@type"] == "Organization" and review["author"]["name"]
    from datetime import datetime

    datetime.fromisoformat(review["datePublished"])
    item = review["itemReviewed"]
    assert item["@type"] == "Claim"
    assert item["author"]["@type"] in ("Person", "Organization") and item["author"]["name"]
    assert item["appearance"]["@type"] == "CreativeWork" and item["appearance"]["url"]


def test_claimreview_covers_checked_claims_with_the_required_fields(db: Any) -> None:
    ids = _checked(db)
    reviews = [json.loads(line) for line in _export(db, "claimreview", publisher=PUBLISHER)
               .splitlines()]
    assert [r["url"] for r in reviews] == [
        f"https://check.example/claims/{ids[0]}", f"https://check.example/claims/{ids[2]}"]
    for review in reviews:
        _validate_claim_review(review)
    first = reviews[0]
    assert first["claimReviewed"] == "we counted 1,000 trucks"
    assert first["reviewRating"]["alternateName"] == "False"
    assert first["author"]["name"] == "Desk Check"
    assert first["itemReviewed"]["author"]["name"] == "Jen Psaki"
    assert first["itemReviewed"]["appearance"]["url"] == (
        "https://edition.example.com/live-news/ukraine-01-21-22")
    assert first["reviewBody"] == "=The ministry counted 400."


def test_claimreview_needs_an_organisation_and_a_page_url() -> None:
    with pytest.raises(FactcheckError, match=r"organisation's name .* and the fact-check page"):
        Publisher.resolve(None, None, environ={})
    publisher = Publisher.resolve(None, None, environ={
        "FACTCHECK_ORG": "Desk", "FACTCHECK_REVIEW_URL": "https://d.example/{id}"})
    assert publisher == Publisher("Desk", "https://d.example/{id}")


def test_claimreview_refuses_a_status_filter_other_than_checked(db: Any) -> None:
    with pytest.raises(FactcheckError, match="checked claims only"):
        _export(db, "claimreview", publisher=PUBLISHER, filters=ClaimFilter(status="new"))


def test_small_batches_stream_the_same_records(db: Any) -> None:
    """Several batches (a server-side cursor on PostgreSQL, with the per-batch quantity and
    evidence queries run while it is open) give what one batch gives."""
    from factcheck.export import iter_records

    _checked(db)
    with db.sessions.begin() as session:
        whole = [(*r.row, tuple(r.quantities), tuple(r.evidence))
                 for r in iter_records(session)]
    with db.sessions.begin() as session:
        batched = [(*r.row, tuple(r.quantities), tuple(r.evidence))
                   for r in iter_records(session, batch=1)]
    assert batched == whole and len(whole) == 4
    assert [len(row[-2]) for row in whole] == [1, 0, 1, 0]
    assert [len(row[-1]) for row in whole] == [2, 0, 1, 0]
