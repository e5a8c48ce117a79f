"""HTML pages → articles: structure, metadata, encodings and bad input."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from reader.core.extract import Extracted, ExtractionError, decode_html, extract_html

HTML = Path(__file__).resolve().parents[1] / "data" / "html"

PARAGRAPHS = "".join(
    f"<p>Paragraphe {n} : le conseil municipal a débattu pendant trois heures du budget, "
    f"qui prévoit une hausse de {n} % des dépenses d'entretien des écoles et des routes.</p>"
    for n in range(1, 6)
)


def page(body: str, head: str = "<title>Budget municipal</title>", lang: str = "fr") -> str:
    return f"<!DOCTYPE html><html lang='{lang}'><head>{head}</head><body>{body}</body></html>"


def as_dicts(extracted: Extracted) -> list[dict]:
    return [{"kind": b.kind, "level": b.level, "text": b.text} for b in extracted.blocks]


@pytest.mark.parametrize(
    ("name", "url"),
    [
        ("sommet-geneve.fr", "https://quotidien-du-lac.example/x"),
        ("harbour-strike.en", None),
        ("canal-history.en", None),
    ],
)
def test_fixture_pages_give_their_expected_article(name: str, url: str | None) -> None:
    expected = json.loads((HTML / f"{name}.expected.json").read_text(encoding="utf-8"))
    extracted = extract_html((HTML / f"{name}.html").read_bytes(), url)
    assert as_dicts(extracted) == expected["blocks"]
    assert extracted.title == expected["title"]
    assert extracted.author == expected["author"]
    published = expected["published"]
    assert extracted.published == (datetime.fromisoformat(published) if published else None)
    assert extracted.site == expected["site"]
    assert extracted.url == expected["url"]
    assert extracted.language == expected["language"]
    assert extracted.description == expected["description"]


def test_headings_keep_their_level_and_structure_survives() -> None:
    extracted = extract_html((HTML / "sommet-geneve.fr.html").read_bytes())
    kinds = {(b.kind, b.level) for b in extracted.blocks}
    assert {("heading", 2), ("heading", 3), ("quote", None), ("list_item", None)} <= kinds
    code = next(b for b in extracted.blocks if b.kind == "preformatted")
    assert code.text == (
        "Article 1\n  Les parties cessent toute hostilité à compter du 15 mars 2024, 0 h 00."
    )


def test_published_date_is_utc() -> None:
    extracted = extract_html((HTML / "sommet-geneve.fr.html").read_bytes())
    assert extracted.published == datetime(2024, 3, 12, 7, 30, tzinfo=UTC)


def test_boilerplate_boxes_are_dropped() -> None:
    extracted = extract_html((HTML / "sommet-geneve.fr.html").read_bytes())
    text = "\n".join(b.text for b in extracted.blocks)
    for unwanted in ("Lire aussi", "lettre d’information", "Partager", "Photo : Jean Martin"):
        assert unwanted not in text


def test_headings_readability_drops_are_put_back_before_their_text() -> None:
    blocks = extract_html((HTML / "canal-history.en.html").read_bytes()).blocks
    texts = [b.text for b in blocks]
    origins = texts.index("Origins")
    assert blocks[origins].kind == "heading" and blocks[origins].level == 2
    assert texts[origins + 1].startswith("Merchants in Aldwick")
    decline = texts.index("Decline and revival")
    assert blocks[decline].kind == "heading"
    assert texts[decline + 1].startswith("Railways took most")


def test_hidden_text_ads_and_related_boxes_are_dropped() -> None:
    text = "\n".join(
        b.text for b in extract_html((HTML / "canal-history.en.html").read_bytes()).blocks
    )
    for unwanted in ("Hidden sponsor", "Advertisement", "lock keepers", "chain ferry", "Related"):
        assert unwanted not in text


@pytest.mark.parametrize(
    ("title", "site", "expected"),
    [
        ("Le budget adopté | Le Monde", None, "Le budget adopté"),
        ("Obama admits US gun laws are his biggest frustration - BBC News", None,
         "Obama admits US gun laws are his biggest frustration"),
        ("Le budget adopté — Le Quotidien du Lac", "Le Quotidien du Lac", "Le budget adopté"),
        ("Mozilla - Wikipedia", "Wikipedia", "Mozilla"),
        ("Marseille : le port rouvre | Le Monde", "Le Monde", "Marseille : le port rouvre"),
        ("Grève : le port rouvre", None, "Grève : le port rouvre"),
    ],
)  # fmt: skip
def test_title_loses_its_site_suffix(title: str, site: str | None, expected: str) -> None:
    head = f"<title>{title}</title>" + (
        f'<meta property="og:site_name" content="{site}">' if site else ""
    )
    assert extract_html(page(PARAGRAPHS, head)).title == expected


def test_windows_1252_page_without_declaration_is_detected() -> None:
    html = page("<p>L’été à Besançon : « déjà » 25 € — voilà.</p>" + PARAGRAPHS)
    data = html.encode("cp1252")
    assert decode_html(data) == html
    assert extract_html(data).blocks[0].text == "L’été à Besançon : « déjà » 25 € — voilà."


def test_declared_iso_8859_1_is_honoured() -> None:
    head = (
        '<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1"><title>x</title>'
    )
    html = page("<p>Où est la forêt ? À côté du château.</p>" + PARAGRAPHS, head)
    extracted = extract_html(html.encode("latin-1"))
    assert extracted.blocks[0].text == "Où est la forêt ? À côté du château."


def test_http_charset_wins_over_the_page() -> None:
    head = '<meta charset="utf-8"><title>x</title>'
    data = page("<p>Crème brûlée</p>", head).encode("latin-1")
    assert "Crème brûlée" in decode_html(data, "text/html; charset=iso-8859-1")


def test_utf8_with_bom() -> None:
    data = b"\xef\xbb\xbf" + page("<p>Zürich, Genève et Łódź.</p>" + PARAGRAPHS).encode()
    assert decode_html(data).startswith("<!DOCTYPE html>")
    assert extract_html(data).blocks[0].text == "Zürich, Genève et Łódź."


def test_nul_and_control_characters_do_not_break_extraction() -> None:
    html = page("<p>Bonjour\x00 le\x07 monde\x1b.</p>" + PARAGRAPHS)
    assert extract_html(html).blocks[0].text == "Bonjour le monde."
    assert extract_html(html.encode("utf-8")).blocks[0].text == "Bonjour le monde."


@pytest.mark.parametrize("html", ["", "   \n", b"", "<html><body></body></html>"])
def test_empty_page_is_an_extraction_error(html: str | bytes) -> None:
    with pytest.raises(ExtractionError):
        extract_html(html)


def test_page_without_article_text_says_so() -> None:
    with pytest.raises(ExtractionError, match="no article text"):
        extract_html(page("<nav><a href='/'>Accueil</a></nav>"))


def test_deeply_nested_page_does_not_crash() -> None:
    html = page("<div>" * 3_000 + "<p>Au fond.</p>" + "</div>" * 3_000 + PARAGRAPHS)
    with pytest.raises(ExtractionError, match="nested"):
        extract_html(html)


def test_page_nested_deeper_than_python_recursion_is_extracted() -> None:
    html = page("<div>" * 1_100 + "<p>Au fond du puits.</p>" + "</div>" * 1_100 + PARAGRAPHS)
    assert extract_html(html).blocks[0].text == "Au fond du puits."


def test_megabyte_long_line_does_not_crash() -> None:
    long_paragraph = "<p>" + "mot " * 250_000 + "</p>"
    extracted = extract_html(page(PARAGRAPHS + long_paragraph))
    assert sum(len(b.text.split()) for b in extracted.blocks) > 250_000
