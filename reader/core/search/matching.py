"""Which words of a text a query's terms match: for highlighting and for searching notes.

The same rules as the index: accents and case folded, a word matches every form with the same
Snowball stem (French and English, or the filtered language), a prefix matches the start of
a word, a phrase matches consecutive words exactly.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from reader.core.search.query import And, Node, Not, Or, Phrase, Term, walk
from reader.core.stemming import fold, stem_word

TOKEN = re.compile(r"[^\W_]+")
"""A word as the index's tokenizer sees it (letters and digits; `_` separates)."""

DEFAULT_LANGUAGES = ("fr", "en")
"""Languages whose stems are tried for each query word when no `lang:` filter says otherwise."""


@lru_cache(maxsize=200_000)
def folded(word: str) -> str:
    """`word` lower-cased without accents (cached: the same words recur across articles)."""
    return fold(word)


@lru_cache(maxsize=200_000)
def stems(word: str, languages: tuple[str, ...]) -> frozenset[str]:
    """The folded stems of `word` in each language."""
    return frozenset(stem_word(word, lang) for lang in languages)


@dataclass(frozen=True, slots=True)
class Token:
    """A word of a text, with its place in it."""

    start: int
    end: int
    word: str


def tokenize(text: str) -> list[Token]:
    """The words of `text` with their offsets."""
    return [Token(m.start(), m.end(), m.group()) for m in TOKEN.finditer(text)]


class Matcher:
    """Finds where a query's terms occur in a list of tokens."""

    def __init__(self, languages: Sequence[str] = DEFAULT_LANGUAGES) -> None:
        self.languages = tuple(languages)

    def word_matches(self, token: str, wanted: str) -> bool:
        """True when `token` is a form of the query word `wanted`."""
        token_folded, wanted_folded = folded(token), folded(wanted)
        if token_folded == wanted_folded:
            return True
        if token_folded[:1] != wanted_folded[:1]:
            return False
        return not stems(token, self.languages).isdisjoint(stems(wanted, self.languages))

    def spans(self, node: Term | Phrase, tokens: Sequence[Token]) -> list[tuple[int, int]]:
        """Token index ranges `[i, j)` where the term or phrase occurs."""
        words = [t.word for t in tokens]
        unique = set(words)
        wanted = [
            {u for u in unique if self.matches_at(node, u, k)} for k in range(len(node.words))
        ]
        count = len(wanted)
        return [
            (i, i + count)
            for i in range(len(words) - count + 1)
            if words[i] in wanted[0] and all(words[i + k] in wanted[k] for k in range(1, count))
        ]

    def matches_at(self, node: Term | Phrase, token: str, k: int) -> bool:
        """Whether `token` can stand at position `k` of the term or phrase."""
        wanted = node.words[k]
        if isinstance(node, Phrase):
            return folded(token) == folded(wanted)
        if node.prefix:
            if k == len(node.words) - 1:
                return folded(token).startswith(folded(wanted))
            return folded(token) == folded(wanted)
        return self.word_matches(token, wanted)

    def evaluate(self, node: Node, tokens: Sequence[Token]) -> bool:
        """True when a text-only tree matches the tokens (filters count as true)."""
        if isinstance(node, Term | Phrase):
            return bool(self.spans(node, tokens))
        if isinstance(node, Not):
            return not self.evaluate(node.node, tokens)
        if isinstance(node, And):
            return all(self.evaluate(n, tokens) for n in node.nodes)
        if isinstance(node, Or):
            return any(self.evaluate(n, tokens) for n in node.nodes)
        return True

    def highlight(self, terms: Iterable[Term | Phrase], tokens: Sequence[Token]) -> list[bool]:
        """For each token, whether one of `terms` covers it."""
        marked = [False] * len(tokens)
        for term in terms:
            for i, j in self.spans(term, tokens):
                for k in range(i, j):
                    marked[k] = True
        return marked


def positive_terms(node: Node | None) -> list[Term | Phrase]:
    """The words and phrases a result is expected to contain (not those under a NOT)."""
    if node is None:
        return []
    seen: dict[Term | Phrase, None] = {}
    for child in walk(node, positive_only=True):
        if isinstance(child, Term | Phrase):
            seen.setdefault(child)
    return list(seen)
