"""Refreshing feeds against a real local server: what a subscriber sees after `reader fetch`."""

from __future__ import annotations

import gzip
import json
from datetime import UTC, datetime, timedelta
from html import escape

import pytest

from reader.core.feeds.refresh import refresh_feeds
from reader.core.models import Annotation, Position
from reader.core.search import search
from reader.core.store import Store


def rss(items, *, title="World News", extra="") -> bytes:
    """An RSS 2.0 document; each item is (guid, title, link, html body)."""
    parts = [
        '<?xml version="1.0" encoding="utf-8"?>',
        '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">',
        f"<channel><title>{escape(title)}</title><link>https://news.example/</link>{extra}",
    ]
    for guid, item_title, link, body in items:
        parts.append(
            f"<item><guid>{guid}</guid><title>{escape(item_title)}</title>"
            f"<link>{escape(link)}</link><pubDate>Thu, 05 Feb 2026 10:00:00 GMT</pubDate>"
            f"<content:encoded>{escape(body)}</content:encoded></item>"
        )
    parts.append("</channel></rss>")
    return "\n".join(parts).encode()


ITEMS = [
    ("a-1", "Talks resume in Abu Dhabi", "https://news.example/a1", "<p>Delegations met.</p>"),
    ("a-2", "Sanctions extended", "https://news.example/a2", "<p>For six months.</p>"),
]
OTHER_ITEMS = [
    ("b-1", "Budget vote", "https://other.example/b1", "<p>Passed by 301 votes.</p>"),
    ("b-2", "Strike ends", "https://other.example/b2", "<p>After 12 days.</p>"),
]


def refresh(db_path, *args, **kwargs):
    kwargs.setdefault("full_text", False)
    kwargs.setdefault("timeout", 2.0)
    return refresh_feeds(db_path, *args, **kwargs)


def subscribe(db_path, *urls):
    with Store(db_path) as store:
        return [store.add_feed(url).id for url in urls]


def feed(db_path, feed_id):
    with Store(db_path) as store:
        return store.get_feed(feed_id)


def articles(db_path, feed_id=None):
    with Store(db_path) as store:
        return store.list_articles(feed_id=feed_id, limit=None)


@pytest.mark.parametrize(
    ("document", "expected"),
    [
        (rss(ITEMS), {"Talks resume in Abu Dhabi", "Sanctions extended"}),
        (
            b"""<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom</title>
            <entry><id>urn:1</id><title>Atom entry</title><link href="https://a.example/1"/>
            <updated>2026-02-05T10:00:00Z</updated><content type="html">&lt;p&gt;Body&lt;/p&gt;
            </content></entry></feed>""",
            {"Atom entry"},
        ),
        (
            b"""<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
            xmlns="http://purl.org/rss/1.0/"><channel rdf:about="x"><title>RDF</title>
            <link>https://r.example/</link></channel><item rdf:about="https://r.example/1">
            <title>RDF entry</title><link>https://r.example/1</link>
            <description>Text</description></item></rdf:RDF>""",
            {"RDF entry"},
        ),
        (
            json.dumps(
                {
                    "version": "https://jsonfeed.org/version/1.1",
                    "title": "JSON",
                    "items": [{"id": "j1", "title": "JSON entry", "content_text": "Hello."}],
                }
            ).encode(),
            {"JSON entry"},
        ),
    ],
    ids=["rss2", "atom", "rss1", "jsonfeed"],
)
def test_each_format_becomes_articles(http_server, db_path, document, expected):
    (feed_id,) = subscribe(db_path, http_server.route("/feed", document))

    summary = refresh(db_path)

    assert (
        str(summary) == f"1 feeds, {len(expected)} new, 0 updated, 0 errors (see reader feed list)"
    )
    assert {a.title for a in articles(db_path, feed_id)} == expected
    assert set(summary.article_ids) == {a.id for a in articles(db_path)}


