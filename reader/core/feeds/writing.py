"""Parsing a fetched feed and writing its entries: the CPU-bound half of a refresh.

Everything here is picklable and free of the network, so `refresh` runs it in worker
processes; this module imports neither the HTTP client nor asyncio, which keeps the pool's
start-up short (each worker imports it once).
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from functools import partial
from pathlib import Path

from reader.core.feeds.ingest import entry_hash, entry_key, entry_to_article
from reader.core.feeds.parse import parse_feed
from reader.core.feeds.schedule import hinted_interval
from reader.core.models import Article, Feed
from reader.core.store import Store
from reader.core.store.articles import PreparedArticle, prepare_article

WAL_CHECKPOINT_BYTES = 64 * 1024 * 1024
"""How much a refresh lets the write-ahead log grow before copying it into the archive."""


@dataclass(frozen=True, slots=True)
class PreparedEntry:
    """An entry to store: its identity and hash, and its article either ready to write or
    (when its page is to be fetched first) as built from the feed's text."""

    key: str
    digest: str
    article: Article | None
    prepared: PreparedArticle | None


@dataclass(frozen=True, slots=True)
class PreparedFeed:
    """A parsed feed reduced to what must be written."""

    title: str | None
    site_url: str | None
    language: str | None
    ttl: int | None
    warning: str | None
    entries: list[PreparedEntry]


def prepare_feed(
    data: bytes,
    url: str,
    headers: dict[str, str],
    known: dict[str, tuple[int | None, str]],
    feed_id: int,
    site: str | None,
    ready: bool = True,
) -> PreparedFeed:
    """Parse a feed and keep the entries that are new or changed since `known`.

    Pure and picklable, so it can run in another process. Entries the reader deleted
    (known with no article) are not brought back. With `ready`, articles are also
    sanitised for writing (not when their pages are fetched next).
    """
    parsed = parse_feed(data, url=url, headers=headers)
    entries, seen = [], set()
    for entry in parsed.entries:
        key = entry_key(entry)
        if key in seen:
            continue
        seen.add(key)
        digest = entry_hash(entry)
        article_id, old_digest = known.get(key, (None, None))
        if old_digest is not None and (old_digest == digest or article_id is None):
            continue
        article = entry_to_article(entry, parsed, feed_id=feed_id, site=site or parsed.title)
        if ready:  # a ready entry keeps only its prepared article: half the bytes
            entries.append(PreparedEntry(key, digest, None, prepare_article(article)))
        else:
            entries.append(PreparedEntry(key, digest, article, None))
    return PreparedFeed(
        parsed.title,
        parsed.site_url,
        parsed.language,
        parsed.ttl,
        parsed.warning,
        entries,
    )


def parsed_state(prepared: PreparedFeed, headers: dict[str, str]) -> dict[str, object]:
    """The feed's own fields as its latest document gives them."""
    state: dict[str, object] = {
        "warning": prepared.warning,
        "hinted_interval": hinted_interval(prepared.ttl, headers),
    }
    if prepared.title:
        state["title"] = prepared.title
    if prepared.site_url:
        state["site_url"] = prepared.site_url
    if prepared.language:
        state["language"] = prepared.language[:35]
    return state


@dataclass(frozen=True, slots=True)
class StoredFeed:
    """What `parse_and_store` did."""

    saved: list[tuple[int, str]]
    """`(article id, status)` of each entry stored."""
    title: str | None
    warning: str | None


def parse_and_store(
    db_path: Path,
    data: bytes,
    url: str,
    headers: dict[str, str],
    feed: Feed,
    state: dict[str, object],
) -> StoredFeed:
    """Parse a feed and store its new and changed entries and its state, in one transaction.

    Runs in the worker processes, each with a connection of its own: the parsed articles
    need not travel back, and writing them does not compete with the fetching process for
    its interpreter lock. SQLite's write lock takes the feeds one at a time.
    """
    store = local_store(db_path)
    return _store_parsed(store, feed, *_parse_known(store, data, url, headers, feed, state))


def parse_and_store_many(db_path: Path, jobs: list[tuple]) -> list[StoredFeed | Exception]:
    """`parse_and_store` for several feeds (`(data, url, headers, feed, state)` each), with
    one commit for all: each feed's result, or the error that kept it out.

    A feed that does not parse is left out and the others stored. If the commit fails, each
    feed is stored again in a transaction of its own, so that one cannot take the others
    down; each feed is still all or nothing.
    """
    store = local_store(db_path)
    results: list = [None] * len(jobs)
    parsed, writes = [], []
    for i, (data, url, headers, feed, state) in enumerate(jobs):
        try:
            prepared, new_state = _parse_known(store, data, url, headers, feed, state)
        except Exception as error:
            results[i] = error
            continue
        parsed.append(i)
        writes.append(partial(_store_parsed, store, feed, prepared, new_state))
    for i, result in zip(parsed, store_together(store, writes), strict=True):
        results[i] = result
    return results


