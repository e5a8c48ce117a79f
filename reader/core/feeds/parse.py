"""Feed bytes → `ParsedFeed`: a fast lxml path for well-formed RSS and Atom, feedparser otherwise.

Most feeds are well-formed RSS 2.0, RSS 1.0 or Atom 1.0; lxml reads them in about a
millisecond. Anything else (malformed XML, odd dialects, RSS 0.9x namespaces) goes to
feedparser, which recovers entries from broken feeds and reports what was wrong as a
warning ("bozo"), with its HTML sanitizer off since we extract text ourselves.

Entity declarations are refused on both paths (billion laughs, external entities), and
the XML parser never touches the network.
"""

from __future__ import annotations

import html
import re
from collections.abc import Mapping
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from urllib.parse import urljoin

from lxml import etree

from reader.core.feeds.parsed import FeedParseError, ParsedEntry, ParsedFeed

ATOM = "http://www.w3.org/2005/Atom"
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RSS1 = "http://purl.org/rss/1.0/"
DC = "http://purl.org/dc/elements/1.1/"
CONTENT = "http://purl.org/rss/1.0/modules/content/"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
XHTML = "http://www.w3.org/1999/xhtml"

_ENTITY_DECLARATION = re.compile(rb"<!ENTITY", re.IGNORECASE)
_XML_DECLARATION = re.compile(rb"^\s*<\?xml[^>]*\?>", re.DOTALL)
_DECLARED_ENCODING = re.compile(rb"""^\s*<\?xml[^>]*encoding\s*=\s*["']([A-Za-z0-9._:-]+)["']""")
_TAGS = re.compile(r"<[^>]*>")


def parse_feed(
    data: bytes,
    *,
    url: str = "",
    headers: Mapping[str, str] | None = None,
    name: str | None = None,
) -> ParsedFeed:
    """Read a feed document (RSS, Atom or JSON Feed).

    Args:
        data: the document's bytes, as downloaded.
        url: where it came from, to resolve relative links and to name it in errors.
        headers: the HTTP response headers (lower-case names), for the charset.
        name: how errors name the document (default: `url`).

    Raises:
        FeedParseError: not a feed, declares XML entities, or no entry could be recovered.
    """
    headers = headers or {}
    name = name or url or "feed"
    head = data[:2048].lstrip()
    if head.startswith(b"\xef\xbb\xbf"):
        head = head[3:].lstrip()
    if head.startswith(b"{") or "json" in headers.get("content-type", ""):
        from reader.core.feeds.jsonfeed import parse_json_feed

        return parse_json_feed(data, url=url, name=name)
    prolog = data[: _prolog_end(data)]
    if _ENTITY_DECLARATION.search(prolog):
        raise FeedParseError(f"{name}: declares XML entities (refused for safety)")
    try:
        root = _xml_root(data, headers)
    except (etree.XMLSyntaxError, ValueError, LookupError):
        root = None
    if root is not None:
        parsed = _parse_tree(root, url)
        if parsed is not None:
            return parsed
    return _parse_with_feedparser(data, url, headers, name)


def _prolog_end(data: bytes) -> int:
    """Where the root element starts (entity declarations can only come before it)."""
    position = 0
    while True:
        position = data.find(b"<", position)
        if position < 0:
            return len(data)
        following = data[position + 1 : position + 2]
        if following not in (b"?", b"!"):
            return position
        if data[position : position + 9].upper() == b"<!DOCTYPE":
            # The internal subset may contain '<' and '>': skip to the closing ']>' if any.
            close = data.find(b"]>", position)
            gt = data.find(b">", position)
            bracket = data.find(b"[", position)
            position = close + 2 if bracket != -1 and bracket < gt and close != -1 else gt + 1
        else:
            position = data.find(b">", position) + 1
        if position <= 0:
            return len(data)


_PARSER = etree.XMLParser(
    resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False, remove_comments=True
)


def _xml_root(data: bytes, headers: Mapping[str, str]) -> etree._Element:
    """Parse well-formed XML, finding the encoding when the document does not declare it."""
    if data.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")) or _DECLARED_ENCODING.match(
        data
    ):
        return etree.fromstring(data, _PARSER)
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        # No declaration and not UTF-8: trust the HTTP charset, else Windows-1252 (the
        # usual culprit), and tell lxml by declaring it.
        charset = _header_charset(headers) or "windows-1252"
        if charset.lower().replace("_", "-") in ("utf-8", "utf8"):
            charset = "windows-1252"
        text = data.decode(charset, errors="replace")
        data = _XML_DECLARATION.sub(b"", text.encode("utf-8"), count=1)
    return etree.fromstring(data, _PARSER)


def _header_charset(headers: Mapping[str, str]) -> str | None:
    for part in headers.get("content-type", "").split(";")[1:]:
        key, _, value = part.partition("=")
        if key.strip().lower() == "charset" and value.strip():
            return value.strip().strip("\"'")
    return None


