"""``factcheck import``: the exported CSV, edited in a spreadsheet, comes back.

Changed ``status``, ``verdict``, ``assignee`` and ``rationale`` cells, and evidence lines
added to an ``evidence`` cell, are applied through the workflow's rules with audit rows;
the other columns are read-only and ignored. The whole file is checked first, against the
rules and the ``version`` each row was exported at; any problem (a bad cell, an unknown
claim, a stale version, a refused transition) means nothing is written, and every problem
is reported with its row number (the header is row 1, as a spreadsheet numbers it).
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Final

from sqlalchemy import select
from sqlalchemy.orm import Session

from factcheck import workflow
from factcheck.errors import FactcheckError
from factcheck.export.csv_export import CSV_COLUMNS, EVIDENCE_SEPARATOR, TRACKING_COLUMNS
from factcheck.output import restore_cell
from factcheck.store.models import STATUSES, VERDICTS, Claim, Evidence, is_storable_id
from factcheck.workflow import (
    DEFAULT_POLICY,
    ClaimState,
    Plan,
    Policy,
    StaleClaimError,
    WorkflowError,
)

CHUNK: Final = 1000
# A byte that is not UTF-8, as ``errors="surrogateescape"`` keeps it.
_NOT_UTF8: Final = re.compile(r"[\udc80-\udcff]")
# Problems listed in full before the rest are only counted.
MAX_LISTED: Final = 200


class ImportRefused(FactcheckError):
    """The file was not imported; ``problems`` lists every reason, with row numbers."""

    def __init__(self, where: str, problems: list[str]) -> None:
        problems = sorted(problems, key=_row_number)
        shown = problems[:MAX_LISTED]
        more = len(problems) - len(shown)
        lines = [f"{where}: nothing was imported; {len(problems)} problem(s):"]
        lines += [f"  {p}" for p in shown]
        if more:
            lines.append(f"  ... and {more} more")
        super().__init__("\n".join(lines), exit_code=2)
        self.problems = problems


def _row_number(problem: str) -> int:
    """Problems are found in two passes (reading, then checking against the database);
    they are listed in file order."""
    match = re.match(r"row (\d+):", problem)
    return int(match.group(1)) if match else 0


@dataclass(frozen=True, slots=True)
class EditedRow:
    """The editable cells of one data row, with spreadsheet neutralisation undone."""

    number: int
    claim_id: int
    version: int
    status: str
    verdict: str | None
    assignee: str | None
    rationale: str | None
    evidence: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Step:
    """One workflow call to make for a row."""

    action: str  # "assign" | "evidence" | "status" | "mark"
    value: str | None
    rationale: str | None = None
    audit_rows: int = 0


@dataclass(slots=True)
class ImportSummary:
    rows: int = 0
    claims_changed: int = 0
    changes: int = 0  # audit rows written
    planned: list[tuple[EditedRow, list[Step]]] = field(default_factory=list)


def _blank(text: str) -> str | None:
    text = text.strip()
    return text or None


def _parse_row(number: int, cells: dict[str, str], problems: list[str]) -> EditedRow | None:
    found = len(problems)

    def integer(column: str) -> int:
        raw = cells[column].strip()
        if not raw:
            problems.append(f"row {number}: missing {column}")
            return 0
        try:
            return int(raw.removesuffix(".0"))  # a spreadsheet may have made 12 into 12.0
        except ValueError:
            problems.append(f"row {number}: {column} {raw!r} is not a whole number")
            return 0

    claim_id, version = integer("id"), integer("version")
    status = cells["status"].strip()
    if status not in STATUSES:
        problems.append(
            f"row {number}: unknown status {status!r}; expected one of {', '.join(STATUSES)}"
        )
    verdict = _blank(cells["verdict"])
    if verdict is not None and verdict not in VERDICTS:
        problems.append(
            f"row {number}: unknown verdict {verdict!r}; expected one of {', '.join(VERDICTS)} "
            "or an empty cell"
        )
    evidence = tuple(
        item for line in restore_cell(cells["evidence"]).split(EVIDENCE_SEPARATOR)
        if (item := line.strip())
    )
    if len(problems) > found:
        return None
    return EditedRow(
        number, claim_id, version, status, verdict,
        _blank(restore_cell(cells["assignee"])), _blank(restore_cell(cells["rationale"])),
        evidence,
    )


def _where(names: list[str] | None, index: int) -> str:
    return f"column {names[index]}" if names and index < len(names) else f"cell {index + 1}"


def _not_utf8(cells: list[str], names: list[str] | None) -> str | None:
    """Bytes that are not UTF-8 arrive as lone surrogates (``surrogateescape``), so they
    are reported at the row that holds them, not where the decoder's buffer began."""
    for index, cell in enumerate(cells):
        if bad := _NOT_UTF8.search(cell):
            byte = ord(bad.group()) - 0xDC00
            return (f"the file is not UTF-8 text (byte 0x{byte:02X} in {_where(names, index)}); "
                    "save it as 'CSV UTF-8'")
    return None


