"""Short extracts of a text around the words a query matched, with those words located."""

from __future__ import annotations

from collections.abc import Sequence

from reader.core.sanitize import fold_spaces
from reader.core.search.matching import Matcher, Phrase, Term, tokenize

WINDOW = 28
"""Words in a snippet."""
SCAN_CHARS = 40_000
"""How far into a long text a match is looked for."""
ELLIPSIS = "…"


def make_snippet(
    text: str, terms: Sequence[Term | Phrase], matcher: Matcher, *, window: int = WINDOW
) -> tuple[str, tuple[tuple[int, int], ...]]:
    """A one-line extract of `text` around the densest run of matched words.

    Returns:
        The snippet and the `(start, end)` ranges of the matched words in it.
    """
    text = fold_spaces(text[:SCAN_CHARS])
    tokens = tokenize(text)
    if not tokens:
        return text[:200], ()
    marked = matcher.highlight(terms, tokens) if terms else [False] * len(tokens)
    best_start, best_score = 0, -1
    running = sum(marked[:window])
    for start in range(0, max(1, len(tokens) - window + 1)):
        if start:
            running += marked[start + window - 1] if start + window - 1 < len(tokens) else 0
            running -= marked[start - 1]
        if running > best_score:
            best_start, best_score = start, running
    # Start a little before the first match of the window, so it reads with some context.
    first = next((i for i in range(best_start, len(tokens)) if marked[i]), best_start)
    best_start = max(0, min(best_start, first - 4))
    end_token = min(len(tokens), best_start + window)
    begin = 0 if best_start == 0 else tokens[best_start].start
    finish = len(text) if end_token == len(tokens) else tokens[end_token - 1].end
    lead = ELLIPSIS if begin > 0 else ""
    tail = ELLIPSIS if finish < len(text) else ""
    snippet = lead + text[begin:finish] + tail
    shift = len(lead) - begin
    highlights = tuple(
        (tokens[i].start + shift, tokens[i].end + shift)
        for i in range(best_start, end_token)
        if marked[i]
    )
    return snippet, _merge_adjacent(snippet, highlights)


def _merge_adjacent(
    snippet: str, ranges: tuple[tuple[int, int], ...]
) -> tuple[tuple[int, int], ...]:
    """Join ranges separated only by spaces or punctuation inside a phrase (`garanties de`)."""
    merged: list[tuple[int, int]] = []
    for start, end in ranges:
        if merged and snippet[merged[-1][1] : start].strip() == "":
            merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    return tuple(merged)
