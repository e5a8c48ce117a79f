"""Tags on articles and feeds, and the entity/number marks of an article's blocks."""

from __future__ import annotations

from collections.abc import Iterable

from reader.core.models import Mark
from reader.core.sanitize import clean_line
from reader.core.store.base import StoreBase

MAX_MARKS = 20_000
"""Marks kept per article; a pathological text cannot flood the archive with highlights."""


def clean_tag(name: str) -> str:
    """A tag as stored: one line, no leading `#`, at most 64 characters."""
    return clean_line(name).lstrip("#").strip()[:64]


class TagsMixin(StoreBase):
    """Tags and marks."""

    def tag_ids(self, names: Iterable[str]) -> list[int]:
        """Ids of the named tags, creating the missing ones (names compare case-insensitively)."""
        ids = []
        for name in names:
            name = clean_tag(name)
            if not name:
                continue
            self.conn.execute("INSERT OR IGNORE INTO tags (name) VALUES (?)", (name,))
            ids.append(
                self.conn.execute("SELECT id FROM tags WHERE name = ?", (name,)).fetchone()[0]
            )
        return ids

    def add_tags(self, article_id: int, names: Iterable[str]) -> None:
        """Tag an article; tags it already has are left alone."""
        with self.transaction():
            self.conn.executemany(
                "INSERT OR IGNORE INTO article_tags (article_id, tag_id) VALUES (?, ?)",
                [(article_id, tag_id) for tag_id in self.tag_ids(names)],
            )

    def remove_tags(self, article_id: int, names: Iterable[str]) -> None:
        """Take tags off an article."""
        with self.transaction():
            self.conn.executemany(
                "DELETE FROM article_tags WHERE article_id = ? AND tag_id = "
                "(SELECT id FROM tags WHERE name = ?)",
                [(article_id, clean_tag(n)) for n in names],
            )

    def set_tags(self, article_id: int, names: Iterable[str]) -> None:
        """Make the article's tags exactly `names`."""
        with self.transaction():
            self.conn.execute("DELETE FROM article_tags WHERE article_id = ?", (article_id,))
            self.add_tags(article_id, names)

    def article_tags(self, article_id: int) -> tuple[str, ...]:
        """The article's tags, sorted case-insensitively."""
        rows = self.conn.execute(
            "SELECT t.name FROM article_tags at JOIN tags t ON t.id = at.tag_id "
            "WHERE at.article_id = ? ORDER BY t.name COLLATE NOCASE",
            (article_id,),
        )
        return tuple(r[0] for r in rows)

    def tags_with_counts(self) -> list[tuple[str, int]]:
        """Every tag used on an article, with its number of articles, by name."""
        return [
            (name, count)
            for name, count in self.conn.execute(
                "SELECT t.name, count(at.article_id) FROM tags t "
                "JOIN article_tags at ON at.tag_id = t.id GROUP BY t.id "
                "ORDER BY t.name COLLATE NOCASE"
            )
        ]

    def all_tag_names(self) -> list[str]:
        """Every tag name known to the archive, for completion."""
        return [
            r[0] for r in self.conn.execute("SELECT name FROM tags ORDER BY name COLLATE NOCASE")
        ]

    def replace_marks(self, article_id: int, marks: Iterable[tuple[int, Mark]]) -> None:
        """Make `(block index, mark)` pairs the article's marks and record it as analysed.

        Marks outside their block, or overlapping an earlier one, are dropped, so the stored
        marks are always inside their block, sorted and disjoint.
        """
        lengths = [
            r[0]
            for r in self.conn.execute(
                "SELECT length(text) FROM blocks WHERE article_id = ? ORDER BY position",
                (article_id,),
            )
        ]
        with self.transaction():
            self.conn.execute("DELETE FROM marks WHERE article_id = ?", (article_id,))
            self._write_marks(article_id, marks, lengths)
            self.conn.execute("UPDATE articles SET analysed = 1 WHERE id = ?", (article_id,))

    def pending_analysis_ids(self) -> list[int]:
        """Ids of the articles whose current text has no marks computed yet, oldest first."""
        rows = self.conn.execute("SELECT id FROM articles WHERE analysed = 0 ORDER BY id")
        return [r[0] for r in rows]

    def entity_counts(self, kind: str | None = None, limit: int | None = None) -> list[dict]:
        """Entities by number of mentions: `{value, kind, mentions, articles}` dicts.

        Args:
            kind: only this kind (person, org, place, misc).
            limit: at most this many.
        """
        kinds = (kind,) if kind else ("person", "org", "place", "misc")
        sql = (
            "SELECT value, kind, count(*) AS mentions, count(DISTINCT article_id) AS articles "
            f"FROM marks WHERE kind IN ({', '.join('?' * len(kinds))}) AND value IS NOT NULL "
            "GROUP BY value, kind ORDER BY mentions DESC, articles DESC, value"
        )
        params: list = list(kinds)
        if limit is not None:
            sql += " LIMIT ?"
            params.append(limit)
        return self.query(sql, params)

    def _write_marks(
        self, article_id: int, marks: Iterable[tuple[int, Mark]], lengths: list[int] | None = None
    ) -> None:
        kept, last_end = [], (-1, 0)
        for block, mark in sorted(marks, key=lambda pair: (pair[0], pair[1].start, -pair[1].end)):
            if lengths is not None and (block >= len(lengths) or mark.end > lengths[block]):
                continue
            if mark.start < 0 or mark.end <= mark.start:
                continue
            if (block, mark.start) < last_end:
                continue
            kept.append((article_id, block, mark.start, mark.end, mark.kind, mark.value))
            last_end = (block, mark.end)
            if len(kept) >= MAX_MARKS:
                break
        self.conn.executemany(
            'INSERT INTO marks (article_id, block, start, "end", kind, value) '
            "VALUES (?, ?, ?, ?, ?, ?)",
            kept,
        )
