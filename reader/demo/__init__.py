"""The demo archive: fictional French and English news articles shipped with the package.

`build_demo` imports them through the same pipeline as `reader import`, then tags, stars,
marks some read and annotates two passages, so a first look at the app shows it at work.
Running it again changes nothing: articles are deduplicated and annotations not repeated.
"""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

from reader.core.anchoring import annotation_for, passage_for_quote, passage_for_section
from reader.core.importers import Imported, ImportOptions, SourceError, import_source
from reader.core.importers.document import parse_date
from reader.core.importers.sources import read_file

if TYPE_CHECKING:
    from reader.core.store import Store

DEMO_DIR = Path(str(resources.files(__name__)))
"""Where the demo articles and their manifest live."""


def manifest() -> list[dict]:
    """The demo articles: file, tags, language, date, read and starred state, annotations."""
    return json.loads((DEMO_DIR / "demo.json").read_text(encoding="utf-8"))["articles"]


def build_demo(store: Store) -> list[Imported]:
    """Import the demo articles into `store` (idempotently) and return what was stored.

    Raises:
        SourceError: a demo file is missing or unreadable (a broken installation).
    """
    imported = []
    for entry in manifest():
        source = read_file(entry["file"], DEMO_DIR / entry["file"])
        if isinstance(source, SourceError):
            raise source
        options = ImportOptions(tags=tuple(entry.get("tags", ())), language=entry.get("lang"))
        (result,) = import_source(store, source, options)
        if result.status == "new":
            # Only a fresh copy gets the demo's state: a reader's own changes are kept.
            store.set_read(result.id, bool(entry.get("read")))
            store.set_starred(result.id, bool(entry.get("starred")))
            if entry.get("published"):
                store.update_article(result.id, published=parse_date(entry["published"]))
        _annotate(store, result.id, entry.get("annotations", ()))
        imported.append(result)
    return imported


def _annotate(store: Store, article_id: int, wanted: list[dict]) -> None:
    blocks = store.get_blocks(article_id, with_marks=False)
    existing = {a.quote for a in store.list_annotations(article_id)}
    for item in wanted:
        if "section" in item:
            passage = passage_for_section(blocks, item["section"])
        else:
            passage = passage_for_quote(blocks, item["quote"])
        if passage.quote in existing:
            continue
        store.add_annotation(
            annotation_for(
                article_id, passage, note=item.get("note", ""), tags=item.get("tags", ())
            )
        )
