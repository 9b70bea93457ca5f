"""The TUI's reads: pages of the claims table, counts, and per-source and summary figures.

Written over the store's models and ``ClaimFilter`` (parameters only, never SQL text), for
the shapes the screens need. Paging is two-step: first the ids of one page, joining only
what the filter and the sort need, then the columns of those few rows. A page far down the
listing is read from the nearer end (the reversed order), so that no jump scans more than
half of the matching rows.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Final

from sqlalchemy import Select, case, func, select
from sqlalchemy.orm import Session

from factcheck.store import ClaimFilter
from factcheck.store.appearances import Appearance, CheckedNote, appearances, group_info
from factcheck.store.models import STATUSES, VERDICTS, Change, Claim, Person, Post, Source
from factcheck.store.queries import SORT_KEYS, sort_order
from factcheck.tui.text import STATUS_WORDS, one_line

PAGE_SIZE: Final = 100
NO_FILTERS: Final = ClaimFilter()


@dataclass(frozen=True, slots=True)
class Tracking:
    """What the detail pane shows of a claim's group: every print of it, first first, and
    the verdict another print got when this one is not checked."""

    appearances: tuple[Appearance, ...] = ()
    already_checked: CheckedNote | None = None


def tracking(session: Session, claim_id: int, group_id: int | None, status: str) -> Tracking:
    """The claim's appearances and already-checked note (three index look-ups)."""
    seen = appearances(session, group_id, claim_id)
    note = group_info(session, [(claim_id, group_id, status)])[claim_id].already_checked
    return Tracking(tuple(seen), note)


@dataclass(frozen=True, slots=True)
class ClaimRow:
    """One line of the claims table."""

    id: int
    status: str
    verdict: str | None
    kind: str
    speaker: str | None
    text: str
    quote: str | None
    source: str
    post_time: datetime | None
    assignee: str | None
    version: int
    group_id: int | None = None
    seen: int = 1  # how many times the claim was printed: its group's size
    already_checked: CheckedNote | None = None  # another print's verdict, this one undecided


@dataclass(frozen=True, slots=True)
class Page:
    """Rows ``offset`` .. ``offset + len(rows)`` of one listing (``key`` names the listing)."""

    key: object
    offset: int
    rows: tuple[ClaimRow, ...]


@dataclass(frozen=True, slots=True)
class Listing:
    """Which claims the table shows and in what order; hashable, so pages can be keyed by it."""

    filters: ClaimFilter = field(default_factory=ClaimFilter)
    sort: str = "id"
    descending: bool = False


def _needs_source(listing: Listing) -> bool:
    return bool(listing.filters.source) or listing.sort == "source"


def _order(listing: Listing, *, reverse: bool = False) -> list[Any]:
    return sort_order(listing.sort, descending=listing.descending != reverse)


def _ids_select(listing: Listing) -> Select[Any]:
    if listing.sort not in SORT_KEYS:
        raise ValueError(f"unknown sort key {listing.sort!r}")
    statement = select(Claim.id)
    if _needs_source(listing):
        statement = statement.join(Source, Claim.source_id == Source.id)
    if listing.sort == "post_time":
        statement = statement.outerjoin(Post, Claim.post_id == Post.id)
    return statement.where(*listing.filters.conditions())


def _filtered(statement: Select[Any], filters: ClaimFilter) -> Select[Any]:
    """``statement`` over the claims ``filters`` match; joins the sources only for a
    source filter."""
    if filters.source:
        statement = statement.join(Source, Claim.source_id == Source.id)
    return statement.where(*filters.conditions())


def count_matching(session: Session, filters: ClaimFilter) -> int:
    """How many claims match; joins the sources only for a source filter."""
    statement = _filtered(select(func.count()).select_from(Claim), filters)
    return int(session.execute(statement).scalar_one())


def page_ids(
    session: Session, listing: Listing, offset: int, limit: int = PAGE_SIZE,
    *, total: int | None = None,
) -> list[int]:
    """The ids of rows ``offset`` .. ``offset + limit`` of the listing, in order."""
    base = _ids_select(listing)
    if total is not None and offset > total // 2:
        # Closer to the end: count back from it in the reversed order.
        end = min(total, offset + limit)
        back = total - end
        ids = session.execute(
            base.order_by(*_order(listing, reverse=True)).limit(end - offset).offset(back or None)
        ).scalars().all()
        return list(reversed(ids))
    return list(session.execute(
        base.order_by(*_order(listing)).limit(limit).offset(offset or None)
    ).scalars())


_ROW_COLUMNS = (
    Claim.id, Claim.status, Claim.verdict, Claim.kind, Claim.speaker, Claim.text, Claim.quote,
    func.coalesce(Source.title, Source.name).label("source"), Post.posted_at.label("post_time"),
    Claim.assignee, Claim.version, Claim.group_id,
)


def rows_by_id(session: Session, ids: Sequence[int]) -> list[ClaimRow]:
    """The table rows of ``ids``, in the order given (ids no longer there are left out)."""
    if not ids:
        return []
    result = session.execute(
        select(*_ROW_COLUMNS)
        .join(Source, Claim.source_id == Source.id)
        .outerjoin(Post, Claim.post_id == Post.id)
        .where(Claim.id.in_(ids))
    )
    found = {row.id: row._mapping for row in result}
    # Two more look-ups for the page, by the group index: sizes and checked members.
    groups = group_info(session, [(row["id"], row["group_id"], row["status"])
                                  for row in found.values()])
    return [
        ClaimRow(**found[i], seen=groups[i].seen, already_checked=groups[i].already_checked)
        for i in ids if i in found
    ]