def store_together(store: Store, writes: list[Callable[[], object]]) -> list:
    """Run `writes` in one transaction; if it fails, run each again in a transaction of its
    own, so that the others are kept and the failed one leaves nothing behind. Returns each
    write's result, or the error that kept it out."""
    try:
        with store.transaction():
            return [write() for write in writes]
    except Exception as error:
        if len(writes) == 1:
            return [error]
    results: list = []
    for write in writes:
        try:
            with store.transaction():
                results.append(write())
        except Exception as error:
            results.append(error)
    return results


def _parse_known(
    store: Store,
    data: bytes,
    url: str,
    headers: dict[str, str],
    feed: Feed,
    state: dict[str, object],
) -> tuple[PreparedFeed, dict[str, object]]:
    """A feed parsed against the entries already stored, and its state to record."""
    known = store.feed_entries(feed.id)
    prepared = prepare_feed(data, url, headers, known, feed.id, feed.title_override, True)
    return prepared, state | parsed_state(prepared, headers)


def _store_parsed(
    store: Store, feed: Feed, prepared: PreparedFeed, state: dict[str, object]
) -> StoredFeed:
    articles = [e.prepared for e in prepared.entries]
    saved = write_feed(store, feed, state, prepared.entries, articles)
    return StoredFeed(saved, prepared.title, prepared.warning)


_STORES = threading.local()


def local_store(db_path: Path) -> Store:
    """This thread's connection to the archive, kept for the next feed (SQLite connections
    belong to one thread)."""
    stores = _STORES.__dict__.setdefault("stores", {})
    if db_path not in stores:
        store = stores[db_path] = Store(db_path)
        # A roomier page cache keeps the full-text index's merges in memory.
        store.conn.execute("PRAGMA cache_size = -65536")
        # Checkpoint less often than every 1,000 pages: the index pages each feed rewrites
        # are then copied into the archive once per checkpoint instead of several times.
        page_size = store.conn.execute("PRAGMA page_size").fetchone()[0]
        store.conn.execute(f"PRAGMA wal_autocheckpoint = {WAL_CHECKPOINT_BYTES // page_size}")
    return stores[db_path]


def close_local_store(db_path: Path) -> None:
    """Close this thread's connection to the archive, if it has one."""
    store = _STORES.__dict__.get("stores", {}).pop(db_path, None)
    if store is not None:
        store.close()


def write_feed(
    store: Store,
    feed: Feed,
    state: dict[str, object],
    entries: Iterable[PreparedEntry],
    articles: Iterable[PreparedArticle],
) -> list[tuple[int, str]]:
    """Store a feed's articles and the fetch state in one transaction."""
    saved, seen = [], []
    with store.transaction():
        new_url = state.get("url")
        if new_url and store.get_feed(str(new_url)) is not None:
            state = dict(state)
            del state["url"]
            state["warning"] = f"moved permanently to {new_url}, already subscribed"
        results = store.save_many(list(articles))
        for entry, result in zip(entries, results, strict=True):
            saved.append((result.article_id, result.status))
            seen.append((entry.key, result.article_id, entry.digest))
        if seen:
            store.record_feed_entries(feed.id, seen)
        if state:
            store.update_feed(feed.id, **state)
    return saved


def merge_full_text(
    article: Article, page: bytes, page_url: str, content_type: str | None
) -> PreparedArticle:
    """The article, with the page's text when that is longer than the feed's own, prepared.

    Pure and picklable (runs in the pool). Extraction failures keep the feed's text.
    """
    return prepare_article(_merged(article, page, page_url, content_type))


def _merged(article: Article, page: bytes, page_url: str, content_type: str | None) -> Article:
    from reader.core.extract import ExtractionError, extract_html

    try:
        extracted = extract_html(page, page_url, content_type=content_type)
    except ExtractionError:
        return article
    except Exception:  # a page that breaks the extractor must not break the refresh
        return article
    if _words(extracted.blocks) <= _words(article.blocks):
        return article
    return replace(
        article,
        blocks=extracted.blocks,
        title=article.title or extracted.title,
        author=article.author or extracted.author,
        published=article.published or extracted.published,
        language=article.language or extracted.language,
        source=page_url,
        html=page.decode("utf-8", "replace") if _is_utf8(page) else _decode(page, content_type),
    )


def _words(blocks) -> int:
    return sum(len(b.text.split()) for b in blocks)


def _is_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _decode(page: bytes, content_type: str | None) -> str:
    from reader.core.extract import decode_html

    return decode_html(page, content_type)


def ignore_interrupts() -> None:
    """Pool workers leave Ctrl-C to the main process, which stops the refresh cleanly."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)
