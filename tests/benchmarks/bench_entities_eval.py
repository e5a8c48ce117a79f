"""Precision, recall and F1 of names and figures on the labelled set in tests/data/eval/.

Prints, per language and per split (dev, test, test2 to test17: tuned on; test18 to
test21: held out), the bare model against our pipeline for entities (exact span; exact span
and kind) and the figures. Run: `python -m tests.benchmarks.bench_entities_eval`
(or `BENCH=entities make bench`);
`--errors` also lists the pipeline's misses and false alarms, except on the held-out splits.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from reader.core.models import ENTITY_KINDS, NUMBER_KINDS

EVAL_DIR = Path(__file__).resolve().parents[1] / "data" / "eval"
HELD_OUT = frozenset({"test18", "test19", "test20", "test21"})
"""The splits whose individual errors are never listed, so that they measure rules unseen."""
_MARKUP = re.compile(r"\[([^\]]+)\]\((\w+)(?:=([^)]*))?\)")


@dataclass(frozen=True)
class GoldSpan:
    block: int
    start: int
    end: int
    kind: str
    value: str | None = None


@dataclass
class EvalText:
    name: str
    language: str
    blocks: list[str] = field(default_factory=list)
    kinds: list[str] = field(default_factory=list)
    gold: list[GoldSpan] = field(default_factory=list)
    split: str | None = None
    """The split, where the name does not give it (the real news pages)."""

    @property
    def half(self) -> str:
        """`dev` (01-05), `test` (06-10), `test2` (11-14), `test3` (15-18), `test4` (19-22),
        `test5` (23-26), `test6` (27-30), `test7` (31-34), `test8` (35-38), `test9` (39-42),
        `test10` (43-46), `test11` (47-50), `test12` (51-54), `test13` (55-58), `test14`
        (59-62), `test15` (63-66), `test16` (67-70), `test17` (71-74), `test18` (75-78),
        `test19` (79-82), `test20` (83-86) or `test21` (87-).

        `test2` to `test17` were each written before a round of tuning, to measure it held
        out, then tuned on once the next one existed; `test18` to `test21` were written the same
        way and are still held out (their individual errors are never read).
        """
        if self.split:
            return self.split
        number = int(self.name.split("-")[1])
        return next(split for last, split in _SPLITS if number <= last)


_SPLITS = (
    (5, "dev"), (10, "test"), (14, "test2"), (18, "test3"), (22, "test4"), (26, "test5"),
    (30, "test6"), (34, "test7"), (38, "test8"), (42, "test9"), (46, "test10"),
    (50, "test11"), (54, "test12"), (58, "test13"), (62, "test14"), (66, "test15"),
    (70, "test16"), (74, "test17"), (78, "test18"), (82, "test19"),
    (86, "test20"), (10**6, "test21"),
)  # fmt: skip
"""Each split's last text number: a new split is a new line, not a new branch."""


def parse_line(line: str) -> tuple[str, list[tuple[int, int, str, str | None]]]:
    """A markup line's plain text and its `(start, end, kind, value)` spans."""
    text, spans, position = [], [], 0
    for match in _MARKUP.finditer(line):
        text.append(line[position : match.start()])
        start = sum(map(len, text))
        text.append(match.group(1))
        spans.append((start, start + len(match.group(1)), match.group(2), match.group(3)))
        position = match.end()
    text.append(line[position:])
    return "".join(text), spans


def load_text(path: Path) -> EvalText:
    """One labelled text: blocks (headings from `#` lines) and gold spans."""
    item = EvalText(path.stem, path.stem.split("-")[0])
    for raw in path.read_text(encoding="utf-8").splitlines():
        if not raw.strip():
            continue
        kind = "heading" if raw.startswith("#") else "paragraph"
        text, spans = parse_line(raw.lstrip("#").strip() if kind == "heading" else raw)
        for start, end, span_kind, value in spans:
            if span_kind not in ENTITY_KINDS + NUMBER_KINDS:
                raise ValueError(f"{path.name}: unknown kind {span_kind!r}")
            item.gold.append(GoldSpan(len(item.blocks), start, end, span_kind, value))
        item.blocks.append(text)
        item.kinds.append(kind)
    return item


def load_eval_set(directory: Path = EVAL_DIR) -> list[EvalText]:
    """Every labelled text, French and English, in name order."""
    return [load_text(p) for p in sorted(directory.glob("*.txt"))]


class Score:
    """True positives, false positives and false negatives, with P/R/F1."""

    def __init__(self) -> None:
        self.tp = self.fp = self.fn = 0

    def add(self, gold: set, found: set) -> None:
        self.tp += len(gold & found)
        self.fp += len(found - gold)
        self.fn += len(gold - found)

    def prf(self) -> tuple[float, float, float]:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)

    def __str__(self) -> str:
        p, r, f = self.prf()
        return f"P {p:.3f} R {r:.3f} F1 {f:.3f}"


