"""Finding a site's feed from its page, and when feeds are due."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from reader.core.errors import ReaderError
from reader.core.feeds.discover import FeedLink, discover_feeds, find_feed
from reader.core.feeds.schedule import (
    format_interval,
    hinted_interval,
    is_due,
    next_due,
    parse_interval,
)
from reader.core.models import Feed


def test_declared_feeds_come_first_in_page_order_resolved_against_base():
    page = b"""<html><head><base href="https://site.example/news/">
    <link rel="alternate" type="application/atom+xml" title="Atom" href="atom.xml">
    <link rel="Alternate" type="application/rss+xml; charset=utf-8" href="/rss">
    <link rel="alternate" type="text/html" href="/fr/">
    <link rel="alternate" type="application/feed+json" href="feed.json">
    </head><body><a href="/other/feed">Feed</a></body></html>"""

    assert discover_feeds(page, "https://site.example/") == [
        FeedLink("https://site.example/news/atom.xml", "Atom", "atom"),
        FeedLink("https://site.example/rss", None, "rss"),
        FeedLink("https://site.example/news/feed.json", None, "json"),
    ]


def test_links_that_look_like_feeds_when_none_is_declared():
    page = b"""<html><body><a href="/about">About</a><a href="/feed/">RSS</a>
    <a href="https://elsewhere.example/rss.xml">Other site</a><a href="/podcast.rss">Pod</a>
    </body></html>"""

    assert [f.url for f in discover_feeds(page, "https://site.example/")] == [
        "https://site.example/feed/",
        "https://site.example/podcast.rss",
    ]


def test_a_malformed_feed_without_entries_says_why(http_server):
    url = http_server.route(
        "/broken.xml",
        "<rss><channel><title>x</title><oops",
        content_type="application/rss+xml",
    )

    with pytest.raises(ReaderError, match=r"/broken.xml: no feed found \(malformed feed with no"):
        find_feed(url)


def test_a_permanent_redirect_gives_the_new_feed_url(http_server):
    target = http_server.route(
        "/new.xml", b"<rss version='2.0'><channel><title>T</title></channel></rss>"
    )
    http_server.redirect("/old.xml", "/new.xml", status=308)

    feed_url, parsed, _ = find_feed(http_server.url("/old.xml"))

    assert (feed_url, parsed.title) == (target, "T")


def test_intervals_read_and_written_by_the_reader():
    assert [parse_interval(t) for t in ("90", "45m", "2h", "1d", "1w", "1.5h")] == [
        5400,
        2700,
        7200,
        86400,
        604800,
        5400,
    ]
    assert [format_interval(s) for s in (5400, 7200, 86400, 90)] == ["90m", "2h", "1d", "90s"]
    with pytest.raises(ValueError, match="not a duration"):
        parse_interval("often")
    with pytest.raises(ValueError, match="too short"):
        parse_interval("30s")


def test_hints_from_ttl_cache_control_and_expires_are_kept_in_bounds():
    now = datetime(2026, 2, 5, 10, tzinfo=UTC)
    assert hinted_interval(5400, {}) == 5400
    assert hinted_interval(None, {"cache-control": "public, max-age=1800"}) == 1800
    assert hinted_interval(None, {"cache-control": "max-age=5"}) == 15 * 60
    assert hinted_interval(None, {"expires": "Thu, 05 Feb 2026 12:00:00 GMT"}, now) == 7200
    assert hinted_interval(None, {"expires": "Thu, 05 Mar 2026 12:00:00 GMT"}, now) == 86400
    assert hinted_interval(None, {"expires": "0"}) is None
    assert hinted_interval(None, {}) is None


def test_a_feed_is_due_after_its_interval_unless_gone_or_asked_to_wait():
    now = datetime(2026, 2, 5, 10, tzinfo=UTC)
    fetched = now - timedelta(minutes=90)
    feed = Feed(None, "https://f.example/rss", last_fetched=fetched)

    assert is_due(Feed(None, "https://new.example/rss"), now)
    assert is_due(feed, now)  # default: one hour
    assert not is_due(Feed(None, feed.url, last_fetched=fetched, interval=7200), now)
    assert not is_due(Feed(None, feed.url, last_fetched=fetched, hinted_interval=7200), now)
    assert not is_due(Feed(None, feed.url, gone=True), now)
    waiting = Feed(None, feed.url, last_fetched=fetched, retry_after=now + timedelta(hours=3))
    assert not is_due(waiting, now)
    assert next_due(waiting) == now + timedelta(hours=3)
