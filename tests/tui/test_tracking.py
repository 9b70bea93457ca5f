"""Claim tracking in the TUI as a desk uses it: a wire copy repeats two claims of the live
blog; the detail pane lists every print, the table counts them and says which were
already checked, one key gives a verdict to the whole group, and people have a view."""

from __future__ import annotations

from factcheck.store import Database
from tests.tui.conftest import make_app, screen_text, settle
from tests.tui.sample import add_repeats


async def test_detail_lists_every_appearance_first_first(any_db: Database) -> None:
    lavrov_again = add_repeats(any_db)[1]
    app = make_app(any_db)
    async with app.run_test(size=(120, 60)) as pilot:
        await settle(pilot)
        await pilot.press("end")
        await settle(pilot)
        text = screen_text(app)
        assert f"Claim {lavrov_again} · quote · new" in text
        assert "already checked: false, 21 Jan 2022, by alice (claim 3)" in text
        assert "seen 2 times" in text
        lines = [line.strip() for line in text.splitlines() if line.strip()]
        first = next(i for i, line in enumerate(lines) if line.startswith("first "))
        assert lines[first].split() == [
            "first", "2022-01-21", "18:02", "claim", "3", "Russia-Ukraine", "crisis:", "live",
            "updates", "·", "Sergey", "Lavrov", "checked", "false"]
        assert lines[first + 1].split() == [
            "then", "2022-01-22", "09:30", "claim", str(lavrov_again), "(this)", "Wire:",
            "Ukraine", "tensions", "·", "Sergey", "Lavrov", "new"]


async def test_a_claim_seen_once_lists_no_appearances(sample_db: Database) -> None:
    app = make_app(sample_db)
    async with app.run_test(size=(120, 60)) as pilot:
        await settle(pilot)
        text = screen_text(app)
        assert "Claim 1 · quote · new" in text
        assert "seen " not in text and "already checked" not in text
