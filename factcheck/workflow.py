"""The editor workflow: the one place that decides which change to a claim is allowed.

Every change the desk makes (status, verdict, assignment, note, evidence) goes through a
function here, whether it comes from the CLI, a CSV import or the TUI. Each one:

1. reads the claim's current state in the caller's transaction;
2. refuses a stale ``expected_version`` at once, naming who changed the claim and when;
3. checks the rules with a pure *planner* (also used by the CSV import to validate a
   whole file before writing anything);
4. writes one versioned ``UPDATE ... WHERE id = :id AND version = :v`` that bumps the
   version, so a concurrent writer is detected even between the read and the write;
5. appends the audit rows (``changes``) and evidence, which nothing in the application ever
   updates or deletes (and the database refuses to: triggers from migrations 0002, 0003).

Functions take the session and never commit: the caller owns the transaction, so a bulk
command is all or nothing. Open it with ``Database.write()``: on SQLite that takes the
write lock before the first read, so the read and the write see the same claim (a plain
deferred transaction would fail with "database is locked" when another process wrote in
between). No Textual, no click.
"""

from __future__ import annotations

import getpass
import os
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from typing import Any, Final, cast

from sqlalchemy import Table, func, insert, select, update
from sqlalchemy.orm import Session
from sqlalchemy.orm.util import identity_key

from factcheck.errors import FactcheckError
from factcheck.store.models import (
    STATUSES,
    VERDICTS,
    Change,
    Claim,
    ClaimGroup,
    Evidence,
    Person,
)
from factcheck.tracking.names import name_key, surname

EDITOR_ENV: Final = "FACTCHECK_EDITOR"
REQUIRE_EVIDENCE_ENV: Final = "FACTCHECK_REQUIRE_EVIDENCE"

_claims = cast(Table, Claim.__table__)
_changes = cast(Table, Change.__table__)
_evidence = cast(Table, Evidence.__table__)
_groups = cast(Table, ClaimGroup.__table__)
_people = cast(Table, Person.__table__)
_URL = re.compile(r"^[a-z][a-z0-9+.-]*://\S+$", re.IGNORECASE)


class WorkflowError(FactcheckError):
    """A change the workflow refuses; the message says why and what to do instead."""


class UnknownClaimError(WorkflowError):
    """No claim with that id (never existed, or deleted)."""

    def __init__(self, claim_id: int) -> None:
        super().__init__(f"no claim with id {claim_id}")
        self.claim_id = claim_id


class StaleClaimError(WorkflowError):
    """Someone else changed the claim since it was loaded; nothing was written."""

    def __init__(
        self, claim_id: int, changed_by: str | None, changed_at: datetime | None,
        *, expected: int, found: int,
    ) -> None:
        who = changed_by or "someone else"
        when = f" at {_show_time(changed_at)}" if changed_at else ""
        super().__init__(
            f"claim {claim_id} was changed by {who}{when} (version {found}, you had "
            f"{expected}); reload it and try again. Nothing was written"
        )
        self.claim_id = claim_id
        self.changed_by = changed_by
        self.changed_at = changed_at
        self.expected = expected
        self.found = found


def _show_time(value: datetime) -> str:
    return value.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S UTC")


@dataclass(frozen=True)
class Policy:
    """Desk rules that can be relaxed. By default a verdict needs evidence."""

    require_evidence: bool = True

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> Policy:
        """``FACTCHECK_REQUIRE_EVIDENCE=0`` (or no/false/off) relaxes the evidence rule."""
        value = (os.environ if environ is None else environ).get(REQUIRE_EVIDENCE_ENV, "")
        return cls(require_evidence=value.strip().lower() not in ("0", "no", "false", "off"))


DEFAULT_POLICY: Final = Policy()


@dataclass(frozen=True, slots=True)
class ClaimState:
    """The desk-owned part of a claim, as the rules see it."""

    id: int
    status: str
    verdict: str | None
    assignee: str | None
    rationale: str | None
    version: int
    updated_by: str | None
    updated_at: datetime | None
    evidence: tuple[str, ...] = ()
    group_id: int | None = None
    person_id: int | None = None


