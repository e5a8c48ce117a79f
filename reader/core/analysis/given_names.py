"""Given names: "Olivier Dupont", "Mark Carney" are people, whatever the model tags them.

The small English model knows the people of its training news and guesses at the rest; a
reader knows that a capitalised name opening on a common first name is a person's. The list
(`given_names.txt`, about ten thousand names from many countries) is general: it holds for
people nobody has listed. A name that is also a word or a place ("Mark", "Florence",
"Jordan") counts only before a surname that is no listed body or place.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from reader.core.analysis.gazetteer import known_kind
from reader.core.analysis.lexicon import (
    ORG_NOUNS,
    ORG_SUFFIXES,
    PLACE_AFTER,
    PLACE_NOUNS,
    _words,
    without_accents,
)

_FILE = Path(__file__).with_name("given_names.txt")
_SP = "[ \u00a0]"
_TOKEN = r"[A-ZÀ-ÖØ-Þ](?:[\w\-]|['’](?!s\b))*[^\W\d_]"
_INITIAL = r"[A-Z]\."
_PARTICLE = (
    r"(?:de|du|da|das|dos|di|del|della|van|von|van" + _SP + r"der|von" + _SP + r"der|bin|ben)"
)
_FIRST = re.compile(r"(" + _TOKEN + r")(?:['’]s)?(?![\w\-])")
_NEXT = re.compile(
    _SP + r"(?:" + _PARTICLE + _SP + r")?(" + _INITIAL + r"|" + _TOKEN + r")(['’]s)?(?![\w\-])"
)
MAX_SURNAME_WORDS = 2
"""A given name and at most two more capitalised words ("Jean-Luc Mélenchon", "Mark J. Carney",
"Ana María Pérez"): a longer capitalised run is a title, a heading or a body's name."""


@cache
def _names() -> tuple[frozenset[str], frozenset[str]]:
    plain, ambiguous = set(), set()
    for line in _FILE.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        if line.startswith("~"):
            ambiguous.add(line[1:])
        else:
            plain.add(line)
    return frozenset(plain), frozenset(ambiguous)


def given_name(word: str) -> str | None:
    """`"plain"` or `"ambiguous"` for a listed given name (each part of "Jean-Luc" listed).

    A name spelt with accents the list lacks is looked up without them: "Seán" is "Sean".
    """
    plain, ambiguous = _names()
    if word in plain:
        return "plain"
    if word in ambiguous:
        return "ambiguous"
    parts = word.split("-")
    if len(parts) > 1 and all(p in plain or p in ambiguous for p in parts):
        return "plain"
    if not word.isascii() and (bare := without_accents(word)) != word:
        return given_name(bare)
    return None


def person_span(
    text: str,
    start: int,
    common: frozenset[str] | set[str] = frozenset(),
    *,
    tagged: str | None = "person",
) -> tuple[int, int] | None:
    """The person's name opening at `start` on a given name and a capitalised surname, or `None`.

    Args:
        text: the block's text.
        start: where the candidate name starts.
        common: lowercase words the article also writes ("says", "price"): a capitalised one
            ends the name, so a headline's "Mark Carney Says" is "Mark Carney".
        tagged: the kind the model gave the name there (`None`: it found none); unless it
            says a person, a first name that is also a word or a place is not enough
            ("Summer Olympics", "Virginia Democrat", "Trinity Church").

    A first name that is a listed body or place ("Meta", "Paris") or opens a place's name
    ("Santa Clara"), a surname that is a listed body or place, a body's or place's word
    ("Bank", "Valley"), or a run of more than three capitalised words rules the name out.
    """
    match = _FIRST.match(text, start)
    if match is None or match.end() != match.end(1):
        return None  # "Mark's", or no word at all
    first = match.group(1)
    sort = given_name(first)
    if sort is None or known_kind(first) or _PLACE_PREFIX.match(first):
        return None
    if sort == "ambiguous" and tagged != "person":
        return None
    end, surnames, position = match.end(), 0, match.end()
    while following := _NEXT.match(text, position):
        word = following.group(1)
        if word.lower() in common and surnames:
            break  # "Mark Carney Says": a headline's verb, not a third name
        if word.lower() in common or _body_word(word) or surnames == MAX_SURNAME_WORDS:
            return None  # "Jordan Valley", "Paris Bourse", or a longer run of capitals
        end, position = following.end(1), following.end()
        surnames += 0 if word.endswith(".") else 1
        if following.group(2):
            break  # "Mark Carney's plan"
    if surnames == 0:
        return None
    name = text[start:end]
    if known_kind(name) not in (None, "person") or (
        sort == "ambiguous" and _names_known_part(name)
    ):
        return None  # "Rio Tinto", "Jordan Valley": a listed body or place
    return start, end


_NOT_SURNAMES = _words(
    """Falls Hills Heights Springs Beach Bay Island Islands Park Square Street Avenue Road Hall
    Center Centre Stadium Airport Station Tech College School Hospital Prize Award Awards Cup
    Trophy Foundation Fondation Institute Museum Musée Theatre Theater Bridge Lake Mountains
    Church Cathedral Chapel Abbey Trust Fellowship Scholarship Software Systems Daily Weekly Times
    Post News Herald Tribune Journal Gazette Review Magazine Press Radio Television TV Show
    Festival Games Olympics Championship Championships League Open Series Tour Democrat Democrats
    Republican Republicans Editor Correspondent Reporter Columnist Professor Catholicism
    Dependency Territory Prefecture Stadion Arena Mall Tower Towers Plaza Palace Castle"""
)
"""Capitalised words that end a place's or a thing's name, never a person's: "Victoria Falls"."""
_PLACE_PREFIX = re.compile(r"(?:Saint|Sainte|San|Santa|São|St|Ste)\b")


def _body_word(word: str) -> bool:
    lower = word.lower()
    return (
        word in _NOT_SURNAMES
        or _PLACE_PREFIX.match(word) is not None
        or word in ORG_SUFFIXES
        or word in ORG_NOUNS
        or lower in PLACE_AFTER
        or lower in PLACE_NOUNS
        or known_kind(word) in ("org", "place")
    )


def _names_known_part(name: str) -> bool:
    return any(known_kind(w) not in (None, "person") for w in name.split()[1:])
