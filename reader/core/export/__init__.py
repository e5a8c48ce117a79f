"""Taking the archive out in the formats readers already use, and the JSON Lines way back in.

`markdown` (Obsidian notes), `jsonl` (the JSON contract, re-importable), `w3c` (Web
Annotation JSON-LD) and `opml` (subscriptions). Each works on a selection of articles: the
whole archive or the result of a search query.
"""

from __future__ import annotations

from reader.core.store import Store

FORMATS = ("markdown", "json", "opml", "w3c")
"""What `reader export --format` accepts."""


def select(store: Store, query: str | None) -> list[int]:
    """Ids of the articles to export: those matching `query`, else all, newest first.

    Raises:
        QueryError: the query is malformed.
    """
    from reader.core.search import article_ids

    return article_ids(store, query or "")
