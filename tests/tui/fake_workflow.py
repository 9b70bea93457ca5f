"""A stand-in for ``factcheck.workflow`` while that branch is not merged into ``tui``.

Same names and signatures as the workflow API the TUI is written against, with the rules
of issue 5 in their simplest form (version check, verdict needs a rationale and evidence,
reopening needs a reason, an audit row per changed field). The TUI tests use the real
module as soon as it can be imported; this file can then be deleted.
"""

from __future__ import annotations

import getpass
import os
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from factcheck.store.models import STATUSES, VERDICTS, Change, Claim, Evidence


class WorkflowError(Exception):
    pass


class StaleClaimError(WorkflowError):
    def __init__(self, claim_id: int, changed_by: str | None, changed_at: datetime | None):
        super().__init__(f"claim {claim_id} was changed by {changed_by} at {changed_at}")
        self.claim_id, self.changed_by, self.changed_at = claim_id, changed_by, changed_at


@dataclass(frozen=True)
class Policy:
    require_evidence: bool = True


@dataclass(frozen=True)
class ChangeRecord:
    field: str
    old: str | None
    new: str | None
    editor: str
    at: datetime
    reason: str | None


def resolve_editor(explicit: str | None) -> str:
    return explicit or os.environ.get("FACTCHECK_EDITOR") or getpass.getuser()


def _claim(session: Session, claim_id: int, expected_version: int | None) -> Claim:
    claim = session.get(Claim, claim_id)
    if claim is None:
        raise WorkflowError(f"no claim {claim_id}")
    if expected_version is not None and claim.version != expected_version:
        raise StaleClaimError(claim_id, claim.updated_by, claim.updated_at)
    return claim


def _set(session: Session, claim: Claim, field: str, value: str | None, *, editor: str,
         reason: str | None = None) -> None:
    old = getattr(claim, field)
    if old == value:
        return
    setattr(claim, field, value)
    claim.updated_by = editor
    claim.updated_at = datetime.now(UTC)
    session.add(Change(claim_id=claim.id, field=field, old_value=old, new_value=value,
                       editor=editor, reason=reason))


def take(session: Session, claim_id: int, *, editor: str,
         expected_version: int | None = None) -> None:
    claim = _claim(session, claim_id, expected_version)
    if claim.status not in ("new", "in_review"):
        raise WorkflowError(f"claim {claim_id} is {claim.status}; reopen it first")
    _set(session, claim, "status", "in_review", editor=editor)
    _set(session, claim, "assignee", editor, editor=editor)


def set_status(session: Session, claim_id: int, status: str, *, editor: str,
               reason: str | None = None, expected_version: int | None = None) -> None:
    if status not in STATUSES or status == "checked":
        raise WorkflowError(f"cannot set status {status!r} directly")
    claim = _claim(session, claim_id, expected_version)
    if claim.status in ("checked", "dismissed") and status in ("new", "in_review"):
        if not reason:
            raise WorkflowError("reopening a claim needs a reason")
        _set(session, claim, "verdict", None, editor=editor, reason=reason)
    _set(session, claim, "status", status, editor=editor, reason=reason)


def mark(session: Session, claim_id: int, verdict: str, *, editor: str, rationale: str,
         evidence: Sequence[str] = (), expected_version: int | None = None,
         policy: Policy = Policy()) -> None:
    if verdict not in VERDICTS:
        raise WorkflowError(f"unknown verdict {verdict!r}")
    if not rationale.strip():
        raise WorkflowError("a verdict needs a rationale")
    claim = _claim(session, claim_id, expected_version)
    for reference in evidence:
        _evidence(session, claim, reference, editor)
    if policy.require_evidence:
        count = session.execute(
            select(func.count()).select_from(Evidence).where(Evidence.claim_id == claim_id)
        ).scalar_one()
        if count == 0:
            raise WorkflowError(f"claim {claim_id}: a verdict needs at least one piece of "
                                "evidence")
    _set(session, claim, "verdict", verdict, editor=editor)
    _set(session, claim, "status", "checked", editor=editor)
    _set(session, claim, "rationale", rationale, editor=editor)


def assign(session: Session, claim_id: int, assignee: str, *, editor: str,
           expected_version: int | None = None) -> None:
    _set(session, _claim(session, claim_id, expected_version), "assignee", assignee,
         editor=editor)


def add_note(session: Session, claim_id: int, note: str, *, editor: str,
             expected_version: int | None = None) -> None:
    claim = _claim(session, claim_id, expected_version)
    claim.updated_by = editor
    session.add(Change(claim_id=claim.id, field="note", old_value=None, new_value=note,
                       editor=editor))


def _evidence(session: Session, claim: Claim, reference: str, editor: str) -> None:
    is_url = reference.startswith(("http://", "https://"))
    session.add(Evidence(claim_id=claim.id, url=reference if is_url else None,
                         reference=None if is_url else reference, editor=editor))
    session.add(Change(claim_id=claim.id, field="evidence", old_value=None,
                       new_value=reference, editor=editor))
    claim.updated_by = editor


def add_evidence(session: Session, claim_id: int, reference: str, *, editor: str,
                 expected_version: int | None = None) -> None:
    _evidence(session, _claim(session, claim_id, expected_version), reference, editor)


def history(session: Session, claim_id: int) -> list[ChangeRecord]:
    rows = session.execute(
        select(Change).where(Change.claim_id == claim_id).order_by(Change.id)).scalars()
    return [ChangeRecord(c.field, c.old_value, c.new_value, c.editor, c.changed_at, c.reason)
            for c in rows]
