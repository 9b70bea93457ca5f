"""What the screens say: counts in words that agree with them, a full export path, titles
that show they are cut, a summary of the view as filtered, bars as long as their share,
and a reopen that only reopens what was decided."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from factcheck.store import Database
from factcheck.store.models import Change, Claim
from factcheck.tui.screens.summary import bar
from tests.tui.conftest import make_app, screen_text, settle


async def test_one_match_is_one_claim_that_matches(sample_db: Database) -> None:
    app = make_app(sample_db)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("slash", *"scholz", "enter")
        await settle(pilot)
        text = screen_text(app)
        assert "1 claim matches" in text
        assert "1 claims" not in text


async def test_export_names_the_full_path_of_the_file(
    sample_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    app = make_app(sample_db)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("slash", *"scholz", "enter")
        await settle(pilot)
        await pilot.press("x", "ctrl+u", *"one.csv", "enter")
        await settle(pilot)
        messages = [n.message for n in app._notifications]
    assert f"Exported 1 claim to {tmp_path / 'one.csv'}" in messages
    assert (tmp_path / "one.csv").read_text(encoding="utf-8").count("\n") == 2


async def test_sources_cut_a_long_title_with_an_ellipsis(sample_db: Database) -> None:
    app = make_app(sample_db)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("2")
        await settle(pilot)
        text = screen_text(app)
    # 28 cells at this width: "Russia-Ukraine crisis: live updates" does not fit.
    assert "Russia-Ukraine crisis: live…" in text


async def test_summary_counts_what_the_view_shows(sample_db: Database) -> None:
    app = make_app(sample_db)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("slash", *"russia", "enter")  # claims 1 and 3 say "Russia"
        await settle(pilot)
        await pilot.press("3")
        await settle(pilot)
        text = screen_text(app)
    assert "2 claims matching “russia”" in text
    assert "Verdicts (1 checked)" in text
    lines = {line.split()[0]: line for line in text.splitlines() if line.split()
             and line.split()[0] in ("new", "checked", "dismissed")}
    assert " 1 " in lines["new"] and "50%" in lines["new"]
    assert " 0 " in lines["dismissed"]


BARS = [
    # (count, total, width) -> cells filled: the share of the total, not of the largest.
    ((1, 4, 40), "█" * 10),
    ((2, 4, 40), "█" * 20),
    ((4, 4, 40), "█" * 40),
    ((0, 4, 40), ""),
    ((1, 0, 40), ""),
    ((1, 3, 8), "██▋"),
]


@pytest.mark.parametrize(("args", "expected"), BARS)
def test_bars_are_as_long_as_their_share(args: tuple[int, int, int], expected: str) -> None:
    assert bar(*args) == expected


async def test_o_on_a_new_claim_reopens_nothing_and_says_to_take_it(
    sample_db: Database,
) -> None:
    app = make_app(sample_db)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("o")  # claim 1 is new
        await settle(pilot)
        assert app.screen is app.main_screen  # no reason asked for
        messages = [n.message for n in app._notifications]
    assert any("Claim 1 is new" in m and "take it (t)" in m for m in messages)
    with sample_db.sessions.begin() as session:
        claim = session.get(Claim, 1)
        assert claim is not None and claim.status == "new"
        assert session.scalars(select(Change.id).where(Change.claim_id == 1)).all() == []
