"""Reading claims: filtered listings, counts, and one claim with everything about it.

Shared by the CLI (``factcheck claims``, ``factcheck show``), exports and the TUI. Every
function takes the session; filters become bound parameters, never SQL text.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import asdict, dataclass, field
from datetime import datetime
from typing import Any, Final, cast

from sqlalchemy import ColumnElement, Select, func, or_, select
from sqlalchemy.orm import Session, defer

from factcheck.store.models import (
    Change,
    Claim,
    Evidence,
    Post,
    Quantity,
    Source,
    folded,
    status_rank,
)

# How much source text around a claim ``show`` and the TUI fetch to find its paragraph.
CONTEXT_WINDOW: Final = 1500
# How far the context of a claim reaches on each side when its paragraph is longer.
CONTEXT_REACH: Final = 300


@dataclass(frozen=True, slots=True)
class ClaimFilter:
    """What the TUI and ``factcheck claims`` filter on. Text filters are case-insensitive
    substrings; ``search`` looks in the claim text, the quote and the speaker."""

    status: str | None = None
    verdict: str | None = None
    kind: str | None = None
    speaker: str | None = None
    source: str | None = None
    search: str | None = None
    source_id: int | None = None
    assignee: str | None = None
    person_id: int | None = None

    def conditions(self) -> list[ColumnElement[bool]]:
        conditions: list[ColumnElement[bool]] = []
        if self.status:
            conditions.append(Claim.status == self.status)
        if self.verdict:
            conditions.append(Claim.verdict == self.verdict)
        if self.kind:
            conditions.append(Claim.kind == self.kind)
        if self.assignee:
            conditions.append(Claim.assignee == self.assignee)
        if self.source_id is not None:
            conditions.append(Claim.source_id == self.source_id)
        if self.person_id is not None:
            conditions.append(Claim.person_id == self.person_id)
        if self.speaker:
            conditions.append(Claim.speaker.icontains(self.speaker, autoescape=True))
        if self.source:
            conditions.append(or_(*(
                column.icontains(self.source, autoescape=True)
                for column in (Source.title, Source.name, Source.location, Source.url,
                               Source.publisher)
            )))
        if self.search:
            conditions.append(or_(*(
                column.icontains(self.search, autoescape=True)
                for column in (Claim.text, Claim.quote, Claim.speaker)
            )))
        return conditions


@dataclass(frozen=True, slots=True)
class ClaimListing:
    """One row of a claims listing: the claim with its source and post, no quantities."""

    id: int
    status: str
    verdict: str | None
    kind: str
    text: str
    quote: str | None
    speaker: str | None
    speaker_role: str | None
    cue: str | None
    cited_source: str | None
    start: int
    end: int
    span_valid: bool
    assignee: str | None
    rationale: str | None
    version: int
    updated_at: datetime
    source_id: int
    source_name: str
    source_title: str | None
    source_url: str | None
    post_time: str | None
    post_headline: str | None
    post_byline: str | None
    person_id: int | None = None
    group_id: int | None = None

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-ready values (times as ISO 8601 strings)."""
        row = asdict(self)
        row["updated_at"] = _iso(self.updated_at)
        return row


_LISTING_COLUMNS = (
    Claim.id, Claim.status, Claim.verdict, Claim.kind, Claim.text, Claim.quote, Claim.speaker,
    Claim.speaker_role, Claim.cue, Claim.cited_source, Claim.start, Claim.end,
    Claim.span_valid, Claim.assignee, Claim.rationale, Claim.version, Claim.updated_at,
    Claim.source_id, Source.name.label("source_name"), Source.title.label("source_title"),
    Source.url.label("source_url"), Post.time.label("post_time"),
    Post.headline.label("post_headline"), Post.byline.label("post_byline"),
    Claim.person_id, Claim.group_id,
)

# Sort keys the TUI and the CLI may ask for; ties are broken by claim id, so that paging
# through a listing never shows a claim twice or skips one. Status sorts in workflow order
# and speaker in any case, each from an expression index of its own (migration 0004).
SORT_KEYS: Final[dict[str, Any]] = {
    "id": Claim.id,
    "status": status_rank(Claim.status),
    "verdict": Claim.verdict,
    "kind": Claim.kind,
    "speaker": folded(Claim.speaker),
    "source": Source.title,
    "post_time": Post.posted_at,
    "updated": Claim.updated_at,
    "position": Claim.start,
}


# Sorts over a column that may be empty: no speaker comes after every name (before them,
# descending) on both backends, as PostgreSQL does by default and SQLite does when told.
_NULLS_LAST: Final = frozenset({"speaker"})


