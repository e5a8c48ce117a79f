"""What every importer produces before it is stored: text blocks and the metadata found."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime

from reader.core.models import Block


@dataclass(frozen=True, slots=True)
class Document:
    """One article read from a page or a file, not yet stored."""

    title: str
    """The title chosen for it."""
    blocks: tuple[Block, ...]
    """Its text."""
    url: str | None = None
    """Canonical URL, when the page or the front matter gives one."""
    author: str | None = None
    """Byline."""
    published: datetime | None = None
    """Publication time, UTC."""
    site: str | None = None
    """Site or publication name."""
    language: str | None = None
    """Language code given by the page or the front matter."""
    tags: tuple[str, ...] = ()
    """Tags given by the file itself (Markdown front matter)."""
    summary: str | None = None
    """The page's own summary of the article."""
    html: str | None = None
    """The original HTML, for pages."""


def parse_date(value: object) -> datetime | None:
    """A date written as ISO 8601 or RFC 2822 as an aware UTC datetime; `None` otherwise."""
    if isinstance(value, datetime):
        moment = value
    else:
        text = str(value or "").strip()
        if not text:
            return None
        try:
            moment = datetime.fromisoformat(text)
        except ValueError:
            try:
                moment = parsedate_to_datetime(text)
            except (TypeError, ValueError, IndexError):
                return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC)
