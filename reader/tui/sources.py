"""Where an article list gets its rows: a filter over the archive or a search query.

A source answers two questions, both in SQL: how many articles, and which ones on a page.
The list widget asks only for the pages it shows, so 100,000 articles cost one page.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from reader.core.models import Article

if TYPE_CHECKING:
    from reader.core.store import Store


@dataclass(frozen=True, slots=True)
class ArticleFilter:
    """What the library shows: everything, a view (unread, ...), a feed, a tag or a query."""

    kind: str = "all"
    """`all`, `unread`, `starred`, `annotated`, `feed`, `tag` or `query`."""
    value: str | int | None = None
    """The feed id, tag name or query text."""
    label: str = "All"
    """What the sidebar calls it."""

    @property
    def key(self) -> str:
        """A stable id for the sidebar: `all`, `feed:3`, `tag:ukraine`, `query:...`."""
        return self.kind if self.value is None else f"{self.kind}:{self.value}"


class ArticleSource(Protocol):
    """Rows for an article list."""

    def count(self) -> int:
        """How many articles there are."""
        ...

    def page(self, offset: int, limit: int) -> list[Article]:
        """Articles `offset` to `offset + limit`, newest first."""
        ...


class FilterSource:
    """Articles matching a library filter, straight from `Store.list_articles`."""

    def __init__(self, store: Store, article_filter: ArticleFilter) -> None:
        self.store = store
        self.filter = article_filter
        kind, value = article_filter.kind, article_filter.value
        self._arguments: dict[str, object] = {
            "unread": kind == "unread",
            "starred": kind == "starred",
            "annotated": kind == "annotated",
            "feed_id": int(value) if kind == "feed" and value is not None else None,
            "tag": str(value) if kind == "tag" else None,
        }

    def count(self) -> int:
        return self.store.count_articles(**self._arguments)

    def page(self, offset: int, limit: int) -> list[Article]:
        return self.store.list_articles(**self._arguments, limit=limit, offset=offset)


class QuerySource:
    """Articles matching a search query (a saved search), newest first."""

    def __init__(self, store: Store, query: str) -> None:
        from reader.core.search import search

        self.store = store
        self.query = query
        self._search = search
        self._total: int | None = None

    def count(self) -> int:
        if self._total is None:
            self._total = self._search(self.store, self.query, limit=1, sort="date").total
        return self._total

    def page(self, offset: int, limit: int) -> list[Article]:
        results = self._search(self.store, self.query, limit=limit, offset=offset, sort="date")
        self._total = results.total
        return [hit.article for hit in results.hits]


def source_for(store: Store, article_filter: ArticleFilter) -> ArticleSource:
    """The source that lists what `article_filter` asks for."""
    if article_filter.kind == "query":
        return QuerySource(store, str(article_filter.value))
    return FilterSource(store, article_filter)
