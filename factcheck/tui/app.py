"""The review TUI: the app, its screens, and the one place worker errors are handled.

The workers themselves (every database and file operation) are in
``factcheck.tui.workers``, below the screens; this module sits above both.
"""

from __future__ import annotations

from typing import Any, ClassVar

from textual.app import App, SystemCommand
from textual.binding import Binding, BindingType
from textual.screen import Screen
from textual.worker import Worker, WorkerState

from factcheck.errors import FactcheckError
from factcheck.store import ClaimFilter, Database
from factcheck.tui import actions
from factcheck.tui.commands import FactcheckCommands
from factcheck.tui.messages import ActionFailed, IngestFinished, RefreshNeeded
from factcheck.tui.screens.help import HelpScreen
from factcheck.tui.screens.main import MainScreen
from factcheck.tui.screens.people import PeopleScreen
from factcheck.tui.screens.sources import SourcesScreen
from factcheck.tui.screens.summary import SummaryScreen
from factcheck.tui.workers import POLL_SECONDS, WorkerApp


class FactcheckApp(WorkerApp):
    """Triage the claims of one database from the keyboard."""

    TITLE = "factcheck"
    CSS_PATH = "styles/app.tcss"
    COMMANDS: ClassVar[set[Any]] = {*App.COMMANDS, FactcheckCommands}
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("question_mark", "help", "Help", id="app.help"),
        Binding("1", "show_claims", "Claims", show=False, id="app.claims"),
        Binding("2", "show_sources", "Sources", show=False, id="app.sources"),
        Binding("3", "show_summary", "Summary", show=False, id="app.summary"),
        Binding("4", "show_people", "People", show=False, id="app.people"),
        Binding("q", "quit", "Quit", id="app.quit"),
    ]

    def __init__(self, database: Database, *, editor: str,
                 poll_seconds: float | None = POLL_SECONDS) -> None:
        super().__init__(database, editor=editor, poll_seconds=poll_seconds)
        self.sub_title = f"{database.where} · editor {editor}"

    def on_mount(self) -> None:
        self.push_screen(MainScreen())

    # --- navigation -------------------------------------------------------------------

    @property
    def main_screen(self) -> MainScreen | None:
        for screen in self.screen_stack:
            if isinstance(screen, MainScreen):
                return screen
        return None

    def _back_to_main(self) -> None:
        while len(self.screen_stack) > 2 and self.screen is not self.main_screen:
            self.pop_screen()

    def action_show_claims(self) -> None:
        self._back_to_main()

    def action_show_sources(self) -> None:
        def chosen(source_id: int | None) -> None:
            main = self.main_screen
            if source_id is not None and main is not None:
                main.filter_source(source_id)

        self._back_to_main()
        self.push_screen(SourcesScreen(), chosen)

    def action_show_people(self) -> None:
        def chosen(person: tuple[int, str] | None) -> None:
            main = self.main_screen
            if person is not None and main is not None:
                main.filter_person(*person)

        self._back_to_main()
        self.push_screen(PeopleScreen(), chosen)

    def action_show_summary(self) -> None:
        """The summary of what the claims view shows: its search and filters apply."""
        self._back_to_main()
        main = self.main_screen
        self.push_screen(SummaryScreen(main.listing.filters if main else ClaimFilter()))

    def action_help(self) -> None:
        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen(self.screen))

    def get_system_commands(self, screen: Screen[Any]) -> Any:
        yield from super().get_system_commands(screen)
        yield SystemCommand("Help: keys", "Every key of this screen", self.action_help)

    # --- the one place worker errors are handled ------------------------------------------

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        if event.state is not WorkerState.ERROR:
            return
        error = event.worker.error
        main = self.main_screen
        if isinstance(error, actions.Stale):
            self.notify(str(error), title="Changed meanwhile", severity="warning",
                        timeout=8, markup=False)
            if main is not None:
                main.post_message(RefreshNeeded())
        elif isinstance(error, FactcheckError):
            self.notify(str(error), title="Not done", severity="warning", timeout=8,
                        markup=False)
        else:
            self.notify(f"{type(error).__name__}: {error}", title="Error", severity="error",
                        timeout=10, markup=False)
        if event.worker.group == "ingest" and main is not None:
            main.post_message(IngestFinished(f"ingest failed: {error}"))
        if event.worker.group == "actions" and main is not None:
            main.post_message(ActionFailed())
