"""`reader export` in every format and `reader reextract` from the stored HTML."""

from __future__ import annotations

import json
import shutil

import pytest

from reader.core.anchoring import annotate
from reader.core.models import Article, Block
from reader.core.store import Store
from tests.conftest import DATA

PARAGRAPHS = [
    "Les délégations ukrainienne et russe se sont retrouvées mardi à Genève pour une troisième "
    "série de discussions techniques, sous l'égide de la Suisse.",
    "Ignazio Cassis, chef de la diplomatie suisse, a salué un pas modeste mais réel à "
    "l'ouverture des travaux, devant une cinquantaine de diplomates et d'experts venus de "
    "toute l'Europe.",
    "Les négociateurs disposaient de 48 heures pour s'entendre sur un texte commun. Le "
    "précédent cycle, à Abou Dhabi en janvier, s'était achevé sans déclaration finale.",
    "Le Kremlin a jugé la proposition prématurée, mais Moscou restait ouvert à des "
    "discussions techniques sur la centrale nucléaire de Zaporijjia.",
]


def page(paragraphs: list[str]) -> str:
    """A news page around the paragraphs, with a heading before the third one."""
    body = "".join(f"<p>{p}</p>" for p in paragraphs[:2]) + "<h2>Un accord partiel</h2>"
    body += "".join(f"<p>{p}</p>" for p in paragraphs[2:])
    return (
        "<html lang='fr'><head><title>Pourparlers à Genève | Le Journal</title></head><body>"
        f"<nav>Menu Accueil</nav><article><h1>Pourparlers à Genève</h1>{body}</article>"
        "<footer>Mentions légales</footer></body></html>"
    )


@pytest.fixture
def imported(run_cli, tmp_path):
    source = tmp_path / "geneva-talks.fr.txt"
    shutil.copy(DATA / "geneva-talks.fr.txt", source)
    article_id = int(run_cli("import", str(source), "--tag", "ukraine").output.split()[0])
    run_cli("annotate", str(article_id), "--section", "Un accord partiel", "--note", "Énergie")
    return article_id


def test_markdown_export_writes_one_note_per_article(run_cli, imported, tmp_path):
    result = run_cli("export", "--format", "markdown", "-o", str(tmp_path / "vault"))
    assert result.exit_code == 0, result.output
    (note,) = (tmp_path / "vault").iterdir()
    text = note.read_text(encoding="utf-8")
    assert text.startswith("---\ntitle: ") and 'tags: ["ukraine"]' in text
    assert "\n## Zelensky demande des garanties de sécurité\n" in text
    assert "> Un accord partiel sur l'énergie\n>\n> Les deux parties" in text
    assert "\nÉnergie\n" in text


def test_markdown_to_stdout_and_annotations_only(run_cli, imported):
    result = run_cli("export", "--annotations-only")
    assert result.exit_code == 0
    assert "> Un accord partiel sur l'énergie" in result.output
    assert "Zelensky demande" not in result.output


def test_a_query_chooses_what_is_exported(run_cli, imported):
    assert run_cli("export", "--format", "json", "tag:ukraine").stdout.count("\n") == 1
    assert run_cli("export", "--format", "json", "tag:absent").stdout == ""
    assert run_cli("export", "--format", "json", "-tag:ukraine").stdout == ""
    result = run_cli("export", "--format", "json", "foo:bar")
    assert result.exit_code == 1 and 'unknown filter "foo:"' in result.output


def test_json_export_imports_back_into_an_empty_archive(run_cli, imported, tmp_path):
    out = tmp_path / "archive.jsonl"
    assert run_cli("export", "--format", "json", "-o", str(out)).exit_code == 0
    other_db = tmp_path / "other.db"
    from click.testing import CliRunner

    from reader.cli import cli

    result = CliRunner().invoke(cli, ["--db", str(other_db), "import", str(out)])
    assert result.exit_code == 0, result.output
    original = json.loads(out.read_text(encoding="utf-8"))
    with Store(other_db) as store:
        (article,) = store.list_articles()
        assert article.tags == ("ukraine",)
        (annotation,) = store.list_annotations(article.id)
        assert annotation.note == "Énergie"
        assert annotation.quote == original["annotations"][0]["quote"]
        assert len(store.get_blocks(article.id)) == len(original["blocks"]) == 20


def test_w3c_and_opml_exports(run_cli, imported, tmp_path):
    out = tmp_path / "notes.jsonld"
    assert run_cli("export", "--format", "w3c", "-o", str(out)).exit_code == 0
    collection = json.loads(out.read_text(encoding="utf-8"))
    (item,) = collection["first"]["items"]
    assert item["body"]["value"] == "Énergie"
    assert item["target"]["source"].startswith("file://")
    result = run_cli("export", "--format", "opml")
    assert result.exit_code == 0 and "<opml" in result.output
    assert run_cli("export", "--format", "opml", "tag:x").exit_code == 2


def test_reextract_re_anchors_annotations_and_reports_orphans(run_cli, db_path):
    with Store(db_path) as store:
        old_blocks = tuple(Block("paragraph", p) for p in PARAGRAPHS)  # an older extraction
        article_id = store.save_article(
            Article(
                id=None,
                title="Pourparlers à Genève",
                url="https://example.org/geneve",
                language="fr",
                html=page(PARAGRAPHS[:2] + PARAGRAPHS[3:]),  # the page lost a paragraph
                blocks=old_blocks,
            )
        ).article_id
        kept = annotate(store, article_id, quote="un pas modeste mais réel", note="citation")
        lost = annotate(store, article_id, quote="sans déclaration finale", note="à garder")
    result = run_cli("reextract", str(article_id))
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[0] == f"{article_id}  updated  Pourparlers à Genève"
    assert f"annotation {lost.id} orphaned (kept): “sans déclaration finale”" in result.output
    with Store(db_path) as store:
        blocks = store.get_blocks(article_id)
        assert [b.kind for b in blocks] == ["paragraph", "paragraph", "heading", "paragraph"]
        moved = store.get_annotation(kept.id)
        assert not moved.orphaned and blocks[moved.start.block].text == PARAGRAPHS[1]
        orphan = store.get_annotation(lost.id)
        assert orphan.orphaned and orphan.note == "à garder"
    again = run_cli("reextract")
    assert again.output.splitlines()[0] == f"{article_id}  unchanged  Pourparlers à Genève"


def test_reextract_skips_articles_without_html(run_cli, imported):
    result = run_cli("reextract", str(imported))
    assert result.exit_code == 0
    assert "skipped (no stored HTML)" in result.output
    assert run_cli("reextract", "999").exit_code == 1
