"""Opens the SQLite database with WAL and a busy timeout and brings its schema up to date."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import sqlite_utils

from store.schema import migrate

BUSY_TIMEOUT_MS = 30_000


def default_db_path() -> Path:
    """$FACTDESK_DB, else factdesk.db in the user's data folder."""
    if env := os.environ.get("FACTDESK_DB"):
        return Path(env)
    from platformdirs import user_data_path

    return user_data_path("factdesk", appauthor=False) / "factdesk.db"


def open_db(path: str | os.PathLike, *, check_same_thread: bool = True) -> sqlite_utils.Database:
    """Open (creating if needed) a factdesk database, migrated to the current schema."""
    path = Path(path)
    if path.parent and not path.parent.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=check_same_thread,
                           isolation_level=None)
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = NORMAL")
    conn.execute("PRAGMA foreign_keys = ON")
    db = sqlite_utils.Database(conn)
    migrate(db)
    return db
