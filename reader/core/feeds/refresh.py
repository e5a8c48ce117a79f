"""Refreshing feeds: fetch concurrently and politely, parse, fetch full articles, store.

The public entry point, for the command line and the app (which runs it in a worker
thread; it opens its own `Store` since SQLite connections belong to one thread)::

    from reader.core.feeds.refresh import refresh_feeds

    summary = refresh_feeds(db_path, feed_ids=None, jobs=8, full_text=True, force=False,
                            on_progress=callback)   # callback(RefreshProgress), same thread
    print(summary)               # "200 feeds, 512 new, 3 updated, 1 errors (see reader feed list)"
    summary.article_ids          # ids of the articles stored new or updated: analyse these

Pipeline, per feed: a conditional GET (ETag / Last-Modified; a 304 costs no parsing) →
parse, diff against the entries already seen and sanitise, all CPU-bound,
on one worker thread, then in a process pool once a refresh has enough work (that half
lives in `writing`, which the workers import). Without full text, the worker stores the
feed itself (`parse_and_store`: one transaction, its own connection; two feeds waiting
for a worker together share it), so the articles never travel back and this process
stays free to fetch. With full text, the parsed entries
come back, their linked pages are fetched with the same client and limits, extracted by
the same workers and kept only when longer than the feed's own text, and one writer thread
stores the feed in one transaction (feeds finished meanwhile share its commit). A feed
that fails records its error and the others carry on; an interrupt keeps every feed
already committed.

Which feeds: those due (see `schedule`) unless `force`; named feeds (`feed_ids`) are
fetched even when not due, gone (410) or asked to wait (429/503 Retry-After).
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from functools import partial
from pathlib import Path

from reader.core.errors import ReaderError
from reader.core.feeds import writing
from reader.core.feeds.parsed import FeedParseError
from reader.core.feeds.schedule import is_due
from reader.core.feeds.writing import (
    close_local_store,
    ignore_interrupts,
    local_store,
    merge_full_text,
    parse_and_store,
    parsed_state,
    prepare_feed,
    store_together,
    write_feed,
)
from reader.core.http import FetchError, HttpClient, HttpResponse
from reader.core.models import Article, Feed
from reader.core.store import Store, now_utc
from reader.core.store.articles import PreparedArticle, prepare_article

DEFAULT_JOBS = 8
"""Feeds fetched at once."""
PER_HOST = 4
"""Requests in flight at once to one host (feeds and article pages alike)."""
WRITE_BACKLOG = 32
"""Parsed feeds allowed to wait for the writer (they hold their articles in memory)."""
FEEDS_PER_COMMIT = 2
"""Parsed feeds a worker process stores in one transaction, when that many wait for it:
the second shares the first's commit (a cold refresh of 200 feeds 7% faster; 4 or 8 were
no faster)."""
POOL_AFTER = 600
"""Units of CPU work (about one entry each) after which a process pool takes over."""
EARLY_FORK_SERVER = 20
"""Feeds in a refresh from which the pool's fork server is started at once, in case the
pool is needed: it then costs no wait when it is."""
DEFAULT_RETRY = timedelta(hours=1)
"""How long to wait after a 429 that gives no Retry-After."""
FEED_ACCEPT = (
    "application/atom+xml, application/rss+xml, application/feed+json, "
    "application/rdf+xml;q=0.9, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5"
)


@dataclass(frozen=True, slots=True)
class RefreshProgress:
    """Sent after each feed is done (stored, unchanged or failed)."""

    done: int
    """Feeds finished so far, this one included."""
    total: int
    """Feeds in this refresh."""
    feed_id: int
    title: str
    status: str
    """`updated` (it had entries to store), `unchanged`, `not_modified` (304), `error`,
    `gone` (410) or `postponed` (429/503)."""
    new: int = 0
    updated: int = 0
    error: str | None = None
    new_total: int = 0
    """New articles over the whole refresh so far."""


@dataclass(frozen=True, slots=True)
class FeedResult:
    """What the refresh did for one feed."""

    feed_id: int
    title: str
    status: str
    """As `RefreshProgress.status`."""
    new: int = 0
    updated: int = 0
    error: str | None = None
    warning: str | None = None
    article_ids: tuple[int, ...] = ()


@dataclass
class RefreshSummary:
    """The outcome of a refresh."""

    results: list[FeedResult] = field(default_factory=list)
    skipped: int = 0
    """Feeds not due (not fetched)."""

    @property
    def feeds(self) -> int:
        return len(self.results)

    @property
    def new(self) -> int:
        return sum(r.new for r in self.results)

    @property
    def updated(self) -> int:
        return sum(r.updated for r in self.results)

    @property
    def errors(self) -> int:
        return sum(r.status in ("error", "gone", "postponed") for r in self.results)

    @property
    def article_ids(self) -> list[int]:
        """Ids of every article stored new or updated, for analysis after the refresh."""
        return [i for r in self.results for i in r.article_ids]

    def __str__(self) -> str:
        return (
            f"{self.feeds} feeds, {self.new} new, {self.updated} updated, "
            f"{self.errors} errors (see reader feed list)"
        )


def _settle(batch: list[tuple[tuple, asyncio.Future]], results: list) -> None:
    """Give each waiting feed its result, or raise its error in it."""
    for (_, future), result in zip(batch, results, strict=True):
        if future.done():
            continue
        if isinstance(result, BaseException):
            future.set_exception(result)
        else:
            future.set_result(result)


class _Slot:
    """A feed's place among those fetched at once, which it may give up before it is done."""

    def __init__(self, semaphore: asyncio.Semaphore) -> None:
        self.semaphore = semaphore
        self.held = False

    async def __aenter__(self) -> _Slot:
        await self.semaphore.acquire()
        self.held = True
        return self

    async def __aexit__(self, *exc_info) -> None:
        self.release()

    def release(self) -> None:
        if self.held:
            self.held = False
            self.semaphore.release()


