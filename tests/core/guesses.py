"""What an article highlights once the document-level step has worked on the model's guesses.

The name, cue and first-name tests hand `resolve_entities` the model's (often wrong) guesses
as a reader would see them highlighted, and check the result; no model is loaded.
"""

from __future__ import annotations

from reader.core.analysis.consistency import resolve_entities
from reader.core.analysis.entities import Candidate


def shown(texts, guesses, language) -> list[tuple[str, str, str | None]]:
    """(text, kind, value) of every entity mark, given the model's guesses as (name, kind);
    each guess is placed at the name's first occurrence."""
    candidates = []
    for name, kind in guesses:
        for block, text in enumerate(texts):
            start = text.find(name)
            if start >= 0:
                candidates.append(Candidate(block, start, start + len(name), kind))
                break
    marks = resolve_entities(texts, candidates, language)
    return [(texts[b][m.start : m.end], m.kind, m.value) for b, m in marks]


def marked(texts, guesses, language) -> list[tuple[str, str]]:
    """(text, kind) of every entity mark, given the model's guesses as (name, kind)."""
    return [(name, kind) for name, kind, _ in shown(texts, guesses, language)]
