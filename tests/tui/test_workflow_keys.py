"""The review workflow from the keyboard: what the screen shows and what the database holds.

They run against the real ``factcheck.workflow``, through the TUI's one adapter, ``actions``.
"""

from __future__ import annotations

from types import ModuleType

from sqlalchemy import select, update

from factcheck.store import Database
from factcheck.store.models import Change, Claim, Evidence
from factcheck.tui.widgets.claims_table import ClaimsTable
from tests.tui.conftest import EDITOR, make_app, screen_text, settle


def _claim(db: Database, claim_id: int) -> Claim:
    with db.sessions.begin() as session:
        claim = session.get(Claim, claim_id)
        assert claim is not None
        return claim


def _changes(db: Database, claim_id: int) -> list[tuple[str, str | None, str | None, str]]:
    with db.sessions.begin() as session:
        return [
            (c.field, c.old_value, c.new_value, c.editor)
            for c in session.execute(
                select(Change).where(Change.claim_id == claim_id).order_by(Change.id)
            ).scalars()
        ]


def _row(app, index: int):  # type: ignore[no-untyped-def]
    return app.screen.query_one(ClaimsTable).row_at(index)


async def test_mark_false_with_rationale_and_evidence(
    any_db: Database, workflow: ModuleType
) -> None:
    sample_db = any_db
    app = make_app(sample_db)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("F")  # on claim 1
        await pilot.pause()
        await pilot.press(*"Ministry: 60k", "tab", *"https://mod.ua", "ctrl+s")
        await settle(pilot)
        assert _row(app, 0).verdict == "false"
        assert _row(app, 0).status == "checked"
        text = screen_text(app)
        assert "Claim 1 · quote · checked · false" in text
        assert "Ministry: 60k" in text
    claim = _claim(sample_db, 1)
    assert (claim.status, claim.verdict, claim.rationale) == ("checked", "false", "Ministry: 60k")
    changes = _changes(sample_db, 1)
    assert ("verdict", None, "false", EDITOR) in changes
    assert any(field == "status" and new == "checked" for field, _old, new, _e in changes)
    with sample_db.sessions.begin() as session:
        evidence = session.execute(
            select(Evidence.url).where(Evidence.claim_id == 1)).scalars().all()
    assert evidence == ["https://mod.ua"]


async def test_mark_needs_a_rationale_and_cancel_changes_nothing(
    sample_db: Database, workflow: ModuleType
) -> None:
    app = make_app(sample_db)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("A", "ctrl+s")
        await pilot.pause()
        assert "A verdict needs a rationale." in screen_text(app)
        await pilot.press("escape")
        await settle(pilot)
    assert _claim(sample_db, 1).verdict is None
    assert _changes(sample_db, 1) == []


async def test_a_refusal_is_a_notification_not_a_crash(
    sample_db: Database, workflow: ModuleType
) -> None:
    app = make_app(sample_db)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("A", *"OK", "ctrl+s")  # no evidence: the policy refuses
        await settle(pilot)
        assert any("evidence" in n.message for n in app._notifications)
        assert _row(app, 0).verdict is None
    assert _claim(sample_db, 1).verdict is None


async def test_the_desk_may_relax_the_evidence_rule(
    sample_db: Database, workflow: ModuleType, monkeypatch  # type: ignore[no-untyped-def]
) -> None:
    monkeypatch.setenv("FACTCHECK_REQUIRE_EVIDENCE", "0")
    app = make_app(sample_db)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("A", *"OK", "ctrl+s")  # no evidence, and none is required
        await settle(pilot)
        assert _row(app, 0).verdict == "accurate"
    assert _claim(sample_db, 1).verdict == "accurate"


async def test_bulk_mark_of_selected_claims_in_one_go(
    sample_db: Database, workflow: ModuleType
) -> None:
    app = make_app(sample_db)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("space", "down", "down", "down", "space")  # claims 1 and 5
        await settle(pilot)
        assert "2 selected" in screen_text(app)
        await pilot.press("U", *"None", "tab", *"Asked", "ctrl+s")
        await settle(pilot)
        assert [_row(app, i).verdict for i in range(5)] == [
            "unverifiable", "accurate", "false", None, "unverifiable"]
        assert "selected" not in screen_text(app)
    assert {_claim(sample_db, i).verdict for i in (1, 5)} == {"unverifiable"}


