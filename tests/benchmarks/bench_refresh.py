"""Refresh speed: `reader fetch` against newsboat on the same generated feeds, same run.

Serves N generated feeds × 50 items (about 250 kB a feed, French and English bodies with
names and figures; each item links to a page of its own) from a separate process on
127.0.0.1, then measures, alternating runs:

- cold: `reader fetch --no-full` on an empty archive (articles stored and searchable) and
  `newsboat -x reload` on an empty cache, with 4 reload threads and with 1;
- warm: the same again once everything is stored: every feed answers 304;
- full: `reader fetch` with the linked pages fetched and extracted (on fewer feeds, as
  extraction costs far more than parsing; the rate is per page).

Then 1,000 feeds cold and warm. Our times are of the whole command (interpreter start
included) and, in brackets, of `refresh_feeds` alone. Medians; ratios are newsboat's time
over ours (above 1: we are faster).

    python -m tests.benchmarks.bench_refresh [--feeds 200] [--big 1000] [--full 20] [--repeat 3]

newsboat comes from Debian (`apt-get install newsboat`); this script installs nothing and
says so when it is missing.
"""

from __future__ import annotations

import argparse
import hashlib
import multiprocessing
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from email.utils import formatdate
from html import escape
from pathlib import Path

ITEMS = 50
ROOT = Path(__file__).resolve().parents[2]
PYTHON = sys.executable
READER = [PYTHON, "-m", "reader"]

FIRST = ["Volodymyr", "Emmanuel", "Ursula", "Olaf", "Kaja", "Antonio", "Rustem", "Steve", "Marie"]
LAST = ["Zelensky", "Macron", "von der Leyen", "Scholz", "Kallas", "Guterres", "Umerov", "Durand"]
PLACES = ["Abu Dhabi", "Kyiv", "Bruxelles", "Paris", "Moscou", "Genève", "Varsovie", "Berlin"]
ORGS_FR = ["l'OTAN", "l'Union européenne", "le FMI", "l'ONU", "la Banque mondiale", "le Kremlin"]
ORGS_EN = ["NATO", "the European Union", "the IMF", "the United Nations", "the World Bank"]
VERBS_FR = ["a rencontré", "a annoncé", "a critiqué", "a salué", "a rejeté", "a proposé"]
VERBS_EN = ["met", "announced", "criticised", "welcomed", "rejected", "proposed"]
WORDS_FR = [
    "négociations",
    "sécurité",
    "garanties",
    "accord",
    "cessez-le-feu",
    "territoire",
    "délégation",
    "réunion",
    "discussions",
    "sanctions",
    "économie",
    "énergie",
    "frontière",
    "armée",
    "gouvernement",
    "ministre",
    "président",
    "reconstruction",
    "échanges",
    "prisonniers",
    "livraisons",
    "munitions",
    "partenaires",
    "calendrier",
]
WORDS_EN = [
    "talks",
    "security",
    "guarantees",
    "agreement",
    "ceasefire",
    "territory",
    "delegation",
    "meeting",
    "discussions",
    "sanctions",
    "economy",
    "energy",
    "border",
    "army",
    "government",
    "minister",
    "president",
    "reconstruction",
    "exchange",
    "prisoners",
    "deliveries",
    "ammunition",
    "partners",
    "timetable",
]


def _sentence(rng: random.Random, lang: str) -> str:
    name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
    n, pct, bn = rng.randint(2, 900), rng.randint(1, 99), rng.randint(2, 90)
    if lang == "fr":
        words = " ".join(rng.choice(WORDS_FR) for _ in range(rng.randint(8, 14)))
        return (
            f"{name} {rng.choice(VERBS_FR)} {rng.choice(ORGS_FR)} à {rng.choice(PLACES)} le "
            f"{rng.randint(1, 28)} février 2026 : {words}, avec {n} 000 soldats et {pct} % "
            f"du budget, soit {bn},{rng.randint(1, 9)} milliards d'euros."
        )
    words = " ".join(rng.choice(WORDS_EN) for _ in range(rng.randint(8, 14)))
    return (
        f"{name} {rng.choice(VERBS_EN)} {rng.choice(ORGS_EN)} in {rng.choice(PLACES)} on "
        f"February {rng.randint(1, 28)}, 2026: {words}, with {n},000 troops and {pct}% of "
        f"the budget, or ${bn}.{rng.randint(1, 9)} billion."
    )


