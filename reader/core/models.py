"""Plain data objects of the archive: what the store keeps and the code passes around."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

BLOCK_KINDS = ("heading", "paragraph", "quote", "list_item", "preformatted")
"""Every kind of block an article's text is made of."""

ENTITY_KINDS = ("person", "org", "place", "misc")
"""Mark kinds for named entities."""

NUMBER_KINDS = ("number", "percent", "money", "date", "quantity")
"""Mark kinds for figures."""

MARK_KINDS = ENTITY_KINDS + NUMBER_KINDS


@dataclass(frozen=True, slots=True)
class Mark:
    """A highlighted span inside one block: an entity or a figure."""

    start: int
    """Offset of the first character, in Python string indices into the block's text."""
    end: int
    """Offset just past the last character."""
    kind: str
    """One of `MARK_KINDS`."""
    value: str | None = None
    """Normalised value: canonical name for entities, `55000`, `0.31`, `EUR 73.4e9`, `2022-02`."""


@dataclass(frozen=True, slots=True)
class Block:
    """One unit of an article's structure: a heading, a paragraph, a quote, a list item."""

    kind: str
    """One of `BLOCK_KINDS`."""
    text: str
    """The block's clean text, on one line for everything but preformatted text."""
    level: int | None = None
    """Heading level, 1 to 6; `None` for other kinds."""
    marks: tuple[Mark, ...] = ()
    """Entity and number marks, sorted and non-overlapping."""

    def __reduce__(self):
        # Blocks cross between processes by the thousand in a refresh: pickling the fields
        # as a tuple is five times faster than the dataclass default.
        return (Block, (self.kind, self.text, self.level, self.marks))


@dataclass(frozen=True, slots=True)
class Position:
    """A place in an article's text: a block index and an offset into that block."""

    block: int
    """Index of the block, from 0."""
    offset: int
    """Python string offset into the block's text."""


@dataclass(frozen=True, slots=True)
class Annotation:
    """A note on a passage, anchored W3C-style so it survives re-extraction."""

    id: int | None
    """Row id; `None` before it is stored."""
    article_id: int
    """The annotated article."""
    start: Position
    """Where the passage begins."""
    end: Position
    """Where the passage ends (exclusive offset)."""
    quote: str
    """The exact text of the passage, blocks joined by a newline."""
    prefix: str = ""
    """Up to 32 characters before the passage, to find it again after the text changes."""
    suffix: str = ""
    """Up to 32 characters after the passage."""
    note: str = ""
    """The reader's note, possibly several lines."""
    tags: tuple[str, ...] = ()
    """Tags given to this passage."""
    created: datetime | None = None
    """When it was made, UTC."""
    updated: datetime | None = None
    """When it was last changed, UTC."""
    orphaned: bool = False
    """True when re-extraction could not find the passage again; the note is still kept."""


@dataclass(frozen=True, slots=True)
class Feed:
    """A subscription: a feed URL and what we know about fetching it."""

    id: int | None
    """Row id; `None` before it is stored."""
    url: str
    """The feed's URL (updated after a permanent redirect)."""
    title: str | None = None
    """Title given by the feed."""
    title_override: str | None = None
    """Title chosen by the reader; shown instead of `title` when set."""
    site_url: str | None = None
    """The site the feed belongs to."""
    tags: tuple[str, ...] = ()
    """Tags of the subscription."""
    full_text: bool = True
    """Fetch each entry's page and extract the full article."""
    interval: int | None = None
    """Refresh interval in seconds set by the reader; `None`: the feed's hint or the default."""
    etag: str | None = None
    """Last ETag, sent back as If-None-Match."""
    last_modified: str | None = None
    """Last Last-Modified header, sent back as If-Modified-Since."""
    last_fetched: datetime | None = None
    """When it was last tried."""
    last_success: datetime | None = None
    """When it last answered with a feed or a 304."""
    last_error: str | None = None
    """Why the last try failed, in one line."""
    warning: str | None = None
    """A problem that did not stop the refresh (a malformed feed that still had entries)."""
    gone: bool = False
    """The server said 410 Gone: not fetched again."""
    retry_after: datetime | None = None
    """Not fetched before this time (429/503 with Retry-After)."""
    hinted_interval: int | None = None
    """Refresh interval in seconds the feed suggests (`<ttl>`, Cache-Control, Expires)."""
    language: str | None = None
    """The feed's declared language, such as `fr`."""

    @property
    def display_title(self) -> str:
        """The title to show: the reader's override, the feed's own, else the URL."""
        return self.title_override or self.title or self.url


@dataclass(frozen=True, slots=True)
class Article:
    """A stored story with its metadata and, when loaded, its blocks."""

    id: int | None
    """Row id; `None` before it is stored."""
    title: str
    """Clean title, without the ` | Site` suffix."""
    url: str | None = None
    """Canonical URL of the story."""
    source: str | None = None
    """Where it was imported from: the URL fetched or a `file://` URI."""
    guid: str | None = None
    """The feed entry's id, when it came from a feed."""
    feed_id: int | None = None
    """The feed it came from, if any."""
    author: str | None = None
    """Byline."""
    site: str | None = None
    """Site or publication name."""
    published: datetime | None = None
    """Publication time, UTC."""
    fetched: datetime | None = None
    """When we stored it, UTC."""
    language: str | None = None
    """ISO 639-1 code such as `fr` or `en`."""
    summary: str | None = None
    """The feed's own summary, kept as given (clean text)."""
    is_read: bool = False
    """The reader has read it."""
    is_starred: bool = False
    """The reader starred it."""
    read_position: int = 0
    """Index of the block the reader last had under the cursor."""
    html: str | None = None
    """The original HTML, kept so the text can be extracted again later."""
    content_hash: str | None = None
    """Hash of the text, to notice when a re-import changed it."""
    word_count: int = 0
    """Words in the text, for reading time."""
    analysed: bool = False
    """Entity and number marks have been computed for the current text."""
    tags: tuple[str, ...] = ()
    """The article's tags, sorted."""
    blocks: tuple[Block, ...] = field(default=(), repr=False)
    """The text, block by block; empty when only the metadata was loaded."""

    @property
    def reading_minutes(self) -> int:
        """Minutes to read at 230 words a minute, at least one."""
        return max(1, round(self.word_count / 230))
