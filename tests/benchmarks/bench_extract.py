"""Extraction quality and speed on the development pages (`../shared/extraction-dev`).

For each page: bag-of-words precision, recall and F1 of the extracted text against the
expected text (tokens: `\\w+` over lower-cased NFKC text), and the share of the expected
headings that come out as headings. Four variants, measured in the same run:

- readability: readability-lxml alone;
- trafilatura: trafilatura alone (XML output);
- fallback: readability, then trafilatura when readability gives under 150 words;
- pipeline: `reader.core.extract.extract_html`.

`python -m tests.benchmarks.bench_extract --pages` also prints each page's F1 per variant.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import statistics
import sys
import time
import unicodedata
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from reader.core.extract import ExtractionError, extract_html
from reader.core.extract.blocks import blocks_with_links
from reader.core.extract.clean import clean_markup, decode_html, parse
from reader.core.extract.engines import readability_article, trafilatura_article
from reader.core.models import Block

DEV_SET = Path(
    os.environ.get(
        "READER_EXTRACTION_DEV",
        Path(__file__).resolve().parents[3] / "shared" / "extraction-dev" / "mozilla-readability",
    )
)
_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class Page:
    name: str
    html: bytes
    expected: str
    headings: tuple[str, ...]


@dataclass(frozen=True)
class Score:
    precision: float
    recall: float
    f1: float
    headings_kept: int
    headings_total: int
    seconds: float


def tokens(text: str) -> list[str]:
    return _WORD.findall(unicodedata.normalize("NFKC", text).lower())


def word_scores(predicted: str, expected: str) -> tuple[float, float, float]:
    """Bag-of-words precision, recall and F1 of `predicted` against `expected`."""
    got, want = Counter(tokens(predicted)), Counter(tokens(expected))
    overlap = sum((got & want).values())
    if not overlap:
        return 0.0, 0.0, 0.0
    precision = overlap / sum(got.values())
    recall = overlap / sum(want.values())
    return precision, recall, 2 * precision * recall / (precision + recall)


def headings_kept(blocks: list[Block], expected: tuple[str, ...]) -> int:
    """How many expected headings appear, word for word, as heading blocks."""
    found = Counter(" ".join(tokens(b.text)) for b in blocks if b.kind == "heading")
    kept = 0
    for heading in expected:
        key = " ".join(tokens(heading))
        if found[key] > 0:
            found[key] -= 1
            kept += 1
    return kept


def load_pages() -> list[Page]:
    pages = []
    for folder in sorted(DEV_SET.iterdir()):
        if not (folder / "source.html").exists():
            continue
        headings_file = folder / "headings.json"
        headings = json.loads(headings_file.read_text()) if headings_file.exists() else []
        pages.append(
            Page(
                name=folder.name,
                html=(folder / "source.html").read_bytes(),
                expected=(folder / "expected.txt").read_text(encoding="utf-8"),
                headings=tuple(headings),
            )
        )
    return pages


def _readability(data: bytes) -> list[Block]:
    root = parse(clean_markup(decode_html(data)))
    return [block for block, _ in blocks_with_links(readability_article(root))]


def _trafilatura(data: bytes) -> list[Block]:
    root = parse(clean_markup(decode_html(data)))
    article = trafilatura_article(root)
    return [] if article is None else [block for block, _ in blocks_with_links(article)]


def _fallback(data: bytes) -> list[Block]:
    root = parse(clean_markup(decode_html(data)))
    blocks = [block for block, _ in blocks_with_links(readability_article(root))]
    words = sum(len(block.text.split()) for block in blocks)
    if words < 150:
        article = trafilatura_article(root)
        if article is not None:
            other = [block for block, _ in blocks_with_links(article)]
            if sum(len(block.text.split()) for block in other) > words:
                blocks = other
    return blocks


def _pipeline(data: bytes) -> list[Block]:
    try:
        return list(extract_html(data).blocks)
    except ExtractionError:
        return []


VARIANTS: dict[str, Callable[[bytes], list[Block]]] = {
    "readability": _readability,
    "trafilatura": _trafilatura,
    "fallback": _fallback,
    "pipeline": _pipeline,
}


def score(variant: Callable[[bytes], list[Block]], page: Page) -> Score:
    started = time.perf_counter()
    blocks = variant(page.html)
    seconds = time.perf_counter() - started
    text = "\n".join(block.text for block in blocks)
    precision, recall, f1 = word_scores(text, page.expected)
    return Score(
        precision,
        recall,
        f1,
        headings_kept(blocks, page.headings),
        len(page.headings),
        seconds,
    )


def _half(name: str) -> int:
    """A fixed split of the pages in two halves, to see whether a rule only helps one."""
    return hashlib.sha1(name.encode()).digest()[0] % 2


def run(pages: list[Page]) -> dict[str, dict[str, Score]]:
    # Warm up imports and caches so the first page's time is not an outlier.
    for variant in VARIANTS.values():
        variant(pages[0].html)
    return {
        name: {page.name: score(variant, page) for page in pages}
        for name, variant in VARIANTS.items()
    }


def summary(results: dict[str, dict[str, Score]]) -> None:
    baseline_rate = None
    print(
        f"{'variant':<12} {'P':>6} {'R':>6} {'F1':>6} {'F1 A/B':>13} {'headings':>9} "
        f"{'pages/s':>8} {'ms/page':>8} {'speed':>6}"
    )
    for name, scores in results.items():
        values = list(scores.values())
        halves = [
            statistics.mean(s.f1 for page, s in scores.items() if _half(page) == half)
            for half in (0, 1)
        ]
        kept = sum(s.headings_kept for s in values)
        total = sum(s.headings_total for s in values)
        rate = len(values) / sum(s.seconds for s in values)
        baseline_rate = baseline_rate or rate
        print(
            f"{name:<12} {statistics.mean(s.precision for s in values):6.3f} "
            f"{statistics.mean(s.recall for s in values):6.3f} "
            f"{statistics.mean(s.f1 for s in values):6.3f} "
            f"{halves[0]:6.3f}/{halves[1]:.3f} "
            f"{kept / max(total, 1):9.3f} {rate:8.1f} "
            f"{statistics.median(s.seconds for s in values) * 1000:8.1f} "
            f"{rate / baseline_rate:5.2f}x"
        )
    pages = len(next(iter(results.values())))
    print(
        f"({pages} pages; F1 is the mean over pages, A/B the two fixed halves; headings: "
        f"share of {total} expected headings kept as headings; speed relative to readability)"
    )


def per_page(results: dict[str, dict[str, Score]]) -> None:
    names = list(results)
    print(f"{'page':<40}" + "".join(f"{name[:11]:>12}" for name in names) + "   headings")
    for page in next(iter(results.values())):
        row = [results[name][page] for name in names]
        heads = "/".join(f"{s.headings_kept}" for s in row) + f" of {row[0].headings_total}"
        print(f"{page:<40}" + "".join(f"{s.f1:12.3f}" for s in row) + f"   {heads}")


def main() -> None:
    if not DEV_SET.is_dir():
        print(f"extraction development set not found at {DEV_SET}; set READER_EXTRACTION_DEV")
        return
    results = run(load_pages())
    if "--pages" in sys.argv:
        per_page(results)
    summary(results)


if __name__ == "__main__":
    main()
