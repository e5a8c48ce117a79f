"""The full-text index: one FTS5 row per article, and the word forms that search expands to.

`articles_fts` indexes the title and text with their content left in `articles` and
`blocks` (read through the `article_texts` view), so the text is stored once. Removing a
row needs the text it was indexed with, so `_unindex` runs before a title or text changes.
A query word is searched in every indexed form sharing its stem, found in the index's own
vocabulary at search time (see `reader.core.search.forms`).
"""

from __future__ import annotations

from reader.core.store.base import StoreBase


class IndexMixin(StoreBase):
    """Writing the full-text index."""

    def _index_row(self, article_id: int, title: str, body: str) -> None:
        """Index an article that has no row yet."""
        self._index_rows([(article_id, title, body)])

    def _index_rows(self, rows: list[tuple[int, str, str]]) -> None:
        """Index articles that have no row yet, from `(id, title, body)`."""
        self.conn.executemany(
            "INSERT INTO articles_fts (rowid, title, body) VALUES (?, ?, ?)", rows
        )

    def _unindex(self, article_id: int) -> None:
        """Remove an article's row, reading the text it was indexed with: call it before
        the title or the blocks change."""
        self.conn.execute(
            "INSERT INTO articles_fts (articles_fts, rowid, title, body) "
            "SELECT 'delete', id, title, body FROM article_texts WHERE id = ? "
            "AND EXISTS (SELECT 1 FROM articles_fts_docsize WHERE id = ?)",
            (article_id, article_id),
        )

    def reindex(self, article_id: int) -> None:
        """Rewrite one article's full-text row from its stored title and blocks."""
        with self.transaction():
            self._unindex(article_id)
            self._index_stored(article_id)

    def _index_stored(self, article_id: int) -> None:
        """Index an article that has no row, from its stored title and blocks."""
        self.conn.execute(
            "INSERT INTO articles_fts (rowid, title, body) "
            "SELECT id, title, body FROM article_texts WHERE id = ?",
            (article_id,),
        )
