"""The archive as JSON Lines of the JSON contract, and back.

Each line is what `reader show --format json` prints for one article: its metadata, tags,
blocks with their marks, and annotations. Importing the lines into another archive gives the
same articles, tags, annotations and marks (ids are the new archive's own).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import replace

from reader.core.errors import ReaderError
from reader.core.jsonformat import article_from_dict, article_to_dict
from reader.core.models import Annotation, Article
from reader.core.store import SaveResult, Store


def export_jsonl(store: Store, article_ids: Iterable[int]) -> Iterator[str]:
    """One JSON line (without its newline) per article."""
    for article_id in article_ids:
        article = store.get_article(article_id)
        if article is not None:
            record = article_to_dict(article, store.list_annotations(article_id))
            yield json.dumps(record, ensure_ascii=False)


def read_jsonl(lines: Iterable[str]) -> list[tuple[Article, list[Annotation]]]:
    """Parse every line first, so that a bad line stops the import before anything is written.

    Raises:
        ReaderError: naming the line and what is wrong with it.
    """
    records = []
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            data = json.loads(line)
            if not isinstance(data, dict):
                raise ValueError("not a JSON object")
            if not isinstance(data.get("blocks"), list) or not data["blocks"]:
                raise ValueError('no "blocks" list')
            records.append(article_from_dict(data))
        except (ValueError, KeyError, TypeError, AttributeError) as error:
            reason = f"missing {error}" if isinstance(error, KeyError) else str(error)
            raise ReaderError(
                f"line {number}: not an article of the JSON contract ({reason})"
            ) from None
    return records


def import_jsonl(store: Store, lines: Iterable[str]) -> list[SaveResult]:
    """Store the articles of JSON Lines with their tags, marks and annotations.

    An article already in the archive (same URL, source or text) is updated, not duplicated,
    and an annotation it already has (same passage and note) is not added twice.

    Raises:
        ReaderError: a line is not an article of the contract (nothing is written then).
    """
    results = []
    for article, notes in read_jsonl(lines):
        with store.transaction():
            result = store.save_article(replace(article, tags=()), tags=article.tags)
            article_id = result.article_id
            marks = [(i, m) for i, b in enumerate(article.blocks) for m in b.marks]
            if marks and result.status != "unchanged":
                store.replace_marks(article_id, marks)
            existing = {_key(a) for a in store.list_annotations(article_id)}
            for annotation in notes:
                if _key(annotation) not in existing:
                    store.add_annotation(replace(annotation, article_id=article_id))
                    existing.add(_key(annotation))
        results.append(result)
    return results


def _key(annotation: Annotation) -> tuple:
    return (annotation.start, annotation.end, annotation.quote, annotation.note)
