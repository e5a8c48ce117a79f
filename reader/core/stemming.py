"""Word forms for search, so that `garantie` finds `garanties`.

The full-text index holds the exact words (folded: lower case, no diacritics). A query word
is searched in every indexed word with the same Snowball stem (via PyStemmer), in the
query's languages (see `reader.core.search.forms`). Stems are taken of folded words, so a
query typed without accents stems like the accented text.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from functools import lru_cache

import Stemmer

_LANGUAGES = {
    "fr": "french",
    "en": "english",
    "de": "german",
    "es": "spanish",
    "it": "italian",
    "pt": "portuguese",
    "nl": "dutch",
}
DEFAULT_LANGUAGE = "en"


@lru_cache(maxsize=16)
def _stemmer(language: str) -> Stemmer.Stemmer:
    return Stemmer.Stemmer(_LANGUAGES.get(language, _LANGUAGES[DEFAULT_LANGUAGE]))


@lru_cache(maxsize=200_000)  # a language has far fewer words than an archive has tokens
def fold(word: str) -> str:
    """Lower-case and strip diacritics, as the index's tokenizer does."""
    if word.isascii():
        return word.lower()
    decomposed = unicodedata.normalize("NFKD", word.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def stem_language(language: str | None) -> str:
    """The stemmer language used for `language` (English rules when unknown)."""
    lang = (language or DEFAULT_LANGUAGE)[:2].lower()
    return lang if lang in _LANGUAGES else DEFAULT_LANGUAGE


def stem_word(word: str, language: str | None) -> str:
    """The stem of a word, folded first, in `language`."""
    return _stemmer(stem_language(language)).stemWord(fold(word))


def stem_terms(terms: Iterable[str], language: str) -> list[str]:
    """Stems of already folded words, in one call to the stemmer."""
    return _stemmer(stem_language(language)).stemWords(list(terms))
