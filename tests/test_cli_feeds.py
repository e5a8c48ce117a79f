"""`reader feed ...` and `reader fetch` as a user types them, against a local server."""

from __future__ import annotations

import json

from reader.core.store import Store
from tests.core.test_feeds_refresh import ITEMS, rss

PAGE = """<!doctype html><html><head><title>World News</title>
<link rel="stylesheet" href="/style.css">
<link rel="alternate" type="application/rss+xml" title="World News (RSS)" href="/feed.xml">
</head><body><p>Front page</p></body></html>"""


def test_feed_add_discovers_the_feed_from_a_page(http_server, run_cli, db_path):
    http_server.route("/feed.xml", rss(ITEMS), content_type="application/rss+xml")
    page = http_server.route("/", PAGE, content_type="text/html")

    result = run_cli("feed", "add", page, "--tag", "world", "--title", "WN")

    assert result.exit_code == 0, result.output
    feed_url = http_server.url("/feed.xml")
    assert f"Subscribed to WN ({feed_url}), feed 1: 2 entries" in result.output
    with Store(db_path) as store:
        (feed,) = store.list_feeds()
    assert (feed.url, feed.title, feed.title_override, feed.tags) == (
        feed_url,
        "World News",
        "WN",
        ("world",),
    )


def test_feed_add_refuses_what_is_not_a_feed(http_server, run_cli, db_path):
    page = http_server.route("/plain", "<html><body>No feeds here</body></html>")

    result = run_cli("feed", "add", page)

    assert result.exit_code == 1
    assert (
        result.output.strip()
        == f"Error: {page}: no feed found (not a feed, and the page links to none)"
    )
    with Store(db_path) as store:
        assert store.list_feeds() == []


def test_feed_add_names_an_unreachable_url(http_server, run_cli):
    result = run_cli("feed", "add", http_server.url("/gone"))

    assert result.output.strip() == f"Error: {http_server.url('/gone')}: HTTP 404"


def test_fetch_then_list_shows_counts_success_and_errors(http_server, run_cli, db_path):
    run_cli("feed", "add", http_server.route("/feed.xml", rss(ITEMS)))
    with Store(db_path) as store:
        store.add_feed(http_server.url("/broken"))

    fetched = run_cli("fetch", "--no-full")
    listed = run_cli("feed", "list")
    as_json = [json.loads(line) for line in run_cli("feed", "list", "--json").output.splitlines()]

    assert fetched.output.splitlines()[-1] == (
        "2 feeds, 2 new, 0 updated, 1 errors (see reader feed list)"
    )
    assert "World News" in listed.output and "2 articles, 2 unread" in listed.output
    assert "error: HTTP 404" in listed.output
    by_url = {r["url"]: r for r in as_json}
    assert by_url[http_server.url("/feed.xml")]["articles"] == 2
    assert by_url[http_server.url("/feed.xml")]["last_success"] is not None
    assert by_url[http_server.url("/broken")]["last_error"] == "HTTP 404"


def test_fetch_prints_one_line_per_feed_when_not_a_terminal(http_server, run_cli):
    run_cli("feed", "add", http_server.route("/feed.xml", rss(ITEMS)))

    output = run_cli("fetch", "--no-full").output.splitlines()

    assert output == [
        "[1/1] World News: 2 new, 0 updated",
        "1 feeds, 2 new, 0 updated, 0 errors (see reader feed list)",
    ]
    assert run_cli("fetch").output.startswith("No feed is due (1 not due)")


def test_remove_asks_for_yes_and_keeps_or_deletes_articles(http_server, run_cli, db_path):
    run_cli("feed", "add", http_server.route("/a.xml", rss(ITEMS)))
    run_cli("feed", "add", http_server.route("/b.xml", rss([("z", "Z", "https://z/", "<p>Z</p>")])))
    run_cli("fetch", "--no-full")

    refused = run_cli("feed", "remove", "1")
    kept = run_cli("feed", "remove", "1", "--yes")
    deleted = run_cli("feed", "remove", http_server.url("/b.xml"), "--yes", "--delete-articles")

    assert refused.exit_code == 1
    assert "has 2 articles: pass --yes to remove it and keep them" in refused.output
    assert kept.output.strip() == "Removed feed 1 (World News), articles kept."
    assert deleted.output.strip() == "Removed feed 2 (World News), articles deleted."
    with Store(db_path) as store:
        assert store.list_feeds() == []
        assert sorted(a.guid for a in store.list_articles()) == ["a-1", "a-2"]


