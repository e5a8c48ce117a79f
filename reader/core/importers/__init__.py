"""Importing pages and files: plain text, Markdown, HTML, and (through their owners) feed
files, OPML and JSON Lines. `import_sources` is what `reader import` and `reader demo` call."""

from reader.core.importers.document import Document
from reader.core.importers.pipeline import (
    Imported,
    ImportOptions,
    import_source,
    import_sources,
    save_document,
)
from reader.core.importers.sources import MAX_BYTES, Source, SourceError

__all__ = [
    "MAX_BYTES",
    "Document",
    "ImportOptions",
    "Imported",
    "Source",
    "SourceError",
    "import_source",
    "import_sources",
    "save_document",
]
