"""Anchoring passages in an article's text, W3C Web Annotation style.

A passage is kept three ways: its position (block and offset), its exact quote, and a few
characters of prefix and suffix. When the text is extracted again, the quote and its context
find the passage even if blocks moved; what cannot be found is kept and flagged, never dropped.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from os.path import commonprefix
from typing import TYPE_CHECKING

from reader.core.errors import ReaderError
from reader.core.models import Annotation, Block, Position

if TYPE_CHECKING:
    from reader.core.store import Store

CONTEXT_CHARS = 32
"""Characters of prefix and suffix kept with each quote."""
BLOCK_SEPARATOR = "\n"


class AnchorError(ReaderError, ValueError):
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
    """The first passage whose text is `quote`.

    White space (a line break between blocks too), straight or curly quotes and apostrophes
    compare loosely, then case as a last resort, so a quote typed from memory still anchors.
    """
    text_map = TextMap(blocks)
    span = find_loosely(text_map.text, quote)
    if span is None:
        raise AnchorError(f"quote not found in the article: {quote[:60]!r}")
    return text_map.passage(*span)


_QUOTE_CHARS = {char: family for family in ("'’‘ʼ", '"“”«»') for char in family}


def loose_pattern(quote: str) -> str:
    """A regular expression for `quote` with any white space and any kind of quote mark.

    Space is optional beside a quote mark: `"oui"` typed on a keyboard matches the French
    `« oui »`, whose marks stand apart behind no-break spaces.
    """
    parts = []
    for word in quote.split():
        pattern = []
        for i, char in enumerate(word):
            if char not in _QUOTE_CHARS:
                pattern.append(re.escape(char))
                continue
            before = r"\s*" if i > 0 else ""
            after = r"\s*" if i < len(word) - 1 else ""
            pattern.append(rf"{before}[{re.escape(_QUOTE_CHARS[char])}]{after}")
        parts.append("".join(pattern))
    return r"\s+".join(parts)


def find_loosely(text: str, quote: str, start: int = 0) -> tuple[int, int] | None:
    """`(start, end)` of the first occurrence of `quote` in `text`: exact, then loosely."""
    quote = quote.strip()
    if not quote:
        return None
    exact = text.find(quote, start)
    if exact >= 0:
        return exact, exact + len(quote)
    pattern = loose_pattern(quote)
    for flags in (0, re.IGNORECASE):
        match = re.compile(pattern, flags).search(text, start)
        if match:
            return match.span()
    return None


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
    """Find an annotation's passage in new text; None when it is gone.

    First the exact quote (the occurrence whose prefix and suffix agree best, then the one
    nearest its old place), then the quote with white space compared loosely, then a passage
    that starts like the quote and ends like it with about the same length (a word edited
    inside a long passage). The result's quote is the new text.
    """
    new_map = TextMap(new_blocks)
    text, quote = new_map.text, annotation.quote
    if not quote.strip() or not text:
        return None
    old_offset = 0
    if old_blocks and annotation.start.block < len(old_blocks):
        old_offset = TextMap(old_blocks).to_global(annotation.start)
    elif annotation.start.block < len(new_blocks):
        old_offset = new_map.to_global(Position(annotation.start.block, 0))
    spans = _occurrences(text, quote) or _loose_occurrences(text, quote)
    if not spans:
        spans = _head_and_tail(text, quote)
    if not spans:
        return None

    def score(span: tuple[int, int]) -> tuple[int, int]:
        start, end = span
        before = text[max(0, start - len(annotation.prefix)) : start]
        after = text[end : end + len(annotation.suffix)]
        context = _common_suffix(before, annotation.prefix) + _common_prefix(
            after, annotation.suffix
        )
        return (-context, abs(start - old_offset))

    return new_map.passage(*min(spans, key=score))


FUZZY_MIN_CHARS = 64
"""Quotes at least this long may be found by their start and end when their middle changed."""


def _occurrences(text: str, quote: str) -> list[tuple[int, int]]:
    spans, start = [], text.find(quote)
    while start >= 0:
        spans.append((start, start + len(quote)))
        start = text.find(quote, start + 1)
    return spans


def _loose_occurrences(text: str, quote: str) -> list[tuple[int, int]]:
    return [m.span() for m in re.finditer(loose_pattern(quote), text)]


def _head_and_tail(text: str, quote: str) -> list[tuple[int, int]]:
    """Spans starting with the quote's first words and ending with its last ones."""
    if len(quote) < FUZZY_MIN_CHARS:
        return []
    head, tail = quote[:CONTEXT_CHARS], quote[-CONTEXT_CHARS:]
    spans = []
    for start, _ in _occurrences(text, head):
        for tail_start, end in _occurrences(text, tail):
            if tail_start >= start and 0.67 <= (end - start) / len(quote) <= 1.5:
                spans.append((start, end))
    return spans