@dataclass(frozen=True, slots=True)
class FieldChange:
    """One audit row to be written: ``field`` went from ``old`` to ``new``."""

    field: str
    old: str | None
    new: str | None
    reason: str | None = None


@dataclass(frozen=True, slots=True)
class Plan:
    """What a change does: claim columns to set, evidence to attach, audit rows to add."""

    values: dict[str, Any] = field(default_factory=dict)
    evidence: tuple[str, ...] = ()
    changes: tuple[FieldChange, ...] = ()

    def apply(self, state: ClaimState) -> ClaimState:
        """The state after this plan, for validating several steps before writing any."""
        if not self.changes:
            return state
        return replace(
            state, **self.values, version=state.version + 1,
            evidence=state.evidence + self.evidence,
        )


@dataclass(frozen=True, slots=True)
class ChangeRecord:
    """One audit row, as ``history`` returns it."""

    field: str
    old: str | None
    new: str | None
    editor: str
    at: datetime
    reason: str | None


# --- the rules: pure functions of the current state ----------------------------------

Planner = Callable[[ClaimState], Plan]


def _text(value: str | None) -> str | None:
    """Blank means absent: a rationale of spaces is no rationale."""
    if value is None:
        return None
    value = value.strip()
    return value or None


def _reopen_hint(state: ClaimState) -> str:
    what = f"checked ({state.verdict})" if state.status == "checked" else state.status
    return (
        f"claim {state.id} is {what}; reopen it first "
        "(status in_review with a reason)"
    )


def plan_take(state: ClaimState, editor: str) -> Plan:
    """``new`` -> ``in_review``, assigned to the editor unless someone is assigned already."""
    if state.status in ("checked", "dismissed"):
        raise WorkflowError(_reopen_hint(state))
    changes: list[FieldChange] = []
    values: dict[str, Any] = {}
    if state.status == "new":
        values["status"] = "in_review"
        changes.append(FieldChange("status", "new", "in_review"))
    elif state.assignee is not None:
        raise WorkflowError(f"claim {state.id} is already in review, assigned to {state.assignee}")
    if state.assignee is None:
        values["assignee"] = editor
        changes.append(FieldChange("assignee", None, editor))
    return Plan(values, (), tuple(changes))


def plan_status(state: ClaimState, status: str, reason: str | None = None) -> Plan:
    """Dismiss (from new or in_review), start review (from new), or reopen a checked or
    dismissed claim to in_review (needs a reason; the old verdict goes to the audit)."""
    reason = _text(reason)
    if status not in STATUSES:
        raise WorkflowError(f"unknown status {status!r}; expected one of {', '.join(STATUSES)}")
    current = state.status
    if status == current:
        raise WorkflowError(f"claim {state.id} is already {status}")
    if status == "checked":
        raise WorkflowError(
            f"claim {state.id}: a claim becomes checked by giving it a verdict "
            "(factcheck mark ID VERDICT --note RATIONALE)"
        )
    if status == "new":
        raise WorkflowError(
            f"claim {state.id}: a claim never goes back to new; reopen it as in_review"
        )
    if status == "dismissed":
        if current == "checked":
            raise WorkflowError(_reopen_hint(state))
        return Plan({"status": "dismissed"}, (), (FieldChange("status", current, status, reason),))
    # status == "in_review"
    if current == "new":
        change = FieldChange("status", "new", "in_review", reason)
        return Plan({"status": "in_review"}, (), (change,))
    if reason is None:
        raise WorkflowError(
            f"claim {state.id} is {current}: reopening it needs a reason (--reason TEXT)"
        )
    changes = [FieldChange("status", current, "in_review", reason)]
    values: dict[str, Any] = {"status": "in_review"}
    if state.verdict is not None:
        values["verdict"] = None
        changes.append(FieldChange("verdict", state.verdict, None, reason))
    return Plan(values, (), tuple(changes))


