"""The claims every export writes, streamed: one query for the claims with their source
and post, and per batch of claims one query each for their quantities and evidence.

Batches keep memory constant however many claims there are (``yield_per``: a server-side
cursor on PostgreSQL, ``fetchmany`` on SQLite), and two extra queries per thousand claims
cost far less than joining the one-to-many tables into the main query and regrouping.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any, Final

from sqlalchemy import Row, Select, select
from sqlalchemy.orm import Session

from factcheck.store.models import Claim, Evidence, Post, Quantity, Source
from factcheck.store.queries import ClaimFilter
from factcheck.workflow import evidence_text

BATCH: Final = 2000
ALL_CLAIMS: Final = ClaimFilter()

# The quantity keys, in the order of the extractor's ``Quantity.to_dict``.
QUANTITY_KEYS: Final = (
    "surface", "start", "end", "low", "high", "unit", "qualifier", "counted", "role", "direction",
)

_COLUMNS = (
    Claim.id, Claim.status, Claim.verdict, Claim.kind, Claim.text, Claim.quote, Claim.speaker,
    Claim.speaker_role, Claim.cue, Claim.cited_source,
    Source.title.label("source_title"), Source.url.label("source_url"),
    Source.publisher.label("source_publisher"), Source.published.label("source_published"),
    Post.time.label("post_time"), Post.posted_at.label("post_posted_at"),
    Post.byline.label("post_byline"),
    Claim.start, Claim.end, Claim.quote_start, Claim.quote_end,
    Claim.assignee, Claim.updated_by, Claim.updated_at, Claim.rationale, Claim.version,
)


def export_select(filters: ClaimFilter = ALL_CLAIMS) -> Select[Any]:
    """Claims matching ``filters`` with their source and post, in id order."""
    return (
        select(*_COLUMNS)
        .join(Source, Claim.source_id == Source.id)
        .outerjoin(Post, Claim.post_id == Post.id)
        .where(*filters.conditions())
        .order_by(Claim.id)
    )


@dataclass(frozen=True, slots=True)
class ExportRecord:
    """One claim: its row (see ``_COLUMNS`` for the names), quantities as tuples in
    ``QUANTITY_KEYS`` order, and evidence as shown to editors."""

    row: Row[Any]
    quantities: Sequence[tuple[Any, ...]]
    evidence: Sequence[str]


def _quantities(session: Session, ids: list[int]) -> dict[int, list[tuple[Any, ...]]]:
    found: dict[int, list[tuple[Any, ...]]] = {}
    rows = session.execute(
        select(Quantity.claim_id, *(getattr(Quantity, key) for key in QUANTITY_KEYS))
        .where(Quantity.claim_id.in_(ids))
        .order_by(Quantity.claim_id, Quantity.ordinal)
    )
    for claim_id, *values in rows:
        found.setdefault(claim_id, []).append(tuple(values))
    return found


def _evidence(session: Session, ids: list[int]) -> dict[int, list[str]]:
    found: dict[int, list[str]] = {}
    rows = session.execute(
        select(Evidence.claim_id, Evidence.url, Evidence.reference)
        .where(Evidence.claim_id.in_(ids))
        .order_by(Evidence.claim_id, Evidence.id)
    )
    for claim_id, url, reference in rows:
        found.setdefault(claim_id, []).append(evidence_text(url, reference))
    return found


def iter_records(
    session: Session, filters: ClaimFilter = ALL_CLAIMS, *, batch: int = BATCH,
    statement: Select[Any] | None = None,
) -> Iterator[ExportRecord]:
    """Every claim matching ``filters``, in id order, with constant memory."""
    statement = export_select(filters) if statement is None else statement
    result = session.execute(statement, execution_options={"yield_per": batch})
    for rows in result.partitions():
        ids = [row.id for row in rows]
        quantities = _quantities(session, ids)
        evidence = _evidence(session, ids)
        for row in rows:
            claim_id = row.id
            yield ExportRecord(row, quantities.get(claim_id, ()), evidence.get(claim_id, ()))
