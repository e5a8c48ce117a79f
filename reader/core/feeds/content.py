"""A feed entry's HTML (or plain text) → blocks: headings, paragraphs, quotes, list items, code.

Entry content is a fragment already chosen by the publisher, so no readability pass is
needed: the structure is walked once, iteratively (deeply nested HTML cannot overflow the
stack), dropping scripts, styles and other non-text elements.
"""

from __future__ import annotations

import re

from lxml import etree

from reader.core.models import Block
from reader.core.sanitize import fold_line_spaces

_HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
_SKIP = {
    "script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "math",
    "form", "button", "select", "textarea", "head", "title", "video", "audio", "canvas",
}  # fmt: skip
_BLOCK = {
    "p", "div", "section", "article", "header", "footer", "aside", "main", "nav",
    "blockquote", "ul", "ol", "li", "dl", "dt", "dd", "pre", "table", "tr", "td", "th",
    "figure", "figcaption", "hr", "address", "details", "summary", "body", "center",
} | set(_HEADINGS)  # fmt: skip
# White space to fold into one space, leaving a lone space alone (most of them) and keeping
# no-break spaces, which matter inside numbers ("55 000").
_BLANK_LINE = re.compile(r"\n[ \t\r\f\v]*\n")
_TAG_HINT = re.compile(r"<[a-zA-Z/!]")
_ANY_TAG = re.compile(r"<[^>]*>")
_PARSER = etree.HTMLParser()
_CODE = re.compile(r"<(script|style|template)\b.*?</\1\s*>", re.IGNORECASE | re.DOTALL)


def html_to_blocks(fragment: str | None, *, limit: int = 5_000) -> tuple[Block, ...]:
    """The blocks of an entry's HTML; plain text is split into paragraphs on blank lines."""
    if not fragment or not fragment.strip():
        return ()
    if not _TAG_HINT.search(fragment):
        return _plain_paragraphs(fragment, limit)
    try:
        # As lxml.html.fragment_fromstring wraps it, without the copying around.
        root = etree.fromstring(f"<html><body>{fragment}</body></html>", _PARSER)
        blocks = _Walker(limit).walk(root) if root is not None else ()
    except (etree.ParserError, etree.XMLSyntaxError, ValueError):
        blocks = ()
    # libxml2 drops text nested deeper than it allows: keep the words, if not the structure.
    if blocks:
        return blocks
    return _plain_paragraphs(_ANY_TAG.sub(" ", _CODE.sub(" ", fragment)), limit)


def _plain_paragraphs(text: str, limit: int) -> tuple[Block, ...]:
    paragraphs = _BLANK_LINE.split(text.replace("\r\n", "\n"))
    return tuple(
        Block("paragraph", clean)
        for p in paragraphs[:limit]
        if (clean := fold_line_spaces(_unescape(p)).strip())
    )


def _unescape(text: str) -> str:
    if "&" not in text:
        return text
    import html as html_module

    return html_module.unescape(text)


class _Walker:
    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.blocks: list[Block] = []
        self.parts: list[str] = []
        self.context: list[tuple[str, int | None]] = []  # innermost block kind last

    def walk(self, root: etree._Element) -> tuple[Block, ...]:
        skipping = 0
        for event, element in etree.iterwalk(root, events=("start", "end", "comment", "pi")):
            if event in ("comment", "pi"):  # no text of their own, but the text after them
                if element.tail and not skipping:
                    self.parts.append(element.tail)
                continue
            tag = element.tag.lower() if isinstance(element.tag, str) else ""
            if event == "start":
                if skipping or tag in _SKIP:
                    skipping += tag in _SKIP
                    continue
                if tag in _BLOCK:
                    self.flush()
                    self.enter(tag)
                elif tag == "br":
                    self.parts.append("\n")
                elif tag == "img" and element.get("alt"):
                    pass  # images carry no text worth reading inline
                if element.text and tag:
                    self.parts.append(element.text)
            else:
                if tag in _SKIP:
                    skipping -= 1
                    if skipping:
                        continue
                elif skipping:
                    continue
                elif tag in _BLOCK:
                    self.flush()
                    self.leave(tag)
                if element.tail and element is not root:
                    self.parts.append(element.tail)
            if len(self.blocks) >= self.limit:
                break
        self.flush()
        return tuple(self.blocks[: self.limit])

    def enter(self, tag: str) -> None:
        if tag in _HEADINGS:
            self.context.append(("heading", _HEADINGS[tag]))
        elif tag == "blockquote":
            self.context.append(("quote", None))
        elif tag in ("li", "dd", "dt"):
            self.context.append(("list_item", None))
        elif tag == "pre":
            self.context.append(("preformatted", None))
        else:
            self.context.append(("", None))

    def leave(self, tag: str) -> None:
        if self.context:
            self.context.pop()

    def kind(self) -> tuple[str, int | None]:
        for kind, _level in reversed(self.context):
            if kind == "preformatted":
                return kind, None
        for kind, level in reversed(self.context):
            if kind:
                return kind, level
        return "paragraph", None

    def flush(self) -> None:
        if not self.parts:
            return
        text = "".join(self.parts)
        self.parts = []
        kind, level = self.kind()
        if kind == "preformatted":
            text = text.strip("\n")
            if text.strip():
                self.blocks.append(Block(kind, text))
            return
        # Two line breaks in a row separate paragraphs inside one element.
        for piece in _BLANK_LINE.split(text) if "\n" in text else (text,):
            piece = fold_line_spaces(piece).strip()
            if piece:
                self.blocks.append(Block(kind, piece, level if kind == "heading" else None))
