"""A one-line question: a reason, a name, a note, a path. Returns the answer or None."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.suggester import SuggestFromList
from textual.widgets import Button, Input, Label, Static


class PromptModal(ModalScreen[str | None]):
    """Ask for one line of text; ``required`` refuses an empty answer."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel", id="prompt.cancel"),
    ]

    def __init__(
        self, title: str, prompt: str, *, value: str = "", placeholder: str = "",
        required: bool = True, suggestions: list[str] | None = None, action: str = "OK",
    ) -> None:
        super().__init__()
        self.title_text = title
        self.prompt = prompt
        self.value = value
        self.placeholder = placeholder
        self.required = required
        self.suggestions = suggestions
        self.action_label = action

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Label(Text(self.title_text), classes="dialog-title")
            yield Label(Text(self.prompt))
            yield Input(
                value=self.value, placeholder=self.placeholder, id="prompt-input",
                suggester=SuggestFromList(self.suggestions, case_sensitive=False)
                if self.suggestions else None,
            )
            yield Static("", classes="dialog-error", id="prompt-error")
            with Horizontal(classes="dialog-buttons"):
                yield Button(self.action_label, variant="primary", id="ok")
                yield Button("Cancel", id="cancel")

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self._answer()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        if event.button.id == "ok":
            self._answer()
        else:
            self.dismiss(None)

    def _answer(self) -> None:
        answer = self.query_one("#prompt-input", Input).value.strip()
        if self.required and not answer:
            self.query_one("#prompt-error", Static).update(Text("An answer is needed."))
            return
        self.dismiss(answer)

    def action_cancel(self) -> None:
        self.dismiss(None)
