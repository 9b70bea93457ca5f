"""The review TUI: the app, its workers, and the one place worker errors are handled.

Every database and file operation runs here in a thread worker with its own session; the
results go back to the screen that asked as small messages (``factcheck.tui.messages``).
Screens never touch the database themselves.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, ClassVar

from textual import work
from textual.app import App, SystemCommand
from textual.binding import Binding, BindingType
from textual.message_pump import MessagePump
from textual.screen import Screen
from textual.worker import Worker, WorkerState, get_current_worker

from factcheck.errors import FactcheckError
from factcheck.store import ClaimFilter, Database, get_claim
from factcheck.tui import actions, data
from factcheck.tui.commands import FactcheckCommands
from factcheck.tui.messages import (
    ActionDone,
    DetailLoaded,
    IngestFinished,
    IngestProgress,
    ListingCounted,
    MarkerRead,
    PageLoaded,
    PagesDropped,
    RefreshNeeded,
    RowsRefreshed,
    SourcesLoaded,
    SpeakersLoaded,
    SummaryLoaded,
)

# How often the claims view asks whether someone else changed the database.
POLL_SECONDS = 5.0


class FactcheckApp(App[None]):
    """Triage the claims of one database from the keyboard."""

    TITLE = "factcheck"
    CSS_PATH = "styles/app.tcss"
    COMMANDS: ClassVar[set[Any]] = {*App.COMMANDS, FactcheckCommands}
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("question_mark", "help", "Help", id="app.help"),
        Binding("1", "show_claims", "Claims", show=False, id="app.claims"),
        Binding("2", "show_sources", "Sources", show=False, id="app.sources"),
        Binding("3", "show_summary", "Summary", show=False, id="app.summary"),
        Binding("q", "quit", "Quit", id="app.quit"),
    ]

    def __init__(self, database: Database, *, editor: str,
                 poll_seconds: float | None = POLL_SECONDS) -> None:
        super().__init__()
        self.database = database
        self.editor = editor
        self.poll_seconds = poll_seconds  # None: no polling (tests that want a still view)
        self.sub_title = f"{database.where} · editor {editor}"

    def on_mount(self) -> None:
        from factcheck.tui.screens.main import MainScreen

        self.push_screen(MainScreen())

    # --- navigation -------------------------------------------------------------------

    @property
    def main_screen(self) -> Any:
        from factcheck.tui.screens.main import MainScreen

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
        from factcheck.tui.screens.sources import SourcesScreen

        self._back_to_main()
        self.push_screen(SourcesScreen())

    def action_show_summary(self) -> None:
        from factcheck.tui.screens.summary import SummaryScreen

        self._back_to_main()
        self.push_screen(SummaryScreen())

    def action_help(self) -> None:
        from factcheck.tui.screens.help import HelpScreen

        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen(self.screen))

    def get_system_commands(self, screen: Screen[Any]) -> Any:
        yield from super().get_system_commands(screen)
        yield SystemCommand("Help: keys", "Every key of this screen", self.action_help)

    # --- workers: reading ---------------------------------------------------------------

    @work(thread=True, exclusive=True, group="listing", exit_on_error=False)
    def load_listing(self, reply_to: MessagePump, key: object, listing: data.Listing) -> None:
        """The first page, then the count (slower on a big filtered listing)."""
        worker = get_current_worker()
        with self.database.sessions.begin() as session:
            rows = data.fetch_page(session, listing, 0)
            if worker.is_cancelled:
                return
            reply_to.post_message(PageLoaded(key, 0, rows))
            total = len(rows) if len(rows) < data.PAGE_SIZE else data.count_matching(
                session, listing.filters)
            if not worker.is_cancelled:
                reply_to.post_message(ListingCounted(key, total))

    @work(thread=True, group="pages", exit_on_error=False)
    def load_pages(self, reply_to: MessagePump, key: object, listing: data.Listing,
                   offsets: Sequence[int], total: int | None) -> None:
        try:
            with self.database.sessions.begin() as session:
                for offset in offsets:
                    rows = data.fetch_page(session, listing, offset, total=total)
                    reply_to.post_message(PageLoaded(key, offset, rows))
        except BaseException:
            reply_to.post_message(PagesDropped(key, list(offsets)))
            raise

    @work(thread=True, exclusive=True, group="detail", exit_on_error=False)
    def load_detail(self, reply_to: MessagePump, claim_id: int) -> None:
        with self.database.sessions.begin() as session:
            detail = get_claim(session, claim_id)
        if not get_current_worker().is_cancelled:
            reply_to.post_message(DetailLoaded(claim_id, detail))

    @work(thread=True, exclusive=True, group="rows", exit_on_error=False)
    def refresh_rows(self, reply_to: MessagePump, claim_ids: Sequence[int]) -> None:
        with self.database.sessions.begin() as session:
            reply_to.post_message(RowsRefreshed(data.rows_by_id(session, claim_ids)))

    @work(thread=True, exclusive=True, group="marker", exit_on_error=False)
    def read_marker(self, reply_to: MessagePump) -> None:
        with self.database.sessions.begin() as session:
            reply_to.post_message(MarkerRead(data.change_marker(session)))

    @work(thread=True, exclusive=True, group="sources", exit_on_error=False)
    def load_sources(self, reply_to: MessagePump) -> None:
        with self.database.sessions.begin() as session:
            reply_to.post_message(SourcesLoaded(data.source_counts(session)))

    @work(thread=True, exclusive=True, group="summary", exit_on_error=False)
    def load_summary(self, reply_to: MessagePump) -> None:
        with self.database.sessions.begin() as session:
            reply_to.post_message(SummaryLoaded(data.summary(session)))

    @work(thread=True, exclusive=True, group="speakers", exit_on_error=False)
    def load_speakers(self, reply_to: MessagePump) -> None:
        with self.database.sessions.begin() as session:
            reply_to.post_message(SpeakersLoaded(data.speakers(session)))

    # --- workers: writing ---------------------------------------------------------------

    @work(thread=True, group="actions", exit_on_error=False)
    def perform(self, reply_to: MessagePump, summary: str,
                   action: Callable[[], list[int]]) -> None:
        """Run one workflow action (through ``actions``) and send back the changed rows."""
        changed = action()
        with self.database.sessions.begin() as session:
            rows = data.rows_by_id(session, changed)
            marker = data.change_marker(session)
        reply_to.post_message(ActionDone(summary, rows, marker))

    @work(thread=True, exclusive=True, group="export", exit_on_error=False)
    def export_view(self, filters: ClaimFilter, path: Path) -> None:
        count = actions.export_csv(self.database, filters, path)
        self.call_from_thread(
            self.notify, f"Exported {count:,} claim(s) to {path}", title="Export", markup=False
        )

    @work(thread=True, exclusive=True, group="ingest", exit_on_error=False)
    def ingest(self, reply_to: MessagePump, locations: Sequence[str]) -> None:
        def progress(done: int, total: int, location: str) -> None:
            reply_to.post_message(IngestProgress(done, total, location))

        summary = actions.ingest(self.database, locations, progress)
        reply_to.post_message(IngestFinished(summary))

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