def plan_mark(
    state: ClaimState, verdict: str, rationale: str | None,
    evidence: Iterable[str] = (), policy: Policy = Policy(),
) -> Plan:
    """A verdict with its rationale (and evidence unless the policy relaxes it) makes the
    claim ``checked``. A checked claim must be reopened before it gets another verdict."""
    if verdict not in VERDICTS:
        raise WorkflowError(f"unknown verdict {verdict!r}; expected one of {', '.join(VERDICTS)}")
    if state.status in ("checked", "dismissed"):
        raise WorkflowError(_reopen_hint(state))
    text = _text(rationale)
    if text is None:
        raise WorkflowError(f"claim {state.id}: a verdict needs a written rationale (--note TEXT)")
    attached = set(state.evidence)
    new_evidence: list[str] = []
    for item in evidence:
        reference = _text(item)
        if reference is not None and reference not in attached:
            attached.add(reference)
            new_evidence.append(reference)
    if policy.require_evidence and not attached:
        raise WorkflowError(
            f"claim {state.id}: a verdict needs at least one piece of evidence "
            "(--evidence URL_OR_TEXT)"
        )
    changes = [
        FieldChange("status", state.status, "checked"),
        FieldChange("verdict", state.verdict, verdict),
    ]
    if text != state.rationale:
        changes.append(FieldChange("rationale", state.rationale, text))
    changes.extend(FieldChange("evidence", None, item) for item in new_evidence)
    values = {"status": "checked", "verdict": verdict, "rationale": text}
    return Plan(values, tuple(new_evidence), tuple(changes))


def plan_assign(state: ClaimState, assignee: str | None) -> Plan:
    """Assign to someone (or nobody, with None or blank). The same assignee again is no change."""
    name = _text(assignee)
    if name == state.assignee:
        return Plan()
    return Plan({"assignee": name}, (), (FieldChange("assignee", state.assignee, name),))


def plan_note(state: ClaimState, text: str) -> Plan:
    note = _text(text)
    if note is None:
        raise WorkflowError(f"claim {state.id}: a note needs some text")
    return Plan({}, (), (FieldChange("note", None, note),))


def plan_evidence(state: ClaimState, reference: str) -> Plan:
    item = _text(reference)
    if item is None:
        raise WorkflowError(f"claim {state.id}: evidence needs a URL or a reference")
    if item in state.evidence:
        raise WorkflowError(f"claim {state.id} already has this evidence: {item}")
    return Plan({}, (item,), (FieldChange("evidence", None, item),))


def plan_group(state: ClaimState, group_id: int | None, reason: str | None = None) -> Plan:
    """Put the claim in a group (None: in none). The same group again is no change."""
    if group_id == state.group_id:
        return Plan()
    change = FieldChange("group", _id_text(state.group_id), _id_text(group_id), _text(reason))
    return Plan({"group_id": group_id}, (), (change,))


def plan_person(state: ClaimState, person_id: int, reason: str | None = None) -> Plan:
    """Say the claim is this person's. The same person again is no change."""
    if person_id == state.person_id:
        return Plan()
    change = FieldChange("person", _id_text(state.person_id), _id_text(person_id),
                         _text(reason))
    return Plan({"person_id": person_id}, (), (change,))


def _id_text(value: int | None) -> str | None:
    return None if value is None else str(value)


# --- reading and writing ------------------------------------------------------------

def evidence_text(url: str | None, reference: str | None) -> str:
    """How one piece of evidence is shown, compared and exported."""
    if url and reference:
        return f"{reference} <{url}>"
    return url or reference or ""


def load_state(session: Session, claim_id: int) -> ClaimState:
    """The claim's current desk state, read in the caller's transaction."""
    row = session.execute(
        select(_claims.c.id, _claims.c.status, _claims.c.verdict, _claims.c.assignee,
               _claims.c.rationale, _claims.c.version, _claims.c.updated_by,
               _claims.c.updated_at, _claims.c.group_id, _claims.c.person_id)
        .where(_claims.c.id == claim_id)
    ).one_or_none()
    if row is None:
        raise UnknownClaimError(claim_id)
    evidence = session.execute(
        select(_evidence.c.url, _evidence.c.reference)
        .where(_evidence.c.claim_id == claim_id).order_by(_evidence.c.id)
    ).all()
    return ClaimState(
        row.id, row.status, row.verdict, row.assignee, row.rationale, row.version,
        row.updated_by, row.updated_at,
        evidence=tuple(evidence_text(url, ref) for url, ref in evidence),
        group_id=row.group_id, person_id=row.person_id,
    )