def test_content_encoded_keeps_structure_and_is_searchable(http_server, db_path):
    body = "<h2>Contexte</h2><p>Volodymyr Zelensky a rencontré les négociateurs.</p>"
    items = [("g", "Pourparlers", "https://news.example/p", body)]
    subscribe(db_path, http_server.route("/feed", rss(items, extra="<language>fr</language>")))

    refresh(db_path)

    with Store(db_path) as store:
        (article,) = store.list_articles()
        full = store.get_article(article.id)
        found = store.conn.execute(
            "SELECT rowid FROM articles_fts WHERE articles_fts MATCH 'négociateurs'"
        ).fetchall()
        other_form = [hit.article.id for hit in search(store, "négociateur rencontrer").hits]
    assert [(b.kind, b.text) for b in full.blocks] == [
        ("heading", "Contexte"),
        ("paragraph", "Volodymyr Zelensky a rencontré les négociateurs."),
    ]
    assert full.language == "fr" and full.site == "World News"
    assert found == [(article.id,)] and other_form == [article.id]


def test_etag_and_last_modified_are_sent_back_and_304_stores_nothing(http_server, db_path):
    stamp = "Thu, 05 Feb 2026 10:00:00 GMT"
    with_etag = http_server.route("/etag", rss(ITEMS), etag='"v1"')
    with_date = http_server.route("/date", rss(OTHER_ITEMS, title="Dated"), last_modified=stamp)
    subscribe(db_path, with_etag, with_date)
    refresh(db_path)

    summary = refresh(db_path, force=True)

    assert str(summary) == "2 feeds, 0 new, 0 updated, 0 errors (see reader feed list)"
    assert {r.status for r in summary.results} == {"not_modified"}
    assert http_server.requests_for("/etag")[-1].headers["if-none-match"] == '"v1"'
    assert http_server.requests_for("/date")[-1].headers["if-modified-since"] == stamp
    assert len(articles(db_path)) == 4


def test_a_permanent_redirect_updates_the_stored_url(http_server, db_path):
    new_url = http_server.route("/new-feed", rss(ITEMS))
    http_server.route("/other-feed", rss(OTHER_ITEMS))
    (moved,) = subscribe(db_path, http_server.redirect("/old-feed", "/new-feed", status=301))
    (temporary,) = subscribe(db_path, http_server.redirect("/tmp-feed", "/other-feed", status=302))

    refresh(db_path)

    assert feed(db_path, moved).url == new_url
    assert feed(db_path, temporary).url == http_server.url("/tmp-feed")
    assert len(articles(db_path, moved)) == 2


def test_a_failing_feed_records_its_error_and_the_others_carry_on(http_server, db_path):
    good, missing = subscribe(
        db_path, http_server.route("/good", rss(ITEMS)), http_server.url("/missing")
    )

    summary = refresh(db_path)

    assert str(summary) == "2 feeds, 2 new, 0 updated, 1 errors (see reader feed list)"
    assert feed(db_path, missing).last_error == "HTTP 404"
    assert feed(db_path, missing).last_success is None
    assert feed(db_path, good).last_error is None


def test_progress_counts_the_new_articles_so_far(http_server, db_path):
    subscribe(
        db_path, http_server.route("/a", rss(ITEMS)), http_server.route("/b", rss(OTHER_ITEMS))
    )
    reports = []

    summary = refresh(db_path, on_progress=reports.append)

    assert [r.done for r in reports] == [1, 2]
    assert [r.new_total for r in reports] == [2, 4] == [2, summary.new]


def test_a_refresh_leaves_its_articles_in_the_archive_file_while_the_app_reads(
    http_server, db_path
):
    """The log a refresh writes is copied into the archive before it ends, rather than at the
    next write of whoever keeps the archive open (the app)."""
    items = [(f"g-{i}", f"Story {i}", f"https://news.example/g{i}", "<p>Text.</p>" * 200)
             for i in range(40)]  # fmt: skip
    subscribe(db_path, http_server.route("/big", rss(items)))
    with Store(db_path) as app:
        app.count_articles()
        before = db_path.stat().st_size
        refresh(db_path)
        assert db_path.stat().st_size > before + 200_000
        assert app.count_articles() == 40


