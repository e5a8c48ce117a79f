"""Saved searches: a name for a query, listed with how many articles it finds now."""

from __future__ import annotations

from reader.core.errors import ReaderError
from reader.core.sanitize import clean_line
from reader.core.search.query import parse_query
from reader.core.store import Store


def save_search(store: Store, name: str, query: str) -> None:
    """Save `query` under `name`, replacing a saved search of that name.

    Raises:
        QueryError: the query is malformed (nothing is saved).
        ReaderError: the name is empty.
    """
    name = clean_line(name)
    if not name:
        raise ReaderError("a saved search needs a name")
    query = clean_line(query)
    parse_query(query)
    with store.transaction():
        store.conn.execute(
            "INSERT INTO saved_searches (name, query) VALUES (?, ?) "
            "ON CONFLICT(name) DO UPDATE SET query = excluded.query",
            (name, query),
        )


def list_saved(store: Store, *, counts: bool = True) -> list[tuple[str, str, int]]:
    """Every saved search as `(name, query, count)`, by name; count is -1 when not asked for.

    A query that no longer parses (saved by another version) counts as -1.
    """
    from reader.core.search import QueryError, count

    saved = []
    for name, query in store.conn.execute(
        "SELECT name, query FROM saved_searches ORDER BY name COLLATE NOCASE"
    ):
        found = -1
        if counts:
            try:
                found = count(store, query)
            except QueryError:
                found = -1
        saved.append((name, query, found))
    return saved


def delete_saved(store: Store, name: str) -> bool:
    """Forget a saved search; False if there was none by that name."""
    with store.transaction():
        cursor = store.conn.execute("DELETE FROM saved_searches WHERE name = ?", (name,))
    return cursor.rowcount > 0
