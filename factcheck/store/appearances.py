"""Reading claim tracking: where a claim appeared, whether its group is already checked,
and the people with their claims. Shared by the CLI, exports and the TUI; every function
takes the session and reads through the indexes on ``claims.group_id`` and
``claims.person_id``.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Final

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session

from factcheck.store.models import Change, Claim, Person, Post, Source

# Ids per IN (...): well under SQLite's and PostgreSQL's parameter limits.
_CHUNK: Final = 500


def seen_at() -> ColumnElement[Any]:
    """When a claim appeared: its post's time, else its source's publication, else when the
    source was read."""
    return func.coalesce(Post.posted_at, Source.published, Source.retrieved)


@dataclass(frozen=True, slots=True)
class Appearance:
    """One place a claim of a group was printed."""

    claim_id: int
    when: datetime | None
    source_id: int
    source: str
    url: str | None
    publisher: str | None
    speaker: str | None
    status: str
    verdict: str | None

    def to_dict(self) -> dict[str, Any]:
        return {
            "claim_id": self.claim_id, "when": _iso(self.when), "source_id": self.source_id,
            "source": self.source, "url": self.url, "publisher": self.publisher,
            "speaker": self.speaker, "status": self.status, "verdict": self.verdict,
        }


def _iso(value: datetime | None) -> str | None:
    if value is None:
        return None
    if value.tzinfo is None:  # SQLite hands back naive UTC
        value = value.replace(tzinfo=UTC)
    return value.isoformat()


def appearances(session: Session, group_id: int | None, claim_id: int | None = None
                ) -> list[Appearance]:
    """Every claim of the group, first appearance first; a claim in no group has one."""
    condition = Claim.group_id == group_id if group_id is not None else Claim.id == claim_id
    rows = session.execute(
        select(Claim.id, seen_at().label("when"), Source.id.label("source_id"),
               func.coalesce(Source.title, Source.name).label("source"), Source.url,
               Source.publisher, Claim.speaker, Claim.status, Claim.verdict)
        .join(Source, Claim.source_id == Source.id)
        .outerjoin(Post, Claim.post_id == Post.id)
        .where(condition)
        .order_by(seen_at().asc().nulls_last(), Claim.id)
    )
    return [Appearance(*row) for row in rows]


def appearances_of_groups(session: Session, group_ids: Sequence[int]
                          ) -> dict[int, list[Appearance]]:
    """The appearances of several groups at once (one query per 500 groups)."""
    found: dict[int, list[Appearance]] = {}
    for chunk in _chunks(group_ids):
        rows = session.execute(
            select(Claim.group_id, Claim.id, seen_at().label("when"),
                   Source.id.label("source_id"),
                   func.coalesce(Source.title, Source.name).label("source"), Source.url,
                   Source.publisher, Claim.speaker, Claim.status, Claim.verdict)
            .join(Source, Claim.source_id == Source.id)
            .outerjoin(Post, Claim.post_id == Post.id)
            .where(Claim.group_id.in_(chunk))
            .order_by(Claim.group_id, seen_at().asc().nulls_last(), Claim.id)
        )
        for group, *values in rows:
            found.setdefault(group, []).append(Appearance(*values))
    return found


def _chunks(ids: Sequence[int]) -> Iterator[Sequence[int]]:
    unique = sorted(set(ids))
    for start in range(0, len(unique), _CHUNK):
        yield unique[start:start + _CHUNK]


def group_sizes(session: Session, group_ids: Sequence[int]) -> dict[int, int]:
    """How many claims each group has (how many times its claim was seen)."""
    found: dict[int, int] = {}
    for chunk in _chunks(group_ids):
        for group, count in session.execute(
            select(Claim.group_id, func.count()).where(Claim.group_id.in_(chunk))
            .group_by(Claim.group_id)
        ):
            if group is not None:
                found[group] = count
    return found


@dataclass(frozen=True, slots=True)
class CheckedNote:
    """A group's verdict as a newly seen member shows it: ``already checked: false, 21 Jan,
    by maria`` (claim 7)."""

    claim_id: int
    verdict: str
    at: datetime | None
    by: str | None

    def __str__(self) -> str:
        parts = [f"already checked: {self.verdict}"]
        if self.at is not None:
            parts.append(f"{self.at.day} {self.at:%b %Y}")
        if self.by:
            parts.append(f"by {self.by}")
        return ", ".join(parts) + f" (claim {self.claim_id})"

    def to_dict(self) -> dict[str, Any]:
        return {"claim_id": self.claim_id, "verdict": self.verdict, "at": _iso(self.at),
                "by": self.by}


def already_checked(session: Session, group_ids: Sequence[int]) -> dict[int, CheckedNote]:
    """For each group with a checked claim, the latest verdict given in it."""
    found: dict[int, CheckedNote] = {}
    for chunk in _chunks(group_ids):
        checked = session.execute(
            select(Claim.id, Claim.group_id, Claim.verdict)
            .where(Claim.group_id.in_(chunk), Claim.status == "checked")
        ).all()
        if not checked:
            continue
        verdict_changes = session.execute(
            select(Change.claim_id, Change.changed_at, Change.editor)
            .where(Change.claim_id.in_([row.id for row in checked]), Change.field == "verdict",
                   Change.new_value.is_not(None))
            .order_by(Change.id)
        ).all()
        latest = {row.claim_id: row for row in verdict_changes}  # the last one wins
        for row in checked:
            change = latest.get(row.id)
            at = change.changed_at if change else None
            if at is not None and at.tzinfo is None:
                at = at.replace(tzinfo=UTC)
            note = CheckedNote(row.id, row.verdict, at, change.editor if change else None)
            best = found.get(row.group_id)
            if best is None or (note.at or datetime.min.replace(tzinfo=UTC)) > (
                best.at or datetime.min.replace(tzinfo=UTC)
            ):
                found[row.group_id] = note
    return found


@dataclass(frozen=True, slots=True)
class GroupInfo:
    """What a listing shows of a claim's group: its size, and its verdict when the claim
    itself is not checked but another claim of its group is."""

    seen: int
    already_checked: CheckedNote | None


def group_info(session: Session, claims: Sequence[tuple[int, int | None, str]]
               ) -> dict[int, GroupInfo]:
    """``(claim id, group id, status)`` -> its ``GroupInfo``; two queries per call."""
    groups = [group for _, group, _ in claims if group is not None]
    sizes = group_sizes(session, groups)
    checked = already_checked(session, groups)
    info: dict[int, GroupInfo] = {}
    for claim_id, group, status in claims:
        if group is None:
            info[claim_id] = GroupInfo(1, None)
            continue
        note = checked.get(group)
        if note is not None and (status == "checked" or note.claim_id == claim_id):
            note = None
        info[claim_id] = GroupInfo(sizes.get(group, 1), note)
    return info


# --- people ------------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class PersonSummary:
    """One person as ``factcheck speakers`` lists them."""

    id: int
    name: str
    claims: int
    first_seen: datetime | None
    last_seen: datetime | None
    roles: tuple[str, ...]
    names: tuple[str, ...]

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id, "name": self.name, "claims": self.claims,
            "first_seen": _iso(self.first_seen), "last_seen": _iso(self.last_seen),
            "roles": list(self.roles), "names": list(self.names),
        }


def list_people(session: Session, *, search: str | None = None,
                person_id: int | None = None) -> list[PersonSummary]:
    """People with claims (merged-away people are not listed), most claims first."""
    conditions: list[ColumnElement[bool]] = [Person.merged_into.is_(None)]
    if search:
        conditions.append(Person.name.icontains(search, autoescape=True))
    if person_id is not None:
        conditions.append(Person.id == person_id)
    rows = session.execute(
        select(Person.id, Person.name, func.count(Claim.id), func.min(seen_at()),
               func.max(seen_at()))
        .join(Claim, Claim.person_id == Person.id)
        .join(Source, Claim.source_id == Source.id)
        .outerjoin(Post, Claim.post_id == Post.id)
        .where(*conditions)
        .group_by(Person.id, Person.name)
        .order_by(func.count(Claim.id).desc(), Person.id)
    ).all()
    ids = [row[0] for row in rows]
    roles: dict[int, list[str]] = {}
    names: dict[int, list[str]] = {}
    for chunk in _chunks(ids):
        for person, role in session.execute(
            select(Claim.person_id, Claim.speaker_role).distinct()
            .where(Claim.person_id.in_(chunk), Claim.speaker_role.is_not(None))
            .order_by(Claim.person_id, Claim.speaker_role)
        ):
            if person is not None and role is not None:
                roles.setdefault(person, []).append(role)
        for person, name in session.execute(
            select(Claim.person_id, Claim.speaker_mention).distinct()
            .where(Claim.person_id.in_(chunk), Claim.speaker_mention.is_not(None))
            .order_by(Claim.person_id, Claim.speaker_mention)
        ):
            if person is not None and name is not None and name[:1].isupper():
                names.setdefault(person, []).append(name)  # names, not "he" or "she"
    return [
        PersonSummary(pid, name, count, _aware(first), _aware(last),
                      tuple(roles.get(pid, ())), tuple(names.get(pid, ())))
        for pid, name, count, first, last in rows
    ]


def _aware(value: datetime | None) -> datetime | None:
    if value is None or value.tzinfo is not None:
        return value
    return value.replace(tzinfo=UTC)
