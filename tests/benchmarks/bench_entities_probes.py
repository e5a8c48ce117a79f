"""Entity scores on the probe sentences in tests/data/eval/probes/, next to the eval splits.

The probes are short news sentences, each built around a kind of name the models get wrong on
unseen text (little-known companies, brands, unions, laws, festivals, prizes, ships,
facilities, foreign people beside a place). Blank lines separate documents, so that a name
mentioned twice in a few sentences is read as in one article. Prints the bare model against
our pipeline (exact span; exact span and kind) per language; `--errors` lists the pipeline's
misses and false alarms on the probes, `--splits` also prints the eval set's entity scores.
Run: `python -m tests.benchmarks.bench_entities_probes` (or `BENCH=entities_probes make bench`).
"""

from __future__ import annotations

import sys
from pathlib import Path

from reader.core.models import ENTITY_KINDS
from tests.benchmarks.bench_entities_eval import (
    EVAL_DIR,
    EvalText,
    GoldSpan,
    Score,
    _print_errors,
    add_entity_scores,
    bare_entities,
    evaluate,
    load_eval_set,
    parse_line,
    pipeline_marks,
)

PROBE_DIR = EVAL_DIR / "probes"


def load_probes(path: Path) -> list[EvalText]:
    """The documents of one probe file (blank lines between them), in the eval set's markup."""
    language = path.stem
    documents: list[EvalText] = []
    current: EvalText | None = None
    for raw in path.read_text(encoding="utf-8").splitlines():
        if not raw.strip():
            current = None
            continue
        if current is None:
            current = EvalText(f"{language}-probe-{len(documents) + 1}", language)
            documents.append(current)
        heading = raw.startswith("#")
        text, spans = parse_line(raw.lstrip("#").strip() if heading else raw)
        for start, end, kind, value in spans:
            if kind not in ENTITY_KINDS:
                raise ValueError(f"{path.name}: unknown kind {kind!r}")
            current.gold.append(GoldSpan(len(current.blocks), start, end, kind, value))
        current.blocks.append(text)
        current.kinds.append("heading" if heading else "paragraph")
    return documents


def score_probes(documents: list[EvalText], show_errors: bool = False) -> dict[str, Score]:
    """Bare model and pipeline, span and span+kind, over the probe documents."""
    row = {k: Score() for k in ("bare", "bare_k", "ours", "ours_k")}
    for item in documents:
        gold = {(g.block, g.start, g.end, g.kind) for g in item.gold}
        bare = bare_entities(item)
        ours, _, _ = pipeline_marks(item)
        add_entity_scores(row, gold, bare, ours)
        if show_errors:
            _print_errors(item, gold, ours)
    return row


def main(argv: list[str] | None = None) -> None:
    args = sys.argv[1:] if argv is None else argv
    for path in sorted(PROBE_DIR.glob("*.txt")):
        documents = load_probes(path)
        row = score_probes(documents, show_errors="--errors" in args)
        names = sum(len(d.gold) for d in documents)
        print(f"\n{path.stem} probes ({len(documents)} documents, {names} names)")
        print(f"  entities, span         bare {row['bare']}   ours {row['ours']}")
        print(f"  entities, span + kind  bare {row['bare_k']}   ours {row['ours_k']}")
    if "--splits" in args:
        table = evaluate(load_eval_set())
        for (language, half), row in sorted(table.items()):
            print(
                f"{language} {half:5}  span {row['ours'].prf()[2]:.3f}"
                f"  span+kind {row['ours_k'].prf()[2]:.3f}  figures {row['numbers'].prf()[2]:.3f}"
            )


if __name__ == "__main__":
    main()