class Corpus:
    """Pools of sentences to assemble bodies from quickly and reproducibly."""

    def __init__(self) -> None:
        rng = random.Random(7)
        self.sentences = {
            lang: [_sentence(rng, lang) for _ in range(3000)] for lang in ["fr", "en"]
        }

    def paragraphs(self, rng: random.Random, lang: str, count: int) -> list[str]:
        pool = self.sentences[lang]
        return [" ".join(rng.choice(pool) for _ in range(4)) for _ in range(count)]


def feed_document(corpus: Corpus, base: str, index: int) -> bytes:
    """One RSS 2.0 feed of `ITEMS` items, about 250 kB."""
    lang = "fr" if index % 2 else "en"
    rng = random.Random(index)
    parts = [
        '<?xml version="1.0" encoding="utf-8"?>',
        '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/">',
        f"<channel><title>Feed {index} ({lang})</title><link>{base}/</link>"
        f"<language>{lang}</language><description>Generated feed {index}</description>",
    ]
    for item in range(ITEMS):
        paragraphs = corpus.paragraphs(rng, lang, 5)
        body = "".join(f"<p>{escape(p)}</p>" for p in paragraphs)
        stamp = formatdate(1770000000 - (index * ITEMS + item) * 600, usegmt=True)
        title = paragraphs[0].split(":")[0][:90]
        parts.append(
            f"<item><title>{escape(title)}</title><link>{base}/p/{index}/{item}.html</link>"
            f"<guid isPermaLink='false'>feed-{index}-item-{item}</guid><pubDate>{stamp}</pubDate>"
            f"<dc:creator>{escape(rng.choice(FIRST))} {escape(rng.choice(LAST))}</dc:creator>"
            f"<description>{escape(paragraphs[0][:300])}</description>"
            f"<content:encoded><![CDATA[{body}]]></content:encoded></item>"
        )
    parts.append("</channel></rss>")
    return "\n".join(parts).encode()


def page_document(corpus: Corpus, feed: int, item: int) -> bytes:
    """The article page an item links to: navigation, the story (longer than the feed's), footer."""
    lang = "fr" if feed % 2 else "en"
    rng = random.Random(f"{feed}/{item}")
    paragraphs = corpus.paragraphs(rng, lang, 8)
    body = "".join(f"<p>{escape(p)}</p>" for p in paragraphs)
    menu = "".join(f'<li><a href="/s/{i}">Section {i}</a></li>' for i in range(12))
    return (
        f'<!doctype html><html lang="{lang}"><head><meta charset="utf-8">'
        f"<title>Story {feed}-{item} | Feed {feed}</title></head><body>"
        f"<header><nav><ul>{menu}</ul></nav></header><main><article>"
        f"<h1>Story {feed}-{item}</h1>{body}</article></main>"
        f"<footer><p>© Feed {feed}. All rights reserved.</p></footer></body></html>"
    ).encode()


# The server, in its own process so that its work does not share our interpreter.


def _serve(directory: str, ready: multiprocessing.Queue, stop: multiprocessing.Event) -> None:
    sys.path.insert(0, str(ROOT))
    from urllib.parse import urlsplit

    from tests.http_server import Reply, TestServer

    corpus = Corpus()
    validators: dict[str, tuple[str, str]] = {}
    stamp = formatdate(1770000000, usegmt=True)

    def handler(request) -> Reply:
        path = urlsplit(request.path).path
        if path.startswith("/p/"):
            feed, item = path[3:].removesuffix(".html").split("/")
            body = page_document(corpus, int(feed), int(item))
            return Reply(200, {"Content-Type": "text/html; charset=utf-8"}, body)
        file = Path(directory) / path.lstrip("/")
        if not path.startswith("/feeds/") or not file.is_file():
            return Reply(404, {}, b"not found")
        if path not in validators:
            digest = hashlib.md5(file.read_bytes()).hexdigest()
            validators[path] = (f'"{digest}"', stamp)
        etag, modified = validators[path]
        headers = {"ETag": etag, "Last-Modified": modified, "Content-Type": "application/rss+xml"}
        if request.headers.get("if-none-match") == etag or (
            "if-none-match" not in request.headers
            and request.headers.get("if-modified-since") == modified
        ):
            return Reply(304, headers, b"")
        return Reply(200, headers, file.read_bytes())

    with TestServer() as server:
        server.record = False
        server.fallback = handler
        ready.put(server.port)
        stop.wait()


