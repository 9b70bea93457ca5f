"""The claims database schema: SQLAlchemy 2 typed models, no engine at import time.

Every constraint and index gets a predictable name from the naming convention, so that
Alembic migrations can drop or alter them by name on SQLite and PostgreSQL alike.
The status and verdict vocabularies are CHECK constraints over plain strings rather than
native enums: adding a value later is a constraint swap, not a PostgreSQL ``ALTER TYPE``.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, Final

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    CheckConstraint,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    case,
    func,
    literal,
    null,
    true,
)
from sqlalchemy import (
    text as sql_text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from factcheck.store.types import UTCDateTime
from factcheck.vocabulary import STATUSES, VERDICTS

NAMING_CONVENTION: Final = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

# Every id is an INTEGER column: 32 bits on PostgreSQL, 64 on SQLite. An id beyond the
# narrower range names no row on either, and sent as a parameter it is an overflow error.
MAX_ID: Final = 2**31 - 1


def is_storable_id(value: int) -> bool:
    """Whether ``value`` can be the id of a stored row: 1 to ``MAX_ID``."""
    return 1 <= value <= MAX_ID



def _in_list(column: str, values: tuple[str, ...]) -> str:
    return f"{column} IN ({', '.join(repr(v) for v in values)})"


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Source(Base):
    """A document as ingested. ``location`` identifies it across re-ingests; ``text`` is the
    exact text every claim offset indexes, so it is stored whole."""

    __tablename__ = "sources"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))
    location: Mapped[str] = mapped_column(Text, unique=True)
    name: Mapped[str] = mapped_column(Text)
    url: Mapped[str | None] = mapped_column(Text)
    title: Mapped[str | None] = mapped_column(Text)
    publisher: Mapped[str | None] = mapped_column(Text)
    authors: Mapped[list[str]] = mapped_column(JSON, default=list)
    published: Mapped[datetime | None] = mapped_column(UTCDateTime)
    retrieved: Mapped[datetime] = mapped_column(UTCDateTime)
    content_hash: Mapped[str] = mapped_column(String(64), index=True)
    text: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, server_default=func.now())
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, server_default=func.now())

    posts: Mapped[list[Post]] = relationship(back_populates="source", passive_deletes=True)
    claims: Mapped[list[Claim]] = relationship(back_populates="source")


class Post(Base):
    """One post of a live blog: its time line as printed, the parsed time when the format is
    known (for sorting), headline, byline and span in the source text."""

    __tablename__ = "posts"
    __table_args__ = (Index(None, "source_id", "start"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    source_id: Mapped[int] = mapped_column(ForeignKey("sources.id", ondelete="CASCADE"))
    time: Mapped[str | None] = mapped_column(Text)
    posted_at: Mapped[datetime | None] = mapped_column(UTCDateTime, index=True)
    headline: Mapped[str | None] = mapped_column(Text)
    byline: Mapped[str | None] = mapped_column(Text)
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)

    source: Mapped[Source] = relationship(back_populates="posts")


class Claim(Base):
    """An attributable statement and what the desk decided about it.

    Extractor-owned columns (kind, spans, text, quote, speaker, ...) come from ingestion;
    desk-owned columns (status, verdict, assignee, rationale) change only through the
    workflow, each change bumping ``version`` (optimistic locking) and adding a ``changes``
    row. ``fingerprint`` recognises the same claim when its source is ingested again;
    ``span_valid`` is false when a re-ingested source no longer contains the claim, so its
    offsets refer to an older text.
    """

    __tablename__ = "claims"
    __table_args__ = (
        UniqueConstraint("source_id", "fingerprint"),
        CheckConstraint(_in_list("status", STATUSES), name="status"),
        CheckConstraint(f"verdict IS NULL OR {_in_list('verdict', VERDICTS)}", name="verdict"),
        CheckConstraint("start >= 0 AND \"end\" >= start", name="span"),
        Index(None, "source_id", "start"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    source_id: Mapped[int] = mapped_column(ForeignKey("sources.id"))
    post_id: Mapped[int | None] = mapped_column(
        ForeignKey("posts.id", ondelete="SET NULL"), index=True
    )
    fingerprint: Mapped[str] = mapped_column(String(64))
    kind: Mapped[str] = mapped_column(String(20), index=True)
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    quote: Mapped[str | None] = mapped_column(Text)
    quote_start: Mapped[int | None] = mapped_column(Integer)
    quote_end: Mapped[int | None] = mapped_column(Integer)
    speaker: Mapped[str | None] = mapped_column(Text, index=True)
    speaker_mention: Mapped[str | None] = mapped_column(Text)
    speaker_start: Mapped[int | None] = mapped_column(Integer)
    speaker_end: Mapped[int | None] = mapped_column(Integer)
    speaker_role: Mapped[str | None] = mapped_column(Text)
    cue: Mapped[str | None] = mapped_column(Text)
    cited_source: Mapped[str | None] = mapped_column(Text)
    # Claim tracking (migration 0005): the person who said it, and the group of claims
    # that are this same claim printed elsewhere (None: seen once).
    person_id: Mapped[int | None] = mapped_column(ForeignKey("people.id"), index=True)
    group_id: Mapped[int | None] = mapped_column(ForeignKey("claim_groups.id"), index=True)
    span_valid: Mapped[bool] = mapped_column(Boolean, server_default=true())
    status: Mapped[str] = mapped_column(String(20), server_default=sql_text("'new'"), index=True)
    verdict: Mapped[str | None] = mapped_column(String(20), index=True)
    assignee: Mapped[str | None] = mapped_column(Text, index=True)
    rationale: Mapped[str | None] = mapped_column(Text)
    updated_by: Mapped[str | None] = mapped_column(Text)
    version: Mapped[int] = mapped_column(Integer, server_default=sql_text("1"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, server_default=func.now())
    updated_at: Mapped[datetime] = mapped_column(
        UTCDateTime, server_default=func.now(), index=True
    )

    source: Mapped[Source] = relationship(back_populates="claims")
    post: Mapped[Post | None] = relationship()
    quantities: Mapped[list[Quantity]] = relationship(
        order_by="Quantity.ordinal", passive_deletes=True
    )
    evidence: Mapped[list[Evidence]] = relationship(order_by="Evidence.id")
    changes: Mapped[list[Change]] = relationship(order_by="Change.id")

    # The ORM checks and bumps ``version`` on every flush of a changed claim, so a stale
    # object raises StaleDataError instead of overwriting someone else's decision.
    __mapper_args__: Any = {"version_id_col": version}  # noqa: RUF012 - SQLAlchemy's hook


class Person(Base):
    """One real speaker across documents. ``key`` is the folded full name that name forms
    are matched on (``factcheck.tracking.names``); a person merged by an editor into
    another keeps its row, pointing at the other, so later ingests follow the merge."""

    __tablename__ = "people"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(Text)
    key: Mapped[str] = mapped_column(Text, index=True)
    surname: Mapped[str] = mapped_column(Text, index=True)
    merged_into: Mapped[int | None] = mapped_column(ForeignKey("people.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, server_default=func.now())


class ClaimGroup(Base):
    """Claims that are one claim printed in several places; its members point at it."""

    __tablename__ = "claim_groups"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, server_default=func.now())


class ClaimKey(Base):
    """The band keys a claim is filed under (``factcheck.tracking.statements.index_keys``):
    candidates for "the same claim" are found by equality on ``band``, the primary key's
    first column, so a look-up is a B-tree probe however many claims are stored. The index
    on ``claim_id`` (revision 0006) finds a claim's keys when it is deleted (the cascade)."""

    __tablename__ = "claim_keys"

    band: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    claim_id: Mapped[int] = mapped_column(
        ForeignKey("claims.id", ondelete="CASCADE"), primary_key=True, index=True
    )


