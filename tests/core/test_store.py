"""The archive file: schema, migrations, deduplication, transactions and the full-text index."""

from __future__ import annotations

import sqlite3

import pytest

from reader.core.models import Annotation, Article, Block, Mark, Position
from reader.core.schema import SCHEMA_VERSION
from reader.core.search.forms import word_forms
from reader.core.store import Store, StoreError, default_db_path
from reader.core.store.articles import content_hash


def article(
    title="Pourparlers à Genève",
    url="https://example.org/a",
    text="Les garanties de sécurité.",
    marks=False,
    **fields,
) -> Article:
    found = (Mark(0, len(text), "place", text),) if marks else ()
    blocks = (Block("heading", "Un accord partiel", 2), Block("paragraph", text, marks=found))
    return Article(id=None, title=title, url=url, language="fr", blocks=blocks, **fields)


def fts_ids(store: Store, query: str) -> list[int]:
    rows = store.conn.execute(
        "SELECT rowid FROM articles_fts WHERE articles_fts MATCH ? ORDER BY rowid", (query,)
    )
    return [r[0] for r in rows]


def test_a_new_file_is_migrated_to_the_current_schema_in_wal_mode(db_path):
    with Store(db_path) as store:
        assert store.schema_version == SCHEMA_VERSION
        assert store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert store.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert {
            "feeds",
            "articles",
            "blocks",
            "marks",
            "tags",
            "article_tags",
            "annotations",
            "articles_fts",
        } <= set(store.db.table_names())


def test_reopening_a_migrated_file_keeps_its_data(db_path):
    with Store(db_path) as store:
        store.save_article(article())
    with Store(db_path) as store:
        assert store.count_articles() == 1


def test_a_file_from_a_newer_reader_is_refused_with_a_clear_error(db_path):
    with Store(db_path) as store:
        store.conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    with pytest.raises(StoreError, match="newer reader"):
        Store(db_path)


def test_a_file_that_is_not_a_database_is_refused(db_path):
    db_path.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(StoreError, match="not a reader archive"):
        Store(db_path)


