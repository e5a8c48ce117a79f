"""OPML, the subscription list every feed reader reads and writes.

Reading: each `<outline xmlUrl=…>` is a feed; the folders (outlines without xmlUrl) it sits in
and its `category` attribute (`/News/World,Tech`) become its tags. Writing: one folder per
feed's first tag, every tag also listed in `category`, so a round trip keeps them all.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime
from email.utils import format_datetime
from xml.sax.saxutils import quoteattr

from lxml import etree

from reader.core.feeds.parsed import FeedParseError
from reader.core.models import Feed
from reader.core.store import Store

_PARSER = etree.XMLParser(
    resolve_entities=False, no_network=True, load_dtd=False, recover=True, huge_tree=False
)


Subscription = tuple[str, str | None, str | None, list[str]]
"""`(url, title, site_url, tags)` as read from an outline."""


def read_opml(data: bytes, *, name: str = "OPML") -> list[Subscription]:
    """The subscriptions of an OPML document as `(url, title, site_url, tags)`, in order.

    Raises:
        FeedParseError: not OPML, or it declares XML entities.
    """
    if b"<!ENTITY" in data[:65536].upper():
        raise FeedParseError(f"{name}: declares XML entities (refused for safety)")
    try:
        root = etree.fromstring(data, _PARSER)
    except (etree.XMLSyntaxError, ValueError) as error:
        raise FeedParseError(f"{name}: not OPML ({error})") from None
    if root is None or not isinstance(root.tag, str) or root.tag.lower() != "opml":
        raise FeedParseError(f"{name}: not OPML (no <opml> root element)")
    body = root.find("body")
    found: list[Subscription] = []
    if body is None:
        return found
    for outline in body.iter("outline", "OUTLINE"):
        attributes = _attributes(outline)
        url = (attributes.get("xmlurl") or "").strip()
        if not url:
            continue
        folders = [
            _label(a)
            for a in reversed(list(outline.iterancestors("outline", "OUTLINE")))
            if not _attributes(a).get("xmlurl") and _label(a)
        ]
        tags = folders + _categories(attributes.get("category", ""))
        site = (attributes.get("htmlurl") or "").strip() or None
        found.append((url, _label(outline) or None, site, _unique(tags)))
    return found


def _attributes(element: etree._Element) -> dict[str, str]:
    return {k.lower(): v for k, v in element.attrib.items()}


def _label(element: etree._Element) -> str:
    attributes = _attributes(element)
    return " ".join((attributes.get("title") or attributes.get("text") or "").split())


def _categories(value: str) -> list[str]:
    tags = []
    for category in value.split(","):
        tags.extend(part.strip() for part in category.split("/") if part.strip())
    return tags


def _unique(tags: Iterable[str]) -> list[str]:
    seen, result = set(), []
    for tag in tags:
        if tag.lower() not in seen:
            seen.add(tag.lower())
            result.append(tag)
    return result


def import_opml(store: Store, data: bytes, *, name: str = "OPML") -> list[Feed]:
    """Subscribe to every feed of an OPML document, tagged by its folders and categories.

    Feeds already subscribed keep their settings and get the new tags. Nothing is fetched:
    `reader fetch` does that later.

    Returns:
        The subscriptions, in the document's order.
    """
    subscriptions = read_opml(data, name=name)
    feeds = []
    with store.transaction():
        for url, title, site, tags in subscriptions:
            feed = store.add_feed(url, title=title, tags=tags)
            if site and not feed.site_url:
                store.update_feed(feed.id, site_url=site)
            feeds.append(feed)
    return [store.get_feed(f.id) for f in feeds]


def write_opml(feeds: Iterable[Feed], *, title: str = "reader subscriptions") -> str:
    """An OPML 2.0 document of `feeds`: a folder per first tag, every tag in `category`."""
    folders: dict[str, list[Feed]] = {}
    for feed in feeds:
        folders.setdefault(feed.tags[0] if feed.tags else "", []).append(feed)
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<opml version="2.0">',
        "  <head>",
        f"    <title>{_escape(title)}</title>",
        f"    <dateCreated>{format_datetime(datetime.now(UTC), usegmt=True)}</dateCreated>",
        "  </head>",
        "  <body>",
    ]
    for folder in sorted(folders, key=lambda f: (f == "", f.lower())):
        indent = "    "
        if folder:
            lines.append(f"    <outline text={quoteattr(folder)} title={quoteattr(folder)}>")
            indent = "      "
        for feed in folders[folder]:
            lines.append(indent + _outline(feed))
        if folder:
            lines.append("    </outline>")
    lines += ["  </body>", "</opml>", ""]
    return "\n".join(lines)


def _outline(feed: Feed) -> str:
    label = feed.display_title
    attributes = [
        f"text={quoteattr(label)}",
        f"title={quoteattr(label)}",
        'type="rss"',
        f"xmlUrl={quoteattr(feed.url)}",
    ]
    if feed.site_url:
        attributes.append(f"htmlUrl={quoteattr(feed.site_url)}")
    if feed.tags:
        attributes.append(f"category={quoteattr(','.join('/' + t for t in feed.tags))}")
    return "<outline " + " ".join(attributes) + "/>"


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
