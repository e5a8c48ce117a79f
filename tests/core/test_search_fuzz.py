"""Any string typed as a query gives results or a short QueryError, never an SQLite error."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader.core.models import Article, Block
from reader.core.search import QueryError, search
from reader.core.store import Store

PIECES = st.sampled_from(
    [
        '"',
        "(",
        ")",
        "-",
        "*",
        ":",
        "OR",
        "AND",
        "NOT",
        "NEAR",
        "^",
        "+",
        "{",
        "}",
        "tag:",
        "is:unread",
        "entity:",
        "before:2025",
        "after:",
        "on:2025-02-30",
        "in:notes",
        "kind:",
        "lang:fr",
        "feed:",
        "garantie",
        "sécurité",
        "'",
        "\\",
        "%",
        "_",
        "\x00",
        "é",
        " ",
        "title:",
        "body_stem:",
        "rowid",
        ";",
        "--",
    ]
)
QUERIES = st.one_of(st.text(max_size=40), st.lists(PIECES, max_size=12).map(" ".join))


@pytest.fixture(scope="module")
def small_archive(tmp_path_factory):
    path = tmp_path_factory.mktemp("fuzz") / "reader.db"
    with Store(path) as store:
        store.save_article(
            Article(
                id=None,
                title="Les garanties de sécurité",
                language="fr",
                blocks=(Block("paragraph", "Texte de test sur la sécurité."),),
            ),
            tags=("ukraine",),
        )
    return path


@settings(max_examples=300, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(query=QUERIES)
def test_any_query_gives_results_or_a_clear_error(small_archive, query):
    with Store(small_archive) as store:
        try:
            results = search(store, query, limit=5)
        except QueryError as error:
            message = str(error)
            assert message and "\n" not in message and len(message) < 120
            assert "sqlite" not in message.lower() and "fts5" not in message.lower()
        else:
            assert results.total >= len(results.hits)