def test_default_path_follows_reader_db_then_xdg(monkeypatch, tmp_path):
    monkeypatch.delenv("READER_DB", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    assert default_db_path() == tmp_path / "reader" / "reader.db"
    monkeypatch.setenv("READER_DB", str(tmp_path / "x.db"))
    assert default_db_path() == tmp_path / "x.db"


def test_saving_the_same_article_twice_does_not_duplicate_it(store):
    first = store.save_article(article())
    second = store.save_article(article())
    assert first.status == "new" and second.status == "unchanged"
    assert second.article_id == first.article_id
    assert store.count_articles() == 1


def test_a_file_imported_again_is_found_by_its_source_without_reading_every_article(store):
    from dataclasses import replace

    first = store.save_article(replace(article(), url=None, source="/notes/talks.md"))
    again = store.save_article(
        replace(article(text="Revised."), url=None, source="/notes/talks.md")
    )
    assert again.article_id == first.article_id and again.status == "updated"
    plan = store.conn.execute(
        "EXPLAIN QUERY PLAN SELECT id FROM articles WHERE source = ? ORDER BY id LIMIT 1", ("x",)
    ).fetchall()
    assert "articles_source" in plan[0][3]


def test_a_batch_whose_second_article_repeats_the_first_keeps_one_up_to_date_copy(store):
    from reader.core.store.articles import prepare_article

    first = article(text="Les garanties de sécurité.")
    second = article(text="Les négociations continuent.", guid="other")
    marked = article(title="Trêve", url="https://example.org/b", text="Kyiv", marks=True)
    results = store.save_many([prepare_article(a) for a in (first, second, marked)])
    assert [r.status for r in results] == ["new", "updated", "new"]
    assert results[0].article_id == results[1].article_id
    assert store.get_article(results[0].article_id).blocks[1].text == "Les négociations continuent."
    assert fts_ids(store, "negociations") == [results[0].article_id]
    assert fts_ids(store, "garanties") == []
    assert store.get_blocks(results[2].article_id)[1].marks == (Mark(0, 4, "place", "Kyiv"),)
    assert fts_ids(store, "kyiv") == [results[2].article_id]


def test_an_update_keeps_read_state_tags_and_refreshes_the_index(store):
    saved = store.save_article(article(), tags=("ukraine",))
    store.set_read(saved.article_id)
    store.set_starred(saved.article_id)
    updated = store.save_article(article(text="Les négociations continuent."))
    assert updated.status == "updated"
    kept = store.get_article(updated.article_id)
    assert kept.is_read and kept.is_starred and kept.tags == ("ukraine",)
    assert kept.blocks[1].text == "Les négociations continuent."
    assert fts_ids(store, "negociations") == [saved.article_id]
    assert fts_ids(store, "garanties") == []


def test_an_article_knows_how_many_words_it_has(store):
    blocks = (
        Block("heading", "Un accord partiel", 2),
        Block("paragraph", "  Les  garanties\tde sécurité pour 55\u00a0000 soldats. "),
        Block("preformatted", "ligne une\n\n  ligne deux"),
    )
    saved = store.save_article(Article(id=None, title="Accord", language="fr", blocks=blocks))
    assert store.get_article(saved.article_id).word_count == 3 + 7 + 4


def test_the_index_folds_accents_and_gives_each_words_forms(store):
    saved = store.save_article(article())
    assert fts_ids(store, "securite") == [saved.article_id]
    assert word_forms(store.conn, "garantie", ("fr",)) == ["garantie", "garanties"]
    assert word_forms(store.conn, "Sécurités", ("fr", "en")) == ["securites", "securite"]


def test_the_text_is_stored_once_and_the_index_follows_every_change(store):
    saved = store.save_article(article())
    store.update_article(saved.article_id, title="Trêve à Genève")
    store.save_article(article(title="Trêve à Genève", text="Les négociations continuent."))
    assert fts_ids(store, "treve negociations") == [saved.article_id]
    assert fts_ids(store, "pourparlers OR garanties") == []
    check = "INSERT INTO articles_fts (articles_fts, rank) VALUES ('integrity-check', 1)"
    store.conn.execute(check)  # raises when the index and the text disagree
    tables = {r[0] for r in store.conn.execute("SELECT name FROM sqlite_master")}
    assert "articles_fts_content" not in tables


def test_a_new_title_is_found_by_its_words_in_other_forms(store):
    from reader.core.search import search

    saved = store.save_article(article())
    store.update_article(saved.article_id, title="Trêve signée à Genève")
    assert [hit.article.id for hit in search(store, "trêves").hits] == [saved.article_id]


def test_deleting_an_article_removes_its_blocks_marks_and_index_row(store):
    saved = store.save_article(article())
    store.replace_marks(saved.article_id, [(1, Mark(4, 13, "misc"))])
    assert store.delete_article(saved.article_id)
    for table in ("blocks", "marks", "articles_fts_docsize"):
        assert store.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == 0


def test_untrusted_text_is_stored_without_escape_sequences(store):
    saved = store.save_article(article(title="Titre\x1b]0;pwned\x07 \u202eevil\x1b[31m rouge"))
    stored = store.get_article(saved.article_id)
    assert stored.title == "Titre evil rouge"


def test_marks_are_kept_inside_blocks_sorted_and_disjoint(store):
    saved = store.save_article(article())
    store.replace_marks(
        saved.article_id,
        [
            (1, Mark(13, 21, "misc")),
            (1, Mark(4, 13, "misc")),
            (1, Mark(5, 8, "org")),
            (1, Mark(20, 999, "place")),
            (7, Mark(0, 2, "org")),
        ],
    )
    marks = store.get_article(saved.article_id).blocks[1].marks
    assert [(m.start, m.end) for m in marks] == [(4, 13), (13, 21)]
    assert store.get_article(saved.article_id).analysed


def test_a_failed_write_leaves_nothing_behind(store):
    with pytest.raises(sqlite3.IntegrityError), store.transaction():
        store.conn.execute("INSERT INTO articles (title, fetched) VALUES ('x', 'now')")
        store.conn.execute(
            "INSERT INTO blocks (article_id, position, kind, text) VALUES (1, 0, 'nonsense', 'x')"
        )
    assert store.count_articles() == 0


def test_annotations_survive_a_text_update_when_their_quote_is_still_there(store):
    saved = store.save_article(article())
    store.add_annotation(
        Annotation(
            id=None,
            article_id=saved.article_id,
            start=Position(1, 4),
            end=Position(1, 13),
            quote="garanties",
            note="clé",
            tags=("à-suivre",),
        )
    )
    store.save_article(article(text="Nouveau paragraphe. Les garanties de sécurité."))
    (kept,) = store.list_annotations(saved.article_id)
    assert not kept.orphaned and kept.start == Position(1, 24) and kept.tags == ("à-suivre",)


def test_feeds_are_added_once_and_listed_with_tags(store):
    feed = store.add_feed("https://example.org/feed.xml", title="Exemple", tags=("fr",))
    again = store.add_feed("https://example.org/feed.xml")
    assert again.id == feed.id and store.list_feeds()[0].tags == ("fr",)


def test_a_feeds_entries_are_remembered_new_and_changed_alike(store):
    feed = store.add_feed("https://example.org/feed.xml")
    first = store.save_article(article(url="https://example.org/1")).article_id
    second = store.save_article(article(url="https://example.org/2", text="Deux."))
    store.record_feed_entries(feed.id, [("guid:1", first, "h1")])
    store.record_feed_entries(
        feed.id, [("guid:1", None, "h1-changed"), ("guid:2", second.article_id, "h2")]
    )
    assert store.feed_entries(feed.id) == {
        "guid:1": (None, "h1-changed"),
        "guid:2": (second.article_id, "h2"),
    }


def test_a_texts_hash_stays_the_one_archives_already_hold():
    # Archives store this hash: a different one would make every article look changed.
    blocks = (
        Block("heading", "Un accord", 2),
        Block("paragraph", "Les garanties de sécurité : 55 000 soldats."),
    )
    assert content_hash("Pourparlers à Genève", blocks) == (
        "1e7c0059297ae46c296a92c4d067aa86ed3fe8401f9b152511e7b9c241afb8eb"
    )