class Server:
    def __init__(self, directory: Path) -> None:
        context = multiprocessing.get_context("spawn")
        self.ready, self.stop = context.Queue(), context.Event()
        self.process = context.Process(target=_serve, args=(str(directory), self.ready, self.stop))

    def __enter__(self) -> str:
        self.process.start()
        return f"http://127.0.0.1:{self.ready.get(timeout=60)}"

    def __exit__(self, *exc_info) -> None:
        self.stop.set()
        self.process.join(10)


# The contenders.


def _timed(command: list[str], **kwargs) -> float:
    started = time.perf_counter()
    result = subprocess.run(command, capture_output=True, text=True, **kwargs)
    elapsed = time.perf_counter() - started
    if result.returncode != 0:
        raise RuntimeError(f"{command[0]} failed: {result.stderr[-500:]}")
    return elapsed


class Reader:
    """`reader fetch` on an archive subscribed to the feeds."""

    def __init__(self, work: Path, urls: list[str], name: str) -> None:
        self.db = work / f"{name}.db"
        self.urls = urls

    def reset(self) -> None:
        for suffix in ("", "-wal", "-shm"):
            Path(f"{self.db}{suffix}").unlink(missing_ok=True)
        sys.path.insert(0, str(ROOT))
        from reader.core.store import Store

        with Store(self.db) as store, store.transaction():
            for url in self.urls:
                store.add_feed(url)

    def fetch(self, *options: str) -> tuple[float, float]:
        """Wall time of `reader fetch --all --no-analysis OPTIONS`, and of its refresh alone."""
        arguments = ["reader", "--db", str(self.db), "fetch", "--all", "--no-analysis", *options]
        code = (
            "import sys, time\n"
            "import reader.core.feeds.refresh as refresh\n"
            "from reader.cli import main\n"
            "plain = refresh.refresh_feeds\n"
            "def timed(*args, **kwargs):\n"
            "    started = time.perf_counter()\n"
            "    summary = plain(*args, **kwargs)\n"
            "    print('TIMED', time.perf_counter() - started, summary.errors, file=sys.stderr)\n"
            "    return summary\n"
            "refresh.refresh_feeds = timed\n"
            f"sys.argv = {arguments!r}\n"
            "main()\n"
        )
        started = time.perf_counter()
        result = subprocess.run([PYTHON, "-c", code], capture_output=True, text=True, cwd=ROOT)
        wall = time.perf_counter() - started
        if result.returncode != 0 or "TIMED" not in result.stderr:
            raise RuntimeError(f"reader fetch failed: {result.stderr[-800:]}")
        inner, errors = result.stderr.split("TIMED")[-1].split()[:2]
        if int(errors):
            raise RuntimeError(f"reader fetch: {errors} feeds failed: {result.stdout[-800:]}")
        return wall, float(inner)

    def count(self) -> tuple[int, int]:
        """Articles stored, and articles the full-text index finds."""
        from reader.core.store import Store

        with Store(self.db) as store:
            stored = store.conn.execute("SELECT count(*) FROM articles").fetchone()[0]
            indexed = store.conn.execute(
                "SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'budget OR budget'"
            ).fetchone()[0]
        return stored, indexed


class Newsboat:
    """`newsboat -x reload` with its own cache and configuration."""

    def __init__(self, work: Path, urls: list[str], threads: int) -> None:
        self.home = work / f"newsboat-{threads}"
        self.home.mkdir(exist_ok=True)
        (self.home / "urls").write_text("\n".join(urls) + "\n")
        (self.home / "config").write_text(
            f"reload-threads {threads}\ndownload-timeout 60\nshow-read-feeds yes\n"
        )
        self.cache = self.home / "cache.db"

    def reset(self) -> None:
        for suffix in ("", ".lock", "-journal", "-wal", "-shm"):
            Path(f"{self.cache}{suffix}").unlink(missing_ok=True)

    def fetch(self) -> float:
        return _timed(
            [
                "newsboat",
                "-x",
                "reload",
                "-u",
                str(self.home / "urls"),
                "-c",
                str(self.cache),
                "-C",
                str(self.home / "config"),
            ],
            env={**os.environ, "HOME": str(self.home), "XDG_CONFIG_HOME": str(self.home)},
        )

    def count(self) -> int:
        import sqlite3

        with sqlite3.connect(self.cache) as conn:
            return conn.execute("SELECT count(*) FROM rss_item").fetchone()[0]


