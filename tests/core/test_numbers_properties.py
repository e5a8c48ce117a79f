"""Figures on any text: well-formed marks and values, never an error, never a stall."""

from __future__ import annotations

import re
from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from reader.core.analysis.numbers import find_numbers
from reader.core.models import NUMBER_KINDS

AMOUNT = r"-?\d+(?:\.\d+)?"
VALUE_FORMATS = {
    "number": re.compile(AMOUNT),
    "percent": re.compile(AMOUNT),
    "money": re.compile(rf"[A-Z]{{3}} {AMOUNT}"),
    "quantity": re.compile(rf"{AMOUNT} \S+"),
    "date": re.compile(
        r"\d{4}(?:-\d{2}(?:-\d{2})?)?|--\d{2}-\d{2}|\d{3}X|T\d{2}:\d{2}",
    ),
}

# Pieces that reach every rule: digits and separators, signs, currency and unit words,
# months, cue words, identifiers and URLs, and odd Unicode.
PIECES = [
    "0", "1", "7", "12", "31", "157", "2022", "1900", "2000", "55", "000", "9,500", "6,2",
    "1.5", "280.000", " ", "\u00a0", "\u202f", "\u2009", ",", ".", "-", "−", "+", "/", ":",
    "%", " %", "pour cent", "per cent", "points de base", "€", "$", "£", "US$", "CHF", "M$",
    "Md€", "k", "M", "m", "bn", "million", "milliards", "billion", "de", "d'", "d’euros",
    "euros", "dollars", "pounds", "roubles", "tonnes", "km", "km²", "°C", "barils par jour",
    "MW", "février", "mars", "March", "May", "1er", "th", "st", "h", "h30", "a.m.", "pm",
    "en", "in", "plus de", "années", "s", "'s", "à", "et", "and", "to", "MQ-", "Boeing",
    "MAX", "A320neo", "COVID-", "G", "https://", "www.", "@", ".com/", "deux", "trois",
    "un", "one", "Three", "le", "the", "(", ")", "\n", "é", "ß", "٣", "²",
]  # fmt: skip


def _check(text: str, language: str | None) -> None:
    marks = find_numbers(text, language)
    previous_end = 0
    for mark in marks:
        assert previous_end <= mark.start < mark.end <= len(text)
        previous_end = mark.end
        assert mark.kind in NUMBER_KINDS
        assert mark.value is not None
        assert VALUE_FORMATS[mark.kind].fullmatch(mark.value), (mark, text)
        assert text[mark.start : mark.end].strip() == text[mark.start : mark.end]


languages = st.sampled_from(["fr", "en", "de", None, ""])


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=200), languages)
def test_any_text_gives_well_formed_marks(text: str, language: str | None) -> None:
    _check(text, language)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=40), languages)
def test_figure_like_text_gives_well_formed_marks(pieces: list[str], language) -> None:
    _check("".join(pieces), language)


SEPARATORS = {
    "fr": [" ", "\u00a0", "\u202f", "."],
    "en": [" ", "\u00a0", "\u202f", ","],
    None: [" ", "\u00a0", "\u202f", ",", "."],
}


@settings(max_examples=100, deadline=None)
@given(st.integers(min_value=1000, max_value=10**12), st.data())
def test_grouped_integers_keep_their_value(number: int, data) -> None:
    language = data.draw(st.sampled_from(sorted(SEPARATORS, key=str)))
    separator = data.draw(st.sampled_from(SEPARATORS[language]))
    written = f"{number:,}".replace(",", separator)
    text = f"Les autorités ont recensé {written} personnes."
    marks = find_numbers(text, language)
    assert [(text[m.start : m.end], m.kind, m.value) for m in marks] == [
        (written, "number", str(number))
    ]


@settings(max_examples=100, deadline=None)
@given(
    st.integers(min_value=0, max_value=10**6),
    st.integers(min_value=1, max_value=99),
    st.sampled_from(["fr", "en", None]),
)
def test_decimals_and_percentages_keep_their_value(whole: int, cents: int, language) -> None:
    mark = "," if language == "fr" else "."
    written = f"{whole}{mark}{cents:02d}"
    expected = Decimal(f"{whole}.{cents:02d}") / 100
    text = f"Le taux a atteint {written} % en un an."
    (found,) = find_numbers(text, language)
    assert (text[found.start : found.end], found.kind) == (f"{written} %", "percent")
    assert Decimal(found.value) == expected


def test_a_megabyte_on_one_line_returns() -> None:
    """Pathological inputs finish: no pattern can backtrack catastrophically."""
    size = 1_000_000
    for text in [
        "1," * (size // 2),
        "1/" * (size // 2),
        "a@" * (size // 2),
        "http://x/" + "1/" * (size // 2),
        "." * size,
    ]:
        _check(text, None)
    assert find_numbers("a1" * (size // 2), None) == []
    assert find_numbers("1-" * (size // 2), None) == []  # an identifier, not 500,000 numbers
    assert find_numbers("9" * size, None) == []  # an account or serial number at best
    assert find_numbers("100 " * (size // 4), None) == []
    (year,) = find_numbers("a" * size + " 2022", None)
    assert (year.kind, year.value) == ("date", "2022")
    (percent,) = find_numbers("é" * size + " 31 %", "fr")
    assert (percent.kind, percent.value) == ("percent", "0.31")
