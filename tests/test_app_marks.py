"""Starring, tagging and noting an article in the app, and finding it again with `starred` and `tag:`."""

from __future__ import annotations

from textual.widgets import Static

from store import open_db
from store.search import search
from tui.app import FactdeskApp

from pilot_helpers import SIZE, run_command, settle


async def open_first_article(app, pilot) -> int:
    await settle(app, pilot)
    await pilot.press("enter")
    await settle(app, pilot)
    return app.article_id


async def test_s_stars_the_open_article_and_starred_finds_it(fixtures_db_copy):
    app = FactdeskApp(db_path=str(fixtures_db_copy))
    async with app.run_test(size=SIZE) as pilot:
        article_id = await open_first_article(app, pilot)
        await pilot.press("s")
        await settle(app, pilot)
        assert str(app.query_one("#article-meta", Static).render()).startswith("★ ")
    db = open_db(fixtures_db_copy)
    assert [article_id] == [hit.id for hit in search(db, "starred").hits]


async def test_pressing_s_again_removes_the_star(fixtures_db_copy):
    app = FactdeskApp(db_path=str(fixtures_db_copy))
    async with app.run_test(size=SIZE) as pilot:
        await open_first_article(app, pilot)
        await pilot.press("s")
        await settle(app, pilot)
        await pilot.press("s")
        await settle(app, pilot)
        assert "★" not in str(app.query_one("#article-meta", Static).render())
    assert [] == search(open_db(fixtures_db_copy), "starred").hits


async def test_tags_and_a_note_from_the_palette(fixtures_db_copy):
    app = FactdeskApp(db_path=str(fixtures_db_copy))
    async with app.run_test(size=SIZE) as pilot:
        article_id = await open_first_article(app, pilot)
        await run_command(pilot, "Tag article")
        await pilot.press(*"sahel terrorism", "enter")
        await settle(app, pilot)
        await run_command(pilot, "Tag article")
        await pilot.press(*"-terrorism", "enter")
        await settle(app, pilot)
        await run_command(pilot, "Note")
        await pilot.press(*"check the 4,250 figure", "enter")
        await settle(app, pilot)
        meta = str(app.query_one("#article-meta", Static).render())
        assert "#sahel" in meta and "#terrorism" not in meta
        assert "✎ check the 4,250 figure" in meta
    db = open_db(fixtures_db_copy)
    assert [article_id] == [hit.id for hit in search(db, "tag:sahel").hits]
    assert [] == search(db, "tag:terrorism").hits
