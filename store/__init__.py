"""The SQLite store: the only layer that knows SQL (schema, migrations, writes and queries)."""

from store.db import open_db
from store.search import optimize_search_index
from store.write import SaveResult, has_article, log_import, save_extraction, save_extractions

__all__ = ["open_db", "save_extraction", "save_extractions", "SaveResult", "log_import", "has_article",
           "optimize_search_index"]
