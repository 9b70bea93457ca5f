"""The claims CSV: documented, stable columns, RFC 4180, UTF-8, streamed row by row.

The same file comes back through ``factcheck import`` (see ``csv_import``); the columns
are documented in README.md ("Exporting claims"). New columns are only ever appended.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from datetime import datetime
from typing import Any, Final, TextIO

from factcheck.export.records import QUANTITY_KEYS, ExportRecord
from factcheck.output import neutralise_cell

CSV_COLUMNS: Final = (
    "id", "status", "verdict", "kind", "text", "quote", "speaker", "speaker_role", "cue",
    "cited_source",
    "quantity_value", "quantity_low", "quantity_high", "quantity_unit", "quantity_qualifier",
    "quantity_counted", "quantities",
    "source_title", "source_url", "source_publisher", "source_published", "post_time",
    "post_byline", "start", "end", "quote_start", "quote_end",
    "assignee", "updated_by", "updated_at", "rationale", "evidence", "version",
)
# Evidence items are one per line inside their cell.
EVIDENCE_SEPARATOR: Final = "\n"
BOM: Final = "\ufeff"

_NO_QUANTITY: Final = (None,) * len(QUANTITY_KEYS)


def _iso(value: datetime | None) -> str | None:
    return None if value is None else value.isoformat()


def quantities_json(quantities: Iterable[tuple[Any, ...]]) -> str:
    return json.dumps([dict(zip(QUANTITY_KEYS, q, strict=True)) for q in quantities],
                      ensure_ascii=False)


def csv_cells(record: ExportRecord) -> tuple[Any, ...]:
    """One claim as the cells of a CSV row, in ``CSV_COLUMNS`` order, formula-like text
    neutralised (``None`` is written as an empty cell by the csv module)."""
    n = neutralise_cell
    r = record.row
    quantities = record.quantities
    q = quantities[0] if quantities else _NO_QUANTITY
    return (
        r.id, r.status, r.verdict, r.kind, n(r.text), n(r.quote), n(r.speaker),
        n(r.speaker_role), n(r.cue), n(r.cited_source),
        n(q[0]), q[3], q[4], n(q[5]), q[6], n(q[7]),
        quantities_json(quantities) if quantities else "[]",
        n(r.source_title), n(r.source_url), n(r.source_publisher), _iso(r.source_published),
        n(r.post_time), n(r.post_byline), r.start, r.end, r.quote_start, r.quote_end,
        n(r.assignee), n(r.updated_by), _iso(r.updated_at), n(r.rationale),
        n(EVIDENCE_SEPARATOR.join(record.evidence)) if record.evidence else None, r.version,
    )


def write_claims_csv(records: Iterable[ExportRecord], out: TextIO, *, excel: bool = False) -> int:
    """Write the header and one row per claim; the number of claims written.
    ``excel`` starts the file with a byte-order mark, which Excel needs to read UTF-8."""
    if excel:
        out.write(BOM)
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    count = 0
    writerow = writer.writerow
    for record in records:
        writerow(csv_cells(record))
        count += 1
    return count
