"""Analysis throughput: articles per second on 1,000 articles of about 600 words.

Prints the models' load time on its own, the single-process rate (the baseline) and the rate
with one worker process per core, and the cost of analysis in a 100-article `reader import`
(import with analysis against the same import with `--no-analysis`, both on fresh archives),
of generated .html and .txt files and of 100 real web pages (from ../shared, when present).
"""

from __future__ import annotations

import html
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from reader.core.models import Article, Block
from tests.benchmarks.bench_entities_eval import load_eval_set
from tests.benchmarks.bench_extract import DEV_SET as SHARED_PAGES

ARTICLES = 1_000
WORDS = 600


def corpus(count: int = ARTICLES) -> list[tuple[str, str, list[str]]]:
    """`count` articles of about 600 words: (language, title, block texts), all different."""
    texts = load_eval_set()
    by_language = {lang: [t for t in texts if t.language == lang] for lang in ("fr", "en")}
    articles = []
    for i in range(count):
        language = "fr" if i % 2 else "en"
        pool = by_language[language]
        blocks = [f"Dépêche {i}." if language == "fr" else f"Dispatch {i}."]
        k = i
        while sum(len(b.split()) for b in blocks) < WORDS - 120:
            blocks.extend(pool[k % len(pool)].blocks)
            k += 3
        articles.append((language, f"{pool[i % len(pool)].blocks[0]} ({i})", blocks))
    return articles


def fill(db: Path, articles, *, with_language: bool = True) -> None:
    from reader.core.store import Store

    with Store(db) as store:
        for i, (language, title, blocks) in enumerate(articles):
            store.save_article(
                Article(
                    None,
                    title,
                    url=f"https://bench.test/{i}",
                    language=language if with_language else None,
                    blocks=tuple(Block("paragraph", b) for b in blocks),
                )
            )


_RATE = """
import resource, sys, time
from reader.core.analysis import analyse_pending
from reader.core.analysis.workers import shared_workers
started = time.perf_counter()
count = analyse_pending(sys.argv[1], workers=int(sys.argv[2]))
seconds = time.perf_counter() - started
shared_workers().close()
cpu = sum(
    u.ru_utime + u.ru_stime
    for u in map(resource.getrusage, (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN))
)
print(seconds, cpu, count)
"""


def rate(db: Path, workers: int) -> tuple[float, float, int]:
    """Wall seconds, CPU seconds (all processes) and articles analysed, in a fresh process.

    Model loads and worker starts are included: that is what `reader reanalyze` pays.
    """
    out = subprocess.run(
        [sys.executable, "-c", _RATE, str(db), str(workers)],
        capture_output=True,
        text=True,
        check=True,
    )
    seconds, cpu, count = out.stdout.split()
    return float(seconds), float(cpu), int(count)


def load_times() -> dict[str, float]:
    """Seconds to import spaCy and load each NER-only model, in a fresh process."""
    code = (
        "import time; t = time.perf_counter(); import spacy; print(time.perf_counter() - t)\n"
        "from reader.core.analysis.entities import load_model\n"
        "for lang in ('fr', 'en'):\n"
        "    t = time.perf_counter(); load_model(lang); print(time.perf_counter() - t)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    spacy, fr, en = (float(x) for x in out.stdout.split())
    return {"import spacy": spacy, "fr": fr, "en": en}


def write_files(directory: Path, articles, suffix: str) -> Path:
    """The articles as .txt files or as web pages with navigation around the story."""
    folder = directory / f"generated .{suffix} files"
    folder.mkdir()
    for i, (language, title, blocks) in enumerate(articles):
        if suffix == "txt":
            text = f"{title}\n\n" + "\n\n".join(blocks) + "\n"
        else:
            paragraphs = "".join(f"<p>{html.escape(b)}</p>" for b in blocks)
            text = (
                f'<html lang="{language}"><head><title>{html.escape(title)} | Site</title>'
                "</head><body><nav><a href='/'>Home</a> <a href='/world'>World</a></nav>"
                f"<article><h1>{html.escape(title)}</h1>{paragraphs}</article>"
                "<footer>© Site. All rights reserved.</footer></body></html>"
            )
        (folder / f"a{i:03}.{suffix}").write_text(text, encoding="utf-8")
    return folder


def real_pages(directory: Path) -> Path | None:
    """100 saved news and blog pages from the shared extraction set, as .html files."""
    if not SHARED_PAGES.is_dir():
        return None
    folder = directory / "real web pages"
    folder.mkdir()
    for case in sorted(SHARED_PAGES.iterdir())[:100]:
        (folder / f"{case.name}.html").write_bytes((case / "source.html").read_bytes())
    return folder


def import_files(folder: Path, *extra: str) -> float:
    """Seconds for `reader import` of a folder into a fresh archive.

    Exit status 1 (some files refused, as a few real pages are: not an article) is fine.
    """
    db = Path(tempfile.mkdtemp(dir=folder.parent)) / "import.db"
    started = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "-m", "reader", "--db", str(db), "import", str(folder), *extra],
        capture_output=True,
        text=True,
    )
    elapsed = time.perf_counter() - started
    if result.returncode not in (0, 1):
        raise RuntimeError(f"reader import failed: {result.stderr[-500:]}")
    return elapsed


def main() -> None:
    articles = corpus()
    words = sum(len(" ".join(b).split()) for _, _, b in articles) / len(articles)
    print(f"corpus: {len(articles)} articles, {words:.0f} words each on average, half French")
    print(f"machine: {os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f} at start")
    for name, seconds in load_times().items():
        print(f"load {name}: {seconds:.2f} s")
    cores = min(os.cpu_count() or 1, 4)
    with tempfile.TemporaryDirectory() as tmp:
        tmp_path = Path(tmp)
        single, pooled, cpu_per_article = [], [], []
        for run in range(2):
            db = tmp_path / f"one-{run}.db"
            fill(db, articles[:200])
            seconds, cpu, count = rate(db, workers=0)
            single.append(count / seconds)
            db = tmp_path / f"pool-{run}.db"
            fill(db, articles)
            seconds, cpu, count = rate(db, workers=cores)
            pooled.append(count / seconds)
            cpu_per_article.append(cpu / count)
        base, best = statistics.median(single), statistics.median(pooled)
        per_core = 1 / statistics.median(cpu_per_article)
        print(f"1 process (200 articles, model load included): {base:.1f} articles/s (baseline)")
        print(
            f"{cores} worker processes ({len(articles)} articles, start and model loads "
            f"included): {best:.1f} articles/s, {best / base:.2f}x the baseline"
        )
        print(
            f"CPU time: {per_core:.1f} articles per CPU-second, so {per_core * cores:.1f} "
            f"articles/s on {cores} cores nobody else is using"
        )
        print(f"load average now {os.getloadavg()[0]:.1f}")
        folders = [write_files(tmp_path, articles[:100], suffix) for suffix in ("html", "txt")]
        pages = real_pages(tmp_path)
        if pages is None:
            print(f"({SHARED_PAGES} is missing: no import of real web pages)")
        for folder in folders + ([pages] if pages else []):
            without = statistics.median(import_files(folder, "--no-analysis") for _ in range(3))
            with_analysis = statistics.median(import_files(folder) for _ in range(3))
            print(
                f"reader import of 100 {folder.name}: {without:.2f} s without analysis "
                f"(baseline), {with_analysis:.2f} s with it: {with_analysis / without:.2f}x"
            )


if __name__ == "__main__":
    main()