def _parse_tree(root: etree._Element, url: str) -> ParsedFeed | None:
    """The fast path; `None` when the document is not one of the dialects it knows."""
    tag = root.tag if isinstance(root.tag, str) else ""
    if tag == "rss":
        channel = root.find("channel")
        return _rss2(channel, url) if channel is not None else None
    if tag == f"{{{ATOM}}}feed":
        return _atom(root, url)
    if tag == f"{{{RDF}}}RDF" and root.find(f"{{{RSS1}}}channel") is not None:
        return _rss1(root, url)
    return None


def _text(element: etree._Element | None) -> str | None:
    if element is None:
        return None
    text = "".join(element.itertext()).strip()
    return text or None


def plain(text: str | None) -> str | None:
    """Text that may carry HTML (tags, entities) as plain text on one line."""
    if not text:
        return None
    if "<" in text:
        text = _TAGS.sub(" ", text)
    if "&" in text:
        text = html.unescape(text)
    text = " ".join(text.split())
    return text or None


def parse_date(text: str | None) -> datetime | None:
    """An RFC 822, ISO 8601 or other common date as aware UTC; `None` when unreadable."""
    if not text:
        return None
    text = text.strip()
    moment = None
    try:
        moment = parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        try:
            moment = datetime.fromisoformat(text)
        except ValueError:
            from feedparser.datetimes import _parse_date

            parsed = _parse_date(text)
            if parsed is None:
                return None
            moment = datetime(*parsed[:6], tzinfo=UTC)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC)


def _join(base: str, link: str | None) -> str | None:
    if not link:
        return None
    link = link.strip()
    if link.startswith(("https://", "http://")) and "/." not in link:
        return link  # already absolute, no dot segments to resolve: what urljoin would give
    return urljoin(base, link) if base else link


def _children(element: etree._Element) -> dict[str, etree._Element]:
    """An element's children by tag, the first of each: one pass instead of a `find` each."""
    children: dict[str, etree._Element] = {}
    for child in element:
        if isinstance(child.tag, str):
            children.setdefault(child.tag, child)
    return children


def _rss2(channel: etree._Element, url: str) -> ParsedFeed:
    language = _text(channel.find("language"))
    site = _join(url, _text(channel.find("link")))
    entries = []
    for item in channel.iter("item"):
        child = _children(item).get
        guid_element = child("guid")
        guid = _text(guid_element)
        link = _text(child("link"))
        if not link and guid and guid_element.get("isPermaLink", "true").lower() != "false":
            link = guid if guid.startswith(("http://", "https://")) else None
        author = _text(child(f"{{{DC}}}creator")) or _text(child("author"))
        published = parse_date(_text(child("pubDate")) or _text(child(f"{{{DC}}}date")))
        entries.append(
            ParsedEntry(
                guid=guid,
                link=_join(site or url, link),
                title=plain(_text(child("title"))),
                author=plain(author),
                published=published,
                updated=published,
                summary=_text(child("description")),
                content=_text(child(f"{{{CONTENT}}}encoded")),
                language=item.get(XML_LANG),
            )
        )
    return ParsedFeed(
        title=plain(_text(channel.find("title"))),
        site_url=site,
        language=language,
        ttl=_ttl(_text(channel.find("ttl"))),
        entries=entries,
        format="rss2",
    )


def _ttl(text: str | None) -> int | None:
    if text and text.strip().isdigit() and int(text) > 0:
        return int(text) * 60
    return None


def _rss1(root: etree._Element, url: str) -> ParsedFeed:
    channel = root.find(f"{{{RSS1}}}channel")
    site = _join(url, _text(channel.find(f"{{{RSS1}}}link")))
    entries = []
    for item in root.iter(f"{{{RSS1}}}item"):
        published = parse_date(_text(item.find(f"{{{DC}}}date")))
        entries.append(
            ParsedEntry(
                guid=item.get(f"{{{RDF}}}about"),
                link=_join(site or url, _text(item.find(f"{{{RSS1}}}link"))),
                title=plain(_text(item.find(f"{{{RSS1}}}title"))),
                author=plain(_text(item.find(f"{{{DC}}}creator"))),
                published=published,
                updated=published,
                summary=_text(item.find(f"{{{RSS1}}}description")),
                content=_text(item.find(f"{{{CONTENT}}}encoded")),
                language=_text(item.find(f"{{{DC}}}language")),
            )
        )
    return ParsedFeed(
        title=plain(_text(channel.find(f"{{{RSS1}}}title"))),
        site_url=site,
        language=_text(channel.find(f"{{{DC}}}language")),
        entries=entries,
        format="rss1",
    )


