"""JSON Feed 1.0 and 1.1 (jsonfeed.org) → `ParsedFeed`, since feedparser does not read it."""

from __future__ import annotations

import html
import json
from urllib.parse import urljoin

from reader.core.feeds.parse import parse_date, plain
from reader.core.feeds.parsed import FeedParseError, ParsedEntry, ParsedFeed


def parse_json_feed(data: bytes, *, url: str = "", name: str | None = None) -> ParsedFeed:
    """Read a JSON Feed document.

    Raises:
        FeedParseError: not JSON, or JSON that is not a JSON Feed.
    """
    name = name or url or "feed"
    try:
        document = json.loads(data.decode("utf-8-sig", errors="replace"))
    except (ValueError, RecursionError) as error:
        raise FeedParseError(f"{name}: not a feed (invalid JSON: {error})") from None
    version = document.get("version", "") if isinstance(document, dict) else ""
    if not isinstance(version, str) or not version.startswith("https://jsonfeed.org/version/"):
        raise FeedParseError(f"{name}: not a feed (JSON without a JSON Feed version)")
    site = _string(document.get("home_page_url"))
    feed_authors = _authors(document)
    entries = []
    for item in document.get("items") or ():
        if not isinstance(item, dict):
            continue
        link = _string(item.get("url")) or _string(item.get("external_url"))
        content = _string(item.get("content_html"))
        if content is None and (text := _string(item.get("content_text"))):
            content = "".join(f"<p>{html.escape(p)}</p>" for p in text.split("\n\n") if p.strip())
        published = parse_date(_string(item.get("date_published")))
        updated = parse_date(_string(item.get("date_modified")))
        ident = item.get("id")
        entries.append(
            ParsedEntry(
                guid=str(ident) if ident not in (None, "") else None,
                link=urljoin(url, link) if link and url else link,
                title=plain(_string(item.get("title"))),
                author=_authors(item) or feed_authors,
                published=published or updated,
                updated=updated or published,
                summary=html.escape(s) if (s := _string(item.get("summary"))) else None,
                content=content,
                language=_string(item.get("language")),
            )
        )
    return ParsedFeed(
        title=plain(_string(document.get("title"))),
        site_url=site,
        language=_string(document.get("language")),
        entries=entries,
        format="json",
    )


def _string(value: object) -> str | None:
    return value.strip() or None if isinstance(value, str) else None


def _authors(obj: dict) -> str | None:
    """JSON Feed 1.1 `authors` list, or 1.0 `author` object, as one byline."""
    authors = obj.get("authors")
    if not isinstance(authors, list):
        authors = [obj.get("author")]
    names = [
        a.get("name") for a in authors if isinstance(a, dict) and isinstance(a.get("name"), str)
    ]
    return plain(", ".join(n for n in names if n.strip())) if names else None
