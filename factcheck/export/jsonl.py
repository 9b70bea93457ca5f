"""The claims as JSON lines: the CSV's columns with typed values, quantities and evidence
as lists (no flattened ``quantity_*`` keys)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import Any, Final, TextIO

from factcheck.export.csv_export import CSV_COLUMNS
from factcheck.export.records import QUANTITY_KEYS, ExportRecord, iso_time
from factcheck.output import write_jsonl

JSONL_KEYS: Final = tuple(c for c in CSV_COLUMNS if not c.startswith("quantity_"))


def json_record(record: ExportRecord) -> dict[str, Any]:
    r = record.row._mapping
    out: dict[str, Any] = {}
    for key in JSONL_KEYS:
        if key == "quantities":
            out[key] = [dict(zip(QUANTITY_KEYS, q, strict=True)) for q in record.quantities]
        elif key == "evidence":
            out[key] = list(record.evidence)
        elif key == "group":
            out[key] = r["group_id"]
        elif key == "appearances":
            out[key] = [place.to_dict() for place in record.appearances]
        elif key == "already_checked":
            note = record.already_checked
            out[key] = None if note is None else note.to_dict()
        else:
            value = r[key]
            out[key] = iso_time(value) if isinstance(value, datetime) else value
    return out


def write_claims_jsonl(records: Iterable[ExportRecord], out: TextIO) -> int:
    return write_jsonl((json_record(record) for record in records), out)
