"""Exports (CSV, JSON lines, ClaimReview JSON-LD) and the CSV import back through the
workflow. Writers stream: memory stays constant however many claims are exported."""

from __future__ import annotations

from dataclasses import replace
from typing import Final, TextIO

from sqlalchemy.orm import Session

from factcheck.errors import FactcheckError
from factcheck.export.claimreview import Publisher, iter_claim_reviews, write_claim_reviews
from factcheck.export.csv_export import CSV_COLUMNS, write_claims_csv
from factcheck.export.csv_import import ImportRefused, ImportSummary, import_claims
from factcheck.export.jsonl import JSONL_KEYS, write_claims_jsonl
from factcheck.export.records import ALL_CLAIMS, ExportRecord, export_select, iter_records
from factcheck.store.queries import ClaimFilter

EXPORT_FORMATS: Final = ("csv", "jsonl", "claimreview")


def export_claims(
    session: Session, out: TextIO, *, fmt: str = "csv", filters: ClaimFilter = ALL_CLAIMS,
    excel: bool = False, publisher: Publisher | None = None,
) -> int:
    """Write the claims matching ``filters`` to ``out``; the number written."""
    if fmt == "claimreview":
        if filters.status not in (None, "checked"):
            raise FactcheckError("ClaimReview covers checked claims only", exit_code=2)
        filters = replace(filters, status="checked")
    records = iter_records(session, filters)
    if fmt == "csv":
        return write_claims_csv(records, out, excel=excel)
    if fmt == "jsonl":
        return write_claims_jsonl(records, out)
    if fmt == "claimreview":
        if publisher is None:
            publisher = Publisher.resolve(None, None)
        return write_claim_reviews(iter_claim_reviews(session, records, publisher), out)
    raise ValueError(f"unknown export format {fmt!r}")


__all__ = [
    "CSV_COLUMNS",
    "EXPORT_FORMATS",
    "JSONL_KEYS",
    "ExportRecord",
    "ImportRefused",
    "ImportSummary",
    "Publisher",
    "export_claims",
    "export_select",
    "import_claims",
    "iter_claim_reviews",
    "iter_records",
    "write_claim_reviews",
    "write_claims_csv",
    "write_claims_jsonl",
]
