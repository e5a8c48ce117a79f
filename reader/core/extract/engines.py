"""The two article extractors we build on, each returning its article as an HTML tree.

readability-lxml scores the page's containers and keeps the best one; trafilatura uses
different heuristics and often wins where readability finds too little. Both are wrapped
to return an lxml element that `blocks.html_to_blocks` can walk.
"""

from __future__ import annotations

import copy
import logging

import lxml.html
from lxml import etree
from readability import Document

_TRAFILATURA_TAGS = {
    "list": "ul",
    "item": "li",
    "quote": "blockquote",
    "row": "tr",
    "cell": "td",
    "lb": "br",
    "hi": "span",
    "ref": "a",
    "graphic": "img",
    "del": "span",
    "main": "div",
    "doc": "div",
    "comments": "aside",
}

_UTF8 = lxml.html.HTMLParser(encoding="utf-8", huge_tree=True)

# readability logs a full traceback when it gives up; the caller reports the failure itself.
logging.getLogger("readability.readability").setLevel(logging.CRITICAL)


class _Document(Document):
    """readability's Document over a tree we parsed, copied on each of its parsing passes."""

    def _parse(self, input):  # noqa: A002 - readability's own signature
        return super()._parse(copy.deepcopy(input))


def readability_article(root: etree._Element, url: str | None = None) -> etree._Element:
    """The article readability-lxml finds in a parsed page, as an element."""
    summary = _Document(root, url=url).summary(html_partial=True)
    return lxml.html.fragment_fromstring(
        summary.encode("utf-8", "replace"), create_parent="div", parser=_UTF8
    )


def trafilatura_article(root: etree._Element, url: str | None = None) -> etree._Element | None:
    """The article trafilatura finds in a parsed page (from its XML output) as HTML, or None."""
    import trafilatura

    xml = trafilatura.extract(
        copy.deepcopy(root),
        url=url,
        output_format="xml",
        include_comments=False,
        include_tables=True,
        include_formatting=False,
        include_links=True,
        include_images=False,
        with_metadata=False,
        deduplicate=False,
    )
    if not xml:
        return None
    root = etree.fromstring(xml.encode("utf-8"), etree.XMLParser(recover=True, huge_tree=True))
    if root is None:
        return None
    return _as_html(root)


def _as_html(root: etree._Element) -> etree._Element:
    """Rename trafilatura's TEI-like elements to their HTML equivalents, in place."""
    for element in root.iter():
        if not isinstance(element.tag, str):
            continue
        tag = element.tag
        if tag == "head":
            rend = element.get("rend") or "h2"
            element.tag = rend if rend in ("h1", "h2", "h3", "h4", "h5", "h6") else "h2"
        elif tag == "code":
            parent = element.getparent()
            element.tag = "pre" if parent is not None and parent.tag in ("main", "div") else "code"
        elif tag in _TRAFILATURA_TAGS:
            element.tag = _TRAFILATURA_TAGS[tag]
    return root
