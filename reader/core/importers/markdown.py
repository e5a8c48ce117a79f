"""Markdown → blocks: headings with their level, paragraphs, quotes, list items, code.

Inline markup is reduced to clean text (a link keeps its text, an image is dropped). YAML front
matter, when present, gives the title, URL, author, date, language and tags.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from markdown_it import MarkdownIt
from markdown_it.token import Token

from reader.core.importers.document import Document, parse_date
from reader.core.importers.text import first_sentence_title
from reader.core.models import Block

_FRONT_MATTER = re.compile(r"\A\ufeff?---[ \t]*\n(.*?\n)(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)
_KEY_VALUE = re.compile(r"^([A-Za-z_][\w-]*)\s*:\s*(.*)$")
_TAGS = re.compile(r"<[^>]*>")

_parser = MarkdownIt("commonmark").enable(["table", "strikethrough"])


def split_front_matter(text: str) -> tuple[dict[str, object], str]:
    """The front matter's fields (a YAML subset: scalars and lists) and the text after it."""
    match = _FRONT_MATTER.match(text)
    if not match:
        return {}, text
    fields: dict[str, object] = {}
    key = None
    for line in match.group(1).split("\n"):
        item = re.match(r"^\s+-\s+(.*)$", line) or re.match(r"^-\s+(.*)$", line)
        if item and key:
            current = fields.get(key)
            values = current if isinstance(current, list) else []
            values.append(_scalar(item.group(1)))
            fields[key] = values
            continue
        pair = _KEY_VALUE.match(line)
        if not pair:
            continue
        key, value = pair.group(1).lower(), pair.group(2).strip()
        if value.startswith("[") and value.endswith("]"):
            fields[key] = [_scalar(v) for v in value[1:-1].split(",") if v.strip()]
        elif value:
            fields[key] = _scalar(value)
    return fields, text[match.end() :]


def _scalar(value: str) -> str:
    value = value.strip()
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        return value[1:-1]
    return re.sub(r"\s+#.*$", "", value)


def _first(fields: dict[str, object], *keys: str) -> str | None:
    for key in keys:
        value = fields.get(key)
        if isinstance(value, list):
            value = ", ".join(str(v) for v in value if v)
        if value:
            return str(value)
    return None


def _is_line_break(token: Token) -> bool:
    return token.type == "html_inline" and token.content.lower().startswith("<br")


def _inline_text(token: Token) -> str:
    parts = []
    for child in token.children or ():
        if child.type in ("text", "code_inline"):
            parts.append(child.content)
        elif child.type in ("softbreak", "hardbreak") or _is_line_break(child):
            parts.append(" ")
    return " ".join("".join(parts).split())


def markdown_blocks(tokens: Sequence[Token]) -> list[Block]:
    """The blocks of a parsed Markdown token stream."""
    blocks: list[Block] = []
    quotes = lists = 0
    heading_level: int | None = None
    row: list[str] | None = None
    for token in tokens:
        kind = token.type
        if kind == "blockquote_open":
            quotes += 1
        elif kind == "blockquote_close":
            quotes -= 1
        elif kind == "list_item_open":
            lists += 1
        elif kind == "list_item_close":
            lists -= 1
        elif kind == "heading_open":
            heading_level = int(token.tag[1:])
        elif kind == "heading_close":
            heading_level = None
        elif kind == "tr_open":
            row = []
        elif kind == "tr_close" and row is not None:
            if any(row):
                blocks.append(Block("paragraph", " | ".join(row)))
            row = None
        elif kind == "inline":
            text = _inline_text(token)
            if row is not None:
                row.append(text)
            elif not text:
                continue
            elif heading_level is not None:
                blocks.append(Block("heading", text, heading_level))
            elif lists:
                blocks.append(Block("list_item", text))
            elif quotes:
                blocks.append(Block("quote", text))
            else:
                blocks.append(Block("paragraph", text))
        elif kind in ("fence", "code_block"):
            code = token.content.rstrip("\n")
            if code.strip():
                blocks.append(Block("preformatted", code))
        elif kind == "html_block":
            text = " ".join(
                _TAGS.sub(" ", re.sub(r"<!--.*?-->", "", token.content, flags=re.S)).split()
            )
            if text:
                blocks.append(Block("quote" if quotes else "paragraph", text))
    return blocks


def _same(a: str, b: str) -> bool:
    return " ".join(a.split()).casefold() == " ".join(b.split()).casefold()


def parse_markdown(text: str, *, title: str | None = None) -> Document:
    """Read a Markdown document into blocks and metadata.

    Args:
        text: the decoded Markdown.
        title: a title chosen by the reader; otherwise the front matter's, else a level-1
            heading that opens the text (then not repeated as a block), else the first sentence.

    Returns:
        The document, with its front matter's metadata when there is one.
    """
    fields, body = split_front_matter(text.replace("\r\n", "\n").replace("\r", "\n"))
    blocks = markdown_blocks(_parser.parse(body))
    own_title = _first(fields, "title")
    opening = blocks[0] if blocks else None
    opens_with_title = opening is not None and opening.kind == "heading" and opening.level == 1
    if opens_with_title and (own_title is None or _same(own_title, opening.text)):
        own_title = opening.text
        blocks = blocks[1:]
    chosen = title or own_title
    if not chosen:
        first_text = next((b.text for b in blocks if b.kind in ("paragraph", "quote")), "")
        chosen = first_sentence_title(first_text or (blocks[0].text if blocks else ""))
    tags = fields.get("tags") or fields.get("categories") or fields.get("keywords") or ()
    if isinstance(tags, str):
        tags = [t for t in re.split(r"[,\s]+", tags) if t]
    return Document(
        title=chosen,
        blocks=tuple(blocks),
        url=_first(fields, "url", "canonical_url", "canonical", "link", "source"),
        author=_first(fields, "author", "authors", "byline"),
        published=parse_date(_first(fields, "date", "published", "pubdate", "created")),
        site=_first(fields, "site", "publication", "publisher"),
        language=_first(fields, "lang", "language", "locale"),
        tags=tuple(str(t) for t in tags),
    )