def parse_block_range(text: str) -> tuple[int, int]:
    """`"15-20"` (or `"15"`), blocks numbered from 1 as shown, as 0-based `(first, last)`."""
    match = re.fullmatch(r"\s*(\d+)\s*(?:[-\u2013:]\s*(\d+))?\s*", text)
    if not match:
        raise AnchorError(f"bad block range {text!r} (use A-B, e.g. 3-5)")
    first = int(match.group(1))
    last = int(match.group(2) or first)
    if first < 1 or last < first:
        raise AnchorError(f"bad block range {text!r} (blocks are numbered from 1)")
    return first - 1, last - 1


def annotate(
    store: Store,
    article_id: int,
    *,
    quote: str | None = None,
    section: str | None = None,
    blocks: str | tuple[int, int] | None = None,
    note: str = "",
    tags: Sequence[str] = (),
) -> Annotation:
    """Annotate a passage chosen by its text, a section heading, or a block range.

    Args:
        store: the archive.
        article_id: the article.
        quote: text of the passage.
        section: a heading's text: the passage is it and every block up to the next heading
            of the same or a higher level.
        blocks: `"A-B"` numbered from 1, or a 0-based `(first, last)` pair.
        note: the reader's note.
        tags: tags of the annotation.

    Returns:
        The stored annotation.

    Raises:
        AnchorError: no such article, or the passage is not in it (or more than one way given).
    """
    if sum(x is not None for x in (quote, section, blocks)) != 1:
        raise AnchorError("choose the passage with exactly one of quote, section or blocks")
    article_blocks = store.get_blocks(article_id, with_marks=False)
    if not article_blocks:
        raise AnchorError(f"no article {article_id} (or it has no text)")
    if quote is not None:
        passage = passage_for_quote(article_blocks, quote)
    elif section is not None:
        passage = passage_for_section(article_blocks, section)
    else:
        first, last = parse_block_range(blocks) if isinstance(blocks, str) else blocks
        passage = passage_for_blocks(article_blocks, first, last)
    annotation = annotation_for(article_id, passage, note=note, tags=tags)
    return store.get_annotation(store.add_annotation(annotation))


def annotation_for(
    article_id: int, passage: Passage, *, note: str = "", tags: Iterable[str] = ()
) -> Annotation:
    """A new (unsaved) annotation of `passage`, carrying its W3C anchors."""
    return Annotation(
        id=None,
        article_id=article_id,
        start=passage.start,
        end=passage.end,
        quote=passage.quote,
        prefix=passage.prefix,
        suffix=passage.suffix,
        note=note,
        tags=tuple(tags),
    )


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
            if not annotation.orphaned:
                store.update_annotation(annotation.id, orphaned=1)
            lost.append(annotation)
            continue
        store.update_annotation(
            annotation.id,
            quote=passage.quote,
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
    return len(commonprefix((a, b)))


def _common_suffix(a: str, b: str) -> int:
    return _common_prefix(a[::-1], b[::-1])
