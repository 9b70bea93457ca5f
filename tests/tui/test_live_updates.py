"""A shared desk: what other editors (or an ingest) change shows up without a key press,
and the view's own changes do not count as news."""

from __future__ import annotations

import asyncio
from types import ModuleType

from factcheck.store import Database
from factcheck.tui.data import newer
from factcheck.tui.widgets.claims_table import ClaimsTable
from tests.tui.conftest import make_app, screen_text, settle

POLL = 0.1


def _updates(app) -> list[str]:  # type: ignore[no-untyped-def]
    return [n.message for n in app._notifications if n.title == "Updated"]


async def _polls(pilot, count: int = 4) -> None:  # type: ignore[no-untyped-def]
    for _ in range(count):
        await asyncio.sleep(POLL)
        await settle(pilot)


async def test_another_editors_verdict_appears_on_its_own(
    any_db: Database, workflow: ModuleType
) -> None:
    app = make_app(any_db, poll_seconds=POLL)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await _polls(pilot)
        assert _updates(app) == []  # nothing changed: no reload, no notice
        with any_db.write() as session:  # another editor, another connection
            workflow.mark(session, 1, "false", editor="dora", rationale="Ministry: 60k",
                          evidence=["https://mod.example/"])
        await _polls(pilot)
        row = app.screen.query_one(ClaimsTable).row_at(0)
        assert (row.id, row.verdict, row.status) == (1, "false", "checked")
        assert "Claim 1 · quote · checked · false" in screen_text(app)  # the detail too
        assert len(_updates(app)) == 1


async def test_the_views_own_change_is_not_news(sample_db: Database) -> None:
    app = make_app(sample_db, poll_seconds=POLL)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("F")
        await pilot.pause()
        await pilot.press(*"Ministry: 60k", "tab", *"https://mod.ua", "ctrl+s")
        await settle(pilot)
        await _polls(pilot)
        assert app.screen.query_one(ClaimsTable).row_at(0).verdict == "false"
        assert _updates(app) == []


async def test_no_polling_while_a_modal_is_open(
    sample_db: Database, workflow: ModuleType
) -> None:
    app = make_app(sample_db, poll_seconds=POLL)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("F")  # the mark dialog for claim 1
        await pilot.pause()
        with sample_db.write() as session:
            workflow.assign(session, 2, "dora", editor="dora")
        await _polls(pilot)
        assert _updates(app) == []  # the dialog is not pulled from under the editor
        await pilot.press("escape")
        await _polls(pilot)
        assert len(_updates(app)) == 1
        assert app.screen.query_one(ClaimsTable).row_at(1).assignee == "dora"


def test_a_read_begun_before_a_change_is_not_newer_than_it() -> None:
    before, after = (10, 5, None), (11, 5, None)
    assert newer(after, before)
    assert not newer(before, after)
    assert not newer(after, after)
    assert newer((1, 1, None), (None, None, None))


async def test_a_poll_read_while_the_views_own_change_is_written_is_not_news(
    sample_db: Database,
) -> None:
    """The race, made certain: the poll reads the marker just after the view's own write
    commits and its answer arrives before the action's own report."""
    from functools import partial

    from factcheck.tui import actions, data
    from factcheck.tui.messages import MarkerRead

    app = make_app(sample_db)  # no timer: the test posts the poll's answer itself
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        main = app.main_screen
        assert main is not None

        def note_then_poll() -> list[int]:
            changed = actions.add_note(sample_db, [actions.Target(1, 1)], "Asked",
                                       editor="carol")
            with sample_db.sessions.begin() as session:
                main.post_message(MarkerRead(data.change_marker(session)))
            return changed

        main._run("Noted claim 1", partial(note_then_poll))
        await settle(pilot)
        assert _updates(app) == []
        assert "Noted claim 1" in [n.message for n in app._notifications]
