"""A `factdesk import` killed with SIGKILL mid-way leaves a sound database of complete articles; rerunning adds the rest."""

from __future__ import annotations

import csv
import os
import signal
import sqlite3
import subprocess
import sys
import time

from extract.readers import read_paths

from conftest import ARTICLES, ROOT

COPIES = 2


def write_large_export(path) -> int:
    """A CSV of every fixture article twice over (titles numbered, bodies as they are); returns the row count."""
    articles = list(read_paths([ARTICLES]))
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["title", "date", "text"])
        for copy in range(1, COPIES + 1):
            for article in articles:
                writer.writerow([f"{article.title} (copy {copy})", article.published, article.body])
    return COPIES * len(articles)


def count_articles(db_path) -> int:
    try:
        with sqlite3.connect(f"file:{db_path}?mode=ro", uri=True, timeout=30) as conn:
            return conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    except sqlite3.OperationalError:  # not created yet
        return 0


def stored_counts(db_path) -> list[tuple[str, int, int]]:
    """Each stored article's body with how many mentions and facts are stored with it."""
    with sqlite3.connect(db_path) as conn:
        return conn.execute(
            "SELECT a.body, (SELECT count(*) FROM mentions m WHERE m.article_id = a.id),"
            " (SELECT count(*) FROM facts f WHERE f.article_id = a.id) FROM articles a").fetchall()


def test_sigkill_mid_import_leaves_only_complete_articles_and_a_rerun_finishes(tmp_path, fixtures_db_file):
    export = tmp_path / "export.csv"
    total = write_large_export(export)
    db = tmp_path / "desk.db"
    command = [os.path.join(os.path.dirname(sys.executable), "factdesk"), "import", str(export), "--db", str(db)]

    process = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 240  # a guard against hanging, not a timing assertion
    while count_articles(db) == 0 and process.poll() is None and time.monotonic() < deadline:
        time.sleep(0.02)
    process.send_signal(signal.SIGKILL)
    process.communicate()
    assert -signal.SIGKILL == process.returncode

    with sqlite3.connect(db) as conn:
        assert [("ok",)] == conn.execute("PRAGMA integrity_check").fetchall()
        assert [] == conn.execute("PRAGMA foreign_key_check").fetchall()
    killed_with = count_articles(db)
    assert 0 < killed_with < total, "the kill must land in the middle of the import"

    # Every stored article carries exactly the mentions and facts a whole import of the same text stores.
    reference = {body: (mentions, facts) for body, mentions, facts in stored_counts(fixtures_db_file)}
    survivors = stored_counts(db)
    assert [reference[body] for body, _, _ in survivors] == [(m, f) for _, m, f in survivors]

    rerun = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert 0 == rerun.returncode, rerun.stderr
    assert f"{total - killed_with} imported, {killed_with} already present, 0 failed" in rerun.stdout
    with sqlite3.connect(db) as conn:
        assert [("ok",)] == conn.execute("PRAGMA integrity_check").fetchall()
        titles = [row[0] for row in conn.execute("SELECT title FROM articles")]
    assert total == len(titles) == len(set(titles))
    everything = stored_counts(db)
    assert [reference[body] for body, _, _ in everything] == [(m, f) for _, m, f in everything]
