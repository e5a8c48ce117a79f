"""What the reader's cursor moves over: sentences, sections, annotated spans, search matches."""

from __future__ import annotations

from reader.core.models import Annotation, Block, Position
from reader.tui.passages import (
    Span,
    annotation_spans,
    passage_between,
    query_matches,
    section_of,
    sentences,
)
from tests.tui.archive import geneva_blocks


def test_sentences_end_after_closing_quotes_and_keep_abbreviated_numbers_whole():
    text = (
        'Le Kremlin a jugé la proposition "prématurée". Dmitri Peskov a toutefois indiqué '
        'que Moscou restait "ouvert au dialogue technique".'
    )
    spans = sentences(text)
    assert [text[a:b] for a, b in spans] == [
        'Le Kremlin a jugé la proposition "prématurée".',
        'Dmitri Peskov a toutefois indiqué que Moscou restait "ouvert au dialogue technique".',
    ]
    assert sentences("12,4 milliards de dollars. 3.5 % de plus.") == [(0, 26), (27, 41)]


def test_the_section_under_a_paragraph_runs_from_its_heading_to_the_next():
    blocks = geneva_blocks()
    assert section_of(blocks, 16) == (14, 19)
    assert section_of(blocks, 9) == (9, 13)
    assert section_of(blocks, 3) is None


def test_a_passage_across_blocks_joins_them_with_newlines():
    blocks = geneva_blocks()
    passage = passage_between(blocks, Span(14, 0, 0), Span(15, 0, 30))
    assert passage.quote == blocks[14].text + "\n" + blocks[15].text[:30]
    assert passage.start == Position(14, 0) and passage.end == Position(15, 30)


def test_annotation_spans_cover_each_block_of_the_passage():
    blocks = (Block("paragraph", "one two"), Block("paragraph", "three"), Block("paragraph", "x"))
    note = Annotation(None, 1, Position(0, 4), Position(2, 1), "two\nthree\nx")
    assert annotation_spans(note, blocks) == [Span(0, 4, 7), Span(1, 0, 5), Span(2, 0, 1)]


def test_query_matches_find_word_forms_without_accents_and_ignore_bad_queries():
    blocks = geneva_blocks()
    found = query_matches(blocks, "garantie securite")
    texts = {blocks[s.block].text[s.start : s.end] for s in found}
    assert {"garanties", "sécurité"} <= texts
    assert query_matches(blocks, '"unclosed') == []
    assert query_matches(blocks, "tag:ukraine") == []
