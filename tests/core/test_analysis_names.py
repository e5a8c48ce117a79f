"""Whole names and right kinds where the model cuts a name short or mistakes a person.

As in `test_analysis_cues`, each test hands the document-level step the model's (wrong)
guesses and checks what a reader finally sees highlighted; no model is loaded.
"""

from __future__ import annotations

import pytest

from tests.core.guesses import shown as marks_shown


def shown(texts, guesses, language):
    """(text, kind) of every entity mark, given the model's guesses as (name, kind)."""
    return [(text, kind) for text, kind, _ in marks_shown(texts, guesses, language)]


def test_an_acronym_in_brackets_makes_a_cut_name_whole():
    text = (
        "Les observateurs de l'Organisation pour la sécurité et la coopération en Europe "
        "(OSCE) ont salué le scrutin."
    )
    guesses = [("Organisation pour la sécurité et la coopération", "org"), ("Europe", "place")]
    assert shown([text], guesses, "fr") == [
        ("Organisation pour la sécurité et la coopération en Europe", "org"),
        ("OSCE", "org"),
    ]


def test_an_acronym_that_already_fits_leaves_the_name_and_its_place_alone():
    text = "La Banque africaine de développement (BAD) prête au Kenya."
    guesses = [("Banque africaine de développement", "org"), ("Kenya", "place")]
    assert shown([text], guesses, "fr") == [
        ("Banque africaine de développement", "org"),
        ("BAD", "org"),
        ("Kenya", "place"),
    ]


def test_a_title_then_a_comma_makes_the_name_a_person():
    texts = [
        "Le président de la conférence, Moukhtar Babaïev, a salué un « pas historique ».",
        "Sa directrice générale, Ngozi Okonjo-Iweala, a mis en garde contre une guerre.",
    ]
    guesses = [("Moukhtar Babaïev", "place"), ("Ngozi Okonjo-Iweala", "org")]
    assert shown(texts, guesses, "fr") == [
        ("Moukhtar Babaïev", "person"),
        ("Ngozi Okonjo-Iweala", "person"),
    ]


def test_a_relative_clause_after_a_person_does_not_describe_them():
    text = "Deputy Prime Minister Alexander Novak, who co-chairs the group, backed the deal."
    assert shown([text], [("Alexander Novak", "person")], "en") == [("Alexander Novak", "person")]


def test_a_continent_adjective_or_a_people_is_not_highlighted():
    texts = [
        "Apple moved its European headquarters, and European regulators welcomed it.",
    ]
    assert shown(texts, [("European", "org"), ("Apple", "org")], "en") == [("Apple", "org")]
    texts = [
        "Les Européens menacent de rétablir les sanctions contre l'Iran.",
        "Haïti se vide : quelque 500 000 Haïtiens vivent à l'étranger.",
    ]
    guesses = [("Européens", "place"), ("Iran", "place"), ("Haïti", "place"), ("Haïtiens", "place")]
    assert shown(texts, guesses, "fr") == [("Iran", "place"), ("Haïti", "place")]


def test_a_heading_word_the_article_writes_after_an_elision_is_no_name():
    texts = ["Acier : Bruxelles riposte à Washington", "Les droits sur l'acier augmentent."]
    guesses = [("Acier", "place"), ("Bruxelles", "place"), ("Washington", "place")]
    assert [name for name, _ in shown(texts, guesses, "fr")] == ["Bruxelles", "Washington"]


def test_a_persons_name_cut_at_its_particle_is_whole_again():
    text = "Energy Minister Prince Abdulaziz bin Salman said demand was healthy."
    guesses = [("Prince Abdulaziz", "person"), ("bin Salman", "person")]
    assert shown([text], guesses, "en") == [("Abdulaziz bin Salman", "person")]


def test_a_long_name_with_a_particle_is_a_person_not_a_place():
    text = "Brazil's Luiz Inácio Lula da Silva urged observers to go, as did Rio de Janeiro."
    guesses = [("Luiz Inácio Lula da Silva", "place"), ("Rio de Janeiro", "place")]
    assert shown([text], guesses, "en") == [
        ("Luiz Inácio Lula da Silva", "person"),
        ("Rio de Janeiro", "place"),
    ]


def test_the_state_department_is_a_body_and_a_department_names_its_place():
    texts = [
        "Le département d'État a exhorté Pékin à la retenue.",
        "Les gangs ont gagné le département de l'Artibonite.",
    ]
    guesses = [("département d'État", "place"), ("département de l'Artibonite", "place")]
    assert shown(texts, guesses, "fr") == [
        ("département d'État", "org"),
        ("Pékin", "place"),
        ("Artibonite", "place"),
    ]


