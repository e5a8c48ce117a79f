"""Annotations as W3C Web Annotation JSON-LD (https://www.w3.org/TR/annotation-model/).

Each annotation targets the article's URL with a TextQuoteSelector (exact, prefix, suffix)
and a TextPositionSelector (start, end) over the article's text, its blocks joined by a line
break; the note is a TextualBody and each tag a tagging body. The whole export is an
AnnotationCollection whose first page holds every annotation.
"""

from __future__ import annotations

import uuid
from typing import Any

from reader.core.anchoring import TextMap
from reader.core.models import Annotation, Article
from reader.core.store import Store, to_iso

CONTEXT = "http://www.w3.org/ns/anno.jsonld"


def annotation_id(article: Article, annotation: Annotation) -> str:
    """A stable IRI for an annotation: a name-based UUID from its article and its id."""
    name = f"{article.url or article.source or article.id}#annotation-{annotation.id}"
    return f"urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, name)}"


def article_iri(article: Article) -> str:
    """The annotated resource: the article's URL, else where it came from, else a UUID URN."""
    if article.url or article.source:
        return article.url or article.source
    return f"urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, f'reader-article-{article.id}')}"


def annotation_to_w3c(article: Article, annotation: Annotation) -> dict[str, Any]:
    """One annotation in the Web Annotation data model (an article loaded with its blocks)."""
    selectors: list[dict[str, Any]] = [
        {
            "type": "TextQuoteSelector",
            "exact": annotation.quote,
            "prefix": annotation.prefix,
            "suffix": annotation.suffix,
        }
    ]
    if not annotation.orphaned and annotation.end.block < len(article.blocks):
        text_map = TextMap(article.blocks)
        start, end = text_map.to_global(annotation.start), text_map.to_global(annotation.end)
        if text_map.text[start:end] == annotation.quote:
            selectors.append({"type": "TextPositionSelector", "start": start, "end": end})
    bodies: list[dict[str, Any]] = []
    if annotation.note:
        bodies.append(
            {
                "type": "TextualBody",
                "value": annotation.note,
                "format": "text/plain",
                "purpose": "commenting",
            }
        )
    bodies.extend(
        {"type": "TextualBody", "value": t, "purpose": "tagging"} for t in annotation.tags
    )
    record: dict[str, Any] = {
        "@context": CONTEXT,
        "id": annotation_id(article, annotation),
        "type": "Annotation",
        "motivation": "commenting" if annotation.note else "highlighting",
        "created": to_iso(annotation.created),
        "modified": to_iso(annotation.updated),
    }
    if bodies:
        record["body"] = bodies[0] if len(bodies) == 1 else bodies
    record["target"] = {
        "source": article_iri(article),
        "selector": selectors if len(selectors) > 1 else selectors[0],
    }
    if article.language:
        record["target"]["language"] = article.language
    return {k: v for k, v in record.items() if v is not None}


def export_w3c(store: Store, article_ids: list[int]) -> dict[str, Any]:
    """Every annotation of the articles as one AnnotationCollection."""
    items = []
    for article_id in article_ids:
        annotations = store.list_annotations(article_id)
        if not annotations:
            continue
        article = store.get_article(article_id)
        items.extend(annotation_to_w3c(article, a) for a in annotations)
    items = [{k: v for k, v in item.items() if k != "@context"} for item in items]
    return {
        "@context": CONTEXT,
        "type": "AnnotationCollection",
        "label": "reader annotations",
        "total": len(items),
        "first": {"type": "AnnotationPage", "startIndex": 0, "items": items},
    }
