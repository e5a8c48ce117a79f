"""A common first name before a surname makes a person, whatever the model guessed (no model).

Each test hands the document-level step the model's guesses (or none) and checks what the
article finally highlights.
"""

from __future__ import annotations

import pytest

from reader.core.analysis.given_names import given_name, person_span
from tests.core.guesses import shown


def test_the_list_knows_first_names_of_many_countries() -> None:
    for name in (
        "Olivier",
        "Mark",
        "Giorgia",
        "Jean-Luc",
        "Akira",
        "Dmitri",
        "Volodymyr",
        "Andrés",
        "Fatima",
    ):
        assert given_name(name), name
    for word in ("Sous", "The", "President", "January", "Kremlin"):
        assert given_name(word) is None, word
    assert given_name("Florence") == "ambiguous"  # also a city
    assert given_name("Emmanuel") == "plain"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Olivier Dupont a démissionné.", "Olivier Dupont"),
        ("Mark Carney Says Tariffs Will Stay", "Mark Carney"),  # a headline's verb ends it
        ("Mark Carney's plan", "Mark Carney"),
        ("Jean-Luc Mélenchon a réagi.", "Jean-Luc Mélenchon"),
        ("Ursula von der Leyen said", "Ursula von der Leyen"),
        ("John F. Kennedy", "John F. Kennedy"),
        ("Florence Parly a visité la base.", "Florence Parly"),
        ("Jordan Bardella a répondu.", "Jordan Bardella"),
    ],
)
def test_a_first_name_and_a_surname_make_a_name(text: str, name: str) -> None:
    span = person_span(text, 0, {"says", "tariffs", "will", "stay"})
    assert span is not None and text[span[0] : span[1]] == name


@pytest.mark.parametrize(
    "text",
    [
        "Jordan Valley",
        "Paris Saint-Germain",
        "Victoria Falls",
        "Florence Kyiv",  # a listed place after a first name that is also a city
        "Olivier Dupont Martin Durand Conseil",  # a long run of capitals is no one's name
        "Olivier a dit",  # a first name alone
    ],
)
def test_places_bodies_and_long_runs_are_no_person(text: str) -> None:
    assert person_span(text, 0, {"a", "dit"}) is None


def test_a_word_the_article_writes_in_lowercase_is_no_surname() -> None:
    assert person_span("Paris Bourse", 0, {"bourse"}) is None


def test_a_name_the_model_missed_is_marked_a_person_and_its_surname_too() -> None:
    texts = [
        "Le maire sortant, Michel Dupontel, a perdu dimanche.",
        "Dupontel a reconnu sa défaite.",
    ]
    assert shown(texts, [], "fr") == [
        ("Michel Dupontel", "person", "Michel Dupontel"),
        ("Dupontel", "person", "Michel Dupontel"),
    ]


def test_a_person_the_model_took_for_a_company_is_a_person() -> None:
    texts = ["Shares rose after Marcus Thornbury spoke.", "Thornbury declined to comment."]
    found = shown(texts, [("Marcus Thornbury", "org"), ("Thornbury", "org")], "en")
    assert [kind for _, kind, _ in found] == ["person", "person"]


def test_a_first_name_cut_from_its_surname_is_made_whole() -> None:
    texts = ["The deal was signed by Giorgia Velluti on Monday."]
    found = shown(texts, [("Giorgia", "person"), ("Velluti", "org")], "en")
    assert found == [("Giorgia Velluti", "person", "Giorgia Velluti")]


def test_a_stronger_cue_still_wins() -> None:
    texts = [
        "Lawyers at Clifford Chance said the ruling was narrow.",
        "Shares in Morgan Holdings fell.",
    ]
    found = shown(texts, [("Clifford Chance", "org")], "en")
    assert ("Clifford Chance", "org", "Clifford Chance") in found
    assert all(kind != "person" for _, kind, _ in found)


def test_a_first_name_inside_a_longer_name_is_left_alone() -> None:
    texts = ["Elle enseigne à l'Université Jean Moulin depuis 2019."]
    assert shown(texts, [], "fr") == []


def test_a_surname_the_model_found_alone_is_taken_into_the_whole_name() -> None:
    texts = ["La liste menée par Chiara Oppolani arrive en tête."]
    found = shown(texts, [("Oppolani", "place")], "fr")
    assert found == [("Chiara Oppolani", "person", "Chiara Oppolani")]


def test_a_first_name_that_is_also_a_word_or_a_place_needs_the_model_to_agree() -> None:
    texts = ["Trinity Church hosted a Virginia Democrat before the Summer Olympics."]
    assert shown(texts, [], "en") == []
    found = shown(texts, [("Virginia", "place"), ("Trinity Church", "org")], "en")
    assert ("Virginia", "place", "Virginia") in found
    assert ("Trinity Church", "org", "Trinity Church") in found
    texts = ["Florence Parly a visité la base."]
    assert shown(texts, [("Florence", "person")], "fr") == [
        ("Florence Parly", "person", "Florence Parly")
    ]


@pytest.mark.parametrize(
    ("text", "name", "language"),
    [
        ("Les élus du camp de Marco Bellini ont quitté la séance.", "Marco Bellini", "fr"),
        ("Voters in the camp of Marco Bellini stayed at home.", "Marco Bellini", "en"),
    ],
)
def test_a_first_name_and_a_surname_stay_a_person_after_a_place_noun(text, name, language):
    assert shown([text], [(name, "person")], language) == [(name, "person", name)]
