"""Well-known names keep their kind whatever the model guesses (no model needed).

As in test_analysis_cues, each test hands the document-level step the model's (wrong) guesses
and checks what the article finally shows.
"""

from __future__ import annotations

import pytest

from reader.core.analysis.consistency import resolve_entities
from reader.core.analysis.entities import Candidate
from reader.core.analysis.gazetteer import find_known_names


def shown(texts, guesses, language):
    """(text, kind) of every entity mark, given the model's guesses as (block, name, kind)."""
    candidates = []
    for block, name, kind in guesses:
        start = texts[block].index(name)
        candidates.append(Candidate(block, start, start + len(name), kind))
    marks = resolve_entities(texts, candidates, language)
    return [(texts[b][m.start : m.end], m.kind) for b, m in marks]


def test_a_rating_agency_keeps_its_apostrophe_and_is_an_organisation():
    text = "Moody's raised Turkey's credit rating, and Fitch Ratings followed."
    found = shown([text], [(0, "Moody's", "person"), (0, "Fitch Ratings", "person")], "en")
    assert ("Moody's", "org") in found
    assert ("Fitch Ratings", "org") in found
    assert not [name for name, _ in found if name == "Moody"]


def test_a_capital_the_model_takes_for_a_person_is_a_place_everywhere():
    texts = ["Drones hit Kyiv overnight", "Officials in Kyiv said Kyiv would respond."]
    found = shown(texts, [(1, "Kyiv", "person")], "en")
    assert found == [("Kyiv", "place")] * 3


def test_a_well_known_company_the_model_missed_is_marked():
    found = shown(["Analysts at Jefferies said demand was weak."], [], "en")
    assert found == [("Jefferies", "org")]


def test_the_big_miners_and_commodity_traders_are_companies():
    text = "Newmont et Harmony Gold vendent leur or à Trafigura, dit Cargill."
    found = shown([text], [(0, "Newmont", "person"), (0, "Harmony Gold", "misc")], "fr")
    assert found == [
        ("Newmont", "org"),
        ("Harmony Gold", "org"),
        ("Trafigura", "org"),
        ("Cargill", "org"),
    ]


@pytest.mark.parametrize(
    ("text", "language", "names"),
    [
        (
            "Barges on the Danube carried grain past the Carpathians.",
            "en",
            ["Danube", "Carpathians"],
        ),
        ("Le Valais redoute la fonte des glaciers dans les Alpes.", "fr", ["Valais", "Alpes"]),
    ],
)
def test_a_great_river_mountain_range_or_region_the_model_missed_is_a_place(text, language, names):
    assert shown([text], [], language) == [(name, "place") for name in names]


def test_a_listed_name_inside_a_longer_name_is_not_marked_alone():
    assert find_known_names("She streams on Apple Music every day.") == []
    assert find_known_names("The Vale of Glamorgan voted.") == []
    assert find_known_names("Le Monde et Reuters l'ont révélé.") == [
        (0, 8, "org"),
        (12, 19, "org"),
    ]


def test_a_company_suffix_makes_an_unknown_name_an_organisation():
    text = "Rival bids came from Kestrel Capital and from Norvik Ratings on Monday."
    guesses = [(0, "Kestrel Capital", "person"), (0, "Norvik Ratings", "person")]
    assert shown([text], guesses, "en") == [("Kestrel Capital", "org"), ("Norvik Ratings", "org")]


def test_an_index_or_a_law_is_a_thing_not_a_body():
    text = "The Philadelphia Semiconductor Index fell as the Chips Act subsidies slowed."
    guesses = [(0, "Philadelphia Semiconductor Index", "org"), (0, "Chips Act", "org")]
    assert shown([text], guesses, "en") == [
        ("Philadelphia Semiconductor Index", "misc"),
        ("Chips Act", "misc"),
    ]


def test_us_before_a_noun_is_an_adjective_not_a_place():
    text = "A US drone crashed, and the US said it would respond."
    guesses = [Candidate(0, 2, 4, "place"), Candidate(0, 28, 30, "place")]
    marks = resolve_entities([text], guesses, "en")
    assert [(m.start, m.kind) for _, m in marks] == [(28, "place")]


def test_a_mission_keeps_the_country_it_serves_in_its_name():
    text = "The United Nations Interim Force in Lebanon said in a statement that it would stay."
    guesses = [(0, "United Nations Interim Force", "org"), (0, "Lebanon", "place")]
    assert shown([text], guesses, "en") == [("United Nations Interim Force in Lebanon", "org")]


