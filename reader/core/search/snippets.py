"""Short extracts of a text around the words a query matched, with those words located.

Only words that start like a query word (accents aside) are looked at, found by one regular
expression, so a snippet costs little even for long articles and many hits.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from reader.core.search.matching import TOKEN, Matcher, Phrase, Term, folded

WIDTH = 220
"""Characters in a snippet, about."""
LEAD = 60
"""Characters kept before the first matched word."""
SCAN_CHARS = 30_000
"""How far into a long text matches are looked for."""
ELLIPSIS = "…"
PREFIX_CHARS = 2
"""Leading characters a text word must share with a query word to be considered."""


@lru_cache(maxsize=1)
def _accent_classes() -> dict[str, str]:
    """For each plain letter, every Latin letter that folds to it (`e` → `eéèêë…`)."""
    classes: dict[str, set[str]] = {}
    for code in range(0xC0, 0x250):
        char = chr(code)
        plain = folded(char)
        if len(plain) == 1 and plain.isalpha():
            classes.setdefault(plain, {plain}).add(char)
    return {k: "".join(sorted(v)) for k, v in classes.items()}


def _start_pattern(word: str) -> str:
    classes = _accent_classes()
    parts = []
    for char in folded(word)[:PREFIX_CHARS]:
        parts.append(f"[{re.escape(classes[char])}]" if char in classes else re.escape(char))
    return "".join(parts)


def candidates_regex(terms: Sequence[Term | Phrase]) -> re.Pattern[str] | None:
    """A pattern for whole words that start like the first word of one of `terms`."""
    starts = sorted({_start_pattern(t.words[0]) for t in terms if t.words})
    if not starts:
        return None
    return re.compile(rf"\b(?:{'|'.join(starts)})\w*", re.IGNORECASE)


def find_matches(
    text: str, terms: Sequence[Term | Phrase], matcher: Matcher
) -> list[tuple[int, int]]:
    """`(start, end)` of every occurrence of the terms in `text`, in order."""
    pattern = candidates_regex(terms)
    if pattern is None:
        return []
    found = []
    for match in pattern.finditer(text):
        word = match.group()
        for term in terms:
            if not matcher.matches_at(term, word, 0):
                continue
            end = match.end()
            if len(term.words) > 1:
                following = TOKEN.finditer(text, end)
                for k in range(1, len(term.words)):
                    nxt = next(following, None)
                    if nxt is None or not matcher.matches_at(term, nxt.group(), k):
                        break
                    end = nxt.end()
                else:
                    found.append((match.start(), end))
                continue
            found.append((match.start(), end))
            break
    return sorted(set(found))


def make_snippet(
    text: str, terms: Sequence[Term | Phrase], matcher: Matcher, *, width: int = WIDTH
) -> tuple[str, tuple[tuple[int, int], ...]]:
    """A one-line extract of `text` around the densest group of matched words.

    Returns:
        The snippet and the `(start, end)` ranges of the matched words in it.
    """
    text = text[:SCAN_CHARS].replace("\n\n", " ").replace("\n", " ").strip()
    matches = find_matches(text, terms, matcher) if terms else []
    if matches:
        # The window that holds the most matches, starting a little before one of them.
        best, best_count, j = 0, 0, 0
        for i, (start, _) in enumerate(matches):
            j = max(j, i)
            while j + 1 < len(matches) and matches[j + 1][1] <= start + width - LEAD:
                j += 1
            if j - i + 1 > best_count:
                best, best_count = i, j - i + 1
        begin = max(0, matches[best][0] - LEAD)
    else:
        begin = 0
    if begin > 0:
        space = text.find(" ", begin)
        begin = space + 1 if 0 <= space < begin + 20 else begin
    finish = min(len(text), begin + width)
    if finish < len(text):
        space = text.rfind(" ", begin, finish)
        finish = space if space > begin + width // 2 else finish
    lead = ELLIPSIS if begin > 0 else ""
    tail = ELLIPSIS if finish < len(text) else ""
    snippet = lead + text[begin:finish] + tail
    shift = len(lead) - begin
    highlights = tuple(
        (start + shift, end + shift) for start, end in matches if start >= begin and end <= finish
    )
    return snippet, _merge_adjacent(snippet, highlights)


def _merge_adjacent(
    snippet: str, ranges: tuple[tuple[int, int], ...]
) -> tuple[tuple[int, int], ...]:
    """Join ranges separated only by a space (`garanties sécurité` as one highlight)."""
    merged: list[tuple[int, int]] = []
    for start, end in ranges:
        if merged and snippet[merged[-1][1] : start].strip() == "":
            merged[-1] = (merged[-1][0], end)
        elif merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return tuple(merged)
