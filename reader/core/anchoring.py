"""Anchoring passages in an article's text, W3C Web Annotation style.

A passage is kept three ways: its position (block and offset), its exact quote, and a few
characters of prefix and suffix. When the text is extracted again, the quote and its context
find the passage even if blocks moved; what cannot be found is kept and flagged, never dropped.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from reader.core.models import Annotation, Block, Position

if TYPE_CHECKING:
    from reader.core.store import Store

CONTEXT_CHARS = 32
"""Characters of prefix and suffix kept with each quote."""
BLOCK_SEPARATOR = "\n"


class AnchorError(ValueError):
    """A passage asked for does not exist in the article."""


@dataclass(frozen=True, slots=True)
class Passage:
    """A span of an article's text with what is needed to find it again."""

    start: Position
    end: Position
    quote: str
    prefix: str
    suffix: str


class TextMap:
    """The article's text as one string (blocks joined by newlines) and offsets both ways."""

    def __init__(self, blocks: Sequence[Block]) -> None:
        self.starts: list[int] = []
        offset = 0
        for block in blocks:
            self.starts.append(offset)
            offset += len(block.text) + len(BLOCK_SEPARATOR)
        self.text = BLOCK_SEPARATOR.join(block.text for block in blocks)
        self.lengths = [len(block.text) for block in blocks]

    def to_global(self, position: Position) -> int:
        """The offset in the joined text of a (block, offset) position."""
        return self.starts[position.block] + position.offset

    def to_position(self, offset: int, *, at_end: bool = False) -> Position:
        """The (block, offset) position of an offset in the joined text."""
        for index in range(len(self.starts) - 1, -1, -1):
            if self.starts[index] <= offset - (1 if at_end and offset > 0 else 0):
                return Position(index, min(offset - self.starts[index], self.lengths[index]))
        return Position(0, 0)

    def passage(self, start: int, end: int) -> Passage:
        """The passage between two offsets of the joined text."""
        return Passage(
            start=self.to_position(start),
            end=self.to_position(end, at_end=True),
            quote=self.text[start:end],
            prefix=self.text[max(0, start - CONTEXT_CHARS) : start],
            suffix=self.text[end : end + CONTEXT_CHARS],
        )


def passage_for_quote(blocks: Sequence[Block], quote: str) -> Passage:
    """The first passage whose text is `quote` (white space compared loosely)."""
    text_map = TextMap(blocks)
    start = text_map.text.find(quote)
    if start < 0:
        raise AnchorError(f"quote not found in the article: {quote[:60]!r}")
    return text_map.passage(start, start + len(quote))


def passage_for_blocks(blocks: Sequence[Block], first: int, last: int) -> Passage:
    """The passage made of blocks `first` to `last` inclusive (0-based)."""
    if not 0 <= first <= last < len(blocks):
        raise AnchorError(f"blocks {first + 1}-{last + 1} are outside 1-{len(blocks)}")
    text_map = TextMap(blocks)
    start = text_map.starts[first]
    end = text_map.starts[last] + len(blocks[last].text)
    return text_map.passage(start, end)


def section_range(blocks: Sequence[Block], heading_index: int) -> tuple[int, int]:
    """The blocks of the section under a heading: it and all up to the next heading of the
    same or a higher level."""
    level = blocks[heading_index].level or 1
    last = heading_index
    for index in range(heading_index + 1, len(blocks)):
        block = blocks[index]
        if block.kind == "heading" and (block.level or 1) <= level:
            break
        last = index
    return heading_index, last


def find_heading(blocks: Sequence[Block], heading: str) -> int:
    """Index of the heading whose text is `heading` (case-insensitive, exact first, then prefix)."""
    wanted = " ".join(heading.split()).casefold()
    headings = [(i, b) for i, b in enumerate(blocks) if b.kind == "heading"]
    for predicate in (lambda t: t == wanted, lambda t: t.startswith(wanted)):
        for index, block in headings:
            if predicate(" ".join(block.text.split()).casefold()):
                return index
    raise AnchorError(f"no heading {heading!r} in the article")


def passage_for_section(blocks: Sequence[Block], heading: str) -> Passage:
    """The whole section under the heading named `heading`."""
    first, last = section_range(blocks, find_heading(blocks, heading))
    return passage_for_blocks(blocks, first, last)


def relocate(
    annotation: Annotation, old_blocks: Sequence[Block] | None, new_blocks: Sequence[Block]
) -> Passage | None:
    """Find an annotation's passage in new text: by quote, prefix and suffix; None if lost."""
    new_map = TextMap(new_blocks)
    quote = annotation.quote
    if not quote:
        return None
    candidates = []
    start = new_map.text.find(quote)
    while start >= 0:
        candidates.append(start)
        start = new_map.text.find(quote, start + 1)
    if not candidates:
        return None
    old_offset = 0
    if old_blocks and annotation.start.block < len(old_blocks):
        old_offset = TextMap(old_blocks).to_global(annotation.start)

    def score(candidate: int) -> tuple[int, int]:
        before = new_map.text[max(0, candidate - len(annotation.prefix)) : candidate]
        after = new_map.text[
            candidate + len(quote) : candidate + len(quote) + len(annotation.suffix)
        ]
        context = _common_suffix(before, annotation.prefix) + _common_prefix(
            after, annotation.suffix
        )
        return (-context, abs(candidate - old_offset))

    best = min(candidates, key=score)
    return new_map.passage(best, best + len(quote))


def reanchor_article(
    store: Store, article_id: int, old_blocks: Sequence[Block], new_blocks: Sequence[Block]
) -> list[Annotation]:
    """Move an article's annotations onto its new blocks; returns those that were lost.

    Lost annotations keep their note, quote and old position and are flagged `orphaned`.
    """
    lost = []
    for annotation in store.list_annotations(article_id):
        passage = relocate(annotation, old_blocks, new_blocks)
        if passage is None:
            store.update_annotation(annotation.id, orphaned=1)
            lost.append(annotation)
            continue
        store.update_annotation(
            annotation.id,
            start_block=passage.start.block,
            start_offset=passage.start.offset,
            end_block=passage.end.block,
            end_offset=passage.end.offset,
            prefix=passage.prefix,
            suffix=passage.suffix,
            orphaned=0,
        )
    return lost


def _common_prefix(a: str, b: str) -> int:
    count = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        count += 1
    return count


def _common_suffix(a: str, b: str) -> int:
    return _common_prefix(a[::-1], b[::-1])
