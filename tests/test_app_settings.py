"""The app remembers the last article, the layout and the hidden types between runs (in FACTDESK_CONFIG_DIR)."""

from __future__ import annotations

import json

from textual.widgets import Static

from pilot_helpers import SIZE, open_row_with_title, settle
from tui.app import FactdeskApp


async def test_the_last_article_and_layout_come_back_on_the_next_run(fixtures_db_file, private_config_dir):
    app = FactdeskApp(db_path=str(fixtures_db_file))
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await open_row_with_title(app, pilot, "Germany bans Mahan Air")
        await pilot.press("w", "2")
        assert not app.query_one("#list-pane").display
        await pilot.press("q")
    saved = json.loads((private_config_dir / "settings.json").read_text(encoding="utf-8"))
    assert ["ORG"] == saved["hidden_labels"] and saved["show_list"] is False

    again = FactdeskApp(db_path=str(fixtures_db_file))
    async with again.run_test(size=SIZE) as pilot:
        await settle(again, pilot)
        assert "Germany bans Mahan Air" in str(again.query_one("#article-title", Static).render())
        assert not again.query_one("#list-pane").display
        assert frozenset({"ORG"}) == again.hidden_labels


async def test_a_broken_settings_file_is_ignored(fixtures_db_file, private_config_dir):
    private_config_dir.mkdir(parents=True)
    (private_config_dir / "settings.json").write_text("{not json", encoding="utf-8")
    app = FactdeskApp(db_path=str(fixtures_db_file))
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        assert app.query_one("#list-pane").display
        assert frozenset() == app.hidden_labels
