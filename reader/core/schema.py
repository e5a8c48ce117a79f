"""The archive's schema, as forward migrations numbered by `PRAGMA user_version`.

Each migration runs once, in order, inside one transaction. Never edit a released
migration: add a new one at the end of `MIGRATIONS`.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

_V1 = """
CREATE TABLE feeds (
    id INTEGER PRIMARY KEY,
    url TEXT NOT NULL UNIQUE,
    title TEXT,
    title_override TEXT,
    site_url TEXT,
    language TEXT,
    full_text INTEGER NOT NULL DEFAULT 1,
    interval INTEGER,
    hinted_interval INTEGER,
    etag TEXT,
    last_modified TEXT,
    added TEXT NOT NULL,
    last_fetched TEXT,
    last_success TEXT,
    last_error TEXT,
    warning TEXT,
    gone INTEGER NOT NULL DEFAULT 0,
    retry_after TEXT
);

CREATE TABLE articles (
    id INTEGER PRIMARY KEY,
    feed_id INTEGER REFERENCES feeds(id) ON DELETE SET NULL,
    url TEXT,
    guid TEXT,
    source TEXT,
    title TEXT NOT NULL,
    author TEXT,
    site TEXT,
    published TEXT,
    fetched TEXT NOT NULL,
    language TEXT,
    summary TEXT,
    is_read INTEGER NOT NULL DEFAULT 0,
    is_starred INTEGER NOT NULL DEFAULT 0,
    read_position INTEGER NOT NULL DEFAULT 0,
    html TEXT,
    content_hash TEXT,
    word_count INTEGER NOT NULL DEFAULT 0,
    analysed INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX articles_url ON articles(url);
CREATE INDEX articles_guid ON articles(feed_id, guid);
CREATE INDEX articles_hash ON articles(content_hash);
CREATE INDEX articles_published ON articles(published DESC, id DESC);
CREATE INDEX articles_feed ON articles(feed_id, published DESC);
CREATE INDEX articles_unread ON articles(is_read, published DESC);

CREATE TABLE blocks (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    kind TEXT NOT NULL
        CHECK (kind IN ('heading', 'paragraph', 'quote', 'list_item', 'preformatted')),
    level INTEGER,
    text TEXT NOT NULL,
    UNIQUE (article_id, position)
);

CREATE TABLE marks (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    block INTEGER NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    kind TEXT NOT NULL,
    value TEXT,
    CHECK (start >= 0 AND "end" > start)
);
CREATE INDEX marks_article ON marks(article_id, block, start);
CREATE INDEX marks_value ON marks(kind, value);

CREATE TABLE tags (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE COLLATE NOCASE
);

CREATE TABLE article_tags (
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    tag_id INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
    PRIMARY KEY (article_id, tag_id)
) WITHOUT ROWID;
CREATE INDEX article_tags_tag ON article_tags(tag_id, article_id);

CREATE TABLE feed_tags (
    feed_id INTEGER NOT NULL REFERENCES feeds(id) ON DELETE CASCADE,
    tag_id INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
    PRIMARY KEY (feed_id, tag_id)
) WITHOUT ROWID;

CREATE TABLE annotations (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    start_block INTEGER NOT NULL,
    start_offset INTEGER NOT NULL,
    end_block INTEGER NOT NULL,
    end_offset INTEGER NOT NULL,
    quote TEXT NOT NULL,
    prefix TEXT NOT NULL DEFAULT '',
    suffix TEXT NOT NULL DEFAULT '',
    note TEXT NOT NULL DEFAULT '',
    created TEXT NOT NULL,
    updated TEXT NOT NULL,
    orphaned INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX annotations_article ON annotations(article_id, start_block);

CREATE TABLE annotation_tags (
    annotation_id INTEGER NOT NULL REFERENCES annotations(id) ON DELETE CASCADE,
    tag_id INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
    PRIMARY KEY (annotation_id, tag_id)
) WITHOUT ROWID;

CREATE TABLE saved_searches (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    query TEXT NOT NULL
);

-- The exact columns serve phrases and snippets; the *_stem columns hold Snowball stems
-- so that word forms match. Rows are written by the store with the article, in the same
-- transaction; rowid is the article id.
CREATE VIRTUAL TABLE articles_fts USING fts5(
    title, body, title_stem, body_stem,
    tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
    DELETE FROM articles_fts WHERE rowid = old.id;
END;
"""


def _v1(conn: sqlite3.Connection) -> None:
    for statement in _split(_V1):
        conn.execute(statement)


def _split(script: str) -> list[str]:
    """Split a script into statements, keeping trigger bodies whole."""
    statements, current = [], []
    for line in script.splitlines():
        if line.strip().startswith("--") or not line.strip():
            continue
        current.append(line)
        joined = "\n".join(current)
        if line.rstrip().endswith(";") and sqlite3.complete_statement(joined):
            statements.append(joined)
            current = []
    return statements


def _v2_feed_entries(conn: sqlite3.Connection) -> None:
    """Remember each feed entry seen: its identity, its article, and a hash of what the feed
    said, so a refresh skips unchanged entries and never brings back one the reader deleted."""
    conn.execute(
        "CREATE TABLE feed_entries ("
        " feed_id INTEGER NOT NULL REFERENCES feeds(id) ON DELETE CASCADE,"
        " key TEXT NOT NULL,"
        " article_id INTEGER REFERENCES articles(id) ON DELETE SET NULL,"
        " hash TEXT NOT NULL,"
        " PRIMARY KEY (feed_id, key)) WITHOUT ROWID"
    )
    conn.execute("CREATE INDEX feed_entries_article ON feed_entries(article_id)")


_ENTITY_KINDS = "('person', 'org', 'place', 'misc')"


def _v3_mark_names(conn: sqlite3.Connection) -> None:
    """Keep each name an entity goes by (its canonical value and each text marked with it)
    once, so `entity:Zelensky` resolves among a few thousand names instead of scanning every
    mark and its block; a trigger adds names as marks arrive."""
    conn.execute(
        "CREATE TABLE mark_names ("
        " kind TEXT NOT NULL,"
        " name TEXT NOT NULL,"
        " value TEXT NOT NULL,"
        " PRIMARY KEY (kind, name, value)) WITHOUT ROWID"
    )
    conn.execute(
        "CREATE TRIGGER marks_names_insert AFTER INSERT ON marks "
        f"WHEN new.value IS NOT NULL AND new.kind IN {_ENTITY_KINDS} BEGIN "
        "INSERT OR IGNORE INTO mark_names VALUES (new.kind, new.value, new.value); "
        "INSERT OR IGNORE INTO mark_names SELECT new.kind, "
        'substr(b.text, new.start + 1, new."end" - new.start), new.value FROM blocks b '
        "WHERE b.article_id = new.article_id AND b.position = new.block; END"
    )
    conn.execute(
        "INSERT OR IGNORE INTO mark_names SELECT DISTINCT kind, value, value FROM marks "
        f"WHERE value IS NOT NULL AND kind IN {_ENTITY_KINDS}"
    )
    conn.execute(
        "INSERT OR IGNORE INTO mark_names SELECT DISTINCT m.kind, "
        'substr(b.text, m.start + 1, m."end" - m.start), m.value FROM marks m '
        "JOIN blocks b ON b.article_id = m.article_id AND b.position = m.block "
        f"WHERE m.value IS NOT NULL AND m.kind IN {_ENTITY_KINDS}"
    )


def _v4_list_order(conn: sqlite3.Connection) -> None:
    """Index the library's order (newest first: publication time, else fetch time) so that a
    page deep in a large archive is read from the index instead of sorting every article,
    and each feed's read state so the sidebar's unread counts need not read the articles."""
    conn.execute(
        "CREATE INDEX articles_newest ON articles(coalesce(published, fetched) DESC, id DESC)"
    )
    conn.execute("CREATE INDEX articles_feed_read ON articles(feed_id, is_read)")


_V5 = """
CREATE VIEW article_texts AS
SELECT a.id AS id, a.title AS title,
    (SELECT group_concat(text, char(10, 10)) FROM
        (SELECT text FROM blocks b WHERE b.article_id = a.id ORDER BY position)) AS body
FROM articles a;

CREATE VIRTUAL TABLE articles_fts USING fts5(
    title, body,
    content = 'article_texts', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TRIGGER articles_fts_delete BEFORE DELETE ON articles BEGIN
    INSERT INTO articles_fts (articles_fts, rowid, title, body)
    SELECT 'delete', id, title, body FROM article_texts
    WHERE id = old.id AND EXISTS (SELECT 1 FROM articles_fts_docsize WHERE id = old.id);
END;

CREATE TABLE word_forms (
    lang TEXT NOT NULL,
    stem TEXT NOT NULL,
    term TEXT NOT NULL,
    PRIMARY KEY (lang, stem, term)
) WITHOUT ROWID;
"""


def _v5_index_once(conn: sqlite3.Connection) -> None:
    """Index each article's exact words once, reading the text from `blocks` instead of a
    second copy, and find word forms through `word_forms` instead of indexing stems: the
    index takes a third of the space and is written three times faster, which is most of
    the cost of storing a refresh. (`word_forms` is filled no more: version 7 drops it.)"""
    conn.execute("DROP TRIGGER IF EXISTS articles_fts_delete")
    conn.execute("DROP TABLE IF EXISTS articles_fts")
    for statement in _split(_V5):
        conn.execute(statement)
    conn.execute("INSERT INTO articles_fts (articles_fts) VALUES ('rebuild')")


def _v6_source_index(conn: sqlite3.Connection) -> None:
    """Index where imported articles came from, so that importing a file finds the copy
    already stored without reading every article (feed articles, with no source, are left
    out of the index)."""
    conn.execute("CREATE INDEX articles_source ON articles(source) WHERE source IS NOT NULL")


def _v7_forms_from_the_index(conn: sqlite3.Connection) -> None:
    """Find a query word's forms in the index's own vocabulary at search time, instead of
    a `word_forms` table filled as articles are stored: gathering each article's words
    took a tenth of a refresh, and the table held every indexed word once per language."""
    conn.execute("DROP TABLE IF EXISTS word_forms")


MIGRATIONS: list[Callable[[sqlite3.Connection], None]] = [
    _v1,
    _v2_feed_entries,
    _v3_mark_names,
    _v4_list_order,
    _v5_index_once,
    _v6_source_index,
    _v7_forms_from_the_index,
]
"""Migration n (from 1) brings a database from `user_version` n-1 to n."""

SCHEMA_VERSION = len(MIGRATIONS)
