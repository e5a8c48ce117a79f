"""Word stems for the full-text index, so that `garantie` finds `garanties`.

The index keeps a stemmed copy of the title and the text beside the exact one; queries are
stemmed the same way. Stemming uses the article's language (Snowball, via PyStemmer).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import Stemmer

_WORD = re.compile(r"\w+", re.UNICODE)
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


@lru_cache(maxsize=100_000)  # a language has far fewer stems than an archive has words
def fold(word: str) -> str:
    """Lower-case and strip diacritics, as the index's tokenizer does."""
    decomposed = unicodedata.normalize("NFKD", word.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def stem_word(word: str, language: str | None) -> str:
    """The folded stem of one word in `language` (English rules when unknown)."""
    lang = (language or DEFAULT_LANGUAGE)[:2].lower()
    return fold(_stemmer(lang).stemWord(word.lower()))


_STEMS: dict[str, dict[str, str]] = {}
"""Per language, each word already seen → its folded stem (indexing stems every word)."""
_STEMS_LIMIT = 200_000


def stem_text(text: str, language: str | None) -> str:
    """Every word of `text` replaced by its stem, space-separated."""
    lang = (language or DEFAULT_LANGUAGE)[:2].lower()
    known = _STEMS.setdefault(lang, {})
    if len(known) > _STEMS_LIMIT:
        known.clear()
    words = _WORD.findall(text)
    stems = list(map(known.get, words))
    if None in stems:
        stemmer = _stemmer(lang)
        for index, stem in enumerate(stems):
            if stem is None:
                word = words[index]
                stems[index] = known[word] = fold(stemmer.stemWord(word.lower()))
    return " ".join(stems)
