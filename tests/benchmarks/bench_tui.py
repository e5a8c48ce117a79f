"""The app on archives of 1,000 and 100,000 articles, beside a minimal Textual app.

For each archive, in a fresh subprocess per measurement (repeated, medians reported):
- first paint: from starting the process to the library drawn (sidebar with counts, list);
- open: from asking for a 5,000-word article with 500 marks to its first line drawn, and
  to the app idle again (beside a bare Textual screen switch, the framework's floor);
- first search results: from opening search with a query to its results ready, and drawn;
- peak memory (maxrss) of the first-paint process after jumping to the end of the list.
The baseline is a minimal Textual app showing 500 rows in a DataTable, measured in the same
run the same way. Targets at 100,000 articles: first paint within 1.3x the baseline, open
and first results under 100 ms, memory under 150 MB.

Archives are written directly in SQL with the store's schema and stems (one transaction) and
cached in the temporary directory (`READER_BENCH_DIR` to choose another place).
"""

from __future__ import annotations

import json
import os
import random
import statistics
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from reader.core.store import Store, to_iso
from tests.benchmarks.cache import cached_archive

SIZES = (1_000, 100_000)
REPEAT = int(os.environ.get("READER_BENCH_REPEAT", 3))
BIG_WORDS = 5_000
BIG_MARKS = 500
QUERIES = ("garanties", "ceasefire tag:energy", '"security guarantees"', "négociations lang:fr")

SYLLABLES = [
    "ka",
    "lo",
    "mi",
    "ne",
    "tra",
    "sel",
    "vo",
    "ri",
    "den",
    "pa",
    "sto",
    "mu",
    "gre",
    "fi",
    "ta",
    "bo",
    "lu",
    "ser",
    "an",
    "ex",
    "qui",
    "dor",
]
TOPICS = [
    *[
        "ceasefire",
        "security",
        "guarantees",
        "energy",
        "prisoners",
        "delegation",
        "summit",
        "minister",
    ],
    *[
        "negotiations",
        "pipeline",
        "sanctions",
        "inflation",
        "budget",
        "parliament",
        "election",
        "border",
    ],
    *[
        "négociations",
        "sécurité",
        "garanties",
        "énergie",
        "prisonniers",
        "délégation",
        "sommet",
        "ministre",
    ],
    *["parlement", "élection", "frontière", "accord", "cessez-le-feu", "réfugiés", "récolte"],
]
"""Words of the news planted in the synthetic text, each in a few percent of the articles
(the rest is drawn from a Zipf-distributed vocabulary of made-up words)."""
NAMES = ["Volodymyr Zelensky", "Emmanuel Macron", "Kyiv", "Genève", "OTAN", "Banque mondiale"]


def _vocabulary(rng: random.Random, size: int = 5_000) -> tuple[list[str], list[float]]:
    words: dict[str, None] = {}
    while len(words) < size:
        words["".join(rng.choice(SYLLABLES) for _ in range(rng.randint(1, 4)))] = None
    vocabulary = list(words)
    cumulative, total = [], 0.0
    for rank in range(1, size + 1):
        total += 1 / rank
        cumulative.append(total)
    return vocabulary, cumulative


def _paragraph(rng: random.Random, vocabulary, cumulative, words: int) -> str:
    chosen = rng.choices(vocabulary, cum_weights=cumulative, k=words)
    if rng.random() < 0.5:
        chosen[rng.randrange(words)] = rng.choice(TOPICS)
    return " ".join(chosen).capitalize() + "."


