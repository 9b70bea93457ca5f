"""The sources screen: every ingested document with its claims counted per status."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Header, Static

from factcheck.store.models import STATUSES
from factcheck.tui.messages import SourcesLoaded
from factcheck.tui.text import STATUS_STYLES, STATUS_WORDS, one_line, when

if TYPE_CHECKING:
    from factcheck.tui.app import FactcheckApp


class SourcesScreen(Screen[None]):
    """Pick a source to see its claims."""

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
    ]

    app: FactcheckApp

    def compose(self) -> ComposeResult:
        yield Header()
        yield DataTable(id="sources-table", cursor_type="row", zebra_stripes=True)
        yield Static(Text("counting…"), id="sources-status")
        yield Footer()

    def on_mount(self) -> None:
        table = self.query_one(DataTable)
        # The counts come before publisher and date, so that they show at 80 columns.
        table.add_column("id", key="id")
        table.add_column("source", key="title", width=28 if self.size.width < 120 else 44)
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
                Text(str(source.id)), Text(one_line(source.title)),
                *(Text(f"{source.by_status[s]:,}", justify="right") for s in STATUSES),
                Text(f"{source.total:,}", justify="right"),
                Text(one_line(source.publisher)), Text(when(source.published)),
                key=str(source.id),
            )
        claims = sum(source.total for source in message.sources)
        self.query_one("#sources-status", Static).update(
            Text(f"{len(message.sources):,} sources · {claims:,} claims · enter shows the "
                 "claims of a source"))

    def action_open_source(self) -> None:
        table = self.query_one(DataTable)
        if table.row_count == 0:
            return
        key = table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value
        if key is None:
            return
        main = self.app.main_screen
        self.app.action_show_claims()
        if main is not None:
            main.filter_source(int(key))

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        event.stop()
        self.action_open_source()