def sort_order(sort: str, *, descending: bool = False) -> list[Any]:
    """The ORDER BY of a listing sorted by ``sort``, ending with the claim id."""
    if sort not in SORT_KEYS:
        raise ValueError(f"unknown sort key {sort!r}; expected one of {', '.join(SORT_KEYS)}")
    tiebreak = Claim.id.desc() if descending else Claim.id.asc()
    if sort == "id":
        return [tiebreak]
    key = SORT_KEYS[sort]
    first = key.desc() if descending else key.asc()
    if sort in _NULLS_LAST:
        first = first.nulls_first() if descending else first.nulls_last()
    order = [first, tiebreak]
    if sort == "position":
        order.insert(0, Claim.source_id.desc() if descending else Claim.source_id.asc())
    return order


def claims_select(
    filters: ClaimFilter = ClaimFilter(), *, sort: str = "id", descending: bool = False
) -> Select[Any]:
    """The listing query, for callers that page or stream it themselves."""
    order = sort_order(sort, descending=descending)
    statement = (
        select(*_LISTING_COLUMNS)
        .join(Source, Claim.source_id == Source.id)
        .outerjoin(Post, Claim.post_id == Post.id)
        .where(*filters.conditions())
    )
    return cast("Select[Any]", statement.order_by(*order))


def list_claims(
    session: Session,
    filters: ClaimFilter = ClaimFilter(),
    *,
    limit: int | None = None,
    offset: int = 0,
    sort: str = "id",
    descending: bool = False,
) -> list[ClaimListing]:
    """A page of claims matching ``filters``."""
    statement = claims_select(filters, sort=sort, descending=descending)
    statement = statement.limit(limit).offset(offset or None)
    return [ClaimListing(**row._mapping) for row in session.execute(statement)]


def iter_claims(
    session: Session,
    filters: ClaimFilter = ClaimFilter(),
    *,
    limit: int | None = None,
    sort: str = "id",
    descending: bool = False,
    batch: int = 1000,
) -> Iterator[ClaimListing]:
    """Every claim matching ``filters``, streamed in batches with constant memory."""
    statement = claims_select(filters, sort=sort, descending=descending).limit(limit)
    result = session.execute(statement, execution_options={"yield_per": batch})
    for row in result:
        yield ClaimListing(**row._mapping)


def count_claims(session: Session, filters: ClaimFilter = ClaimFilter()) -> int:
    statement = (
        select(func.count())
        .select_from(Claim)
        .join(Source, Claim.source_id == Source.id)
        .where(*filters.conditions())
    )
    return session.execute(statement).scalar_one()


def counts_by_status(session: Session) -> dict[tuple[str, str | None], int]:
    """Claims per (status, verdict), for summaries."""
    rows = session.execute(
        select(Claim.status, Claim.verdict, func.count()).group_by(Claim.status, Claim.verdict)
    )
    return {(status, verdict): count for status, verdict, count in rows}


@dataclass(frozen=True, slots=True)
class QuantityRecord:
    ordinal: int
    surface: str
    start: int
    end: int
    low: float | None
    high: float | None
    unit: str | None
    qualifier: str
    counted: str | None
    role: str | None
    direction: str | None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def quantities_for(session: Session, claim_ids: Sequence[int]) -> dict[int, list[QuantityRecord]]:
    """The quantities of several claims in one query, keyed by claim id."""
    found: dict[int, list[QuantityRecord]] = {claim_id: [] for claim_id in claim_ids}
    if not claim_ids:
        return found
    rows = session.execute(
        select(Quantity).where(Quantity.claim_id.in_(claim_ids))
        .order_by(Quantity.claim_id, Quantity.ordinal)
    ).scalars()
    for q in rows:
        found[q.claim_id].append(QuantityRecord(
            q.ordinal, q.surface, q.start, q.end, q.low, q.high, q.unit, q.qualifier,
            q.counted, q.role, q.direction,
        ))
    return found


@dataclass(frozen=True, slots=True)
class Context:
    """The paragraph around a claim, cut into the text before, the claim, and after.
    ``offset`` is where ``before`` starts in the source text. When the source has changed
    and no longer holds the claim (``valid`` false), only the claim's own text is given."""

    before: str
    claim: str
    after: str
    offset: int
    valid: bool = True

    @property
    def text(self) -> str:
        return self.before + self.claim + self.after


def paragraph_bounds(window: str, start: int, end: int) -> tuple[int, int]:
    """The line(s) of ``window`` holding ``window[start:end]``: news text puts one
    paragraph on a line."""
    para_start = window.rfind("\n", 0, start) + 1
    para_end = window.find("\n", end)
    if para_end < 0:
        para_end = len(window)
    return para_start, para_end


