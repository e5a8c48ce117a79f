"""Feed entries → `Article`s: identity (GUID, normalised link, title and date), text, metadata."""

from __future__ import annotations

import hashlib
import re
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from reader.core.feeds.content import html_to_blocks
from reader.core.feeds.parse import parse_feed
from reader.core.feeds.parsed import ParsedEntry, ParsedFeed
from reader.core.models import Article
from reader.core.store import SaveResult, Store, to_iso

_TRACKING = ("utm_", "fbclid", "gclid", "mc_cid", "mc_eid", "xtor", "at_medium", "at_campaign")
# Most links are already normal: lower-case scheme and host, no query, no fragment.
_NORMAL_LINK = re.compile(r"(https?)://[a-z0-9.-]+(?::([1-9][0-9]{0,3}|[1-5][0-9]{4}))?/[^?#\s]*")


def normalise_link(url: str | None) -> str | None:
    """A story URL without what varies between copies: fragment, tracking parameters, case."""
    if not url:
        return None
    if (normal := _NORMAL_LINK.fullmatch(url)) and normal[2] not in ("80", "443"):
        return url
    try:
        parts = urlsplit(url.strip())
        port = parts.port
    except ValueError:
        return url.strip() or None
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower()
    if port and not ((scheme == "http" and port == 80) or (scheme == "https" and port == 443)):
        host = f"{host}:{port}"
    query = urlencode(
        [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)
         if not k.lower().startswith(_TRACKING)]
    )  # fmt: skip
    return urlunsplit((scheme, host, parts.path or "/", query, ""))


def entry_key(entry: ParsedEntry) -> str:
    """What identifies an entry across refreshes: its GUID, else its link, else title and date."""
    if entry.guid:
        return "guid:" + entry.guid
    if link := normalise_link(entry.link):
        return "link:" + link
    stamp = to_iso(entry.published) or ""
    return "title:" + hashlib.sha1(f"{entry.title or ''}\x00{stamp}".encode()).hexdigest()


def entry_hash(entry: ParsedEntry) -> str:
    """A hash of what the feed says about an entry, to tell whether it changed."""
    digest = hashlib.sha256()
    for part in (entry.title, entry.link, entry.author, entry.body_html, to_iso(entry.published)):
        digest.update((part or "").encode("utf-8", "surrogatepass") + b"\x00")
    return digest.hexdigest()


def entry_to_article(
    entry: ParsedEntry, feed: ParsedFeed, *, feed_id: int | None = None, site: str | None = None
) -> Article:
    """The article an entry makes from the feed's own text (before any full-text fetch)."""
    blocks = html_to_blocks(entry.body_html)
    guid = entry.guid
    if not guid and not entry.link:
        # Neither id nor link: identify it by title and date, as `entry_key` does.
        guid = entry_key(entry)
    return Article(
        id=None,
        title=entry.title or "",
        url=normalise_link(entry.link),
        guid=guid,
        feed_id=feed_id,
        author=entry.author,
        site=site or feed.title,
        published=entry.published or entry.updated,
        language=_language(entry.language or feed.language),
        summary=_summary_text(entry),
        html=entry.body_html or None,
        blocks=blocks,
    )


def _summary_text(entry: ParsedEntry) -> str | None:
    if not entry.summary or entry.summary == entry.body_html:
        return None
    return " ".join(b.text for b in html_to_blocks(entry.summary, limit=20))[:2000] or None


def _language(code: str | None) -> str | None:
    if not code:
        return None
    code = code.strip().lower().replace("_", "-").split("-")[0]
    return code if len(code) == 2 and code.isalpha() else None


def import_feed_file(
    store: Store, data: bytes, source: str, *, tags: tuple[str, ...] | list[str] = ()
) -> list[SaveResult]:
    """Store every entry of an RSS, Atom or JSON Feed document as an article.

    Args:
        store: the archive.
        data: the file's bytes.
        source: where it came from (a path or URL), to name it in errors and resolve links.
        tags: tags to give every article.

    Returns:
        One result per entry, in the feed's order.

    Raises:
        FeedParseError: the file is not a feed we can read.
    """
    base = source if source.startswith(("http://", "https://")) else ""
    feed = parse_feed(data, url=base, name=source)
    return [
        store.save_article(entry_to_article(entry, feed), tags=tuple(tags))
        for entry in feed.entries
    ]
