"""The app's narrow boundary to the store: one connection per worker thread, typed results, no SQL here."""

from __future__ import annotations

import csv
import json
import threading
from pathlib import Path
from typing import Any

from store import open_db
from store import queries
from store import write
from store import search as searching


class Library:
    """What the app asks of the database; every method runs inside a worker thread."""

    def __init__(self, db_path: str):
        self.db_path = db_path
        self._local = threading.local()
        self._nlp = None
        self._nlp_lock = threading.Lock()

    @property
    def db(self):
        db = getattr(self._local, "db", None)
        if db is None:
            db = open_db(self.db_path, check_same_thread=False)
            self._local.db = db
        return db

    # ---- articles -----------------------------------------------------------------------

    def count_articles(self) -> int:
        return queries.count_articles(self.db)

    def list_articles(self, offset: int, limit: int) -> list[queries.ArticleSummary]:
        return queries.list_articles(self.db, offset, limit)

    def search(self, query: str, limit: int = 50, offset: int = 0) -> searching.SearchResults:
        """One page of results for a search-language query; raises searching.SearchError for a bad query."""
        return searching.search(self.db, query, limit=limit, offset=offset)

    def facets(self, query: str, limit: int = 10) -> dict[str, list[tuple[str, int]]]:
        return searching.facets(self.db, query, limit=limit)

    def saved_searches(self) -> list[dict[str, str]]:
        return searching.list_saved_searches(self.db)

    def save_search(self, name: str, query: str) -> None:
        """Save (or replace) a named query; raises searching.SearchError for a bad query or an empty name."""
        searching.save_search(self.db, name, query)

    def delete_saved_search(self, name: str) -> bool:
        return searching.delete_saved_search(self.db, name)

    def search_titles(self, text: str, limit: int = 20) -> list[queries.ArticleSummary]:
        return queries.search_titles(self.db, text, limit)

    def article(self, article_id: int) -> dict[str, Any] | None:
        return queries.get_article(self.db, article_id)

    def set_starred(self, article_id: int, starred: bool) -> None:
        write.set_starred(self.db, article_id, starred)

    def set_tags(self, article_id: int, add: list[str], remove: list[str]) -> list[str]:
        return write.set_tags(self.db, article_id, add, remove)

    def set_note(self, article_id: int, note: str | None) -> None:
        write.set_note(self.db, article_id, note)

    def mentions(self, article_id: int) -> list[dict[str, Any]]:
        return queries.article_mentions(self.db, article_id)

    def facts(self, article_id: int) -> list[dict[str, Any]]:
        return queries.article_facts(self.db, article_id)

    # ---- entities -----------------------------------------------------------------------

    def labels(self) -> list[str]:
        return queries.list_labels(self.db)

    def search_entities(self, text: str, limit: int = 20) -> list[dict[str, Any]]:
        return queries.search_entities(self.db, text, limit)

    def entity_page(self, entity_id: int) -> dict[str, Any] | None:
        """Everything the entity page shows, each list bounded."""
        profile = queries.entity_profile(self.db, entity_id)
        if profile is None:
            return None
        return {
            **profile,
            "by_month": queries.entity_mentions_by_month(self.db, entity_id),
            "together": queries.co_occurring_entities(self.db, entity_id),
            "quotes": queries.entity_quotes(self.db, entity_id),
            "facts": queries.entity_facts(self.db, entity_id),
            "article_list": queries.entity_articles(self.db, entity_id, 0, 200),
        }

    def import_log(self, limit: int = 200) -> list[dict[str, Any]]:
        return list(queries.iter_import_log(self.db, limit))

    # ---- work that needs spaCy (loaded here, in the worker, only when asked) -------------

    def import_paths(self, paths: list[str], progress) -> Any:
        from tui.importing import import_paths

        return import_paths(self.db, paths, nlp=self._nlp, progress=progress)

    def reextract(self, article_id: int) -> tuple[int, int]:
        """Re-run extraction on a stored article and replace its mentions and facts; returns their new counts."""
        from extract.model import Article
        from extract.pipeline import Extractor
        from store.write import replace_extraction

        row = queries.get_article(self.db, article_id)
        if row is None:
            raise LookupError(f"article {article_id} is gone")
        article = Article(**{name: row[name] for name in ("title", "body", "published", "author", "source",
                                                           "dateline", "url", "path", "format")})
        extraction = Extractor(self._model()).extract(article)
        replace_extraction(self.db, article_id, extraction)
        return len(extraction.mentions), len(extraction.facts)

    def _model(self):
        with self._nlp_lock:
            if self._nlp is None:
                from extract.nlp import load_model

                self._nlp = load_model()
            return self._nlp

    # ---- export -------------------------------------------------------------------------

    def export_facts(self, path: str) -> int:
        """Write every fact with its article to `path`: CSV when it ends in .csv, else JSON lines."""
        from tui.output import _flatten

        target = Path(path).expanduser()
        rows = queries.iter_facts(self.db)
        count = 0
        with target.open("w", encoding="utf-8", newline="") as out:
            if target.suffix.lower() == ".csv":
                writer = None
                for row in rows:
                    flat = _flatten(row)
                    if writer is None:
                        fields = ["id", "kind", "article_id", "start", "end", "sentence", "speaker", "speaker_text",
                                  "cue", "content", "direct", "value", "unit", "text", "about", "change", "person",
                                  "role", "org", "subject", "verb", "object", "granularity", "article_id",
                                  "article_title", "article_published", "article_url", "article_path"]
                        writer = csv.DictWriter(out, fieldnames=list(dict.fromkeys(fields)), extrasaction="ignore")
                        writer.writeheader()
                    writer.writerow(flat)
                    count += 1
            else:
                for row in rows:
                    out.write(json.dumps(row, ensure_ascii=False) + "\n")
                    count += 1
        return count
