"""Figures next to each other that are not a range keep their own kinds."""

from __future__ import annotations

from reader.core.analysis.numbers import find_numbers


def figures(text, language):
    return [(text[m.start : m.end], m.kind, m.value) for m in find_numbers(text, language)]


def test_a_year_before_a_price_stays_a_year():
    text = "Goldman Sachs cut its Brent forecast for 2026 to $56 a barrel."
    assert figures(text, "en") == [("2026", "date", "2026"), ("$56", "money", "USD 56")]


def test_a_bare_first_end_still_takes_the_far_ends_currency():
    assert figures("between 10 and 15 million dollars", "en")[0][1:] == ("money", "USD 10000000")
