"""Browsing as an editor does: the table, the detail pane, search, filters, sorting,
the sources and summary screens, help and the palette; text from sources stays text."""

from __future__ import annotations

from factcheck.store import Database
from factcheck.tui.screens.main import MainScreen
from factcheck.tui.widgets.claims_table import ClaimsTable
from tests.tui.conftest import make_app, screen_text, settle
from tests.tui.sample import HOSTILE_QUOTE


def _main(app) -> MainScreen:  # type: ignore[no-untyped-def]
    screen = app.main_screen
    assert isinstance(screen, MainScreen)
    return screen


def _ids(app) -> list[int]:  # type: ignore[no-untyped-def]
    table = app.screen.query_one(ClaimsTable)
    return [row.id for i in range(table.total) if (row := table.row_at(i)) is not None]


async def test_opens_on_the_claims_with_the_first_in_detail(any_db: Database) -> None:
    app = make_app(any_db)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        text = screen_text(app)
        assert "9 claims match" in text
        assert "Jen Psaki" in text and "“Russia has amassed 100,000" in text
        assert "in review" in text and "dismissed" in text and "accurate" in text
        # The detail pane: the sentence, speaker with role, figures, source.
        assert "Claim 1 · quote · new" in text
        assert "Jen Psaki (White House Press Secretary)" in text
        assert "100,000  100,000" in text
        assert "https://edition.cnn.com/europe/live-news/ukraine" in text


async def test_moving_the_cursor_shows_that_claims_evidence_and_history(
    sample_db: Database,
) -> None:
    app = make_app(sample_db)
    async with app.run_test(size=(120, 70)) as pilot:
        await settle(pilot)
        await pilot.press("down", "down")
        await settle(pilot)
        text = screen_text(app)
        assert "Claim 3 · quote · checked · false" in text
        assert "Contradicted by the record." in text
        assert "Call with the ministry press office" in text
        assert "verdict: — → false" in text
        assert "([red]not markup[/red])" in text


async def test_search_narrows_the_table_and_the_footer_counts(sample_db: Database) -> None:
    app = make_app(sample_db)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("slash", *"lavrov", "enter")
        await settle(pilot)
        assert _ids(app) == [3]
        assert "1 claim match" in screen_text(app)
        await pilot.press("slash", "escape")  # escape in the search box clears it
        await settle(pilot)
        assert len(_ids(app)) == 9


async def test_filter_form_by_status_and_speaker(sample_db: Database) -> None:
    app = make_app(sample_db)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("f")
        await pilot.pause()
        await pilot.press("enter", "down", "down", "down", "enter")  # status: checked
        await pilot.press("tab", "tab", "tab", *"lav", "ctrl+s")  # speaker contains "lav"
        await settle(pilot)
        assert _ids(app) == [3]
        assert "status=checked speaker~lav" in screen_text(app)
        await pilot.press("c")
        await settle(pilot)
        assert len(_ids(app)) == 9


async def test_sorting_by_column_and_reversing(sample_db: Database) -> None:
    app = make_app(sample_db)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("s")  # by status
        await settle(pilot)
        # In workflow order (new, in review, checked, dismissed), ties broken by id.
        assert _ids(app) == [1, 5, 7, 8, 9, 4, 2, 3, 6]
        assert "sorted by status ▲" in screen_text(app)
        await pilot.press("S")
        await settle(pilot)
        assert _ids(app) == [6, 3, 2, 4, 9, 8, 7, 5, 1]  # ties broken by id, also reversed
        await pilot.click(ClaimsTable, offset=(30, 0))  # the header of "verdict"
        await settle(pilot)
        assert _main(app).listing.sort == "verdict"


async def test_source_text_is_never_markup_or_terminal_codes(sample_db: Database) -> None:
    app = make_app(sample_db)
    async with app.run_test(size=(160, 40)) as pilot:
        await settle(pilot)
        await pilot.press("end")
        await settle(pilot)
        text = screen_text(app)
        assert "Markup Tester" in text
        assert "[bold]free[/bold] [link=http://evil.example]click[/link] ␛[31mred␛[0m" in text
        assert "An [italic]odd[/italic] article" in text  # the source title, literally
        assert "\x1b" not in text
        table = app.screen.query_one(ClaimsTable)
        painted = "".join(segment.text for y in range(table.size.height)
                          for segment in table.render_line(y))
        assert "[bold]free[/bold]" in painted and "\x1b" not in painted
        assert HOSTILE_QUOTE.startswith("[bold]")


async def test_sources_screen_counts_and_opens_a_source(sample_db: Database) -> None:
    app = make_app(sample_db)
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(pilot)
        await pilot.press("2")
        await settle(pilot)
        text = screen_text(app)
        assert "2 sources · 9 claims" in text
        assert "Russia-Ukraine crisis: live updates" in text
        await pilot.press("down", "enter")  # newest first: the second row is source 1
        await settle(pilot)
        assert isinstance(app.screen, MainScreen)
        assert _main(app).listing.filters.source_id == 1
        assert len(_ids(app)) == 8


async def test_summary_draws_counts_as_bars(sample_db: Database) -> None:
    app = make_app(sample_db)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("3")
        await settle(pilot)
        text = screen_text(app)
        assert "9 claims" in text
        assert "Verdicts (2 checked)" in text
        assert "█" in text
        await pilot.press("escape")
        assert isinstance(app.screen, MainScreen)


async def test_help_lists_the_keys(sample_db: Database) -> None:
    app = make_app(sample_db)
    async with app.run_test(size=(100, 60)) as pilot:
        await settle(pilot)
        await pilot.press("question_mark")
        await pilot.pause()
        text = screen_text(app)
        for words in ("Mark false", "Take", "Reopen (with a reason)", "Export view to CSV",
                      "Search", "Command palette", "Select or unselect the claim, and move down",
                      "tab shift+tab", "Next / previous part of the screen"):
            assert words in text
        await pilot.press("escape")
        assert isinstance(app.screen, MainScreen)


async def test_every_binding_has_an_id_and_a_palette_entry(sample_db: Database) -> None:
    from factcheck.tui.screens.people import PeopleScreen
    from factcheck.tui.screens.sources import SourcesScreen
    from factcheck.tui.screens.summary import SummaryScreen

    for screen in (MainScreen, SourcesScreen, SummaryScreen, PeopleScreen):
        actions = {entry[2] for entry in screen.PALETTE}
        for binding in screen.BINDINGS:
            assert binding.id and binding.description, binding
            if binding.action not in ("escape", "app.show_claims"):
                assert binding.action in actions, f"{screen.__name__}: {binding.action}"


async def test_palette_runs_an_action(sample_db: Database) -> None:
    app = make_app(sample_db)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"status checked")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await settle(pilot)
        assert _main(app).listing.filters.status == "checked"
        assert _ids(app) == [2, 3]


async def test_good_at_80x24(sample_db: Database) -> None:
    app = make_app(sample_db)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        text = screen_text(app)
        assert "9 claims match" in text
        assert "Claim 1 · quote · new" in text
        assert "Olaf Scholz" in text  # all nine rows fit
