"""A small dialog that asks for a file or folder path, completing it as you type (tab accepts the completion)."""

from __future__ import annotations

import os
from pathlib import Path

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.suggester import Suggester
from textual.widgets import Input, OptionList, Static
from textual.widgets.option_list import Option

from tui.safe import plain

MAX_LISTED = 50


def path_completions(text: str, *, folders_only: bool = False, limit: int = MAX_LISTED) -> list[str]:
    """Paths that start with `text`: entries of its folder whose names begin with its last part, folders with a
    trailing slash, hidden entries only when asked for with a leading dot."""
    expanded = os.path.expanduser(text) if text else ""
    folder, _, prefix = expanded.rpartition(os.sep)
    base = Path(folder + os.sep if folder or expanded.startswith(os.sep) else ".")
    shown_folder = text[: len(text) - len(prefix)]
    try:
        entries = sorted(os.scandir(base), key=lambda e: (not e.is_dir(), e.name.lower()))
    except OSError:
        return []
    completions = []
    for entry in entries:
        if not entry.name.startswith(prefix) or (entry.name.startswith(".") and not prefix.startswith(".")):
            continue
        is_dir = entry.is_dir()
        if folders_only and not is_dir:
            continue
        completions.append(shown_folder + entry.name + (os.sep if is_dir else ""))
        if len(completions) >= limit:
            break
    return completions


class PathSuggester(Suggester):
    """Suggests the first completion of the typed path (greyed after the cursor, like a shell)."""

    def __init__(self) -> None:
        super().__init__(use_cache=False, case_sensitive=True)

    async def get_suggestion(self, value: str) -> str | None:
        import asyncio

        completions = await asyncio.to_thread(path_completions, value, limit=1)
        return completions[0] if completions else None


class PathPrompt(ModalScreen[str | None]):
    """Ask for a path; enter accepts it, escape cancels, tab completes, down moves into the matching entries."""

    BINDINGS = [
        Binding("escape", "cancel", "Cancel", id="path-cancel", tooltip="Close without doing anything"),
        Binding("tab", "complete", "Complete", id="path-complete", priority=True,
                tooltip="Accept the suggested completion of the path"),
        Binding("down", "entries", "Entries", id="path-entries", show=False,
                tooltip="Move into the list of matching files and folders"),
    ]

    def __init__(self, title: str, hint: str, initial: str = ""):
        super().__init__()
        self.title_text = title
        self.hint = hint
        self.initial = initial

    def compose(self) -> ComposeResult:
        with Vertical(id="path-dialog"):
            yield Static(self.title_text, id="path-title")
            yield Input(value=self.initial, placeholder="a file or folder, e.g. ~/news/", suggester=PathSuggester(),
                        id="path-input")
            yield Static(self.hint, id="path-hint")
            yield OptionList(id="path-entries")

    def on_mount(self) -> None:
        self.query_one("#path-input", Input).focus()
        self.list_entries(self.initial)

    @on(Input.Changed, "#path-input")
    def typed(self, event: Input.Changed) -> None:
        self.list_entries(event.value)

    @work(thread=True, exclusive=True)
    def list_entries(self, text: str) -> None:
        completions = path_completions(text)
        self.app.call_from_thread(self._show_entries, completions)

    def _show_entries(self, completions: list[str]) -> None:
        entries = self.query_one("#path-entries", OptionList)
        entries.clear_options()
        entries.add_options([Option(plain(c, newlines=False), id=c) for c in completions])

    def action_complete(self) -> None:
        field = self.query_one("#path-input", Input)
        if not field.has_focus:
            field.focus()
            return
        if field._suggestion:
            field.value = field._suggestion
            field.cursor_position = len(field.value)

    def action_entries(self) -> None:
        entries = self.query_one("#path-entries", OptionList)
        if entries.option_count:
            entries.focus()
            entries.highlighted = entries.highlighted or 0

    def action_cancel(self) -> None:
        self.dismiss(None)

    @on(OptionList.OptionSelected, "#path-entries")
    def entry_chosen(self, event: OptionList.OptionSelected) -> None:
        field = self.query_one("#path-input", Input)
        field.value = event.option.id or ""
        field.cursor_position = len(field.value)
        field.focus()

    @on(Input.Submitted, "#path-input")
    def accept(self, event: Input.Submitted) -> None:
        value = event.value.strip()
        if not value:
            self.notify("Type a path first.", severity="warning", timeout=3)
            return
        self.dismiss(value)
