"""The adapter between the TUI and the rooms that write: workflow, export and ingest.

Every change the TUI makes goes through ``factcheck.workflow`` (the same code as the CLI,
writing the same audit rows), called from here and nowhere else in the TUI. Workflow
errors are translated into the two exceptions the screens know: ``Refused`` (the rules
said no; the message says why) and ``Stale`` (someone else changed the claim; who, when).

Bulk actions run in one transaction: all the claims change, or none do.

Until branch ``workflow`` is merged, ``factcheck.workflow`` does not exist and every action
is refused with a clear message (tests stand a double in for it; see tests/tui/).
"""

from __future__ import annotations

import getpass
import os
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from types import ModuleType
from typing import Any, Final, TextIO

from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from factcheck.errors import FactcheckError
from factcheck.store import ClaimFilter, Database
from factcheck.store.models import Claim

# Reopening a checked or dismissed claim puts it back in review: the editor reopening it
# is the one who looks at it again.
REOPEN_STATUS: Final = "in_review"


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


def _workflow() -> ModuleType:
    try:
        import factcheck.workflow as workflow
    except ImportError:
        raise Refused(
            "the review workflow is not part of this build yet (branch `workflow`); "
            "nothing was changed"
        ) from None
    return workflow


def resolve_editor(explicit: str | None = None) -> str:
    """``--editor``, else ``FACTCHECK_EDITOR``, else the login name (the workflow's rule)."""
    try:
        return str(_workflow().resolve_editor(explicit))
    except Refused:
        return explicit or os.environ.get("FACTCHECK_EDITOR") or getpass.getuser()


@contextmanager
def _translated(workflow: ModuleType, target: Target) -> Iterator[None]:
    try:
        yield
    except workflow.StaleClaimError as exc:
        raise Stale(exc.claim_id, exc.changed_by, exc.changed_at) from exc
    except StaleDataError as exc:  # the ORM's own version check caught it first
        raise Stale(target.id, None, None) from exc
    except workflow.WorkflowError as exc:
        raise Refused(str(exc)) from exc


def _each(
    db: Database, targets: Sequence[Target],
    change: Callable[[ModuleType, Session, Target], Any],
) -> list[int]:
    """Apply ``change`` to every target in one write transaction."""
    if not targets:
        raise Refused("no claim to act on")
    workflow = _workflow()
    try:
        with db.write() as session:
            for target in targets:
                with _translated(workflow, target):
                    change(workflow, session, target)
                    session.flush()
    except Stale as exc:
        if exc.changed_by is not None:
            raise
        who, at = stale_details(db, exc.claim_id)
        raise Stale(exc.claim_id, who, at) from exc
    return [target.id for target in targets]


def take(db: Database, targets: Sequence[Target], *, editor: str) -> list[int]:
    return _each(db, targets, lambda wf, s, t: wf.take(
        s, t.id, editor=editor, expected_version=t.version))


def mark(
    db: Database, targets: Sequence[Target], verdict: str, *, editor: str, rationale: str,
    evidence: Sequence[str] = (),
) -> list[int]:
    return _each(db, targets, lambda wf, s, t: wf.mark(
        s, t.id, verdict, editor=editor, rationale=rationale, evidence=tuple(evidence),
        expected_version=t.version))


def set_status(
    db: Database, targets: Sequence[Target], status: str, *, editor: str,
    reason: str | None = None,
) -> list[int]:
    return _each(db, targets, lambda wf, s, t: wf.set_status(
        s, t.id, status, editor=editor, reason=reason, expected_version=t.version))


def assign(db: Database, targets: Sequence[Target], assignee: str, *, editor: str) -> list[int]:
    return _each(db, targets, lambda wf, s, t: wf.assign(
        s, t.id, assignee, editor=editor, expected_version=t.version))


def add_note(db: Database, targets: Sequence[Target], note: str, *, editor: str) -> list[int]:
    return _each(db, targets, lambda wf, s, t: wf.add_note(
        s, t.id, note, editor=editor, expected_version=t.version))


def add_evidence(
    db: Database, targets: Sequence[Target], reference: str, *, editor: str
) -> list[int]:
    return _each(db, targets, lambda wf, s, t: wf.add_evidence(
        s, t.id, reference, editor=editor, expected_version=t.version))


