"""The summary: how many claims are in each status and have each verdict, as bars."""

from __future__ import annotations

from typing import ClassVar

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Footer, Header, Static

from factcheck.store import ClaimFilter
from factcheck.tui.data import NO_FILTERS, Summary, describe_filters
from factcheck.tui.messages import SummaryLoaded
from factcheck.tui.text import STATUS_STYLES, STATUS_WORDS, VERDICT_STYLES, plain
from factcheck.tui.workers import WorkerApp
from factcheck.wording import count_of

BAR_WIDTH = 40


def bar(count: int, total: int, width: int = BAR_WIDTH) -> str:
    """A bar of eighth-blocks: ``count`` of ``total`` over ``width`` cells, so that its
    length is its share (half the claims fill half the width)."""
    if total <= 0 or count <= 0:
        return ""
    eighths = max(1, round(min(count, total) / total * width * 8))
    full, part = divmod(eighths, 8)
    return "█" * full + ("" if part == 0 else " ▏▎▍▌▋▊▉"[part])


def bars(title: str, counts: list[tuple[str, int, str]], total: int) -> Table:
    table = Table(title=Text(title, "bold"), title_justify="left", box=None,
                  show_header=False, padding=(0, 1), expand=False)
    table.add_column(no_wrap=True, min_width=12)
    table.add_column(justify="right", no_wrap=True)
    table.add_column(justify="right", no_wrap=True)
    table.add_column(no_wrap=True)
    for label, count, style in counts:
        share = f"{count / total:.0%}" if total else ""
        table.add_row(Text(label, style), f"{count:,}", share, Text(bar(count, total), style))
    return table


def render_summary(summary: Summary, filters: ClaimFilter = NO_FILTERS) -> Table:
    outer = Table.grid(padding=(1, 0))
    heading = Text(count_of(summary.total, "claim"), "bold")
    if described := describe_filters(filters):
        heading.append_text(Text(" matching "))
        heading.append_text(plain(described))  # the editor's own words: never markup
    outer.add_row(heading)
    outer.add_row(bars("Status", [
        (STATUS_WORDS[s], n, STATUS_STYLES[s]) for s, n in summary.by_status.items()
    ], summary.total))
    checked = sum(summary.by_verdict.values())
    outer.add_row(bars(f"Verdicts ({checked:,} checked)", [
        (v, n, VERDICT_STYLES[v]) for v, n in summary.by_verdict.items()
    ], checked))
    return outer


class SummaryScreen(Screen[None]):
    """The counts of the claims the claims view shows (its search and filters)."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "app.show_claims", "Back", id="summary.back"),
        Binding("r", "reload", "Reload", id="summary.reload"),
    ]
    PALETTE: ClassVar[list[tuple[str, str, str]]] = [
        ("Reload summary", "Count again (r)", "reload"),
        ("Back to claims", "(escape or 1)", "app.show_claims"),
        ("Sources", "Documents with claim counts per status (2)", "app.show_sources"),
    ]

    app: WorkerApp

    def __init__(self, filters: ClaimFilter = NO_FILTERS) -> None:
        super().__init__()
        self.filters = filters

    def compose(self) -> ComposeResult:
        yield Header()
        with VerticalScroll(id="summary-body"):
            yield Static(Text("counting…"), id="summary")
        yield Footer()

    def on_mount(self) -> None:
        self.action_reload()

    def action_reload(self) -> None:
        self.app.load_summary(self, self.filters)

    def on_summary_loaded(self, message: SummaryLoaded) -> None:
        self.query_one("#summary", Static).update(render_summary(message.summary, self.filters))
