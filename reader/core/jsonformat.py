"""The JSON contract other tools rely on: one article with its blocks, marks and annotations.

`reader show --format json` prints it and `reader export --format json` writes one per line.
Offsets are Python string offsets into a block's text. Keys are stable; new ones may be added.
"""

from __future__ import annotations

from typing import Any

from reader.core.models import Annotation, Article, Block, Mark, Position
from reader.core.store import from_iso, to_iso


def article_to_dict(article: Article, annotations: list[Annotation]) -> dict[str, Any]:
    """An article (loaded with its blocks) and its annotations as the JSON contract."""
    return {
        "id": article.id,
        "url": article.url,
        "source": article.source,
        "title": article.title,
        "author": article.author,
        **_reader_fields(article),
        "blocks": [
            {
                "kind": block.kind,
                "level": block.level,
                "text": block.text,
                "marks": [
                    {"start": m.start, "end": m.end, "kind": m.kind, "value": m.value}
                    for m in block.marks
                ],
            }
            for block in article.blocks
        ],
        "annotations": [annotation_to_dict(a) for a in annotations],
    }


def _reader_fields(article: Article) -> dict[str, Any]:
    """Where an article is from, when, and what the reader did with it: the fields that the
    full and the summary forms share, in the same order."""
    return {
        "site": article.site,
        "published": to_iso(article.published),
        "lang": article.language,
        "tags": list(article.tags),
        "read": article.is_read,
        "starred": article.is_starred,
    }


def article_summary(article: Article) -> dict[str, Any]:
    """An article's metadata without its text: one line of `reader list --json` or a search."""
    return {
        "id": article.id,
        "title": article.title,
        "url": article.url,
        **_reader_fields(article),
        "words": article.word_count,
    }


def annotation_to_dict(annotation: Annotation) -> dict[str, Any]:
    """One annotation as in the JSON contract."""
    return {
        "id": annotation.id,
        "start": {"block": annotation.start.block, "offset": annotation.start.offset},
        "end": {"block": annotation.end.block, "offset": annotation.end.offset},
        "quote": annotation.quote,
        "prefix": annotation.prefix,
        "suffix": annotation.suffix,
        "note": annotation.note,
        "tags": list(annotation.tags),
        "created": to_iso(annotation.created),
        "updated": to_iso(annotation.updated),
        "orphaned": annotation.orphaned,
    }


def article_from_dict(data: dict[str, Any]) -> tuple[Article, list[Annotation]]:
    """The inverse of `article_to_dict` (ids are dropped: the importing archive assigns its own)."""
    blocks = tuple(
        Block(
            kind=b["kind"],
            text=b["text"],
            level=b.get("level"),
            marks=tuple(
                Mark(m["start"], m["end"], m["kind"], m.get("value")) for m in b.get("marks", ())
            ),
        )
        for b in data.get("blocks", ())
    )
    article = Article(
        id=None,
        title=data.get("title") or "",
        url=data.get("url"),
        source=data.get("source"),
        author=data.get("author"),
        site=data.get("site"),
        published=from_iso(data.get("published")),
        language=data.get("lang"),
        is_read=bool(data.get("read")),
        is_starred=bool(data.get("starred")),
        tags=tuple(data.get("tags", ())),
        blocks=blocks,
    )
    annotations = [
        Annotation(
            id=None,
            article_id=0,
            start=Position(a["start"]["block"], a["start"]["offset"]),
            end=Position(a["end"]["block"], a["end"]["offset"]),
            quote=a.get("quote", ""),
            prefix=a.get("prefix", ""),
            suffix=a.get("suffix", ""),
            note=a.get("note", ""),
            tags=tuple(a.get("tags", ())),
            created=from_iso(a.get("created")),
            updated=from_iso(a.get("updated")),
            orphaned=bool(a.get("orphaned")),
        )
        for a in data.get("annotations", ())
    ]
    return article, annotations
