"""A peer's corpus of broken and odd feeds imports without a single crash."""

from __future__ import annotations

from reader.core import doctor
from reader.core.store import Store
from tests.feed_corpus import corpus_dir, import_corpus


def test_feedparser_test_feeds_import_or_fail_clearly_and_never_crash(request, tmp_path):
    corpus = corpus_dir(request.config.cache.mkdir("feed-corpus"))
    report = import_corpus(corpus, tmp_path / "corpus.db")
    print("\n".join(report.lines()))
    assert report.files > 2000
    assert report.crashes == []
    assert report.imported_files > report.files // 2
    with Store(tmp_path / "corpus.db") as store:
        assert doctor.check(store).healthy
