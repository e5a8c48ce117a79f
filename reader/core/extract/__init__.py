"""HTML → a clean article: title, metadata and structured blocks.

`extract_html` cleans and decodes the page, reads its metadata (JSON-LD, OpenGraph, `<meta>`),
extracts the article's text with readability-lxml (trafilatura when readability finds too
little), keeps its structure as blocks, and drops what is not the article.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from reader.core.errors import ReaderError
from reader.core.extract.clean import decode_html
from reader.core.models import Block

__all__ = ["Extracted", "ExtractionError", "decode_html", "extract_html"]


class ExtractionError(ReaderError):
    """The page has no article text we can extract, or cannot be parsed at all."""


@dataclass(frozen=True, slots=True)
class Extracted:
    """An article extracted from a page."""

    title: str
    """The article's title, without the " | Site" suffix."""
    blocks: tuple[Block, ...]
    """Headings (with level), paragraphs, quotes, list items and preformatted text, in order."""
    author: str | None = None
    """Byline, as the page gives it."""
    published: datetime | None = None
    """Publication time, timezone-aware UTC."""
    site: str | None = None
    """Site or publication name."""
    url: str | None = None
    """Canonical URL of the article (else the URL it was fetched from)."""
    language: str | None = None
    """Two-letter language code, such as `fr` or `en`."""
    description: str | None = None
    """The page's own summary of the article."""


def extract_html(
    html: str | bytes, url: str | None = None, *, content_type: str | None = None
) -> Extracted:
    """Extract the article of an HTML page.

    Args:
        html: the page, as text or as the bytes fetched (decoded with `decode_html`).
        url: where it came from, to resolve relative links and as a fallback canonical URL.
        content_type: the HTTP `Content-Type` header, for its charset.

    Returns:
        The article's title, metadata and blocks.

    Raises:
        ExtractionError: the page is empty, cannot be parsed, or holds no article text.
    """
    from reader.core.extract.pipeline import run

    return run(html, url, content_type)
