"""The app's workers: every database and file operation of the TUI, each in a thread with
its own session.

Screens ask for work through these methods and get the results back as small messages
(``factcheck.tui.messages``); they never touch the database themselves. This module sits
below the screens: it imports none of them, so the arrows run app -> screens -> workers.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from textual import work
from textual.app import App
from textual.message_pump import MessagePump
from textual.worker import get_current_worker

from factcheck.store import ClaimFilter, Database, get_claim
from factcheck.store.appearances import list_people
from factcheck.tui import actions, data
from factcheck.tui.messages import (
    ActionDone,
    DetailLoaded,
    IngestFinished,
    IngestProgress,
    ListingCounted,
    MarkerRead,
    PageLoaded,
    PagesDropped,
    PeopleLoaded,
    PeopleNamed,
    RowsRefreshed,
    SourcesLoaded,
    SpeakersLoaded,
    SummaryLoaded,
)
from factcheck.wording import count_of

# How often the claims view asks whether someone else changed the database.
POLL_SECONDS = 5.0


class WorkerApp(App[None]):
    """An app over one claims database, with the workers its screens call."""

    def __init__(self, database: Database, *, editor: str,
                 poll_seconds: float | None = POLL_SECONDS) -> None:
        super().__init__()
        self.database = database
        self.editor = editor
        self.poll_seconds = poll_seconds  # None: no polling (tests that want a still view)

    # --- reading ------------------------------------------------------------------------

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
            tracked = None if detail is None else data.tracking(
                session, claim_id, detail.claim.group_id, detail.claim.status)
        if not get_current_worker().is_cancelled:
            reply_to.post_message(DetailLoaded(claim_id, detail, tracked))

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

    @work(thread=True, exclusive=True, group="people", exit_on_error=False)
    def load_people(self, reply_to: MessagePump) -> None:
        with self.database.sessions.begin() as session:
            reply_to.post_message(PeopleLoaded(list_people(session)))

    @work(thread=True, exclusive=True, group="people-names", exit_on_error=False)
    def load_people_names(self, reply_to: MessagePump) -> None:
        with self.database.sessions.begin() as session:
            reply_to.post_message(PeopleNamed(data.people_names(session)))

    @work(thread=True, exclusive=True, group="summary", exit_on_error=False)
    def load_summary(self, reply_to: MessagePump, filters: ClaimFilter) -> None:
        with self.database.sessions.begin() as session:
            reply_to.post_message(SummaryLoaded(data.summary(session, filters)))

    @work(thread=True, exclusive=True, group="speakers", exit_on_error=False)
    def load_speakers(self, reply_to: MessagePump) -> None:
        with self.database.sessions.begin() as session:
            reply_to.post_message(SpeakersLoaded(data.speakers(session)))

    # --- writing ------------------------------------------------------------------------

    @work(thread=True, group="actions", exit_on_error=False)
    def perform(self, reply_to: MessagePump, summary: str | Callable[[list[int]], str],
                action: Callable[[], list[int]]) -> None:
        """Run one workflow action (through ``actions``) and send back the changed rows;
        ``summary`` says what was done (given the changed ids, when only they tell)."""
        changed = action()
        if callable(summary):
            summary = summary(changed)
        with self.database.sessions.begin() as session:
            rows = data.rows_by_id(session, changed)
            related = data.rows_by_id(session, data.group_mates(session, changed))
            marker = data.change_marker(session)
        reply_to.post_message(ActionDone(summary, rows, marker, related))

    @work(thread=True, exclusive=True, group="export", exit_on_error=False)
    def export_view(self, filters: ClaimFilter, path: Path) -> None:
        count, written = actions.export_csv(self.database, filters, path)
        self.call_from_thread(
            self.notify, f"Exported {count_of(count, 'claim')} to {written}", title="Export",
            markup=False,
        )

    @work(thread=True, exclusive=True, group="ingest", exit_on_error=False)
    def ingest(self, reply_to: MessagePump, locations: Sequence[str]) -> None:
        def progress(done: int, total: int, location: str) -> None:
            reply_to.post_message(IngestProgress(done, total, location))

        summary = actions.ingest(self.database, locations, progress)
        reply_to.post_message(IngestFinished(summary))
