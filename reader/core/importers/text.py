"""Plain text → blocks: paragraphs, headings told apart by their shape, and a title.

Paragraphs are separated by blank lines, and hard-wrapped lines inside one are joined. A text
with no blank line at all (as copied from many web pages) has one paragraph per line. A short
line without final punctuation standing between paragraphs is a heading.
"""

from __future__ import annotations

import re

from reader.core.models import Block

HEADING_MAX_CHARS = 100
"""A heading is at most this long..."""
HEADING_MAX_WORDS = 14
"""...and has at most this many words."""
TITLE_MAX_CHARS = 100
"""A title taken from the first sentence is shortened to this length at a word boundary."""

_FINAL_PUNCTUATION = ".!?…:;,"
_CLOSING = "\"'»”’)]*_ "
_BULLET = re.compile(r"^\s*(?:[-*•◦‣]|\d{1,3}[.)])\s+(?=\S)")
_QUOTE = re.compile(r"^\s*>\s?")
_SENTENCE_END = re.compile(r"(?<=[.!?…])[\"»”’)]?\s+(?=[\"«“(]?[A-ZÀ-ÖØ-Þ0-9])")


def is_heading_like(line: str) -> bool:
    """A short line that starts like a sentence and does not end like one."""
    line = line.strip()
    if not line or len(line) > HEADING_MAX_CHARS or len(line.split()) > HEADING_MAX_WORDS:
        return False
    if line[0].islower() or _BULLET.match(line) or _QUOTE.match(line):
        return False
    return line.rstrip(_CLOSING)[-1:] not in _FINAL_PUNCTUATION


def first_sentence_title(text: str, limit: int = TITLE_MAX_CHARS) -> str:
    """The first sentence of `text`, shortened at a word boundary with an ellipsis."""
    text = " ".join(text.split())
    sentence = _SENTENCE_END.split(text, maxsplit=1)[0]
    if len(sentence) <= limit:
        return sentence.rstrip(".")
    cut = sentence[: limit - 1].rsplit(" ", 1)[0].rstrip(" ,;:—–-")
    return cut + "…"


def _paragraphs(text: str) -> list[list[str]]:
    """Groups of lines that make one paragraph each."""
    lines = [line.rstrip() for line in text.split("\n")]
    if not any(not line.strip() for line in _trim(lines)):
        return [[line] for line in lines if line.strip()]
    groups: list[list[str]] = []
    current: list[str] = []
    for line in lines:
        if line.strip():
            current.append(line)
        elif current:
            groups.append(current)
            current = []
    if current:
        groups.append(current)
    return groups


def _trim(lines: list[str]) -> list[str]:
    start = next((i for i, line in enumerate(lines) if line.strip()), len(lines))
    end = len(lines)
    while end > start and not lines[end - 1].strip():
        end -= 1
    return lines[start:end]


def _blocks_of(group: list[str]) -> list[Block]:
    """One paragraph's lines as blocks: list items and quoted lines keep their kind."""
    if all(_BULLET.match(line) or line.startswith((" ", "\t")) for line in group) and _BULLET.match(
        group[0]
    ):
        items: list[str] = []
        for line in group:
            if _BULLET.match(line):
                items.append(_BULLET.sub("", line))
            else:
                items[-1] += " " + line.strip()
        return [Block("list_item", " ".join(item.split())) for item in items]
    if all(_QUOTE.match(line) for line in group):
        return [Block("quote", " ".join(_QUOTE.sub("", line) for line in group).strip())]
    return [Block("paragraph", " ".join(" ".join(line.split()) for line in group))]


def parse_text(text: str, *, title: str | None = None) -> tuple[str, list[Block]]:
    """Split plain text into blocks and choose its title.

    Args:
        text: the decoded text.
        title: a title chosen by the reader; otherwise a heading-like first line (which is then
            not repeated as a block), else the first sentence, shortened.

    Returns:
        The title and the blocks.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n")
    blocks: list[Block] = []
    one_liners: set[int] = set()
    for group in _paragraphs(text):
        if len(group) == 1:
            one_liners.add(len(blocks))
        blocks.extend(_blocks_of(group))
    # A lone heading-like line is a heading only between two paragraphs.
    for index in sorted(one_liners):
        block = blocks[index]
        if (
            0 < index < len(blocks) - 1
            and block.kind == "paragraph"
            and is_heading_like(block.text)
        ):
            blocks[index] = Block("heading", block.text, 2)
    first = blocks[0] if blocks else None
    if (
        0 in one_liners
        and len(blocks) > 1
        and first.kind == "paragraph"
        and is_heading_like(first.text)
    ):
        if not title:
            return blocks[0].text, blocks[1:]
        # The reader chose another title: keep the text's own as its top heading.
        blocks[0] = Block("heading", blocks[0].text, 1)
    if title:
        return title, blocks
    first_text = next((b.text for b in blocks if b.kind != "heading"), "")
    return first_sentence_title(first_text), blocks
