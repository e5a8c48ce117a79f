"""Searching the archive: words in all their forms, phrases, operators, filters, ranking."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from reader.core.models import Annotation, Article, Block, Mark, Position
from reader.core.search import QueryError, search


def day(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


def paragraphs(*texts: str) -> tuple[Block, ...]:
    return tuple(Block("paragraph", t) for t in texts)


@pytest.fixture
def archive(store):
    """Four articles: two French, two English, with tags, states, marks and a note."""
    ids = {}
    ids["geneva"] = store.save_article(
        Article(
            id=None,
            title="Pourparlers à Genève",
            url="https://example.org/geneve",
            language="fr",
            published=day("2026-02-10"),
            blocks=(
                Block("heading", "Zelensky demande des garanties de sécurité", 2),
                Block(
                    "paragraph",
                    "Le président Volodymyr Zelensky réclame une garantie solide.",
                    marks=(Mark(12, 30, "person", "Volodymyr Zelensky"),),
                ),
                Block("paragraph", "Les négociations reprendront à Genève en mars."),
            ),
        ),
        tags=("ukraine",),
    ).article_id
    ids["energy"] = store.save_article(
        Article(
            id=None,
            title="Un accord partiel sur l'énergie",
            url="https://example.org/energie",
            language="fr",
            published=day("2025-11-03"),
            blocks=paragraphs(
                "Les deux parties renoncent à viser les infrastructures énergétiques.",
                "La sécurité de la centrale reste en question.",
            ),
        ),
        tags=("energy", "ukraine"),
    ).article_id
    ids["talks"] = store.save_article(
        Article(
            id=None,
            title="Negotiations resume in Geneva",
            url="https://example.com/talks",
            language="en",
            published=day("2026-01-20"),
            is_starred=True,
            blocks=paragraphs(
                "The negotiation opened with a prisoner exchange.",
                "Diplomats called it a small but real step towards a ceasefire.",
                "Apple pie was served.",
            ),
        ),
    ).article_id
    ids["markets"] = store.save_article(
        Article(
            id=None,
            title="Markets rally",
            url="https://example.com/markets",
            language="en",
            published=day("2024-06-01"),
            is_read=True,
            blocks=paragraphs(
                "Shares rose 3% as investors cheered the security guarantees.",
                "Paris Hilton was not involved.",
            ),
        ),
    ).article_id
    store.set_read(ids["energy"])
    store.add_annotation(
        Annotation(
            id=None,
            article_id=ids["energy"],
            start=Position(1, 0),
            end=Position(1, 12),
            quote="La sécurité",
            note="Compare with the IAEA report on the plant.",
            tags=("nuclear",),
        )
    )
    return ids


def found(store, query: str, **kw) -> list[int]:
    return [hit.article.id for hit in search(store, query, **kw).hits]


def names(archive, ids):
    by_id = {v: k for k, v in archive.items()}
    return [by_id[i] for i in ids]


def test_words_match_without_accents_and_in_every_form(store, archive):
    assert set(names(archive, found(store, "securite"))) == {"geneva", "energy"}
    assert names(archive, found(store, "garanties")) == ["geneva"]
    assert names(archive, found(store, "garantie")) == ["geneva"]
    assert set(names(archive, found(store, "negotiation"))) == {"talks"}
    assert set(names(archive, found(store, "negotiations"))) == {"talks"}
    assert names(archive, found(store, "négociation")) == ["geneva"]
    # Typed without accents, another form still finds them.
    assert set(names(archive, found(store, "securites"))) == {"geneva", "energy"}
    assert names(archive, found(store, "negociation")) == ["geneva"]


def test_a_word_finds_the_forms_whose_stem_changes_its_ending(store):
    def saved(title: str, text: str, language: str) -> int:
        article = Article(id=None, title=title, language=language, blocks=paragraphs(text))
        return store.save_article(article).article_id

    horses = saved("Haras", "Les chevaux du haras national.", "fr")
    published = saved("Presse", "Les publications scientifiques.", "fr")
    happy = saved("Mood", "Happiness is a habit.", "en")
    cried = saved("Crowd", "The crowd cried.", "en")
    assert found(store, "cheval") == [horses]
    assert found(store, "cry") == [cried]
    assert found(store, "publication") == [published]
    assert found(store, "happy") == [happy]
    assert found(store, "chevalier") == []


def test_every_word_is_required(store, archive):
    assert names(archive, found(store, "sécurité centrale")) == ["energy"]
    assert found(store, "sécurité apple") == []


def test_an_exact_phrase_matches_only_those_words_in_that_order(store, archive):
    assert names(archive, found(store, '"garanties de sécurité"')) == ["geneva"]
    assert found(store, '"garantie de sécurité"') == []
    assert names(archive, found(store, '"security guarantees"')) == ["markets"]
    assert found(store, '"guarantees security"') == []


def test_prefix_or_and_exclusion(store, archive):
    assert set(names(archive, found(store, "négo*"))) == {"geneva", "talks"}
    assert set(names(archive, found(store, "nego*"))) == {"geneva", "talks"}
    assert set(names(archive, found(store, "infra*"))) == {"energy"}
    assert set(names(archive, found(store, "apple OR centrale"))) == {"talks", "energy"}
    # OR binds tighter than the implicit AND, as in web search engines.
    assert set(names(archive, found(store, "apple OR centrale lang:en"))) == {"talks"}
    assert set(names(archive, found(store, "lang:fr apple OR centrale OR shares"))) == {"energy"}
    assert set(names(archive, found(store, "sécurité -centrale lang:fr"))) == {"geneva"}
    assert set(names(archive, found(store, "-sécurité"))) == {"talks", "markets"}
    assert set(names(archive, found(store, "(apple OR centrale) -energie"))) == {"talks"}
    assert set(names(archive, found(store, "NOT apple Geneva"))) == {"geneva"}


def test_filters_on_tags_state_language_and_feed_or_site(store, archive):
    assert set(names(archive, found(store, "tag:ukraine"))) == {"geneva", "energy"}
    assert set(names(archive, found(store, "tag:UKRAINE -tag:energy"))) == {"geneva"}
    assert set(names(archive, found(store, "is:unread"))) == {"geneva", "talks"}
    assert set(names(archive, found(store, "is:read"))) == {"energy", "markets"}
    assert names(archive, found(store, "is:starred")) == ["talks"]
    assert names(archive, found(store, "is:annotated")) == ["energy"]
    assert set(names(archive, found(store, "lang:en"))) == {"talks", "markets"}
    assert set(names(archive, found(store, "tag:energy OR is:starred"))) == {"energy", "talks"}


def test_feed_filter_by_id_title_or_url(store, archive):
    feed = store.add_feed("https://lemonde.example/rss", title="Le Monde — International")
    other = store.save_article(
        Article(id=None, title="Depuis le flux", feed_id=feed.id, blocks=paragraphs("Texte."))
    ).article_id
    for query in (f"feed:{feed.id}", "feed:lemonde", 'feed:"le monde"'):
        assert found(store, query) == [other], query


def test_dates_fall_on_published_and_cover_whole_periods(store, archive):
    assert set(names(archive, found(store, "before:2026"))) == {"energy", "markets"}
    assert set(names(archive, found(store, "after:2025"))) == {"geneva", "talks"}
    assert names(archive, found(store, "on:2025-11"))[0] == "energy"
    assert names(archive, found(store, "on:2025-11-03")) == ["energy"]
    assert found(store, "on:2025-11-04") == []
    assert names(archive, found(store, "after:2025-12 before:2026-02")) == ["talks"]


def test_undated_articles_fall_back_to_when_they_were_stored(store):
    stored = store.save_article(
        Article(id=None, title="Sans date", fetched=day("2023-05-05"), blocks=paragraphs("x"))
    ).article_id
    assert found(store, "on:2023-05") == [stored]


def test_entity_filter_matches_canonical_names_and_kind(store, archive):
    assert names(archive, found(store, 'entity:"Volodymyr Zelensky"')) == ["geneva"]
    assert names(archive, found(store, "entity:zelensky")) == ["geneva"]
    assert names(archive, found(store, "entity:zelensky kind:person")) == ["geneva"]
    assert found(store, "entity:zelensky kind:place") == []
    assert names(archive, found(store, "kind:person")) == ["geneva"]
    assert found(store, "entity:zelen") == []


def test_entity_filter_also_matches_the_marked_text(store, archive):
    markets = archive["markets"]
    text = store.get_blocks(markets)[1].text
    start = text.index("Paris Hilton")
    store.replace_marks(markets, [(1, Mark(start, start + 12, "person", "Hilton, P."))])
    assert names(archive, found(store, 'entity:"paris hilton"')) == ["markets"]
    assert names(archive, found(store, 'entity:"paris hilton" shares')) == ["markets"]
    assert found(store, "entity:paris kind:place") == []


def test_in_notes_searches_annotation_notes_and_quotes(store, archive):
    results = search(store, "in:notes IAEA")
    assert names(archive, [h.article.id for h in results.hits]) == ["energy"]
    hit = results.hits[0]
    assert "IAEA" in [hit.snippet[s:e] for s, e in hit.highlights]
    assert names(archive, found(store, "in:notes sécurité")) == ["energy"]
    assert found(store, "in:notes Genève") == []
    assert names(archive, found(store, "in:notes")) == ["energy"]


def test_in_title_searches_titles_only(store, archive):
    assert set(names(archive, found(store, "in:title negotiations"))) == {"talks"}
    assert found(store, "in:title prisoner") == []
    assert set(names(archive, found(store, "prisoner"))) == {"talks"}


def test_a_query_of_filters_lists_articles_newest_first(store, archive):
    assert names(archive, found(store, "")) == ["geneva", "talks", "energy", "markets"]
    assert names(archive, found(store, "tag:ukraine")) == ["geneva", "energy"]


def test_title_matches_rank_above_body_matches(store):
    body = store.save_article(
        Article(
            id=None,
            title="Une journée à Kyiv",
            published=day("2026-03-01"),
            blocks=paragraphs("On y parla de la centrale, longuement, entre autres choses."),
        )
    ).article_id
    title = store.save_article(
        Article(
            id=None,
            title="La centrale",
            published=day("2020-01-01"),
            blocks=paragraphs("On y parla de la centrale, longuement, entre autres choses."),
        )
    ).article_id
    assert found(store, "centrale") == [title, body]
    assert found(store, "centrale", sort="date") == [body, title]


def test_equal_scores_put_the_most_recent_first(store):
    ids = [
        store.save_article(
            Article(
                id=None,
                title=f"Dépêche {i}",
                url=f"https://x.example/{i}",
                published=day(f"202{i}-01-01"),
                blocks=paragraphs("Le même texte sur la trêve."),
            )
        ).article_id
        for i in range(3)
    ]
    assert found(store, "trêve") == ids[::-1]


def test_results_have_a_total_and_pages(store, archive):
    first = search(store, "", limit=3)
    second = search(store, "", limit=3, offset=3)
    assert first.total == second.total == 4
    assert len(first.hits) == 3 and len(second.hits) == 1
    assert search(store, "", limit=0).total == 4
    assert search(store, "", offset=10).total == 4


def test_snippets_highlight_every_form_of_the_words(store, archive):
    hit = search(store, "garantie sécurité").hits[0]
    words = [hit.snippet[s:e] for s, e in hit.highlights]
    assert any("garanties" in w for w in words)
    assert any("garantie" in w and "garanties" not in w for w in words)
    assert "\n" not in hit.snippet
    assert hit.article.tags == ("ukraine",)
    assert hit.score > 0


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ('"garanties de', "unclosed quote"),
        ("foo:bar", 'unknown filter "foo:"'),
        ("before:2025-13-01", 'bad date "2025-13-01" in before:'),
        ("after:yesterday", 'bad date "yesterday" in after:'),
        ("is:maybe", "unknown is:maybe"),
        ("(a OR b", "unclosed parenthesis"),
        ("a)", 'unexpected ")"'),
        ("a OR", "OR needs a term on each side"),
        ("OR a", "OR needs a term on each side"),
        ("tag:", "nothing after tag:"),
        ("kind:planet", "unknown kind:planet"),
        ("lang:french", "bad language"),
        ("in:notes in:title x", "only one in:"),
    ],
)
def test_malformed_queries_say_what_is_wrong(store, query, message):
    with pytest.raises(QueryError, match=message.replace("(", r"\(").replace(")", r"\)")):
        search(store, query)
