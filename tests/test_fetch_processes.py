"""`reader fetch` as users run it: killed mid-refresh, or twice at once, beside other readers."""

from __future__ import annotations

import itertools
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

from reader.core import doctor
from reader.core.models import Annotation, Position
from reader.core.store import Store
from tests.http_server import Reply

ROOT = Path(__file__).resolve().parents[1]
FEEDS = 20
ITEMS = 15
KILLS = 20


def rss(feed: int, round_: int) -> bytes:
    items = "".join(
        f"<item><title>Dépêche {feed}.{round_}.{i}</title>"
        f"<guid>urn:feed{feed}:r{round_}:i{i}</guid>"
        f"<link>http://127.0.0.1/a/{feed}/{round_}/{i}</link>"
        f"<description>Le président a annoncé que {i * 1000} soldats et 31 % des réservistes "
        f"seraient mobilisés. " * 8 + "</description></item>"
        for i in range(ITEMS)
    )
    return (
        f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
        f"<title>Flux {feed}</title>{items}</channel></rss>"
    ).encode()


def serve_feeds(http_server, *, changing: bool) -> list[str]:
    """Serve FEEDS feeds; when `changing`, every request brings new entries."""
    counter = itertools.count()

    def answer(request):
        feed = int(request.path.strip("/").split(".")[0].removeprefix("feed"))
        round_ = next(counter) if changing else 0
        return Reply(200, {"Content-Type": "application/rss+xml"}, rss(feed, round_))

    http_server.fallback = answer
    return [http_server.url(f"/feed{n}.xml") for n in range(FEEDS)]


def subscribe(db_path: Path, urls: list[str]) -> None:
    with Store(db_path) as store:
        for url in urls:
            store.add_feed(url)


def start_fetch(db_path: Path) -> subprocess.Popen:
    """`reader fetch` in its own process, printing one progress line per feed as it goes."""
    return subprocess.Popen(
        [
            sys.executable,
            "-m",
            "reader",
            "--db",
            str(db_path),
            "fetch",
            "--all",
            "--no-full",
            "--no-analysis",
        ],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )


def test_a_refresh_killed_at_random_moments_leaves_a_sound_archive(http_server, db_path):
    subscribe(db_path, serve_feeds(http_server, changing=True))
    with Store(db_path) as store:
        first = start_fetch(db_path)
        first.communicate(timeout=120)
        article_id = store.list_articles(limit=1)[0].id
        store.add_tags(article_id, ["à-garder"])
        store.add_annotation(
            Annotation(
                id=None,
                article_id=article_id,
                start=Position(0, 0),
                end=Position(0, 9),
                quote=store.get_blocks(article_id)[0].text[:9],
                note="écrit avant la panne",
            )
        )
    rng = random.Random(2026)
    for attempt in range(KILLS):
        fetch = start_fetch(db_path)
        for _ in range(rng.randrange(FEEDS - 1)):  # let some feeds be committed first
            fetch.stdout.readline()
        time.sleep(rng.uniform(0, 0.05))
        fetch.send_signal(signal.SIGKILL)
        fetch.wait()
        with Store(db_path) as store:
            report = doctor.check(store)
            assert report.healthy, (attempt, report.lines())
            assert report.articles_without_blocks == [], attempt
    with Store(db_path) as store:
        assert store.article_tags(article_id) == ("à-garder",)
        (note,) = store.list_annotations(article_id)
        assert note.note == "écrit avant la panne" and not note.orphaned
        assert store.count_articles() > FEEDS * ITEMS


def test_two_refreshes_at_once_store_each_entry_once_without_lock_errors(http_server, db_path):
    subscribe(db_path, serve_feeds(http_server, changing=False))
    fetches = [start_fetch(db_path) for _ in range(2)]
    results = [f.communicate(timeout=180) for f in fetches]
    for fetch, (stdout, stderr) in zip(fetches, results, strict=True):
        assert fetch.returncode == 0, stderr
        assert "locked" not in stdout + stderr
    with Store(db_path) as store:
        assert store.count_articles() == FEEDS * ITEMS
        assert doctor.check(store).healthy


def test_a_reader_open_during_a_refresh_sees_new_articles_arrive(http_server, db_path):
    subscribe(db_path, serve_feeds(http_server, changing=False))
    with Store(db_path) as reader:
        before = reader.count_articles()
        fetch = start_fetch(db_path)
        counts = []
        while fetch.poll() is None:
            counts.append(reader.count_articles())  # never blocks on the writer (WAL)
            time.sleep(0.05)
        counts.append(reader.count_articles())
    assert fetch.returncode == 0
    assert before == 0 and counts[-1] == FEEDS * ITEMS and counts == sorted(counts)
