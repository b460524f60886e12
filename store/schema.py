"""The schema of DESIGN.md as ordered migrations, tracked with PRAGMA user_version."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import sqlite_utils

FACT_COLUMNS = {
    "speaker": str, "speaker_entity_id": int, "speaker_text": str, "cue": str, "content": str, "direct": int,
    "value": str, "unit": str, "text": str, "about": str, "change": str,
    "person": str, "role": str, "org": str,
    "subject": str, "verb": str, "object": str,
    "granularity": str,
}
FACT_SEARCH_COLUMNS = ["sentence", "content", "speaker", "text", "about", "person", "role", "org",
                       "subject", "verb", "object"]


def _initial(db: sqlite_utils.Database) -> None:
    db["articles"].create({
        "id": int, "sha256": str, "title": str, "body": str, "published": str, "author": str, "source": str,
        "dateline": str, "url": str, "path": str, "format": str, "imported_at": str,
        "extractor_version": str, "starred": int, "note": str,
    }, pk="id", not_null={"sha256", "title", "body"}, defaults={"starred": 0})
    db["articles"].create_index(["sha256"], unique=True)
    db["articles"].create_index(["published"])
    db["articles"].enable_fts(["title", "body"], create_triggers=True, tokenize="porter")

    db["entities"].create({"id": int, "name": str, "label": str, "norm": str}, pk="id",
                          not_null={"name", "label", "norm"})
    db["entities"].create_index(["label", "norm"], unique=True)
    db["entities"].create_index(["norm"])
    db["aliases"].create({"entity_id": int, "alias": str, "norm": str}, pk=("entity_id", "alias"),
                         foreign_keys=[("entity_id", "entities", "id")])
    db["aliases"].create_index(["norm"])

    db["mentions"].create({"id": int, "article_id": int, "entity_id": int, "start": int, "end": int, "text": str},
                          pk="id", foreign_keys=[("article_id", "articles", "id"), ("entity_id", "entities", "id")])
    db["mentions"].create_index(["article_id", "start"])
    db["mentions"].create_index(["entity_id", "article_id"])

    db["facts"].create({"id": int, "article_id": int, "kind": str, "start": int, "end": int, "sentence": str,
                        **FACT_COLUMNS}, pk="id", foreign_keys=[("article_id", "articles", "id")])
    db["facts"].create_index(["article_id", "start"])
    db["facts"].create_index(["kind"])
    db["facts"].create_index(["speaker"])
    db["facts"].enable_fts(FACT_SEARCH_COLUMNS, create_triggers=True, tokenize="porter")

    db["tags"].create({"article_id": int, "tag": str}, pk=("article_id", "tag"),
                      foreign_keys=[("article_id", "articles", "id")])
    db["corrections"].create({"id": int, "action": str, "label": str, "name": str, "new_label": str,
                              "target": str, "created_at": str}, pk="id")
    db["import_log"].create({"id": int, "path": str, "status": str, "message": str, "time": str}, pk="id")
    db["import_log"].create_index(["time"])


def _search(db: sqlite_utils.Database) -> None:
    """Indexes the search filters need, and saved searches."""
    # Filters on date, star, source and author read this small index instead of the wide article rows.
    db["articles"].create_index(["id", "published", "starred", "source", "author"], index_name="idx_articles_filters")
    db["mentions"].create_index(["article_id", "entity_id"])  # facets: who is named in these articles
    db["facts"].create_index(["article_id", "kind"])
    # speaker: and kind: read only these columns of the (wide) fact rows: covering indexes answer them.
    db["facts"].create_index(["speaker_entity_id", "kind", "article_id"])
    db["facts"].create_index(["speaker", "kind", "article_id"])
    db["facts"].create_index(["id", "kind", "article_id"])
    db.execute("CREATE INDEX IF NOT EXISTS idx_tags_tag_nocase ON tags (tag COLLATE NOCASE, article_id)")
    db["saved_searches"].create({"name": str, "query": str, "saved_at": str}, pk="name", not_null={"query"})


MIGRATIONS: list[Callable[[sqlite_utils.Database], None]] = [_initial, _search]


def migrate(db: sqlite_utils.Database) -> None:
    """Apply every migration newer than the database's user_version, each in its own transaction."""
    version = db.execute("PRAGMA user_version").fetchone()[0]
    for number, migration in enumerate(MIGRATIONS[version:], start=version + 1):
        with db.conn:
            db.execute("BEGIN IMMEDIATE")
            # Another process may have migrated while we waited for the write lock.
            if db.execute("PRAGMA user_version").fetchone()[0] >= number:
                continue
            migration(db)
            db.execute(f"PRAGMA user_version = {number}")


def schema_version(db: sqlite_utils.Database) -> int:
    return db.execute("PRAGMA user_version").fetchone()[0]
