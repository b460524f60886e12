"""Builds large benchmark databases by copying an imported corpus, with its mentions and facts, many times over.

Running spaCy over 100,000 articles would take hours; the database the app and search read is the same shape
whether its rows came from spaCy or from copies, so copies of really imported articles stand in for them. Each
copy keeps its body (so entity and fact offsets stay right) and gets its own title, date and content hash.
"""

from __future__ import annotations

import hashlib
import sqlite3
from datetime import date, timedelta
from pathlib import Path

from store import open_db


def build_corpus_db(path: str | Path, n_articles: int, source_db: str | Path | None = None) -> Path:
    """A database of `n_articles` articles at `path`, copied from `source_db`; reused when already built."""
    path = Path(path)
    if path.exists() and _article_count(path) == n_articles:
        return path
    if source_db is None:
        raise ValueError("build_corpus_db needs a source database with imported articles to copy")
    for leftover in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
        leftover.unlink(missing_ok=True)
    building = path.with_name(path.name + ".building")
    building.unlink(missing_ok=True)
    open_db(building).close()
    conn = sqlite3.connect(building, isolation_level=None)
    # A scratch file, deleted if anything fails: no journal, so the copy is written once instead of twice.
    conn.execute("PRAGMA journal_mode = OFF")
    conn.execute("PRAGMA synchronous = OFF")
    conn.execute("ATTACH DATABASE ? AS src", [str(source_db)])
    conn.execute("BEGIN")
    conn.execute("INSERT INTO entities SELECT * FROM src.entities")
    conn.execute("INSERT INTO aliases SELECT * FROM src.aliases")
    sources = conn.execute("SELECT id, title, body, published, author, source, dateline, url, path, format,"
                           " imported_at, extractor_version FROM src.articles ORDER BY id").fetchall()
    fact_columns = ", ".join(f'"{row[1]}"' for row in conn.execute("PRAGMA src.table_info(facts)")
                             if row[1] not in ("id", "article_id"))
    conn.execute("CREATE TEMP TABLE copy_map (src_id INTEGER PRIMARY KEY, new_id INTEGER)")
    copy = 0
    made = 0
    while made < n_articles:
        batch = sources[: n_articles - made]
        conn.execute("DELETE FROM copy_map")
        for source_id, title, body, published, *rest in batch:
            copy_title = title if copy == 0 else f"{title} [{copy}]"
            sha = hashlib.sha256(copy_title.encode() + b"\x00" + body.encode()).hexdigest()
            new_id = conn.execute(
                "INSERT INTO articles (sha256, title, body, published, author, source, dateline, url, path, format,"
                " imported_at, extractor_version, starred) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)",
                [sha, copy_title, body, _earlier(published, copy), *rest]).lastrowid
            conn.execute("INSERT INTO copy_map VALUES (?, ?)", [source_id, new_id])
        conn.execute('INSERT INTO mentions (article_id, entity_id, start, "end", text)'
                     ' SELECT c.new_id, m.entity_id, m.start, m."end", m.text FROM src.mentions m'
                     " JOIN copy_map c ON c.src_id = m.article_id")
        conn.execute(f"INSERT INTO facts (article_id, {fact_columns}) SELECT c.new_id, {fact_columns}"
                     " FROM src.facts f JOIN copy_map c ON c.src_id = f.article_id")
        made += len(batch)
        copy += 1
    conn.execute("COMMIT")
    conn.execute("INSERT INTO articles_fts(articles_fts) VALUES('optimize')")
    conn.execute("INSERT INTO facts_fts(facts_fts) VALUES('optimize')")
    conn.execute("PRAGMA journal_mode = WAL")
    conn.close()
    building.replace(path)
    return path


def write_texts(db_path: str | Path, folder: str | Path) -> Path:
    """Write every article as `title\\n\\nbody` to its own file (1,000 per folder), for grep to search."""
    folder = Path(folder)
    done = folder / ".complete"
    if done.exists():
        return folder
    conn = sqlite3.connect(db_path)
    for article_id, title, body in conn.execute("SELECT id, title, body FROM articles ORDER BY id"):
        target = folder / f"{article_id // 1000:04d}" / f"{article_id}.txt"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(f"{title}\n\n{body}", encoding="utf-8")
    conn.close()
    done.write_text("")
    return folder


def _article_count(path: Path) -> int:
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            return conn.execute("SELECT count(*) FROM articles").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.Error:
        return -1


def _earlier(published: str | None, copy: int) -> str | None:
    # Spread the copies over the years before the originals, so the article list is not 342 identical days.
    if not published or not copy:
        return published
    try:
        return (date.fromisoformat(published[:10]) - timedelta(days=7 * copy)).isoformat()
    except ValueError:
        return published
