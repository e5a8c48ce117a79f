"""Health checks of an archive: SQLite integrity, the full-text index, orphan rows.

`check` only reads; `repair` indexes the articles missing from the index (or rewrites the
whole index when it holds rows that do not match the archive) and deletes orphan rows, in one
transaction. Nothing the reader wrote (tags, annotations,
read state) is ever deleted by a repair unless its article is gone.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field

from reader.core.store import Store

ORPHAN_QUERIES = {
    "blocks": "SELECT id FROM blocks WHERE article_id NOT IN (SELECT id FROM articles)",
    "marks": "SELECT id FROM marks WHERE article_id NOT IN (SELECT id FROM articles)",
    "annotations": "SELECT id FROM annotations WHERE article_id NOT IN (SELECT id FROM articles)",
    "article_tags": (
        "SELECT article_id FROM article_tags WHERE article_id NOT IN (SELECT id FROM articles) "
        "OR tag_id NOT IN (SELECT id FROM tags)"
    ),
}
"""Rows whose parent is gone (possible only if foreign keys were off when it was deleted)."""


@dataclass
class Report:
    """What `check` found."""

    integrity: list[str] = field(default_factory=list)
    """Messages of `PRAGMA integrity_check` other than "ok"."""
    articles: int = 0
    """Articles in the archive."""
    articles_without_blocks: list[int] = field(default_factory=list)
    """Ids of articles that have no text."""
    missing_from_index: list[int] = field(default_factory=list)
    """Articles with no full-text row."""
    index_stale: bool = False
    """The index holds words that are not in the articles' titles and blocks."""
    extra_in_index: list[int] = field(default_factory=list)
    """Full-text rows for articles that no longer exist."""
    orphans: dict[str, int] = field(default_factory=dict)
    """Orphan rows per table."""

    @property
    def healthy(self) -> bool:
        """True when nothing needs repair."""
        return not (
            self.integrity
            or self.missing_from_index
            or self.index_stale
            or self.extra_in_index
            or any(self.orphans.values())
        )

    def lines(self) -> list[str]:
        """The report as short lines for the terminal."""
        out = [f"integrity: {'ok' if not self.integrity else '; '.join(self.integrity[:5])}"]
        out.append(f"articles: {self.articles}")
        if self.articles_without_blocks:
            out.append(f"articles without text: {len(self.articles_without_blocks)}")
        out.append(
            "full-text index: "
            + (
                "in sync"
                if not (self.missing_from_index or self.index_stale or self.extra_in_index)
                else f"{len(self.missing_from_index)} missing, {len(self.extra_in_index)} extra"
                + (", out of date" if self.index_stale else "")
            )
        )
        orphans = {k: v for k, v in self.orphans.items() if v}
        out.append(
            "orphan rows: "
            + (", ".join(f"{v} in {k}" for k, v in orphans.items()) if orphans else "none")
        )
        return out


def check(store: Store) -> Report:
    """Inspect the archive without changing it."""
    report = Report()
    report.integrity = [
        row[0] for row in store.conn.execute("PRAGMA integrity_check") if row[0] != "ok"
    ]
    report.articles = store.conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    report.articles_without_blocks = [
        r[0]
        for r in store.conn.execute(
            "SELECT id FROM articles a WHERE NOT EXISTS "
            "(SELECT 1 FROM blocks b WHERE b.article_id = a.id)"
        )
    ]
    report.missing_from_index = [
        r[0]
        for r in store.conn.execute(
            "SELECT id FROM articles WHERE id NOT IN (SELECT id FROM articles_fts_docsize)"
        )
    ]
    report.extra_in_index = [
        r[0]
        for r in store.conn.execute(
            "SELECT id FROM articles_fts_docsize WHERE id NOT IN (SELECT id FROM articles)"
        )
    ]
    if not (report.missing_from_index or report.extra_in_index):
        report.index_stale = not _index_matches_articles(store)
    report.orphans = {
        table: len(store.conn.execute(sql).fetchall()) for table, sql in ORPHAN_QUERIES.items()
    }
    return report


def _index_matches_articles(store: Store) -> bool:
    """FTS5's own check of every indexed word against the titles and blocks."""
    try:
        store.conn.execute(
            "INSERT INTO articles_fts (articles_fts, rank) VALUES ('integrity-check', 1)"
        )
    except sqlite3.DatabaseError:
        return False
    return True


def repair(store: Store, report: Report | None = None) -> Report:
    """Fix what `check` finds that can be fixed, then check again.

    Missing rows are added; an index with rows for deleted articles or out-of-date words is
    rewritten whole, since the text its rows were made from is gone.
    """
    report = report or check(store)
    with store.transaction():
        if report.extra_in_index or report.index_stale:
            _rebuild(store)
        else:
            for article_id in report.missing_from_index:
                store.reindex(article_id)
        store.conn.execute("DELETE FROM blocks WHERE article_id NOT IN (SELECT id FROM articles)")
        store.conn.execute("DELETE FROM marks WHERE article_id NOT IN (SELECT id FROM articles)")
        store.conn.execute(
            "DELETE FROM annotations WHERE article_id NOT IN (SELECT id FROM articles)"
        )
        store.conn.execute(
            "DELETE FROM article_tags WHERE article_id NOT IN (SELECT id FROM articles) "
            "OR tag_id NOT IN (SELECT id FROM tags)"
        )
    return check(store)


def rebuild_index(store: Store) -> int:
    """Rewrite the whole full-text index; returns the articles indexed."""
    with store.transaction():
        _rebuild(store)
    return store.conn.execute("SELECT count(*) FROM articles_fts_docsize").fetchone()[0]


def _rebuild(store: Store) -> None:
    store.conn.execute("INSERT INTO articles_fts (articles_fts) VALUES ('rebuild')")
