"""Subscriptions: adding, listing with their counts, updating fetch state, removing."""

from __future__ import annotations

from collections.abc import Iterable

from reader.core.models import Feed
from reader.core.sanitize import clean_line
from reader.core.store.base import StoreBase, from_iso, now_utc, to_iso

_DATETIME_FIELDS = {"last_fetched", "last_success", "retry_after"}
FEED_FIELDS = {
    "url",
    "title",
    "title_override",
    "site_url",
    "language",
    "full_text",
    "interval",
    "hinted_interval",
    "etag",
    "last_modified",
    "last_fetched",
    "last_success",
    "last_error",
    "warning",
    "gone",
    "retry_after",
}


class FeedsMixin(StoreBase):
    """Feeds and their tags."""

    def add_feed(
        self, url: str, *, title: str | None = None, tags: Iterable[str] = (), **fields: object
    ) -> Feed:
        """Subscribe to `url` (or return the existing subscription), tagging it."""
        url = clean_line(url)
        with self.transaction():
            existing = self.get_feed(url)
            if existing is None:
                row = {"url": url, "title": clean_line(title) or None, "added": to_iso(now_utc())}
                feed_id = self.db["feeds"].insert(row).last_pk
            else:
                feed_id = existing.id
            if fields:
                self.update_feed(feed_id, **fields)
            self.add_feed_tags(feed_id, tags)
        return self.get_feed(feed_id)

    def get_feed(self, feed: int | str) -> Feed | None:
        """A feed by id or by URL."""
        column = "id" if isinstance(feed, int) else "url"
        rows = self.query(f"SELECT * FROM feeds WHERE {column} = ?", (feed,))
        return self._feed_from_row(rows[0]) if rows else None

    def list_feeds(self) -> list[Feed]:
        """Every subscription, by display title."""
        feeds = [self._feed_from_row(r) for r in self.query("SELECT * FROM feeds")]
        return sorted(feeds, key=lambda f: f.display_title.lower())

    def feed_counts(self) -> dict[int, tuple[int, int]]:
        """`{feed id: (articles, unread)}` for every feed with articles."""
        return {
            feed_id: (total, unread)
            for feed_id, total, unread in self.conn.execute(
                "SELECT feed_id, count(*), sum(is_read = 0) FROM articles "
                "WHERE feed_id IS NOT NULL GROUP BY feed_id"
            )
        }

    def update_feed(self, feed_id: int, **fields: object) -> None:
        """Change stored fields of a feed (fetch state, settings)."""
        unknown = set(fields) - FEED_FIELDS
        if unknown:
            raise ValueError(f"unknown feed fields: {', '.join(sorted(unknown))}")
        values = {}
        for key, value in fields.items():
            if key in _DATETIME_FIELDS:
                value = to_iso(value)
            elif isinstance(value, bool):
                value = int(value)
            elif isinstance(value, str) and key != "url":
                value = clean_line(value)
            values[key] = value
        if not values:
            return
        # Plain SQL: a refresh updates every feed, and sqlite-utils would read the schema first.
        columns = ", ".join(f"{key} = ?" for key in values)  # keys are checked against FEED_FIELDS
        with self.transaction():
            self.conn.execute(
                f"UPDATE feeds SET {columns} WHERE id = ?", [*values.values(), feed_id]
            )

    def add_feed_tags(self, feed_id: int, names: Iterable[str]) -> None:
        """Tag a subscription."""
        with self.transaction():
            self.conn.executemany(
                "INSERT OR IGNORE INTO feed_tags (feed_id, tag_id) VALUES (?, ?)",
                [(feed_id, tag_id) for tag_id in self.tag_ids(names)],
            )

    def remove_feed_tags(self, feed_id: int, names: Iterable[str]) -> None:
        """Take tags off a subscription."""
        with self.transaction():
            self.conn.executemany(
                "DELETE FROM feed_tags WHERE feed_id = ? AND tag_id = "
                "(SELECT id FROM tags WHERE name = ?)",
                [(feed_id, n) for n in names],
            )

    def remove_feed(self, feed_id: int, *, delete_articles: bool = False) -> None:
        """Unsubscribe; its articles are kept (detached from the feed) unless asked otherwise."""
        with self.transaction():
            if delete_articles:
                self.conn.execute("DELETE FROM articles WHERE feed_id = ?", (feed_id,))
            self.conn.execute("DELETE FROM feeds WHERE id = ?", (feed_id,))

    def feed_entries(self, feed_id: int) -> dict[str, tuple[int | None, str]]:
        """`{entry key: (article id or None if the reader deleted it, entry hash)}` of a feed."""
        return {
            key: (article_id, digest)
            for key, article_id, digest in self.conn.execute(
                "SELECT key, article_id, hash FROM feed_entries WHERE feed_id = ?", (feed_id,)
            )
        }

    def record_feed_entries(
        self, feed_id: int, entries: Iterable[tuple[str, int | None, str]]
    ) -> None:
        """Remember entries seen in a feed as `(key, article id, hash)`."""
        rows = [(article_id, digest, feed_id, key) for key, article_id, digest in entries]
        with self.transaction():
            # Most entries are new. A plain insert checks the foreign keys a quarter as long
            # as INSERT OR REPLACE or an upsert; entries already known are then updated.
            inserted = self.conn.executemany(
                "INSERT OR IGNORE INTO feed_entries (article_id, hash, feed_id, key) "
                "VALUES (?, ?, ?, ?)",
                rows,
            ).rowcount
            if inserted != len(rows):
                self.conn.executemany(
                    "UPDATE feed_entries SET article_id = ?, hash = ? "
                    "WHERE feed_id = ? AND key = ?",
                    rows,
                )

    def _feed_from_row(self, row: dict) -> Feed:
        tags = tuple(
            r[0]
            for r in self.conn.execute(
                "SELECT t.name FROM feed_tags ft JOIN tags t ON t.id = ft.tag_id "
                "WHERE ft.feed_id = ? ORDER BY t.name COLLATE NOCASE",
                (row["id"],),
            )
        )
        return Feed(
            id=row["id"],
            url=row["url"],
            title=row["title"],
            title_override=row["title_override"],
            site_url=row["site_url"],
            tags=tags,
            full_text=bool(row["full_text"]),
            interval=row["interval"],
            etag=row["etag"],
            last_modified=row["last_modified"],
            last_fetched=from_iso(row["last_fetched"]),
            last_success=from_iso(row["last_success"]),
            last_error=row["last_error"],
            warning=row["warning"],
            gone=bool(row["gone"]),
            retry_after=from_iso(row["retry_after"]),
            hinted_interval=row["hinted_interval"],
            language=row["language"],
        )