def _stale(session: Session, claim_id: int, expected: int) -> WorkflowError:
    row = session.execute(
        select(_claims.c.version, _claims.c.updated_by, _claims.c.updated_at)
        .where(_claims.c.id == claim_id)
    ).one_or_none()
    if row is None:
        return UnknownClaimError(claim_id)
    return StaleClaimError(claim_id, row.updated_by, row.updated_at,
                           expected=expected, found=row.version)


def _evidence_row(claim_id: int, item: str, editor: str, now: datetime) -> dict[str, Any]:
    is_url = bool(_URL.match(item))
    return {"claim_id": claim_id, "url": item if is_url else None,
            "reference": None if is_url else item, "editor": editor, "created_at": now}


def _write(
    session: Session, claim_id: int, planner: Planner, *, editor: str,
    expected_version: int | None,
) -> Plan:
    """Read, check, and write one change as a single versioned UPDATE plus audit rows."""
    editor = _text(editor) or ""
    if not editor:
        raise WorkflowError("every change needs an editor's name (--editor NAME)")
    state = load_state(session, claim_id)
    if expected_version is not None and expected_version != state.version:
        raise StaleClaimError(claim_id, state.updated_by, state.updated_at,
                              expected=expected_version, found=state.version)
    plan = planner(state)
    if not plan.changes:
        return plan
    now = datetime.now(UTC)
    result = session.execute(
        update(_claims)
        .where(_claims.c.id == claim_id, _claims.c.version == state.version)
        .values(**plan.values, version=state.version + 1, updated_by=editor, updated_at=now)
    )
    if result.rowcount != 1:  # type: ignore[attr-defined]
        raise _stale(session, claim_id, state.version)
    if plan.evidence:
        rows = [_evidence_row(claim_id, item, editor, now) for item in plan.evidence]
        session.execute(insert(_evidence), rows)
    session.execute(insert(_changes), [
        {"claim_id": claim_id, "field": change.field, "old_value": change.old,
         "new_value": change.new, "editor": editor, "reason": change.reason, "changed_at": now}
        for change in plan.changes
    ])
    # A Claim object this session already holds (the TUI's detail pane) is now out of date.
    loaded = session.identity_map.get(identity_key(Claim, claim_id))
    if loaded is not None:
        session.expire(loaded)
    return plan


def take(session: Session, claim_id: int, *, editor: str,
         expected_version: int | None = None) -> None:
    """Start reviewing a claim: ``in_review``, assigned to the editor if nobody is."""
    _write(session, claim_id, lambda s: plan_take(s, editor), editor=editor,
           expected_version=expected_version)


def set_status(session: Session, claim_id: int, status: str, *, editor: str,
               reason: str | None = None, expected_version: int | None = None) -> None:
    """Dismiss, start review, or reopen (with a reason). ``checked`` comes only from ``mark``."""
    _write(session, claim_id, lambda s: plan_status(s, status, reason), editor=editor,
           expected_version=expected_version)


def mark(session: Session, claim_id: int, verdict: str, *, editor: str, rationale: str,
         evidence: Sequence[str] = (), expected_version: int | None = None,
         policy: Policy = Policy()) -> None:
    """Give a verdict: the claim becomes ``checked``; new evidence is attached."""
    _write(session, claim_id, lambda s: plan_mark(s, verdict, rationale, evidence, policy),
           editor=editor, expected_version=expected_version)


def assign(session: Session, claim_id: int, assignee: str | None, *, editor: str,
           expected_version: int | None = None) -> None:
    """Assign the claim to an editor; None or blank unassigns it."""
    _write(session, claim_id, lambda s: plan_assign(s, assignee), editor=editor,
           expected_version=expected_version)


def add_note(session: Session, claim_id: int, text: str, *, editor: str,
             expected_version: int | None = None) -> None:
    """A remark for colleagues; kept in the audit trail."""
    _write(session, claim_id, lambda s: plan_note(s, text), editor=editor,
           expected_version=expected_version)


