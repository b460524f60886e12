"""The palette's other commands: go to an entity or an article by typing, export the facts, re-extract the open
article, and the theme switch being remembered."""

from __future__ import annotations

import json

from textual.widgets import Input, Static

from pilot_helpers import SIZE, open_row_with_title, palette_ready, run_command, settle
from tui.app import FactdeskApp
from tui.article_view import ArticleBody
from tui.entity_screen import EntityScreen


async def test_go_to_entity_lists_matches_as_you_type(fixtures_db_file):
    app = FactdeskApp(db_path=str(fixtures_db_file))
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await run_command(pilot, "Go to entity")
        await pilot.press(*"pelo")
        await palette_ready(pilot, "pelosi")
        await pilot.press("enter")
        await settle(app, pilot)
        assert isinstance(app.screen, EntityScreen)
        assert str(app.screen.query_one("#entity-name", Static).render()).startswith("Nancy Pelosi  PERSON")


async def test_go_to_article_opens_it_by_title_words(fixtures_db_file):
    app = FactdeskApp(db_path=str(fixtures_db_file))
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await run_command(pilot, "Go to article")
        await pilot.press(*"monarch butter")
        await palette_ready(pilot, "monarch butterfly")
        await pilot.press("enter")
        await settle(app, pilot)
        assert "Mexican monarch butterfly" in str(app.query_one("#article-title", Static).render())


async def test_export_writes_every_fact_as_json_lines(fixtures_db_file, tmp_path):
    from store import open_db
    from store.queries import iter_facts

    db = open_db(fixtures_db_file)
    fact_count = sum(1 for _ in iter_facts(db))
    db.close()
    target = tmp_path / "facts.jsonl"
    app = FactdeskApp(db_path=str(fixtures_db_file))
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await run_command(pilot, "Export")
        field = app.screen.query_one("#path-input", Input)
        field.value = str(target)
        await pilot.press("enter")
        await settle(app, pilot)
    rows = [json.loads(line) for line in target.read_text(encoding="utf-8").splitlines()]
    assert fact_count == len(rows) and fact_count > 0
    assert {"kind", "sentence", "article"} <= set(rows[0])
    assert any(n.message == f"Wrote {fact_count} facts to {target}" for n in app._notifications)


async def test_reextract_replaces_the_open_articles_entities_and_facts(fixtures_db_copy):
    app = FactdeskApp(db_path=str(fixtures_db_copy))
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await open_row_with_title(app, pilot, "Morocco calls for")
        before = [(m["start"], m["name"]) for m in app.mentions], [(f["kind"], f["start"]) for f in app.facts]
        await run_command(pilot, "Re-extract")
        await settle(app, pilot)
        assert before == ([(m["start"], m["name"]) for m in app.mentions], [(f["kind"], f["start"]) for f in app.facts])
        assert any(n.message.startswith("Re-extracted: ") for n in app._notifications)
        assert "Nasser Bourita" in app.query_one(ArticleBody).text


async def test_the_chosen_theme_is_remembered(fixtures_db_file, private_config_dir):
    app = FactdeskApp(db_path=str(fixtures_db_file))
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        app.theme = "textual-light"
        await pilot.pause()
    assert "textual-light" == json.loads((private_config_dir / "settings.json").read_text())["theme"]
    again = FactdeskApp(db_path=str(fixtures_db_file))
    async with again.run_test(size=SIZE) as pilot:
        await settle(again, pilot)
        assert "textual-light" == again.theme


async def test_the_import_log_opens_from_the_palette_and_with_l(fixtures_db_file):
    from textual.widgets import DataTable

    from tui.import_log_screen import ImportLogScreen

    app = FactdeskApp(db_path=str(fixtures_db_file))
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await run_command(pilot, "Import log")
        await settle(app, pilot)
        assert isinstance(app.screen, ImportLogScreen)
        assert 27 == app.screen.query_one("#import-log", DataTable).row_count
        await pilot.press("escape", "l")
        assert isinstance(app.screen, ImportLogScreen)
