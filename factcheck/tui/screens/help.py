"""The keys of the screen underneath, read from its bindings so it never goes stale."""

from __future__ import annotations

from typing import Any, ClassVar

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical, VerticalScroll
from textual.screen import ModalScreen, Screen
from textual.widgets import Label, Static


def _bindings(node: Any) -> list[Binding]:
    found: list[Binding] = []
    for cls in type(node).__mro__:
        for binding in cls.__dict__.get("BINDINGS", ()):
            if isinstance(binding, Binding) and binding.id and binding.description:
                found.append(binding)
    return found


class HelpScreen(ModalScreen[None]):
    """Every key of the screen it was opened on, with what it does."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q,question_mark", "close", "Close", id="help.close"),
    ]

    def __init__(self, under: Screen[Any]) -> None:
        super().__init__()
        self.under = under

    def _table(self) -> Table:
        table = Table(box=None, show_header=False, padding=(0, 1), expand=True)
        table.add_column(style="bold #ffd75f", no_wrap=True)
        table.add_column(ratio=1)
        groups: list[tuple[str, list[Binding]]] = [("This screen", _bindings(self.under))]
        for widget in self.under.query("ClaimsTable"):
            groups.append(("Claims table", _bindings(widget)))
        groups.append(("Everywhere", _bindings(self.app)))
        seen: set[str] = set()
        for title, bindings in groups:
            rows = [b for b in bindings if b.id not in seen]
            if not rows:
                continue
            table.add_row(Text(title, style="bold underline"), "")
            for binding in rows:
                seen.add(binding.id or "")
                keys = " ".join(self.app.get_key_display(Binding(k.strip(), ""))
                                for k in binding.key.split(","))
                # The footer shows the short description; here there is room for more.
                table.add_row(Text(keys), Text(binding.tooltip or binding.description))
        # Textual's own focus keys: no binding of ours, but an editor needs them to reach
        # the detail pane and the fields of a form.
        table.add_row(Text("tab shift+tab"), Text("Next / previous part of the screen "
                                                  "(table, detail pane, form field)"))
        table.add_row(Text("ctrl+p"), Text("Command palette: every action by name"))
        return table

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog", id="help-dialog"):
            yield Label("Keys", classes="dialog-title")
            with VerticalScroll(id="help-body"):
                yield Static(self._table())

    def action_close(self) -> None:
        self.dismiss(None)