def test_a_feed_the_archive_refuses_leaves_nothing_half_written(http_server, db_path):
    feeds = [
        http_server.route(
            f"/ok{i}", rss([(f"{i}", f"Story {i}", f"https://n.example/{i}", "<p>Fine.</p>")])
        )
        for i in range(6)
    ]
    poisoned = http_server.route("/poisoned", rss(OTHER_ITEMS, title="Poisoned"))
    ids = subscribe(db_path, *feeds, poisoned)
    with Store(db_path) as store:  # the archive itself refuses one of its articles
        store.conn.execute(
            "CREATE TRIGGER refuse AFTER INSERT ON articles WHEN new.title = 'Strike ends' "
            "BEGIN SELECT RAISE(ABORT, 'refused'); END"
        )

    summary = refresh(db_path)

    assert (summary.new, summary.errors) == (6, 1)
    assert articles(db_path, ids[-1]) == []  # not even "Budget vote", stored before the refusal
    assert "refused" in feed(db_path, ids[-1]).last_error
    assert all(len(articles(db_path, i)) == 1 for i in ids[:-1])
    with Store(db_path) as store:
        assert store.feed_entries(ids[-1]) == {}
        check = "INSERT INTO articles_fts (articles_fts, rank) VALUES ('integrity-check', 1)"
        store.conn.execute(check)


def test_gone_feeds_are_marked_and_not_fetched_again(http_server, db_path):
    (gone,) = subscribe(db_path, http_server.route("/gone", "bye", status=410))

    refresh(db_path)
    summary = refresh(db_path, force=True)

    assert feed(db_path, gone).gone
    assert "410" in feed(db_path, gone).last_error
    assert summary.feeds == 0 and len(http_server.requests_for("/gone")) == 1


def test_429_with_retry_after_postpones_the_feed(http_server, db_path):
    url = http_server.route("/busy", "later", status=429, headers={"Retry-After": "3600"})
    (busy,) = subscribe(db_path, url)

    first = refresh(db_path)
    second = refresh(db_path, force=True)

    retry_after = feed(db_path, busy).retry_after
    assert first.results[0].status == "postponed"
    assert retry_after > datetime.now(UTC) + timedelta(minutes=55)
    assert feed(db_path, busy).last_error.startswith("HTTP 429: asked to retry after")
    assert second.feeds == 0 and len(http_server.requests_for("/busy")) == 1


def test_a_server_that_never_answers_times_out_without_holding_up_others(http_server, db_path):
    slow, fast = subscribe(
        db_path,
        http_server.route("/never", rss(ITEMS), delay=60),
        http_server.route("/fast", rss(OTHER_ITEMS, title="Fast")),
    )

    summary = refresh(db_path, timeout=0.5)

    assert feed(db_path, slow).last_error == "timed out after 0.5 s"
    assert len(articles(db_path, fast)) == 2
    assert summary.errors == 1


def test_bodies_over_the_cap_and_gzip_bombs_are_refused(http_server, db_path):
    big, bomb, zipped = subscribe(
        db_path,
        http_server.route("/big", rss(ITEMS) + b" " * 300_000),
        http_server.route(
            "/bomb", gzip.compress(b" " * 20_000_000), headers={"Content-Encoding": "gzip"}
        ),
        http_server.route("/zipped", rss(ITEMS), gzip=True),
    )

    refresh(db_path, max_bytes=200_000)

    assert feed(db_path, big).last_error == "body larger than 195.312 kB"
    assert feed(db_path, bomb).last_error == "body larger than 195.312 kB"
    assert len(articles(db_path, zipped)) == 2


def test_windows_1252_feed_without_declared_encoding(http_server, db_path):
    document = (
        b"<rss version='2.0'><channel><title>Caf\xe9</title><item><guid>1</guid>"
        b"<title>\xc9t\xe9 \x96 r\xe9sum\xe9</title><description>Co\xfbt : 5\x80</description>"
        b"</item></channel></rss>"
    )
    subscribe(db_path, http_server.route("/cp1252", document, content_type="application/xml"))

    refresh(db_path)

    (article,) = articles(db_path)
    assert article.title == "Été – résumé" and article.site == "Café"


def test_malformed_feed_keeps_its_entries_and_records_a_warning(http_server, db_path):
    document = (
        b"<rss version='2.0'><channel><title>Broken & co</title>"
        b"<item><title>Kept</title><link>https://b.example/1</link></item>"
    )
    (broken,) = subscribe(db_path, http_server.route("/broken", document))

    summary = refresh(db_path)

    assert [a.title for a in articles(db_path)] == ["Kept"]
    assert feed(db_path, broken).warning.startswith("malformed feed, entries recovered")
    assert summary.errors == 0


