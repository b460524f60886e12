"""The app, driven by Pilot: it lists the articles, opens the seed, colours its entities and lists its quotes."""

from __future__ import annotations

from rich.style import Style as RichStyle
from textual.widgets import DataTable, Input, OptionList, Static

from tui.app import FactdeskApp
from tui.styles import entity_style

SIZE = (150, 45)


async def settle(app, pilot) -> None:
    await pilot.pause()
    await app.workers.wait_for_complete()
    await pilot.pause()


async def open_row_with_title(app, pilot, prefix: str) -> None:
    table = app.query_one("#articles", DataTable)
    for index in range(table.row_count):
        if str(table.get_row_at(index)[1]).startswith(prefix):
            table.move_cursor(row=index)
            break
    else:
        raise AssertionError(f"no article starting {prefix!r}")
    table.focus()
    await pilot.press("enter")
    await settle(app, pilot)


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
        body = app.query_one("#article-body", Static).render()
        plain = str(body)
        start = plain.index("Nasser Bourita")
        styles = [str(span.style) for span in body.spans if span.start <= start and start + 14 <= span.end]
        person = RichStyle.parse(entity_style("PERSON")).color.triplet
        assert any(f"rgb({person.red},{person.green},{person.blue})" in style for style in styles), styles
        facts = app.query_one("#facts", OptionList)
        prompts = [str(facts.get_option_at_index(i).prompt) for i in range(facts.option_count)]
        assert any(p.startswith("❝ Nasser Bourita") and "Africa has become a target" in p for p in prompts)


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
        await pilot.press("tab")
        await pilot.press("q")
    assert app.return_code == 0
