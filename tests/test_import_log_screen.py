"""The import log screen lists each file with its status and message, newest first, and closes with escape."""

from __future__ import annotations

from textual.widgets import DataTable

from store import log_import, open_db
from tui.app import FactdeskApp
from tui.import_log_screen import ImportLogScreen


async def test_import_log_screen_lists_files_status_and_reason(tmp_path):
    db_path = tmp_path / "log.db"
    db = open_db(db_path)
    log_import(db, "inbox/good.txt", "imported", "1 imported")
    log_import(db, "inbox/secret.pdf", "failed", "encrypted PDF (needs a password)")
    db.close()
    app = FactdeskApp(db_path=str(db_path))
    async with app.run_test(size=(150, 45)) as pilot:
        await app.push_screen(ImportLogScreen(str(db_path)))
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        table = app.screen.query_one("#import-log", DataTable)
        rows = [[str(cell) for cell in table.get_row_at(index)[1:]] for index in range(table.row_count)]
        assert [["failed", "inbox/secret.pdf", "encrypted PDF (needs a password)"],
                ["imported", "inbox/good.txt", "1 imported"]] == rows
        assert "Import log (2 entries, 1 failed)" == table.border_title
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, ImportLogScreen)