def _nul(cells: list[str], names: list[str] | None) -> str | None:
    """A NUL character: never in an export, and PostgreSQL cannot store one."""
    for index, cell in enumerate(cells):
        if "\x00" in cell:
            shown = f" ({cell.strip()!r})" if len(cell) <= 60 else ""
            return (f"{_where(names, index)}{shown} holds a NUL character: the file is "
                    "damaged or is not text")
    return None


def _csv_problem(exc: csv.Error) -> str:
    """The csv module's complaint in the words of someone editing a spreadsheet."""
    reason = str(exc)
    if reason == "unexpected end of data":
        return 'a quoted cell is never closed: a \'"\' is missing before the end of the file'
    if limit := re.match(r"field larger than field limit \((\d+)\)", reason):
        return (f"a cell is longer than {limit.group(1)} characters: is a quoted cell "
                "never closed (a '\"' missing)?")
    if reason == "',' expected after '\"'":
        return ("a quoted cell goes on after its closing '\"': a '\"' inside a cell is "
                "written twice (\"\"), or a quoted cell was never closed")
    return f"malformed CSV ({reason})"


def read_rows(path: Path, problems: list[str]) -> Iterator[EditedRow]:
    """Parse the file row by row; problems are appended, bad rows skipped. A file that is
    not UTF-8, not CSV, or has the wrong header stops the reading there. A row is a
    record, numbered as a spreadsheet shows it (a cell may span several lines)."""
    where = str(path)
    try:
        handle = path.open(encoding="utf-8-sig", errors="surrogateescape", newline="")
    except OSError as exc:
        raise FactcheckError(f"{where}: cannot read ({exc.strerror})", exit_code=2) from None
    with handle:
        reader = csv.reader(handle, strict=True)
        read = 0  # rows read whole so far; a failure is in the next one (the header is row 1)
        try:
            header = next(reader, None)
            if header is None:
                problems.append("row 1: the file is empty; expected the header of an export")
                return
            if damage := _not_utf8(header, None) or _nul(header, None):
                problems.append(f"row 1: {damage}")
                return
            read = 1
            names = [name.strip() for name in header]
            missing = [c for c in CSV_COLUMNS if c not in names and c not in TRACKING_COLUMNS]
            unknown = [n for n in names if n not in CSV_COLUMNS]
            repeated = sorted({n for n in names if names.count(n) > 1})
            if missing or unknown or repeated:
                parts = [f"missing {', '.join(missing)}" if missing else "",
                         f"unknown {', '.join(unknown)}" if unknown else "",
                         f"repeated {', '.join(repeated)}" if repeated else ""]
                problems.append(
                    "row 1: not the header of a factcheck export ("
                    + "; ".join(p for p in parts if p) + ")"
                )
                return
            seen: dict[int, int] = {}
            for number, cells in enumerate(reader, start=2):
                read = number
                if not any(cell.strip() for cell in cells):
                    continue
                if damage := _not_utf8(cells, names):
                    problems.append(f"row {number}: {damage}")
                    return  # another encoding: every row after this one would be refused too
                if damage := _nul(cells, names):
                    problems.append(f"row {number}: {damage}")
                    continue
                if len(cells) != len(names):
                    problems.append(
                        f"row {number}: {len(cells)} cells, but the header has {len(names)}"
                    )
                    continue
                row = _parse_row(number, dict(zip(names, cells, strict=True)), problems)
                if row is None:
                    continue
                if row.claim_id in seen:
                    problems.append(
                        f"row {number}: claim {row.claim_id} is also on row {seen[row.claim_id]}"
                    )
                    continue
                seen[row.claim_id] = number
                yield row
        except csv.Error as exc:
            problems.append(f"row {read + 1}: {_csv_problem(exc)}")


def _states(session: Session, ids: list[int]) -> dict[int, ClaimState]:
    rows = session.execute(
        select(Claim.id, Claim.status, Claim.verdict, Claim.assignee, Claim.rationale,
               Claim.version, Claim.updated_by, Claim.updated_at)
        .where(Claim.id.in_(ids))
    ).all()
    evidence: dict[int, list[str]] = {}
    for claim_id, url, reference in session.execute(
        select(Evidence.claim_id, Evidence.url, Evidence.reference)
        .where(Evidence.claim_id.in_(ids)).order_by(Evidence.id)
    ):
        evidence.setdefault(claim_id, []).append(workflow.evidence_text(url, reference))
    return {row.id: ClaimState(*row, evidence=tuple(evidence.get(row.id, ()))) for row in rows}


