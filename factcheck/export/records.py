"""The claims every export writes, streamed: one query for the claims with their source
and post, and per batch of claims one query each for their quantities and evidence.

Batches keep memory constant however many claims there are (``yield_per``: a server-side
cursor on PostgreSQL, ``fetchmany`` on SQLite), and two extra queries per batch of claims
cost far less than joining the one-to-many tables into the main query and regrouping.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import UTC, datetime
from typing import Any, Final, NamedTuple

from sqlalchemy import Connection, DateTime, Row, Select, select, type_coerce
from sqlalchemy.orm import Session

from factcheck.store.appearances import (
    Appearance,
    CheckedNote,
    already_checked,
    appearances_of_groups,
)
from factcheck.store.models import Claim, Evidence, Post, Quantity, Source
from factcheck.store.queries import ClaimFilter
from factcheck.workflow import evidence_text

BATCH: Final = 2000
ALL_CLAIMS: Final = ClaimFilter()

# The quantity keys, in the order of the extractor's ``Quantity.to_dict``.
QUANTITY_KEYS: Final = (
    "surface", "start", "end", "low", "high", "unit", "qualifier", "counted", "role", "direction",
)


def _time(column: Any, name: str) -> Any:
    """A time column read without ``UTCDateTime``'s per-value Python hook (about a tenth
    of the export's time on SQLite, measured); ``iso_time`` does the same normalising."""
    return type_coerce(column, DateTime(timezone=True)).label(name)


# The export's columns, in CSV order where they overlap; writers unpack rows by position.
_COLUMNS = (
    Claim.id, Claim.status, Claim.verdict, Claim.kind, Claim.text, Claim.quote, Claim.speaker,
    Claim.speaker_role, Claim.cue, Claim.cited_source,
    Source.title.label("source_title"), Source.url.label("source_url"),
    Source.publisher.label("source_publisher"), _time(Source.published, "source_published"),
    Post.time.label("post_time"), Post.byline.label("post_byline"),
    Claim.start, Claim.end, Claim.quote_start, Claim.quote_end,
    Claim.assignee, Claim.updated_by, _time(Claim.updated_at, "updated_at"), Claim.rationale,
    Claim.version, _time(Post.posted_at, "post_posted_at"), Claim.group_id,
)
ROW_KEYS: Final = tuple(column.key for column in _COLUMNS)


def iso_time(value: datetime | None) -> str | None:
    """ISO 8601 in UTC: SQLite gives naive UTC values, PostgreSQL aware ones."""
    if value is None:
        return None
    if value.tzinfo is None:
        return value.isoformat() + "+00:00"
    if value.utcoffset():
        value = value.astimezone(UTC)
    return value.isoformat()


def export_select(filters: ClaimFilter = ALL_CLAIMS) -> Select[Any]:
    """Claims matching ``filters`` with their source and post, in id order."""
    return (
        select(*_COLUMNS)
        .join(Source, Claim.source_id == Source.id)
        .outerjoin(Post, Claim.post_id == Post.id)
        .where(*filters.conditions())
        .order_by(Claim.id)
    )


class ExportRecord(NamedTuple):
    """One claim: its row (named as in ``ROW_KEYS``), quantities as tuples in
    ``QUANTITY_KEYS`` order, and evidence as shown to editors. A tuple, because a million
    of them are made per export."""

    row: Row[Any]
    quantities: Sequence[tuple[Any, ...]]
    evidence: Sequence[str]
    # Every print of the claim, first first, when it was seen more than once; and the
    # verdict another print of it got, when it is not checked itself.
    appearances: Sequence[Appearance] = ()
    already_checked: CheckedNote | None = None


def _among(column: Any, ids: list[int]) -> Any:
    """``column`` in the batch's ids. Ids come in ascending order; when they are dense (an
    unfiltered export) a range is far cheaper to compile and run than thousands of bound
    parameters, and the few extra rows it may match are dropped by the caller."""
    low, high = ids[0], ids[-1]
    if high - low < 2 * len(ids):
        return column.between(low, high)
    return column.in_(ids)


def _quantities(connection: Connection, ids: list[int]) -> dict[int, list[tuple[Any, ...]]]:
    found: dict[int, list[tuple[Any, ...]]] = {claim_id: [] for claim_id in ids}
    rows = connection.execute(
        select(Quantity.claim_id, *(getattr(Quantity, key) for key in QUANTITY_KEYS))
        .where(_among(Quantity.claim_id, ids))
        .order_by(Quantity.claim_id, Quantity.ordinal)
    ).all()
    for claim_id, *values in rows:
        if (bucket := found.get(claim_id)) is not None:
            bucket.append(tuple(values))
    return found


def _evidence(connection: Connection, ids: list[int]) -> dict[int, list[str]]:
    found: dict[int, list[str]] = {claim_id: [] for claim_id in ids}
    rows = connection.execute(
        select(Evidence.claim_id, Evidence.url, Evidence.reference)
        .where(_among(Evidence.claim_id, ids))
        .order_by(Evidence.claim_id, Evidence.id)
    ).all()
    for claim_id, url, reference in rows:
        if (bucket := found.get(claim_id)) is not None:
            bucket.append(evidence_text(url, reference))
    return found


def iter_records(
    session: Session, filters: ClaimFilter = ALL_CLAIMS, *, batch: int = BATCH,
    statement: Select[Any] | None = None,
) -> Iterator[ExportRecord]:
    """Every claim matching ``filters``, in id order, with constant memory."""
    statement = export_select(filters) if statement is None else statement
    # Core execution: the ORM's row loading adds nothing for plain columns but time.
    connection = session.connection()
    result = connection.execute(statement, execution_options={"yield_per": batch})
    for rows in result.partitions():
        ids = [row[0] for row in rows]
        quantities = _quantities(connection, ids)
        evidence = _evidence(connection, ids)
        groups = [row.group_id for row in rows if row.group_id is not None]
        seen = appearances_of_groups(session, groups) if groups else {}
        checked = already_checked(session, groups) if groups else {}
        for row in rows:
            claim_id, group = row[0], row.group_id
            note = checked.get(group) if group is not None else None
            if note is not None and (row.status == "checked" or note.claim_id == claim_id):
                note = None
            yield ExportRecord(row, quantities[claim_id], evidence[claim_id],
                               seen.get(group, ()) if group is not None else (), note)
