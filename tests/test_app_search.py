"""Search in the app: live results with a highlighted snippet, count and time, filters, facets that narrow the query,
paging on demand, saved searches from the palette, and a bad query that keeps the last results."""

from __future__ import annotations

import re

from rich.text import Text
from textual.widgets import DataTable, Input, OptionList

from pilot_helpers import SIZE, highlighted_names, open_row_with_title, palette_ready, run_command, settle
from store import open_db
from store.search import list_saved_searches
from tui.app import SEARCH_PAGE_SIZE, FactdeskApp
from tui.article_view import ArticleBody
from tui.search_panes import FacetList, FacetStrip, HitPreview
from tui.styles import HIT_STYLE, MATCH_MARK
from tui.text_prompt import TextPrompt

TRUMP_ARTICLES = ["President Trump says", "Nancy Pelosi again elected", "Senator Ted Cruz", "Germany bans Mahan Air"]


async def type_query(app, pilot, text: str) -> None:
    await pilot.press("slash")
    app.query_one("#search", Input).value = ""
    await pilot.press(*text)
    await pilot.pause(0.3)  # past the debounce
    await settle(app, pilot)


def titles(app) -> list[str]:
    table = app.query_one("#articles", DataTable)
    return [str(table.get_row_at(index)[1]) for index in range(table.row_count)]


def starts(found: list[str], expected: list[str]) -> list[str]:
    """The expected title beginnings, in the order they were found."""
    return [prefix for title in found for prefix in expected if title.startswith(prefix)]


def highlighted(text: Text) -> list[str]:
    return [text.plain[span.start:span.end] for span in text.spans if span.style == HIT_STYLE]


async def test_typing_shows_the_hits_with_a_highlighted_snippet_the_count_and_the_time(fixtures_db_file):
    app = FactdeskApp(db_path=str(fixtures_db_file))
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        assert not app.query_one(HitPreview).display
        await type_query(app, pilot, "terrorist")
        table = app.query_one("#articles", DataTable)
        assert titles(app)[0].startswith("Morocco calls for")
        assert re.fullmatch(rf"{table.row_count} results in \d+ ms", str(table.border_subtitle))
        assert f"Results ({table.row_count})" == table.border_title
        preview = app.query_one(HitPreview)
        assert preview.display
        shown = preview.content
        assert shown.plain.startswith("Morocco calls for")
        assert highlighted(shown) and all(word.lower() == "terrorist" for word in highlighted(shown))


async def test_a_filter_narrows_the_results(fixtures_db_file):
    app = FactdeskApp(db_path=str(fixtures_db_file))
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await type_query(app, pilot, "person:Trump")
        assert sorted(TRUMP_ARTICLES) == sorted(starts(titles(app), TRUMP_ARTICLES))
        assert 4 == len(titles(app))
        await pilot.press(*" emergency")
        await pilot.pause(0.3)
        await settle(app, pilot)
        assert ["President Trump says"] == starts(titles(app), TRUMP_ARTICLES)
        assert 1 == len(titles(app))


async def test_choosing_a_facet_adds_its_filter_and_narrows_the_results(fixtures_db_file):
    app = FactdeskApp(db_path=str(fixtures_db_file))
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        assert not app.query_one(FacetStrip).display
        await type_query(app, pilot, "trump")
        assert 4 == len(titles(app))
        strip = app.query_one(FacetStrip)
        assert strip.display
        people = app.query_one("#facet-person", FacetList)
        assert "Donald Trump" == people.names[0]
        assert "Congress" in app.query_one("#facet-org", FacetList).names
        assert "United States" in app.query_one("#facet-place", FacetList).names
        await pilot.press("enter")  # back to the list
        await pilot.press("F")
        assert app.focused is people
        await pilot.press(*["down"] * people.names.index("Nancy Pelosi"), "enter")
        await pilot.pause(0.3)
        await settle(app, pilot)
        assert 'trump person:"Nancy Pelosi"' == app.query_one("#search", Input).value
        assert ["Nancy Pelosi again elected", "President Trump says"] == sorted(starts(titles(app), TRUMP_ARTICLES))
        assert 2 == len(titles(app))
        await pilot.press("right")
        assert app.focused is app.query_one("#facet-org", FacetList)
        await pilot.press("F")  # hides the strip, back to the results
        assert not strip.display
        assert app.focused is app.query_one("#articles", DataTable)


