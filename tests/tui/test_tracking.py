"""Claim tracking in the TUI as a desk uses it: a wire copy repeats two claims of the live
blog; the detail pane lists every print, the table counts them and says which were
already checked, one key gives a verdict to the whole group, and people have a view."""

from __future__ import annotations

from factcheck.store import Database
from factcheck.tui.data import ClaimRow
from factcheck.tui.widgets.claims_table import ClaimsTable
from tests.tui.conftest import EDITOR, make_app, screen_text, settle
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
        assert "seen 1 time" not in text and "already checked" not in text


async def test_table_counts_prints_and_marks_claims_already_checked(any_db: Database) -> None:
    psaki_again, lavrov_again = add_repeats(any_db)
    app = make_app(any_db)
    async with app.run_test(size=(200, 40)) as pilot:
        await settle(pilot)
        rows: dict[str, str] = {}
        for line in screen_text(app).splitlines():
            if line.split() and line.split()[0].isdigit():
                rows.setdefault(line.split()[0], line)  # the table's, not "11 claims match"
        # id, status, verdict, seen: Psaki's figure and Lavrov's denial twice, the rest once.
        assert rows["1"].split()[:4] == ["1", "new", "—", "2"]
        assert rows["3"].split()[:4] == ["3", "checked", "false", "2"]
        assert rows["2"].split()[:4] == ["2", "checked", "accurate", "1"]
        assert rows[str(psaki_again)].split()[:4] == [str(psaki_again), "new", "—", "2"]
        # The new print of a checked claim says so; the checked one and the claim whose
        # group nobody checked do not.
        assert "already checked: false, 21 Jan, by alice · “Russia never threatened" in rows[
            str(lavrov_again)]
        assert "already checked" not in rows["3"] + rows["1"] + rows[str(psaki_again)]


def _row_of(app, claim_id: int) -> ClaimRow:  # type: ignore[no-untyped-def]
    table = app.screen.query_one(ClaimsTable)
    found = [row for i in range(table.total) if (row := table.row_at(i)) and row.id == claim_id]
    assert found, f"claim {claim_id} is not in the table"
    return found[0]


async def test_marking_one_print_marks_the_others_already_checked(any_db: Database) -> None:
    psaki_again, _ = add_repeats(any_db)
    app = make_app(any_db)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        assert _row_of(app, psaki_again).already_checked is None
        await pilot.press("F")  # on claim 1, Psaki's figure
        await pilot.pause()
        await pilot.press(*"Ministry: 60k", "tab", *"https://mod.ua", "ctrl+s")
        await settle(pilot)
        # The other print is read again with the action: no reload, no wait for the poll.
        note = _row_of(app, psaki_again).already_checked
        assert note is not None and (note.claim_id, note.verdict, note.by) == (1, "false", EDITOR)
        assert _row_of(app, psaki_again).status == "new"