async def test_take_assign_note_evidence_dismiss_reopen(
    sample_db: Database, workflow: ModuleType
) -> None:
    app = make_app(sample_db)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("t")
        await settle(pilot)
        assert _row(app, 0).status == "in_review"
        assert _claim(sample_db, 1).assignee == EDITOR

        await pilot.press("a", "ctrl+u", *"dave", "enter")
        await settle(pilot)
        assert _claim(sample_db, 1).assignee == "dave"

        await pilot.press("n", *"Ask", "enter")
        await settle(pilot)
        await pilot.press("e", *"http://a.b", "enter")
        await settle(pilot)

        await pilot.press("D", *"Opinion", "enter")
        await settle(pilot)
        assert _row(app, 0).status == "dismissed"

        await pilot.press("o", "enter")  # a reopen needs a reason: the form says so
        await pilot.pause()
        assert "An answer is needed." in screen_text(app)
        await pilot.press(*"News", "enter")
        await settle(pilot)
        assert _row(app, 0).status == "in_review"
    fields = [change[0] for change in _changes(sample_db, 1)]
    assert fields.count("status") == 3
    assert "note" in fields and "evidence" in fields and "assignee" in fields
    with sample_db.sessions.begin() as session:
        assert session.execute(select(Evidence.url).where(Evidence.claim_id == 1)
                               ).scalars().all() == ["http://a.b"]


async def test_claim_changed_by_someone_else_is_named_and_refreshed(
    any_db: Database, workflow: ModuleType
) -> None:
    sample_db = any_db
    app = make_app(sample_db)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        seen_version = _row(app, 0).version
        # Meanwhile, in another terminal: erin adds a note to claim 1.
        with sample_db.write() as session:
            workflow.add_note(session, 1, "checking the figures", editor="erin")
        await pilot.press("t")
        await settle(pilot)
        messages = [n.message for n in app._notifications]
        assert any("claim 1 was changed by erin" in m for m in messages), messages
        assert _row(app, 0).version == seen_version + 1  # the view was read again
        assert _claim(sample_db, 1).status == "new"  # nothing was overwritten
        await pilot.press("t")  # now with the fresh version, it goes through
        await settle(pilot)
    assert _claim(sample_db, 1).assignee == EDITOR
    assert _claim(sample_db, 1).status == "in_review"


async def test_export_writes_the_current_view(
    sample_db: Database, workflow: ModuleType, tmp_path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.chdir(tmp_path)
    target = tmp_path / "v.csv"
    app = make_app(sample_db)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("slash", *"lavr", "enter")
        await settle(pilot)
        await pilot.press("x", "ctrl+u", *"v.csv", "enter")
        await settle(pilot)
    lines = target.read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("id,status,verdict")
    assert len(lines) == 2 and lines[1].startswith("3,checked,false")


async def test_ingest_a_file_with_progress(
    sample_db: Database, workflow: ModuleType, tmp_path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from factcheck.store.models import Source

    monkeypatch.chdir(tmp_path)
    article = tmp_path / "a.txt"
    article.write_text('The minister said "we have 3,000 beds".\n', encoding="utf-8")
    app = make_app(sample_db)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("i", *"a.txt", "enter")
        await settle(pilot)
        assert any("1 source" in n.message or "1 new" in n.message
                   for n in app._notifications), [n.message for n in app._notifications]
    with sample_db.sessions.begin() as session:
        names = session.execute(select(Source.name)).scalars().all()
    assert "a.txt" in names


async def test_stale_bulk_refreshes_the_selection_too(
    sample_db: Database, workflow: ModuleType
) -> None:
    app = make_app(sample_db)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("space", "down", "down", "down", "space")  # claims 1 and 5
        with sample_db.write() as session:
            session.execute(update(Claim).where(Claim.id == 1).values(
                assignee="erin", updated_by="erin", version=Claim.version + 1))
        await pilot.press("t")
        await settle(pilot)
        assert any("changed by erin" in n.message for n in app._notifications)
        assert _claim(sample_db, 5).status == "new"  # one transaction: nothing written
        await pilot.press("a", "ctrl+u", *"bo", "enter")  # same selection, fresh versions
        await settle(pilot)
    assert {_claim(sample_db, i).assignee for i in (1, 5)} == {"bo"}
