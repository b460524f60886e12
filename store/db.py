"""Opens the SQLite database with WAL and a busy timeout and brings its schema up to date."""

from __future__ import annotations

import os
import sqlite3
import time
from pathlib import Path

from store.schema import migrate

BUSY_TIMEOUT_MS = 30_000


def default_db_path() -> Path:
    """$FACTDESK_DB, else factdesk.db in the user's data folder."""
    if env := os.environ.get("FACTDESK_DB"):
        return Path(env)
    from platformdirs import user_data_path

    return user_data_path("factdesk", appauthor=False) / "factdesk.db"


class Database:
    """A factdesk database: factdesk's own queries go straight to sqlite3; anything else (tables, FTS set-up,
    Datasette-style inspection) goes to a sqlite-utils Database over the same connection, imported on first use
    because sqlite-utils (with numpy) costs a quarter of a second that the app's start-up cannot spare."""

    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn
        self._utils = None

    def execute(self, sql: str, parameters=None) -> sqlite3.Cursor:
        return self.conn.execute(sql, parameters if parameters is not None else ())

    def close(self) -> None:
        self.conn.close()

    @property
    def utils(self):
        """The sqlite-utils view of this connection."""
        if self._utils is None:
            import sqlite_utils

            self._utils = sqlite_utils.Database(self.conn)
        return self._utils

    def __getitem__(self, table: str):
        return self.utils[table]

    def __getattr__(self, name: str):
        if name.startswith("__") or name == "_utils":
            raise AttributeError(name)
        return getattr(self.utils, name)


def open_db(path: str | os.PathLike, *, check_same_thread: bool = True) -> Database:
    """Open (creating if needed) a factdesk database, migrated to the current schema."""
    path = Path(path)
    if path.parent and not path.parent.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=check_same_thread,
                           isolation_level=None)
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA synchronous = NORMAL")
    conn.execute("PRAGMA foreign_keys = ON")
    _ensure_wal(conn)
    db = Database(conn)
    migrate(db)
    return db


def _ensure_wal(conn: sqlite3.Connection) -> None:
    """Switch a new database to WAL (the mode is kept in the file), retrying while another connection holds it:
    the switch needs the database to itself and SQLite's busy timeout does not cover it."""
    deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
    while conn.execute("PRAGMA journal_mode").fetchone()[0].lower() != "wal":
        try:
            conn.execute("PRAGMA journal_mode = WAL")
        except sqlite3.OperationalError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.05)