def group_mates(session: Session, ids: Sequence[int], limit: int = 1000) -> list[int]:
    """The other claims of the groups of ``ids`` (their seen counts and already-checked
    markers change with them), at most ``limit`` of them: a view shows no more."""
    if not ids:
        return []
    groups = select(Claim.group_id).where(Claim.id.in_(ids), Claim.group_id.is_not(None))
    return list(session.execute(
        select(Claim.id).where(Claim.group_id.in_(groups), Claim.id.not_in(ids))
        .order_by(Claim.id).limit(limit)
    ).scalars())


def fetch_page(
    session: Session, listing: Listing, offset: int, limit: int = PAGE_SIZE,
    *, total: int | None = None,
) -> list[ClaimRow]:
    return rows_by_id(session, page_ids(session, listing, offset, limit, total=total))


@dataclass(frozen=True, slots=True)
class Summary:
    """Claims per status and, among checked claims, per verdict."""

    by_status: dict[str, int]
    by_verdict: dict[str, int]

    @property
    def total(self) -> int:
        return sum(self.by_status.values())


Marker = tuple[Any, ...]


def change_marker(session: Session) -> Marker:
    """What changes whenever anyone changes the claims: every workflow change appends an
    audit row, every ingest adds claims or touches its source. Three index look-ups in one
    query, cheap enough to ask every few seconds on a million claims."""
    row = session.execute(select(
        select(func.max(Change.id)).scalar_subquery(),
        select(func.max(Claim.id)).scalar_subquery(),
        select(func.max(Source.updated_at)).scalar_subquery(),
    )).one()  # one round trip, which counts on a shared PostgreSQL server
    return tuple(row)


def newer(marker: Marker, than: Marker) -> bool:
    """Whether ``marker`` was read after a change ``than`` had not seen. Each part only
    grows, so a read that started before this view's own change (and arrives after it) is
    not mistaken for someone else's."""
    return any(a is not None and (b is None or a > b) for a, b in zip(marker, than, strict=True))


def _counted(column: Any, filters: ClaimFilter) -> Select[Any]:
    return _filtered(select(column, func.count()).select_from(Claim), filters).group_by(column)


def summary(session: Session, filters: ClaimFilter = NO_FILTERS) -> Summary:
    """Two grouped counts of the claims ``filters`` match; without filters each is
    answered from its own column's index."""
    by_status = dict.fromkeys(STATUSES, 0)
    for status, count in session.execute(_counted(Claim.status, filters)):
        by_status[status] = count
    by_verdict = dict.fromkeys(VERDICTS, 0)
    for verdict, count in session.execute(
        _counted(Claim.verdict, filters).where(Claim.verdict.is_not(None))
    ):
        if verdict is not None:
            by_verdict[verdict] = count
    return Summary(by_status, by_verdict)


@dataclass(frozen=True, slots=True)
class SourceCounts:
    """One source document with how many of its claims are in each status."""

    id: int
    title: str
    location: str
    publisher: str | None
    published: datetime | None
    by_status: dict[str, int]

    @property
    def total(self) -> int:
        return sum(self.by_status.values())


def source_counts(session: Session) -> list[SourceCounts]:
    """Every source with its claim counts per status, newest first."""
    per_status = [
        func.coalesce(func.sum(case((Claim.status == status, 1), else_=0)), 0).label(status)
        for status in STATUSES
    ]
    rows = session.execute(
        select(
            Source.id, func.coalesce(Source.title, Source.name).label("title"),
            Source.location, Source.publisher, Source.published, *per_status,
        )
        .outerjoin(Claim, Claim.source_id == Source.id)
        .group_by(Source.id)
        .order_by(Source.id.desc())
    )
    return [
        SourceCounts(
            row.id, row.title, row.location, row.publisher, row.published,
            {status: int(getattr(row, status)) for status in STATUSES},
        )
        for row in rows
    ]


def speakers(session: Session, limit: int = 200) -> list[str]:
    """The most frequent speakers, for the filter form's suggestions."""
    rows = session.execute(
        select(Claim.speaker).where(Claim.speaker.is_not(None))
        .group_by(Claim.speaker).order_by(func.count().desc(), Claim.speaker).limit(limit)
    )
    return [speaker for (speaker,) in rows if speaker is not None]


def people_names(session: Session, limit: int = 1000) -> dict[int, str]:
    """People (not merged away) by name, for the filter form; the people table alone,
    never the claims, so it costs the same on a million claims."""
    rows = session.execute(
        select(Person.id, Person.name).where(Person.merged_into.is_(None))
        .order_by(Person.name, Person.id).limit(limit)
    )
    return {person_id: name for person_id, name in rows}


def describe_filters(filters: ClaimFilter, people: dict[int, str] | None = None) -> str:
    parts = []
    for name in ("status", "verdict", "kind", "assignee"):
        value = getattr(filters, name)
        if value:
            parts.append(f"{name}={STATUS_WORDS.get(value, value)}")
    for name in ("speaker", "source"):
        value = getattr(filters, name)
        if value:
            parts.append(f"{name}~{value}")
    if filters.source_id is not None:
        parts.append(f"source #{filters.source_id}")
    if filters.person_id is not None:
        person = (people or {}).get(filters.person_id)
        parts.append(f"person {one_line(person)} (#{filters.person_id})" if person
                     else f"person #{filters.person_id}")
    if filters.search:
        parts.append(f"“{filters.search}”")
    return " ".join(parts)