def bare_entities(item: EvalText) -> set[tuple[int, int, int, str]]:
    """The bare model's names, its labels mapped onto our kinds."""
    from reader.core.analysis.entities import model_entities

    found = model_entities(item.blocks, item.language)
    return {(b, s, e, k) for b, spans in enumerate(found) for s, e, k in spans}


def pipeline_marks(item: EvalText) -> tuple[set, set, dict]:
    """Our entities (after merging with figures) and figures, and the values of the names."""
    from reader.core.analysis.pipeline import find_entities, find_figures, merge_marks

    names = find_entities(item.blocks, item.language)
    try:
        figures = find_figures(item.blocks, item.language)
    except ImportError:
        figures = []
    merged = merge_marks(item.blocks, names, figures)
    entities = {(b, m.start, m.end, m.kind) for b, m in merged if m.kind in ENTITY_KINDS}
    numbers = {(b, m.start, m.end, m.kind) for b, m in merged if m.kind in NUMBER_KINDS}
    values = {(b, m.start, m.end): m.value for b, m in merged}
    return entities, numbers, values


def add_entity_scores(row: dict, gold: set, bare: set, ours: set) -> None:
    """Count one text's names, the bare model's and ours, by exact span and by span and kind."""

    def spans(found: set) -> set:
        return {x[:3] for x in found}

    row["bare"].add(spans(gold), spans(bare))
    row["bare_k"].add(gold, bare)
    row["ours"].add(spans(gold), spans(ours))
    row["ours_k"].add(gold, ours)


def evaluate(items: list[EvalText], show_errors: bool = False) -> dict[tuple[str, str], dict]:
    """Scores per (language, half): bare/pipeline span and span+kind, numbers, values."""
    table: dict[tuple[str, str], dict] = {}
    for item in items:
        row = table.setdefault(
            (item.language, item.half), {k: Score() for k in ("bare", "bare_k", "ours", "ours_k")}
        )
        row.setdefault("numbers", Score())
        row.setdefault("values", Counter())
        gold_k = {(g.block, g.start, g.end, g.kind) for g in item.gold if g.kind in ENTITY_KINDS}
        gold_n = {(g.block, g.start, g.end, g.kind) for g in item.gold if g.kind in NUMBER_KINDS}
        bare = bare_entities(item)
        ours, numbers, values = pipeline_marks(item)
        add_entity_scores(row, gold_k, bare, ours)
        row["numbers"].add(gold_n, numbers)
        for g in item.gold:
            if g.kind in ENTITY_KINDS and (g.block, g.start, g.end) in values:
                expected = g.value or item.blocks[g.block][g.start : g.end]
                ok = values[(g.block, g.start, g.end)] == expected
                row["values"]["right" if ok else "wrong"] += 1
        if show_errors and item.half not in HELD_OUT:
            _print_errors(item, gold_k | gold_n, ours | numbers)
    return table


def _print_errors(item: EvalText, gold: set, found: set) -> None:
    def show(x):
        return f"{item.blocks[x[0]][x[1] : x[2]]!r}/{x[3]}"

    missed, extra = sorted(gold - found), sorted(found - gold)
    if missed or extra:
        print(f"-- {item.name}: {item.blocks[0][:60]}")
        for x in missed:
            print(f"   missed {show(x)}")
        for x in extra:
            print(f"   extra  {show(x)}")


def main(argv: list[str] | None = None) -> None:
    import time

    from reader.core.analysis.entities import load_model

    args = sys.argv[1:] if argv is None else argv
    items = load_eval_set()
    for language in sorted({i.language for i in items}):
        started = time.perf_counter()
        load_model(language)
        print(f"model {language}: loaded in {time.perf_counter() - started:.2f} s")
    table = evaluate(items, show_errors="--errors" in args)
    if "--errors" in args:
        print(f"\n(errors not listed for the held-out splits: {', '.join(sorted(HELD_OUT))})")
    for (language, half), row in sorted(table.items()):
        count = sum(1 for i in items if i.language == language and i.half == half)
        values = row["values"]
        share = values["right"] / max(1, values["right"] + values["wrong"])
        print(f"\n{language} {half} ({count} texts)")
        print(f"  entities, span         bare {row['bare']}   ours {row['ours']}")
        print(f"  entities, span + kind  bare {row['bare_k']}   ours {row['ours_k']}")
        print(f"  numbers                {row['numbers']}")
        print(f"  canonical values right on {share:.3f} of the names found")


if __name__ == "__main__":
    main()