async def test_opening_a_hit_puts_its_matching_facts_first_and_highlights_the_matched_forms(fixtures_db_file):
    app = FactdeskApp(db_path=str(fixtures_db_file))
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await type_query(app, pilot, "kind:quote africa")
        await open_row_with_title(app, pilot, "Morocco calls for")
        facts = app.query_one("#facts", OptionList)
        marked = [index for index in range(facts.option_count)
                  if str(facts.get_option_at_index(index).prompt).startswith(MATCH_MARK)]
        assert marked and marked == list(range(len(marked)))
        assert all("quote" == app.facts[index]["kind"] for index in marked)
        assert all("africa" in app.facts[index]["sentence"].lower() for index in marked)
        assert f"{MATCH_MARK} {len(marked)} match the search" == str(facts.border_subtitle)

        await type_query(app, pilot, "attack")  # stemmed: the article says "attacks"
        body = app.query_one(ArticleBody)
        attacks = body.text.index("attacks")
        assert "hit" in highlighted_names(body, attacks, attacks + len("attacks"))


async def test_more_results_load_only_when_the_cursor_nears_the_end(fixtures_db_copy):
    from extract.model import Article, Extraction
    from store.write import save_extractions

    db = open_db(fixtures_db_copy)
    save_extractions(db, [Extraction(Article(title=f"Harbour bulletin {number}", published=f"2020-01-{number % 28 + 1:02d}",
                                             body=f"The zephyrine tide report number {number} for the harbour."))
                          for number in range(120)])
    db.close()
    app = FactdeskApp(db_path=str(fixtures_db_copy))
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await type_query(app, pilot, "zephyrine")
        table = app.query_one("#articles", DataTable)
        assert SEARCH_PAGE_SIZE == table.row_count
        assert "Results (120)" == table.border_title
        table.focus()
        table.move_cursor(row=20)
        await settle(app, pilot)
        assert SEARCH_PAGE_SIZE == table.row_count
        await pilot.press("ctrl+end")
        await settle(app, pilot)
        assert 2 * SEARCH_PAGE_SIZE == table.row_count
        await pilot.press("ctrl+end")
        await settle(app, pilot)
        assert 120 == table.row_count
        assert 120 == len({str(table.get_row_at(index)[1]) for index in range(table.row_count)})


async def test_a_search_is_saved_run_and_deleted_from_the_palette(fixtures_db_copy):
    app = FactdeskApp(db_path=str(fixtures_db_copy))
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await type_query(app, pilot, "person:Trump emergency")
        await run_command(pilot, "Save search")
        assert isinstance(app.screen, TextPrompt)
        field = app.screen.query_one("#prompt-input", Input)
        assert "person:Trump emergency" == field.value  # the default name is the query
        field.value = "wall money"
        await pilot.press("enter")
        await settle(app, pilot)
        db = open_db(fixtures_db_copy)
        assert [("wall money", "person:Trump emergency")] == [(s["name"], s["query"]) for s in list_saved_searches(db)]

        await type_query(app, pilot, "fire")
        assert 1 < len(titles(app))
        await run_command(pilot, "Saved searches")
        await pilot.press(*"wall")
        await palette_ready(pilot, "wall")
        await pilot.press("enter")
        await pilot.pause(0.3)
        await settle(app, pilot)
        assert "person:Trump emergency" == app.query_one("#search", Input).value
        assert ["President Trump says"] == starts(titles(app), TRUMP_ARTICLES)
        assert 1 == len(titles(app))

        await run_command(pilot, "Delete saved search")
        await pilot.press(*"wall")
        await palette_ready(pilot, "wall")
        await pilot.press("enter")
        await settle(app, pilot)
        assert [] == list_saved_searches(db)
        db.close()


async def test_a_bad_query_keeps_the_results_and_says_what_is_wrong(fixtures_db_file):
    app = FactdeskApp(db_path=str(fixtures_db_file))
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await type_query(app, pilot, "trump")
        before = titles(app)
        await pilot.press(*' "wall')
        await pilot.pause(0.3)
        await settle(app, pilot)
        search = app.query_one("#search", Input)
        assert search.has_class("-invalid")
        assert "quote" in str(search.border_subtitle).lower()
        assert before == titles(app)
        await pilot.press('"')
        await pilot.pause(0.3)
        await settle(app, pilot)
        assert not search.has_class("-invalid")
        assert ["Nancy Pelosi again elected", "President Trump says"] == sorted(starts(titles(app), TRUMP_ARTICLES))
        assert 2 == len(titles(app))
