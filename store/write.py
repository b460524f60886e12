"""Writes extracted articles atomically (article, entities, mentions, facts in one transaction) and the import log."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import TYPE_CHECKING

from extract.model import EXTRACTOR_VERSION, Extraction, normalise_name

if TYPE_CHECKING:
    import sqlite_utils


def now_iso() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def has_article(db: sqlite_utils.Database, sha256: str) -> bool:
    return db.execute("SELECT 1 FROM articles WHERE sha256 = ?", [sha256]).fetchone() is not None


@dataclass(frozen=True)
class SaveResult:
    """What happened to one article of a batch: its id and whether it was new, or why it was not stored."""

    article_id: int | None
    created: bool
    error: str | None = None


def save_extraction(db: sqlite_utils.Database, extraction: Extraction) -> tuple[int, bool]:
    """Store one article with everything extracted from it; returns (article id, whether it was new)."""
    with db.conn:
        db.execute("BEGIN IMMEDIATE")
        return _save_one(db, extraction)


def save_extractions(db: sqlite_utils.Database, extractions: Iterable[Extraction]) -> list[SaveResult]:
    """Store a batch of articles in one transaction, each still all-or-nothing (a savepoint per article).

    One commit per batch instead of one per article keeps the writer off the import's critical path; an article
    that fails to store is rolled back alone and reported, the rest of the batch is kept.
    """
    results = []
    with db.conn:
        db.execute("BEGIN IMMEDIATE")
        known: dict = {}
        for extraction in extractions:
            db.execute("SAVEPOINT article")
            try:
                article_id, created = _save_one(db, extraction, known)
            except sqlite3.Error as error:
                db.execute("ROLLBACK TO article")
                known.clear()  # it may name entities that the rollback just removed
                results.append(SaveResult(None, False, f"could not store: {error}"))
            else:
                results.append(SaveResult(article_id, created))
            db.execute("RELEASE article")
    return results


def _save_one(db: sqlite_utils.Database, extraction: Extraction, known: dict | None = None) -> tuple[int, bool]:
    article = extraction.article
    sha = article.sha256
    existing = db.execute("SELECT id FROM articles WHERE sha256 = ?", [sha]).fetchone()
    if existing:
        return existing[0], False
    cursor = db.execute(
        "INSERT INTO articles (sha256, title, body, published, author, source, dateline, url, path, format,"
        " imported_at, extractor_version, starred) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)",
        [sha, article.title, article.body, article.published, article.author, article.source,
         article.dateline, article.url, article.path, article.format, now_iso(), EXTRACTOR_VERSION],
    )
    article_id = cursor.lastrowid
    _write_body_extraction(db, article_id, extraction, known)
    return article_id, True


def replace_extraction(db: sqlite_utils.Database, article_id: int, extraction: Extraction) -> None:
    """Swap an article's mentions and facts for a fresh extraction in one transaction (readers see old or new)."""
    with db.conn:
        db.execute("BEGIN IMMEDIATE")
        db.execute("DELETE FROM mentions WHERE article_id = ?", [article_id])
        db.execute("DELETE FROM facts WHERE article_id = ?", [article_id])
        db.execute("UPDATE articles SET extractor_version = ? WHERE id = ?", [EXTRACTOR_VERSION, article_id])
        _write_body_extraction(db, article_id, extraction)


def _entity_id(db: sqlite_utils.Database, cache: dict, label: str, name: str, known: dict | None = None) -> int:
    key = (label, normalise_name(name))
    if key in cache:
        return cache[key]
    if known is not None and key in known:
        cache[key] = known[key]
        return cache[key]
    row = db.execute("SELECT id FROM entities WHERE label = ? AND norm = ?", key).fetchone()
    if row is None:
        row = (db.execute("INSERT INTO entities (name, label, norm) VALUES (?, ?, ?)", [name, label, key[1]]).lastrowid,)
    cache[key] = row[0]
    if known is not None:
        known[key] = row[0]
    return row[0]


def _write_body_extraction(db: sqlite_utils.Database, article_id: int, extraction: Extraction,
                           known: dict | None = None) -> None:
    cache: dict = {}  # this article's entities; `known` remembers ids across a batch
    mention_rows = []
    for mention in extraction.mentions:
        entity_id = _entity_id(db, cache, mention.label, mention.canonical, known)
        mention_rows.append((article_id, entity_id, mention.start, mention.end, mention.text))
    db.conn.executemany(
        'INSERT INTO mentions (article_id, entity_id, start, "end", text) VALUES (?, ?, ?, ?, ?)', mention_rows)
    alias_rows = []
    for (label, name), aliases in extraction.aliases.items():
        entity_id = _entity_id(db, cache, label, name, known)
        alias_rows.extend((entity_id, alias, normalise_name(alias)) for alias in sorted(aliases))
    db.conn.executemany("INSERT OR IGNORE INTO aliases (entity_id, alias, norm) VALUES (?, ?, ?)", alias_rows)

    speaker_ids = {key[1]: value for key, value in cache.items()}
    fact_rows = []
    for fact in extraction.facts:
        fields = dict(fact.fields)
        if "direct" in fields and fields["direct"] is not None:
            fields["direct"] = int(bool(fields["direct"]))
        if fact.kind == "quote" and fields.get("speaker"):
            fields["speaker_entity_id"] = speaker_ids.get(normalise_name(fields["speaker"]))
        fact_rows.append({"article_id": article_id, "kind": fact.kind, "start": fact.start, "end": fact.end,
                          "sentence": fact.sentence, **fields})
    if fact_rows:
        columns = sorted({column for row in fact_rows for column in row})
        placeholders = ", ".join("?" for _ in columns)
        quoted = ", ".join(f'"{column}"' for column in columns)
        db.conn.executemany(f"INSERT INTO facts ({quoted}) VALUES ({placeholders})",
                            [[row.get(column) for column in columns] for row in fact_rows])


def log_import(db: sqlite_utils.Database, path: str, status: str, message: str = "") -> None:
    """Record what happened to one file (imported, present, failed)."""
    with db.conn:
        db.execute("INSERT INTO import_log (path, status, message, time) VALUES (?, ?, ?, ?)",
                   [path, status, message, now_iso()])


def set_starred(db: sqlite_utils.Database, article_id: int, starred: bool) -> None:
    """Star or unstar an article (the search language's `starred` finds the starred ones)."""
    with db.conn:
        db.execute("UPDATE articles SET starred = ? WHERE id = ?", [int(starred), article_id])


def set_tags(db: sqlite_utils.Database, article_id: int, add: list[str], remove: list[str] = ()) -> list[str]:
    """Add and remove tags of an article in one transaction; returns its tags afterwards, sorted."""
    with db.conn:
        db.execute("BEGIN IMMEDIATE")
        for tag in remove:
            db.execute("DELETE FROM tags WHERE article_id = ? AND lower(tag) = lower(?)", [article_id, tag])
        for tag in add:
            db.execute("INSERT OR IGNORE INTO tags (article_id, tag) VALUES (?, ?)", [article_id, tag])
        rows = db.execute("SELECT tag FROM tags WHERE article_id = ? ORDER BY lower(tag)", [article_id]).fetchall()
    return [row[0] for row in rows]


def set_note(db: sqlite_utils.Database, article_id: int, note: str | None) -> None:
    """Replace an article's note (None or empty clears it)."""
    with db.conn:
        db.execute("UPDATE articles SET note = ? WHERE id = ?", [note or None, article_id])
