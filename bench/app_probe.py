"""Runs the real app headless on a database and records when its article list first shows rows.

Run as a child process (`python -m bench.app_probe DB RESULT_JSON`) so that start-up includes Python, the
imports and the first query, as a user launching `factdesk` would wait for them. It then opens the longest
article and waits until its highlights and facts are on screen, and writes the times and peak memory as JSON.
"""

from __future__ import annotations

import asyncio
import json
import resource
import sqlite3
import sys
import time

from textual.widgets import DataTable

from tui.app import FactdeskApp

POLL_SECONDS = 0.005


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


async def probe(db_path: str) -> dict:
    app = FactdeskApp(db_path=db_path)
    async with app.run_test(size=(160, 48)) as pilot:
        table = app.query_one(DataTable)
        while not table.row_count:
            await asyncio.sleep(POLL_SECONDS)
        await pilot.pause()
        first_rows_at = time.time()
        rss_at_first_screen = peak_rss_mb()

        longest_id, length, mentions, facts = _longest_article(db_path)
        started = time.perf_counter()
        app.load_article(longest_id)
        while getattr(app, "article_id", None) != longest_id:
            await asyncio.sleep(POLL_SECONDS)
        await pilot.pause()
        opened = time.perf_counter() - started
    return {"first_rows_at": first_rows_at, "rss_first_screen_mb": rss_at_first_screen,
            "open_longest_s": opened, "longest_chars": length, "mentions": mentions, "facts": facts,
            "peak_rss_mb": peak_rss_mb()}


def _longest_article(db_path: str) -> tuple[int, int, int, int]:
    conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    try:
        return conn.execute(
            "SELECT id, length(body), (SELECT count(*) FROM mentions WHERE article_id = a.id),"
            " (SELECT count(*) FROM facts WHERE article_id = a.id) FROM articles a ORDER BY length(body) DESC LIMIT 1"
        ).fetchone()
    finally:
        conn.close()


if __name__ == "__main__":
    result = asyncio.run(probe(sys.argv[1]))
    with open(sys.argv[2], "w", encoding="utf-8") as out:
        json.dump(result, out)
