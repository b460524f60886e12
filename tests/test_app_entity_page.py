"""The entity page: from an entity in the text (enter or e) to its name, label, aliases, counts, monthly sparkline,
quotes, facts, companions and articles; each item opens with enter and escape goes back."""

from __future__ import annotations

from textual.widgets import OptionList, Sparkline, Static

from pilot_helpers import SIZE, open_row_with_title, option_texts, settle
from tui.app import FactdeskApp
from tui.article_view import ArticleBody
from tui.entity_screen import EntityScreen


async def open_trump_page(app, pilot) -> None:
    await settle(app, pilot)
    await open_row_with_title(app, pilot, "President Trump says")
    body = app.query_one(ArticleBody)
    await pilot.press("t")
    body.move_cursor(body.location_of(body.text.index("Donald Trump")))
    await pilot.press("enter")
    await settle(app, pilot)


def trump_in_the_entity_listing(db_path) -> tuple[dict, int]:
    """Donald Trump as the command line's entity listing counts him, and how many quotes name him speaker."""
    from store import open_db
    from store.queries import iter_entities, iter_facts

    db = open_db(db_path)
    trump = next(e for e in iter_entities(db, label="PERSON") if e["name"] == "Donald Trump")
    quotes = sum(1 for f in iter_facts(db, kind="quote") if f["speaker"] == "Donald Trump")
    db.close()
    return trump, quotes


async def test_enter_on_an_entity_opens_its_page(fixtures_db_file):
    trump, quote_count = trump_in_the_entity_listing(fixtures_db_file)
    app = FactdeskApp(db_path=str(fixtures_db_file))
    async with app.run_test(size=SIZE) as pilot:
        await open_trump_page(app, pilot)
        page = app.screen
        assert isinstance(page, EntityScreen)
        assert str(page.query_one("#entity-name", Static).render()).startswith("Donald Trump  PERSON")
        assert "Trump" in str(page.query_one("#entity-aliases", Static).render())
        expected = f"{trump['mentions']} mentions in {trump['articles']} articles"
        assert expected == str(page.query_one("#entity-counts", Static).render())
        assert [trump["mentions"]] == list(page.query_one("#entity-sparkline", Sparkline).data)  # all in 2019-01
        quotes = option_texts(page.query_one("#entity-quotes", OptionList))
        assert quote_count == len(quotes) and quote_count > 1 and all(q.startswith("❝ Donald Trump") for q in quotes)
        articles = option_texts(page.query_one("#entity-articles", OptionList))
        assert 3 == len(articles) and any("Germany bans Mahan Air" in a for a in articles)
        together = option_texts(page.query_one("#entity-together", OptionList))
        assert any(t.startswith("Nancy Pelosi") for t in together)


async def test_an_article_of_the_page_opens_with_enter_and_escape_goes_back(fixtures_db_file):
    app = FactdeskApp(db_path=str(fixtures_db_file))
    async with app.run_test(size=SIZE) as pilot:
        await open_trump_page(app, pilot)
        await pilot.press("escape")
        assert not isinstance(app.screen, EntityScreen)
        await pilot.press("e")
        await settle(app, pilot)
        page = app.screen
        assert isinstance(page, EntityScreen)
        articles = page.query_one("#entity-articles", OptionList)
        articles.focus()
        germany = next(i for i, text in enumerate(option_texts(articles)) if "Germany bans" in text)
        articles.highlighted = germany
        await pilot.press("enter")
        await settle(app, pilot)
        assert not isinstance(app.screen, EntityScreen)
        assert "Germany bans Mahan Air" in str(app.query_one("#article-title", Static).render())


async def test_a_companion_opens_its_own_page_and_a_quote_opens_its_sentence(fixtures_db_file):
    app = FactdeskApp(db_path=str(fixtures_db_file))
    async with app.run_test(size=SIZE) as pilot:
        await open_trump_page(app, pilot)
        together = app.screen.query_one("#entity-together", OptionList)
        together.focus()
        together.highlighted = next(i for i, t in enumerate(option_texts(together)) if t.startswith("Nancy Pelosi"))
        await pilot.press("enter")
        await settle(app, pilot)
        assert str(app.screen.query_one("#entity-name", Static).render()).startswith("Nancy Pelosi")
        await pilot.press("escape")
        quotes = app.screen.query_one("#entity-quotes", OptionList)
        quotes.focus()
        quote = app.screen.page["quotes"][0]
        await pilot.press("enter")
        await settle(app, pilot)
        body = app.query_one(ArticleBody)
        assert (quote["start"], quote["end"]) == body.mark
        assert app.article_id == quote["article_id"]