def refresh_feeds(
    db_path: str | Path,
    feed_ids: Sequence[int] | None = None,
    *,
    jobs: int = DEFAULT_JOBS,
    full_text: bool = True,
    force: bool = False,
    on_progress: Callable[[RefreshProgress], None] | None = None,
    timeout: float = 20.0,
    max_bytes: int | None = None,
    processes: int | None = None,
) -> RefreshSummary:
    """Refresh feeds into the archive at `db_path`; blocks until done.

    Args:
        db_path: the archive file.
        feed_ids: only these feeds (fetched even when not due); default every due feed.
        jobs: feeds fetched at once.
        full_text: fetch and extract each new entry's page (feeds set to summary-only never are).
        force: fetch every feed, due or not.
        on_progress: called in this thread after each feed.
        timeout: total seconds allowed per request.
        max_bytes: cap on each body (default `reader.core.http.MAX_BYTES`).
        processes: worker processes for parsing and extraction once there is enough work
            (default: one per CPU; 0: always one thread of this process).

    Returns:
        What was done, feed by feed.
    """
    refresher = _Refresher(
        Path(db_path), jobs, full_text, force, on_progress, timeout, max_bytes, processes
    )
    return asyncio.run(refresher.run(feed_ids))


class _Refresher:
    def __init__(
        self,
        db_path: Path,
        jobs: int,
        full_text: bool,
        force: bool,
        on_progress: Callable[[RefreshProgress], None] | None,
        timeout: float,
        max_bytes: int | None,
        processes: int | None,
    ) -> None:
        self.db_path = db_path
        self.jobs = max(1, jobs)
        self.full_text = full_text
        self.force = force
        self.on_progress = on_progress
        self.timeout = timeout
        self.max_bytes = max_bytes
        self.processes = processes
        self.summary = RefreshSummary()
        self.done = 0
        self.new_total = 0  # kept as feeds finish: summing every result each time is quadratic
        self.total = 0
        self._pending: list[tuple[tuple, asyncio.Future]] = []
        self._writing = False
        self._to_store: list[tuple[tuple, asyncio.Future]] = []
        self._storing = 0  # batches of feeds handed to the process pool, not yet back

    async def run(self, feed_ids: Sequence[int] | None) -> RefreshSummary:
        self.loop = asyncio.get_running_loop()
        # One thread owns the archive connection: every read and write goes through it.
        self.writer = concurrent.futures.ThreadPoolExecutor(1, thread_name_prefix="reader-db")
        self.pool: concurrent.futures.Executor | None = None
        self.processes_pool: concurrent.futures.Executor | None = None
        self.work = 0
        try:
            feeds, skipped = await self.db(self._select, feed_ids)
            self.summary.skipped = skipped
            self.total = len(feeds)
            if not feeds:
                return self.summary
            self.pool = self._make_pool(len(feeds))
            if self.processes and len(feeds) >= EARLY_FORK_SERVER:
                self._fork_server()  # starts in parallel with the first fetches
            client_options = {"max_connections": self.jobs * 2, "per_host": PER_HOST}
            if self.max_bytes is not None:
                client_options["max_bytes"] = self.max_bytes
            async with HttpClient(timeout=self.timeout, **client_options) as self.client:
                slots = asyncio.Semaphore(self.jobs)
                # Parsed feeds waiting for the writer, beyond those being fetched and parsed.
                self.backlog = asyncio.Semaphore(WRITE_BACKLOG)

                async def one(feed: Feed) -> None:
                    async with _Slot(slots) as slot:
                        result = await self._refresh_guarded(feed, slot)
                    self._report(feed, result)

                await asyncio.gather(*(one(feed) for feed in feeds))
            return self.summary
        finally:
            for pool in (self.pool, self.processes_pool):
                if pool is not None:
                    pool.shutdown(wait=False, cancel_futures=True)
            self.writer.submit(self._checkpoint)
            self.writer.submit(self._close_store)
            self.writer.shutdown(wait=True)

    # The archive, on the writer thread.

    async def db(self, function: Callable, *args):
        return await self.loop.run_in_executor(self.writer, function, *args)

    async def write(self, *job) -> list[tuple[int, str]]:
        """Queue one feed's write; feeds finished while the writer is busy share a commit.

        Batching spares the full-text index most of the cost of many small transactions;
        each feed is still all-or-nothing (see `_write_batch`).
        """
        future = self.loop.create_future()
        self._pending.append((job, future))
        if not self._writing:
            self._writing = True
            self.loop.create_task(self._drain())
        return await future

    async def _drain(self) -> None:
        try:
            while self._pending:
                batch, self._pending = self._pending, []
                try:
                    results = await self.db(self._write_batch, [job for job, _ in batch])
                except Exception as error:  # the commit itself failed: every feed in it did
                    results = [error] * len(batch)
                _settle(batch, results)
        finally:
            self._writing = False

    def _write_batch(self, jobs: list[tuple]) -> list:
        """Write feeds in one transaction, or one by one if that fails (`store_together`)."""
        return store_together(self._store(), [partial(self._write, *job) for job in jobs])

    def _store(self) -> Store:
        return local_store(self.db_path)

    def _checkpoint(self) -> None:
        """Copy the log into the archive now, not at the app's next write: a refresh lets it
        grow to `writing.WAL_CHECKPOINT_BYTES`, more than SQLite's usual 1,000 pages."""
        self._store().conn.execute("PRAGMA wal_checkpoint(PASSIVE)")

    def _close_store(self) -> None:
        close_local_store(self.db_path)

    def _select(self, feed_ids: Sequence[int] | None) -> tuple[list[Feed], int]:
        store = self._store()
        if feed_ids:
            feeds = []
            for feed_id in feed_ids:
                feed = store.get_feed(feed_id)
                if feed is None:
                    raise ReaderError(f"no feed {feed_id} in {store.path}")
                feeds.append(feed)
            return feeds, 0
        now = datetime.now(UTC)
        every = store.list_feeds()
        chosen = [f for f in every if not f.gone and (self.force or is_due(f, now))]
        if self.force:
            chosen = [f for f in chosen if not (f.retry_after and f.retry_after > now)]
        return chosen, len(every) - len(chosen)

    def _make_pool(self, feeds: int) -> concurrent.futures.Executor:
        """One worker thread; `cpu` moves to processes once there is enough work for them."""
        if self.processes is None:
            cpus = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else 1
            self.processes = cpus if cpus > 1 else 0
        self.processes = min(self.processes, feeds)
        # More than one thread would only contend for the interpreter lock.
        return concurrent.futures.ThreadPoolExecutor(1, thread_name_prefix="reader-parse")

    async def cpu(self, function: Callable, *args, weight: int = 1):
        """Run CPU-bound work off the event loop (see `_executor`)."""
        return await self.loop.run_in_executor(self._executor(weight), function, *args)

    def _executor(self, weight: int) -> concurrent.futures.Executor:
        """Where `weight` more units of CPU work run: small refreshes stay on one worker
        thread; past `POOL_AFTER` units (about an entry each) the rest goes to a process
        pool, whose start-up then pays off."""
        self.work += weight
        if self.processes and self.processes_pool is None and self.work > POOL_AFTER:
            self.processes_pool = concurrent.futures.ProcessPoolExecutor(
                self.processes, mp_context=self._fork_server(), initializer=ignore_interrupts
            )
        return self.processes_pool or self.pool

    async def parse_and_store(self, job: tuple, weight: int) -> writing.StoredFeed:
        """Parse and store a feed (`writing.parse_and_store`'s arguments after the archive's
        path) off the event loop; in the process pool, feeds waiting for a worker at the
        same time go to it together, `FEEDS_PER_COMMIT` at most, and share a commit."""
        executor = self._executor(weight)
        if executor is not self.processes_pool:
            return await self.loop.run_in_executor(executor, parse_and_store, self.db_path, *job)
        future = self.loop.create_future()
        self._to_store.append((job, future))
        self._dispatch()
        return await future

    def _dispatch(self) -> None:
        # One task more than there are workers keeps each busy while the next one's feeds
        # travel to it; the rest wait here, where they can be grouped.
        while self._to_store and self._storing <= (self.processes or 1):
            batch = self._to_store[:FEEDS_PER_COMMIT]
            del self._to_store[:FEEDS_PER_COMMIT]
            self._storing += 1
            self.loop.create_task(self._store_batch(batch))

    async def _store_batch(self, batch: list[tuple[tuple, asyncio.Future]]) -> None:
        try:
            results = await self.loop.run_in_executor(
                self.processes_pool,
                writing.parse_and_store_many,
                self.db_path,
                [job for job, _ in batch],
            )
        except BaseException as error:  # the pool broke, or the refresh was interrupted
            results = [error] * len(batch)
        finally:
            self._storing -= 1
        _settle(batch, results)
        self._dispatch()

    def _fork_server(self):
        """The fork server the pool's workers come from, started now if it is not running.

        It imports `writing` once, before forking, so that a worker starts ready.
        """
        import multiprocessing
        import multiprocessing.forkserver

        from reader.core.processes import ensure_resource_tracker

        ensure_resource_tracker()
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload([writing.__name__])
        multiprocessing.forkserver.ensure_running()
        return context

    # One feed.

    async def _refresh_guarded(self, feed: Feed, slot: _Slot) -> FeedResult:
        try:
            return await self._refresh(feed, slot)
        except (ReaderError, OSError) as error:
            return await self._failed(feed, str(error))
        except concurrent.futures.BrokenExecutor:
            raise
        except Exception as error:  # one broken feed must not stop the others
            return await self._failed(feed, f"{feed.url}: unexpected error ({error!r})")

    async def _refresh(self, feed: Feed, slot: _Slot) -> FeedResult:
        headers = {"Accept": FEED_ACCEPT}
        if feed.etag:
            headers["If-None-Match"] = feed.etag
        if feed.last_modified:
            headers["If-Modified-Since"] = feed.last_modified
        try:
            response = await self.client.get(feed.url, headers=headers)
        except FetchError as error:
            return await self._fetch_failed(feed, error)
        state = self._fetch_state(feed, response)
        if response.not_modified:
            await self.write(feed, state, [], [])
            return FeedResult(feed.id, feed.display_title, "not_modified")
        fetch_pages = self.full_text and feed.full_text
        weight = len(response.content) // 5000
        try:
            if fetch_pages:
                saved, title, warning = await self._with_pages(feed, response, state, slot, weight)
            else:
                job = (response.content, response.url, response.headers, feed, state)
                stored = await self.parse_and_store(job, weight)
                saved, title, warning = stored.saved, stored.title, stored.warning
        except FeedParseError as error:
            return await self._failed(feed, str(error), state)
        title = feed.title_override or title or feed.display_title
        new = sum(1 for _, status in saved if status == "new")
        updated = sum(1 for _, status in saved if status == "updated")
        return FeedResult(
            feed.id,
            title,
            "updated" if saved else "unchanged",
            new=new,
            updated=updated,
            warning=warning,
            article_ids=tuple(i for i, status in saved if status != "unchanged"),
        )

    async def _with_pages(
        self, feed: Feed, response: HttpResponse, state: dict[str, object], slot: _Slot, weight: int
    ) -> tuple[list[tuple[int, str]], str | None, str | None]:
        """Parse a feed, fetch and extract its new entries' pages, then store them."""
        known = await self.db(lambda: self._store().feed_entries(feed.id))
        prepared = await self.cpu(
            prepare_feed,
            response.content,
            response.url,
            response.headers,
            known,
            feed.id,
            feed.title_override,
            False,
            weight=weight,
        )
        state = state | parsed_state(prepared, response.headers)
        articles = await asyncio.gather(*(self._full_text(e.article) for e in prepared.entries))
        # While this feed waits for the writer, another can be fetched and parsed.
        async with self.backlog:
            slot.release()
            saved = await self.write(feed, state, prepared.entries, articles)
        return saved, prepared.title, prepared.warning

    def _fetch_state(self, feed: Feed, response: HttpResponse) -> dict[str, object]:
        now = now_utc()
        state: dict[str, object] = {
            "last_fetched": now,
            "last_success": now,
            "last_error": None,
            "retry_after": None,
            "gone": False,
        }
        if "etag" in response.headers or not response.not_modified:
            state["etag"] = response.headers.get("etag")
        if "last-modified" in response.headers or not response.not_modified:
            state["last_modified"] = response.headers.get("last-modified")
        if response.permanent_redirect and response.permanent_redirect != feed.url:
            state["url"] = response.permanent_redirect
        return state

    async def _full_text(self, article: Article) -> PreparedArticle:
        page = None
        if article.url:
            try:
                page = await self.client.get(
                    article.url,
                    headers={"Accept": "text/html,application/xhtml+xml;q=0.9,*/*;q=0.5"},
                )
            except FetchError:
                page = None
        if page is None or (page.media_type and "html" not in page.media_type):
            return await self.cpu(prepare_article, article)
        return await self.cpu(
            merge_full_text,
            article,
            page.content,
            page.url,
            page.headers.get("content-type"),
            weight=20,  # extracting a page costs about as much as twenty entries
        )

    async def _fetch_failed(self, feed: Feed, error: FetchError) -> FeedResult:
        now = now_utc()
        state: dict[str, object] = {"last_fetched": now, "last_error": error.reason}
        status = "error"
        if error.status == 410:
            state |= {"gone": True, "last_error": "HTTP 410: the feed is gone (not fetched again)"}
            status = "gone"
        elif error.status in (429, 503) and (error.retry_after or error.status == 429):
            until = error.retry_after or (now + DEFAULT_RETRY)
            until = max(until, now)
            state |= {
                "retry_after": until,
                "last_error": f"HTTP {error.status}: asked to retry after "
                f"{until.strftime('%Y-%m-%d %H:%M')} UTC",
            }
            status = "postponed"
        await self.write(feed, state, [], [])
        return FeedResult(feed.id, feed.display_title, status, error=state["last_error"])

    async def _failed(
        self, feed: Feed, message: str, state: dict[str, object] | None = None
    ) -> FeedResult:
        reason = message.removeprefix(f"{feed.url}: ")
        fields = dict(state or {}) | {"last_fetched": now_utc(), "last_error": reason}
        fields.pop("last_success", None)
        fields.pop("etag", None)  # refetch in full next time, the body was unusable
        fields.pop("last_modified", None)
        await self.write(feed, fields, [], [])
        return FeedResult(feed.id, feed.display_title, "error", error=reason)

    def _write(self, feed: Feed, state: dict[str, object], *rest) -> list[tuple[int, str]]:
        return write_feed(self._store(), feed, state, *rest)

    def _report(self, feed: Feed, result: FeedResult) -> None:
        self.summary.results.append(result)
        self.done += 1
        self.new_total += result.new
        if self.on_progress is not None:
            self.on_progress(
                RefreshProgress(
                    done=self.done,
                    total=self.total,
                    feed_id=feed.id,
                    title=result.title,
                    status=result.status,
                    new=result.new,
                    updated=result.updated,
                    error=result.error,
                    new_total=self.new_total,
                )
            )


__all__ = ["FeedResult", "RefreshProgress", "RefreshSummary", "refresh_feeds"]
