"""Read an article's metadata from the page: JSON-LD first, then OpenGraph and `<meta>` tags.

Publishers fill these for search engines and social networks, so they are usually more
reliable than anything guessed from the visible text.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from urllib.parse import urljoin, urlparse

from lxml import etree

from reader.core.sanitize import clean_line

_ARTICLE_TYPES = re.compile(r"(Article|BlogPosting|Posting|Report|Review|WebPage)$")
_DATE_PREFIX = re.compile(r"\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?)?")
_LANGUAGE = re.compile(r"^([a-zA-Z]{2})(?:[-_].*)?$")
_SEPARATORS = re.compile(r"\s+(?:\||-|–|—|·|::|•|»|/)\s+")
_DATE_META = (
    "article:published_time",
    "og:article:published_time",
    "datepublished",
    "date",
    "pubdate",
    "publishdate",
    "publish-date",
    "publication_date",
    "dc.date",
    "dc.date.issued",
    "dcterms.created",
    "dcterms.date",
    "sailthru.date",
    "parsely-pub-date",
    "article.published",
    "cxenseparse:recs:publishtime",
)


@dataclass(frozen=True, slots=True)
class Metadata:
    """What the page says about itself."""

    title: str | None = None
    headline: str | None = None
    """The article's own title (JSON-LD headline), when the page gives one."""
    author: str | None = None
    published: datetime | None = None
    site: str | None = None
    url: str | None = None
    language: str | None = None
    description: str | None = None


def _meta_values(root: etree._Element) -> dict[str, str]:
    """`<meta>` contents by lower-cased name, property or itemprop (first one wins)."""
    values: dict[str, str] = {}
    for meta in root.iter("meta"):
        content = meta.get("content")
        if content is None or not content.strip():
            continue
        for attribute in ("property", "name", "itemprop", "http-equiv"):
            key = meta.get(attribute)
            if key:
                for part in key.lower().split():
                    values.setdefault(part, content.strip())
    return values


def _json_ld_objects(root: etree._Element) -> list[dict]:
    """Every JSON-LD object of the page, `@graph` members included."""
    objects: list[dict] = []
    for script in root.iter("script"):
        if (script.get("type") or "").strip().lower() != "application/ld+json" or not script.text:
            continue
        try:
            data = json.loads(script.text.strip().removesuffix(";"))
        except ValueError:
            continue
        pending = [data]
        while pending:
            item = pending.pop()
            if isinstance(item, list):
                pending.extend(item)
            elif isinstance(item, dict):
                objects.append(item)
                if "@graph" in item:
                    pending.append(item["@graph"])
    return objects


def _is_article(item: dict) -> bool:
    types = item.get("@type")
    names = types if isinstance(types, list) else [types]
    return any(isinstance(name, str) and _ARTICLE_TYPES.search(name) for name in names)


def _name(value: object) -> str | None:
    """A person's or organisation's name from a JSON-LD value (string, object or list)."""
    if isinstance(value, str):
        return clean_line(value) or None
    if isinstance(value, dict):
        return _name(value.get("name"))
    if isinstance(value, list):
        names = [name for item in value if (name := _name(item))]
        return ", ".join(dict.fromkeys(names)) or None
    return None


def _text(value: object) -> str | None:
    if isinstance(value, list) and value:
        return _text(value[0])
    return clean_line(value) or None if isinstance(value, str) else None


def parse_date(value: str | None) -> datetime | None:
    """An ISO-8601-ish date as an aware UTC datetime (naive ones taken as UTC)."""
    if not value:
        return None
    value = value.strip()
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        try:
            parsed = parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError):
            found = _DATE_PREFIX.match(value)
            if not found:
                return None
            try:
                parsed = datetime.fromisoformat(found.group(0))
            except ValueError:
                return None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    return parsed.astimezone(UTC)


def _language(value: str | None) -> str | None:
    if not value:
        return None
    found = _LANGUAGE.match(value.strip())
    return found.group(1).lower() if found else None


