"""Helpers shared by the app's Pilot tests: a fixed size, waiting for workers, and finding things on screen."""

from __future__ import annotations

from textual.widgets import DataTable, OptionList

SIZE = (150, 45)


async def settle(app, pilot) -> None:
    """Let every worker finish and the messages they posted be handled."""
    for _ in range(3):
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


async def palette_ready(pilot, text: str = "", timeout: float = 15.0) -> None:
    """Wait until the open palette's highlighted option contains `text` (its search runs asynchronously, slower
    on a loaded machine), instead of sleeping a fixed time."""
    import asyncio
    import time

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        await pilot.pause()
        options = pilot.app.screen.query("CommandList")
        if options:
            option_list = options.first()
            index = option_list.highlighted
            if index is not None and index < option_list.option_count:
                prompt = str(option_list.get_option_at_index(index).prompt)
                if text.casefold() in prompt.casefold():
                    return
        await asyncio.sleep(0.05)
    raise AssertionError(f"the palette never listed {text!r}")


async def run_command(pilot, name: str) -> None:
    """Open the command palette, type a command's name and run it."""
    await pilot.press("ctrl+p", *name)
    await palette_ready(pilot, name)
    await pilot.press("enter")
    await pilot.pause(0.3)


def option_texts(option_list: OptionList) -> list[str]:
    return [str(option_list.get_option_at_index(i).prompt) for i in range(option_list.option_count)]


def highlighted_names(body, start: int, end: int) -> set[str]:
    """The highlight names (entity.PERSON, mark, hit…) covering the body text from `start` to `end`."""
    row, column = body.location_of(start)
    line = body.document.lines[row]
    byte_start, byte_end = len(line[:column].encode()), len(line[:column + end - start].encode())
    return {name for first, last, name in body._highlights[row]
            if first <= byte_start and (last is None or byte_end <= last)}
