"""Annotations anchored by quote, prefix, suffix and position, and found again after edits."""

from __future__ import annotations

from dataclasses import replace

import pytest

from reader.core.anchoring import AnchorError, annotate, parse_block_range
from reader.core.models import Article, Block
from tests.conftest import DATA

SECTION = "Zelensky demande des garanties de sécurité"


def fixture_blocks() -> tuple[Block, ...]:
    """The Geneva fixture, one block a line; lines 10 and 15 are level-2 headings."""
    lines = (DATA / "geneva-talks.fr.txt").read_text(encoding="utf-8").splitlines()
    return tuple(
        Block("heading", line, 2) if number in (10, 15) else Block("paragraph", line)
        for number, line in enumerate(lines, start=1)
    )


@pytest.fixture
def article_id(store):
    article = Article(id=None, title="Genève", url="https://x.example/geneve", language="fr")
    return store.save_article(replace(article, blocks=fixture_blocks())).article_id


def resave(store, blocks) -> None:
    article = Article(id=None, title="Genève", url="https://x.example/geneve", language="fr")
    assert store.save_article(replace(article, blocks=tuple(blocks))).status == "updated"


def test_a_section_covers_its_heading_and_its_paragraphs(store, article_id):
    blocks = fixture_blocks()
    annotation = annotate(store, article_id, section=SECTION.lower(), note="n")
    assert (annotation.start.block, annotation.start.offset) == (14, 0)
    assert (annotation.end.block, annotation.end.offset) == (19, len(blocks[19].text))
    assert annotation.quote == "\n".join(b.text for b in blocks[14:20])
    assert annotation.prefix == blocks[13].text[-31:] + "\n"
    assert annotation.suffix == ""


def test_a_section_stops_at_the_next_heading_of_the_same_level(store, article_id):
    annotation = annotate(store, article_id, section="Un accord partiel")
    assert (annotation.start.block, annotation.end.block) == (9, 13)


def test_a_quote_is_found_with_loose_spaces_quote_marks_and_across_blocks(store, article_id):
    blocks = fixture_blocks()
    annotation = annotate(store, article_id, quote="un pas modeste  mais réel")
    assert annotation.start.block == 2 and annotation.quote == "un pas modeste mais réel"
    across = blocks[13].text[-20:] + " " + blocks[14].text[:10]
    annotation = annotate(store, article_id, quote=across)
    assert (annotation.start.block, annotation.end.block) == (13, 14)
    curly = annotate(store, article_id, quote="l’article 5")
    assert curly.quote == "l'article 5"


def test_a_quote_typed_with_straight_marks_finds_french_guillemets(store):
    said = "Il a déclaré\u00a0: «\u00a0Nous voulons des garanties\u00a0». Puis il est parti."
    article = Article(id=None, title="Déclaration", url="https://x.example/d", language="fr")
    article_id = store.save_article(replace(article, blocks=(Block("paragraph", said),)))
    annotation = annotate(store, article_id.article_id, quote='"Nous voulons des garanties"')
    assert annotation.quote == "«\u00a0Nous voulons des garanties\u00a0»"
    assert annotation.prefix.endswith("déclaré\u00a0: ")


def test_block_ranges_are_numbered_from_one(store, article_id):
    assert parse_block_range("15-20") == (14, 19)
    assert parse_block_range("3") == (2, 2)
    annotation = annotate(store, article_id, blocks="1-2")
    assert (annotation.start.block, annotation.end.block) == (0, 1)
    for bad in ("0-2", "5-3", "x", "1-"):
        with pytest.raises(AnchorError):
            parse_block_range(bad)
    with pytest.raises(AnchorError, match="outside 1-20"):
        annotate(store, article_id, blocks="20-21")


def test_inserted_paragraphs_move_the_annotation_with_its_text(store, article_id):
    blocks = list(fixture_blocks())
    section = annotate(store, article_id, section=SECTION)
    sentence = annotate(store, article_id, quote="un pas modeste mais réel")
    resave(store, [Block("paragraph", "Mise à jour : nouveau chapeau.")] * 2 + blocks)
    moved = store.get_annotation(section.id)
    assert (moved.start.block, moved.end.block) == (16, 21) and not moved.orphaned
    assert moved.quote == section.quote
    assert store.get_annotation(sentence.id).start.block == 4


def test_edited_words_around_the_passage_do_not_lose_it(store, article_id):
    blocks = list(fixture_blocks())
    sentence = annotate(store, article_id, quote="un pas modeste mais réel")
    blocks[2] = Block("paragraph", blocks[2].text.replace("a salué", "a vivement salué"))
    resave(store, blocks)
    moved = store.get_annotation(sentence.id)
    assert moved.quote == "un pas modeste mais réel" and not moved.orphaned
    assert "vivement salué" in moved.prefix


def test_the_occurrence_whose_context_matches_is_chosen(store):
    repeated = [Block("paragraph", f"Paragraphe {i} : le même refrain revient.") for i in range(4)]
    article = Article(id=None, title="Refrain", url="https://x.example/r", blocks=tuple(repeated))
    article_id = store.save_article(article).article_id
    annotation = annotate(store, article_id, blocks="3")
    third = annotate(store, article_id, quote="le même refrain")
    assert third.start.block == 0
    resave_blocks = [Block("paragraph", "Intro.")] + repeated
    store.save_article(replace(article, blocks=tuple(resave_blocks)))
    assert store.get_annotation(annotation.id).start.block == 3


def test_a_word_edited_inside_a_long_passage_is_followed(store, article_id):
    blocks = list(fixture_blocks())
    section = annotate(store, article_id, section=SECTION, note="garde")
    blocks[16] = Block("paragraph", blocks[16].text.replace("62 000", "63 000"))
    resave(store, blocks)
    moved = store.get_annotation(section.id)
    assert not moved.orphaned and "63 000" in moved.quote
    assert (moved.start.block, moved.end.block) == (14, 19)


def test_a_removed_passage_is_kept_and_flagged_orphaned(store, article_id):
    blocks = list(fixture_blocks())
    sentence = annotate(store, article_id, quote="un pas modeste mais réel", note="à garder")
    del blocks[2]
    resave(store, blocks)
    kept = store.get_annotation(sentence.id)
    assert kept.orphaned and kept.note == "à garder" and kept.quote == sentence.quote
    resave(store, fixture_blocks())
    assert not store.get_annotation(sentence.id).orphaned
