"""From sources to stored articles: read, convert to blocks, save (one transaction each).

Text, Markdown and HTML become one article each; feed files, OPML and JSON Lines are handed to
the modules that own those formats. A source that fails is reported and the next one goes on.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, BinaryIO

from reader.core.errors import ReaderError
from reader.core.importers.document import Document
from reader.core.importers.markdown import parse_markdown
from reader.core.importers.sources import (
    MAX_BYTES,
    Source,
    SourceError,
    checked,
    decode_text,
    format_for_content_type,
    is_url,
    iter_sources,
    source_format,
)
from reader.core.importers.text import parse_text
from reader.core.models import Article

if TYPE_CHECKING:
    from reader.core.store import Store

MIN_PAGE_WORDS = 15
"""A page with fewer words of text than this holds no article (a menu, a login wall)."""

_NOT_PAGES = ("image/", "audio/", "video/", "font/", "application/pdf", "application/zip")
_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,text/*;q=0.8,*/*;q=0.5"


@dataclass(frozen=True, slots=True)
class ImportOptions:
    """What the reader asked for on the command line."""

    tags: tuple[str, ...] = ()
    """Tags for every imported article."""
    title: str | None = None
    """Title for the article (one source only)."""
    language: str | None = None
    """Language code for every imported article, instead of the one the page declares."""


@dataclass(frozen=True, slots=True)
class Imported:
    """One thing an import stored."""

    id: int
    """The article's (or, from OPML, the feed's) id."""
    title: str
    """Its title as stored."""
    status: str
    """`new`, `updated` or `unchanged`; `subscribed` for a feed from OPML."""
    kind: str = "article"
    """`article` or `feed`."""


def import_sources(
    store: Store,
    arguments: list[str],
    options: ImportOptions = ImportOptions(),
    *,
    stdin: BinaryIO | None = None,
) -> Iterator[Imported | SourceError]:
    """Import every source the arguments name, yielding what was stored or why it failed.

    Args:
        store: the archive.
        arguments: files, directories (read recursively), `-` for stdin, or http(s) URLs.
        options: tags, title and language to apply.
        stdin: the stream `-` reads.
    """
    for source in iter_sources(arguments, stdin=stdin, fetch=fetch_page):
        if isinstance(source, SourceError):
            yield source
            continue
        try:
            yield from import_source(store, source, options)
        except SourceError as error:
            yield error
        except sqlite3.Error:
            raise  # the archive's problem, not this source's: stop
        except Exception as error:  # a bug on one odd input must not stop the other sources
            yield SourceError(
                source.name, f"could not be imported ({type(error).__name__}: {error})"
            )


def import_source(store: Store, source: Source, options: ImportOptions) -> list[Imported]:
    """Store the article(s) one source holds.

    Raises:
        SourceError: the source holds nothing importable; the message says why.
    """
    fmt = source_format(source)
    if fmt == "feed":
        return _import_feed(store, source, options)
    if fmt == "opml":
        return _import_opml(store, source)
    if fmt == "jsonl":
        return _import_jsonl(store, source, options)
    document = read_document(source, fmt, title=options.title)
    if fmt == "html" and _words(document) < MIN_PAGE_WORDS:
        raise SourceError(source.name, "no article text found")
    if not document.blocks:
        raise SourceError(source.name, "no text in it")
    return [save_document(store, document, source.uri, options)]


def _words(document: Document) -> int:
    return sum(len(block.text.split()) for block in document.blocks)


def read_document(source: Source, fmt: str, *, title: str | None = None) -> Document:
    """Convert a text, Markdown or HTML source into a `Document`."""
    if fmt == "html":
        return _read_html(source, title)
    try:
        text = decode_text(source.data)
    except (UnicodeDecodeError, ValueError):
        raise SourceError(
            source.name, "undecodable text (a byte-order mark it does not follow)"
        ) from None
    if fmt == "markdown":
        return parse_markdown(text, title=title)
    chosen, blocks = parse_text(text, title=title)
    return Document(title=chosen, blocks=tuple(blocks))


def _read_html(source: Source, title: str | None) -> Document:
    from reader.core.extract import ExtractionError, decode_html, extract_html

    page_url = source.uri if source.uri and is_url(source.uri) else None
    html = decode_html(source.data, source.content_type)
    try:
        extracted = extract_html(html, page_url)
    except ExtractionError as error:
        raise SourceError(source.name, str(error)) from None
    return Document(
        title=title or extracted.title or "",
        blocks=tuple(extracted.blocks),
        url=extracted.url,
        author=extracted.author,
        published=extracted.published,
        site=extracted.site,
        language=extracted.language,
        summary=extracted.description,
        html=html,
    )


def save_document(
    store: Store, document: Document, source_uri: str | None, options: ImportOptions
) -> Imported:
    """Store one document as an article (deduplicated, in one transaction)."""
    article = Article(
        id=None,
        title=document.title,
        url=document.url,
        source=source_uri,
        author=document.author,
        site=document.site,
        published=document.published,
        language=options.language or document.language,
        summary=document.summary,
        html=document.html,
        blocks=document.blocks,
    )
    result = store.save_article(article, tags=tuple(options.tags) + document.tags)
    return _imported(store, result.article_id, result.status)


def _imported(store: Store, article_id: int, status: str) -> Imported:
    stored = store.get_article(article_id, with_blocks=False)
    return Imported(article_id, stored.title if stored else "", status)


def fetch_page(url: str) -> Source:
    """Download a page for import.

    Raises:
        SourceError: unreachable, an HTTP error, too large, empty, or not a page.
    """
    from reader.core.http import FetchError, fetch_url

    try:
        response = fetch_url(url, max_bytes=MAX_BYTES, headers={"Accept": _ACCEPT})
    except FetchError as error:
        raise SourceError(url, error.reason) from None
    content_type = response.headers.get("content-type")
    if response.media_type.startswith(_NOT_PAGES):
        raise SourceError(url, f"not a page ({response.media_type})")
    source = checked(
        Source(
            name=url,
            data=response.content,
            uri=response.url,
            content_type=content_type,
            format=format_for_content_type(content_type, response.url),
        )
    )
    if isinstance(source, SourceError):
        raise source
    return source


def _import_feed(store: Store, source: Source, options: ImportOptions) -> list[Imported]:
    from reader.core.feeds import import_feed_file

    name = source.uri if source.uri and is_url(source.uri) else source.name
    try:
        results = import_feed_file(store, source.data, name, tags=options.tags)
    except ReaderError as error:
        raise _source_error(source, name, error) from None
    if not results:
        raise SourceError(source.name, "a feed with no entries")
    return [_imported(store, r.article_id, r.status) for r in results]


def _import_opml(store: Store, source: Source) -> list[Imported]:
    from reader.core.feeds import import_opml

    try:
        feeds = import_opml(store, source.data, name=source.name)
    except ReaderError as error:
        raise _source_error(source, source.name, error) from None
    if not feeds:
        raise SourceError(source.name, "an OPML file with no feeds")
    return [Imported(feed.id or 0, feed.display_title, "subscribed", kind="feed") for feed in feeds]


def _source_error(source: Source, name: str, error: Exception) -> SourceError:
    """The error as a `SourceError`, without repeating the name its message starts with."""
    message = str(error)
    return SourceError(source.name, message.removeprefix(f"{name}: "))


def _import_jsonl(store: Store, source: Source, options: ImportOptions) -> list[Imported]:
    from reader.core.export.jsonl import import_jsonl

    try:
        results = import_jsonl(store, decode_text(source.data).splitlines())
    except (ReaderError, UnicodeDecodeError) as error:
        raise _source_error(source, source.name, error) from None
    if not results:
        raise SourceError(source.name, "no articles in it")
    for result in results:
        if options.tags:
            store.add_tags(result.article_id, options.tags)
    return [_imported(store, r.article_id, r.status) for r in results]
