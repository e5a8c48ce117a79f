"""Exports: Obsidian Markdown, JSON Lines and back, W3C Web Annotation, OPML."""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime

import pytest

from reader.core.anchoring import TextMap, annotate
from reader.core.errors import ReaderError
from reader.core.export import select
from reader.core.export.jsonl import export_jsonl, import_jsonl
from reader.core.export.markdown import export_notes, safe_file_name, write_notes
from reader.core.export.opml import export_opml
from reader.core.export.w3c import export_w3c
from reader.core.jsonformat import article_to_dict
from reader.core.models import Article, Block, Mark
from reader.core.store import Store


@pytest.fixture
def filled(store):
    """Two articles: one with marks, tags and two annotations; one bare."""
    blocks = (
        Block(
            "paragraph",
            "Le président Volodymyr Zelensky a parlé à Genève.",
            marks=(Mark(13, 31, "person", "Volodymyr Zelensky"), Mark(42, 48, "place", "Genève")),
        ),
        Block("heading", "Des garanties", 2),
        Block("paragraph", "Il réclame des garanties de sécurité *solides* [1]."),
        Block("quote", "Pas de paix sans garanties."),
        Block("list_item", "# pas un titre"),
    )
    first = store.save_article(
        Article(
            id=None,
            title='Genève : "garanties" / suite',
            url="https://example.org/geneve",
            site="Le Journal",
            author="A. Dupont",
            language="fr",
            published=datetime(2026, 2, 10, 9, 30, tzinfo=UTC),
            is_starred=True,
            blocks=blocks,
        ),
        tags=("ukraine", "sécurité internationale"),
    ).article_id
    store.replace_marks(first, [(0, m) for m in blocks[0].marks])
    annotate(
        store,
        first,
        section="Des garanties",
        note="Voir aussi l'OTAN.\nDeux lignes.",
        tags=("à suivre",),
    )
    annotate(store, first, quote="Volodymyr Zelensky")
    second = store.save_article(
        Article(
            id=None,
            title="Markets",
            url="https://example.com/m",
            language="en",
            blocks=(Block("paragraph", "Shares rose."),),
        )
    ).article_id
    return first, second


def test_markdown_notes_have_front_matter_text_and_annotations(store, filled):
    first, _ = filled
    ((name, text),) = list(export_notes(store, [first]))
    assert name == "Genève garanties suite.md"
    front, body = re.match(r"---\n(.*?)\n---\n(.*)", text, re.S).groups()
    fields = dict(line.split(": ", 1) for line in front.splitlines())
    assert json.loads(fields["title"]) == 'Genève : "garanties" / suite'
    assert json.loads(fields["url"]) == "https://example.org/geneve"
    assert json.loads(fields["site"]) == "Le Journal"
    assert json.loads(fields["author"]) == "A. Dupont"
    assert json.loads(fields["published"]) == "2026-02-10T09:30:00+00:00"
    assert json.loads(fields["tags"]) == ["sécurité-internationale", "ukraine"]
    assert "\n## Des garanties\n" in body
    assert "\\*solides\\* \\[1\\]" in body
    assert "\n> Pas de paix sans garanties.\n" in body
    assert "\n- \\# pas un titre\n" in body
    annotations = body.split("## Annotations\n", 1)[1]
    assert "> Des garanties\n>\n> Il réclame" in annotations
    assert "Voir aussi l'OTAN.\nDeux lignes." in annotations
    assert "#à-suivre" in annotations
    assert "> Volodymyr Zelensky" in annotations


def test_annotations_only_skips_the_text_and_unannotated_articles(store, filled):
    notes = list(export_notes(store, list(filled), annotations_only=True))
    assert len(notes) == 1
    text = notes[0][1]
    assert "Voir aussi" in text and "Pas de paix sans garanties." in text  # the quoted section
    assert "Le président" not in text.split("\n> Volodymyr")[0].split("---", 2)[2]


def test_file_names_are_safe_and_unique(store, tmp_path, filled):
    taken: set[str] = set()
    assert (
        safe_file_name('a/b\\c:d*e?f"g<h>i|j#k^l[m]n', taken=taken)
        == "a b c d e f g h i j k l m n.md"
    )
    assert safe_file_name("../..", taken=taken) == "Untitled.md"
    assert safe_file_name("Same", taken=taken, article_id=7) == "Same.md"
    assert safe_file_name("same", taken=taken, article_id=8) == "same (8).md"
    assert safe_file_name("CON", taken=taken) == "CON note.md"
    assert safe_file_name("x" * 300, taken=taken) == "x" * 100 + ".md"
    assert write_notes(store, list(filled), tmp_path / "vault") == 2
    assert sorted(p.name for p in (tmp_path / "vault").iterdir()) == [
        "Genève garanties suite.md",
        "Markets.md",
    ]


