"""The full-text index: one FTS5 row per article, and the word forms that search expands to.

`articles_fts` indexes the title and text with their content left in `articles` and
`blocks` (read through the `article_texts` view), so the text is stored once. Removing a
row needs the text it was indexed with, so `_unindex` runs before a title or text changes.
`word_forms` gives each indexed word's stems; a query word is searched in every form that
shares its stem (see `reader.core.stemming`).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable

from reader.core.stemming import FORM_LANGUAGES, index_words, stem_language, stem_terms
from reader.core.store.base import StoreBase

_KNOWN_LIMIT = 500_000
"""Words remembered as already in `word_forms`, per language, before the memory is reset."""


class IndexMixin(StoreBase):
    """Writing the full-text index and the word forms."""

    def __init__(self, *args, **kwargs) -> None:
        self._known: dict[str, set[str]] = {}
        self._pending_terms: dict[str, set[str]] = {}
        super().__init__(*args, **kwargs)

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
        """Index an article that has no row, from its stored title and blocks, and give
        `word_forms` the words it lacks."""
        self.conn.execute(
            "INSERT INTO articles_fts (rowid, title, body) "
            "SELECT id, title, body FROM article_texts WHERE id = ?",
            (article_id,),
        )
        self._record_stored_words(article_id)

    def _record_stored_words(self, article_id: int) -> None:
        """Give `word_forms` the words of an article as stored, in its language."""
        row = self.conn.execute(
            "SELECT t.title, t.body, a.language FROM article_texts t "
            "JOIN articles a ON a.id = t.id WHERE t.id = ?",
            (article_id,),
        ).fetchone()
        if row is not None:
            title, body, language = row
            self._record_terms([(index_words(f"{title} {body or ''}".split()), language)])

    def record_words(self, terms: tuple[str, ...], languages: Iterable[str | None]) -> None:
        """Give `word_forms` index words (see `index_words`) from articles in `languages`."""
        self._record_terms((terms, language) for language in languages)

    def _record_terms(self, articles: Iterable[tuple[tuple[str, ...], str | None]]) -> None:
        """Give `word_forms` the words of articles (`(terms, language)`) it lacks.

        Words written by this connection are remembered once committed, so a refresh of
        thousands of articles looks up each distinct word once, not once per article.
        """
        wanted: dict[str, set[str]] = {}
        for terms, language in articles:
            for lang in dict.fromkeys((*FORM_LANGUAGES, stem_language(language))):
                wanted.setdefault(lang, set()).update(terms)
        for lang, terms in wanted.items():
            new = terms - self._known_terms(lang) - self._pending_terms.setdefault(lang, set())
            if not new:
                continue
            ordered = sorted(new)
            self.conn.executemany(
                "INSERT OR IGNORE INTO word_forms (lang, stem, term) VALUES (?, ?, ?)",
                zip([lang] * len(ordered), stem_terms(ordered, lang), ordered, strict=True),
            )
            self._pending_terms[lang] |= new

    def _known_terms(self, lang: str) -> set[str]:
        known = self._known.setdefault(lang, set())
        if len(known) > _KNOWN_LIMIT:
            known.clear()
        return known

    def _committed(self) -> None:
        super()._committed()
        for lang, terms in self._pending_terms.items():
            self._known_terms(lang).update(terms)
        self._pending_terms.clear()

    def _rolled_back(self) -> None:
        super()._rolled_back()
        self._pending_terms.clear()


def rebuild_word_forms(conn: sqlite3.Connection) -> int:
    """Refill `word_forms` from the words the index holds; returns how many rows it has."""
    conn.execute("DELETE FROM word_forms")
    conn.execute(
        "CREATE VIRTUAL TABLE IF NOT EXISTS temp.index_words "
        "USING fts5vocab(main, articles_fts, row)"
    )
    try:
        terms = [t for (t,) in conn.execute("SELECT term FROM temp.index_words") if not t.isdigit()]
    finally:
        conn.execute("DROP TABLE temp.index_words")
    languages = dict.fromkeys(FORM_LANGUAGES)
    for (language,) in conn.execute("SELECT DISTINCT language FROM articles"):
        languages[stem_language(language)] = None
    for lang in languages:
        conn.executemany(
            "INSERT OR IGNORE INTO word_forms (lang, stem, term) VALUES (?, ?, ?)",
            zip([lang] * len(terms), stem_terms(terms, lang), terms, strict=True),
        )
    return conn.execute("SELECT count(*) FROM word_forms").fetchone()[0]
