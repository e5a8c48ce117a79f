"""Names as real news pages write them: mastheads, lists, handles and boilerplate.

Each rule here was read on the news pages of `tests/data/eval/news/` (never the held-out
ones) and is tested on sentences written for it.
"""

from __future__ import annotations

from reader.core.analysis.consistency import resolve_entities
from reader.core.analysis.entities import Candidate
from tests.core.guesses import marked


def test_a_paper_s_capital_the_is_left_out_of_its_name_but_not_the_hague_s() -> None:
    texts = ["He told The New York Times, then The Times, that The Hague would rule."]
    guesses = [("The New York Times", "org"), ("The Times", "org"), ("The Hague", "place")]
    assert marked(texts, guesses, "en") == [
        ("New York Times", "org"),
        ("The Times", "org"),
        ("The Hague", "place"),
    ]


def test_a_page_s_links_handles_hashtags_print_pages_and_degrees_are_no_names() -> None:
    texts = [
        "EXCLUSIVE: Follow Lucas Nolan on Twitter @LucasNolan_ or #deleteFacebook. NEWSLETTER",
        "It appears in print on Page A22. “It is scary,” says Katie Allen, MD, PhD, in Bethesda.",
    ]
    guesses = [
        ("EXCLUSIVE", "org"),
        ("Lucas Nolan", "person"),
        ("Twitter @LucasNolan", "person"),
        ("deleteFacebook", "person"),
        ("NEWSLETTER", "org"),
        ("A22", "misc"),
        ("Katie Allen", "person"),
        ("MD", "org"),
        ("PhD", "misc"),
        ("Bethesda", "place"),
    ]
    assert marked(texts, guesses, "en") == [
        ("Lucas Nolan", "person"),
        ("Twitter", "org"),
        ("Katie Allen", "person"),
        ("Bethesda", "place"),
    ]


def test_a_town_then_an_american_state_s_code_are_places() -> None:
    texts = ["Researchers in Austin, TX, and Bethesda, MD, found it."]
    guesses = [("Austin", "person"), ("TX", "org"), ("Bethesda", "place"), ("MD", "org")]
    assert marked(texts, guesses, "en") == [
        ("Austin", "place"),
        ("TX", "place"),
        ("Bethesda", "place"),
        ("MD", "place"),
    ]


def test_a_quote_opening_inside_a_span_splits_it_from_the_name() -> None:
    texts = ["Redesigned Scopes Fail to Stop 'Superbug Outbreaks, says Lupita Nyong'o."]
    guesses = [("Stop 'Superbug Outbreaks", "org"), ("Lupita Nyong'o", "person")]
    assert marked(texts, guesses, "en") == [("Lupita Nyong'o", "person")]


def test_a_listed_name_and_a_possessive_one_joined_by_and_are_two() -> None:
    texts = ["Sales peak before Easter and Mother’s Day."]
    guesses = [("Easter and Mother’s Day", "org")]
    assert marked(texts, guesses, "en") == [("Easter", "misc"), ("Mother’s Day", "misc")]


def test_a_university_s_center_is_two_bodies_and_its_name_runs_over_and() -> None:
    texts = ["A study by Stanford University's Center on Poverty and Inequality found it."]
    guesses = [("Stanford University's Center on Poverty", "org"), ("Inequality", "org")]
    assert marked(texts, guesses, "en") == [
        ("Stanford University", "org"),
        ("Center on Poverty and Inequality", "org"),
    ]


def test_a_country_adjective_before_a_region_s_name_is_not_part_of_it() -> None:
    texts = ["The probe fell over the Russian Tuva region, not the British Airways depot."]
    assert marked(texts, [("British Airways", "org")], "en") == [
        ("Tuva", "place"),
        ("British Airways", "org"),
    ]


def test_a_brand_shaped_word_or_a_name_ending_on_an_acronym_is_no_person() -> None:
    texts = ["Orbital ATK told CNNMoney, and Henry VIII and Ron DeSantis read it."]
    guesses = [
        ("Orbital ATK", "person"),
        ("CNNMoney", "person"),
        ("Henry VIII", "person"),
        ("Ron DeSantis", "person"),
    ]
    assert marked(texts, guesses, "en") == [
        ("Orbital ATK", "org"),
        ("CNNMoney", "org"),
        ("Henry VIII", "person"),
        ("Ron DeSantis", "person"),
    ]


def test_a_listed_maker_and_its_model_are_one_product() -> None:
    texts = [
        "The Xbox One X beats a PC with an Intel Core i7 4790k; Apple Pay runs on the Apple"
        " Vision Pro. Apple CEO Tim Cook met Microsoft Research in Yahoo Japan's office."
    ]
    guesses = [
        ("Apple Vision Pro", "org"),
        ("Intel Core", "org"),
        ("Apple", "org"),
        ("Tim Cook", "person"),
        ("Microsoft Research", "org"),
    ]
    assert marked(texts, guesses, "en") == [
        ("Xbox One X", "misc"),
        ("Intel Core i7 4790k", "misc"),
        ("Apple Pay", "misc"),
        ("Apple Vision Pro", "misc"),
        ("Apple", "org"),
        ("Tim Cook", "person"),
        ("Microsoft Research", "org"),
    ]


def test_a_product_is_then_named_by_its_model_alone() -> None:
    texts = ["The Xbox One X's price: the One X costs $50 more, and a Boeing 747-8F flew it."]
    assert marked(texts, [("Boeing", "org")], "en") == [
        ("Xbox One X", "misc"),
        ("One X", "misc"),
        ("Boeing 747-8F", "misc"),
    ]


