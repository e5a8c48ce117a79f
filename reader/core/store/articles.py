"""Articles and their blocks: saving (deduplicated, one transaction each) and reading back."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, replace
from typing import Literal

from reader.core.models import BLOCK_KINDS, Article, Block, Mark
from reader.core.sanitize import clean_line, clean_multiline
from reader.core.store.base import from_iso, now_utc, to_iso
from reader.core.store.index import IndexMixin

MAX_BLOCKS = 5_000
"""Blocks kept per article; a page with more is cut there."""
MAX_BLOCK_CHARS = 50_000
"""Characters kept per block."""


SaveStatus = Literal["new", "updated", "unchanged"]


@dataclass(frozen=True, slots=True)
class SaveResult:
    """What `save_article` did."""

    article_id: int
    """The stored article's id."""
    status: SaveStatus
    """`new`, `updated` (its text or metadata changed) or `unchanged`."""


def clean_blocks(blocks: tuple[Block, ...] | list[Block]) -> tuple[Block, ...]:
    """Sanitised, non-empty blocks of known kinds, within the per-article limits."""
    cleaned = []
    for block in blocks[:MAX_BLOCKS]:
        kind = block.kind if block.kind in BLOCK_KINDS else "paragraph"
        text = clean_multiline(block.text) if kind == "preformatted" else clean_line(block.text)
        text = text[:MAX_BLOCK_CHARS]
        if not text:
            continue
        level = max(1, min(6, block.level or 2)) if kind == "heading" else None
        if text == block.text and kind == block.kind and level == block.level and not block.marks:
            cleaned.append(block)  # already clean (most blocks): no copy
            continue
        marks = tuple(m for m in block.marks if 0 <= m.start < m.end <= len(text))
        cleaned.append(Block(kind=kind, text=text, level=level, marks=marks))
    return tuple(cleaned)


@dataclass(frozen=True, slots=True)
class PreparedArticle:
    """An article sanitised and hashed, ready to write.

    `prepare_article` holds all the CPU work of saving, so a caller may run it in another
    process and hand the result to `Store.save_prepared`.
    """

    row: dict
    """The `articles` columns the article's own data fills."""
    blocks: tuple[Block, ...]
    """Clean blocks."""
    fetched: str | None = None
    is_read: bool = False
    is_starred: bool = False


def prepare_article(article: Article) -> PreparedArticle:
    """Sanitise and hash an article and count its words (no database access)."""
    blocks = clean_blocks(article.blocks)
    title = clean_line(article.title)[:500] or _first_words(blocks) or "Untitled"
    language = clean_line(article.language)[:2].lower() or None
    row = {
        "feed_id": article.feed_id,
        "url": clean_line(article.url) or None,
        "guid": clean_line(article.guid) or None,
        "source": clean_line(article.source) or None,
        "title": title,
        "author": clean_line(article.author)[:300] or None,
        "site": clean_line(article.site)[:300] or None,
        "published": to_iso(article.published),
        "language": language,
        "summary": clean_multiline(article.summary) or None,
        "html": article.html,
        "content_hash": content_hash(title, blocks),
    }
    row["word_count"] = count_words(blocks)
    return PreparedArticle(
        row=row,
        blocks=blocks,
        fetched=to_iso(article.fetched),
        is_read=article.is_read,
        is_starred=article.is_starred,
    )


def content_hash(title: str, blocks: tuple[Block, ...]) -> str:
    """A hash of the title and the text, to tell whether a re-import changed anything."""
    parts = [title]
    for block in blocks:
        parts.append(f"\x00{block.kind}\x00{block.level or 0}\x00{block.text}")
    return hashlib.sha256("".join(parts).encode()).hexdigest()


def count_words(blocks: tuple[Block, ...]) -> int:
    """Words in clean blocks. A one-line block has single spaces between words, so they
    are counted, not split out (splitting took about 6% of a cold refresh); a no-break
    space joins, as in "55 000"."""
    return sum(
        len(b.text.split()) if b.kind == "preformatted" else b.text.count(" ") + 1 for b in blocks
    )


def body_text(blocks: tuple[Block, ...] | list[Block]) -> str:
    """The article's text as indexed: blocks separated by blank lines."""
    return "\n\n".join(block.text for block in blocks)


