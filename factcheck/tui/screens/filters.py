"""The filter form: status, verdict, kind, speaker, person, source, assignee and search
text."""

from __future__ import annotations

from dataclasses import replace
from typing import Any, ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Grid, Horizontal, Vertical
from textual.screen import ModalScreen
from textual.suggester import SuggestFromList
from textual.widgets import Button, Input, Label, Select

from factcheck.store import ClaimFilter
from factcheck.store.models import STATUSES, VERDICTS
from factcheck.tui.text import STATUS_WORDS, one_line

KINDS = ("quote", "indirect", "numeric")


def _chosen(value: Any) -> str | None:
    return value if isinstance(value, str) and value else None


def _person(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


class FilterModal(ModalScreen[ClaimFilter | None]):
    """Edit the current filter; returns the new one, or None to leave it as it was."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+s", "apply", "Apply", id="filters.apply"),
        Binding("escape", "cancel", "Cancel", id="filters.cancel"),
    ]

    def __init__(self, current: ClaimFilter, *, speakers: list[str] | None = None,
                 people: dict[int, str] | None = None) -> None:
        super().__init__()
        self.current = current
        self.speakers = speakers or []
        self.people = dict(people or {})
        if current.person_id is not None and current.person_id not in self.people:
            self.people[current.person_id] = f"person {current.person_id}"

    def compose(self) -> ComposeResult:
        current = self.current
        with Vertical(classes="dialog", id="filters-dialog"):
            yield Label("Filter claims", classes="dialog-title")
            with Grid(id="filters-grid"):
                yield Label("status")
                yield Select([(STATUS_WORDS[s], s) for s in STATUSES], id="filter-status",
                             value=current.status or Select.NULL, prompt="any",
                             compact=True)
                yield Label("verdict")
                yield Select([(v, v) for v in VERDICTS], id="filter-verdict",
                             value=current.verdict or Select.NULL, prompt="any",
                             compact=True)
                yield Label("kind")
                yield Select([(k, k) for k in KINDS], id="filter-kind",
                             value=current.kind or Select.NULL, prompt="any",
                             compact=True)
                yield Label("speaker")
                yield Input(current.speaker or "", id="filter-speaker",
                            placeholder="part of a name", compact=True,
                            suggester=SuggestFromList(self.speakers, case_sensitive=False)
                            if self.speakers else None)
                yield Label("person")
                yield Select([(Text(f"{one_line(name)} (#{person_id})"), person_id)
                              for person_id, name in self.people.items()],
                             id="filter-person", value=current.person_id or Select.NULL,
                             prompt="anyone", compact=True)
                yield Label("source")
                yield Input(current.source or "", id="filter-source",
                            placeholder="title, name, URL or publisher", compact=True)
                yield Label("assignee")
                yield Input(current.assignee or "", id="filter-assignee",
                            placeholder="exact name", compact=True)
                yield Label("search")
                yield Input(current.search or "", id="filter-search",
                            placeholder="claim text, quote or speaker", compact=True)
            with Horizontal(classes="dialog-buttons"):
                yield Button("Apply (ctrl+s)", variant="primary", id="apply")
                yield Button("Clear all", id="clear")
                yield Button("Cancel", id="cancel")

    def on_mount(self) -> None:
        self.query_one("#filter-status", Select).focus()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        if event.button.id == "apply":
            self.action_apply()
        elif event.button.id == "clear":
            self.dismiss(ClaimFilter())
        else:
            self.dismiss(None)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.action_apply()

    def action_apply(self) -> None:
        def text(widget_id: str) -> str | None:
            return self.query_one(widget_id, Input).value.strip() or None

        self.dismiss(replace(
            self.current,
            status=_chosen(self.query_one("#filter-status", Select).value),
            verdict=_chosen(self.query_one("#filter-verdict", Select).value),
            kind=_chosen(self.query_one("#filter-kind", Select).value),
            speaker=text("#filter-speaker"),
            person_id=_person(self.query_one("#filter-person", Select).value),
            source=text("#filter-source"),
            assignee=text("#filter-assignee"),
            search=text("#filter-search"),
        ))

    def action_cancel(self) -> None:
        self.dismiss(None)
