"""Snapshot of the main screen at a fixed size, with the seed article open."""

from __future__ import annotations

from tui.app import FactdeskApp

SIZE = (140, 40)


def make_app(db_path) -> FactdeskApp:
    return FactdeskApp(db_path=str(db_path))


def test_main_screen_with_seed_open(snap_compare, fixtures_db_file):
    async def open_seed(pilot):
        app = pilot.app
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()

    assert snap_compare(make_app(fixtures_db_file), terminal_size=SIZE, run_before=open_seed)
