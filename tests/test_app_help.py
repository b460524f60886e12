"""Help on ?: every binding of the app, the article text and the entity page, each with what it does and why."""

from __future__ import annotations

from textual.widgets import DataTable

from pilot_helpers import SIZE, settle
from tui.app import FactdeskApp
from tui.article_view import ArticleBody
from tui.entity_screen import EntityScreen
from tui.help_screen import HelpScreen
from tui.search_panes import FacetList
from tui.text_prompt import TextPrompt


async def test_question_mark_lists_every_binding_and_escape_closes_it(fixtures_db_file):
    app = FactdeskApp(db_path=str(fixtures_db_file))
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        table = app.screen.query_one("#help-table", DataTable)
        rows = [table.get_row_at(i) for i in range(table.row_count)]
        described = {row[2] for row in rows}
        for binding in [*FactdeskApp.BINDINGS, *ArticleBody.BINDINGS, *EntityScreen.BINDINGS, *FacetList.BINDINGS,
                        *TextPrompt.BINDINGS]:
            assert binding.description in described, binding.description
        assert all(row[3] for row in rows), "every binding has a tooltip"
        assert any(row[2] == "Command palette" for row in rows)
        await pilot.press("escape")
        assert not isinstance(app.screen, HelpScreen)


def test_every_app_binding_has_an_id_and_a_tooltip():
    for binding in [*FactdeskApp.BINDINGS, *ArticleBody.BINDINGS, *EntityScreen.BINDINGS, *FacetList.BINDINGS,
                        *TextPrompt.BINDINGS]:
        assert binding.id and binding.tooltip, binding.key
