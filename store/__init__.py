"""The SQLite store: the only layer that knows SQL (schema, migrations, writes and queries)."""

from store.db import open_db
from store.write import save_extraction, log_import, has_article

__all__ = ["open_db", "save_extraction", "log_import", "has_article"]