def _is_url(value: str | None) -> bool:
    return bool(value) and value.startswith(("http://", "https://", "/"))


def read_metadata(root: etree._Element, url: str | None = None) -> Metadata:
    """The metadata of a parsed page.

    Args:
        root: the whole page, parsed.
        url: where the page came from, to resolve a relative canonical URL.

    Returns:
        Title (not yet cleaned of its site suffix), author, date, site, URL, language, summary.
    """
    meta = _meta_values(root)
    article: dict = next((item for item in _json_ld_objects(root) if _is_article(item)), {})

    title_element = root.find(".//title")
    page_title = clean_line(title_element.text_content()) if title_element is not None else ""
    headline = _text(article.get("headline"))
    title = headline or meta.get("og:title") or meta.get("twitter:title") or page_title

    author = _name(article.get("author")) or _name(article.get("creator"))
    if not author:
        for key in ("author", "article:author", "dc.creator", "byl", "parsely-author"):
            if (value := meta.get(key)) and not _is_url(value):
                author = clean_line(value.removeprefix("By ").removeprefix("by "))
                break

    published = parse_date(_text(article.get("datePublished")))
    for key in _DATE_META:
        if published:
            break
        published = parse_date(meta.get(key))
    if not published:
        for time in root.iter("time"):
            if time.get("pubdate") is not None or time.get("itemprop") == "datePublished":
                published = parse_date(time.get("datetime"))
                break

    site = (
        meta.get("og:site_name")
        or _name(article.get("publisher"))
        or meta.get("application-name")
        or meta.get("twitter:site", "").lstrip("@")
        or None
    )

    canonical = (
        next(
            (
                link.get("href")
                for link in root.iter("link")
                if link.get("rel", "").lower() == "canonical"
            ),
            None,
        )
        or meta.get("og:url")
        or _text(article.get("url"))
    )
    if canonical:
        canonical = urljoin(url, canonical.strip()) if url else canonical.strip()
        if urlparse(canonical).scheme not in ("http", "https"):
            canonical = None

    language = (
        _language(root.get("lang") or root.get("xml:lang"))
        or _language(_text(article.get("inLanguage")))
        or _language(meta.get("og:locale"))
        or _language(
            meta.get("content-language") or meta.get("language") or meta.get("dc.language")
        )
    )
    description = (
        _text(article.get("description"))
        or meta.get("og:description")
        or meta.get("description")
        or meta.get("twitter:description")
    )
    return Metadata(
        title=clean_line(title) or None,
        headline=headline,
        author=author or None,
        published=published,
        site=clean_line(site) or None,
        url=canonical or url,
        language=language,
        description=clean_line(description) or None,
    )


def strip_site_suffix(title: str, site: str | None, heading: str | None = None) -> str:
    """A page title without the site's name: "Talks resume | Le Monde" → "Talks resume".

    Args:
        title: the title as the page gives it.
        site: the site's name, when known.
        heading: the article's first heading, which is often the bare title.

    Returns:
        The title without a leading or trailing segment naming the site.
    """
    parts = _SEPARATORS.split(title)
    if len(parts) < 2:
        return title
    normalised = _key(title)
    if heading and (key := _key(heading)) and key != normalised and normalised.startswith(key):
        return clean_line(heading)
    if site and (site_key := _key(site)):
        last, first = _key(parts[-1]), _key(parts[0])
        if last and (last.startswith(site_key) or site_key.startswith(last)):
            return _rejoin(title, parts[:-1])
        if first and (first.startswith(site_key) or site_key.startswith(first)):
            return _rejoin(title, parts[1:])
    if len(parts[-1].split()) <= 3 and len(" ".join(parts[:-1]).split()) >= 3:
        return _rejoin(title, parts[:-1])
    return title


def _key(text: str) -> str:
    return re.sub(r"\W+", "", text.casefold())


def _rejoin(title: str, parts: list[str]) -> str:
    """The parts kept, with the separators the title had between them."""
    start = title.find(parts[0])
    end = title.rfind(parts[-1]) + len(parts[-1])
    return title[start:end].strip()
