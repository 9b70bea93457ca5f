"""The one place where the TUI writes: through workflow, export and ingest.

Every change the TUI makes goes through ``factcheck.workflow`` (the same code as the CLI,
writing the same audit rows). Workflow errors are translated into the two exceptions the
screens know: ``Refused`` (the rules said no; the message says why) and ``Stale`` (someone
else changed the claim; who, when). Bulk actions run in one transaction: all the claims
change, or none do.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any, Final

from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from factcheck import workflow
from factcheck.errors import FactcheckError
from factcheck.output import replace_when_done
from factcheck.store import ClaimFilter, Database
from factcheck.store.models import Claim

# Reopening a checked or dismissed claim puts it back in review: the editor reopening it
# is the one who looks at it again.
REOPEN_STATUS: Final = "in_review"
# The statuses a reopen applies to: the decided ones.
REOPENABLE: Final = frozenset({"checked", "dismissed"})


class Refused(FactcheckError):
    """The workflow refused the change (a rule, a missing rationale, a bad transition)."""


class Stale(FactcheckError):
    """Someone else changed the claim since the TUI read it; nothing was written."""

    def __init__(self, claim_id: int, changed_by: str | None, changed_at: datetime | None):
        who = changed_by or "someone else"
        at = changed_at.strftime("%Y-%m-%d %H:%M:%S UTC") if changed_at else "a moment ago"
        super().__init__(f"claim {claim_id} was changed by {who} at {at}; nothing was "
                         "written, the view is refreshed")
        self.claim_id = claim_id
        self.changed_by = changed_by
        self.changed_at = changed_at


@dataclass(frozen=True, slots=True)
class Target:
    """A claim as the TUI last read it: its id and the version it saw."""

    id: int
    version: int


def resolve_editor(explicit: str | None = None) -> str:
    """``--editor``, else ``FACTCHECK_EDITOR``, else the login name (the workflow's rule)."""
    return workflow.resolve_editor(explicit)


@contextmanager
def _translated(target: Target) -> Iterator[None]:
    try:
        yield
    except workflow.StaleClaimError as exc:
        raise Stale(exc.claim_id, exc.changed_by, exc.changed_at) from exc
    except StaleDataError as exc:  # the ORM's own version check caught it first
        raise Stale(target.id, None, None) from exc
    except workflow.WorkflowError as exc:
        raise Refused(str(exc)) from exc


def _each(
    db: Database, targets: Sequence[Target], change: Callable[[Session, Target], Any]
) -> list[int]:
    """Apply ``change`` to every target in one write transaction."""
    if not targets:
        raise Refused("no claim to act on")
    try:
        with db.write() as session:
            for target in targets:
                with _translated(target):
                    change(session, target)
                    session.flush()
    except Stale as exc:
        if exc.changed_by is not None:
            raise
        who, at = stale_details(db, exc.claim_id)
        raise Stale(exc.claim_id, who, at) from exc
    return [target.id for target in targets]


def take(db: Database, targets: Sequence[Target], *, editor: str) -> list[int]:
    return _each(db, targets, lambda s, t: workflow.take(
        s, t.id, editor=editor, expected_version=t.version))


def mark(
    db: Database, targets: Sequence[Target], verdict: str, *, editor: str, rationale: str,
    evidence: Sequence[str] = (),
) -> list[int]:
    policy = workflow.Policy.from_env()  # the desk's evidence rule, as on the command line
    return _each(db, targets, lambda s, t: workflow.mark(
        s, t.id, verdict, editor=editor, rationale=rationale, evidence=tuple(evidence),
        expected_version=t.version, policy=policy))


def mark_group(
    db: Database, target: Target, verdict: str, *, editor: str, rationale: str,
    evidence: Sequence[str] = (),
) -> list[int]:
    """Give ``target``'s verdict to every print of it still to decide
    (``workflow.mark_group``: one set of audit rows per claim), in one transaction; the
    claims marked. Refused as stale when ``target`` changed since the TUI read it."""
    policy = workflow.Policy.from_env()
    marked: list[int] = []

    def change(session: Session, t: Target) -> None:
        state = workflow.load_state(session, t.id)
        if state.version != t.version:
            raise workflow.StaleClaimError(t.id, state.updated_by, state.updated_at,
                                           expected=t.version, found=state.version)
        done = workflow.mark_group(session, t.id, verdict, editor=editor, rationale=rationale,
                                   evidence=tuple(evidence), policy=policy)
        marked[:] = done.marked

    _each(db, [target], change)
    return marked


def set_status(
    db: Database, targets: Sequence[Target], status: str, *, editor: str,
    reason: str | None = None,
) -> list[int]:
    return _each(db, targets, lambda s, t: workflow.set_status(
        s, t.id, status, editor=editor, reason=reason, expected_version=t.version))


def assign(db: Database, targets: Sequence[Target], assignee: str, *, editor: str) -> list[int]:
    return _each(db, targets, lambda s, t: workflow.assign(
        s, t.id, assignee, editor=editor, expected_version=t.version))


def add_note(db: Database, targets: Sequence[Target], note: str, *, editor: str) -> list[int]:
    return _each(db, targets, lambda s, t: workflow.add_note(
        s, t.id, note, editor=editor, expected_version=t.version))


def add_evidence(
    db: Database, targets: Sequence[Target], reference: str, *, editor: str
) -> list[int]:
    return _each(db, targets, lambda s, t: workflow.add_evidence(
        s, t.id, reference, editor=editor, expected_version=t.version))


def stale_details(db: Database, claim_id: int) -> tuple[str | None, datetime | None]:
    """Who last changed a claim and when, for a refusal the ORM raised without them."""
    with db.sessions.begin() as session:
        claim = session.get(Claim, claim_id)
        return (claim.updated_by, claim.updated_at) if claim else (None, None)


# --- export -----------------------------------------------------------------------------

def export_csv(db: Database, filters: ClaimFilter, path: Path) -> tuple[int, Path]:
    """Write the claims of the current view to ``path`` as CSV, with the columns of
    ``factcheck export``; returns how many, and the file's full path (a relative name is
    relative to where the TUI was started, which the editor may not remember). The file
    appears only once it is complete."""
    from factcheck.export import export_claims

    path = path.expanduser().absolute()
    with db.sessions.begin() as session, replace_when_done(path) as out:
        return export_claims(session, out, fmt="csv", filters=filters), path


# --- ingest -----------------------------------------------------------------------------

Progress = Callable[[int, int, str], None]


def ingest(db: Database, locations: Sequence[str], progress: Progress) -> str:
    """Ingest files, directories or URLs into the database with the batch runner of
    ``factcheck ingest``, each source in its own transaction; returns the summary line."""
    from factcheck.ingest.runner import ingest as run_batch
    from factcheck.store import save_source

    def store(document: Any, claims: Iterable[Any]) -> Any:
        with db.write() as session:
            return save_source(session, document, claims)

    summary = run_batch(list(locations), store, progress=progress)
    line = summary.line()
    if summary.failures:
        line += "; " + "; ".join(str(f) for f in summary.failures[:3])
    return line
