"""Telling formats apart, refusing what is not text, and the import pipeline over a store."""

from __future__ import annotations

import io

import pytest

from reader.core.importers import ImportOptions, SourceError, import_sources
from reader.core.importers.sources import (
    binary_kind,
    decode_text,
    format_for_content_type,
    sniff_format,
)


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b"<!DOCTYPE html><html><body><p>Hi</p></body></html>", "html"),
        (b"\xef\xbb\xbf  <html lang='fr'>", "html"),
        (b'<?xml version="1.0"?>\n<rss version="2.0"><channel>', "feed"),
        (b'<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom">', "feed"),
        (b'<?xml version="1.0"?><opml version="2.0"><head>', "opml"),
        (b'{"version": "https://jsonfeed.org/version/1.1", "items": []}', "feed"),
        (b'{"title": "A", "blocks": []}\n{"title": "B", "blocks": []}\n', "jsonl"),
        (b"# Title\n\nSome *text*.", "markdown"),
        (b"Read [the report](https://example.org/r) first.", "markdown"),
        (b"Just a plain line.\nAnd another one.", "text"),
        ("Des négociations à Genève.".encode("utf-16"), "text"),
    ],
)
def test_content_without_a_telling_name_is_sniffed(data, expected):
    assert sniff_format(data) == expected


@pytest.mark.parametrize(
    ("content_type", "url", "expected"),
    [
        ("text/html; charset=utf-8", "https://x.example/a", "html"),
        ("application/rss+xml", "https://x.example/feed", "feed"),
        ("text/plain", "https://x.example/notes.md", "markdown"),
        ("text/plain", "https://x.example/notes", "text"),
        ("application/xml", "https://x.example/feed", None),
        (None, "https://x.example/a", None),
    ],
)
def test_a_pages_content_type_decides_its_format(content_type, url, expected):
    assert format_for_content_type(content_type, url) == expected


def test_binary_data_is_recognised_but_a_stray_nul_in_a_page_is_not():
    assert binary_kind(b"\x89PNG\r\n\x1a\n....") == "a PNG image"
    assert binary_kind(bytes(range(256)) * 10) == "unknown binary data"
    assert binary_kind(b"<p>A page with one stray NUL.</p>" * 20 + b"\x00") is None
    assert binary_kind("texte".encode("utf-16")) is None


def test_text_is_decoded_from_utf8_utf16_and_windows_1252():
    assert decode_text("Genève – 5 €".encode()) == "Genève – 5 €"
    assert decode_text("Genève".encode("utf-16")) == "Genève"
    assert decode_text("Genève – 5 €".encode("cp1252")) == "Genève – 5 €"


def test_a_text_that_breaks_its_byte_order_mark_is_reported(store):
    stdin = io.BytesIO(b"\xff\xfeG\x00e\x00n")
    (outcome,) = import_sources(store, ["-"], stdin=stdin)
    assert isinstance(outcome, SourceError)
    assert outcome.reason.startswith("undecodable text")


def test_the_pipeline_reports_new_unchanged_and_updated(store, tmp_path):
    path = tmp_path / "note.md"
    path.write_text("# Rates\n\nThe ECB held at 2%.\n")
    statuses = []
    for text in (None, None, "# Rates\n\nThe ECB cut to 1.75%.\n"):
        if text:
            path.write_text(text)
        (outcome,) = import_sources(store, [str(path)], ImportOptions(tags=("ecb",)))
        statuses.append((outcome.id, outcome.status))
    assert statuses == [(1, "new"), (1, "unchanged"), (1, "updated")]
    assert store.get_article(1).blocks[0].text == "The ECB cut to 1.75%."


def test_an_empty_directory_is_reported_once(store, tmp_path):
    (tmp_path / "photo.jpg").write_bytes(b"\xff\xd8\xff")
    (outcome,) = import_sources(store, [str(tmp_path)])
    assert isinstance(outcome, SourceError)
    assert outcome.name == str(tmp_path)
    assert "no .txt, .md, .html" in outcome.reason


def test_a_language_given_by_the_reader_wins_over_the_files(store, tmp_path):
    path = tmp_path / "note.md"
    path.write_text("---\nlang: en\n---\nLe texte est en français.\n")
    (outcome,) = import_sources(store, [str(path)], ImportOptions(language="fr"))
    assert store.get_article(outcome.id).language == "fr"