def test_a_chinese_family_name_alone_stands_for_the_whole_name():
    texts = [
        "Beijing sent ships after the inauguration of President Lai Ching-te.",
        "China called Lai a dangerous separatist.",
    ]
    marks = shown(texts, [("Lai Ching-te", "person"), ("Lai", "misc")], "en")
    assert ("Lai", "person") in marks


def test_a_field_or_basin_after_a_name_makes_it_a_place():
    text = "Output rose at the giant Tengiz field operated by Chevron."
    assert ("Tengiz", "place") in shown([text], [("Tengiz", "org")], "en")


def test_a_title_after_a_name_stays_out_of_it():
    text = "Simion avait promis de nommer Georgescu Premier ministre."
    guesses = [("Simion", "person"), ("Georgescu Premier", "person")]
    assert shown([text], guesses, "fr") == [("Simion", "person"), ("Georgescu", "person")]


def test_a_company_is_read_from_its_own_ending_or_from_analysts_at_it():
    texts = [
        "Arm Holdings to make its own chips as SoftBank bets on AI",
        "Analysts at Bernstein warned about costs.",
    ]
    marks = shown(texts, [("SoftBank", "org"), ("AI", "org"), ("Bernstein", "person")], "en")
    assert marks == [("Arm Holdings", "org"), ("SoftBank", "org"), ("Bernstein", "org")]


def test_two_companies_joined_by_and_are_two_names():
    text = "Executives from Graphcore and Imagination Technologies will attend."
    guesses = [("Graphcore and Imagination Technologies", "org")]
    assert shown([text], guesses, "en") == [
        ("Graphcore", "org"),
        ("Imagination Technologies", "org"),
    ]


def test_a_described_body_before_a_comma_names_an_organisation():
    texts = [
        "Selon l'association européenne de l'acier, Eurofer, les exportations reculent.",
        "À Port-au-Prince, la coalition de gangs Viv Ansanm contrôle la capitale.",
    ]
    guesses = [("Eurofer", "person"), ("Port-au-Prince", "place"), ("Viv Ansanm", "person")]
    assert shown(texts, guesses, "fr") == [
        ("Eurofer", "org"),
        ("Port-au-Prince", "place"),
        ("Viv Ansanm", "org"),
    ]


def test_a_ministry_is_one_name_with_its_portfolio():
    texts = [
        "Des avions ont été vus, a indiqué le ministère taïwanais de la Défense.",
        "Le porte-parole du ministère des Affaires étrangères a protesté.",
    ]
    assert shown(texts, [("la Défense", "place")], "fr") == [
        ("ministère taïwanais de la Défense", "org"),
        ("ministère des Affaires étrangères", "org"),
    ]


def test_member_states_and_a_trade_deal_between_two_bodies():
    texts = [
        "Accord UE-Mercosur : la colère des agriculteurs",
        "La force est financée par les États membres.",
    ]
    guesses = [("Accord UE-Mercosur", "org"), ("États", "place")]
    assert shown(texts, guesses, "fr") == [("UE", "org"), ("Mercosur", "org")]


def test_a_listed_agency_keeps_its_apostrophe_s_when_the_model_cut_it():
    text = "L'agence de notation Moody's a confirmé la note de la banque."
    assert shown([text], [("Moody", "org")], "fr") == [("Moody's", "org")]


def test_a_body_named_with_and_stays_one_name():
    text = "The Competition and Markets Authority will look at the deal."
    guesses = [("Competition and Markets Authority", "org")]
    assert shown([text], guesses, "en") == [("Competition and Markets Authority", "org")]


def test_a_capitalised_word_opening_the_sentence_is_not_part_of_a_listed_name():
    text = "Benchmark Brent crude fell 2.5% on Monday, while North Darfur saw fighting."
    guesses = [("Benchmark Brent", "org"), ("North Darfur", "place")]
    assert shown([text], guesses, "en") == [("Brent", "misc"), ("North Darfur", "place")]


def test_a_french_ministers_portfolio_is_no_name():
    texts = [
        "Le ministre chargé de l'Artisanat, Paul Verdier, a visité l'usine.",
        "La ministre de la Mer et des Pêches a reçu les armateurs.",
        "Le Premier ministre du Japon a reçu les armateurs.",
    ]
    guesses = [("Artisanat", "place"), ("Paul Verdier", "person"), ("Pêches", "place")]
    guesses.append(("Japon", "place"))
    assert shown(texts, guesses, "fr") == [("Paul Verdier", "person"), ("Japon", "place")]


