"""The app stays open on a database while `factdesk import` writes to it, shows the new articles, and is never locked out."""

from __future__ import annotations

import asyncio
import os
import sys

from textual.widgets import DataTable

from store import open_db
from tui.app import FactdeskApp
from tui.importing import import_paths

from conftest import ARTICLES, FIXTURES, ROOT

SIZE = (150, 45)


async def settle(app, pilot) -> None:
    await pilot.pause()
    await app.workers.wait_for_complete()
    await pilot.pause()


async def import_while_app_reads(app, pilot, path) -> tuple[int, str]:
    """Run a real `factdesk import` in another process, refreshing the app the whole time it writes."""
    command = os.path.join(os.path.dirname(sys.executable), "factdesk")
    process = await asyncio.create_subprocess_exec(
        command, "import", str(path), "--db", app.library.db_path, cwd=ROOT,
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE)
    communicate = asyncio.ensure_future(process.communicate())
    while not communicate.done():
        await pilot.press("r")
        await settle(app, pilot)
        await asyncio.sleep(0.05)
    _, stderr = await communicate
    return process.returncode, stderr.decode()


async def test_app_shows_articles_imported_by_another_process_without_locking(tmp_path, nlp):
    db_path = tmp_path / "shared.db"
    open_db(db_path).close()
    app = FactdeskApp(db_path=str(db_path))
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        table = app.query_one("#articles", DataTable)
        assert 0 == table.row_count

        returncode, stderr = await import_while_app_reads(app, pilot, ARTICLES)
        assert 0 == returncode
        assert "locked" not in stderr
        await pilot.press("r")
        await settle(app, pilot)
        assert 27 == table.row_count
        assert "Articles (27)" == table.border_title

        # The periodic check notices new articles by itself, without a key press.
        writer = open_db(db_path)
        import_paths(writer, [next((FIXTURES / "gold" / "heldout" / "articles").glob("wn2020_007_*.txt"))], nlp=nlp)
        writer.close()
        app.watch_article_count()
        await settle(app, pilot)
        assert 28 == table.row_count
    assert "locked" not in " ".join(str(n.message) for n in app._notifications)
