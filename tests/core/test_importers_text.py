"""Plain text and Markdown become blocks a reader recognises: paragraphs, headings, lists."""

from __future__ import annotations

import pytest

from reader.core.importers.markdown import parse_markdown, split_front_matter
from reader.core.importers.text import first_sentence_title, parse_text
from tests.conftest import DATA, SHARED_SAMPLE

SAMPLES = [DATA / "geneva-talks.fr.txt"] + ([SHARED_SAMPLE] if SHARED_SAMPLE.exists() else [])
HEADINGS = {
    "geneva-talks.fr.txt": [
        "Un accord partiel sur l'énergie",
        "Zelensky demande des garanties de sécurité",
    ],
    "abu-dhabi-talks.fr.txt": [
        "Aucune avancée dans les pourparlers de paix d'Abu Dabi",
        "Zelensky demande des garanties de sécurité",
    ],
}


@pytest.mark.parametrize("path", SAMPLES, ids=lambda p: p.name)
def test_a_sample_article_gives_twenty_blocks_with_its_two_headings(path):
    title, blocks = parse_text(path.read_text())
    assert len(blocks) == 20
    assert [b.text for b in blocks if b.kind == "heading"] == HEADINGS[path.name]
    assert all(b.level == 2 for b in blocks if b.kind == "heading")
    # The first line is a long sentence: it stays a paragraph and the title is its start.
    assert blocks[0].kind == "paragraph"
    assert blocks[0].text.startswith(title.rstrip("…"))
    assert len(title) <= 100 and title.endswith("…")


def test_hard_wrapped_paragraphs_separated_by_blank_lines_are_joined():
    text = (
        "Inflation in the euro area fell to 2.1% in May,\n"
        "according to Eurostat's flash estimate.\n\n"
        "Energy prices\n\n"
        "Energy prices dropped 3.4% over the year,\n"
        "while services rose 3.2%.\n"
    )
    title, blocks = parse_text(text)
    assert [(b.kind, b.text) for b in blocks] == [
        (
            "paragraph",
            "Inflation in the euro area fell to 2.1% in May, "
            "according to Eurostat's flash estimate.",
        ),
        ("heading", "Energy prices"),
        ("paragraph", "Energy prices dropped 3.4% over the year, while services rose 3.2%."),
    ]
    assert (
        title
        == "Inflation in the euro area fell to 2.1% in May, according to Eurostat's flash estimate"
    )


def test_a_heading_like_first_line_is_the_title_and_not_repeated():
    title, blocks = parse_text("Talks resume in Geneva\n\nDiplomats met on Tuesday.\n\nMore later.")
    assert title == "Talks resume in Geneva"
    assert [b.text for b in blocks] == ["Diplomats met on Tuesday.", "More later."]


def test_a_chosen_title_keeps_the_texts_own_first_line_as_a_heading():
    title, blocks = parse_text("Talks resume in Geneva\n\nDiplomats met on Tuesday.", title="Mine")
    assert title == "Mine"
    assert (blocks[0].kind, blocks[0].level) == ("heading", 1)


def test_short_lines_that_end_like_sentences_or_close_the_text_are_not_headings():
    text = "First paragraph here.\nShe said yes.\nAnother paragraph follows.\nThe end"
    _, blocks = parse_text(text)
    assert [b.kind for b in blocks] == ["paragraph"] * 4


def test_bullets_and_quoted_lines_keep_their_kind():
    text = "Three demands were made.\n\n- a ceasefire\n- an exchange of prisoners\n\n> Not yet.\n"
    _, blocks = parse_text(text)
    assert [(b.kind, b.text) for b in blocks][1:] == [
        ("list_item", "a ceasefire"),
        ("list_item", "an exchange of prisoners"),
        ("quote", "Not yet."),
    ]


def test_a_long_first_sentence_is_shortened_at_a_word_boundary():
    title = first_sentence_title("word " * 40 + "end. Second sentence.")
    assert title.endswith("word…") and len(title) <= 100


MARKDOWN = """---
title: "Rates on hold: the ECB waits"
author: Jane Doe
date: 2026-03-05T10:00:00Z
lang: en
url: https://example.org/ecb
tags: [economy, ecb]
---
# Rates on hold: the ECB waits

The **European Central Bank** kept its rate at *2%*, said [Reuters](https://r.example)
and others. ![chart](chart.png)

Outlook
-------

> "We are in a good place," the president said.

1. growth at 0.9%
2. inflation at 2.1%

```
rate = 2.00
```

    indented code

### Details
"""


def test_markdown_keeps_structure_and_strips_inline_markup():
    document = parse_markdown(MARKDOWN)
    assert document.title == "Rates on hold: the ECB waits"
    assert [(b.kind, b.level, b.text) for b in document.blocks] == [
        (
            "paragraph",
            None,
            "The European Central Bank kept its rate at 2%, said Reuters and others.",
        ),
        ("heading", 2, "Outlook"),
        ("quote", None, '"We are in a good place," the president said.'),
        ("list_item", None, "growth at 0.9%"),
        ("list_item", None, "inflation at 2.1%"),
        ("preformatted", None, "rate = 2.00"),
        ("preformatted", None, "indented code"),
        ("heading", 3, "Details"),
    ]


def test_markdown_front_matter_gives_the_metadata():
    document = parse_markdown(MARKDOWN)
    assert document.author == "Jane Doe"
    assert document.published.isoformat() == "2026-03-05T10:00:00+00:00"
    assert document.language == "en"
    assert document.url == "https://example.org/ecb"
    assert document.tags == ("economy", "ecb")


def test_markdown_without_a_title_takes_its_first_sentence():
    document = parse_markdown("## Section\n\nOil rose 4% on Monday. Brent hit $90.")
    assert document.title == "Oil rose 4% on Monday"
    assert document.blocks[0].kind == "heading"


def test_front_matter_lists_may_be_written_one_item_a_line():
    fields, body = split_front_matter("---\ntags:\n  - a\n  - b\ntitle: T\n---\nText")
    assert fields == {"tags": ["a", "b"], "title": "T"}
    assert body == "Text"