def build(path: Path, count: int) -> None:
    """`count` short articles over 20 feeds and 8 tags, plus one long article with marks."""
    rng = random.Random(count)
    vocabulary, cumulative = _vocabulary(rng)
    store = Store(path)
    conn = store.conn
    now = datetime(2026, 2, 5, tzinfo=UTC)
    conn.execute("PRAGMA journal_mode = OFF")
    conn.execute("BEGIN")
    for feed in range(1, 21):
        conn.execute(
            "INSERT INTO feeds (id, url, title, added) VALUES (?, ?, ?, ?)",
            (feed, f"https://feeds.example/{feed}.xml", f"Desk {feed}", to_iso(now)),
        )
    for tag, name in enumerate(
        ["ukraine", "energy", "europe", "economy", "iran", "sahel", "asia", "trade"], 1
    ):
        conn.execute("INSERT INTO tags (id, name) VALUES (?, ?)", (tag, name))
    articles, blocks, tags = [], [], []
    for article_id in range(1, count + 1):
        lang = "fr" if article_id % 3 == 0 else "en"
        title = _paragraph(rng, vocabulary, cumulative, 8)[:-1]
        texts = [_paragraph(rng, vocabulary, cumulative, 25) for _ in range(3)]
        published = to_iso(now - timedelta(minutes=7 * article_id))
        articles.append(
            (
                article_id,
                1 + article_id % 20,
                f"https://news.example/{article_id}",
                title,
                published,
                published,
                lang,
                int(article_id % 4 != 0),
                int(article_id % 50 == 0),
                75,
            )
        )
        blocks.extend((article_id, i, "paragraph", text) for i, text in enumerate(texts))
        tags.append((article_id, 1 + article_id % 8))
    conn.executemany(
        "INSERT INTO articles (id, feed_id, url, title, published, fetched, language, is_read, "
        "is_starred, word_count) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        articles,
    )
    conn.executemany(
        "INSERT INTO blocks (article_id, position, kind, text) VALUES (?, ?, ?, ?)", blocks
    )
    conn.execute("INSERT INTO articles_fts (articles_fts) VALUES ('rebuild')")
    conn.executemany("INSERT INTO article_tags (article_id, tag_id) VALUES (?, ?)", tags)
    conn.execute("COMMIT")
    conn.execute("PRAGMA journal_mode = WAL")
    _add_big_article(store, rng, now, vocabulary, cumulative)
    conn.execute("ANALYZE")
    store.close()


def _add_big_article(
    store: Store, rng: random.Random, now: datetime, vocabulary, cumulative
) -> int:
    """A 5,000-word article in 100 blocks (headings every 10) with 500 marks."""
    from reader.core.models import Article, Block, Mark

    blocks, marks_left = [], BIG_MARKS
    for index in range(100):
        if index % 10 == 0:
            heading = _paragraph(rng, vocabulary, cumulative, 5)
            blocks.append(Block("heading", f"Section {index // 10 + 1}: {heading}", 2))
            continue
        words = _paragraph(rng, vocabulary, cumulative, 55)[:-1].split()
        text, marks = "", []
        for position, word in enumerate(words):
            if position % 10 == 3 and marks_left > 0:
                name = rng.choice(NAMES)
                start = len(text)
                text += name + " "
                marks.append(
                    Mark(start, start + len(name), "person" if " " in name else "place", name)
                )
                marks_left -= 1
            else:
                text += word + " "
        blocks.append(Block("paragraph", text.strip(), None, tuple(marks)))
    result = store.save_article(
        Article(
            None,
            "The long read: " + _paragraph(rng, vocabulary, cumulative, 6),
            url="https://news.example/long",
            site="Long Reads",
            published=now + timedelta(days=1),
            language="en",
            blocks=tuple(blocks),
        ),
        tags=("ukraine",),
    )
    return result.article_id


def archive(count: int) -> Path:
    """The cached archive of `count` articles, built when missing."""
    return cached_archive("tui", count, lambda path: build(path, count))


# What each subprocess runs: it prints one JSON line of figures.

CHILD = r"""
import json, resource, sys, time
STARTED = float(sys.argv[3])
mode, db = sys.argv[1], sys.argv[2]

def rss_mb():
    # Linux keeps ru_maxrss across exec (it would report the parent's peak): read this
    # process's own high-water mark when /proc has it.
    try:
        for line in open("/proc/self/status"):
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

if mode == "baseline":
    from textual.app import App
    from textual.widgets import DataTable, Footer

    class Minimal(App):
        def compose(self):
            yield DataTable()
            yield Footer()
        def on_mount(self):
            table = self.query_one(DataTable)
            table.add_columns("Title", "Source", "Date")
            table.add_rows((f"Article number {i}", f"Desk {i % 20}", "5 Feb") for i in range(500))

    app = Minimal()
    async def pilot(p):
        await p.pause()
        painted = time.time() - STARTED
        await p.press("end")
        await p.pause()
        app.exit({"paint": painted, "rss": rss_mb()})
    print(json.dumps(app.run(headless=True, size=(120, 40), auto_pilot=pilot)))
    sys.exit()

import asyncio
from reader.tui.app import ReaderApp
from reader.tui.widgets.article_view import ArticleView
from textual.screen import Screen
from textual.widgets import Footer, Static

drawn = []
render_line = ArticleView.render_line
def traced(self, y):
    if not drawn:
        drawn.append(time.perf_counter())
    return render_line(self, y)
ArticleView.render_line = traced

class Bare(Screen):
    # The floor: static text with a footer, switched to the same way.
    def compose(self):
        yield Static("words " * 2000)
        yield Footer()

app = ReaderApp(db, cursor_blink=False)

async def until(condition):
    while not condition():
        await asyncio.sleep(0.0005)

async def pilot(p):
    await p.pause()
    figures = {"paint": time.time() - STARTED}
    if mode == "paint":
        started = time.perf_counter()
        await p.press("G")
        await p.pause()
        figures["end_of_list"] = time.perf_counter() - started
        figures["rss"] = rss_mb()
    elif mode == "open":
        article_id = app.store.conn.execute("SELECT max(id) FROM articles").fetchone()[0]
        app.install_screen(Bare(), "bare")
        shown, idle, floor = [], [], []
        for _ in range(5):
            drawn.clear()
            started = time.perf_counter()
            app.open_article(article_id)
            await until(lambda: drawn)
            shown.append(drawn[0] - started)
            await p.pause()
            idle.append(time.perf_counter() - started)
            app.pop_screen()
            await p.pause()
            started = time.perf_counter()
            app.push_screen("bare")
            await p.pause()
            floor.append(time.perf_counter() - started)
            app.pop_screen()
            await p.pause()
        figures["open"] = sorted(shown)[2]
        figures["open_idle"] = sorted(idle)[2]
        figures["switch_floor"] = sorted(floor)[2]
    elif mode == "search":
        from reader.tui.screens.search import SearchScreen
        ready, idle = [], []
        for query in json.loads(sys.argv[4]):
            started = time.perf_counter()
            await app.push_screen(SearchScreen(query))
            screen = app.screen
            await until(lambda: screen.results is not None)
            ready.append(time.perf_counter() - started)
            await p.pause()
            idle.append(time.perf_counter() - started)
            app.pop_screen()
            await p.pause()
        figures["search"] = sorted(ready)[len(ready) // 2]
        figures["search_max"] = max(ready)
        figures["search_idle"] = sorted(idle)[len(idle) // 2]
    app.exit(figures)

print(json.dumps(app.run(headless=True, size=(120, 40), auto_pilot=pilot)))
"""