def test_a_product_whose_name_opens_lowercase_takes_its_model_and_awards_are_things() -> None:
    texts = ["Using the iPhone 4 before the Oscars, an Oscar dress and Oscar Isaac's film."]
    guesses = [("Oscars", "org"), ("Oscar", "person"), ("Oscar Isaac", "person")]
    assert marked(texts, guesses, "en") == [
        ("iPhone 4", "misc"),
        ("Oscars", "misc"),
        ("Oscar", "misc"),
        ("Oscar Isaac", "person"),
    ]


def test_a_count_after_a_maker_and_a_name_in_capitals_stay_what_they_are() -> None:
    texts = ["Mojang 2 years ago changed it, said JIM WATSON/AFP."]
    guesses = [("Mojang", "org"), ("JIM WATSON", "person")]
    assert marked(texts, guesses, "en") == [
        ("Mojang", "org"),
        ("JIM WATSON", "person"),
    ]


def test_a_secretary_s_portfolio_is_no_body_and_a_department_s_office_is_its_own() -> None:
    texts = [
        "Secretary of State John Kerry spoke. The Treasury Department's Office of Foreign"
        " Assets Control will issue licenses."
    ]
    guesses = [
        ("State", "org"),
        ("John Kerry", "person"),
        ("Treasury Department's Office of Foreign Assets Control", "org"),
    ]
    assert marked(texts, guesses, "en") == [
        ("John Kerry", "person"),
        ("Treasury Department", "org"),
        ("Office of Foreign Assets Control", "org"),
    ]


def test_a_faith_s_adjective_alone_is_no_name() -> None:
    texts = ["Ennahda, the Islamist party, and the Catholic Church objected."]
    guesses = [("the Islamist party", "org"), ("the Catholic Church", "org")]
    assert marked(texts, guesses, "en") == [("Catholic Church", "org")]


def test_a_body_named_after_fields_listed_before_it_and_prof_before_a_name() -> None:
    texts = ["The Media, Entertainment and Arts Alliance, with Prof Karen Stockin, objected."]
    guesses = [("Arts Alliance", "org"), ("Prof Karen Stockin", "person")]
    assert marked(texts, guesses, "en") == [
        ("Media, Entertainment and Arts Alliance", "org"),
        ("Karen Stockin", "person"),
    ]
    texts = ["Officials from Britain, France and Oxfam Alliance met."]
    guesses = [("Britain", "place"), ("France", "place"), ("Oxfam Alliance", "org")]
    assert [n for n, _ in marked(texts, guesses, "en")] == ["Britain", "France", "Oxfam Alliance"]


def test_armed_groups_and_unions_everyone_names_are_listed() -> None:
    texts = ["The Islamic State claimed it; the Pentagon and the European Union disagreed."]
    assert marked(texts, [], "en") == [
        ("Islamic State", "org"),
        ("Pentagon", "org"),
        ("European Union", "org"),
    ]


def test_a_web_address_or_a_rare_lowercase_reference_does_not_make_a_name_common() -> None:
    texts = [
        "Mozilla makes Firefox. " + "Mozilla grew. " * 9,
        "See www.mozilla.org and download-firefox.org, or the “mozilla blog”.",
    ]
    guesses = [("Mozilla", "org"), ("Firefox", "org")]
    assert [n for n, _ in marked(texts, guesses, "en")] == ["Mozilla", "Firefox"] + ["Mozilla"] * 9
    # A drug the article writes in lowercase too stays a common noun, capitalised or not.
    texts = ["Levamisole is common. " * 6 + "It was cut with levamisole."]
    assert marked(texts, [("Levamisole", "org")], "en") == []


def test_a_university_and_its_campus_town_are_one_name_but_not_a_list_of_them() -> None:
    texts = [
        "The University of California, San Francisco, the University of Texas at Austin and"
        " the University of Oxford, Cambridge and Harvard agreed."
    ]
    guesses = [
        ("University of California", "org"),
        ("San Francisco", "place"),
        ("University of Texas", "org"),
        ("Austin", "place"),
        ("University of Oxford, Cambridge and Harvard", "org"),
    ]
    assert [n for n, _ in marked(texts, guesses, "en")][:3] == [
        "University of California, San Francisco",
        "University of Texas at Austin",
        "University of Oxford",
    ]


def test_a_surname_two_full_names_share_stays_a_person_s() -> None:
    filler = "The deck sold well for decades in shops across the country. " * 16
    texts = [
        "Arthur Edward Waite was born in Brooklyn. " + filler,
        "When Arthur Waite died in 1942, the deck lived on; Waite chose the artist.",
    ]
    lone = texts[1].index("Waite chose")
    candidates = [
        Candidate(0, 0, 19, "person"),
        Candidate(1, 5, 17, "person"),
        Candidate(1, lone, lone + 5, "person"),
    ]
    marks = resolve_entities(texts, candidates, "en")
    assert [(texts[b][m.start : m.end], m.kind) for b, m in marks if b == 1] == [
        ("Arthur Waite", "person"),
        ("Waite", "person"),
    ]


def test_browsers_and_a_web_language_everyone_names_are_things() -> None:
    texts = ["Chrome beat Safari, and pages run JavaScript."]
    guesses = [("Chrome", "org"), ("Safari", "person"), ("JavaScript", "org")]
    assert marked(texts, guesses, "en") == [
        ("Chrome", "misc"),
        ("Safari", "misc"),
        ("JavaScript", "misc"),
    ]