def test_rename_tag_and_set(http_server, run_cli, db_path):
    run_cli("feed", "add", http_server.route("/feed.xml", rss(ITEMS)))

    assert run_cli("feed", "rename", "1", "Mine").output.strip() == "1: Mine"
    assert run_cli("feed", "rename", "1", "--reset").output.strip() == "1: World News"
    assert run_cli("feed", "tag", "1", "europe", "daily").output.strip() == "#daily #europe"
    assert run_cli("feed", "tag", "1", "daily", "--remove").output.strip() == "#europe"
    assert run_cli("feed", "set", "1", "--interval", "2h", "--summary-only").output.strip() == (
        "1: World News, every 2h, summary only"
    )
    bad = run_cli("feed", "set", "1", "--interval", "soon")
    assert bad.exit_code == 1 and "not a duration" in bad.output
    with Store(db_path) as store:
        feed = store.get_feed(1)
    assert (feed.interval, feed.full_text) == (7200, False)


def test_unknown_feed_is_named(run_cli):
    result = run_cli("feed", "remove", "42")

    assert result.exit_code == 1
    assert "no feed 42" in result.output


def test_every_feed_command_has_help_with_an_example(run_cli):
    for command in ("add", "list", "remove", "rename", "tag", "set"):
        assert "Example: reader feed" in run_cli("feed", command, "--help").output
    assert "Example: reader fetch" in run_cli("fetch", "--help").output


def _finished_feeds(db_path) -> int:
    with Store(db_path) as store:
        return sum(1 for feed in store.list_feeds() if feed.last_success)


def _start_fetch(http_server, db_path):
    import subprocess
    import sys
    import time
    from pathlib import Path

    with Store(db_path) as store:
        for i in range(3):
            items = [(f"{i}-{g}", f"{t} {i}", f"{u}/{i}", b) for g, t, u, b in ITEMS]
            store.add_feed(http_server.route(f"/fast{i}.xml", rss(items)))
        store.add_feed(http_server.route("/hangs.xml", rss(ITEMS), delay=60))
    process = subprocess.Popen(
        [sys.executable, "-m", "reader", "--db", str(db_path), "fetch", "--no-full"],
        cwd=Path(__file__).resolve().parents[1],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    deadline = time.monotonic() + 30
    while _finished_feeds(db_path) < 3 and time.monotonic() < deadline:
        time.sleep(0.05)
    return process


def _assert_consistent(db_path, articles: int) -> None:
    with Store(db_path) as store:
        assert store.conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert store.conn.execute("SELECT count(*) FROM articles").fetchone() == (articles,)
        assert store.conn.execute("SELECT count(*) FROM articles_fts").fetchone() == (articles,)
        assert store.conn.execute("SELECT count(*) FROM blocks").fetchone() == (articles,)


def test_ctrl_c_during_a_fetch_keeps_the_feeds_already_done(http_server, db_path):
    import signal

    process = _start_fetch(http_server, db_path)
    process.send_signal(signal.SIGINT)
    _, stderr = process.communicate(timeout=30)

    assert process.returncode == 130
    assert stderr.startswith("Interrupted: ") and "feeds done and saved" in stderr
    assert "Traceback" not in stderr
    _assert_consistent(db_path, 6)


def test_killing_a_fetch_keeps_the_feeds_already_done(http_server, db_path):
    import signal

    process = _start_fetch(http_server, db_path)
    process.send_signal(signal.SIGKILL)
    process.communicate(timeout=30)

    assert _finished_feeds(db_path) == 3
    _assert_consistent(db_path, 6)