def test_hostile_feeds_record_an_error(http_server, db_path):
    laughs = (
        b'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "aaaaaaaaaa">'
        b'<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><rss><channel><title>&b;</title>'
        b"<item><title>&b;</title></item></channel></rss>"
    )
    (evil,) = subscribe(db_path, http_server.route("/laughs", laughs))

    refresh(db_path)

    assert feed(db_path, evil).last_error == "declares XML entities (refused for safety)"
    assert articles(db_path) == []


def test_an_updated_entry_keeps_read_state_tags_and_annotations(http_server, db_path):
    url = http_server.route("/feed", rss(ITEMS))
    subscribe(db_path, url)
    refresh(db_path)
    with Store(db_path) as store:
        first = next(a for a in store.list_articles() if a.guid == "a-1")
        store.set_read(first.id)
        store.add_tags(first.id, ["ukraine"])
        store.add_annotation(
            Annotation(None, first.id, Position(0, 0), Position(0, 11), "Delegations", note="check")
        )

    changed = [("a-1", ITEMS[0][1], ITEMS[0][2], "<p>Delegations met again.</p>"), ITEMS[1]]
    http_server.route("/feed", rss(changed))
    summary = refresh(db_path, force=True)

    assert str(summary) == "1 feeds, 0 new, 1 updated, 0 errors (see reader feed list)"
    assert summary.article_ids == [first.id]
    with Store(db_path) as store:
        article = store.get_article(first.id)
        annotations = store.list_annotations(first.id)
    assert article.blocks[0].text == "Delegations met again."
    assert article.is_read and article.tags == ("ukraine",)
    assert [(a.quote, a.note) for a in annotations] == [("Delegations", "check")]
    assert len(articles(db_path)) == 2


def test_unchanged_entries_are_not_rewritten_and_deleted_ones_stay_deleted(http_server, db_path):
    subscribe(db_path, http_server.route("/feed", rss(ITEMS)))
    refresh(db_path)
    with Store(db_path) as store:
        deleted = next(a for a in store.list_articles() if a.guid == "a-2")
        store.delete_article(deleted.id)

    summary = refresh(db_path, force=True)

    assert str(summary) == "1 feeds, 0 new, 0 updated, 0 errors (see reader feed list)"
    assert [a.guid for a in articles(db_path)] == ["a-1"]


def test_entries_without_guid_are_matched_by_link_then_by_title_and_date(http_server, db_path):
    document = (
        b"<rss version='2.0'><channel><title>T</title>"
        b"<item><title>By link</title><link>https://n.example/x?utm_source=rss#top</link></item>"
        b"<item><title>By title</title><pubDate>Thu, 05 Feb 2026 10:00:00 GMT</pubDate></item>"
        b"</channel></rss>"
    )
    moved = document.replace(b"?utm_source=rss#top", b"?utm_medium=feed")
    subscribe(db_path, http_server.route("/feed", document))
    refresh(db_path)
    http_server.route("/feed", moved)

    summary = refresh(db_path, force=True)

    assert summary.new == 0
    assert sorted(a.url or "" for a in articles(db_path)) == ["", "https://n.example/x"]


def test_full_text_replaces_a_short_summary_with_the_extracted_page(http_server, db_path):
    paragraphs = "".join(
        f"<p>Paragraph {i}: the delegations of Ukraine and Russia met in Abu Dhabi for "
        f"a {i}th round of talks, with 55,000 prisoners under discussion.</p>"
        for i in range(12)
    )
    page = (
        f"<html><head><title>Full story | News</title></head><body><nav>Menu</nav>"
        f"<article><h1>Full story</h1>{paragraphs}</article><footer>(c)</footer></body></html>"
    )
    story = http_server.route("/story", page, content_type="text/html; charset=utf-8")
    broken = http_server.url("/missing-page")
    items = [
        ("f1", "Full story", story, "<p>Short teaser.</p>"),
        ("f2", "No page", broken, "<p>Teaser kept when the page fails.</p>"),
    ]
    subscribe(db_path, http_server.route("/feed", rss(items)))

    summary = refresh(db_path, full_text=True)

    assert summary.errors == 0
    with Store(db_path) as store:
        by_guid = {a.guid: store.get_article(a.id) for a in store.list_articles()}
    texts = [b.text for b in by_guid["f1"].blocks]
    assert any(t.startswith("Paragraph 11:") for t in texts) and "Menu" not in texts
    assert by_guid["f1"].source == story
    assert [b.text for b in by_guid["f2"].blocks] == ["Teaser kept when the page fails."]


