"""The archive: one SQLite file in WAL mode, the single source of truth for the CLI and the app.

`Store` is the only way the rest of the code reads or writes it. Open one per thread.
"""

from reader.core.store.annotations import AnnotationsMixin
from reader.core.store.articles import ArticlesMixin, SaveResult, body_text  # noqa: I001
from reader.core.store.base import StoreError, default_db_path, from_iso, now_utc, to_iso
from reader.core.store.feeds import FeedsMixin
from reader.core.store.tags import TagsMixin

__all__ = [
    "SaveResult",
    "Store",
    "StoreError",
    "body_text",
    "default_db_path",
    "from_iso",
    "now_utc",
    "to_iso",
]


class Store(ArticlesMixin, AnnotationsMixin, FeedsMixin, TagsMixin):
    """The archive's public API over `sqlite_utils.Database`."""
