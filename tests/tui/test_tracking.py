"""Claim tracking in the TUI as a desk uses it: a wire copy repeats two claims of the live
blog; the detail pane lists every print, the table counts them and says which were
already checked, one key gives a verdict to the whole group, and people have a view."""

from __future__ import annotations

from sqlalchemy import select
from textual.widgets import Select

from factcheck.store import Database
from factcheck.store.models import VERDICTS, Change, Claim
from factcheck.tui.data import ClaimRow
from factcheck.tui.screens.mark import MarkModal
from factcheck.tui.screens.people import PeopleScreen
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


def _notices(app) -> list[str]:  # type: ignore[no-untyped-def]
    return [notice.message for notice in app._notifications]


def _verdict_changes(db: Database) -> list[tuple[int, str | None, str]]:
    with db.sessions.begin() as session:
        return [(c.claim_id, c.new_value, c.editor) for c in session.execute(
            select(Change).where(Change.field == "verdict", Change.editor == EDITOR)
            .order_by(Change.claim_id)).scalars()]


async def _mark_group_false(pilot) -> None:  # type: ignore[no-untyped-def]
    await pilot.press("G")
    await pilot.pause()
    assert isinstance(pilot.app.screen, MarkModal)
    await pilot.press("enter", *["down"] * VERDICTS.index("false"), "down", "enter")
    await pilot.pause()
    assert pilot.app.screen.query_one("#mark-verdict", Select).value == "false"
    await pilot.press("tab", *"Ministry: 60k", "tab", *"https://mod.ua", "ctrl+s")
    await settle(pilot)


async def test_one_key_gives_the_verdict_to_every_print(any_db: Database) -> None:
    psaki_again, _ = add_repeats(any_db)
    app = make_app(any_db)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await _mark_group_false(pilot)  # on claim 1, Psaki's figure
        assert "Mark claim 1 and its 1 other print" not in screen_text(app)  # form closed
        assert (_row_of(app, 1).verdict, _row_of(app, psaki_again).verdict) == ("false",
                                                                               "false")
        assert "Marked 2 claims of claim 1's group false" in _notices(app)
    # One audit row per claim, both by this editor, with the rationale on each.
    assert _verdict_changes(any_db) == [(1, "false", EDITOR), (psaki_again, "false", EDITOR)]
    with any_db.sessions.begin() as session:
        for claim_id in (1, psaki_again):
            claim = session.get(Claim, claim_id)
            assert claim is not None
            assert (claim.status, claim.rationale) == ("checked", "Ministry: 60k")


async def test_a_print_already_decided_is_left_alone(sample_db: Database) -> None:
    _, lavrov_again = add_repeats(sample_db)
    app = make_app(sample_db)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("end")  # the wire's print of Lavrov's denial, already checked false
        await settle(pilot)
        await _mark_group_false(pilot)
        assert f"Marked 1 claim of claim {lavrov_again}'s group false; left alone, already " \
               "decided: 1 print" in _notices(app)
    assert _verdict_changes(sample_db) == [(lavrov_again, "false", EDITOR)]


async def test_the_group_key_names_the_claim_and_its_prints(sample_db: Database) -> None:
    add_repeats(sample_db)
    app = make_app(sample_db)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("G")
        await pilot.pause()
        assert "Mark claim 1 and its 1 other print" in screen_text(app)
        await pilot.press("escape", "down", "G")
        await pilot.pause()
        assert "Mark claim 2 (seen once)" in screen_text(app)
        await pilot.press("escape", "space", "G")  # a selection: one claim's group only
        await pilot.pause()
        assert not isinstance(app.screen, MarkModal)
        assert any("clear the selection" in notice for notice in _notices(app))
    assert _verdict_changes(sample_db) == []


async def test_a_group_mark_on_a_claim_changed_meanwhile_writes_nothing(
    any_db: Database,
) -> None:
    from factcheck import workflow

    add_repeats(any_db)
    app = make_app(any_db)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        with any_db.write() as session:  # another editor, after the view read claim 1
            workflow.take(session, 1, editor="dave")
        await _mark_group_false(pilot)
        assert any("changed by dave" in notice for notice in _notices(app))
    assert _verdict_changes(any_db) == []