def test_summary_only_feeds_fetch_no_pages(http_server, db_path):
    story = http_server.route("/story", "<html><body><p>Page</p></body></html>")
    (feed_id,) = subscribe(
        db_path, http_server.route("/feed", rss([("s", "S", story, "<p>Own text.</p>")]))
    )
    with Store(db_path) as store:
        store.update_feed(feed_id, full_text=False)

    refresh(db_path, full_text=True)

    assert http_server.requests_for("/story") == []


def test_feeds_not_due_are_skipped_unless_forced_or_named(http_server, db_path):
    (feed_id,) = subscribe(db_path, http_server.route("/feed", rss(ITEMS, extra="<ttl>120</ttl>")))
    refresh(db_path)

    assert refresh(db_path).feeds == 0
    assert refresh(db_path, [feed_id]).feeds == 1
    assert refresh(db_path, force=True).feeds == 1
    assert feed(db_path, feed_id).hinted_interval == 7200


def test_cache_control_gives_the_interval_hint(http_server, db_path):
    url = http_server.route("/feed", rss(ITEMS), headers={"Cache-Control": "max-age=1800"})
    (feed_id,) = subscribe(db_path, url)

    refresh(db_path)

    assert feed(db_path, feed_id).hinted_interval == 1800


def test_parsing_in_a_process_pool_gives_the_same_articles(http_server, db_path, monkeypatch):
    from reader.core.feeds import refresh as module

    monkeypatch.setattr(module, "POOL_AFTER", 0)
    urls = [
        http_server.route(
            f"/f{i}", rss([(f"{i}{g}", f"{t} {i}", f"{u}/{i}", b) for g, t, u, b in ITEMS])
        )
        for i in range(3)
    ]
    subscribe(db_path, *urls)

    summary = refresh(db_path, processes=2)

    assert str(summary) == "3 feeds, 6 new, 0 updated, 0 errors (see reader feed list)"


def test_feeds_stored_together_in_the_pool_keep_each_other_when_one_is_refused(
    http_server, db_path, monkeypatch
):
    from reader.core.feeds import refresh as module

    monkeypatch.setattr(module, "POOL_AFTER", 0)
    laughs = (
        b'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "aaaaaaaaaa">]>'
        b"<rss><channel><title>&a;</title><item><title>&a;</title></item></channel></rss>"
    )
    urls = [
        http_server.route(
            f"/f{i}", rss([(f"{i}{g}", f"{t} {i}", f"{u}/{i}", b) for g, t, u, b in ITEMS])
        )
        for i in range(5)
    ]
    ids = subscribe(db_path, *urls[:2], http_server.route("/laughs", laughs), *urls[2:])

    summary = refresh(db_path, processes=2)

    assert str(summary) == "6 feeds, 10 new, 0 updated, 1 errors (see reader feed list)"
    assert feed(db_path, ids[2]).last_error == "declares XML entities (refused for safety)"
    assert all(feed(db_path, i).last_success for i in ids[:2] + ids[3:])


def test_feeds_stored_in_one_commit_each_get_their_own_result(db_path):
    from reader.core.feeds.parsed import FeedParseError
    from reader.core.feeds.writing import close_local_store, parse_and_store_many

    good, broken, other = subscribe(
        db_path, "https://a.example/feed", "https://b.example/feed", "https://c.example/feed"
    )
    headers = {"content-type": "application/rss+xml"}
    jobs = [
        (rss(ITEMS), "https://a.example/feed", headers, feed(db_path, good), {}),
        (b"<html>not a feed</html>", "https://b.example/feed", headers, feed(db_path, broken), {}),
        (rss(OTHER_ITEMS), "https://c.example/feed", headers, feed(db_path, other), {}),
    ]

    results = parse_and_store_many(db_path, jobs)
    close_local_store(db_path)

    assert [len(r.saved) for r in (results[0], results[2])] == [2, 2]
    assert isinstance(results[1], FeedParseError)
    assert len(articles(db_path, good)) == len(articles(db_path, other)) == 2
