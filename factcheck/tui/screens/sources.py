"""The sources screen: every ingested document with its claims counted per status."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Header, Static

from factcheck.store.models import STATUSES
from factcheck.tui.messages import SourcesLoaded
from factcheck.tui.text import STATUS_STYLES, STATUS_WORDS, cut, one_line, when
from factcheck.tui.workers import WorkerApp
from factcheck.wording import count_of


def highlighted_id(table: DataTable) -> int | None:  # type: ignore[type-arg]
    """The id keying the row under a list screen's cursor (None when the list is empty)."""
    if table.row_count == 0:
        return None
    key = table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value
    return int(key) if key is not None else None


class SourcesScreen(Screen[int | None]):
    """Pick a source to see its claims: the screen returns its id."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "app.show_claims", "Back", id="sources.back"),
        Binding("enter", "open_source", "Its claims", id="sources.open"),
        Binding("r", "reload", "Reload", show=False, id="sources.reload"),
    ]
    PALETTE: ClassVar[list[tuple[str, str, str]]] = [
        ("Claims of this source", "Filter the claims table by the highlighted source",
         "open_source"),
        ("Reload sources", "Count again (r)", "reload"),
        ("Back to claims", "(escape or 1)", "app.show_claims"),
        ("Summary", "Counts per status and verdict (3)", "app.show_summary"),
        ("People", "Who said the claims (4)", "app.show_people"),
    ]

    app: WorkerApp

    def compose(self) -> ComposeResult:
        yield Header()
        yield DataTable(id="sources-table", cursor_type="row", zebra_stripes=True)
        yield Static(Text("counting…"), id="sources-status")
        yield Footer()

    def on_mount(self) -> None:
        table = self.query_one(DataTable)
        # The counts come before publisher and date, so that they show at 80 columns.
        table.add_column("id", key="id")
        self.title_width = 28 if self.size.width < 120 else 44
        table.add_column("source", key="title", width=self.title_width)
        for status in STATUSES:
            table.add_column(Text(STATUS_WORDS[status], STATUS_STYLES[status]), key=status)
        table.add_column("claims", key="total")
        table.add_column("publisher", key="publisher")
        table.add_column("published", key="published")
        table.focus()
        self.action_reload()

    def action_reload(self) -> None:
        self.app.load_sources(self)

    def on_sources_loaded(self, message: SourcesLoaded) -> None:
        table = self.query_one(DataTable)
        table.clear()
        for source in message.sources:
            table.add_row(
                Text(str(source.id)), cut(source.title, self.title_width),
                *(Text(f"{source.by_status[s]:,}", justify="right") for s in STATUSES),
                Text(f"{source.total:,}", justify="right"),
                Text(one_line(source.publisher)), Text(when(source.published)),
                key=str(source.id),
            )
        claims = sum(source.total for source in message.sources)
        self.query_one("#sources-status", Static).update(
            Text(f"{count_of(len(message.sources), 'source')} · {count_of(claims, 'claim')}"
                 " · enter shows the claims of a source"))

    def action_open_source(self) -> None:
        source_id = highlighted_id(self.query_one(DataTable))
        if source_id is not None:
            self.dismiss(source_id)

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        event.stop()
        self.action_open_source()
