"""Feeds: parsing (RSS, Atom, JSON Feed), OPML, discovery, and the concurrent refresh.

Entry points for the rest of the program:

- `import_feed_file(store, data, source, tags=())`: a feed file's entries as articles.
- `import_opml(store, data)` / `write_opml(feeds)`: subscriptions in and out.
- `parse_feed(data, url=..., headers=...)`: bytes → `ParsedFeed`.
"""

from reader.core.feeds.ingest import import_feed_file
from reader.core.feeds.opml import import_opml, read_opml, write_opml
from reader.core.feeds.parse import parse_feed
from reader.core.feeds.parsed import FeedParseError, ParsedEntry, ParsedFeed

__all__ = [
    "FeedParseError",
    "ParsedEntry",
    "ParsedFeed",
    "import_feed_file",
    "import_opml",
    "parse_feed",
    "read_opml",
    "write_opml",
]
