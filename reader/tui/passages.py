"""Units the reader's cursor moves over (blocks, sentences) and the passages they make.

Pure functions over blocks, kept out of the widget so they can be tested on their own.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from reader.core.anchoring import Passage, TextMap, section_range
from reader.core.models import Annotation, Block

_SENTENCE_END = re.compile(r"[.!?…]+[\"»”’)\]]*\s+(?=[\"«“(\[]?\s?[A-ZÀ-ÖØ-Þ0-9])")


@dataclass(frozen=True, slots=True)
class Span:
    """A range of one block's text."""

    block: int
    start: int
    end: int


def sentences(text: str) -> list[tuple[int, int]]:
    """`(start, end)` of each sentence of a paragraph, trailing spaces left out."""
    spans, start = [], 0
    for match in _SENTENCE_END.finditer(text):
        end = match.start() + len(match.group().rstrip())
        spans.append((start, end))
        start = match.end()
    if start < len(text):
        spans.append((start, len(text.rstrip())))
    return spans or [(0, len(text))]


def passage_between(blocks: Sequence[Block], first: Span, last: Span) -> Passage:
    """The passage from the start of `first` to the end of `last`."""
    text_map = TextMap(blocks)
    start = text_map.starts[first.block] + first.start
    end = text_map.starts[last.block] + last.end
    return text_map.passage(start, end)


def section_of(blocks: Sequence[Block], index: int) -> tuple[int, int] | None:
    """Blocks of the section holding block `index`: its heading to the next heading of the same
    or a higher level. None before the first heading."""
    heading = next((i for i in range(index, -1, -1) if blocks[i].kind == "heading"), None)
    return None if heading is None else section_range(blocks, heading)


def annotation_spans(annotation: Annotation, blocks: Sequence[Block]) -> list[Span]:
    """The part of each block an annotation covers."""
    spans = []
    last = min(annotation.end.block, len(blocks) - 1)
    for index in range(annotation.start.block, last + 1):
        start = annotation.start.offset if index == annotation.start.block else 0
        end = annotation.end.offset if index == annotation.end.block else len(blocks[index].text)
        if end > start:
            spans.append(Span(index, start, end))
    return spans


def query_matches(blocks: Sequence[Block], query: str) -> list[Span]:
    """Where the words of a search query occur in the blocks, by the search's own rules
    (accents folded, word forms, exact phrases). Empty for a malformed query."""
    from reader.core.search import QueryError, parse_query
    from reader.core.search.compile import query_languages
    from reader.core.search.matching import DEFAULT_LANGUAGES, Matcher, positive_terms, tokenize

    try:
        parsed = parse_query(query)
    except QueryError:
        return []
    terms = positive_terms(parsed.root)
    if not terms:
        return []
    matcher = Matcher(query_languages(parsed, DEFAULT_LANGUAGES))
    found = []
    for index, block in enumerate(blocks):
        tokens = tokenize(block.text)
        for term in terms:
            for first, last in matcher.spans(term, tokens):
                found.append(Span(index, tokens[first].start, tokens[last - 1].end))
    return sorted(set(found), key=lambda span: (span.block, span.start))