def add_evidence(session: Session, claim_id: int, reference: str, *, editor: str,
                 expected_version: int | None = None) -> None:
    """Attach a URL or a free-text reference (a report, a call with a named person)."""
    _write(session, claim_id, lambda s: plan_evidence(s, reference), editor=editor,
           expected_version=expected_version)


# --- claim tracking: groups and people --------------------------------------------------

@dataclass(frozen=True, slots=True)
class GroupMarked:
    """What ``mark_group`` did: the claims it checked, and those it left alone (already
    checked or dismissed: reopening them is a decision of its own)."""

    marked: tuple[int, ...]
    left: tuple[int, ...]


def group_members(session: Session, claim_id: int) -> list[int]:
    """The claim and every other claim of its group, by id."""
    group_id = load_state(session, claim_id).group_id
    if group_id is None:
        return [claim_id]
    return list(session.execute(
        select(_claims.c.id).where(_claims.c.group_id == group_id).order_by(_claims.c.id)
    ).scalars())


def mark_group(session: Session, claim_id: int, verdict: str, *, editor: str, rationale: str,
               evidence: Sequence[str] = (), policy: Policy = Policy()) -> GroupMarked:
    """Give the claim's verdict to every claim of its group still to decide (new or in
    review), each with its own audit rows. The claim named must be markable itself."""
    mark(session, claim_id, verdict, editor=editor, rationale=rationale, evidence=evidence,
         policy=policy)
    marked, left = [claim_id], []
    for member in group_members(session, claim_id):
        if member == claim_id:
            continue
        if load_state(session, member).status in ("checked", "dismissed"):
            left.append(member)
            continue
        mark(session, member, verdict, editor=editor, rationale=rationale, evidence=evidence,
             policy=policy)
        marked.append(member)
    return GroupMarked(tuple(sorted(marked)), tuple(left))


def leave_group(session: Session, claim_id: int, *, editor: str,
                reason: str | None = None) -> None:
    """Take the claim out of its group: it is not the same claim. When one claim is left,
    the group is dissolved (that claim is in no group, with its own audit row)."""
    state = load_state(session, claim_id)
    if state.group_id is None:
        raise WorkflowError(f"claim {claim_id} is in no group")
    _write(session, claim_id, lambda s: plan_group(s, None, reason), editor=editor,
           expected_version=None)
    rest = session.execute(
        select(_claims.c.id).where(_claims.c.group_id == state.group_id)
    ).scalars().all()
    if len(rest) == 1:
        why = f"the only claim left in its group after claim {claim_id} left it"
        _write(session, rest[0], lambda s: plan_group(s, None, why), editor=editor,
               expected_version=None)


def join_groups(session: Session, claim_id: int, other_id: int, *, editor: str,
                reason: str | None = None) -> int:
    """Say two claims are the same claim: ``other_id`` and its whole group join the group of
    ``claim_id`` (a new group when it has none). The group id."""
    if claim_id == other_id:
        raise WorkflowError(f"claim {claim_id} cannot join itself")
    first, other = load_state(session, claim_id), load_state(session, other_id)
    if first.group_id is not None and first.group_id == other.group_id:
        raise WorkflowError(f"claims {claim_id} and {other_id} are already in one group")
    group_id = first.group_id
    if group_id is None:
        group_id = session.execute(insert(_groups).returning(_groups.c.id)).scalar_one()
    moving = [claim_id] if first.group_id is None else []
    moving += group_members(session, other_id)
    target = group_id
    for member in moving:
        _write(session, member, lambda s: plan_group(s, target, reason), editor=editor,
               expected_version=None)
    return group_id


def _person_row(session: Session, person_id: int) -> Any:
    row = session.execute(
        select(_people.c.id, _people.c.name, _people.c.merged_into)
        .where(_people.c.id == person_id)
    ).one_or_none()
    if row is None:
        raise WorkflowError(f"no person with id {person_id}")
    if row.merged_into is not None:
        raise WorkflowError(f"person {person_id} was merged into person {row.merged_into}")
    return row


def _claims_of(session: Session, person_id: int) -> list[int]:
    return list(session.execute(
        select(_claims.c.id).where(_claims.c.person_id == person_id).order_by(_claims.c.id)
    ).scalars())