@pytest.mark.parametrize(
    ("text", "guess", "name", "language"),
    [
        (
            "Turbines come from Fjordane Kraft AS, which won.",
            ("Fjordane Kraft", "org"),
            "Fjordane Kraft AS",
            "en",
        ),
        (
            "The builder Tavor Holding DOOEL began a resort.",
            ("Tavor Holding", "org"),
            "Tavor Holding DOOEL",
            "en",
        ),
        (
            "L'usine Poissons Arsenault Ltée a fermé ses lignes.",
            ("Poissons Arsenault Ltée", "misc"),
            "Poissons Arsenault Ltée",
            "fr",
        ),
        (
            "Le négociant Mohadji Frères a vendu son stock.",
            ("Mohadji Frères", "person"),
            "Mohadji Frères",
            "fr",
        ),
    ],
)
def test_companies_by_their_legal_forms_and_company_words_worldwide(text, guess, name, language):
    assert (name, "org", name) in marks_shown([text], [guess], language)


def test_a_companys_name_without_its_company_words_is_the_company():
    texts = [
        "Prosecutors accused Sunwa Fresh Export Ltd of mislabelling fruit.",
        "Sunwa Fresh denied the charge on Friday.",
    ]
    found = marks_shown(texts, [("Sunwa Fresh Export Ltd", "org"), ("Sunwa Fresh", "person")], "en")
    assert ("Sunwa Fresh", "org", "Sunwa Fresh Export Ltd") in found


def test_a_river_named_like_a_company_stays_a_river():
    texts = [
        "Les rejets ont pollué la Tsivra en aval de la mine.",
        "L'exploitant, Tsivra Resources LLC, a extrait 2 millions de tonnes.",
    ]
    found = marks_shown(texts, [("Tsivra Resources LLC", "org"), ("Tsivra", "place")], "fr")
    assert ("Tsivra", "place", "Tsivra") in found


def test_a_spanish_body_by_its_first_word_and_its_acronym():
    text = "a reconnu la Corporación Hídrica del Paraná (Cohipa). La Cohipa promet des travaux."
    found = marks_shown(
        [text], [("Corporación Hídrica del Paraná", "person"), ("Cohipa", "person")], "fr"
    )
    assert ("Corporación Hídrica del Paraná", "org", "Corporación Hídrica del Paraná") in found
    assert all(kind == "org" for name, kind, _ in found if name == "Cohipa")


@pytest.mark.parametrize(
    ("text", "guesses", "country"),
    [
        (
            "Guyana, Saint Vincent and the Grenadines and Brazil voted.",
            [("Saint Vincent", "place"), ("Grenadines", "org")],
            "Saint Vincent and the Grenadines",
        ),
        ("Flights to Trinidad and Tobago resumed.", [("Trinidad", "place")], "Trinidad and Tobago"),
    ],
)
def test_a_country_named_with_and_is_one_place(text, guesses, country):
    assert (country, "place", country) in marks_shown([text], guesses, "en")


def test_two_countries_joined_by_and_stay_two():
    found = marks_shown(
        ["Trade between France and Germany rose."],
        [("France", "place"), ("Germany", "place")],
        "en",
    )
    assert [name for name, _, _ in found] == ["France", "Germany"]


def test_a_people_named_in_several_words_is_not_highlighted():
    texts = ["Les Premières Nations et les Inuit du Nunavik ont voté contre le projet."]
    guesses = [("Premières Nations", "org"), ("Inuit", "org"), ("Nunavik", "place")]
    assert shown(texts, guesses, "fr") == [("Nunavik", "place")]


@pytest.mark.parametrize(
    ("text", "guesses", "expected", "language"),
    [
        (
            "Le député Paul Verdier (LFI) a voté contre. Le groupe LFI suivra.",
            [("Paul Verdier", "person"), ("LFI", "person")],
            [("Paul Verdier", "person"), ("LFI", "org"), ("LFI", "org")],
            "fr",
        ),
        (
            "La sénatrice Claire Hamon (Horizons) s'est abstenue.",
            [("Claire Hamon", "person"), ("Horizons", "person")],
            [("Claire Hamon", "person"), ("Horizons", "org")],
            "fr",
        ),
        (
            "Senator Ruth Calloway (SNP) voted against the bill.",
            [("Ruth Calloway", "person"), ("SNP", "person")],
            [("Ruth Calloway", "person"), ("SNP", "org")],
            "en",
        ),
    ],
)
def test_a_name_in_brackets_after_a_person_is_their_party(text, guesses, expected, language):
    assert shown([text], guesses, language) == expected


