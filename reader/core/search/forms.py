"""A query word's forms: the indexed words sharing its stem, read from the index itself.

The index holds exact words (folded). A word's forms are found at search time: the index's
own vocabulary is read over the range of words that begin like the stem, and those whose
stem matches are kept. Nothing is stored beside the index, so storing an article costs no
word gathering and a new word is found as soon as its article is.
"""

from __future__ import annotations

import sqlite3

from reader.core.search.compile import FormsLookup
from reader.core.stemming import fold, stem_language, stem_terms, stem_word
from reader.core.store import Store

MAX_FORMS = 64
"""Forms searched for one word; a stem rarely has more than a dozen."""

STEM_CHANGES = 2
"""How many of a stem's last letters may differ in its words: Snowball turns "happy" into
"happi", "chevaux" into "cheval" and "publication" into "publiqu"."""

_VOCABULARY = "temp.index_terms"


def stem_prefix(stem: str) -> str:
    """The beginning every word with this stem shares. A short stem loses fewer letters
    ("cri", from "cry", keeps "cr"): every letter cut widens the range of the vocabulary
    read, and short stems are those of the most common words."""
    return stem[: -1 if len(stem) <= 4 else -STEM_CHANGES]


def word_forms(conn: sqlite3.Connection, word: str, languages: tuple[str, ...]) -> list[str]:
    """The folded word first, then the indexed words sharing its stem in any of `languages`."""
    term = fold(word)
    if term.isdigit() or not term:
        return [term]
    stems = {stem_language(lang): stem_word(word, lang) for lang in languages}
    # A stem of one or two letters ("de", "a") keeps the word alone: its range would
    # hold thousands of words.
    stems = {lang: stem for lang, stem in stems.items() if len(stem) > 2}
    prefixes = sorted({stem_prefix(stem) for stem in stems.values()}, key=len)
    # Stems of one word share its first letters: the shortest range usually covers all.
    ranges = [p for i, p in enumerate(prefixes) if not any(p.startswith(q) for q in prefixes[:i])]
    conn.execute(
        f"CREATE VIRTUAL TABLE IF NOT EXISTS {_VOCABULARY} USING fts5vocab(main, articles_fts, row)"
    )
    candidates: set[str] = set()
    for prefix in ranges:
        end = prefix[:-1] + chr(ord(prefix[-1]) + 1)
        rows = conn.execute(
            f"SELECT term FROM {_VOCABULARY} WHERE term >= ? AND term < ?", (prefix, end)
        )
        candidates.update(t for (t,) in rows if not t.isdigit())
    candidates.discard(term)
    ordered = sorted(candidates)
    found = set()
    for lang, stem in stems.items():
        stemmed = stem_terms(ordered, lang)
        found.update(t for t, s in zip(ordered, stemmed, strict=True) if s == stem)
    return [term, *sorted(found)[: MAX_FORMS - 1]]


def forms_lookup(store: Store) -> FormsLookup:
    """Looks up a word's forms in the archive: the word itself (folded) first."""
    return lambda word, languages: word_forms(store.conn, word, languages)
