"""An archive made by the first release opens in this one with everything the reader kept."""

from __future__ import annotations

import sqlite3

from reader.core import doctor
from reader.core.schema import MIGRATIONS, SCHEMA_VERSION
from reader.core.search import search
from reader.core.store import Store

TEXT = "Volodymyr Zelensky demande des garanties de sécurité."


def make_first_release_archive(path) -> None:
    """Write an archive at schema 1 as the first release would have, with one kept article."""
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("BEGIN")
    MIGRATIONS[0](conn)
    conn.execute("PRAGMA user_version = 1")
    conn.execute(
        "INSERT INTO articles (id, title, url, fetched, language, is_read, is_starred, "
        "content_hash, word_count, analysed) VALUES (1, 'Pourparlers', 'https://ex.org/p', "
        "'2025-01-02T10:00:00+00:00', 'fr', 1, 1, 'h', 7, 1)"
    )
    conn.execute(
        "INSERT INTO blocks (article_id, position, kind, level, text) "
        "VALUES (1, 0, 'paragraph', NULL, ?)",
        (TEXT,),
    )
    conn.execute(
        'INSERT INTO marks (article_id, block, start, "end", kind, value) '
        "VALUES (1, 0, 0, 18, 'person', 'Volodymyr Zelensky')"
    )
    conn.execute("INSERT INTO tags (id, name) VALUES (1, 'ukraine')")
    conn.execute("INSERT INTO article_tags VALUES (1, 1)")
    conn.execute(
        "INSERT INTO annotations (article_id, start_block, start_offset, end_block, end_offset, "
        "quote, note, created, updated) VALUES (1, 0, 0, 0, 18, 'Volodymyr Zelensky', 'clé', "
        "'2025-01-02T10:00:00+00:00', '2025-01-02T10:00:00+00:00')"
    )
    conn.execute(
        "INSERT INTO articles_fts (rowid, title, body, title_stem, body_stem) "
        "VALUES (1, 'Pourparlers', ?, 'pourparl', 'volodymyr zelensky demand de garant de secur')",
        (TEXT,),
    )
    conn.execute("COMMIT")
    conn.close()


def test_a_first_release_archive_is_migrated_forward_with_its_contents(db_path):
    make_first_release_archive(db_path)
    with Store(db_path) as store:
        assert store.schema_version == SCHEMA_VERSION > 1
        article = store.get_article(1)
        assert article.is_read and article.is_starred and article.tags == ("ukraine",)
        assert store.list_annotations(1)[0].note == "clé"
        assert [h.article.id for h in search(store, "garantie").hits] == [1]
        assert [h.article.id for h in search(store, 'entity:"Volodymyr Zelensky"').hits] == [1]
        assert doctor.check(store).healthy
        tables = {r[0] for r in store.conn.execute("SELECT name FROM sqlite_master")}
        assert "word_forms" not in tables


def test_migrating_twice_is_harmless(db_path):
    make_first_release_archive(db_path)
    Store(db_path).close()
    with Store(db_path) as store:
        assert store.schema_version == SCHEMA_VERSION
        assert store.count_articles() == 1
