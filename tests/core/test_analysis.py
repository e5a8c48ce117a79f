"""Names and figures in French and English articles, as a reader sees them highlighted."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from reader.core.analysis import analyse_blocks, analyse_pending, detect_language
from reader.core.analysis.entities import load_model
from reader.core.models import Article, Block

DATA = Path(__file__).resolve().parents[1] / "data"


@pytest.fixture(scope="session")
def models():
    """Both models, loaded once for the whole test session."""
    return {lang: load_model(lang) for lang in ("fr", "en")}


def geneva_blocks() -> list[Block]:
    lines = (DATA / "geneva-talks.fr.txt").read_text(encoding="utf-8").splitlines()
    headings = {"Un accord partiel sur l'énergie", "Zelensky demande des garanties de sécurité"}
    return [
        Block("heading" if line in headings else "paragraph", line, 2 if line in headings else None)
        for line in lines
        if line.strip()
    ]


def marked(blocks, marks) -> list[tuple[str, str, str | None]]:
    """(text, kind, value) of each mark, in order."""
    texts = [b if isinstance(b, str) else b.text for b in blocks]
    return [(texts[b][m.start : m.end], m.kind, m.value) for b, m in marks]


def assert_well_formed(blocks, marks) -> None:
    texts = [b if isinstance(b, str) else b.text for b in blocks]
    keys = [(b, m.start) for b, m in marks]
    assert keys == sorted(keys)
    for (b1, m1), (b2, m2) in zip(marks, marks[1:], strict=False):
        assert b1 < b2 or m1.end <= m2.start
    for b, m in marks:
        assert 0 <= m.start < m.end <= len(texts[b])


def test_french_article_marks_people_places_and_figures(models):
    blocks = geneva_blocks()
    marks = analyse_blocks(blocks, "fr")
    assert_well_formed(blocks, marks)
    found = marked(blocks, marks)
    assert ("Ignazio Cassis", "person", "Ignazio Cassis") in found
    assert ("Genève", "place", "Genève") in found
    assert (
        "Conseil de sécurité des Nations unies",
        "org",
        "Conseil de sécurité des Nations unies",
    ) in found
    assert ("31 %", "percent", "0.31") in found
    assert ("12,4 milliards de dollars", "money", "USD 12400000000") in found


def test_a_surname_alone_takes_the_full_name_even_in_a_heading(models):
    blocks = geneva_blocks()
    marks = analyse_blocks(blocks, "fr")
    heading = next(i for i, b in enumerate(blocks) if b.text.startswith("Zelensky demande"))
    first = next(m for b, m in marks if b == heading)
    assert (first.start, first.end, first.kind, first.value) == (
        0,
        len("Zelensky"),
        "person",
        "Volodymyr Zelensky",
    )


def test_nationality_adjectives_are_not_places(models):
    blocks = geneva_blocks()
    words = {text for text, kind, _ in marked(blocks, analyse_blocks(blocks, "fr"))}
    assert not words & {"russe", "russes", "ukrainien", "ukrainiens", "américains", "suisse"}


def test_a_name_is_never_cut_before_its_last_word(models):
    text = (
        "Les délégations ont été rejointes par Steve Witkoff, selon Rustem Umerov, chef du "
        "Conseil de sécurité nationale et de défense de l'Ukraine, qui était présent."
    )
    found = marked([text], analyse_blocks([text], "fr"))
    assert ("Conseil de sécurité nationale et de défense de l'Ukraine", "org") in [
        (t, k) for t, k, _ in found
    ]
    assert ("Rustem Umerov", "person", "Rustem Umerov") in found


def test_english_names_figures_and_model_names(models):
    blocks = [
        "Zelensky asks for Patriot systems",
        "Ukraine's President Volodymyr Zelensky told G7 leaders in Rome on 14 March that a US "
        "MQ-9 Reaper had been lost over the Black Sea, and that Russian attacks rose 31%.",
        "The Kremlin dismissed the claim; Zelensky said the army needed $9,500 per drone.",
    ]
    marks = analyse_blocks(blocks, "en")
    assert_well_formed(blocks, marks)
    found = marked(blocks, marks)
    assert found[0] == ("Zelensky", "person", "Volodymyr Zelensky")
    assert ("Volodymyr Zelensky", "person", "Volodymyr Zelensky") in found
    assert ("MQ-9 Reaper", "misc", "MQ-9 Reaper") in found
    assert ("Kremlin", "org", "Kremlin") in found
    assert ("G7", "org", "G7") in found
    assert ("31%", "percent", "0.31") in found
    assert ("$9,500", "money", "USD 9500") in found
    assert not any(text in ("Russian", "Ukraine's") for text, _, _ in found)


def test_other_languages_get_figures_only():
    blocks = ["Die Regierung in Berlin hat 55 000 Euro und 31 % mehr ausgegeben."]
    kinds = {m.kind for _, m in analyse_blocks(blocks, "de")}
    assert kinds and kinds <= {"number", "percent", "money", "date", "quantity"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Les États-Unis et la Russie ont accepté de rétablir un dialogue militaire.", "fr"),
        ("The United States and Russia agreed to restore military talks after the war.", "en"),
        ("Die Regierung hat am Montag gesagt, dass sie nicht mit der Opposition spricht.", "de"),
        ("Gaza", None),
    ],
)
def test_language_is_detected_from_the_text(text, expected):
    assert detect_language(text) == expected


def test_pending_articles_are_analysed_once_and_their_language_stored(store, models):
    blocks = tuple(geneva_blocks())
    fr = store.save_article(Article(None, "Genève", url="https://a.test/1", blocks=blocks))
    en = store.save_article(
        Article(
            None,
            "Talks",
            url="https://a.test/2",
            language="en",
            blocks=(Block("paragraph", "Emmanuel Macron met Olaf Scholz in Berlin on 6 June."),),
        )
    )
    seen = []
    assert analyse_pending(store, on_progress=lambda done, total: seen.append((done, total))) == 2
    assert seen[-1] == (2, 2)
    assert store.get_article(fr.article_id).language == "fr"
    article = store.get_article(en.article_id)
    assert article.analysed
    assert [(m.kind, m.value) for m in article.blocks[0].marks] == [
        ("person", "Emmanuel Macron"),
        ("person", "Olaf Scholz"),
        ("place", "Berlin"),
        ("date", "--06-06"),
    ]
    assert analyse_pending(store) == 0


def test_many_articles_are_analysed_in_worker_processes(db_path, models):
    from reader.core.store import Store

    with Store(db_path) as store:
        for i in range(3):
            text = f"Volodymyr Zelensky a rencontré Emmanuel Macron à Paris, épisode {i}."
            store.save_article(
                Article(
                    None,
                    f"N{i}",
                    url=f"https://a.test/{i}",
                    language="fr",
                    blocks=(Block("paragraph", text),),
                )
            )
    assert analyse_pending(db_path, workers=2) == 3
    with Store(db_path) as store:
        values = {row["value"] for row in store.entity_counts()}
    assert {"Volodymyr Zelensky", "Emmanuel Macron", "Paris"} <= values


def test_opening_an_article_never_loads_a_model(db_path):
    code = (
        "import sys\n"
        "from click.testing import CliRunner\n"
        "from reader.cli import cli\n"
        "from reader.core.models import Article, Block\n"
        "from reader.core.store import Store\n"
        f"db = {str(db_path)!r}\n"
        "with Store(db) as s:\n"
        "    s.save_article(Article(None, 'T', blocks=(Block('paragraph', 'Emmanuel Macron'),)))\n"
        "result = CliRunner().invoke(cli, ['--db', db, 'show', '1'])\n"
        "assert result.exit_code == 0, result.output\n"
        "print('spacy' in sys.modules)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.stdout.strip() == "False", result.stderr


def test_french_words_with_hyphens_and_elisions_stay_whole(models):
    text = (
        "Aujourd'hui, l'ex-président a peut-être entr'ouvert la porte aux États-Unis, au "
        "porte-à-faux d'un saut-de-ski anti-inflation à Saint-Étienne, Ελλάδα-Κύπρος."
    )
    tokens = [token.text for token in models["fr"].tokenizer(text)]
    # What spaCy's own French rules give, with their explicit list of letters.
    assert tokens == [
        "Aujourd'hui", ",", "l'", "ex-président", "a", "peut-être", "entr'ouvert", "la",
        "porte", "aux", "États-Unis", ",", "au", "porte-à-faux", "d'", "un", "saut-de-ski",
        "anti-inflation", "à", "Saint-Étienne", ",", "Ελλάδα", "-", "Κύπρος", ".",
    ]  # fmt: skip


def _die(_payload: str) -> None:
    os._exit(3)


def test_a_worker_that_dies_is_a_clear_error_not_a_hang():
    from reader.core.analysis.workers import Workers
    from reader.core.errors import ReaderError

    workers = Workers(limit=1)
    futures = [workers.submit(_die, "x" * 1_000_000) for _ in range(3)]
    with pytest.raises(ReaderError, match="analysis workers stopped"):
        futures[0].result(timeout=120)
    workers.close()
