"""Importing through the command palette: path completion as you type, a background import with a progress bar,
a notification, and the lists refreshed without a restart; bad paths are one-line notifications."""

from __future__ import annotations

from textual.command import CommandPalette
from textual.widgets import DataTable, Input, OptionList

from conftest import ROOT
from pilot_helpers import SIZE, palette_ready, settle
from tui.app import FactdeskApp
from tui.path_prompt import PathPrompt


def palette_hits(app) -> list[str]:
    options = app.screen.query_one("CommandList", OptionList)
    return [str(options.get_option_at_index(i).prompt) for i in range(options.option_count)]


async def test_typing_import_and_a_folder_in_the_palette_imports_it(tmp_path, monkeypatch):
    monkeypatch.chdir(ROOT)
    app = FactdeskApp(db_path=str(tmp_path / "empty.db"))
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        assert 0 == app.query_one("#articles", DataTable).row_count
        await pilot.press("ctrl+p")
        assert isinstance(app.screen, CommandPalette)
        await pilot.press(*"import fixtures/art")
        await palette_ready(pilot, "fixtures/articles/")
        assert any(hit.startswith("Import fixtures/articles/") for hit in palette_hits(app))
        await pilot.press("down", "enter")
        await pilot.pause()
        assert app.query_one("#import-bar").display
        await settle(app, pilot)
        assert not app.query_one("#import-bar").display
        table = app.query_one("#articles", DataTable)
        assert 27 == table.row_count
        assert any("Imported 27, 0 already present, 0 failed" in n.message for n in app._notifications)


async def test_the_import_dialog_completes_paths_and_reports_a_missing_one(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "news").mkdir()
    (tmp_path / "news" / "one.txt").write_text("A title\n\nSome text about Paris.\n", encoding="utf-8")
    app = FactdeskApp(db_path=str(tmp_path / "empty.db"))
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("ctrl+p", *"Import…")
        await palette_ready(pilot, "Import…")
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, PathPrompt)
        await pilot.press(*"ne")
        await pilot.pause(0.3)
        await pilot.press("tab")
        assert "news/" == app.screen.query_one("#path-input", Input).value
        await pilot.press(*"missing.txt", "enter")
        await pilot.pause()
        assert any("No such file or folder: news/missing.txt" == n.message for n in app._notifications)
