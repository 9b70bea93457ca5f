"""The claims CSV: documented, stable columns, RFC 4180, UTF-8, streamed row by row.

The same file comes back through ``factcheck import`` (see ``csv_import``); the columns
are documented in README.md ("Exporting claims"). New columns are only ever appended.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from typing import Any, Final, TextIO, cast

from factcheck.export.records import QUANTITY_KEYS, ExportRecord, iso_time
from factcheck.output import neutralise_cell
from factcheck.store.appearances import Appearance

CSV_COLUMNS: Final = (
    "id", "status", "verdict", "kind", "text", "quote", "speaker", "speaker_role", "cue",
    "cited_source",
    "quantity_value", "quantity_low", "quantity_high", "quantity_unit", "quantity_qualifier",
    "quantity_counted", "quantities",
    "source_title", "source_url", "source_publisher", "source_published", "post_time",
    "post_byline", "start", "end", "quote_start", "quote_end",
    "assignee", "updated_by", "updated_at", "rationale", "evidence", "version",
    # claim tracking (appended, so that older columns keep their places)
    "group", "appearances", "already_checked",
)
# Exports made before claim tracking lack these; they still import.
TRACKING_COLUMNS: Final = ("group", "appearances", "already_checked")
# Evidence items are one per line inside their cell.
EVIDENCE_SEPARATOR: Final = "\n"
BOM: Final = "\ufeff"

_NO_QUANTITY: Final = (None,) * len(QUANTITY_KEYS)
# Free-text cells (from sources or editors) that a spreadsheet could read as a formula.
_TEXT_CELLS: Final = tuple(CSV_COLUMNS.index(name) for name in (
    "text", "quote", "speaker", "speaker_role", "cue", "cited_source", "quantity_value",
    "quantity_unit", "quantity_counted", "source_title", "source_url", "source_publisher",
    "post_time", "post_byline", "assignee", "updated_by", "rationale", "evidence",
    "appearances",
))
_RISKY_FIRST: Final = frozenset("=+-@\t\r'")


def quantities_json(quantities: Iterable[tuple[Any, ...]]) -> str:
    return json.dumps([dict(zip(QUANTITY_KEYS, q, strict=True)) for q in quantities],
                      ensure_ascii=False)


def appearance_line(place: Appearance) -> str:
    """``2022-01-21T14:37:00+00:00 · CNN live blog · https://... (claim 7)``"""
    parts = [iso_time(place.when) or "undated", place.source]
    if place.url:
        parts.append(place.url)
    return " · ".join(parts) + f" (claim {place.claim_id})"


def appearances_cell(places: Iterable[Appearance]) -> str:
    """Every print of a claim, first first, one per line (as evidence is)."""
    return EVIDENCE_SEPARATOR.join(appearance_line(place) for place in places)


def csv_cells(record: ExportRecord) -> tuple[Any, ...]:
    """One claim as the cells of a CSV row, in ``CSV_COLUMNS`` order, formula-like text
    neutralised (``None`` is written as an empty cell by the csv module).

    The hot loop of every export: rows are unpacked by position, and the neutralising
    function is only called for the rare cell whose first character could start a formula.
    """
    (claim_id, status, verdict, kind, text, quote, speaker, role, cue, cited, title, url,
     publisher, published, post_time, byline, start, end, quote_start, quote_end, assignee,
     updated_by, updated_at, rationale, version, _posted_at, group) = cast(Any, record.row)
    quantities = record.quantities
    surface, _s, _e, low, high, unit, qualifier, counted, _r, _d = (
        quantities[0] if quantities else _NO_QUANTITY
    )
    items = record.evidence
    cells = [
        claim_id, status, verdict, kind, text, quote, speaker, role, cue, cited,
        surface, low, high, unit, qualifier, counted,
        quantities_json(quantities) if quantities else "[]",
        title, url, publisher, iso_time(published), post_time, byline,
        start, end, quote_start, quote_end, assignee, updated_by, iso_time(updated_at),
        rationale, EVIDENCE_SEPARATOR.join(items) if items else None, version,
        group, appearances_cell(record.appearances) if record.appearances else None,
        str(record.already_checked) if record.already_checked else None,
    ]
    for index in _TEXT_CELLS:
        cell = cells[index]
        if cell and cell[0] in _RISKY_FIRST:
            cells[index] = neutralise_cell(cell)
    return tuple(cells)


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