def _atom_link(element: etree._Element, base: str) -> str | None:
    fallback = None
    for link in element.findall(f"{{{ATOM}}}link"):
        rel = link.get("rel", "alternate")
        if rel == "alternate" and link.get("type", "text/html") in ("text/html", "", None):
            return _join(base, link.get("href"))
        if rel == "alternate" and fallback is None:
            fallback = _join(base, link.get("href"))
    return fallback


def _atom_content(element: etree._Element | None) -> str | None:
    """An Atom text construct as HTML (`type` text, html or xhtml)."""
    if element is None:
        return None
    kind = element.get("type", "text")
    if kind == "xhtml":
        div = element.find(f"{{{XHTML}}}div")
        container = div if div is not None else element
        parts = [html.escape(container.text or "")]
        for child in container:
            parts.append(etree.tostring(child, encoding="unicode", method="html"))
        return "".join(parts).strip() or None
    text = _text(element)
    if text and kind == "text":
        return html.escape(text)
    return text


def _atom_base(element: etree._Element, base: str) -> str:
    own = element.get("{http://www.w3.org/XML/1998/namespace}base")
    return urljoin(base, own) if own else base


def _atom(root: etree._Element, url: str) -> ParsedFeed:
    base = _atom_base(root, url)
    entries = []
    for entry in root.iter(f"{{{ATOM}}}entry"):
        entry_base = _atom_base(entry, base)
        updated = parse_date(_text(entry.find(f"{{{ATOM}}}updated")))
        published = parse_date(_text(entry.find(f"{{{ATOM}}}published"))) or updated
        author = entry.find(f"{{{ATOM}}}author")
        if author is None:
            author = root.find(f"{{{ATOM}}}author")
        title = entry.find(f"{{{ATOM}}}title")
        entries.append(
            ParsedEntry(
                guid=_text(entry.find(f"{{{ATOM}}}id")),
                link=_atom_link(entry, entry_base),
                title=plain(_atom_content(title)) if title is not None else None,
                author=plain(_text(author.find(f"{{{ATOM}}}name"))) if author is not None else None,
                published=published,
                updated=updated,
                summary=_atom_content(entry.find(f"{{{ATOM}}}summary")),
                content=_atom_content(entry.find(f"{{{ATOM}}}content")),
                language=entry.get(XML_LANG),
            )
        )
    title = root.find(f"{{{ATOM}}}title")
    return ParsedFeed(
        title=plain(_atom_content(title)) if title is not None else None,
        site_url=_atom_link(root, base),
        language=root.get(XML_LANG),
        entries=entries,
        format="atom",
    )


def _parse_with_feedparser(
    data: bytes, url: str, headers: Mapping[str, str], name: str
) -> ParsedFeed:
    """The slow, forgiving path: feedparser, sanitizer and URI rewriting off."""
    import feedparser

    result = feedparser.parse(
        data,
        response_headers={"content-location": url, **headers} if url else dict(headers),
        sanitize_html=False,
        resolve_relative_uris=False,
    )
    if not result.entries and (result.bozo or not result.version):
        reason = _bozo_reason(result.get("bozo_exception"))
        if not result.version:
            raise FeedParseError(f"{name}: not a feed ({reason or 'no RSS, Atom or JSON Feed'})")
        raise FeedParseError(f"{name}: malformed feed with no entries ({reason})")
    feed = result.feed
    site = feed.get("link")
    entries = []
    for item in result.entries:
        contents = [c for c in item.get("content", ()) if c.get("value")]
        html_contents = [c for c in contents if "html" in c.get("type", "")] or contents
        content = max((c["value"] for c in html_contents), key=len) if html_contents else None
        published = _struct_date(item.get("published_parsed") or item.get("updated_parsed"))
        entries.append(
            ParsedEntry(
                guid=item.get("id") or None,
                link=_join(site or url, item.get("link")),
                title=plain(item.get("title")),
                author=plain(item.get("author")),
                published=published,
                updated=_struct_date(item.get("updated_parsed")) or published,
                summary=item.get("summary") or None,
                content=content,
                language=(item.get("language") or None),
            )
        )
    warning = None
    if result.bozo:
        warning = f"malformed feed, entries recovered ({_bozo_reason(result.bozo_exception)})"
    ttl = feed.get("ttl")
    return ParsedFeed(
        title=plain(feed.get("title")),
        site_url=_join(url, site),
        language=feed.get("language") or None,
        ttl=_ttl(str(ttl)) if ttl else None,
        entries=entries,
        format=result.version or "unknown",
        warning=warning,
    )


def _bozo_reason(error: BaseException | None) -> str:
    if error is None:
        return ""
    text = " ".join(str(error).split())
    return text[:200] or type(error).__name__


def _struct_date(value) -> datetime | None:
    if not value:
        return None
    try:
        return datetime(*value[:6], tzinfo=UTC)
    except (TypeError, ValueError):
        return None