class ArticlesMixin(IndexMixin):
    """Saving and loading articles."""

    def save_article(self, article: Article, *, tags: tuple[str, ...] = ()) -> SaveResult:
        """Store an article with its blocks in one transaction, or update the one it duplicates.

        A duplicate is the same feed entry (GUID), else the same URL or source, else the same
        text. Updating keeps the reader's state: read, starred, tags and annotations.

        Args:
            article: the article; its `blocks` are its text. Untrusted fields are sanitised here.
            tags: tags to add to it.

        Returns:
            The article's id and whether it was new, updated or unchanged.
        """
        return self.save_prepared(prepare_article(article), tags=tags)

    def save_prepared(self, prepared: PreparedArticle, *, tags: tuple[str, ...] = ()) -> SaveResult:
        """`save_article` for an article already passed through `prepare_article`."""
        with self.transaction():
            return self._save_prepared(prepared, tags)

    def save_many(self, prepared: list[PreparedArticle]) -> list[SaveResult]:
        """Save several prepared articles in one transaction: all of them, or none.

        New articles' blocks and index rows are written together at the end, in one
        statement each, instead of two statements per article.
        """
        with self.transaction():
            batch = _NewArticles()
            results = [self._save_prepared(p, (), batch) for p in prepared]
            batch.write(self)
            return results

    def _save_prepared(
        self, prepared: PreparedArticle, tags: tuple[str, ...], batch: _NewArticles | None = None
    ) -> SaveResult:
        row, blocks = dict(prepared.row), prepared.blocks
        existing = self._find_duplicate(row)
        if existing is None:
            row |= {
                "fetched": prepared.fetched or to_iso(now_utc()),
                "is_read": int(prepared.is_read),
                "is_starred": int(prepared.is_starred),
                "analysed": 0,
            }
            article_id = self.conn.execute(
                f"INSERT INTO articles ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})",
                tuple(row.values()),
            ).lastrowid
            if batch is None:
                self._write_blocks(article_id, blocks)
                self._index_row(article_id, row["title"], body_text(blocks))
            else:
                batch.add(article_id, row["title"], blocks)
            status: SaveStatus = "new"
        else:
            if batch is not None:  # it may be one of the batch: its text must be there first
                batch.write(self)
            article_id = existing["id"]
            status = self._update_existing(existing, row, blocks)
        if tags:
            self.add_tags(article_id, tags)
        return SaveResult(article_id, status)

    def _find_duplicate(self, row: dict) -> dict | None:
        """The article `row` repeats: the same feed entry (GUID), else the same URL, else
        the same source, else the same text; one statement, as most articles have none."""
        found = self.query(
            "SELECT id, content_hash, title, author, site, published, url, language "
            "FROM articles WHERE id = coalesce("
            "(SELECT min(id) FROM articles WHERE guid = ? AND feed_id IS ?),"
            "(SELECT min(id) FROM articles WHERE url = ?),"
            "(SELECT min(id) FROM articles WHERE source = ?),"
            "(SELECT min(id) FROM articles WHERE content_hash = ?))",
            (row["guid"], row["feed_id"], row["url"], row["source"], row["content_hash"]),
        )
        return found[0] if found else None

    def _update_existing(self, existing: dict, row: dict, blocks: tuple[Block, ...]) -> SaveStatus:
        article_id = existing["id"]
        text_changed = existing["content_hash"] != row["content_hash"]
        # Keep metadata we had when the new copy lacks it; never touch the reader's state.
        updates = {k: v for k, v in row.items() if v is not None and k != "feed_id"}
        if not text_changed and all(
            existing.get(k) == updates.get(k, existing.get(k))
            for k in ("title", "author", "site", "published", "url", "language")
        ):
            return "unchanged"
        reindex = text_changed or updates["title"] != existing["title"]
        if reindex:  # before the old title and text are gone: removing the row reads them
            self._unindex(article_id)
        if text_changed:
            old_blocks = self.get_blocks(article_id)
            self.conn.execute("DELETE FROM blocks WHERE article_id = ?", (article_id,))
            self.conn.execute("DELETE FROM marks WHERE article_id = ?", (article_id,))
            self._write_blocks(article_id, blocks)
            updates["analysed"] = 0
            self._reanchor_annotations(article_id, old_blocks, blocks)
        self.db["articles"].update(article_id, updates)
        if reindex:
            self._index_row(article_id, updates["title"], body_text(blocks))
        return "updated"

    def _reanchor_annotations(
        self, article_id: int, old_blocks: tuple[Block, ...], new_blocks: tuple[Block, ...]
    ) -> None:
        """Move the article's annotations onto its new text (see `reader.core.anchoring`)."""
        from reader.core.anchoring import reanchor_article

        reanchor_article(self, article_id, old_blocks, new_blocks)

    def _write_blocks(self, article_id: int, blocks: tuple[Block, ...]) -> None:
        self._write_block_rows([(article_id, blocks)])

    def _write_block_rows(self, articles: list[tuple[int, tuple[Block, ...]]]) -> None:
        """Write the blocks (and their marks) of articles that have none yet."""
        self.conn.executemany(
            "INSERT INTO blocks (article_id, position, kind, level, text) VALUES (?, ?, ?, ?, ?)",
            [
                (article_id, i, b.kind, b.level, b.text)
                for article_id, blocks in articles
                for i, b in enumerate(blocks)
            ],
        )
        for article_id, blocks in articles:
            marks = [(i, m) for i, b in enumerate(blocks) for m in b.marks]
            if marks:
                self._write_marks(article_id, marks)

    def update_article(self, article_id: int, **fields: object) -> None:
        """Change metadata fields of an article (title, language, ...), re-indexing if needed."""
        allowed = {"title", "author", "site", "published", "language", "url", "feed_id"}
        unknown = set(fields) - allowed
        if unknown:
            raise ValueError(f"cannot update {', '.join(sorted(unknown))}")
        values = {k: (to_iso(v) if k == "published" else v) for k, v in fields.items()}
        if "title" in values:
            values["title"] = clean_line(str(values["title"]))
        with self.transaction():
            if "title" in values:
                self._unindex(article_id)
            self.db["articles"].update(article_id, values)
            if "title" in values:
                self._index_stored(article_id)

    def delete_article(self, article_id: int) -> bool:
        """Delete an article with everything attached to it; False if there was none."""
        with self.transaction():
            cursor = self.conn.execute("DELETE FROM articles WHERE id = ?", (article_id,))
        return cursor.rowcount > 0

    def get_blocks(self, article_id: int, *, with_marks: bool = True) -> tuple[Block, ...]:
        """The article's blocks in order, with their marks."""
        marks: dict[int, list[Mark]] = {}
        if with_marks:
            for m in self.conn.execute(
                'SELECT block, start, "end", kind, value FROM marks WHERE article_id = ? '
                "ORDER BY block, start",
                (article_id,),
            ):
                marks.setdefault(m[0], []).append(Mark(m[1], m[2], m[3], m[4]))
        return tuple(
            Block(kind=kind, text=text, level=level, marks=tuple(marks.get(position, ())))
            for position, kind, level, text in self.conn.execute(
                "SELECT position, kind, level, text FROM blocks WHERE article_id = ? "
                "ORDER BY position",
                (article_id,),
            )
        )

    def get_article(self, article_id: int, *, with_blocks: bool = True) -> Article | None:
        """One article with its tags and, unless asked not to, its blocks and marks."""
        rows = self.query("SELECT * FROM articles WHERE id = ?", (article_id,))
        if not rows:
            return None
        article = self._article_from_row(rows[0], self.article_tags(article_id))
        if with_blocks:
            article = replace(article, blocks=self.get_blocks(article_id))
        return article

    def _article_from_row(self, row: dict, tags: tuple[str, ...] = ()) -> Article:
        return Article(
            id=row["id"],
            title=row["title"],
            url=row["url"],
            source=row["source"],
            guid=row["guid"],
            feed_id=row["feed_id"],
            author=row["author"],
            site=row["site"],
            published=from_iso(row["published"]),
            fetched=from_iso(row["fetched"]),
            language=row["language"],
            summary=row.get("summary"),
            is_read=bool(row["is_read"]),
            is_starred=bool(row["is_starred"]),
            read_position=row["read_position"],
            html=row.get("html"),
            content_hash=row["content_hash"],
            word_count=row["word_count"],
            analysed=bool(row["analysed"]),
            tags=tags,
        )

    def list_articles(
        self,
        *,
        feed_id: int | None = None,
        tag: str | None = None,
        unread: bool = False,
        starred: bool = False,
        annotated: bool = False,
        limit: int | None = 50,
        offset: int = 0,
    ) -> list[Article]:
        """Articles' metadata (no blocks, no HTML), newest first, filtered and paged in SQL."""
        where, params = self._article_filters(feed_id, tag, unread, starred, annotated)
        columns = ", ".join(
            f"a.{c}"
            for c in (
                "id",
                "feed_id",
                "url",
                "guid",
                "source",
                "title",
                "author",
                "site",
                "published",
                "fetched",
                "language",
                "is_read",
                "is_starred",
                "read_position",
                "content_hash",
                "word_count",
                "analysed",
            )
        )
        sql = (
            f"SELECT {columns}, (SELECT group_concat(t.name, char(31)) FROM article_tags at "
            f"JOIN tags t ON t.id = at.tag_id WHERE at.article_id = a.id) AS tag_names "
            f"FROM articles a {where} "
            f"ORDER BY coalesce(a.published, a.fetched) DESC, a.id DESC"
        )
        if limit is not None:
            sql += " LIMIT ? OFFSET ?"
            params += [limit, offset]
        articles = []
        for row in self.query(sql, tuple(params)):
            names = tuple(sorted((row.pop("tag_names") or "").split("\x1f"), key=str.lower))
            articles.append(self._article_from_row(row, tuple(n for n in names if n)))
        return articles

    def count_articles(
        self,
        *,
        feed_id: int | None = None,
        tag: str | None = None,
        unread: bool = False,
        starred: bool = False,
        annotated: bool = False,
    ) -> int:
        """How many articles `list_articles` would give without a limit."""
        where, params = self._article_filters(feed_id, tag, unread, starred, annotated)
        return self.conn.execute(f"SELECT count(*) FROM articles a {where}", params).fetchone()[0]

    @staticmethod
    def _article_filters(feed_id, tag, unread, starred, annotated) -> tuple[str, list]:
        clauses, params = [], []
        if feed_id is not None:
            clauses.append("a.feed_id = ?")
            params.append(feed_id)
        if tag:
            clauses.append(
                "a.id IN (SELECT at.article_id FROM article_tags at JOIN tags t "
                "ON t.id = at.tag_id WHERE t.name = ?)"
            )
            params.append(tag)
        if unread:
            clauses.append("a.is_read = 0")
        if starred:
            clauses.append("a.is_starred = 1")
        if annotated:
            clauses.append("EXISTS (SELECT 1 FROM annotations n WHERE n.article_id = a.id)")
        return ("WHERE " + " AND ".join(clauses) if clauses else ""), params

    def set_read(self, article_ids: int | list[int], read: bool = True) -> None:
        """Mark articles read or unread."""
        ids = [article_ids] if isinstance(article_ids, int) else list(article_ids)
        with self.transaction():
            self.conn.executemany(
                "UPDATE articles SET is_read = ? WHERE id = ?", [(int(read), i) for i in ids]
            )

    def set_starred(self, article_id: int, starred: bool = True) -> None:
        """Star or unstar an article."""
        with self.transaction():
            self.conn.execute(
                "UPDATE articles SET is_starred = ? WHERE id = ?", (int(starred), article_id)
            )

    def set_read_position(self, article_id: int, block: int) -> None:
        """Remember the block the reader was at."""
        with self.transaction():
            self.conn.execute(
                "UPDATE articles SET read_position = ? WHERE id = ?", (block, article_id)
            )


def _first_words(blocks: tuple[Block, ...], limit: int = 80) -> str:
    if not blocks:
        return ""
    text = blocks[0].text
    if len(text) <= limit:
        return text
    return text[:limit].rsplit(" ", 1)[0] + "…"


class _NewArticles:
    """New articles whose blocks and index rows are still to be written (see `save_many`)."""

    def __init__(self) -> None:
        self.blocks: list[tuple[int, tuple[Block, ...]]] = []
        self.index: list[tuple[int, str, str]] = []

    def add(self, article_id: int, title: str, blocks: tuple[Block, ...]) -> None:
        self.blocks.append((article_id, blocks))
        self.index.append((article_id, title, body_text(blocks)))

    def write(self, store: ArticlesMixin) -> None:
        if self.blocks:
            store._write_block_rows(self.blocks)
            store._index_rows(self.index)
        self.blocks, self.index = [], []
