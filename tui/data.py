"""The app's narrow boundary to the store: one connection per worker thread, typed results, no SQL here."""

from __future__ import annotations

import threading
from typing import Any

from store import open_db
from store import queries
from store import search as searching


class Library:
    """What the app asks of the database; every method runs inside a worker thread."""

    def __init__(self, db_path: str):
        self.db_path = db_path
        self._local = threading.local()

    @property
    def db(self):
        db = getattr(self._local, "db", None)
        if db is None:
            db = open_db(self.db_path, check_same_thread=False)
            self._local.db = db
        return db

    def count_articles(self) -> int:
        return queries.count_articles(self.db)

    def list_articles(self, offset: int, limit: int) -> list[queries.ArticleSummary]:
        return queries.list_articles(self.db, offset, limit)

    def search(self, query: str, limit: int = 200, offset: int = 0) -> searching.SearchResults:
        """One page of results for a search-language query; raises searching.SearchError for a bad query."""
        return searching.search(self.db, query, limit=limit, offset=offset)

    def facets(self, query: str, limit: int = 10) -> dict[str, list[tuple[str, int]]]:
        return searching.facets(self.db, query, limit=limit)

    def article(self, article_id: int) -> dict[str, Any] | None:
        return queries.get_article(self.db, article_id)

    def mentions(self, article_id: int) -> list[dict[str, Any]]:
        return queries.article_mentions(self.db, article_id)

    def facts(self, article_id: int) -> list[dict[str, Any]]:
        return queries.article_facts(self.db, article_id)
