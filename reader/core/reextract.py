"""Extracting an article's text again from its stored HTML, keeping the reader's annotations.

When extraction improves, old articles can benefit: the stored page is extracted anew, the
blocks replaced, and every annotation found again by its quote and context. Annotations that
cannot be placed are kept, flagged orphaned, and reported; none is ever dropped.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from reader.core.errors import ReaderError
from reader.core.models import Annotation
from reader.core.store import Store


@dataclass(frozen=True, slots=True)
class Reextracted:
    """What re-extracting one article did."""

    article_id: int
    title: str
    status: str
    """`updated` (the text changed), `unchanged`, or `skipped` (see `reason`)."""
    reason: str | None = None
    """Why it was skipped: no stored HTML, or the extraction failed."""
    orphaned: list[Annotation] = field(default_factory=list)
    """Annotations that are not in the new text (kept, flagged orphaned)."""


def articles_with_html(store: Store) -> list[int]:
    """Ids of the articles whose original HTML is stored."""
    return [r[0] for r in store.conn.execute("SELECT id FROM articles WHERE html IS NOT NULL")]


def reextract(store: Store, article_id: int) -> Reextracted:
    """Extract an article again from its stored HTML and re-anchor its annotations.

    Raises:
        ReaderError: there is no such article.
    """
    from reader.core.extract import ExtractionError, extract_html

    article = store.get_article(article_id, with_blocks=False)
    if article is None:
        raise ReaderError(f"no article {article_id} in {store.path}")
    if not article.html:
        return Reextracted(article_id, article.title, "skipped", "no stored HTML")
    if not (article.url or article.source or article.guid):
        return Reextracted(article_id, article.title, "skipped", "no URL or source to match")
    try:
        extracted = extract_html(article.html, article.url or article.source)
    except ExtractionError as error:
        return Reextracted(article_id, article.title, "skipped", str(error))
    if not extracted.blocks:
        return Reextracted(article_id, article.title, "skipped", "no text in the page")
    with store.transaction():
        result = store.save_article(
            replace(
                article,
                id=None,
                blocks=extracted.blocks,
                tags=(),
                language=article.language or extracted.language,
            )
        )
        if result.article_id != article_id:  # matched another article: undo
            raise ReaderError(f"article {article_id}: its URL now belongs to another article")
    orphaned = [a for a in store.list_annotations(article_id) if a.orphaned]
    return Reextracted(article_id, article.title, result.status, orphaned=orphaned)
