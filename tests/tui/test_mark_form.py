"""The verdict form as an editor meets it: the whole claim to read, and no verdict chosen
for them."""

from __future__ import annotations

import pytest
from sqlalchemy import update

from factcheck.store import Database
from factcheck.store.models import Claim
from factcheck.tui.screens.mark import MarkModal
from tests.tui.conftest import make_app, screen_text, settle

LONG_CLAIM = (
    "Jen Psaki said the administration had briefed allies on every option, that sanctions "
    "would follow any incursion within days, and that Russia could still choose the path "
    "of diplomacy if it pulled back the troops massed along the border in the coming weeks."
)


async def test_the_form_shows_the_whole_claim_wrapped(sample_db: Database) -> None:
    with sample_db.write() as session:
        session.execute(update(Claim).where(Claim.id == 1).values(text=LONG_CLAIM))
    app = make_app(sample_db)
    async with app.run_test(size=(100, 40)) as pilot:
        await settle(pilot)
        await pilot.press("F")
        await pilot.pause()
        assert isinstance(app.screen, MarkModal)
        text = " ".join(screen_text(app).split())
        # Its last words are there: nothing of it is cut off at the dialog's edge.
        assert "troops massed along the border in the coming weeks." in text
        assert "Russia could still choose" in text


async def test_v_chooses_no_verdict_and_the_form_waits_for_one(
    sample_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("FACTCHECK_REQUIRE_EVIDENCE", "0")
    app = make_app(sample_db)
    async with app.run_test(size=(100, 40)) as pilot:
        await settle(pilot)
        await pilot.press("v")
        await pilot.pause()
        assert "Choose a verdict" in screen_text(app)
        await pilot.press("tab", *"Transcript", "ctrl+s")  # a rationale, but no verdict
        await pilot.pause()
        assert isinstance(app.screen, MarkModal)
        assert "Choose a verdict." in screen_text(app)
        with sample_db.sessions.begin() as session:
            assert session.get(Claim, 1).verdict is None  # type: ignore[union-attr]
        # The refusal puts the cursor on the verdict: open it, pick the second verdict.
        await pilot.press("enter", "down", "down", "enter")
        await pilot.pause()
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert not isinstance(app.screen, MarkModal)
    with sample_db.sessions.begin() as session:
        claim = session.get(Claim, 1)
        assert claim is not None
        assert (claim.status, claim.verdict, claim.rationale) == (
            "checked", "misleading", "Transcript")


async def test_a_long_claim_at_80x24_still_leaves_the_whole_form_reachable(
    sample_db: Database,
) -> None:
    with sample_db.write() as session:
        session.execute(update(Claim).where(Claim.id == 1).values(text=LONG_CLAIM * 2))
    app = make_app(sample_db)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("v", "tab", "tab")  # to the rationale, then the evidence
        await pilot.pause()
        assert app.focused is not None and app.focused.id == "mark-evidence"
        assert "Mark (ctrl+s)" in screen_text(app)  # the form scrolled to its end
