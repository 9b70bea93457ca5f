"""The verdict form: which verdict, the rationale, and the evidence for it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Button, Label, Select, Static, TextArea

from factcheck.store.models import VERDICTS
from factcheck.tui.text import one_line


@dataclass(frozen=True, slots=True)
class MarkRequest:
    verdict: str
    rationale: str
    evidence: tuple[str, ...]


class MarkModal(ModalScreen[MarkRequest | None]):
    """Asks for what a verdict needs; the workflow decides whether it is enough."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+s", "submit", "Mark", id="mark.submit"),
        Binding("escape", "cancel", "Cancel", id="mark.cancel"),
    ]

    def __init__(
        self, verdict: str | None, *, subject: str, count: int, claim_text: str | None = None,
        rationale: str | None = None, evidence_count: int = 0,
    ) -> None:
        super().__init__()
        self.verdict = verdict
        self.count = count
        self.subject = subject
        self.claim_text = claim_text
        self.rationale = rationale or ""
        self.evidence_count = evidence_count

    def compose(self) -> ComposeResult:
        what = self.subject
        # Scrolls when a long claim and the form are more than the terminal's height: the
        # focused field is scrolled into view.
        with VerticalScroll(classes="dialog", id="mark-dialog"):
            yield Label(Text(f"Mark {what}"), classes="dialog-title")
            if self.claim_text:
                # The whole claim, wrapped: the editor judges what it says to the end.
                yield Static(Text(one_line(self.claim_text)), classes="dialog-claim")
            # No verdict is chosen for the editor: ``v`` opens the form with none, and it
            # refuses to mark until one is picked (A, M, F and U choose theirs).
            yield Select(
                [(verdict, verdict) for verdict in VERDICTS],
                value=self.verdict if self.verdict else Select.NULL,
                allow_blank=True, prompt="Choose a verdict", id="mark-verdict",
            )
            yield Label("Rationale (required)")
            yield TextArea(self.rationale, id="mark-rationale", soft_wrap=True,
                           show_line_numbers=False)
            note = "Evidence: URLs or references, one a line"
            if self.evidence_count:
                note += f" ({self.evidence_count} already attached)"
            yield Label(Text(note))
            yield TextArea("", id="mark-evidence", soft_wrap=True, show_line_numbers=False)
            yield Static("", classes="dialog-error", id="mark-error")
            with Horizontal(classes="dialog-buttons"):
                yield Button("Mark (ctrl+s)", variant="primary", id="ok")
                yield Button("Cancel", id="cancel")

    def on_mount(self) -> None:
        if self.verdict:
            self.query_one("#mark-rationale", TextArea).focus()
        else:
            self.query_one("#mark-verdict", Select).focus()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        if event.button.id == "ok":
            self.action_submit()
        else:
            self.dismiss(None)

    def action_submit(self) -> None:
        verdict = self.query_one("#mark-verdict", Select).value
        rationale = self.query_one("#mark-rationale", TextArea).text.strip()
        evidence = tuple(
            line.strip() for line in self.query_one("#mark-evidence", TextArea).text.splitlines()
            if line.strip()
        )
        if not isinstance(verdict, str):
            self.query_one("#mark-error", Static).update(Text("Choose a verdict."))
            self.query_one("#mark-verdict", Select).focus()
            return
        if not rationale:
            self.query_one("#mark-error", Static).update(Text("A verdict needs a rationale."))
            self.query_one("#mark-rationale", TextArea).focus()
            return
        self.dismiss(MarkRequest(verdict, rationale, evidence))

    def action_cancel(self) -> None:
        self.dismiss(None)
