"""The summary: how many claims are in each status and have each verdict, as bars."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Footer, Header, Static

from factcheck.tui.data import Summary
from factcheck.tui.messages import SummaryLoaded
from factcheck.tui.text import STATUS_STYLES, STATUS_WORDS, VERDICT_STYLES

if TYPE_CHECKING:
    from factcheck.tui.app import FactcheckApp

BAR_WIDTH = 40


def bar(count: int, largest: int, width: int = BAR_WIDTH) -> str:
    """A bar of eighth-blocks: ``count`` of ``largest`` over ``width`` cells."""
    if largest <= 0 or count <= 0:
        return ""
    eighths = max(1, round(count / largest * width * 8))
    full, part = divmod(eighths, 8)
    return "█" * full + ("" if part == 0 else " ▏▎▍▌▋▊▉"[part])


def bars(title: str, counts: list[tuple[str, int, str]], total: int) -> Table:
    table = Table(title=Text(title, "bold"), title_justify="left", box=None,
                  show_header=False, padding=(0, 1), expand=False)
    table.add_column(no_wrap=True, min_width=12)
    table.add_column(justify="right", no_wrap=True)
    table.add_column(justify="right", no_wrap=True)
    table.add_column(no_wrap=True)
    largest = max((count for _label, count, _style in counts), default=0)
    for label, count, style in counts:
        share = f"{count / total:.0%}" if total else ""
        table.add_row(Text(label, style), f"{count:,}", share, Text(bar(count, largest), style))
    return table


def render_summary(summary: Summary) -> Table:
    outer = Table.grid(padding=(1, 0))
    outer.add_row(Text(f"{summary.total:,} claims", "bold"))
    outer.add_row(bars("Status", [
        (STATUS_WORDS[s], n, STATUS_STYLES[s]) for s, n in summary.by_status.items()
    ], summary.total))
    checked = sum(summary.by_verdict.values())
    outer.add_row(bars(f"Verdicts ({checked:,} checked)", [
        (v, n, VERDICT_STYLES[v]) for v, n in summary.by_verdict.items()
    ], checked))
    return outer


class SummaryScreen(Screen[None]):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "app.show_claims", "Back", id="summary.back"),
        Binding("r", "reload", "Reload", id="summary.reload"),
    ]
    PALETTE: ClassVar[list[tuple[str, str, str]]] = [
        ("Reload summary", "Count again (r)", "reload"),
        ("Back to claims", "(escape or 1)", "app.show_claims"),
        ("Sources", "Documents with claim counts per status (2)", "app.show_sources"),
    ]

    app: FactcheckApp

    def compose(self) -> ComposeResult:
        yield Header()
        with VerticalScroll(id="summary-body"):
            yield Static(Text("counting…"), id="summary")
        yield Footer()

    def on_mount(self) -> None:
        self.action_reload()

    def action_reload(self) -> None:
        self.app.load_summary(self)

    def on_summary_loaded(self, message: SummaryLoaded) -> None:
        self.query_one("#summary", Static).update(render_summary(message.summary))