def merge_people(session: Session, keep_id: int, other_id: int, *, editor: str) -> int:
    """``other_id`` is the same person as ``keep_id``: its claims move (an audit row each)
    and it points at ``keep_id``, so that later ingests of its name follow. Claims moved."""
    if keep_id == other_id:
        raise WorkflowError(f"person {keep_id} cannot be merged with itself")
    keep, other = _person_row(session, keep_id), _person_row(session, other_id)
    reason = f"person {other.id} ({other.name}) merged into person {keep.id} ({keep.name})"
    moved = _claims_of(session, other_id)
    for claim_id in moved:
        _write(session, claim_id, lambda s: plan_person(s, keep_id, reason), editor=editor,
               expected_version=None)
    session.execute(update(_people).where(_people.c.id == other_id)
                    .values(merged_into=keep_id))
    return len(moved)


def split_person(session: Session, person_id: int, claim_ids: Sequence[int], *,
                 editor: str) -> int:
    """These claims of ``person_id`` are someone else's (two people who share a name): they
    move to a new person, named as their speaker is. The new person's id."""
    _person_row(session, person_id)
    if not claim_ids:
        raise WorkflowError("name the claims that are another person's")
    own = set(_claims_of(session, person_id))
    strangers = sorted(set(claim_ids) - own)
    if strangers:
        raise WorkflowError(
            f"claim {strangers[0]} is not person {person_id}'s; nothing was changed"
        )
    if own <= set(claim_ids):
        raise WorkflowError(f"those are all of person {person_id}'s claims: nothing to split")
    speaker = session.execute(
        select(_claims.c.speaker).where(_claims.c.id == min(claim_ids))
    ).scalar_one() or ""
    key = name_key(speaker) or speaker.casefold()
    new_id = session.execute(
        insert(_people).values(name=speaker, key=key, surname=surname(key))
        .returning(_people.c.id)
    ).scalar_one()
    reason = f"split from person {person_id}"
    for claim_id in sorted(set(claim_ids)):
        _write(session, claim_id, lambda s: plan_person(s, new_id, reason), editor=editor,
               expected_version=None)
    return int(new_id)


def history(session: Session, claim_id: int) -> list[ChangeRecord]:
    """Every change to the claim, oldest first."""
    rows = session.execute(
        select(_changes.c.field, _changes.c.old_value, _changes.c.new_value, _changes.c.editor,
               _changes.c.changed_at, _changes.c.reason)
        .where(_changes.c.claim_id == claim_id).order_by(_changes.c.id)
    ).all()
    if not rows and session.execute(
        select(func.count()).select_from(_claims).where(_claims.c.id == claim_id)
    ).scalar_one() == 0:
        raise UnknownClaimError(claim_id)
    return [ChangeRecord(*row) for row in rows]


def resolve_editor(explicit: str | None, *, environ: Mapping[str, str] | None = None) -> str:
    """Who is making changes: ``--editor`` > ``$FACTCHECK_EDITOR`` > the login name."""
    environ = os.environ if environ is None else environ
    for candidate in (explicit, environ.get(EDITOR_ENV)):
        if name := _text(candidate):
            return name
    try:
        login = _text(getpass.getuser())
    except (OSError, KeyError, ImportError):
        login = None
    if login is None:
        raise WorkflowError(
            f"cannot tell who you are: pass --editor NAME or set {EDITOR_ENV}"
        )
    return login


__all__ = [
    "DEFAULT_POLICY",
    "STATUSES",
    "VERDICTS",
    "ChangeRecord",
    "ClaimState",
    "FieldChange",
    "GroupMarked",
    "Plan",
    "Policy",
    "StaleClaimError",
    "UnknownClaimError",
    "WorkflowError",
    "add_evidence",
    "add_note",
    "assign",
    "evidence_text",
    "group_members",
    "history",
    "join_groups",
    "leave_group",
    "load_state",
    "mark",
    "mark_group",
    "merge_people",
    "plan_assign",
    "plan_evidence",
    "plan_group",
    "plan_mark",
    "plan_note",
    "plan_person",
    "plan_status",
    "plan_take",
    "resolve_editor",
    "set_status",
    "split_person",
    "take",
]
