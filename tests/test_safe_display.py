"""Hostile text (terminal escapes, OSC sequences, control characters, Rich markup) is shown literally by the CLI and the app."""

from __future__ import annotations

import os
import re
import subprocess
import sys

from textual.widgets import DataTable, Static

from tui.app import FactdeskApp
from tui.article_view import ArticleBody
from tui.styles import ENTITY_STYLES
from tui.safe import plain, safe_text

from conftest import ROOT

SIZE = (150, 45)
HOSTILE_TITLE = ("\x1b]0;pwned\x07[bold red]Breaking[/bold red] \x1b[31mmarkets\x1b[0m fall "
                 "[link=https://evil.example]click[/link]\x08\x08")
HOSTILE_BODY = ("Friday, January 4, 2019\n\nPresident Emmanuel Macron said on Friday\x07 that [bold]markup[/bold] and "
                "\x1b]8;;https://evil.example\x1b\\hidden links\x1b]8;;\x1b\\ stay literal.\x1b[2J\x1b[H\r"
                "\x1b]52;c;cm0gLXJmIH4=\x07The clipboard is left alone, \u202eevil\u202c too.\n")
SHOWN_TITLE = "[bold red]Breaking[/bold red] markets fall [link=https://evil.example]click[/link]"
HOSTILE_NAME = "report\x1b[5m[blink]\x07.txt"
# Any escape, bell, backspace, carriage return or other control character but newline and tab.
TERMINAL_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def factdesk(*args: str) -> subprocess.CompletedProcess:
    command = os.path.join(os.path.dirname(sys.executable), "factdesk")
    return subprocess.run([command, *args], capture_output=True, text=True, cwd=ROOT, timeout=300)


def hostile_import(tmp_path) -> tuple[str, subprocess.CompletedProcess]:
    folder = tmp_path / "inbox"
    folder.mkdir()
    (folder / HOSTILE_NAME).write_text(f"{HOSTILE_TITLE}\n\n{HOSTILE_BODY}", encoding="utf-8")
    (folder / ("empty\x1b[31m[red]" + ".txt")).write_bytes(b"")
    db = str(tmp_path / "hostile.db")
    return db, factdesk("import", str(folder), "--db", db)


def test_plain_and_safe_text_strip_sequences_and_keep_brackets():
    assert "[bold red]Breaking[/bold red] markets fall [link=https://evil.example]click[/link]" == plain(HOSTILE_TITLE)
    text = safe_text(HOSTILE_TITLE)
    assert (SHOWN_TITLE, []) == (text.plain, text.spans)
    assert "a b" == plain("a\rb", newlines=False)


def test_command_line_prints_hostile_names_and_titles_literally(tmp_path):
    db, imported = hostile_import(tmp_path)
    assert 1 == imported.returncode
    assert f"failed: {tmp_path}/inbox/empty[red].txt: empty file" in imported.stderr
    listings = [imported.stdout, imported.stderr]
    log = factdesk("log", "--db", db)
    facts = factdesk("facts", "--db", db)
    listings += [log.stdout, facts.stdout, factdesk("log", "--db", db, "--format", "csv").stdout]
    for output in listings:
        assert not TERMINAL_CONTROL.search(output), repr(TERMINAL_CONTROL.search(output))
    assert "report[blink].txt" in log.stdout.replace("\n", "").replace("│", "").replace(" ", "")
    assert "[bold" in facts.stdout and "Macron" in facts.stdout


async def test_app_draws_hostile_title_and_body_literally(tmp_path):
    db, _ = hostile_import(tmp_path)
    app = FactdeskApp(db_path=db)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        table = app.query_one("#articles", DataTable)
        assert 1 == table.row_count
        listed = app.export_screenshot()  # before the article opens, so only the list can show the title
        await pilot.press("enter")
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        title = str(app.query_one("#article-title", Static).render())
        body = app.query_one(ArticleBody)
        cell = table.get_row_at(0)[1]
    assert SHOWN_TITLE == title
    assert SHOWN_TITLE == str(cell)
    assert "that [bold]markup[/bold] and hidden links stay literal." in body.text
    assert not TERMINAL_CONTROL.search(body.text + title)
    # What the list draws: the brackets as characters; nothing in the body became a link.
    assert "[bold&#160;red]Breaking" in listed
    # The text is drawn as plain characters plus entity, mark and hit highlights, never as markup.
    assert set() == {name for line in body._highlights.values() for _, _, name in line} - {
        *(f"entity.{label}" for label in ENTITY_STYLES), "entity.other", "mark", "hit"}
