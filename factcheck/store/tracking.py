"""Claim tracking, the database part: people found by name key, repeated claims found by
band key, and the group writes; the decisions are ``factcheck.tracking``'s.

Ingestion calls ``track_new_claims`` once per source, before its claims are inserted (so
each claim row carries its person and group), and ``TrackedClaims.write`` after. Every
look-up is an equality probe into a B-tree (``people.key``, ``people.surname``,
``claim_keys`` by band), so its cost does not grow with the number of stored claims, and
the probes of a whole source go out together, a few statements per source.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from collections.abc import Hashable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from itertools import chain
from typing import Any, Final, cast

from sqlalchemy import Connection, Table, bindparam, insert, select, text, update

from factcheck.store.models import Claim as ClaimRow
from factcheck.store.models import ClaimGroup, ClaimKey, Person
from factcheck.tracking.names import (
    is_full_name,
    is_person_name,
    name_key,
    pick_by_surname,
    surname,
)
from factcheck.tracking.statements import (
    Match,
    Statement,
    index_keys,
    same_claim,
    shared_share,
    statement,
    tokens,
)

claims_t = cast(Table, ClaimRow.__table__)
people_t = cast(Table, Person.__table__)
groups_t = cast(Table, ClaimGroup.__table__)
keys_t = cast(Table, ClaimKey.__table__)

# At most this many stored claims are read per band key: a 3-gram that thousands of
# claims share ("the united states") would otherwise make one look-up read them all.
# The newest are kept: a repeat is most often of a recent claim.
PER_BAND: Final = 32
# Candidates compared per new claim, those sharing the most band keys first.
CANDIDATES: Final = 8
# A candidate must share this many band keys (or all of a short claim's): one shared
# 3-gram is what unrelated claims have in common ("near the border"), a repeat shares more.
MIN_SHARED_BANDS: Final = 2
# Parameters per IN (...) or UNION: well under SQLite's and PostgreSQL's limits.
CHUNK: Final = 400
_STRENGTH: Final[dict[Match, int]] = {"same": 3, "partial": 2, "reworded": 1}


@dataclass(frozen=True, slots=True)
class Said:
    """What tracking needs to know of one claim."""

    id: int
    text: str
    quote: str | None
    speaker: str | None
    cited_source: str | None
    kind: str


def _chunks(items: Sequence[Any], size: int = CHUNK) -> Iterator[Sequence[Any]]:
    for start in range(0, len(items), size):
        yield items[start:start + size]


# --- people ------------------------------------------------------------------------------

def _follow_merges(connection: Connection, ids: Iterable[int],
                   known: dict[int, int | None] | None = None) -> dict[int, int]:
    """Each person id -> the person it stands for now (an editor's merges followed).
    ``known`` holds ``merged_into`` values already read, so that usually nothing is."""
    target_of: dict[int, int | None] = dict(known or {})
    ids = list(ids)
    pending = {person for person in ids if person not in target_of}
    while pending:
        for chunk in _chunks(sorted(pending)):
            for row in connection.execute(
                select(people_t.c.id, people_t.c.merged_into).where(people_t.c.id.in_(chunk))
            ):
                target_of[row.id] = row.merged_into
        pending = {t for t in target_of.values() if t is not None and t not in target_of}
    final: dict[int, int] = {}
    for person in ids:
        seen = {person}
        current = person
        while (nxt := target_of.get(current)) is not None and nxt not in seen:
            seen.add(nxt)
            current = nxt
        final[person] = current
    return final


def _people_by(connection: Connection, column: Any, values: Sequence[str]) -> dict[str, list[Any]]:
    found: dict[str, list[Any]] = defaultdict(list)
    for chunk in _chunks(sorted(set(values))):
        rows = connection.execute(
            select(people_t.c.id, people_t.c.key, people_t.c.surname, people_t.c.merged_into)
            .where(column.in_(chunk)).order_by(people_t.c.id)
        )
        for row in rows:
            found[row._mapping[column.key]].append(row)
    return found


def _create_people(connection: Connection, names: dict[str, str]) -> dict[str, int]:
    """Insert a person for each key (with its printed name); key -> new id."""
    if not names:
        return {}
    rows = [{"name": name, "key": key, "surname": surname(key)} for key, name in names.items()]
    ids = connection.execute(
        insert(people_t).returning(people_t.c.id, sort_by_parameter_order=True), rows
    ).scalars().all()
    return dict(zip(names, ids, strict=True))


def resolve_people(connection: Connection, speakers: Sequence[str | None]) -> list[int | None]:
    """The person of each speaker name, creating people not stored yet.

    A speaker described, not named ("a senior official"), is nobody's. A full name is its
    folded key's oldest person (merges followed). A surname alone is the
    one stored person of that surname, or when there are none or several (Donald and
    Ivanka Trump), a person known by the surname only, which an editor can merge later.
    """
    keys = [name_key(name) if is_person_name(name) else None for name in speakers]
    printed: dict[str, str] = {}
    for name, key in zip(speakers, keys, strict=True):
        if key is not None and name is not None:
            printed.setdefault(key, name.strip())
    if not printed:
        return [None] * len(speakers)
    full = [key for key in printed if is_full_name(key)]
    by_key = _people_by(connection, people_t.c.key, list(printed))
    known: dict[int, int | None] = {
        row.id: row.merged_into for rows in by_key.values() for row in rows
    }
    chosen: dict[str, int] = {key: rows[0].id for key, rows in by_key.items()}
    created = _create_people(
        connection, {key: printed[key] for key in full if key not in chosen}
    )
    chosen.update(created)
    known.update(dict.fromkeys(created.values()))
    bare = [key for key in printed if not is_full_name(key)]
    if bare:
        by_surname = _people_by(connection, people_t.c.surname, bare)
        known.update(
            (row.id, row.merged_into) for rows in by_surname.values() for row in rows
        )
        full_ids = {row.id for rows in by_surname.values() for row in rows if " " in row.key}
        merged = _follow_merges(connection, full_ids, known)
        fresh: dict[str, str] = {}
        for key in bare:
            candidates = {merged[row.id] for row in by_surname.get(key, ()) if " " in row.key}
            picked = pick_by_surname(candidates)
            if picked is not None:
                chosen[key] = picked
            elif key not in chosen:
                fresh[key] = printed[key]
        created = _create_people(connection, fresh)
        chosen.update(created)
        known.update(dict.fromkeys(created.values()))
    final = _follow_merges(connection, set(chosen.values()), known)
    return [None if key is None else final[chosen[key]] for key in keys]


# --- repeated claims -----------------------------------------------------------------

def speaker_identity(person_id: int | None, speaker: str | None) -> Hashable | None:
    """Who said a claim, as "same claim?" compares it: the person, or for a speaker who is
    described, not named, the folded description ("senior eu official")."""
    if person_id is not None:
        return person_id
    if speaker:
        return ("described", " ".join(tokens(speaker)))
    return None


@dataclass(slots=True)
class TrackedClaims:
    """The person and group of each claim of a batch, and what is left to write once the
    claims are stored: their band keys as (band, claim id), and stored claims that joined
    a new group."""

    person_ids: list[int | None]
    group_ids: list[int | None]
    key_rows: list[tuple[int, int]] = field(default_factory=list)
    stored_groups: list[dict[str, int]] = field(default_factory=list)

    def repeats(self, ids: Sequence[int]) -> tuple[tuple[int, int], ...]:
        """(claim id, group id) of the claims that joined a group."""
        return tuple(
            (claim_id, group) for claim_id, group in zip(ids, self.group_ids, strict=True)
            if group is not None
        )

    def write(self, connection: Connection) -> None:
        if self.key_rows:
            _write_keys(connection, self.key_rows)
        if self.stored_groups:
            connection.execute(
                update(claims_t).where(claims_t.c.id == bindparam("b_id"))
                .values(group_id=bindparam("b_group")),
                self.stored_groups,
            )


# PostgreSQL: a batch's band keys in one statement, two bound arrays unnested side by side.
_PG_WRITE_KEYS: Final = text(
    "INSERT INTO claim_keys (band, claim_id) "
    "SELECT * FROM unnest(CAST(:bands AS bigint[]), CAST(:claim_ids AS integer[]))"
)


def _write_keys(connection: Connection, rows: Sequence[tuple[int, int]]) -> None:
    if connection.dialect.name == "postgresql":
        for chunk in _chunks(rows, 50_000):
            connection.execute(_PG_WRITE_KEYS, {"bands": [band for band, _ in chunk],
                                                "claim_ids": [cid for _, cid in chunk]})
        return
    # SQLite: the tuples straight to the driver (nothing in them needs converting); the
    # statement compiled by SQLAlchemy from the table, never assembled from values.
    connection.exec_driver_sql(_sqlite_insert_keys(connection), list(rows))


def _sqlite_insert_keys(connection: Connection) -> str:
    compiled = insert(keys_t).compile(dialect=connection.dialect,
                                      column_keys=["band", "claim_id"])
    if tuple(compiled.positiontup or ()) != ("band", "claim_id"):  # pragma: no cover
        raise RuntimeError("claim_keys insert compiled in another column order")
    return str(compiled)


# PostgreSQL: every band of a batch in one round trip, each probe its own index range scan
# cut at PER_BAND rows (LATERAL). Constant text: the bands are one bound array.
_PG_LOOKUP: Final = text(
    "SELECT probe.band, hit.claim_id FROM unnest(CAST(:bands AS bigint[])) AS probe(band) "
    "CROSS JOIN LATERAL (SELECT claim_id FROM claim_keys WHERE claim_keys.band = probe.band "
    "ORDER BY claim_id DESC LIMIT :per_band) AS hit"
)
# SQLite (no LATERAL): the bands bound as one JSON array; for each, the range of its
# primary-key index from its PER_BAND-th newest claim up, that claim found by a probe of
# the same index (OFFSET), so a band held by a million claims still reads PER_BAND rows.
_SQLITE_LOOKUP: Final = text(
    "SELECT probe.value AS band, hit.claim_id FROM json_each(:bands) AS probe "
    "JOIN claim_keys AS hit ON hit.band = probe.value AND hit.claim_id >= coalesce(("
    "SELECT newest.claim_id FROM claim_keys AS newest WHERE newest.band = probe.value "
    "ORDER BY newest.claim_id DESC LIMIT 1 OFFSET :skip), 0)"
)
# Bands per look-up statement.
LOOKUP_CHUNK: Final = 5000


# A transaction-level advisory lock, held to the commit; one number for every ingest (the
# bytes of "factchek").
_PG_TRACKING_LOCK: Final = text("SELECT pg_advisory_xact_lock(x'666163746368656b'::bigint)")


def untracked(count: int) -> TrackedClaims:
    """No people, no groups, nothing to write: claims stored without tracking."""
    return TrackedClaims([None] * count, [None] * count)


def _lookup_bands(connection: Connection, bands: Iterable[int]) -> dict[int, list[int]]:
    """Band -> the stored claims filed under it (the newest ``PER_BAND``), in one
    statement per ``LOOKUP_CHUNK`` bands."""
    found: dict[int, list[int]] = defaultdict(list)
    unique = sorted(set(bands))
    postgres = connection.dialect.name == "postgresql"
    for chunk in _chunks(unique, LOOKUP_CHUNK):
        if postgres:
            rows = connection.execute(_PG_LOOKUP, {"bands": list(chunk), "per_band": PER_BAND})
        else:
            rows = connection.execute(
                _SQLITE_LOOKUP, {"bands": json.dumps(list(chunk)), "skip": PER_BAND - 1}
            )
        for band, claim_id in rows:
            found[band].append(claim_id)
    return found


@dataclass(frozen=True, slots=True)
class _Stored:
    id: int
    group_id: int | None
    said: Statement


_CANDIDATES_BY_ID: Final = select(
    claims_t.c.id, claims_t.c.text, claims_t.c.quote, claims_t.c.person_id,
    claims_t.c.cited_source, claims_t.c.group_id, claims_t.c.kind, claims_t.c.speaker,
).where(claims_t.c.id.in_(bindparam("ids", expanding=True)))

# What ``statement`` is given, so that a text already folded (most often the new claim's
# own, when it reprints a stored one) is not folded again.
_Parsed = dict[tuple[str, str | None, Hashable | None, str | None, str], Statement]


def _statement(parsed: _Parsed, text_: str, quote: str | None, speaker: Hashable | None,
               cited: str | None, kind: str) -> Statement:
    key = (text_, quote, speaker, cited, kind)
    said = parsed.get(key)
    if said is None:
        said = parsed[key] = statement(text_, quote, speaker=speaker, cited=cited, kind=kind)
    return said


def _load_candidates(connection: Connection, ids: Iterable[int], parsed: _Parsed,
                     into: dict[int, _Stored]) -> None:
    """Read the stored claims ``ids`` not in ``into`` yet, folded, into it."""
    missing = sorted({cid for cid in ids if cid not in into})
    for chunk in _chunks(missing):
        for row in connection.execute(_CANDIDATES_BY_ID, {"ids": list(chunk)}):
            into[row.id] = _Stored(row.id, row.group_id, _statement(
                parsed, row.text, row.quote, speaker_identity(row.person_id, row.speaker),
                row.cited_source, row.kind))


def _shortlist(hits: Iterable[int], needed: int, own_ids: set[int]) -> list[int]:
    """The ``CANDIDATES`` stored claims named most often in ``hits`` (once per band key
    shared), newest first among equals, of those named at least ``needed`` times."""
    shared = Counter(hits)  # counted in C: a band holds up to PER_BAND claims
    ranked = sorted((-count, -cid) for cid, count in shared.items()
                    if count >= needed and cid not in own_ids)
    return [-negative for _, negative in ranked[:CANDIDATES]]


_CLOSEST: Final = (_STRENGTH["same"], 1.0)


def _best(said: Statement, candidates: Iterable[tuple[int, Statement]]
          ) -> tuple[int | None, tuple[int, float] | None]:
    """The index of the candidate that is the same claim, the closest match first, and
    its score."""
    best: tuple[int, float] | None = None
    chosen: int | None = None
    for index, other in candidates:
        match = same_claim(said, other)
        if match is None:
            continue
        score = (_STRENGTH[match], shared_share(said, other))
        if best is None or score > best:
            best, chosen = score, index
            if score == _CLOSEST:
                break  # nothing can be closer
    return chosen, best


def track_new_claims(connection: Connection, said: Sequence[Said]) -> TrackedClaims:
    """People and groups for claims about to be stored (ids allocated, rows not written).

    Each claim is compared with the stored claims sharing a band key with it and with the
    earlier claims of the same batch; it joins the group of the closest one that is the
    same claim (``same_claim``). A stored claim that was alone gets a new group with it.
    Stored claims never change group here: only an editor moves them.

    Stored candidates are read in two steps: each claim's first-ranked one, then the rest
    only for the claims that one (or an earlier claim of the batch) does not settle, as
    the very same words do: most repeats are reprints.
    """
    if connection.dialect.name == "postgresql":
        # Ingests running side by side on a shared database would each miss the people
        # and groups the other has not committed yet, and make them twice: the second
        # waits here until the first commits (SQLite's writers are one at a time anyway).
        connection.execute(_PG_TRACKING_LOCK)
    person_ids = resolve_people(connection, [s.speaker for s in said])
    parsed: _Parsed = {}
    statements = [
        _statement(parsed, s.text, s.quote, speaker_identity(person, s.speaker),
                   s.cited_source, s.kind)
        for s, person in zip(said, person_ids, strict=True)
    ]
    keys = [index_keys(st) for st in statements]
    stored_by_band = _lookup_bands(connection, (band for ks in keys for band in ks))
    own_ids = {s.id for s in said}
    no_band: list[int] = []
    shortlists = [
        _shortlist(chain.from_iterable(stored_by_band.get(band, no_band) for band in ks),
                   min(MIN_SHARED_BANDS, len(ks)), own_ids)
        for ks in keys
    ]

    # The earlier claims of the batch sharing a band and the figures with each claim (the
    # newest PER_BAND of each), as (negative index, statement) options. Claims with other
    # figures are never the same claim, and a live blog's many posts of one shape ("N
    # tanks moved") would otherwise fill each band's newest with them.
    earlier: list[list[tuple[int, Statement]]] = []
    batch_by_figures: dict[tuple[str, ...], dict[int, list[int]]] = {}
    for index, (ks, st) in enumerate(zip(keys, statements, strict=True)):
        by_band = batch_by_figures.setdefault(st.figures, {})
        found = sorted({j for band in ks for j in by_band.get(band, no_band)[-PER_BAND:]})
        earlier.append([(-1 - j, statements[j]) for j in found])
        for band in ks:
            by_band.setdefault(band, []).append(index)

    stored: dict[int, _Stored] = {}
    _load_candidates(connection, (ids[0] for ids in shortlists if ids), parsed, stored)
    picks: list[int | None] = [None] * len(said)
    unsettled: list[int] = []
    for index, st in enumerate(statements):
        first = [(cid, stored[cid].said) for cid in shortlists[index][:1] if cid in stored]
        picked, score = _best(st, earlier[index] + first)
        if score == _CLOSEST or len(shortlists[index]) <= 1:
            picks[index] = picked
        else:
            unsettled.append(index)
    _load_candidates(connection, (cid for i in unsettled for cid in shortlists[i]), parsed,
                     stored)
    for index in unsettled:
        options = earlier[index] + [
            (cid, stored[cid].said) for cid in shortlists[index] if cid in stored
        ]
        picks[index] = _best(statements[index], options)[0]

    # Group labels while deciding: ("g", group id), ("c", stored claim alone), ("n", index
    # of a claim of this batch); the last two become new groups at the end.
    labels: list[tuple[str, int] | None] = [None] * len(said)
    for index, picked in enumerate(picks):
        if picked is not None and picked < 0:
            j = -1 - picked
            if labels[j] is None:
                labels[j] = ("n", j)
            labels[index] = labels[j]
        elif picked is not None:
            target = stored[picked]
            labels[index] = ("g", target.group_id) if target.group_id else ("c", target.id)

    fresh = sorted({label for label in labels if label is not None and label[0] != "g"})
    new_ids: dict[tuple[str, int], int] = {}
    if fresh:
        ids = connection.execute(
            insert(groups_t).returning(groups_t.c.id, sort_by_parameter_order=True),
            [{} for _ in fresh],
        ).scalars().all()
        new_ids = dict(zip(fresh, ids, strict=True))
    group_ids = [
        None if label is None else (label[1] if label[0] == "g" else new_ids[label])
        for label in labels
    ]
    return TrackedClaims(
        person_ids=person_ids,
        group_ids=group_ids,
        key_rows=[(band, s.id) for s, ks in zip(said, keys, strict=True) for band in ks],
        stored_groups=[{"b_id": label[1], "b_group": group_id}
                       for label, group_id in new_ids.items() if label[0] == "c"],
    )


def backfill(connection: Connection, *, batch: int = 1000) -> int:
    """Link the stored claims to people and group them, oldest first, as ingestion would
    have: what migration 0005 runs on an existing database. The number of claims seen."""
    last = 0
    seen = 0
    while True:
        rows = connection.execute(
            select(claims_t.c.id, claims_t.c.text, claims_t.c.quote, claims_t.c.speaker,
                   claims_t.c.cited_source, claims_t.c.kind)
            .where(claims_t.c.id > last).order_by(claims_t.c.id).limit(batch)
        ).all()
        if not rows:
            return seen
        said = [Said(*row) for row in rows]
        tracked = track_new_claims(connection, said)
        connection.execute(
            update(claims_t).where(claims_t.c.id == bindparam("b_id"))
            .values(person_id=bindparam("b_person"), group_id=bindparam("b_group")),
            [{"b_id": s.id, "b_person": person, "b_group": group}
             for s, person, group in zip(said, tracked.person_ids, tracked.group_ids,
                                         strict=True)],
        )
        tracked.write(connection)
        last = rows[-1].id
        seen += len(rows)
