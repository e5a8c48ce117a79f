"""Find a site's feeds from one of its pages, and subscribe after checking the feed reads.

Discovery follows `<link rel="alternate" type="application/rss+xml|atom+xml|feed+json">`
(in the page's order), then, when a page declares none, links whose address looks like a
feed (`/feed`, `.rss`, `atom.xml`) on the same site.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

from lxml import etree, html

from reader.core.errors import ReaderError
from reader.core.feeds.parse import parse_feed
from reader.core.feeds.parsed import FeedParseError, ParsedFeed
from reader.core.http import FetchError, HttpResponse, fetch_url
from reader.core.models import Feed
from reader.core.store import Store

FEED_TYPES = {
    "application/rss+xml": "rss",
    "application/atom+xml": "atom",
    "application/feed+json": "json",
    "application/json": "json",
    "application/rdf+xml": "rdf",
    "application/xml": "xml",
    "text/xml": "xml",
}
_FEEDISH = re.compile(r"(/feed/?$|/rss/?$|/atom/?$|\.rss$|\.atom$|rss\.xml$|atom\.xml$|feed\.xml$)")
_ACCEPT = (
    "application/atom+xml, application/rss+xml, application/feed+json, "
    "application/xml;q=0.9, text/xml;q=0.9, text/html;q=0.8, */*;q=0.5"
)


@dataclass(frozen=True, slots=True)
class FeedLink:
    """A feed a page points to."""

    url: str
    title: str | None
    kind: str
    """`rss`, `atom`, `json`, `rdf`, `xml`, or `guess` for a link that merely looks like one."""


def discover_feeds(page: bytes | str, base_url: str) -> list[FeedLink]:
    """The feeds a page declares, best first; links that look like feeds when it declares none."""
    try:
        root = html.document_fromstring(page)
    except (etree.ParserError, ValueError):
        return []
    base = urljoin(base_url, root.xpath("string(//base/@href)") or "")
    found: list[FeedLink] = []
    seen: set[str] = set()
    for link in root.iter("link"):
        rel = {r.lower() for r in (link.get("rel") or "").split()}
        kind = FEED_TYPES.get((link.get("type") or "").split(";")[0].strip().lower())
        href = (link.get("href") or "").strip()
        if "alternate" in rel and kind and href:
            url = urljoin(base, href)
            if url not in seen:
                seen.add(url)
                found.append(
                    FeedLink(url, " ".join((link.get("title") or "").split()) or None, kind)
                )
    if found:
        return sorted(found, key=lambda f: f.kind == "xml")
    host = urlsplit(base).hostname
    for anchor in root.iter("a"):
        href = (anchor.get("href") or "").strip()
        url = urljoin(base, href)
        parts = urlsplit(url)
        if href and url not in seen and parts.hostname == host and _FEEDISH.search(parts.path):
            seen.add(url)
            found.append(FeedLink(url, None, "guess"))
    return found


def find_feed(url: str, *, timeout: float = 10.0) -> tuple[str, ParsedFeed, HttpResponse]:
    """The feed at `url`, or the one its page points to, fetched and parsed.

    Returns:
        The feed's URL (after a permanent redirect or discovery), the parsed feed, and the
        response it came from.

    Raises:
        ReaderError: the URL cannot be fetched, or is neither a feed nor a page naming one.
    """
    response = fetch_url(url, timeout=timeout, headers={"Accept": _ACCEPT})
    try:
        return _feed_url(url, response), _parse(response), response
    except FeedParseError as not_a_feed:
        candidates = discover_feeds(response.content, response.url)
        page = "html" in response.media_type or b"<html" in response.content[:2048].lower()
        if not candidates and not page:
            reason = str(not_a_feed).split(": ", 1)[-1]
            raise ReaderError(f"{url}: no feed found ({reason})") from None
        if not candidates:
            raise ReaderError(
                f"{url}: no feed found (not a feed, and the page links to none)"
            ) from None
        errors = []
        for candidate in candidates[:5]:
            try:
                feed_response = fetch_url(
                    candidate.url, timeout=timeout, headers={"Accept": _ACCEPT}
                )
                return _feed_url(candidate.url, feed_response), _parse(feed_response), feed_response
            except (FetchError, FeedParseError) as error:
                errors.append(str(error))
        raise ReaderError(f"{url}: the page's feeds cannot be read ({errors[0]})") from None


def _feed_url(asked: str, response: HttpResponse) -> str:
    return response.permanent_redirect or asked


def _parse(response: HttpResponse) -> ParsedFeed:
    return parse_feed(response.content, url=response.url, headers=response.headers)


def subscribe(
    store: Store,
    url: str,
    *,
    title: str | None = None,
    tags: tuple[str, ...] | list[str] = (),
    timeout: float = 10.0,
) -> tuple[Feed, ParsedFeed]:
    """Check that `url` is (or leads to) a readable feed, then subscribe to it.

    Args:
        store: the archive.
        url: a feed URL or a page of the site.
        title: a title of the reader's own, shown instead of the feed's.
        tags: tags for the subscription.

    Returns:
        The subscription and what the feed held when checked (its entries are stored by
        the next `reader fetch`).

    Raises:
        ReaderError: no readable feed at or behind `url`.
    """
    if not urlsplit(url).scheme:
        url = "https://" + url
    feed_url, parsed, _response = find_feed(url, timeout=timeout)
    feed = store.add_feed(feed_url, tags=tags)
    fields: dict[str, object] = {}
    if parsed.title and not feed.title:
        fields["title"] = parsed.title
    if title:
        fields["title_override"] = title
    if parsed.site_url and not feed.site_url:
        fields["site_url"] = parsed.site_url
    if parsed.language and not feed.language:
        fields["language"] = parsed.language[:35]
    if fields:
        store.update_feed(feed.id, **fields)
    return store.get_feed(feed.id), parsed
