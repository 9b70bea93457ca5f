"""The main screen: the claims table, the detail of the highlighted claim, search and
filters, and the keys of the review workflow."""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from dataclasses import replace
from functools import partial
from pathlib import Path
from typing import Any, ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.screen import Screen
from textual.timer import Timer
from textual.widgets import Footer, Header, Input, ProgressBar, Static

from factcheck.store import ClaimDetail, ClaimFilter
from factcheck.tui import actions
from factcheck.tui.data import ClaimRow, Listing, Marker, describe_filters, newer
from factcheck.tui.messages import (
    ActionDone,
    ActionFailed,
    DetailLoaded,
    IngestFinished,
    IngestProgress,
    ListingCounted,
    MarkerRead,
    PageLoaded,
    PagesDropped,
    PeopleNamed,
    RefreshNeeded,
    RowsRefreshed,
    SpeakersLoaded,
)
from factcheck.tui.screens.filters import FilterModal
from factcheck.tui.screens.mark import MarkModal, MarkRequest
from factcheck.tui.screens.prompt import PromptModal
from factcheck.tui.text import STATUS_WORDS
from factcheck.tui.widgets.claims_table import ClaimsTable
from factcheck.tui.widgets.detail_pane import DetailPane
from factcheck.tui.workers import WorkerApp
from factcheck.vocabulary import STATUSES, VERDICTS
from factcheck.wording import count_of

SORT_CYCLE = ("id", "status", "verdict", "kind", "speaker", "source", "post_time")
# How long the cursor rests on a row before its detail is read (keeps key repeat cheap).
DETAIL_DELAY = 0.05
SEARCH_DELAY = 0.3


