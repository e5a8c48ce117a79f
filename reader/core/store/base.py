"""The connection to the archive: opening, pragmas, migrations and transactions."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from reader.core.errors import ReaderError
from reader.core.schema import MIGRATIONS, SCHEMA_VERSION

if TYPE_CHECKING:
    import sqlite_utils

BUSY_TIMEOUT_MS = 30_000
"""How long a writer waits for another process's write to finish before giving up."""


class StoreError(ReaderError):
    """A problem with the archive file itself (not a database, newer schema, unwritable)."""


def default_db_path() -> Path:
    """`$READER_DB`, else `$XDG_DATA_HOME/reader/reader.db`, else under `~/.local/share`."""
    if env := os.environ.get("READER_DB"):
        return Path(env).expanduser()
    data_home = os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share"
    return Path(data_home) / "reader" / "reader.db"


def now_utc() -> datetime:
    """The current time, timezone-aware UTC, to the second."""
    return datetime.now(UTC).replace(microsecond=0)


def to_iso(moment: datetime | None) -> str | None:
    """A datetime as an ISO 8601 UTC string, as stored."""
    if moment is None:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).isoformat()


def from_iso(text: str | None) -> datetime | None:
    """A stored ISO string back as an aware datetime; `None` for empty or unreadable values."""
    if not text:
        return None
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


PAGE_SIZE = 16_384
"""Bytes per database page of a new archive (SQLite's default is 4,096)."""


class StoreBase:
    """Owns one SQLite connection to the archive; not to be shared across threads."""

    def __init__(self, path: str | Path, *, migrate: bool = True) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        try:
            conn = sqlite3.connect(
                self.path,
                timeout=BUSY_TIMEOUT_MS / 1000,
                isolation_level=None,
                check_same_thread=False,
            )
            conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            conn.execute("PRAGMA foreign_keys = ON")
            # Only a new archive takes it: articles are a few kB each, and 16 kB pages spare
            # them overflow chains (writing a refresh and searching are both faster).
            conn.execute(f"PRAGMA page_size = {PAGE_SIZE}")
            if conn.execute("PRAGMA journal_mode").fetchone()[0].lower() != "wal":
                conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = NORMAL")
        except sqlite3.DatabaseError as error:
            raise StoreError(f"{self.path}: not a reader archive ({error})") from error
        self.conn = conn
        self._db: sqlite_utils.Database | None = None
        if migrate:
            self.migrate()

    @property
    def db(self) -> sqlite_utils.Database:
        """sqlite-utils over the connection, made on first use: importing it costs a tenth
        of a second that reading (the app's first paint, `reader list`) need not pay."""
        if self._db is None:
            import sqlite_utils

            self._db = sqlite_utils.Database(self.conn)
        return self._db

    @property
    def schema_version(self) -> int:
        """The archive's `PRAGMA user_version`."""
        return self.conn.execute("PRAGMA user_version").fetchone()[0]

    def migrate(self) -> None:
        """Bring the schema up to `SCHEMA_VERSION`, one migration per transaction."""
        if self.schema_version > SCHEMA_VERSION:
            raise StoreError(
                f"{self.path}: made by a newer reader (schema {self.schema_version}, "
                f"this one knows {SCHEMA_VERSION})"
            )
        while self.schema_version < SCHEMA_VERSION:
            with self.transaction():
                # Another process may have migrated while we waited for the write lock.
                version = self.schema_version
                if version >= SCHEMA_VERSION:
                    break
                MIGRATIONS[version](self.conn)
                self.conn.execute(f"PRAGMA user_version = {version + 1}")

    @contextmanager
    def transaction(self, *, savepoint: bool = False) -> Iterator[sqlite3.Connection]:
        """Run a block as one write transaction.

        `BEGIN IMMEDIATE` takes the write lock up front, so two writers queue on the busy
        timeout instead of failing when a read transaction tries to upgrade. A nested call
        joins the outer transaction, which commits or rolls back the whole; with `savepoint`
        it can fail alone (a caller that catches the error keeps the rest). Savepoints are
        not free: the full-text index writes out what it holds at each one.
        """
        if self.conn.in_transaction and not savepoint:
            yield self.conn
            return
        if self.conn.in_transaction:
            self.conn.execute("SAVEPOINT nested")
            try:
                yield self.conn
            except BaseException:
                self.conn.execute("ROLLBACK TO SAVEPOINT nested")
                self.conn.execute("RELEASE SAVEPOINT nested")
                raise
            self.conn.execute("RELEASE SAVEPOINT nested")
            return
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self.conn
        except BaseException:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            raise
        self.conn.execute("COMMIT")

    def query(self, sql: str, params: tuple | list | dict = ()) -> list[dict]:
        """Rows of a read query as dicts."""
        cursor = self.conn.execute(sql, params)
        names = [d[0] for d in cursor.description or ()]
        return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]

    def close(self) -> None:
        """Close the connection."""
        self.conn.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc_info) -> None:
        self.close()
