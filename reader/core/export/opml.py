"""Subscriptions as OPML, with their tags as categories (written by the feeds' own writer)."""

from __future__ import annotations

from reader.core.store import Store


def export_opml(store: Store) -> str:
    """Every subscription as an OPML 2.0 document."""
    from reader.core.feeds.opml import write_opml

    return write_opml(store.list_feeds())
