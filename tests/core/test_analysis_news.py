"""Names as real news pages write them: mastheads, lists, handles and boilerplate.

Each rule here was read on the news pages of `tests/data/eval/news/` (never the held-out
ones) and is tested on sentences written for it.
"""

from __future__ import annotations

from tests.core.guesses import marked


def test_a_paper_s_capital_the_is_left_out_of_its_name_but_not_the_hague_s() -> None:
    texts = ["He told The New York Times, then The Times, that The Hague would rule."]
    guesses = [("The New York Times", "org"), ("The Times", "org"), ("The Hague", "place")]
    assert marked(texts, guesses, "en") == [
        ("New York Times", "org"),
        ("The Times", "org"),
        ("The Hague", "place"),
    ]
