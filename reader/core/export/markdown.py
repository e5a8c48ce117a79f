"""Articles as Markdown notes for Obsidian: YAML front matter, the text, the annotations.

One file per article, named after its title; front matter holds title, url, site, author,
published and tags; each annotation is a quote followed by its note and tags.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterator
from pathlib import Path

from reader.core.markdown import article_to_markdown, escape_markdown
from reader.core.models import Annotation, Article
from reader.core.store import Store, to_iso

MAX_NAME = 100
"""Characters of a file name before `.md`."""
_UNSAFE_NAME = re.compile(r'[\x00-\x1f\x7f/\\:*?"<>|#^\[\]]+')
_RESERVED = {
    "CON",
    "PRN",
    "AUX",
    "NUL",
    *(f"COM{i}" for i in range(10)),
    *(f"LPT{i}" for i in range(10)),
}


def obsidian_tag(name: str) -> str:
    """A tag as Obsidian accepts it: no spaces or punctuation other than `-`, `_` and `/`."""
    return re.sub(r"[^\w/-]+", "-", name).strip("-") or "tag"


def front_matter(article: Article) -> str:
    """YAML front matter; values are JSON strings, which YAML reads as they are."""
    fields = {
        "title": article.title,
        "url": article.url or article.source,
        "site": article.site,
        "author": article.author,
        "published": to_iso(article.published),
        "lang": article.language,
        "reader_id": article.id,
    }
    lines = ["---"]
    for key, value in fields.items():
        if value is not None:
            lines.append(f"{key}: {json.dumps(value, ensure_ascii=False)}")
    tags = [obsidian_tag(t) for t in article.tags]
    lines.append("tags: [" + ", ".join(json.dumps(t, ensure_ascii=False) for t in tags) + "]")
    lines.append("---")
    return "\n".join(lines) + "\n"


def annotation_markdown(annotation: Annotation) -> str:
    """One annotation: its passage as a block quote, then its note and tags."""
    # A quoted blank line between blocks keeps each paragraph of the passage apart.
    paragraphs = ["> " + escape_markdown(line) for line in annotation.quote.split("\n") if line]
    lines = "\n>\n".join(paragraphs).split("\n")
    if annotation.orphaned:
        lines.append("> *(no longer found in the current text)*")
    if annotation.note:
        lines.extend(["", annotation.note])
    if annotation.tags:
        lines.extend(["", " ".join(f"#{obsidian_tag(t)}" for t in annotation.tags)])
    return "\n".join(lines) + "\n"


def note_markdown(
    article: Article, annotations: list[Annotation], *, annotations_only: bool = False
) -> str:
    """The whole note of one article (or only its highlights and notes)."""
    parts = [front_matter(article)]
    if annotations_only:
        parts.append(f"# {escape_markdown(article.title)}\n")
    else:
        parts.append(article_to_markdown(article))
        if annotations:
            parts.append("## Annotations\n")
    parts.extend(annotation_markdown(a) for a in annotations)
    return "\n".join(parts).rstrip() + "\n"


def safe_file_name(title: str, *, taken: set[str], article_id: int | None = None) -> str:
    """A portable file name from a title, unique among `taken` (compared case-insensitively)."""
    name = unicodedata.normalize("NFC", title)
    name = _UNSAFE_NAME.sub(" ", name)
    name = " ".join(name.split()).strip(" .")[:MAX_NAME].strip(" .") or "Untitled"
    if name.upper() in _RESERVED:
        name = f"{name} note"
    candidate = name
    if candidate.casefold() in taken and article_id is not None:
        candidate = f"{name} ({article_id})"
    counter = 2
    while candidate.casefold() in taken:
        candidate = f"{name} ({counter})"
        counter += 1
    taken.add(candidate.casefold())
    return candidate + ".md"


def export_notes(
    store: Store, article_ids: list[int], *, annotations_only: bool = False
) -> Iterator[tuple[str, str]]:
    """`(file name, Markdown)` for each article; with `annotations_only`, only annotated ones."""
    taken: set[str] = set()
    for article_id in article_ids:
        annotations = store.list_annotations(article_id)
        if annotations_only and not annotations:
            continue
        article = store.get_article(article_id, with_blocks=not annotations_only)
        if article is None:
            continue
        name = safe_file_name(article.title, taken=taken, article_id=article.id)
        yield name, note_markdown(article, annotations, annotations_only=annotations_only)


def write_notes(
    store: Store, article_ids: list[int], directory: Path, *, annotations_only: bool = False
) -> int:
    """Write one `.md` file per article into `directory` (created); returns how many."""
    directory.mkdir(parents=True, exist_ok=True)
    written = 0
    for name, text in export_notes(store, article_ids, annotations_only=annotations_only):
        (directory / name).write_text(text, encoding="utf-8")
        written += 1
    return written