def child(mode: str, db: Path | None = None) -> dict:
    """Run one measurement in a fresh interpreter."""
    command = [
        sys.executable,
        "-c",
        CHILD,
        mode,
        str(db or ""),
        repr(time.time()),
        json.dumps(QUERIES),
    ]
    output = subprocess.run(
        command, capture_output=True, text=True, check=True, cwd=Path(__file__).parents[2]
    )
    return json.loads(output.stdout.strip().splitlines()[-1])


def medians(mode: str, db: Path | None = None) -> dict[str, float]:
    runs = [child(mode, db) for _ in range(REPEAT)]
    return {key: statistics.median(run[key] for run in runs) for key in runs[0]}


def interleaved_paint(paths: dict[int, Path]) -> dict[str, dict[str, float]]:
    """First paint of the baseline and of each archive, taken in turn so that a change in the
    machine's load affects them alike."""
    runs: dict[str, list[dict]] = {"baseline": [], **{str(count): [] for count in paths}}
    for _ in range(REPEAT):
        runs["baseline"].append(child("baseline"))
        for count, path in paths.items():
            runs[str(count)].append(child("paint", path))
    return {
        name: {key: statistics.median(run[key] for run in results) for key in results[0]}
        for name, results in runs.items()
    }


def main() -> None:
    paths = {count: archive(count) for count in SIZES}
    painted = interleaved_paint(paths)
    baseline = painted["baseline"]
    print(
        f"baseline (Textual DataTable, 500 rows): first paint {baseline['paint'] * 1000:.0f} ms, "
        f"peak memory {baseline['rss']:.0f} MB"
    )
    for count, path in paths.items():
        paint = painted[str(count)]
        opened = medians("open", path)
        searched = medians("search", path)
        ratio = paint["paint"] / baseline["paint"]
        print(f"\n{count:,} articles")
        print(
            f"  first paint        {paint['paint'] * 1000:6.0f} ms  "
            f"({ratio:.2f}x baseline; target <= 1.3x)"
        )
        print(f"  end of list (G)    {paint['end_of_list'] * 1000:6.0f} ms")
        print(
            f"  open long article  {opened['open'] * 1000:6.0f} ms to drawn, "
            f"{opened['open_idle'] * 1000:.0f} ms to idle (target < 100 ms; a bare Textual "
            f"screen switch to idle: {opened['switch_floor'] * 1000:.0f} ms)"
        )
        slowest = searched["search_max"] * 1000
        print(
            f"  first results      {searched['search'] * 1000:6.0f} ms  (slowest of "
            f"{len(QUERIES)} queries {slowest:.0f} ms, drawn and idle "
            f"{searched['search_idle'] * 1000:.0f} ms; target < 100 ms)"
        )
        print(
            f"  peak memory        {paint['rss']:6.0f} MB  "
            f"({paint['rss'] / baseline['rss']:.2f}x baseline; target < 150 MB)"
        )


if __name__ == "__main__":
    main()
