"""Snapshots at a fixed size: the main screen with the seed open and with a search active, an entity page, the palette."""

from __future__ import annotations

import re

from textual.widgets import Input

from tui.app import FactdeskApp
from tui.article_view import ArticleBody

SIZE = (140, 40)


def make_app(db_path) -> FactdeskApp:
    return FactdeskApp(db_path=str(db_path))


async def settle(pilot) -> None:
    for _ in range(3):
        await pilot.pause()
        await pilot.app.workers.wait_for_complete()
    await pilot.pause()


async def open_seed(pilot) -> None:
    await settle(pilot)
    await pilot.press("enter")
    await settle(pilot)


def test_main_screen_with_seed_open(snap_compare, fixtures_db_file):
    assert snap_compare(make_app(fixtures_db_file), terminal_size=SIZE, run_before=open_seed)


def test_entity_page_of_nasser_bourita(snap_compare, fixtures_db_file):
    async def open_bourita(pilot):
        await open_seed(pilot)
        body = pilot.app.query_one(ArticleBody)
        await pilot.press("t")
        body.move_cursor(body.location_of(body.text.index("Nasser Bourita")))
        await pilot.press("e")
        await settle(pilot)

    assert snap_compare(make_app(fixtures_db_file), terminal_size=SIZE, run_before=open_bourita)


def test_command_palette_lists_the_commands(snap_compare, fixtures_db_file):
    async def open_palette(pilot):
        await open_seed(pilot)
        await pilot.press("ctrl+p")
        await settle(pilot)
        pilot.app.screen.query_one(Input).cursor_blink = False  # a blinking cursor differs from run to run

    assert snap_compare(make_app(fixtures_db_file), terminal_size=SIZE, run_before=open_palette)


def test_main_screen_with_a_search_active(snap_compare, fixtures_db_file):
    async def search_trump(pilot):
        await settle(pilot)
        await pilot.press("slash", *"trump")
        await pilot.pause(0.3)
        await settle(pilot)
        await pilot.press("enter", "down", "enter")
        await settle(pilot)
        table = pilot.app.query_one("#articles")
        # The time a query takes differs from run to run; the snapshot keeps the count and the wording.
        table.border_subtitle = re.sub(r"in \d+ ms", "in 1 ms", str(table.border_subtitle))

    assert snap_compare(make_app(fixtures_db_file), terminal_size=SIZE, run_before=search_trump)