async def test_help_and_palette_name_the_group_key(sample_db: Database) -> None:
    app = make_app(sample_db)
    async with app.run_test(size=(120, 60)) as pilot:
        await settle(pilot)
        await pilot.press("question_mark")
        await pilot.pause()
        assert "Give the highlighted claim's verdict to every print" in screen_text(app)
        await pilot.press("escape", "ctrl+p")
        await pilot.pause()
        await pilot.press(*"every print")
        await pilot.pause()
        assert "Mark every print of the claim…" in screen_text(app)


def _ids(app) -> list[int]:  # type: ignore[no-untyped-def]
    table = app.screen.query_one(ClaimsTable)
    return [row.id for i in range(table.total) if (row := table.row_at(i)) is not None]


async def test_people_view_counts_and_opens_a_persons_claims(any_db: Database) -> None:
    _, lavrov_again = add_repeats(any_db)
    app = make_app(any_db)
    async with app.run_test(size=(140, 30)) as pilot:
        await settle(pilot)
        await pilot.press("4")
        await settle(pilot)
        assert isinstance(app.screen, PeopleScreen)
        text = screen_text(app)
        # The NATO official is described, not named: nobody's person.
        assert "8 people · 10 claims · enter shows the claims of a person" in text
        rows = [line.split() for line in text.splitlines() if line.split()[:1] == ["1"]]
        assert rows[0] == ["1", "Jen", "Psaki", "2", "2022-01-21", "18:02", "2022-01-22",
                           "09:30", "White", "House", "Press", "Secretary"]
        await pilot.press("down", "enter")  # most claims first: Lavrov is second
        await settle(pilot)
        assert app.screen is app.main_screen
        assert _ids(app) == [3, lavrov_again]
        assert "2 claims match · person Sergey Lavrov (#3)" in screen_text(app)


async def test_filter_form_chooses_a_person(sample_db: Database) -> None:
    psaki_again, _ = add_repeats(sample_db)
    app = make_app(sample_db)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("f")
        await pilot.pause()
        await pilot.press("tab", "tab", "tab", "tab")  # status, verdict, kind, speaker, person
        # People by name: Antony Blinken, Boris Johnson, Dmitry Peskov, Jen Psaki, ...
        await pilot.press("enter", "down", "down", "down", "down", "enter", "ctrl+s")
        await settle(pilot)
        assert _ids(app) == [1, psaki_again]
        assert "person Jen Psaki (#1)" in screen_text(app)
        await pilot.press("f")  # the form shows the person chosen; clearing it shows all
        await pilot.pause()
        assert app.screen.query_one("#filter-person", Select).value == 1
        await pilot.press("escape", "c")
        await settle(pilot)
        assert len(_ids(app)) == 11


async def test_appearances_show_source_text_literally(sample_db: Database) -> None:
    from factcheck.documents import SourceDocument
    from factcheck.store import save_source
    from tests.tui.sample import FIXED, HOSTILE_QUOTE, _quote_claim

    sentence = f'Markup Tester said "{HOSTILE_QUOTE}".'
    text = f"[red]Reprint[/red]\n\n{sentence}\n"
    claim = _quote_claim(text, text.index(sentence), sentence, "Markup Tester", HOSTILE_QUOTE,
                         location="/news/reprint.txt")
    with sample_db.write() as session:
        save_source(session, SourceDocument(
            kind="article", location="/news/reprint.txt", name="reprint.txt", text=text,
            retrieved=FIXED, title="[red]Reprint[/red]", url=None, published=FIXED,
        ), [claim])
    app = make_app(sample_db)
    async with app.run_test(size=(120, 60)) as pilot:
        await settle(pilot)
        await pilot.press("end")
        await settle(pilot)
        text = screen_text(app)
        assert "seen 2 times" in text
        assert "An [italic]odd[/italic] article · Markup Tester" in text
        assert "[red]Reprint[/red] · Markup Tester" in text
