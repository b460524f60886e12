"""A modal screen listing the import log (each file, its status and its message), loaded in a worker thread."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.message import Message
from textual.screen import ModalScreen
from textual.widgets import DataTable, Static

from tui.safe import safe_text

LOG_LIMIT = 500
STATUS_STYLES = {"imported": "green", "present": "dim", "failed": "bold red"}


@dataclass
class ImportLogRows(Message):
    """The newest import log entries, ready to show."""

    rows: list[dict[str, Any]]


class ImportLogScreen(ModalScreen[None]):
    """The newest import log entries, newest first; escape or q closes it."""

    DEFAULT_CSS = """
    ImportLogScreen { align: center middle; }
    ImportLogScreen > #import-log { width: 90%; height: 80%; border: round $accent; }
    ImportLogScreen > #import-log-help { width: 90%; height: 1; color: $text-muted; }
    """
    BINDINGS = [
        Binding("escape,q", "dismiss", "Close", id="close-import-log", tooltip="Back to the app"),
        Binding("r", "reload", "Reload", id="reload-import-log", tooltip="Read the log again (an import may be running)"),
    ]

    def __init__(self, db_path: str, limit: int = LOG_LIMIT):
        super().__init__()
        self.db_path = db_path
        self.limit = limit

    def compose(self) -> ComposeResult:
        table = DataTable(id="import-log", cursor_type="row", zebra_stripes=True)
        table.border_title = "Import log"
        yield table
        yield Static("escape close · r reload", id="import-log-help", markup=False)

    def on_mount(self) -> None:
        table = self.query_one("#import-log", DataTable)
        for name in ("time", "status", "path", "message"):
            table.add_column(name, key=name)
        table.focus()
        self.load_log()

    def action_reload(self) -> None:
        self.load_log()

    @work(thread=True, exclusive=True, group="import-log")
    def load_log(self) -> None:
        from store import open_db
        from store.queries import iter_import_log

        db = open_db(self.db_path, check_same_thread=False)
        try:
            rows = list(iter_import_log(db, self.limit))
        finally:
            db.close()
        self.post_message(ImportLogRows(rows))

    def on_import_log_rows(self, message: ImportLogRows) -> None:
        table = self.query_one("#import-log", DataTable)
        table.clear()
        for row in message.rows:
            status = row["status"] or ""
            table.add_row(safe_text(row["time"], newlines=False),
                          safe_text(status, newlines=False, style=STATUS_STYLES.get(status, "")),
                          safe_text(row["path"], newlines=False), safe_text(row["message"], newlines=False),
                          key=str(row["id"]))
        failed = sum(1 for row in message.rows if row["status"] == "failed")
        table.border_title = f"Import log ({len(message.rows)} entries, {failed} failed)"