def plan_row(state: ClaimState, edited: EditedRow, *, editor: str, reason: str | None,
             policy: Policy) -> list[Step]:
    """The workflow calls that turn ``state`` into the row's cells, checked by the same
    rules as the calls themselves; raises ``WorkflowError`` if the rules refuse."""
    steps: list[Step] = []

    def do(step: Step, plan: Plan) -> None:
        nonlocal state
        steps.append(replace(step, audit_rows=len(plan.changes)))
        state = plan.apply(state)

    if edited.assignee != state.assignee:
        do(Step("assign", edited.assignee), workflow.plan_assign(state, edited.assignee))
    removed = [item for item in state.evidence if item not in edited.evidence]
    if removed:
        raise WorkflowError(f"evidence cannot be removed, only added (missing: {removed[0]})")
    for item in edited.evidence:
        if item not in state.evidence:
            do(Step("evidence", item), workflow.plan_evidence(state, item))
    wanted = (edited.status, edited.verdict, edited.rationale)
    if wanted != (state.status, state.verdict, state.rationale):
        if state.status in ("checked", "dismissed"):
            do(Step("status", "in_review"), workflow.plan_status(state, "in_review", reason))
        if edited.status == "checked":
            if edited.verdict is None:
                raise WorkflowError("status checked needs a verdict")
            do(Step("mark", edited.verdict, edited.rationale),
               workflow.plan_mark(state, edited.verdict, edited.rationale, (), policy))
        elif edited.status != state.status:
            do(Step("status", edited.status), workflow.plan_status(state, edited.status, reason))
    if edited.verdict != state.verdict:
        raise WorkflowError(
            f"verdict {edited.verdict or '(empty)'} with status {edited.status}: "
            "only a checked claim has a verdict"
        )
    if edited.rationale != state.rationale:
        raise WorkflowError("a rationale is written together with a verdict (status checked)")
    return steps


def _apply(session: Session, edited: EditedRow, steps: list[Step], *, editor: str,
           reason: str | None, policy: Policy) -> None:
    expected: int | None = edited.version
    for step in steps:
        if step.action == "assign":
            workflow.assign(session, edited.claim_id, step.value, editor=editor,
                            expected_version=expected)
        elif step.action == "evidence":
            workflow.add_evidence(session, edited.claim_id, step.value or "", editor=editor,
                                  expected_version=expected)
        elif step.action == "status":
            workflow.set_status(session, edited.claim_id, step.value or "", editor=editor,
                                reason=reason, expected_version=expected)
        else:
            workflow.mark(session, edited.claim_id, step.value or "", editor=editor,
                          rationale=step.rationale or "", expected_version=expected,
                          policy=policy)
        expected = None  # later steps see this transaction's own writes


def _check_chunk(session: Session, chunk: list[EditedRow], summary: ImportSummary,
                 problems: list[str], *, editor: str, reason: str | None,
                 policy: Policy) -> None:
    # An id no database can hold is not looked up; its row gets "no claim with id" below.
    states = _states(session, [row.claim_id for row in chunk if is_storable_id(row.claim_id)])
    for edited in chunk:
        state = states.get(edited.claim_id)
        if state is None:
            problems.append(
                f"row {edited.number}: no claim with id {edited.claim_id} "
                "(deleted, or exported from another database)"
            )
            continue
        if state.version != edited.version:
            stale = StaleClaimError(edited.claim_id, state.updated_by, state.updated_at,
                                    expected=edited.version, found=state.version)
            problems.append(f"row {edited.number}: {stale}".removesuffix(". Nothing was written")
                            + " (export again and redo the edit)")
            continue
        try:
            steps = plan_row(state, edited, editor=editor, reason=reason, policy=policy)
        except WorkflowError as exc:
            problems.append(f"row {edited.number}: claim {edited.claim_id}: {exc}")
            continue
        if steps:
            summary.planned.append((edited, steps))


def import_claims(session: Session, path: Path, *, editor: str, reason: str | None = None,
                  policy: Policy = DEFAULT_POLICY, dry_run: bool = False) -> ImportSummary:
    """Check the whole file, then apply every change in the caller's transaction.

    Raises ``ImportRefused`` with every problem if anything is wrong; the caller's
    transaction must then be rolled back (nothing has been written by then unless a
    concurrent editor got in between the check and the write, which the versioned
    writes detect).
    """
    editor = workflow.resolve_editor(editor)
    problems: list[str] = []
    summary = ImportSummary()
    chunk: list[EditedRow] = []
    options = {"editor": editor, "reason": reason, "policy": policy}
    for row in read_rows(path, problems):
        summary.rows += 1
        chunk.append(row)
        if len(chunk) >= CHUNK:
            _check_chunk(session, chunk, summary, problems, **options)  # type: ignore[arg-type]
            chunk = []
    if chunk:
        _check_chunk(session, chunk, summary, problems, **options)  # type: ignore[arg-type]
    if problems:
        raise ImportRefused(str(path), problems)
    if dry_run:
        return summary
    for edited, steps in summary.planned:
        try:
            _apply(session, edited, steps, **options)  # type: ignore[arg-type]
        except WorkflowError as exc:
            raise ImportRefused(str(path), [f"row {edited.number}: {exc}"]) from None
    summary.claims_changed = len(summary.planned)
    summary.changes = sum(step.audit_rows for _, steps in summary.planned for step in steps)
    return summary
