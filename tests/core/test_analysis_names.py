"""Whole names and right kinds where the model cuts a name short or mistakes a person.

As in `test_analysis_cues`, each test hands the document-level step the model's (wrong)
guesses and checks what a reader finally sees highlighted; no model is loaded.
"""

from __future__ import annotations

from reader.core.analysis.consistency import resolve_entities
from reader.core.analysis.entities import Candidate


def shown(texts, guesses, language):
    """(text, kind) of every entity mark, given the model's guesses as (name, kind)."""
    candidates = []
    for name, kind in guesses:
        for block, text in enumerate(texts):
            start = text.find(name)
            if start >= 0:
                candidates.append(Candidate(block, start, start + len(name), kind))
                break
    marks = resolve_entities(texts, candidates, language)
    return [(texts[b][m.start : m.end], m.kind) for b, m in marks]


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
