"""Health checks of an archive: SQLite integrity, the full-text index, orphan rows.

`check` only reads; `repair` rebuilds the index rows that are missing, stale or extra and
deletes orphan rows, each in one transaction. Nothing the reader wrote (tags, annotations,
read state) is ever deleted by a repair unless its article is gone.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from reader.core.store import Store, body_text

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
    stale_in_index: list[int] = field(default_factory=list)
    """Articles whose full-text row does not match their title and blocks."""
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
            or self.stale_in_index
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
                if not (self.missing_from_index or self.stale_in_index or self.extra_in_index)
                else f"{len(self.missing_from_index)} missing, {len(self.stale_in_index)} stale, "
                f"{len(self.extra_in_index)} extra"
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
    indexed = {
        rowid: (title, body)
        for rowid, title, body in store.conn.execute("SELECT rowid, title, body FROM articles_fts")
    }
    for article_id, title in store.conn.execute("SELECT id, title FROM articles"):
        row = indexed.pop(article_id, None)
        if row is None:
            report.missing_from_index.append(article_id)
        elif row != (title, body_text(store.get_blocks(article_id, with_marks=False))):
            report.stale_in_index.append(article_id)
    report.extra_in_index = sorted(indexed)
    report.orphans = {
        table: len(store.conn.execute(sql).fetchall()) for table, sql in ORPHAN_QUERIES.items()
    }
    return report


def repair(store: Store, report: Report | None = None) -> Report:
    """Fix what `check` finds that can be fixed, then check again."""
    report = report or check(store)
    with store.transaction():
        for article_id in report.extra_in_index:
            store.conn.execute("DELETE FROM articles_fts WHERE rowid = ?", (article_id,))
        for article_id in report.missing_from_index + report.stale_in_index:
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
    """Rewrite every article's full-text row; returns how many were written."""
    ids = [r[0] for r in store.conn.execute("SELECT id FROM articles")]
    with store.transaction():
        store.conn.execute("DELETE FROM articles_fts")
        for article_id in ids:
            store.reindex(article_id)
    return len(ids)