def comparable(store: Store) -> list[dict]:
    """Every article as the JSON contract, without the archive's own ids."""
    records = []
    for article_id in select(store, ""):
        record = article_to_dict(store.get_article(article_id), store.list_annotations(article_id))
        record.pop("id")
        for annotation in record["annotations"]:
            annotation.pop("id")
        records.append(record)
    return records


def test_json_lines_round_trip_into_an_empty_archive(store, filled, tmp_path):
    lines = list(export_jsonl(store, select(store, "")))
    assert len(lines) == 2 and all("\n" not in line for line in lines)
    with Store(tmp_path / "other.db") as other:
        results = import_jsonl(other, lines)
        assert [r.status for r in results] == ["new", "new"]
        assert comparable(other) == comparable(store)
        assert other.get_article(results[1].article_id).analysed
        # Importing again changes nothing and duplicates nothing.
        again = import_jsonl(other, lines)
        assert [r.status for r in again] == ["unchanged", "unchanged"]
        assert comparable(other) == comparable(store)


@pytest.mark.parametrize(
    ("bad", "reason"),
    [
        ("{not json", "line 2: not an article"),
        ("[1, 2]", "not a JSON object"),
        ('{"title": "x"}', 'no "blocks"'),
        ('{"blocks": [{"kind": "paragraph"}]}', "missing 'text'"),
    ],
)
def test_a_bad_json_line_stops_the_import_before_writing(store, filled, bad, reason):
    good = next(export_jsonl(store, [filled[1]])).replace("Markets", "Other")
    with pytest.raises(ReaderError, match=reason):
        import_jsonl(store, [good.replace("https://example.com/m", "https://x.example"), bad])
    assert store.count_articles() == 2


def test_w3c_annotations_have_the_models_required_fields(store, filled):
    collection = export_w3c(store, select(store, ""))
    assert collection["@context"] == "http://www.w3.org/ns/anno.jsonld"
    assert collection["type"] == "AnnotationCollection" and collection["total"] == 2
    items = collection["first"]["items"]
    article = store.get_article(filled[0])
    text = TextMap(article.blocks).text
    for item in items:
        assert item["type"] == "Annotation"
        assert item["id"].startswith("urn:uuid:")
        assert item["target"]["source"] == "https://example.org/geneve"
        quote, position = item["target"]["selector"]
        assert quote["type"] == "TextQuoteSelector" and quote["exact"]
        assert position["type"] == "TextPositionSelector"
        assert text[position["start"] : position["end"]] == quote["exact"]
        assert text[: position["start"]].endswith(quote["prefix"])
        assert text[position["end"] :].startswith(quote["suffix"])
    section = next(i for i in items if i["motivation"] == "commenting")
    assert section["body"][0] == {
        "type": "TextualBody",
        "value": "Voir aussi l'OTAN.\nDeux lignes.",
        "format": "text/plain",
        "purpose": "commenting",
    }
    assert section["body"][1]["purpose"] == "tagging"
    highlight = next(i for i in items if i["motivation"] == "highlighting")
    assert "body" not in highlight
    assert len({i["id"] for i in items}) == 2


def test_opml_lists_subscriptions_with_tags_as_categories(store):
    store.add_feed("https://example.org/feed.xml", title="Le Journal & co", tags=("ukraine", "fr"))
    opml = export_opml(store)
    assert 'xmlUrl="https://example.org/feed.xml"' in opml
    assert "Le Journal &amp; co" in opml
    assert re.search(r'category="[^"]*ukraine', opml) and re.search(r'category="[^"]*fr', opml)


def test_obsidian_reads_article_text_as_text_not_tags_highlights_or_comments(store):
    text = "Le mouvement #MeToo a gagné, selon 50 %% des votes ; C# et \\#x restent. a == b"
    article_id = store.save_article(
        Article(id=None, title="#Titre", url="https://e.org/t", blocks=(Block("paragraph", text),))
    ).article_id
    ((_, note),) = list(export_notes(store, [article_id]))
    body = note.split("---\n", 2)[2]
    assert "# \\#Titre" in body
    assert "Le mouvement \\#MeToo a gagné, selon 50 \\%\\% des votes" in body
    assert "C# et \\\\\\#x restent. a \\=\\= b" in body
