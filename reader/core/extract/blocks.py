"""Walk an HTML tree into the article's blocks: headings, paragraphs, quotes, list items, code.

The walk is iterative (lxml's `iterwalk`), so a deeply nested page cannot exhaust Python's stack.
"""

from __future__ import annotations

import re

from lxml import etree

from reader.core.models import Block
from reader.core.sanitize import clean_line, clean_multiline

HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
BLOCK_TAGS = frozenset(
    {
        *HEADINGS,
        "p", "div", "section", "article", "main", "header", "footer", "aside", "nav",
        "blockquote", "ul", "ol", "li", "dl", "dt", "dd", "pre", "table", "tbody", "thead",
        "tfoot", "tr", "td", "th", "caption", "figure", "figcaption", "form", "fieldset",
        "address", "hr", "details", "summary", "center", "hgroup", "body", "html", "menu",
        "legend", "output", "search",
    }
)  # fmt: skip
SKIPPED_TAGS = frozenset(
    {"script", "style", "noscript", "template", "svg", "math", "select", "textarea", "button",
     "iframe", "object", "embed", "canvas", "video", "audio", "picture", "head", "title"}
)  # fmt: skip
_CELL_TAGS = frozenset({"td", "th"})
_NEWLINES = re.compile(r"\n{3,}")


class _Walker:
    """Collects inline text and turns it into a block whenever a block element opens or closes."""

    def __init__(self) -> None:
        self.blocks: list[Block] = []
        self.link_shares: list[float] = []
        self.pieces: list[str] = []
        self.link_chars = 0
        self.link_depth = 0
        self.stack: list[str] = []
        self.pre_depth = 0
        self.heading_depth = 0
        self.inline_rows: dict[etree._Element, bool] = {}

    def kind(self) -> tuple[str, int | None]:
        """The kind of block the collected text belongs to, from the innermost context."""
        kind: tuple[str, int | None] = ("paragraph", None)
        for tag in self.stack:
            if tag in HEADINGS:
                return "heading", HEADINGS[tag]
            if tag == "pre":
                return "preformatted", None
            if tag == "li":
                kind = ("list_item", None)
            elif tag == "blockquote" and kind[0] == "paragraph":
                kind = ("quote", None)
        return kind

    def add(self, text: str) -> None:
        self.pieces.append(text)
        if self.link_depth:
            self.link_chars += len(text.strip())

    def flush(self) -> None:
        if not self.pieces:
            return
        raw = "".join(self.pieces)
        link_chars, self.link_chars = self.link_chars, 0
        self.pieces = []
        kind, level = self.kind()
        if kind == "preformatted":
            text = _NEWLINES.sub("\n\n", clean_multiline(raw))
        else:
            text = clean_line(raw)
        if not text:
            return
        self.blocks.append(Block(kind=kind, text=text, level=level))
        self.link_shares.append(min(1.0, link_chars / max(len(text.replace(" ", "")), 1)))

    def inside_unbreakable(self) -> bool:
        """Headings and code keep nested block elements inside one block."""
        return self.heading_depth > 0 or self.pre_depth > 0

    def open(self, element: etree._Element) -> None:
        tag = element.tag
        if tag == "br":
            if self.pre_depth:
                self.pieces.append("\n")
            elif self.heading_depth:
                self.pieces.append(" ")
            else:
                self.flush()
            return
        if tag in BLOCK_TAGS:
            if self.inside_unbreakable():
                self.pieces.append("\n" if self.pre_depth else " ")
            else:
                self.flush()
            self.stack.append(tag)
            if tag == "pre":
                self.pre_depth += 1
            elif tag in HEADINGS:
                self.heading_depth += 1
        elif tag == "img" and self.pieces:
            self.pieces.append(" ")
        elif tag == "a":
            self.link_depth += 1
        if element.text:
            self.add(element.text)

    def close(self, element: etree._Element) -> None:
        tag = element.tag
        if tag in BLOCK_TAGS:
            if tag in _CELL_TAGS and self._cell_joins_row(element):
                self.pieces.append(" | ")
            elif (
                self.inside_unbreakable()
                and (tag != "pre" or self.pre_depth > 1)
                and (tag not in HEADINGS or self.heading_depth > 1)
            ):
                self.pieces.append("\n" if self.pre_depth else " ")
            else:
                self.flush()
            if self.stack:
                self.stack.pop()
            if tag == "pre":
                self.pre_depth -= 1
            elif tag in HEADINGS:
                self.heading_depth -= 1
        elif tag == "a":
            self.link_depth -= 1
        if element.tail:
            self.add(element.tail)

    def _cell_joins_row(self, cell: etree._Element) -> bool:
        """Cells holding inline text only are one row's columns: keep the row on one line."""
        following = cell.getnext()
        if following is None or following.tag not in _CELL_TAGS:
            return False
        row = cell.getparent()
        if row not in self.inline_rows:
            self.inline_rows[row] = not any(
                isinstance(child.tag, str) and child.tag in BLOCK_TAGS
                for child in row.iterdescendants()
            )
        return self.inline_rows[row]


def html_to_blocks(root: etree._Element) -> list[Block]:
    """The blocks of an HTML tree, in document order.

    Args:
        root: an element (an article's container, a readability summary, a whole page).

    Returns:
        Headings with their level, paragraphs, quotes, list items and preformatted text,
        each with clean, safe text. Scripts, styles, forms' controls and media are skipped.
    """
    return [block for block, _ in blocks_with_links(root)]


def blocks_with_links(root: etree._Element) -> list[tuple[Block, float]]:
    """Like `html_to_blocks`, each block with the share of its text that is link text."""
    walker = _Walker()
    walk = etree.iterwalk(root, events=("start", "end"))
    for event, element in walk:
        tag = element.tag
        if not isinstance(tag, str):  # comments, processing instructions
            if event == "end" and element.tail:
                walker.add(element.tail)
            continue
        if tag in SKIPPED_TAGS:
            if event == "start":
                walk.skip_subtree()
            elif element.tail:
                walker.add(element.tail)
            continue
        if event == "start":
            walker.open(element)
        else:
            walker.close(element)
    walker.flush()
    return list(zip(walker.blocks, walker.link_shares, strict=True))
