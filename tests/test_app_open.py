"""Opening articles: the list shows every article, enter opens one with its entities coloured and its facts listed,
and the cursor in the text names the entity under it."""

from __future__ import annotations

from textual.widgets import DataTable, Input, OptionList, Static

from pilot_helpers import SIZE, highlighted_names, open_row_with_title, option_texts, settle
from tui.app import FactdeskApp
from tui.article_view import ArticleBody


async def test_app_lists_every_article(fixtures_db_file):
    app = FactdeskApp(db_path=str(fixtures_db_file))
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        table = app.query_one("#articles", DataTable)
        assert 27 == table.row_count
        assert "Articles (27)" == table.border_title


async def test_opening_the_seed_highlights_bourita_and_lists_his_quotes(fixtures_db_file):
    app = FactdeskApp(db_path=str(fixtures_db_file))
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await open_row_with_title(app, pilot, "Morocco calls for")
        body = app.query_one(ArticleBody)
        start = body.text.index("Nasser Bourita")
        assert "entity.PERSON" in highlighted_names(body, start, start + len("Nasser Bourita"))
        assert "person" in str(app.query_one("#legend", Static).render())
        prompts = option_texts(app.query_one("#facts", OptionList))
        assert any(p.startswith("❝ Nasser Bourita") and "Africa has become a target" in p for p in prompts)


async def test_the_entity_under_the_cursor_shows_its_canonical_name_and_label(fixtures_db_file):
    app = FactdeskApp(db_path=str(fixtures_db_file))
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await open_row_with_title(app, pilot, "Morocco calls for")
        body = app.query_one(ArticleBody)
        body.focus()
        # "Bourita" alone, later in the text, is an alias of the canonical "Nasser Bourita".
        alias_at = body.text.index("Bourita said")
        body.move_cursor(body.location_of(alias_at))
        await pilot.pause()
        assert "Nasser Bourita  PERSON · person" in str(app.query_one("#under-cursor", Static).render())


async def test_keyboard_only_search_and_quit(fixtures_db_file):
    app = FactdeskApp(db_path=str(fixtures_db_file))
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("slash")
        assert isinstance(app.focused, Input)
        await pilot.press(*"bourita")
        await pilot.pause(0.3)
        await settle(app, pilot)
        table = app.query_one("#articles", DataTable)
        assert 1 == table.row_count
        assert str(table.get_row_at(0)[1]).startswith("Morocco calls for")
        await pilot.press("enter")  # back to the list
        assert app.focused is table
        await pilot.press("enter")
        await settle(app, pilot)
        assert "Morocco calls for" in str(app.query_one("#article-title", Static).render())
        await pilot.press("q")
    assert app.return_code == 0
