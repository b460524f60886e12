"""The issue's acceptance journey, by keyboard alone on an empty database: help, import a folder through the
palette, open an article, jump from a quote to its sentence, open the speaker's page, open another article from
it, and switch a type's highlighting off."""

from __future__ import annotations

from textual.widgets import DataTable, OptionList, Static

from conftest import ROOT
from pilot_helpers import SIZE, highlighted_names, palette_ready, settle
from tui.app import FactdeskApp
from tui.article_view import ArticleBody
from tui.entity_screen import EntityScreen
from tui.help_screen import HelpScreen


async def test_a_newcomer_imports_reads_follows_a_quote_to_its_speaker_and_hides_people(tmp_path, monkeypatch):
    monkeypatch.chdir(ROOT)
    app = FactdeskApp(db_path=str(tmp_path / "journey.db"))
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        await pilot.press("escape")

        await pilot.press("ctrl+p", *"import fixtures/articles")
        await palette_ready(pilot, "fixtures/articles")
        await pilot.press("down", "enter")
        await settle(app, pilot)
        assert 27 == app.query_one("#articles", DataTable).row_count

        await pilot.press("slash", *"trump emergency")
        await pilot.pause(0.3)
        await settle(app, pilot)
        await pilot.press("enter", "enter")
        await settle(app, pilot)
        assert str(app.query_one("#article-title", Static).render()).startswith("President Trump says")

        await pilot.press("f")
        facts = app.query_one("#facts", OptionList)
        for _ in range(facts.option_count):  # down through the facts to Trump's first quote
            quote = app.facts[facts.highlighted]
            if (quote["kind"], quote.get("speaker")) == ("quote", "Donald Trump"):
                break
            await pilot.press("down")
        assert ("quote", "Donald Trump") == (quote["kind"], quote["speaker"])
        await pilot.press("enter")
        body = app.query_one(ArticleBody)
        assert (quote["start"], quote["end"]) == body.mark
        assert quote["start"] == body.cursor_offset

        await pilot.press("e")
        await settle(app, pilot)
        assert isinstance(app.screen, EntityScreen)
        assert str(app.screen.query_one("#entity-name", Static).render()).startswith("Donald Trump")

        await pilot.press("tab")
        assert "entity-articles" == app.focused.id
        await pilot.press("enter")
        await settle(app, pilot)
        assert not isinstance(app.screen, EntityScreen)
        assert "Germany bans Mahan Air" in str(app.query_one("#article-title", Static).render())

        trump = body.text.index("Trump")
        assert "entity.PERSON" in highlighted_names(body, trump, trump + 5)
        await pilot.press("1")
        assert "entity.PERSON" not in highlighted_names(body, trump, trump + 5)