def stale_details(db: Database, claim_id: int) -> tuple[str | None, datetime | None]:
    """Who last changed a claim and when, for a refusal the ORM raised without them."""
    with db.sessions.begin() as session:
        claim = session.get(Claim, claim_id)
        return (claim.updated_by, claim.updated_at) if claim else (None, None)


# --- export -----------------------------------------------------------------------------

EXPORT_COLUMNS: Final = (
    "id", "status", "verdict", "kind", "text", "quote", "speaker", "speaker_role", "cue",
    "cited_source", "assignee", "rationale", "version", "updated_at", "source_title",
    "source_url", "post_time", "post_headline", "post_byline", "start", "end",
)


def export_csv(
    db: Database, filters: ClaimFilter, path: Path, *, sort: str = "id",
    descending: bool = False,
) -> int:
    """Write the claims of the current view to ``path`` as CSV; returns how many.

    ADAPTER: until branch ``workflow`` (with ``factcheck.export``) is merged, this streams
    the store's listing through the shared CSV writer of ``factcheck.output`` (RFC 4180,
    formula-like cells neutralised). Once merged it should call the export room's CSV
    writer, so that the TUI and ``factcheck export`` write the same columns.
    """
    from factcheck.output import write_csv
    from factcheck.store import iter_claims

    path = path.expanduser()
    with db.sessions.begin() as session, _open_new(path) as out:
        rows = (c.to_dict() for c in iter_claims(session, filters, sort=sort,
                                                  descending=descending))
        return write_csv(rows, EXPORT_COLUMNS, out)


@contextmanager
def _open_new(path: Path) -> Iterator[TextIO]:
    """Write to a temporary file beside ``path`` and move it into place only when done."""
    if path.is_dir():
        raise Refused(f"{path}: is a directory")
    partial = path.with_name(path.name + ".partial")
    try:
        with partial.open("w", encoding="utf-8", newline="") as out:
            yield out
        partial.replace(path)
    except OSError as exc:
        raise Refused(f"{path}: cannot write it ({exc.strerror or exc})") from None
    finally:
        partial.unlink(missing_ok=True)


# --- ingest -----------------------------------------------------------------------------

Progress = Callable[[int, int, str], None]


def ingest(db: Database, locations: Sequence[str], progress: Progress) -> str:
    """Ingest files, directories or URLs into the database; returns the summary line.

    ADAPTER: uses the batch runner of branch ``ingest`` (``factcheck.ingest.runner``) when
    it is there; until then, plain UTF-8 text files only, one transaction each.
    """
    from factcheck.store import save_source

    def store(document: Any, claims: list[Any]) -> Any:
        with db.write() as session:
            return save_source(session, document, claims)

    try:
        from factcheck.ingest.runner import ingest as run_batch
    except ImportError:
        return _ingest_text_files(locations, store, progress)
    summary = run_batch(list(locations), store, progress=progress)
    line = str(summary.line())
    if summary.failures:
        line += "; " + "; ".join(str(f) for f in summary.failures[:3])
    return line


def _ingest_text_files(locations: Sequence[str], store: Callable[..., Any],
                       progress: Progress) -> str:
    from datetime import UTC

    from factcheck.documents import SourceDocument
    from factcheck.extract import extract
    from factcheck.ingest.text import read_text

    stored = added = 0
    failures: list[str] = []
    for done, location in enumerate(locations, start=1):
        try:
            if location.startswith(("http://", "https://")):
                raise FactcheckError("URLs need the ingest runner (branch `ingest`)")
            name, text = read_text(location)
            path = Path(location).expanduser().resolve()
            document = SourceDocument(
                kind="text", location=str(path), name=path.name, text=text,
                retrieved=datetime.now(UTC),
            )
            outcome = store(document, extract(text, document=name))
            stored += 1
            added += outcome.claims_added
        except FactcheckError as exc:
            failures.append(str(exc))
        progress(done, len(locations), location)
    line = f"{stored} source(s) stored, {added} claim(s) added, {len(failures)} failed"
    if failures:
        line += ": " + "; ".join(failures[:3])
    return line
