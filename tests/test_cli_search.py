"""`reader search`, saved searches, `reader annotate` and `reader annotations` from a shell."""

from __future__ import annotations

import json
import shutil

import pytest

from tests.conftest import DATA, SHARED_SAMPLE

SECTION = "Zelensky demande des garanties de sécurité"


@pytest.fixture
def imported(run_cli, tmp_path):
    """The Geneva fixture imported with `reader import`; returns its id."""
    source = tmp_path / "geneva-talks.fr.txt"
    shutil.copy(DATA / "geneva-talks.fr.txt", source)
    result = run_cli("import", str(source), "--tag", "ukraine", "--lang", "fr")
    assert result.exit_code == 0, result.output
    return int(result.output.split()[0])


def assert_section_annotation(run_cli, article_id: int) -> None:
    """The acceptance of issue 2: 20 blocks, 2 headings, the section is blocks 14..19."""
    shown = json.loads(run_cli("show", str(article_id), "--format", "json").output)
    headings = [i for i, b in enumerate(shown["blocks"]) if b["kind"] == "heading"]
    assert len(shown["blocks"]) == 20 and headings == [9, 14]
    result = run_cli(
        "annotate", str(article_id), "--section", SECTION, "--note", "À comparer", "--tag", "suivi"
    )
    assert result.exit_code == 0, result.output
    assert "blocks 15-20" in result.output
    shown = json.loads(run_cli("show", str(article_id), "--format", "json").output)
    (annotation,) = shown["annotations"]
    assert annotation["start"] == {"block": 14, "offset": 0}
    assert annotation["end"] == {"block": 19, "offset": len(shown["blocks"][19]["text"])}
    assert annotation["quote"].startswith(SECTION + "\n")
    assert annotation["quote"].endswith(shown["blocks"][19]["text"])
    assert annotation["note"] == "À comparer" and annotation["tags"] == ["suivi"]


SOURCES = [DATA / "geneva-talks.fr.txt"] + ([SHARED_SAMPLE] if SHARED_SAMPLE.exists() else [])


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: p.name)
def test_annotating_a_section_of_an_imported_article_covers_its_heading_and_paragraphs(
    run_cli, tmp_path, path
):
    source = tmp_path / path.name
    shutil.copy(path, source)
    result = run_cli("import", str(source))
    assert result.exit_code == 0, result.output
    assert_section_annotation(run_cli, int(result.output.split()[0]))


def test_search_prints_id_date_title_and_a_snippet(run_cli, imported):
    result = run_cli("search", "garantie", "tag:ukraine")
    assert result.exit_code == 0, result.output
    first, snippet = result.output.splitlines()[:2]
    assert first.split()[0] == str(imported)
    assert "garanties" in snippet
    assert "1 found" in result.output


def test_search_excludes_with_a_leading_dash_and_sorts_by_date(run_cli, imported):
    assert run_cli("search", "sécurité", "-Kyiv").output.strip() == "0 found"
    result = run_cli("search", "sécurité", "--sort", "date", "--json")
    (record,) = [json.loads(line) for line in result.output.splitlines()]
    assert record["id"] == imported
    start, end = record["highlights"][0]
    assert record["snippet"][start:end].lower().startswith("sécurité")


def test_a_malformed_query_is_one_line_on_stderr(run_cli, imported):
    result = run_cli("search", '"garanties de')
    assert result.exit_code == 1
    assert result.output.strip() == "Error: unclosed quote"
    result = run_cli("search", "before:2025-13-01")
    assert 'bad date "2025-13-01" in before:' in result.output


def test_saved_searches_are_listed_with_counts_and_deleted(run_cli, imported):
    assert run_cli("search", "save", "garanties", "garantie", "tag:ukraine").exit_code == 0
    run_cli("search", "save", "vide", "tag:nothing")
    assert run_cli("search", "list").output.splitlines() == [
        "garanties\t1\tgarantie tag:ukraine",
        "vide\t0\ttag:nothing",
    ]
    assert run_cli("search", "save", "bad", "foo:bar").exit_code == 1
    assert run_cli("search", "delete", "vide").exit_code == 0
    assert run_cli("search", "delete", "vide").exit_code == 1
    assert [line.split("\t")[0] for line in run_cli("search", "list").output.splitlines()] == [
        "garanties"
    ]


def test_annotate_by_quote_and_block_range_then_edit_and_delete(run_cli, imported):
    result = run_cli("annotate", str(imported), "--quote", "un pas  modeste mais réel")
    assert result.exit_code == 0, result.output
    assert "block 3" in result.output
    result = run_cli("annotate", str(imported), "--blocks", "11-12", "--note", "énergie")
    assert "blocks 11-12" in result.output
    listed = [json.loads(line) for line in run_cli("annotations", "--json").output.splitlines()]
    assert [a["start"]["block"] for a in listed] == [2, 10]
    assert listed[0]["quote"] == "un pas modeste mais réel"
    edited = run_cli(
        "annotations", "edit", str(listed[1]["id"]), "--note", "moratoire", "--tag", "x"
    )
    assert "note: moratoire" in edited.output and "#x" in edited.output
    assert run_cli("annotations", "delete", str(listed[0]["id"])).exit_code == 0
    assert len(run_cli("annotations", "list", str(imported)).output.splitlines()) == 1
    assert run_cli("search", "in:notes", "moratoire").output.split()[0] == str(imported)


def test_annotate_reports_what_it_cannot_find(run_cli, imported):
    result = run_cli("annotate", str(imported), "--quote", "absent de l'article")
    assert result.exit_code == 1 and "quote not found" in result.output
    result = run_cli("annotate", str(imported), "--section", "Pas un titre")
    assert result.exit_code == 1 and "no heading" in result.output
    result = run_cli("annotate", str(imported), "--blocks", "19-25")
    assert result.exit_code == 1 and "outside 1-20" in result.output
    result = run_cli("annotate", str(imported), "--blocks", "2", "--quote", "x")
    assert result.exit_code == 2
    assert run_cli("annotate", "999", "--blocks", "1").exit_code == 1
