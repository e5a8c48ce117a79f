"""A query word's forms: the indexed words sharing its stem, from `word_forms`."""

from __future__ import annotations

from reader.core.search.compile import FormsLookup
from reader.core.stemming import fold, stem_language, stem_word
from reader.core.store import Store

MAX_FORMS = 64
"""Forms searched for one word; a stem rarely has more than a dozen."""


def forms_lookup(store: Store) -> FormsLookup:
    """Looks up a word's forms in the archive: the word itself (folded) first."""

    def forms(word: str, languages: tuple[str, ...]) -> list[str]:
        term = fold(word)
        if term.isdigit():
            return [term]
        stems = {(stem_language(lang), stem_word(word, lang)) for lang in languages}
        clauses = " OR ".join("(lang = ? AND stem = ?)" for _ in stems)
        rows = store.conn.execute(
            f"SELECT DISTINCT term FROM word_forms WHERE {clauses} ORDER BY term LIMIT ?",
            [value for pair in sorted(stems) for value in pair] + [MAX_FORMS],
        )
        return [term, *(t for (t,) in rows if t != term)]

    return forms