def _generate(directory: Path, base: str, count: int) -> None:
    corpus = Corpus()
    feeds = directory / "feeds"
    feeds.mkdir(parents=True, exist_ok=True)
    for index in range(count):
        path = feeds / f"{index}.xml"
        if not path.exists():
            path.write_bytes(feed_document(corpus, base, index))


def _median(values: list[float]) -> float:
    return statistics.median(values) if values else float("nan")


def _fmt(values: list[float]) -> str:
    return f"{_median(values):6.2f} s" if values else "     –  "


def run(feeds: int, repeat: int, full: int, newsboat: bool) -> dict[str, list[float]]:
    """Cold and warm for `feeds` feeds (and full for `full` of them), alternating contenders."""
    times: dict[str, list[float]] = {}
    with tempfile.TemporaryDirectory(prefix="reader-bench-") as tmp:
        work = Path(tmp)
        # Generate after the server starts: the links carry its port.
        with Server(work) as base:
            started = time.perf_counter()
            _generate(work, base, feeds)
            size = sum(p.stat().st_size for p in (work / "feeds").iterdir()) / feeds / 1024
            print(
                f"{feeds} feeds × {ITEMS} items, {size:.0f} kB a feed "
                f"(generated in {time.perf_counter() - started:.1f} s)",
                flush=True,
            )
            urls = [f"{base}/feeds/{i}.xml" for i in range(feeds)]
            ours = Reader(work, urls, "reader")
            boats = [Newsboat(work, urls, t) for t in (4, 1)] if newsboat else []
            for round_ in range(repeat):
                ours.reset()
                wall, inner = ours.fetch("--no-full")
                times.setdefault("reader cold", []).append(wall)
                times.setdefault("reader cold (in-process)", []).append(inner)
                stored, indexed = ours.count()
                if round_ == 0:
                    print(
                        f"  reader stored {stored} articles, {indexed} found by a search",
                        flush=True,
                    )
                wall, inner = ours.fetch("--no-full")
                times.setdefault("reader warm", []).append(wall)
                times.setdefault("reader warm (in-process)", []).append(inner)
                for boat in boats:
                    threads = boat.home.name.split("-")[1]
                    boat.reset()
                    times.setdefault(f"newsboat {threads} cold", []).append(boat.fetch())
                    if round_ == 0:
                        print(f"  newsboat ({threads}) stored {boat.count()} items", flush=True)
                    times.setdefault(f"newsboat {threads} warm", []).append(boat.fetch())
                print(
                    f"  round {round_ + 1}: "
                    + ", ".join(f"{k} {v[-1]:.2f}" for k, v in times.items()),
                    flush=True,
                )
            if full:
                ours = Reader(work, urls[:full], "full")
                ours.reset()
                wall, inner = ours.fetch()
                stored, _ = ours.count()
                times["reader full"] = [wall]
                times["reader full (in-process)"] = [inner]
                print(
                    f"  full refresh of {full} feeds: {stored} pages fetched and extracted in "
                    f"{wall:.1f} s ({stored / inner:.0f} pages/s)",
                    flush=True,
                )
    return times


def report(feeds: int, times: dict[str, list[float]]) -> None:
    print(f"\n{feeds} feeds, medians:")
    for name, values in times.items():
        print(f"  {name:<28} {_fmt(values)}   (n={len(values)})")
    for phase in ("cold", "warm"):
        ours = _median(times.get(f"reader {phase}", []))
        for threads in (4, 1):
            theirs = times.get(f"newsboat {threads} {phase}")
            if theirs:
                print(
                    f"  {phase}: newsboat ({threads} thread{'s' if threads > 1 else ''}) / reader "
                    f"= {_median(theirs) / ours:.2f}×"
                )


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--feeds", type=int, default=200)
    parser.add_argument("--big", type=int, default=1000, help="second run's feed count (0: none)")
    parser.add_argument("--full", type=int, default=20, help="feeds refreshed with full text")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv if argv is not None else [])
    newsboat = shutil.which("newsboat") is not None
    if not newsboat:
        print(
            "newsboat is not installed: measuring reader alone. To compare, install it "
            "(Debian: apt-get install newsboat) and run again."
        )
    times = run(args.feeds, args.repeat, args.full, newsboat)
    report(args.feeds, times)
    if args.big:
        big = run(args.big, 1, 0, newsboat)
        report(args.big, big)


if __name__ == "__main__":
    main(sys.argv[1:])