@pytest.mark.parametrize(
    ("text", "guesses", "expected"),
    [
        (  # a person's own initials stay theirs
            "Harold Wyatt Mercer (HWM) spoke first. HWM then left.",
            [("Harold Wyatt Mercer", "person"), ("HWM", "person"), ("HWM", "person")],
            [("Harold Wyatt Mercer", "person"), ("HWM", "person"), ("HWM", "person")],
        ),
        (  # an actor in brackets after the part is a person
            "The film follows a nurse, Ada Fenwick (Lena Marlowe), through the war.",
            [("Ada Fenwick", "person"), ("Lena Marlowe", "person")],
            [("Ada Fenwick", "person"), ("Lena Marlowe", "person")],
        ),
    ],
)
def test_a_persons_initials_or_actor_in_brackets_stay_people(text, guesses, expected):
    assert shown([text], guesses, "en") == expected


@pytest.mark.parametrize(
    ("text", "guesses", "expected"),
    [
        (
            "Selon l'Office fédéral des pêches (Fiskel), les prises ont baissé. Fiskel publiera "
            "ses chiffres.",
            [("Office fédéral des pêches", "org"), ("Fiskel", "place"), ("Fiskel", "person")],
            [("Office fédéral des pêches", "org"), ("Fiskel", "org"), ("Fiskel", "org")],
        ),
        (
            "La Caisse mutuelle du Jura (CMJu) a publié ses comptes.",
            [("Caisse mutuelle du Jura", "org"), ("CMJu", "misc")],
            [("Caisse mutuelle du Jura", "org"), ("CMJu", "org")],
        ),
        (  # where the body is, not its name
            "L'Université de Lausanne (Suisse) a publié une étude.",
            [("Université de Lausanne", "org"), ("Suisse", "place")],
            [("Université de Lausanne", "org"), ("Suisse", "place")],
        ),
        (
            "Le Conseil national des forêts (France) a publié une étude.",
            [("Conseil national des forêts", "org"), ("France", "place")],
            [("Conseil national des forêts", "org"), ("France", "place")],
        ),
    ],
)
def test_a_bodys_short_name_in_brackets_is_the_body_however_spelled(text, guesses, expected):
    assert shown([text], guesses, "fr") == expected


@pytest.mark.parametrize(
    ("text", "name", "guess", "kind"),
    [
        ("The wells stop short of the Tal Harun Wildlife Reserve.", "Tal Harun Wildlife Reserve",
         "org", "place"),
        ("Divers mapped the Kastel Marine Reserve.", "Kastel Marine Reserve", "org", "place"),
        ("The Federal Reserve raised rates.", "Federal Reserve", "org", "org"),
        ("The Dravnik Chamber of Commerce said so.", "Dravnik Chamber of Commerce", "place",
         "org"),
        ("The Isle of Man votes today.", "Isle of Man", "place", "place"),
    ],
)  # fmt: skip
def test_a_protected_area_is_a_place_and_a_chamber_of_x_a_body(text, name, guess, kind):
    assert shown([text], [(name, guess)], "en") == [(name, kind)]


@pytest.mark.parametrize(
    ("text", "guesses", "expected"),
    [
        (
            "L'abbaye date du XIIe siècle et fut agrandie par Louis Ier.",
            [("XIIe", "place"), ("Louis Ier", "person")],
            [("Louis Ier", "person")],
        ),
        (
            "La ministre provinciale des Forêts, Anne Boucher, demande une aide.",
            [("Forêts", "place"), ("Anne Boucher", "person")],
            [("Anne Boucher", "person")],
        ),
    ],
)
def test_a_century_and_a_ministers_portfolio_are_no_names(text, guesses, expected):
    assert shown([text], guesses, "fr") == expected


@pytest.mark.parametrize(
    "text",
    [
        "Radar images from the European Korvel-2 satellites show the glacier.",
        "The Japanese Korvel-2 probe landed on Tuesday.",
    ],
)
def test_a_numbered_craft_after_a_nationality_is_found(text):
    assert shown([text], [], "en") == [("Korvel-2", "misc")]


def test_a_chamber_the_model_misses_is_found_whole():
    text = "The Dravnik Chamber of Mines said output fell."
    assert shown([text], [], "en") == [("Dravnik Chamber of Mines", "org")]