class MainScreen(Screen[None]):
    """Browse, read and decide."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("slash", "search", "Search", id="main.search"),
        Binding("f", "filters", "Filter", id="main.filters"),
        Binding("c", "clear_filters", "Clear filters", show=False, id="main.clear_filters"),
        Binding("s", "sort_next", "Sort", id="main.sort"),
        Binding("S", "sort_reverse", "Reverse sort", show=False, id="main.sort_reverse"),
        Binding("t", "take", "Take", id="main.take"),
        Binding("v", "mark", "Verdict", id="main.mark"),
        Binding("A", "mark('accurate')", "Mark accurate", show=False, id="main.accurate"),
        Binding("M", "mark('misleading')", "Mark misleading", show=False, id="main.misleading"),
        Binding("F", "mark('false')", "Mark false", show=False, id="main.false"),
        Binding("U", "mark('unverifiable')", "Mark unverifiable", show=False,
                id="main.unverifiable"),
        Binding("G", "mark_group", "Verdict for every print",
                tooltip="Give the highlighted claim's verdict to every print of it (its "
                "group) still new or in review", show=False, id="main.mark_group"),
        Binding("D", "dismiss_claims", "Dismiss", show=False, id="main.dismiss"),
        Binding("o", "reopen", "Reopen (with a reason)", show=False, id="main.reopen"),
        Binding("a", "assign", "Assign", show=False, id="main.assign"),
        Binding("n", "note", "Add a note", show=False, id="main.note"),
        Binding("e", "evidence", "Add evidence", show=False, id="main.evidence"),
        Binding("ctrl+a", "select_loaded", "Select all loaded", show=False,
                id="main.select_loaded"),
        Binding("escape", "escape", "Clear selection / close search", show=False,
                id="main.escape"),
        Binding("x", "export", "Export view to CSV", show=False, id="main.export"),
        Binding("i", "ingest", "Ingest a file or URL", show=False, id="main.ingest"),
        Binding("r", "reload", "Reload", show=False, id="main.reload"),
        Binding("d", "toggle_detail", "Show/hide detail", show=False, id="main.toggle_detail"),
    ]

    PALETTE: ClassVar[list[tuple[str, str, str]]] = [
        ("Search claims", "Search claim text, quote and speaker (/)", "search"),
        ("Filter claims", "Status, verdict, kind, speaker, person, source, assignee (f)",
         "filters"),
        ("Clear filters", "Show every claim (c)", "clear_filters"),
        *[(f"Filter: status {STATUS_WORDS[s]}", f"Only {STATUS_WORDS[s]} claims",
           f"quick_filter('status', '{s}')")
          for s in STATUSES],
        *[(f"Filter: verdict {v}", f"Only claims marked {v}", f"quick_filter('verdict', '{v}')")
          for v in VERDICTS],
        *[(f"Filter: kind {k}", f"Only {k} claims", f"quick_filter('kind', '{k}')")
          for k in ("quote", "indirect", "numeric")],
        ("Filter: assigned to me", "Claims assigned to you", "filter_mine"),
        *[(f"Sort by {key.replace('_', ' ')}", f"Order the table by {key.replace('_', ' ')}",
           f"sort_by('{key}')") for key in SORT_CYCLE],
        ("Sort by the next column", "id, status, verdict, kind, speaker, source, post time (s)",
         "sort_next"),
        ("Reverse sort order", "Ascending / descending (S)", "sort_reverse"),
        ("Take for review", "The highlighted or selected claims, in review and yours (t)", "take"),
        ("Mark with a verdict…", "Choose the verdict in the form (v)", "mark"),
        *[(f"Mark {v}", f"Verdict {v}, with rationale and evidence ({k})", f"mark('{v}')")
          for v, k in (("accurate", "A"), ("misleading", "M"), ("false", "F"),
                       ("unverifiable", "U"))],
        ("Mark every print of the claim…", "The highlighted claim's verdict for its whole "
         "group, each with its own audit rows (G)", "mark_group"),
        ("Dismiss", "Not worth checking (D)", "dismiss_claims"),
        ("Reopen", "Back in review, with a reason (o)", "reopen"),
        ("Assign", "The highlighted or selected claims, to an editor (a)", "assign"),
        ("Add a note", "A note in the claim's history (n)", "note"),
        ("Add evidence", "A URL or a reference (e)", "evidence"),
        ("Select all loaded claims", "For a bulk action (ctrl+a)", "select_loaded"),
        ("Clear selection", "(escape)", "clear_selection"),
        ("Export view to CSV", "The claims of the current filter and sort (x)", "export"),
        ("Ingest a file or URL", "Add a source to the database (i)", "ingest"),
        ("Reload", "Read the listing again (r)", "reload"),
        ("Show/hide detail", "(d)", "toggle_detail"),
        ("Sources", "Documents with claim counts per status (2)", "app.show_sources"),
        ("Summary", "Counts per status and verdict (3)", "app.show_summary"),
        ("People", "Who said the claims: claim counts, first and last seen, roles (4)",
         "app.show_people"),
    ]

    app: WorkerApp

    def __init__(self) -> None:
        super().__init__()
        self.listing = Listing()
        self._generation = itertools.count(1)
        self.key: object = 0
        self.total: int | None = None
        self.detail: ClaimDetail | None = None
        self.speakers: list[str] = []
        self.people: dict[int, str] = {}  # person id -> name, for the filter form
        self._detail_timer: Timer | None = None
        self._search_timer: Timer | None = None
        self._marker: Marker | None = None  # the database as this view last read it
        self._actions_in_flight = 0  # this view's own writes not yet reported back

    def compose(self) -> ComposeResult:
        yield Header()
        with Vertical(id="main-body"):
            yield ClaimsTable(id="claims")
            yield DetailPane(id="detail")
        with Horizontal(id="ingest-progress"):
            yield Static("", id="ingest-label")
            yield ProgressBar(id="ingest-bar", show_eta=False)
        yield Input(placeholder="search claim text, quote, speaker; enter to keep, escape to "
                    "clear", id="search")
        yield Static("", id="status-line")
        yield Footer()

    @property
    def table(self) -> ClaimsTable:
        return self.query_one(ClaimsTable)

    @property
    def pane(self) -> DetailPane:
        return self.query_one(DetailPane)

    def on_mount(self) -> None:
        self.table.focus()
        self.app.read_marker(self)
        self.reload()
        self.app.load_speakers(self)
        self.app.load_people_names(self)
        if self.app.poll_seconds:
            self.set_interval(self.app.poll_seconds, self._poll)

    # --- the listing --------------------------------------------------------------------

    def reload(self, *, keep_cursor: bool = False) -> None:
        self.key = next(self._generation)
        self.total = None
        self.table.reset(self.key, sort=self.listing.sort, descending=self.listing.descending,
                         keep_cursor=keep_cursor)
        self._update_status()
        self.app.load_listing(self, self.key, self.listing)
        if keep_cursor and self.table.current_row is None:
            self.detail = None

    def set_listing(self, listing: Listing) -> None:
        if listing != self.listing:
            self.listing = listing
            self.table.clear_selection()
            self.reload()

    def set_filters(self, filters: ClaimFilter) -> None:
        self.set_listing(replace(self.listing, filters=filters))

    def on_claims_table_pages_wanted(self, message: ClaimsTable.PagesWanted) -> None:
        if message.key == self.key:
            self.app.load_pages(self, self.key, self.listing, message.offsets, self.total)

    def on_page_loaded(self, message: PageLoaded) -> None:
        self.table.put_page(message.key, message.offset, message.rows)

    def on_pages_dropped(self, message: PagesDropped) -> None:
        self.table.forget_pending(message.key, message.offsets)

    def on_listing_counted(self, message: ListingCounted) -> None:
        if message.key == self.key:
            self.total = message.total
            self.table.set_total(message.key, message.total)
            self._update_status()
            if message.total == 0:
                self.detail = None
                self.pane.show_detail(None)

    # --- other editors: the database changed under the view ---------------------------

    def _poll(self) -> None:
        """Ask whether anyone changed the database (not while a modal is open)."""
        if self.app.screen is self and self._marker is not None:
            self.app.read_marker(self)

    def on_marker_read(self, message: MarkerRead) -> None:
        if self._actions_in_flight:
            # Read while this view's own change was being written: it may already hold
            # that change, which is no news. The marker that comes with ActionDone is the
            # baseline; the next poll compares with it.
            return
        if self._marker is None:
            self._marker = message.marker
        elif newer(message.marker, self._marker):
            self._marker = message.marker
            self._read_again()
            self.notify("The database changed (another editor, or an ingest): the view is "
                        "read again.", title="Updated", markup=False, timeout=4)

    def _rebaseline(self) -> None:
        """Take the database as it is now for the one this view shows, without a reload."""
        self._marker = None
        self.app.read_marker(self)

    def on_refresh_needed(self, _message: RefreshNeeded) -> None:
        self._read_again()
        self._rebaseline()

    def _read_again(self) -> None:
        self.reload(keep_cursor=True)
        self._load_detail_now()
        if selected := self.table.selected:
            # The selection keeps the versions it was made with: read them again too, or
            # the next bulk action would be refused as stale once more.
            self.app.refresh_rows(self, [row.id for row in selected])

    def on_rows_refreshed(self, message: RowsRefreshed) -> None:
        self.table.replace_rows(message.rows)

    def on_claims_table_sort_requested(self, message: ClaimsTable.SortRequested) -> None:
        self.action_sort_by(message.sort)

    def on_claims_table_selection_changed(self, _message: ClaimsTable.SelectionChanged) -> None:
        self._update_status()

    def _update_status(self) -> None:
        parts = []
        if self.total is None:
            parts.append("counting…")
        else:
            parts.append(f"{count_of(self.total, 'claim')} match{'es' if self.total == 1 else ''}")
        if described := describe_filters(self.listing.filters, self.people):
            parts.append(described)
        arrow = "▼" if self.listing.descending else "▲"
        parts.append(f"sorted by {self.listing.sort.replace('_', ' ')} {arrow}")
        if selected := len(self.table.selected):
            parts.append(f"{selected} selected")
        self.query_one("#status-line", Static).update(Text(" · ".join(parts)))

    # --- the detail pane ----------------------------------------------------------------

    def on_claims_table_row_highlighted(self, message: ClaimsTable.RowHighlighted) -> None:
        if self._detail_timer is not None:
            self._detail_timer.stop()
        row = message.row
        if row is None:
            return
        if self.detail is not None and self.detail.claim.id == row.id \
                and self.detail.claim.version == row.version:
            return
        self._detail_timer = self.set_timer(DETAIL_DELAY, self._load_detail_now)

    @property
    def detail_pending(self) -> bool:
        """The pane does not yet show the claim under the cursor (as of its version)."""
        row = self.table.current_row
        if row is None:
            return False
        detail = self.detail
        return detail is None or (detail.claim.id, detail.claim.version) != (row.id, row.version)

    def _load_detail_now(self) -> None:
        row = self.table.current_row
        if row is not None:
            self.app.load_detail(self, row.id)

    def on_detail_loaded(self, message: DetailLoaded) -> None:
        row = self.table.current_row
        if row is None or row.id != message.claim_id:
            return
        self.detail = message.detail
        self.pane.show_detail(message.detail, claim_id=message.claim_id,
                              tracking=message.tracking)

    def action_toggle_detail(self) -> None:
        self.pane.display = not self.pane.display

    # --- search, filters and sorting ---------------------------------------------------

    def action_search(self) -> None:
        search = self.query_one("#search", Input)
        search.value = self.listing.filters.search or ""
        search.add_class("visible")
        search.focus()

    def on_input_changed(self, event: Input.Changed) -> None:
        if event.input.id != "search":
            return
        if self._search_timer is not None:
            self._search_timer.stop()
        self._search_timer = self.set_timer(SEARCH_DELAY, self._apply_search)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        if event.input.id != "search":
            return
        if self._search_timer is not None:
            self._search_timer.stop()
        self._apply_search()
        self._close_search()

    def _apply_search(self) -> None:
        text = self.query_one("#search", Input).value.strip() or None
        self.set_filters(replace(self.listing.filters, search=text))

    def _close_search(self) -> None:
        self.query_one("#search", Input).remove_class("visible")
        self.table.focus()

    def action_escape(self) -> None:
        search = self.query_one("#search", Input)
        if search.has_focus:
            if self._search_timer is not None:
                self._search_timer.stop()
            search.value = ""
            self._apply_search()
            self._close_search()
        else:
            self.table.clear_selection()

    def action_clear_selection(self) -> None:
        self.table.clear_selection()

    def action_select_loaded(self) -> None:
        self.table.select_loaded()

    def action_filters(self) -> None:
        def chosen(filters: ClaimFilter | None) -> None:
            if filters is not None:
                self.set_filters(filters)

        self.app.push_screen(FilterModal(self.listing.filters, speakers=self.speakers,
                                         people=self.people), chosen)

    def on_speakers_loaded(self, message: SpeakersLoaded) -> None:
        self.speakers = message.speakers

    def on_people_named(self, message: PeopleNamed) -> None:
        self.people = {**message.names, **self.people}

    def action_clear_filters(self) -> None:
        self.set_filters(ClaimFilter())

    def action_quick_filter(self, field: str, value: str) -> None:
        self.set_filters(replace(self.listing.filters, **{field: value}))  # type: ignore[arg-type]

    def action_filter_mine(self) -> None:
        self.set_filters(replace(self.listing.filters, assignee=self.app.editor))

    def filter_source(self, source_id: int) -> None:
        self.set_filters(ClaimFilter(source_id=source_id))

    def filter_person(self, person_id: int, name: str) -> None:
        self.people[person_id] = name
        self.set_filters(ClaimFilter(person_id=person_id))

    def action_sort_by(self, sort: str) -> None:
        descending = not self.listing.descending if sort == self.listing.sort else False
        self.set_listing(replace(self.listing, sort=sort, descending=descending))

    def action_sort_next(self) -> None:
        position = SORT_CYCLE.index(self.listing.sort) if self.listing.sort in SORT_CYCLE else -1
        sort = SORT_CYCLE[(position + 1) % len(SORT_CYCLE)]
        self.set_listing(replace(self.listing, sort=sort, descending=False))

    def action_sort_reverse(self) -> None:
        self.set_listing(replace(self.listing, descending=not self.listing.descending))

    def action_reload(self) -> None:
        self.reload(keep_cursor=True)
        self._load_detail_now()

    # --- the workflow -------------------------------------------------------------------

    def _targets(self) -> list[ClaimRow]:
        rows = self.table.targets()
        if not rows:
            self.notify("No claim under the cursor.", severity="warning")
        return rows

    @staticmethod
    def _refs(rows: list[ClaimRow]) -> list[actions.Target]:
        return [actions.Target(row.id, row.version) for row in rows]

    @staticmethod
    def _what(rows: list[ClaimRow]) -> str:
        return f"claim {rows[0].id}" if len(rows) == 1 else f"{len(rows)} claims"

    def _run(self, summary: str | Callable[[list[int]], str], action: Any) -> None:
        self._actions_in_flight += 1
        self.app.perform(self, summary, action)

    def on_action_failed(self, _message: ActionFailed) -> None:
        self._actions_in_flight = max(0, self._actions_in_flight - 1)

    def action_take(self) -> None:
        rows = self._targets()
        if rows:
            self._run(f"Took {self._what(rows)} for review", partial(
                actions.take, self.app.database, self._refs(rows), editor=self.app.editor))

    def action_mark(self, verdict: str | None = None) -> None:
        rows = self._targets()
        if not rows:
            return
        detail = self.detail if len(rows) == 1 and self.detail is not None \
            and self.detail.claim.id == rows[0].id else None

        def chosen(request: MarkRequest | None) -> None:
            if request is not None:
                self.mark(rows, request)

        self.app.push_screen(MarkModal(
            verdict, subject=self._what(rows), count=len(rows),
            claim_text=rows[0].text if len(rows) == 1 else None,
            rationale=detail.claim.rationale if detail else None,
            evidence_count=len(detail.evidence) if detail else 0,
        ), chosen)

    def action_mark_group(self) -> None:
        if self.table.selected:
            self.notify("G gives one claim's verdict to its prints: clear the selection "
                        "(escape) and put the cursor on the claim.", title="Not marked",
                        severity="warning", markup=False, timeout=6)
            return
        row = self.table.current_row
        if row is None:
            self.notify("No claim under the cursor.", severity="warning")
            return
        detail = self.detail if self.detail is not None and self.detail.claim.id == row.id \
            else None
        others = row.seen - 1
        subject = (f"claim {row.id} and its {count_of(others, 'other print')}" if others
                   else f"claim {row.id} (seen once)")

        def chosen(request: MarkRequest | None) -> None:
            if request is None:
                return

            def summary(marked: list[int]) -> str:
                said = f"Marked {count_of(len(marked), 'claim')} of claim {row.id}'s group " \
                       f"{request.verdict}"
                if left := row.seen - len(marked):
                    said += f"; left alone, already decided: {count_of(left, 'print')}"
                return said

            self._run(summary, partial(
                actions.mark_group, self.app.database, actions.Target(row.id, row.version),
                request.verdict, editor=self.app.editor, rationale=request.rationale,
                evidence=request.evidence))

        self.app.push_screen(MarkModal(
            None, subject=subject, count=row.seen, claim_text=row.text,
            rationale=detail.claim.rationale if detail else None,
            evidence_count=len(detail.evidence) if detail else 0,
        ), chosen)

    def mark(self, rows: list[ClaimRow], request: MarkRequest) -> None:
        self._run(f"Marked {self._what(rows)} {request.verdict}", partial(
            actions.mark, self.app.database, self._refs(rows), request.verdict,
            editor=self.app.editor, rationale=request.rationale, evidence=request.evidence))

    def _ask(self, modal: PromptModal, then: Any) -> None:
        def answered(answer: str | None) -> None:
            if answer is not None:
                then(answer)

        self.app.push_screen(modal, answered)

    def action_dismiss_claims(self) -> None:
        rows = self._targets()
        if rows:
            self._ask(
                PromptModal(f"Dismiss {self._what(rows)}", "Why is it not worth checking? "
                            "(optional)", required=False, action="Dismiss"),
                lambda reason: self._run(f"Dismissed {self._what(rows)}", partial(
                    actions.set_status, self.app.database, self._refs(rows), "dismissed",
                    editor=self.app.editor, reason=reason or None)),
            )

    def action_reopen(self) -> None:
        rows = self._targets()
        if not rows:
            return
        if unfinished := [row for row in rows if row.status not in actions.REOPENABLE]:
            # Reopening undoes a decision; a new or in-review claim has none to undo, and
            # putting a new one in review is what take does (and it assigns it too).
            first = unfinished[0]
            self.notify(
                f"Claim {first.id} is {STATUS_WORDS.get(first.status, first.status)}: only a "
                "checked or dismissed claim is reopened. To start reviewing a new claim, take "
                "it (t).", title="Not reopened", severity="warning", markup=False, timeout=6)
            return
        self._ask(
            PromptModal(f"Reopen {self._what(rows)}", "Why reopen it? (required)",
                        action="Reopen"),
            lambda reason: self._run(f"Reopened {self._what(rows)}", partial(
                actions.set_status, self.app.database, self._refs(rows),
                actions.REOPEN_STATUS, editor=self.app.editor, reason=reason)),
        )

    def action_assign(self) -> None:
        rows = self._targets()
        if rows:
            self._ask(
                PromptModal(f"Assign {self._what(rows)}", "To which editor?",
                            value=rows[0].assignee or self.app.editor, action="Assign"),
                lambda name: self._run(f"Assigned {self._what(rows)} to {name}", partial(
                    actions.assign, self.app.database, self._refs(rows), name,
                    editor=self.app.editor)),
            )

    def action_note(self) -> None:
        rows = self._targets()
        if rows:
            self._ask(
                PromptModal(f"Note on {self._what(rows)}", "The note:", action="Add"),
                lambda note: self._run(f"Noted {self._what(rows)}", partial(
                    actions.add_note, self.app.database, self._refs(rows), note,
                    editor=self.app.editor)),
            )

    def action_evidence(self) -> None:
        rows = self._targets()
        if rows:
            self._ask(
                PromptModal(f"Evidence for {self._what(rows)}", "A URL or a reference:",
                            action="Add"),
                lambda ref: self._run(f"Added evidence to {self._what(rows)}", partial(
                    actions.add_evidence, self.app.database, self._refs(rows), ref,
                    editor=self.app.editor)),
            )

    def on_action_done(self, message: ActionDone) -> None:
        self._actions_in_flight = max(0, self._actions_in_flight - 1)
        if self._marker is None or newer(message.marker, self._marker):
            self._marker = message.marker  # our own change is no news to this view
        self.table.replace_rows([*message.rows, *message.related])
        if len(message.rows) > 1:
            self.table.clear_selection()
        self.notify(message.summary, markup=False, timeout=3)
        current = self.table.current_row
        if current is not None and any(
                r.id == current.id for r in (*message.rows, *message.related)):
            self._load_detail_now()

    # --- export and ingest ----------------------------------------------------------------

    def action_export(self) -> None:
        suggested = "claims"
        if described := describe_filters(self.listing.filters, self.people):
            suggested += "-" + re.sub(r"[^\w]+", "-", described).strip("-")[:40]

        def chosen(path: str) -> None:
            self.app.export_view(self.listing.filters, Path(path))

        self._ask(PromptModal(
            "Export the current view to CSV", f"{count_of(self.total or 0, 'claim')}, to the file:",
            value=f"{suggested}.csv", action="Export"), chosen)

    def action_ingest(self) -> None:
        def chosen(location: str) -> None:
            progress = self.query_one("#ingest-progress")
            progress.add_class("visible")
            self.query_one("#ingest-bar", ProgressBar).update(total=None, progress=0)
            self.query_one("#ingest-label", Static).update(Text(f"ingesting {location}…"))
            self.app.ingest(self, [location])

        self._ask(PromptModal("Ingest", "A file, a directory or an http(s) URL:",
                              action="Ingest"), chosen)

    def on_ingest_progress(self, message: IngestProgress) -> None:
        self.query_one("#ingest-bar", ProgressBar).update(total=message.total,
                                                          progress=message.done)
        self.query_one("#ingest-label", Static).update(
            Text(f"{message.done}/{message.total} {message.location}"))

    def on_ingest_finished(self, message: IngestFinished) -> None:
        self.query_one("#ingest-progress").remove_class("visible")
        self.notify(message.summary, title="Ingest", markup=False, timeout=8)
        self.reload(keep_cursor=True)
        self._rebaseline()
