"""A small dialog that asks for one line of text (a saved search's name, tags, a note); enter accepts, escape cancels."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Static


class TextPrompt(ModalScreen[str | None]):
    """Ask for a line of text, offering `initial`; dismisses with the text, or None when cancelled."""

    BINDINGS = [
        Binding("escape", "cancel", "Cancel", id="prompt-cancel", tooltip="Close without doing anything"),
    ]

    def __init__(self, title: str, hint: str, initial: str = "", allow_empty: bool = False):
        super().__init__()
        self.allow_empty = allow_empty
        self.title_text = title
        self.hint = hint
        self.initial = initial

    def compose(self) -> ComposeResult:
        with Vertical(id="prompt-dialog"):
            yield Static(self.title_text, id="prompt-title", markup=False)
            yield Input(value=self.initial, id="prompt-input")
            yield Static(self.hint, id="prompt-hint", markup=False)

    def on_mount(self) -> None:
        self.query_one("#prompt-input", Input).focus()

    def action_cancel(self) -> None:
        self.dismiss(None)

    @on(Input.Submitted, "#prompt-input")
    def accept(self, event: Input.Submitted) -> None:
        value = " ".join(event.value.split())
        if not value and not self.allow_empty:
            self.notify("Type a name first.", severity="warning", timeout=3)
            return
        self.dismiss(value)
