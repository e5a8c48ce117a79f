"""`reader doctor` finds and repairs a damaged index and orphan rows."""

from __future__ import annotations

from reader.core import doctor
from reader.core.models import Article, Block


def save(store, n: int) -> int:
    blocks = (Block("paragraph", f"Paragraphe numéro {n} sur la sécurité."),)
    return store.save_article(Article(id=None, title=f"Article {n}", blocks=blocks)).article_id


def test_a_fresh_archive_is_healthy(store):
    save(store, 1)
    report = doctor.check(store)
    assert report.healthy and report.articles == 1


def test_missing_stale_and_extra_index_rows_are_found_and_repaired(store):
    first, second, third = save(store, 1), save(store, 2), save(store, 3)
    store.conn.execute("DELETE FROM articles_fts WHERE rowid = ?", (first,))
    store.conn.execute("DROP TRIGGER articles_fts_delete")
    store.conn.execute("DELETE FROM articles WHERE id = ?", (third,))
    report = doctor.check(store)
    assert (report.missing_from_index, report.extra_in_index) == ([first], [third])
    assert "1 missing, 1 extra" in "\n".join(report.lines())
    assert report.orphans["blocks"] == 0  # foreign keys cascaded the blocks
    repaired = doctor.repair(store, report)
    assert repaired.healthy
    assert fts_ids(store, "securite") == [first, second]


def test_words_written_outside_the_reader_are_found_and_the_index_rewritten(store):
    first, second = save(store, 1), save(store, 2)
    store.conn.execute("UPDATE blocks SET text = 'faux' WHERE article_id = ?", (second,))
    report = doctor.check(store)
    assert report.index_stale and not report.healthy
    assert "out of date" in "\n".join(report.lines())
    assert doctor.repair(store, report).healthy
    assert fts_ids(store, "securite") == [first]
    assert fts_ids(store, "faux") == [second]


def fts_ids(store, query: str) -> list[int]:
    hits = store.conn.execute(
        "SELECT rowid FROM articles_fts WHERE articles_fts MATCH ? ORDER BY rowid", (query,)
    )
    return [r[0] for r in hits]


def test_orphan_rows_left_by_a_foreign_key_free_writer_are_deleted(store):
    article_id = save(store, 1)
    store.add_tags(article_id, ["garder"])
    store.conn.execute("PRAGMA foreign_keys = OFF")
    store.conn.execute("DELETE FROM articles WHERE id = ?", (article_id,))
    store.conn.execute("PRAGMA foreign_keys = ON")
    report = doctor.check(store)
    assert report.orphans == {"blocks": 1, "marks": 0, "annotations": 0, "article_tags": 1}
    assert doctor.repair(store, report).healthy


def test_the_command_reports_and_exits_non_zero_until_repaired(run_cli, db_path):
    from reader.core.store import Store

    with Store(db_path) as store:
        article_id = save(store, 1)
        store.conn.execute("DELETE FROM articles_fts WHERE rowid = ?", (article_id,))
    result = run_cli("doctor")
    assert result.exit_code == 1 and "1 missing" in result.output
    result = run_cli("doctor", "--repair")
    assert result.exit_code == 0 and "full-text index: in sync" in result.output
    assert run_cli("doctor").exit_code == 0
