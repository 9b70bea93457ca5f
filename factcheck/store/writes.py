"""The write path of ingestion: one source and its claims, in the caller's transaction.

Bulk rows go through Core ``insert()`` with lists of dicts (one ``executemany`` per
table), never the ORM unit of work, which is some 30 times slower for this. Claim ids are
allocated up front in one statement, so that quantity rows can point at their claims
without reading anything back.

Use it inside a write transaction, as the first thing the transaction does::

    with db.write() as session:
        outcome = save_source(session, document, claims)
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import islice, tee
from typing import Any, Literal, cast

from sqlalchemy import (
    Connection,
    LargeBinary,
    Table,
    Text,
    bindparam,
    delete,
    exists,
    false,
    func,
    insert,
    select,
    text,
    true,
    update,
)
from sqlalchemy import cast as sql_cast
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement

from factcheck.documents import SourceDocument, Utf8Text
from factcheck.errors import FactcheckError
from factcheck.extract.records import Claim, Post
from factcheck.store.fingerprint import claim_key, fingerprints
from factcheck.store.models import Claim as ClaimRow
from factcheck.store.models import Post as PostRow
from factcheck.store.models import Quantity as QuantityRow
from factcheck.store.models import Source as SourceRow
from factcheck.store.posttime import parse_post_time
from factcheck.store.tracking import Said, track_new_claims, untracked

SaveStatus = Literal["new", "updated", "unchanged"]

sources_t = cast(Table, SourceRow.__table__)
posts_t = cast(Table, PostRow.__table__)
claims_t = cast(Table, ClaimRow.__table__)
quantities_t = cast(Table, QuantityRow.__table__)


@dataclass(frozen=True, slots=True)
class SaveOutcome:
    """What ``save_source`` did. ``claims_skipped`` were already stored (same fingerprint);
    ``claims_moved`` are stored claims whose offsets changed with the new text;
    ``claims_detached`` are stored claims the new text no longer contains."""

    status: SaveStatus
    source_id: int
    claims_added: int
    claims_skipped: int
    claims_moved: int = 0
    claims_detached: int = 0
    # (claim id, group id) of each added claim that repeats a claim seen before
    repeats: tuple[tuple[int, int], ...] = ()


class InvalidClaimError(FactcheckError):
    """A claim whose offsets do not point at its own text in the source: storing it would
    break the promise that every stored claim can be shown in its source."""


def check_claims(
    name: str, text: str | Utf8Text, claims: Sequence[Claim], *, first: int = 1
) -> None:
    """Refuse claims whose spans do not slice their own surface out of ``text``; ``first``
    is the number of the first one, for a batch taken from further down the source."""
    size = len(text)
    for number, claim in enumerate(claims, start=first):
        problem = None
        if not (0 <= claim.start <= claim.end <= size) or text[claim.start:claim.end] != claim.text:
            problem = f"span {claim.start}-{claim.end} does not hold the claim's text"
        elif claim.quote is not None and (
            claim.quote_start is None or claim.quote_end is None
            or text[claim.quote_start:claim.quote_end] != claim.quote
        ):
            problem = f"quote span {claim.quote_start}-{claim.quote_end} does not hold the quote"
        elif claim.speaker_start is not None and (
            claim.speaker_end is None
            or text[claim.speaker_start:claim.speaker_end] != claim.speaker_mention
        ):
            problem = f"speaker span {claim.speaker_start}-{claim.speaker_end} is wrong"
        else:
            for quantity in claim.quantities:
                if text[quantity.start:quantity.end] != quantity.surface:
                    problem = f"quantity {quantity.surface!r} is not at {quantity.start}"
                    break
        if problem:
            raise InvalidClaimError(f"{name}: claim {number} ({claim.kind}): {problem}")


def find_source(session: Session, location: str) -> tuple[int, str] | None:
    """``(source id, content hash)`` of the stored source at ``location``, if any: lets
    ingestion skip extracting a source whose content is already stored."""
    row = session.execute(
        select(sources_t.c.id, sources_t.c.content_hash).where(sources_t.c.location == location)
    ).one_or_none()
    return None if row is None else (row.id, row.content_hash)


CLAIM_BATCH = 5000
"""Claims of a new source written per statement: the claims of a big source are never
all held at once (a 50 MB text has about a million), yet the statements stay few."""


def save_source(
    session: Session, source: SourceDocument, claims: Iterable[Claim], *, track: bool = True
) -> SaveOutcome:
    """Store ``source`` and its ``claims`` in the session's transaction; commit is the
    caller's, so a failure anywhere (a bad claim, the extractor behind a lazy ``claims``)
    leaves nothing behind.

    A new source's claims are taken ``CLAIM_BATCH`` at a time, so they may come from a
    generator (``iter_claims``) and never be held all at once. Same location and content
    hash as stored: nothing is written (``unchanged``; the claims are only counted). Same
    location with new content: the source's text and metadata are replaced, claims not
    yet stored (by fingerprint) are added, and every stored claim keeps its id, status and
    history, its offsets moved to where it now is in the new text (``updated``); matching
    needs all of the new claims at once.

    New claims are linked to people and to the claims they repeat (``store.tracking``);
    ``track=False`` skips that, for measuring what it costs.
    """
    text_ = source.text
    connection = session.connection()
    digest = source.content_hash
    values = _source_values(source, digest, connection.dialect.name)
    source_id = _insert_source_if_new(connection, values)
    if source_id is not None:
        added, repeats = _insert_new_source_claims(
            connection, source_id, source.name, text_, claims, track
        )
        return SaveOutcome("new", source_id, added, 0, repeats=repeats)

    source_id, stored_hash = connection.execute(
        select(sources_t.c.id, sources_t.c.content_hash)
        .where(sources_t.c.location == source.location)
    ).one()
    if stored_hash == digest:
        return SaveOutcome("unchanged", source_id, 0, sum(1 for _ in claims))
    claims = list(claims)
    if isinstance(text_, Utf8Text):
        text_ = str(text_)  # matching moved claims searches the whole text
    check_claims(source.name, text_, claims)
    del values["location"]
    connection.execute(
        update(sources_t)
        .where(sources_t.c.id == source_id)
        .values({**values, "updated_at": func.now()})
    )
    return _update_claims(connection, source_id, text_, claims, track)


def _insert_new_source_claims(
    connection: Connection, source_id: int, name: str, text_: str | Utf8Text,
    claims: Iterable[Claim],
    track: bool,
) -> tuple[int, tuple[tuple[int, int], ...]]:
    """The claims of a just inserted source, batch by batch: how many there were, and
    (id, group) of those that repeat a claim seen before. Each batch's index keys are
    written before the next is matched, so a repeat across two batches is found too."""
    repeats: list[tuple[int, int]] = []
    ahead, behind = tee(claims)  # zip keeps the two in step: tee holds one claim at most
    numbered = zip(ahead, fingerprints(behind), strict=True)
    post_ids: dict[Post, int] = {}
    count = 0
    while batch := list(islice(numbered, CLAIM_BATCH)):
        batch_claims = [claim for claim, _ in batch]
        check_claims(name, text_, batch_claims, first=count + 1)
        # Claims come in document order, so posts in order of first appearance.
        fresh = [post for post in _distinct_posts(batch_claims) if post not in post_ids]
        post_ids.update(_insert_posts(connection, source_id, fresh))
        repeats.extend(_insert_claims(connection, source_id, batch, post_ids, track))
        count += len(batch)
    return count, tuple(repeats)


def _source_values(source: SourceDocument, digest: str, dialect: str) -> dict[str, Any]:
    return {
        "kind": source.kind,
        "location": source.location,
        "name": source.name,
        "url": source.url,
        "title": source.title,
        "publisher": source.publisher,
        "authors": list(source.authors),
        "published": source.published,
        "retrieved": source.retrieved,
        "content_hash": digest,
        "text": _text_as_utf8(source.text, dialect),
    }


def _text_as_utf8(text_: str | Utf8Text, dialect: str) -> ColumnElement[str]:
    """The source text sent as its UTF-8 bytes, which the database makes text again.

    A ``str`` handed to the sqlite3 or psycopg driver keeps a UTF-8 copy of itself for as
    long as it lives: for a big source, as much memory again as its bytes, held while all
    of its claims are extracted. These bytes are freed once the statement has run; a big
    source kept as its bytes (``Utf8Text``) sends those, with no copy made."""
    data = text_.data if isinstance(text_, Utf8Text) else text_.encode("utf-8")
    encoded = bindparam(None, data, LargeBinary)
    if dialect == "postgresql":
        return func.convert_from(encoded, "UTF8", type_=Text)
    return sql_cast(encoded, Text)  # SQLite reads a BLOB cast to TEXT as UTF-8


def _insert_source_if_new(connection: Connection, values: dict[str, Any]) -> int | None:
    """Insert the source unless its location is stored; its id if inserted.

    Being a write, this first statement takes SQLite's write lock, and on PostgreSQL it
    waits for a concurrent transaction storing the same location instead of failing.
    """
    dialect = connection.dialect.name
    if dialect == "sqlite":
        statement: Any = sqlite_insert(sources_t)
    elif dialect == "postgresql":
        statement = pg_insert(sources_t)
    else:  # pragma: no cover - factcheck supports SQLite and PostgreSQL
        raise FactcheckError(f"unsupported database backend: {dialect}")
    source_id = connection.execute(_insert_source(statement, values)).scalar_one_or_none()
    if dialect == "sqlite":
        # sqlite3 keeps the values last bound to a statement it caches, here a copy of the
        # whole text; the same statement for the location now stored (a no-op, by ON
        # CONFLICT DO NOTHING) binds small ones in their place.
        small = {**values, "text": _text_as_utf8("", dialect)}
        connection.execute(_insert_source(statement, small))
    return source_id


def _insert_source(statement: Any, values: dict[str, Any]) -> Any:
    return (
        statement.values(values)
        .on_conflict_do_nothing(index_elements=[sources_t.c.location])
        .returning(sources_t.c.id)
    )


def _distinct_posts(claims: Iterable[Claim]) -> list[Post]:
    posts = {claim.post: None for claim in claims if claim.post is not None}
    return sorted(posts, key=lambda post: (post.start, post.end))


def _insert_posts(connection: Connection, source_id: int, posts: list[Post]) -> dict[Post, int]:
    if not posts:
        return {}
    rows = [
        {
            "source_id": source_id,
            "time": post.time,
            "posted_at": parse_post_time(post.time),
            "headline": post.headline,
            "byline": post.byline,
            "start": post.start,
            "end": post.end,
        }
        for post in posts
    ]
    ids = connection.execute(
        insert(posts_t).returning(posts_t.c.id, sort_by_parameter_order=True), rows
    ).scalars().all()
    return dict(zip(posts, ids, strict=True))


def _allocate_claim_ids(connection: Connection, count: int) -> Sequence[int]:
    """``count`` fresh claim ids in one statement.

    SQLite: the next ids after the largest, safe because this transaction already holds
    the write lock. PostgreSQL: drawn from the column's sequence, safe under concurrency.
    """
    if count == 0:
        return []
    if connection.dialect.name == "postgresql":
        return connection.execute(
            text("SELECT nextval(pg_get_serial_sequence('claims', 'id')) "
                 "FROM generate_series(1, :count)"),
            {"count": count},
        ).scalars().all()
    largest = connection.execute(select(func.coalesce(func.max(claims_t.c.id), 0))).scalar_one()
    return range(largest + 1, largest + 1 + count)


# Column orders of the bulk rows below; rows are tuples in this order.
_CLAIM_COLUMNS = (
    "id", "source_id", "post_id", "fingerprint", "kind", "start", "end", "text", "quote",
    "quote_start", "quote_end", "speaker", "speaker_mention", "speaker_start", "speaker_end",
    "speaker_role", "cue", "cited_source", "person_id", "group_id",
)
_QUANTITY_COLUMNS = (
    "claim_id", "ordinal", "surface", "start", "end", "low", "high", "unit", "qualifier",
    "counted", "role", "direction",
)


def _executemany(
    connection: Connection, table: Any, columns: tuple[str, ...], rows: list[tuple[Any, ...]]
) -> None:
    """One ``executemany`` of plain tuples.

    On SQLite the rows go to the driver as they are (``exec_driver_sql``): every column
    here is a type that needs no conversion, and skipping SQLAlchemy's per-row parameter
    processing is what keeps the bulk path near raw ``sqlite3`` speed. The statement
    itself is compiled by SQLAlchemy from the table, never assembled from values.
    Elsewhere, Core ``insert()`` with a list of dicts.
    """
    if not rows:
        return
    if connection.dialect.name == "sqlite":
        compiled = insert(table).compile(dialect=connection.dialect, column_keys=list(columns))
        order = tuple(compiled.positiontup or ())
        if order != columns:  # pragma: no cover - guards the column lists above
            raise RuntimeError(f"bulk column order {columns} != compiled {order}")
        connection.exec_driver_sql(str(compiled), rows)
    else:
        connection.execute(insert(table), [dict(zip(columns, row, strict=True)) for row in rows])


def _quantity_rows(claim_id: int, claim: Claim) -> list[tuple[Any, ...]]:
    return [
        (claim_id, ordinal, q.surface, q.start, q.end, q.low, q.high, q.unit, q.qualifier,
         q.counted, q.role, q.direction)
        for ordinal, q in enumerate(claim.quantities, start=1)
    ]


def _insert_claims(
    connection: Connection,
    source_id: int,
    claims: list[tuple[Claim, str]],
    post_ids: dict[Post, int],
    track: bool = True,
) -> tuple[tuple[int, int], ...]:
    """Insert the claims with their people and groups; (id, group) of those that repeat a
    claim seen before."""
    ids = _allocate_claim_ids(connection, len(claims))
    said = [
        Said(claim_id, claim.text, claim.quote, claim.speaker, claim.cited_source, claim.kind)
        for claim_id, (claim, _) in zip(ids, claims, strict=True)
    ]
    tracked = track_new_claims(connection, said) if track else untracked(len(said))
    claim_rows: list[tuple[Any, ...]] = []
    quantity_rows: list[tuple[Any, ...]] = []
    last_post: Post | None = None
    last_post_id: int | None = None
    for claim_id, (claim, fingerprint), person_id, group_id in zip(
        ids, claims, tracked.person_ids, tracked.group_ids, strict=True
    ):
        post = claim.post
        if post is not last_post:  # claims come post by post: look each post up once
            last_post, last_post_id = post, None if post is None else post_ids[post]
        claim_rows.append((
            claim_id, source_id, last_post_id, fingerprint, claim.kind, claim.start, claim.end,
            claim.text, claim.quote, claim.quote_start, claim.quote_end, claim.speaker,
            claim.speaker_mention, claim.speaker_start, claim.speaker_end, claim.speaker_role,
            claim.cue, claim.cited_source, person_id, group_id,
        ))
        if claim.quantities:
            quantity_rows.extend(_quantity_rows(claim_id, claim))
    _executemany(connection, claims_t, _CLAIM_COLUMNS, claim_rows)
    _executemany(connection, quantities_t, _QUANTITY_COLUMNS, quantity_rows)
    tracked.write(connection)
    return tracked.repeats(ids)


def _reconcile_posts(connection: Connection, source_id: int, posts: list[Post]) -> dict[Post, int]:
    """Reuse the stored rows of posts seen again (same time, headline and byline), moving
    their spans; insert the new ones."""
    stored = connection.execute(
        select(posts_t.c.id, posts_t.c.time, posts_t.c.headline, posts_t.c.byline,
               posts_t.c.start, posts_t.c.end)
        .where(posts_t.c.source_id == source_id)
        .order_by(posts_t.c.start)
    ).all()
    pool: dict[tuple[str | None, ...], list[Any]] = defaultdict(list)
    for row in stored:
        pool[(row.time, row.headline, row.byline)].append(row)
    mapping: dict[Post, int] = {}
    fresh: list[Post] = []
    moved: list[dict[str, Any]] = []
    for post in posts:
        candidates = pool.get((post.time, post.headline, post.byline))
        if not candidates:
            fresh.append(post)
            continue
        row = candidates.pop(0)
        mapping[post] = row.id
        if (row.start, row.end) != (post.start, post.end):
            moved.append({"b_id": row.id, "b_start": post.start, "b_end": post.end})
    if moved:
        connection.execute(
            update(posts_t).where(posts_t.c.id == bindparam("b_id"))
            .values(start=bindparam("b_start"), end=bindparam("b_end")),
            moved,
        )
    mapping.update(_insert_posts(connection, source_id, fresh))
    return mapping


_SPAN_COLUMNS = ("start", "end", "quote_start", "quote_end", "speaker_start", "speaker_end")


PostKey = tuple[str | None, str | None, str | None]


def _post_key(post: Post | None) -> PostKey | None:
    return None if post is None else (post.time, post.headline, post.byline)


def _match_claims(
    stored: Sequence[Any], stored_posts: dict[int, PostKey], claims: Sequence[Claim]
) -> tuple[list[tuple[Any, Claim]], list[tuple[Claim, str]]]:
    """Pair each extracted claim with the stored claim it is, if any; the rest are new and
    get fingerprints no stored claim of this source has.

    Claims with the same fingerprint key (one sentence said twice) are paired first within
    the same post, then in document order: a live blog that adds a post repeating an
    earlier quote on top must not hand the old claim's status to the new occurrence.
    """
    stored_by_key: dict[str, list[Any]] = defaultdict(list)
    last_suffix: dict[str, int] = {}
    for row in sorted(stored, key=lambda row: row.start):
        key, _, suffix = row.fingerprint.partition("#")
        stored_by_key[key].append(row)
        last_suffix[key] = max(last_suffix.get(key, 1), int(suffix or 1))
    claims_by_key: dict[str, list[Claim]] = defaultdict(list)
    for claim in claims:
        claims_by_key[claim_key(claim)].append(claim)

    pairs: list[tuple[Any, Claim]] = []
    new: list[tuple[Claim, str]] = []
    for key, group in claims_by_key.items():
        candidates = stored_by_key.get(key, [])
        unpaired: list[Claim] = []
        for claim in group:
            post = _post_key(claim.post)
            row = next((r for r in candidates if stored_posts.get(r.post_id) == post), None)
            if row is None:
                unpaired.append(claim)
            else:
                candidates.remove(row)
                pairs.append((row, claim))
        for claim in unpaired:
            if candidates:
                pairs.append((candidates.pop(0), claim))
            elif key not in last_suffix:
                last_suffix[key] = 1
                new.append((claim, key))
            else:
                last_suffix[key] += 1
                new.append((claim, f"{key}#{last_suffix[key]}"))
    return pairs, new


def _update_claims(
    connection: Connection, source_id: int, text_: str, claims: Sequence[Claim], track: bool
) -> SaveOutcome:
    stored = connection.execute(
        select(claims_t.c.id, claims_t.c.fingerprint, claims_t.c.text, claims_t.c.quote,
               claims_t.c.speaker_mention, claims_t.c.post_id, claims_t.c.span_valid,
               *(claims_t.c[name] for name in _SPAN_COLUMNS))
        .where(claims_t.c.source_id == source_id)
    ).all()
    stored_posts = {
        row.id: (row.time, row.headline, row.byline)
        for row in connection.execute(
            select(posts_t.c.id, posts_t.c.time, posts_t.c.headline, posts_t.c.byline)
            .where(posts_t.c.source_id == source_id)
        )
    }
    pairs, new = _match_claims(stored, stored_posts, claims)
    post_ids = _reconcile_posts(connection, source_id, _distinct_posts(claims))

    span_updates: list[dict[str, Any]] = []
    requantify: list[tuple[int, Claim]] = []
    for row, claim in pairs:
        post_id = None if claim.post is None else post_ids[claim.post]
        spans = tuple(getattr(claim, name) for name in _SPAN_COLUMNS)
        stored_spans = tuple(row._mapping[name] for name in _SPAN_COLUMNS)
        if (*spans, post_id, True) != (*stored_spans, row.post_id, bool(row.span_valid)):
            span_updates.append({
                "b_id": row.id, "b_post_id": post_id,
                **{f"b_{name}": value for name, value in zip(_SPAN_COLUMNS, spans, strict=True)},
            })
            requantify.append((row.id, claim))

    paired = {row.id for row, _ in pairs}
    shifts, detached = _relocate_vanished(
        text_, [row for row in stored if row.id not in paired and row.span_valid]
    )
    _apply_span_updates(connection, span_updates + shifts)
    if requantify:
        connection.execute(
            delete(quantities_t).where(quantities_t.c.claim_id.in_([cid for cid, _ in requantify]))
        )
        rows = [row for cid, claim in requantify for row in _quantity_rows(cid, claim)]
        _executemany(connection, quantities_t, _QUANTITY_COLUMNS, rows)
    if shifts:
        connection.execute(
            update(quantities_t).where(quantities_t.c.claim_id == bindparam("b_id"))
            .values(start=quantities_t.c.start + bindparam("b_delta"),
                    end=quantities_t.c.end + bindparam("b_delta")),
            [{"b_id": shift["b_id"], "b_delta": shift["delta"]} for shift in shifts],
        )
    if detached:
        connection.execute(
            update(claims_t).where(claims_t.c.id.in_(detached)).values(span_valid=false())
        )
    repeats = _insert_claims(connection, source_id, new, post_ids, track)
    _drop_unused_posts(connection, source_id, set(post_ids.values()))
    return SaveOutcome(
        "updated", source_id, claims_added=len(new), claims_skipped=len(claims) - len(new),
        claims_moved=len(span_updates) + len(shifts), claims_detached=len(detached),
        repeats=repeats,
    )


def _relocate_vanished(text_: str, rows: list[Any]) -> tuple[list[dict[str, Any]], list[int]]:
    """Stored claims the new extraction did not find again: if their sentence is still in
    the text, move their offsets there; otherwise mark them detached (``span_valid`` false),
    keeping them and their history."""
    shifts: list[dict[str, Any]] = []
    detached: list[int] = []
    for row in rows:
        if text_[row.start:row.end] == row.text:
            continue
        position = text_.find(row.text)
        if position < 0:
            detached.append(row.id)
            continue
        delta = position - row.start
        quote = _shift_span(text_, row.quote_start, row.quote_end, row.quote, delta)
        speaker = _shift_span(text_, row.speaker_start, row.speaker_end, row.speaker_mention, delta)
        shifts.append({
            "b_id": row.id, "b_post_id": row.post_id, "delta": delta,
            "b_start": position, "b_end": position + len(row.text),
            "b_quote_start": quote[0], "b_quote_end": quote[1],
            "b_speaker_start": speaker[0], "b_speaker_end": speaker[1],
        })
    return shifts, detached


def _shift_span(
    text_: str, start: int | None, end: int | None, surface: str | None, delta: int
) -> tuple[int | None, int | None]:
    """A span moved by ``delta``, or no span if the moved one no longer holds ``surface``."""
    if start is None or end is None:
        return None, None
    start, end = start + delta, end + delta
    return (start, end) if text_[start:end] == surface else (None, None)


def _apply_span_updates(connection: Connection, rows: list[dict[str, Any]]) -> None:
    if not rows:
        return
    connection.execute(
        update(claims_t).where(claims_t.c.id == bindparam("b_id")).values(
            post_id=bindparam("b_post_id"), span_valid=true(),
            **{name: bindparam(f"b_{name}") for name in _SPAN_COLUMNS},
        ),
        [{key: value for key, value in row.items() if key != "delta"} for row in rows],
    )


def _drop_unused_posts(connection: Connection, source_id: int, keep: set[int]) -> None:
    """Posts gone from the new text, unless a stored claim still points at them."""
    connection.execute(
        delete(posts_t).where(
            posts_t.c.source_id == source_id,
            posts_t.c.id.not_in(keep),
            ~exists().where(claims_t.c.post_id == posts_t.c.id),
        )
    )
