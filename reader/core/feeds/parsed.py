"""What a parsed feed is, whatever its format: the feed's metadata and its entries."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from reader.core.errors import ReaderError


class FeedParseError(ReaderError):
    """The bytes are not a feed we can read; the message names the feed and the reason."""


@dataclass(frozen=True, slots=True)
class ParsedEntry:
    """One item of a feed, its text still HTML (or plain text)."""

    guid: str | None = None
    """The entry's id (RSS guid, Atom id, JSON Feed id, RDF about)."""
    link: str | None = None
    """The story's URL, absolute."""
    title: str | None = None
    """Plain-text title."""
    author: str | None = None
    """Byline."""
    published: datetime | None = None
    """Publication time (else the last update), UTC."""
    updated: datetime | None = None
    """Last update time, UTC."""
    summary: str | None = None
    """The short description, HTML or text."""
    content: str | None = None
    """The full content when the feed gives one (content:encoded, Atom content), HTML."""
    language: str | None = None
    """The entry's own language (xml:lang, JSON Feed language)."""

    @property
    def body_html(self) -> str:
        """The richest text the feed gives for this entry."""
        return self.content or self.summary or ""


@dataclass(frozen=True, slots=True)
class ParsedFeed:
    """A feed document: metadata, entries, and what went wrong while reading it."""

    title: str | None = None
    site_url: str | None = None
    """The site's home page (RSS channel link, Atom alternate link, JSON Feed home_page_url)."""
    language: str | None = None
    ttl: int | None = None
    """RSS `<ttl>` in seconds, when given: a hint for the refresh interval."""
    entries: list[ParsedEntry] = field(default_factory=list)
    format: str = ""
    """`rss2`, `rss1`, `atom`, `json`, or feedparser's version name."""
    warning: str | None = None
    """A problem that did not stop reading (malformed XML whose entries were recovered)."""
