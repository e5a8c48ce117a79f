"""`reader reanalyze` and `reader entities` on a small archive."""

from __future__ import annotations

import json

import pytest

from reader.core.models import Article, Block
from reader.core.store import Store


@pytest.fixture
def archive(db_path):
    with Store(db_path) as store:
        for i, text in enumerate(
            [
                "Volodymyr Zelensky a rencontré Emmanuel Macron à Paris.",
                "Zelensky demande des garanties. Volodymyr Zelensky était à Kyiv.",
            ]
        ):
            store.save_article(
                Article(
                    None,
                    f"A{i}",
                    url=f"https://a.test/{i}",
                    language="fr",
                    blocks=(Block("paragraph", text),),
                )
            )
    return db_path


def test_reanalyze_marks_the_articles_and_entities_lists_the_most_mentioned(archive, run_cli):
    result = run_cli("reanalyze")
    assert result.exit_code == 0
    assert "Analysed 2 articles." in result.output
    result = run_cli("entities", "--json")
    rows = [json.loads(line) for line in result.output.splitlines()]
    assert rows[0] == {
        "value": "Volodymyr Zelensky",
        "kind": "person",
        "mentions": 3,
        "articles": 2,
    }
    people = run_cli("entities", "--kind", "place", "--top", "5").output
    assert "Paris" in people and "Zelensky" not in people


def test_reanalyze_given_ids_analyses_only_those(archive, run_cli):
    assert "Analysed 1 article." in run_cli("reanalyze", "2").output
    with Store(archive) as store:
        assert [a.analysed for a in sorted(store.list_articles(), key=lambda a: a.id)] == [
            False,
            True,
        ]
    assert "Analysed 1 article." in run_cli("reanalyze", "--pending").output


def test_reanalyze_an_unknown_article_is_a_one_line_error(archive, run_cli):
    result = run_cli("reanalyze", "99")
    assert result.exit_code != 0
    assert "no article 99" in result.output


def test_entities_on_an_empty_archive_says_how_to_get_some(run_cli):
    assert "No entities yet" in run_cli("entities").output


def test_import_finds_names_and_figures_unless_asked_not_to(tmp_path, run_cli, db_path):
    story = tmp_path / "story.txt"
    story.write_text(
        "Talks in Berlin\n\nEmmanuel Macron met Olaf Scholz in Berlin on Monday, and the two "
        "leaders said that 55,000 troops would be sent to the border.\n",
        encoding="utf-8",
    )
    other = tmp_path / "other.txt"
    other.write_text("Brief\n\nVolodymyr Zelensky spoke in Kyiv.\n", encoding="utf-8")
    assert run_cli("import", str(story)).exit_code == 0
    assert run_cli("import", str(other), "--no-analysis").exit_code == 0
    with Store(db_path) as store:
        first, second = sorted(store.list_articles(), key=lambda a: a.id)
        assert first.analysed and first.language == "en"
        marks = {m.value for b in store.get_article(first.id).blocks for m in b.marks}
        assert {"Emmanuel Macron", "Olaf Scholz", "Berlin", "55000"} <= marks
        assert not second.analysed


def test_a_folder_import_analyses_every_article_as_it_goes(tmp_path, run_cli, db_path):
    folder = tmp_path / "stories"
    folder.mkdir()
    for n in range(40):  # more than a batch: batches leave for the workers during the import
        (folder / f"{n:02}.txt").write_text(
            f"Brief {n}\n\nOlaf Scholz met {n + 2} mayors in Hamburg.\n", encoding="utf-8"
        )
    assert run_cli("import", str(folder), "--lang", "en").exit_code == 0
    with Store(db_path) as store:
        articles = store.list_articles(limit=None)
        assert len(articles) == 40 and all(a.analysed for a in articles)
        for article in articles:
            marks = {m.value for b in store.get_article(article.id).blocks for m in b.marks}
            assert {"Olaf Scholz", "Hamburg"} <= marks
