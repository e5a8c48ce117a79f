"""Names and figures merged: which of them a reader sees where they meet."""

from __future__ import annotations

import pytest

from reader.core.analysis.pipeline import find_figures, merge_marks
from reader.core.models import Mark


def merged(text: str, names: list[tuple[str, str]], language: str) -> list[tuple[str, str]]:
    """(text, kind) of every mark, given the names found in `text` as (name, kind)."""
    marks = [(0, Mark(text.index(n), text.index(n) + len(n), k, n)) for n, k in names]
    result = merge_marks([text], marks, find_figures([text], language))
    return [(text[m.start : m.end], m.kind) for _, m in result]


@pytest.mark.parametrize(
    ("text", "names", "expected", "language"),
    [
        (
            "Le semencier vend la variété Tassou 38, plus résistante à la sécheresse.",
            [("Tassou", "place")],
            [("Tassou 38", "misc")],
            "fr",
        ),
        (
            "The new version, Driftwood 4, ships in June.",
            [("Driftwood", "org")],
            [("Driftwood 4", "misc")],
            "en",
        ),
        (
            "Le parc compte 12 turbines Vestrel V150 de 6 mégawatts.",
            [("Vestrel", "org"), ("V150", "misc")],
            [("12", "number"), ("Vestrel V150", "misc"), ("6 mégawatts", "quantity")],
            "fr",
        ),
    ],
)
def test_a_name_and_the_number_after_it_are_one_things_name(text, names, expected, language):
    assert merged(text, names, language) == expected


@pytest.mark.parametrize(
    ("text", "names", "expected", "language"),
    [
        (  # a count of what follows
            "I wrote to Harlow Labs 2 years ago.",
            [("Harlow Labs", "org")],
            [("Harlow Labs", "org"), ("2", "number")],
            "en",
        ),
        (  # a quantity
            "La crue a coupé la route à Tassou 40 km plus au nord.",
            [("Tassou", "place")],
            [("Tassou", "place"), ("40 km", "quantity")],
            "fr",
        ),
        (  # a year
            "Le plan Avenir 2030 prévoit 54 milliards d'euros.",
            [("Avenir", "misc")],
            [("Avenir", "misc"), ("2030", "date"), ("54 milliards d'euros", "money")],
            "fr",
        ),
        (  # a person's score
            "Ruth Calloway 52, Ben Ortiz 48.",
            [("Ruth Calloway", "person"), ("Ben Ortiz", "person")],
            [
                ("Ruth Calloway", "person"),
                ("52", "number"),
                ("Ben Ortiz", "person"),
                ("48", "number"),
            ],
            "en",
        ),
        (  # a rank
            "Under Article 5, allies must respond.",
            [("Article", "misc")],
            [("Article", "misc"), ("5", "number")],
            "en",
        ),
    ],
)
def test_a_number_that_counts_or_dates_stays_a_figure(text, names, expected, language):
    assert merged(text, names, language) == expected


def test_a_laws_year_is_part_of_its_name() -> None:
    text = "They breached the Harbour Dues Act 1977 in 1979."
    found = merged(text, [("Harbour Dues Act 1977", "misc")], "en")
    assert ("Harbour Dues Act 1977", "misc") in found
    assert ("1979", "date") in found
