"""The workflow's rules and audit trail, on SQLite and PostgreSQL."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import func, select

from factcheck import workflow
from factcheck.store.models import Change, Claim, Evidence
from factcheck.workflow import Policy, StaleClaimError, UnknownClaimError, WorkflowError
from tests.workflow.helpers import seed


def _claim(db: Any, claim_id: int) -> Claim:
    with db.sessions.begin() as session:
        return session.get(Claim, claim_id)


def _fields(db: Any, claim_id: int) -> list[tuple[str, str | None, str | None, str | None]]:
    with db.sessions.begin() as session:
        return [(c.field, c.old, c.new, c.reason) for c in workflow.history(session, claim_id)]


def test_take_mark_reopen_mark_again_is_all_in_the_history(db: Any) -> None:
    claim_id = seed(db)[0]
    with db.write() as session:
        workflow.take(session, claim_id, editor="alice")
    claim = _claim(db, claim_id)
    assert (claim.status, claim.assignee, claim.updated_by, claim.version) == (
        "in_review", "alice", "alice", 2)

    with db.write() as session:
        workflow.mark(session, claim_id, "false", editor="alice", rationale="The count was 400.",
                      evidence=["https://data.example/trucks.csv", "call with the ministry"])
    claim = _claim(db, claim_id)
    assert (claim.status, claim.verdict, claim.rationale, claim.version) == (
        "checked", "false", "The count was 400.", 3)

    with db.write() as session:
        workflow.set_status(session, claim_id, "in_review", editor="bob",
                            reason="new figures from the UN")
    claim = _claim(db, claim_id)
    assert (claim.status, claim.verdict, claim.rationale) == (
        "in_review", None, "The count was 400.")

    with db.write() as session:
        workflow.mark(session, claim_id, "misleading", editor="bob",
                      rationale="Between 400 and 1,000.")
    assert _fields(db, claim_id) == [
        ("status", "new", "in_review", None),
        ("assignee", None, "alice", None),
        ("status", "in_review", "checked", None),
        ("verdict", None, "false", None),
        ("rationale", None, "The count was 400.", None),
        ("evidence", None, "https://data.example/trucks.csv", None),
        ("evidence", None, "call with the ministry", None),
        ("status", "checked", "in_review", "new figures from the UN"),
        ("verdict", "false", None, "new figures from the UN"),
        ("status", "in_review", "checked", None),
        ("verdict", None, "misleading", None),
        ("rationale", "The count was 400.", "Between 400 and 1,000.", None),
    ]
    with db.sessions.begin() as session:
        records = workflow.history(session, claim_id)
        evidence = session.execute(select(Evidence).where(Evidence.claim_id == claim_id)).scalars()
        assert [(e.url, e.reference) for e in evidence] == [
            ("https://data.example/trucks.csv", None), (None, "call with the ministry")]
    assert [r.editor for r in records[:2]] == ["alice", "alice"]
    assert records[-1].editor == "bob"
    assert all(r.at.tzinfo is not None for r in records)
    assert records == sorted(records, key=lambda r: r.at)


@pytest.mark.parametrize(
    ("setup", "action", "message"),
    [
        ([], lambda s, i: workflow.set_status(s, i, "checked", editor="x"),
         "becomes checked by giving it a verdict"),
        ([], lambda s, i: workflow.set_status(s, i, "done", editor="x"), "unknown status 'done'"),
        ([], lambda s, i: workflow.set_status(s, i, "new", editor="x"), "already new"),
        ([], lambda s, i: workflow.mark(s, i, "true-ish", editor="x", rationale="r",
                                        evidence=["e"]), "unknown verdict 'true-ish'"),
        ([], lambda s, i: workflow.mark(s, i, "false", editor="x", rationale="  ",
                                        evidence=["e"]), "needs a written rationale"),
        ([], lambda s, i: workflow.mark(s, i, "false", editor="x", rationale="r"),
         "needs at least one piece of evidence"),
        ([], lambda s, i: workflow.add_note(s, i, " ", editor="x"), "a note needs some text"),
        ([], lambda s, i: workflow.add_evidence(s, i, "", editor="x"),
         "needs a URL or a reference"),
        ([], lambda s, i: workflow.take(s, i, editor=""), "needs an editor's name"),
        (["take"], lambda s, i: workflow.set_status(s, i, "new", editor="x"),
         "never goes back to new"),
        (["take"], lambda s, i: workflow.take(s, i, editor="bob"),
         "already in review, assigned to alice"),
        (["take", "mark"], lambda s, i: workflow.set_status(s, i, "in_review", editor="x"),
         "reopening it needs a reason"),
        (["take", "mark"], lambda s, i: workflow.set_status(s, i, "dismissed", editor="x"),
         r"is checked \(false\); reopen it first"),
        (["take", "mark"], lambda s, i: workflow.mark(s, i, "accurate", editor="x",
                                                      rationale="r", evidence=["e"]),
         r"is checked \(false\); reopen it first"),
        (["dismiss"], lambda s, i: workflow.take(s, i, editor="x"), "is dismissed; reopen it"),
        (["dismiss"], lambda s, i: workflow.set_status(s, i, "dismissed", editor="x"),
         "already dismissed"),
        (["evidence"], lambda s, i: workflow.add_evidence(s, i, "the report", editor="x"),
         "already has this evidence"),
    ],
)
def test_refused_changes_say_why_and_write_nothing(
    db: Any, setup: list[str], action: Any, message: str
) -> None:
    claim_id = seed(db)[0]
    steps = {
        "take": lambda s: workflow.take(s, claim_id, editor="alice"),
        "mark": lambda s: workflow.mark(s, claim_id, "false", editor="alice", rationale="r",
                                        evidence=["https://x.example"]),
        "dismiss": lambda s: workflow.set_status(s, claim_id, "dismissed", editor="alice"),
        "evidence": lambda s: workflow.add_evidence(s, claim_id, "the report", editor="alice"),
    }
    for step in setup:
        with db.write() as session:
            steps[step](session)
    before = (_claim(db, claim_id).version, len(_fields(db, claim_id)))
    with pytest.raises(WorkflowError, match=message), db.write() as session:
        action(session, claim_id)
    assert (_claim(db, claim_id).version, len(_fields(db, claim_id))) == before


def test_evidence_already_attached_satisfies_the_rule_and_is_not_duplicated(db: Any) -> None:
    claim_id = seed(db)[0]
    with db.write() as session:
        workflow.add_evidence(session, claim_id, "https://un.example/report", editor="a")
        workflow.mark(session, claim_id, "accurate", editor="a", rationale="Matches the UN.",
                      evidence=["https://un.example/report"])
    with db.sessions.begin() as session:
        count = session.execute(
            select(func.count()).select_from(Evidence).where(Evidence.claim_id == claim_id)
        ).scalar_one()
    assert count == 1
    assert _claim(db, claim_id).verdict == "accurate"


def test_policy_can_relax_the_evidence_rule(db: Any) -> None:
    claim_id = seed(db)[0]
    with db.write() as session:
        workflow.mark(session, claim_id, "unverifiable", editor="a", rationale="No data exists.",
                      policy=Policy(require_evidence=False))
    assert _claim(db, claim_id).status == "checked"
    assert Policy.from_env({"FACTCHECK_REQUIRE_EVIDENCE": "no"}).require_evidence is False
    assert Policy.from_env({}).require_evidence is True


def test_dismiss_then_reopen_needs_a_reason_and_records_it(db: Any) -> None:
    claim_id = seed(db)[0]
    with db.write() as session:
        workflow.set_status(session, claim_id, "dismissed", editor="a", reason="opinion")
        workflow.set_status(session, claim_id, "in_review", editor="b", reason="it has a figure")
    assert _fields(db, claim_id) == [
        ("status", "new", "dismissed", "opinion"),
        ("status", "dismissed", "in_review", "it has a figure"),
    ]


def test_assign_unassign_note_and_evidence_bump_the_version_each_time(db: Any) -> None:
    claim_id = seed(db)[0]
    with db.write() as session:
        workflow.assign(session, claim_id, "carol", editor="lead")
        workflow.assign(session, claim_id, "carol", editor="lead")  # no change, no row
        workflow.add_note(session, claim_id, "ask the ministry", editor="carol")
        workflow.add_evidence(session, claim_id, "Ministry statement, 21 Jan", editor="carol")
        workflow.assign(session, claim_id, None, editor="lead")
    assert _claim(db, claim_id).version == 5
    assert _fields(db, claim_id) == [
        ("assignee", None, "carol", None),
        ("note", None, "ask the ministry", None),
        ("evidence", None, "Ministry statement, 21 Jan", None),
        ("assignee", "carol", None, None),
    ]


def test_a_stale_version_is_refused_naming_who_and_when(db: Any) -> None:
    claim_id = seed(db)[0]
    with db.write() as session:
        workflow.take(session, claim_id, editor="alice", expected_version=1)
    with pytest.raises(StaleClaimError) as caught, db.write() as session:
        workflow.add_note(session, claim_id, "mine", editor="bob", expected_version=1)
    error = caught.value
    assert (error.claim_id, error.changed_by, error.expected, error.found) == (
        claim_id, "alice", 1, 2)
    assert error.changed_at is not None
    assert "changed by alice at " in str(error) and "UTC" in str(error)
    assert "Nothing was written" in str(error)
    assert len(_fields(db, claim_id)) == 2


def test_a_bulk_change_is_all_or_nothing(db: Any) -> None:
    first, second, *_ = seed(db)
    with db.write() as session:
        workflow.set_status(session, second, "dismissed", editor="a")
    with pytest.raises(WorkflowError), db.write() as session:
        for claim_id in (first, second):
            workflow.take(session, claim_id, editor="b")
    assert _claim(db, first).status == "new"
    assert _fields(db, first) == []


def test_unknown_claims_are_refused(db: Any) -> None:
    seed(db)
    with pytest.raises(UnknownClaimError, match="no claim with id 999"), db.write() as session:
        workflow.take(session, 999, editor="a")
    with pytest.raises(UnknownClaimError), db.sessions.begin() as session:
        workflow.history(session, 999)


def test_a_claim_object_held_by_the_session_is_refreshed_after_a_change(db: Any) -> None:
    claim_id = seed(db)[0]
    with db.write() as session:
        claim = session.get(Claim, claim_id)
        assert claim.status == "new"
        workflow.take(session, claim_id, editor="a")
        assert (claim.status, claim.version) == ("in_review", 2)


def test_audit_rows_are_only_ever_inserted(db: Any) -> None:
    """The application never issues UPDATE or DELETE on the audit table."""
    from sqlalchemy import event

    statements: list[str] = []
    claim_id = seed(db)[0]

    def spy(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        statements.append(statement.lower())

    event.listen(db.engine, "before_cursor_execute", spy)
    try:
        with db.write() as session:
            workflow.take(session, claim_id, editor="a")
            workflow.mark(session, claim_id, "false", editor="a", rationale="r", evidence=["e"])
            workflow.set_status(session, claim_id, "in_review", editor="a", reason="why")
    finally:
        event.remove(db.engine, "before_cursor_execute", spy)
    touching = [s for s in statements if "changes" in s]
    assert touching and all(s.lstrip().startswith("insert") for s in touching)
    with db.sessions.begin() as session:
        assert session.execute(select(func.count()).select_from(Change)).scalar_one() == 8


def test_resolve_editor_prefers_option_then_environment_then_login(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    env = {"FACTCHECK_EDITOR": " desk-editor "}
    assert workflow.resolve_editor("alice", environ=env) == "alice"
    assert workflow.resolve_editor(None, environ=env) == "desk-editor"
    monkeypatch.setattr(workflow.getpass, "getuser", lambda: "login-name")
    assert workflow.resolve_editor("  ", environ={}) == "login-name"

    def no_user() -> str:
        raise OSError("no user")

    monkeypatch.setattr(workflow.getpass, "getuser", no_user)
    with pytest.raises(WorkflowError, match="pass --editor NAME or set FACTCHECK_EDITOR"):
        workflow.resolve_editor(None, environ={})
