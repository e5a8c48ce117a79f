"""Names and figures on real news pages: the labels in tests/data/eval/news/ over the pages'
text in `../shared/extraction-dev` (the article text Readability is expected to extract).

The labels stand apart from the text, which is the publishers': each row gives a block (a
non-blank line of the page's `expected.txt`), character offsets, a kind and the words it
covers, which are checked against the page before it is scored. Held-out pages print scores
only; `--errors` lists the misses and false alarms of the others.
Run: `python -m tests.benchmarks.bench_entities_news [--errors] [PAGE...]`.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from reader.core.models import ENTITY_KINDS, NUMBER_KINDS
from tests.benchmarks.bench_entities_eval import EvalText, GoldSpan, evaluate
from tests.benchmarks.bench_extract import DEV_SET

NEWS_DIR = Path(__file__).resolve().parents[1] / "data" / "eval" / "news"
HELD_OUT = frozenset(
    {
        "bbc-1", "guardian-1", "herald-sun-1", "lemonde-1", "liberation-1", "nytimes-1",
        "schema-org-context-object", "telegraph", "wapo-1", "wapo-2",
    }
)  # fmt: skip
"""Pages whose individual errors are never listed, so that they measure rules unseen."""


def page_blocks(page: Path) -> tuple[list[str], list[str]]:
    """A page's blocks (its non-blank lines) and their kinds, headings from headings.json."""
    lines = [line.strip() for line in (page / "expected.txt").read_text("utf-8").splitlines()]
    blocks = [line for line in lines if line]
    headings_file = page / "headings.json"
    headings = (
        set(json.loads(headings_file.read_text("utf-8"))) if headings_file.exists() else set()
    )
    return blocks, ["heading" if b in headings else "paragraph" for b in blocks]


def load_page(labels: Path, dev_set: Path = DEV_SET) -> EvalText:
    """One labelled page; a ValueError names a row whose words the page no longer has."""
    rows = [line.split("\t") for line in labels.read_text("utf-8").splitlines()]
    language = next(row[1] for row in rows if row[0] == "#lang")
    blocks, kinds = page_blocks(dev_set / labels.stem)
    item = EvalText(labels.stem, language, blocks, kinds)
    for row in rows:
        if row[0].startswith("#"):
            continue
        block, start, end, kind, words = int(row[0]), int(row[1]), int(row[2]), row[3], row[4]
        if block >= len(blocks) or blocks[block][start:end] != words:
            raise ValueError(f"{labels.name}: {words!r} is not at block {block}, {start}-{end}")
        if kind not in ENTITY_KINDS + NUMBER_KINDS:
            raise ValueError(f"{labels.name}: unknown kind {kind!r}")
        item.gold.append(GoldSpan(block, start, end, kind))
    return item


def main(argv: list[str] | None = None) -> None:
    args = sys.argv[1:] if argv is None else argv
    if not DEV_SET.is_dir():
        print(f"extraction development set not found at {DEV_SET}; set READER_EXTRACTION_DEV")
        return
    wanted = {a for a in args if not a.startswith("--")}
    files = [p for p in sorted(NEWS_DIR.glob("*.tsv")) if not wanted or p.stem in wanted]
    items = [load_page(p) for p in files]
    for item in items:
        item.split = "held out" if item.name in HELD_OUT else "read for errors"
    show = "--errors" in args
    table = evaluate([i for i in items if i.name not in HELD_OUT], show_errors=show)
    table |= evaluate([i for i in items if i.name in HELD_OUT])
    for (language, split), row in sorted(table.items()):
        count = sum(1 for i in items if i.language == language and i.split == split)
        print(f"\n{language} news, {split} ({count} pages)")
        print(f"  entities, span         bare {row['bare']}   ours {row['ours']}")
        print(f"  entities, span + kind  bare {row['bare_k']}   ours {row['ours_k']}")
        print(f"  numbers                {row['numbers']}")


if __name__ == "__main__":
    main()