def status_rank(status: Any) -> Any:
    """A status's place in the workflow (new 0, in review 1, checked 2, dismissed 3), for
    sorting claims in the order they move through the desk rather than alphabetically.
    The values are written into the SQL, not bound, so that an ORDER BY is the very
    expression of ``ix_claims_status_rank`` and both SQLite and PostgreSQL read it from
    that index."""
    return case(*(
        (literal(name, literal_execute=True), literal(rank, literal_execute=True))
        for rank, name in enumerate(STATUSES)
    ), value=status, else_=null())  # the ELSE PostgreSQL adds anyway, so both compare equal


def folded(text: Any) -> Any:
    """``text`` in lower case, for sorting names as people read them (``de Gaulle`` next
    to ``De Gaulle``); ``ix_claims_speaker_folded`` holds it for the speaker."""
    return func.lower(text)


# Expression indexes for the two sorts that are not a plain column's order, each with the
# id that breaks ties: SQLite keeps the rowid in every index anyway, PostgreSQL needs it
# named, or it sorts every claim of the first status by id before it can give a page.
Index("ix_claims_status_rank", status_rank(Claim.status), Claim.id)
Index("ix_claims_speaker_folded", folded(Claim.speaker), Claim.id)


class Quantity(Base):
    """One figure a claim states, with the keys of the extractor's ``Quantity``."""

    __tablename__ = "quantities"

    claim_id: Mapped[int] = mapped_column(
        ForeignKey("claims.id", ondelete="CASCADE"), primary_key=True
    )
    ordinal: Mapped[int] = mapped_column(Integer, primary_key=True)
    surface: Mapped[str] = mapped_column(Text)
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    low: Mapped[float | None] = mapped_column(Float)
    high: Mapped[float | None] = mapped_column(Float)
    unit: Mapped[str | None] = mapped_column(Text)
    qualifier: Mapped[str] = mapped_column(String(20))
    counted: Mapped[str | None] = mapped_column(Text)
    role: Mapped[str | None] = mapped_column(String(10))
    direction: Mapped[str | None] = mapped_column(String(10))


class Evidence(Base):
    """A piece of evidence for a verdict: a URL, a free-text reference (a report, a call
    with a named person), or both. Appended only (database triggers; migration 0003)."""

    __tablename__ = "evidence"
    __table_args__ = (CheckConstraint("url IS NOT NULL OR reference IS NOT NULL", name="content"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    claim_id: Mapped[int] = mapped_column(ForeignKey("claims.id"), index=True)
    url: Mapped[str | None] = mapped_column(Text)
    reference: Mapped[str | None] = mapped_column(Text)
    editor: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, server_default=func.now())


class Change(Base):
    """The audit trail: one row per changed field, appended and never updated or deleted
    (database triggers refuse both; migration 0002)."""

    __tablename__ = "changes"
    __table_args__ = (Index(None, "claim_id", "id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    claim_id: Mapped[int] = mapped_column(ForeignKey("claims.id"))
    field: Mapped[str] = mapped_column(String(40))
    old_value: Mapped[str | None] = mapped_column(Text)
    new_value: Mapped[str | None] = mapped_column(Text)
    editor: Mapped[str] = mapped_column(Text)
    reason: Mapped[str | None] = mapped_column(Text)
    changed_at: Mapped[datetime] = mapped_column(
        UTCDateTime, server_default=func.now(), index=True
    )


__all__ = [
    "NAMING_CONVENTION",
    "STATUSES",
    "VERDICTS",
    "Base",
    "Change",
    "Claim",
    "ClaimGroup",
    "ClaimKey",
    "Evidence",
    "Person",
    "Post",
    "Quantity",
    "Source",
]
