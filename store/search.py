"""Full-text search over articles with FTS5: BM25 ranking, the title weighted above the body, and snippets."""

from __future__ import annotations

import re
from dataclasses import dataclass

import sqlite_utils


@dataclass(frozen=True)
class SearchHit:
    """One matching article with its rank and a snippet (matches wrapped in \x02...\x03)."""

    id: int
    title: str
    published: str | None
    source: str | None
    snippet: str
    rank: float


class SearchError(ValueError):
    """A query that cannot be run; the message is one line for the user."""


def _fts_query(query: str) -> str:
    words = re.findall(r"[\w'’-]+\*?", query)
    if not words:
        raise SearchError("nothing to search for")
    parts = []
    for word in words:
        prefix = word.endswith("*")
        word = word.rstrip("*").replace('"', "")
        parts.append(f'"{word}"' + ("*" if prefix else ""))
    return " ".join(parts)


def search_articles(db: sqlite_utils.Database, query: str, limit: int = 100, offset: int = 0) -> list[SearchHit]:
    """Articles matching every word of `query`, best first."""
    fts = _fts_query(query)
    sql = (
        "SELECT a.id, a.title, a.published, a.source,"
        " snippet(articles_fts, 1, char(2), char(3), '…', 16), bm25(articles_fts, 5.0, 1.0) AS rank"
        " FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid"
        " WHERE articles_fts MATCH ? ORDER BY rank LIMIT ? OFFSET ?"
    )
    try:
        rows = db.execute(sql, [fts, limit, offset]).fetchall()
    except Exception as error:
        raise SearchError(f"bad query: {error}") from None
    return [SearchHit(*row) for row in rows]
