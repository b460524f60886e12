"""Switching an entity type's highlighting off and on, by key and through the palette; the legend shows it."""

from __future__ import annotations

from textual.widgets import Static

from pilot_helpers import SIZE, highlighted_names, open_row_with_title, palette_ready, settle
from tui.app import FactdeskApp
from tui.article_view import ArticleBody


def legend_style(app, word: str) -> str:
    legend = app.query_one("#legend", Static).render()
    start = str(legend).index(word)
    return " ".join(str(span.style) for span in legend.spans if span.start <= start < span.end)


async def test_key_1_hides_people_and_shows_them_again(fixtures_db_file):
    app = FactdeskApp(db_path=str(fixtures_db_file))
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await open_row_with_title(app, pilot, "Morocco calls for")
        body = app.query_one(ArticleBody)
        start = body.text.index("Nasser Bourita")
        morocco = body.text.index("Morocco")
        await pilot.press("1")
        assert "entity.PERSON" not in highlighted_names(body, start, start + 5)
        assert "entity.GPE" in highlighted_names(body, morocco, morocco + 7)
        assert "strike" in legend_style(app, "person")
        await pilot.press("1")
        assert "entity.PERSON" in highlighted_names(body, start, start + 5)
        assert "strike" not in legend_style(app, "person")


async def test_the_palette_toggles_a_type_by_name(fixtures_db_file):
    app = FactdeskApp(db_path=str(fixtures_db_file))
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await open_row_with_title(app, pilot, "Morocco calls for")
        await pilot.press("ctrl+p", *"toggle entity")
        await palette_ready(pilot, "toggle entity")
        await pilot.press("enter")
        await pilot.pause(0.3)
        await pilot.press(*"country")
        await palette_ready(pilot, "country")
        await pilot.press("enter")
        await pilot.pause()
        assert frozenset({"GPE"}) == app.hidden_labels
        body = app.query_one(ArticleBody)
        morocco = body.text.index("Morocco")
        assert "entity.GPE" not in highlighted_names(body, morocco, morocco + 7)