def claim_context(
    session: Session, claim: Claim, *, window: int = CONTEXT_WINDOW, reach: int = CONTEXT_REACH
) -> Context:
    """The claim's paragraph, read from the stored source text without loading all of it.

    A paragraph longer than ``reach`` characters on either side of the claim is cut at a
    sentence end, so that a text without line breaks does not print pages.
    """
    if not claim.span_valid:
        return Context("", claim.text, "", claim.start, valid=False)
    first = max(0, claim.start - window)
    length = (claim.end - first) + window
    chunk = session.execute(
        select(func.substr(Source.text, first + 1, length)).where(Source.id == claim.source_id)
    ).scalar_one()
    start, end = claim.start - first, claim.end - first
    para_start, para_end = paragraph_bounds(chunk, start, end)
    if start - para_start > reach:
        cut = chunk.find(". ", start - reach, start)
        para_start = cut + 2 if cut >= 0 else start - reach
    if para_end - end > reach:
        cut = chunk.rfind(". ", end, end + reach)
        para_end = cut + 1 if cut >= 0 else end + reach
    before = chunk[para_start:start].lstrip()
    return Context(
        before=before,
        claim=chunk[start:end],
        after=chunk[end:para_end].rstrip(),
        offset=first + start - len(before),
    )


@dataclass(frozen=True, slots=True)
class ClaimDetail:
    """One claim with all that ``factcheck show`` and the TUI's detail pane display."""

    claim: Claim
    source: Source
    post: Post | None
    quantities: list[QuantityRecord]
    context: Context
    evidence: list[Evidence] = field(default_factory=list)
    changes: list[Change] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        claim, source, post = self.claim, self.source, self.post
        return {
            "id": claim.id,
            "status": claim.status,
            "verdict": claim.verdict,
            "kind": claim.kind,
            "text": claim.text,
            "start": claim.start,
            "end": claim.end,
            "span_valid": claim.span_valid,
            "quote": claim.quote,
            "quote_start": claim.quote_start,
            "quote_end": claim.quote_end,
            "speaker": claim.speaker,
            "speaker_mention": claim.speaker_mention,
            "speaker_start": claim.speaker_start,
            "speaker_end": claim.speaker_end,
            "speaker_role": claim.speaker_role,
            "cue": claim.cue,
            "cited_source": claim.cited_source,
            "person_id": claim.person_id,
            "group_id": claim.group_id,
            "assignee": claim.assignee,
            "rationale": claim.rationale,
            "version": claim.version,
            "created_at": _iso(claim.created_at),
            "updated_at": _iso(claim.updated_at),
            "updated_by": claim.updated_by,
            "quantities": [q.to_dict() for q in self.quantities],
            "context": self.context.text,
            "source": {
                "id": source.id, "kind": source.kind, "name": source.name,
                "location": source.location, "url": source.url, "title": source.title,
                "publisher": source.publisher, "authors": list(source.authors or []),
                "published": _iso(source.published), "retrieved": _iso(source.retrieved),
            },
            "post": None if post is None else {
                "time": post.time, "posted_at": _iso(post.posted_at),
                "headline": post.headline, "byline": post.byline,
            },
            "evidence": [
                {"url": e.url, "reference": e.reference, "editor": e.editor,
                 "created_at": _iso(e.created_at)}
                for e in self.evidence
            ],
            "changes": [
                {"field": c.field, "old": c.old_value, "new": c.new_value, "editor": c.editor,
                 "reason": c.reason, "changed_at": _iso(c.changed_at)}
                for c in self.changes
            ],
        }


def _iso(value: datetime | None) -> str | None:
    return None if value is None else value.isoformat()


def get_claim(session: Session, claim_id: int) -> ClaimDetail | None:
    """Everything about one claim, or None if there is no such claim. The source's text is
    not loaded, only the paragraph around the claim."""
    claim = session.get(Claim, claim_id)
    if claim is None:
        return None
    source = session.execute(
        select(Source).where(Source.id == claim.source_id)
        .options(defer(Source.text))
    ).scalar_one()
    post = session.get(Post, claim.post_id) if claim.post_id is not None else None
    evidence = list(session.execute(
        select(Evidence).where(Evidence.claim_id == claim_id).order_by(Evidence.id)
    ).scalars())
    changes = list(session.execute(
        select(Change).where(Change.claim_id == claim_id).order_by(Change.id)
    ).scalars())
    return ClaimDetail(
        claim=claim,
        source=source,
        post=post,
        quantities=quantities_for(session, [claim_id])[claim_id],
        context=claim_context(session, claim),
        evidence=evidence,
        changes=changes,
    )