def test_a_french_name_goes_on_over_et_du():
    text = "Selon l'Institut géologique du Danemark et du Groenland, la fonte s'accélère."
    guesses = [(0, "Institut géologique du Danemark", "org"), (0, "Groenland", "place")]
    assert shown([text], guesses, "fr") == [
        ("Institut géologique du Danemark et du Groenland", "org")
    ]


def test_a_mission_in_a_country_is_not_joined_to_an_ordinary_body():
    text = "Le Medef en France et Ryanair in Dublin ont protesté."
    guesses = [(0, "Medef", "org"), (0, "France", "place")]
    assert shown([text], guesses, "fr")[:2] == [("Medef", "org"), ("France", "place")]


@pytest.mark.parametrize(
    ("text", "guesses", "language", "expected"),
    [
        (
            "Le commissaire européen au Commerce, Maros Sefcovic, a répondu.",
            [(0, "Commerce", "place"), (0, "Maros Sefcovic", "person")],
            "fr",
            [("Maros Sefcovic", "person")],
        ),
        (
            "Le ministre des Affaires étrangères, Abbas Araghchi, est arrivé.",
            [(0, "Affaires étrangères", "org"), (0, "Abbas Araghchi", "person")],
            "fr",
            [("Abbas Araghchi", "person")],
        ),
        (
            "Treasury Secretary Janet Yellen met NATO Secretary General Mark Rutte.",
            [(0, "Treasury", "org"), (0, "Janet Yellen", "person"), (0, "NATO", "org")],
            "en",
            [("Janet Yellen", "person"), ("NATO", "org")],
        ),
        (
            "Depuis le coup d'État, le chef de l'État congolais se tait.",
            [(0, "État", "misc"), (0, "État congolais", "place")],
            "fr",
            [],
        ),
        (
            "Polls put Edmundo González 25 points ahead.",
            [(0, "Edmundo González 25", "person")],
            "en",
            [("Edmundo González", "person")],
        ),
        (
            "Moody's raised the country's rating to B1 in July.",
            [],
            "en",
            [("Moody's", "org")],
        ),
        (
            "The merger of Allkem and Livent closed in January.",
            [(0, "Allkem and Livent", "org")],
            "en",
            [("Allkem", "org"), ("Livent", "org")],
        ),
        (
            "Colombia's president, Gustavo Petro, offered to mediate.",
            [(0, "Gustavo Petro", "org")],
            "en",
            [("Gustavo Petro", "person")],
        ),
    ],
)
def test_portfolios_grades_and_run_together_names_are_read_as_a_reader_would(
    text, guesses, language, expected
):
    assert [name for name in shown([text], guesses, language) if name[0] != "Colombia"] == expected


def test_a_body_of_the_un_and_a_car_of_its_maker_are_two_names():
    text = "Le Conseil de sécurité de l'ONU a débattu, et la T03 de Leapmotor arrive."
    guesses = [(0, "Conseil de sécurité de l'ONU", "org"), (0, "T03 de Leapmotor", "misc")]
    assert shown([text], guesses, "fr") == [
        ("Conseil de sécurité", "org"),
        ("ONU", "org"),
        ("T03", "misc"),
        ("Leapmotor", "org"),
    ]


def test_a_force_is_a_body_and_a_lowercase_prefixed_model_is_a_thing():
    text = "La US Space Force surveille le lancement de la ë-C3."
    found = shown([text], [(0, "US Space Force", "misc"), (0, "C3", "place")], "fr")
    assert found == [("US Space Force", "org"), ("ë-C3", "misc")]


@pytest.mark.parametrize(
    ("text", "language", "capital"),
    [
        ("Lorries leave Maseru at dawn.", "en", "Maseru"),
        ("Le sommet se tiendra à Nouakchott.", "fr", "Nouakchott"),
        ("Talks resumed in Thimphu.", "en", "Thimphu"),
    ],
)
def test_a_countrys_capital_the_model_missed_is_a_place(text, language, capital):
    assert (capital, "place") in shown([text], [], language)


def test_a_listed_name_longer_than_the_models_span_is_marked_whole():
    text = "Les perles de Nouvelle-Calédonie et de Polynésie française se vendent mal."
    found = shown([text], [(0, "Polynésie", "place")], "fr")
    assert ("Polynésie française", "place") in found
