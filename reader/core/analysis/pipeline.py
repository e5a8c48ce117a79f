"""From blocks to stored marks: names and figures combined, in batches, on every core.

Entities come from the model plus the document-level fixes of `consistency`, figures from the
rules of `numbers`. They are merged so that marks never overlap and never leave their block: a
figure inside a name belongs to the name ("G7", "MQ-9 Reaper", "CAC 40"); where a name and a
figure only partly overlap, the figure wins, since the rules are far more precise. A plain
number right after a name is part of it ("Firefox 39", "Hermès 2").
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import Future, as_completed
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from reader.core.analysis.consistency import resolve_entities
from reader.core.analysis.entities import Candidate, has_model, model_entities
from reader.core.analysis.language import detect_language
from reader.core.analysis.lexicon import COUNTED_WORDS, DATED_LAWS, LAW_WORDS
from reader.core.analysis.numbers_lexicon import COUNTED_NOUN_AFTER
from reader.core.analysis.workers import MAX_WORKERS, shared_workers
from reader.core.models import Block, Mark

if TYPE_CHECKING:
    from reader.core.store import Store

ARTICLES_PER_BATCH = 16
"""Articles sent to a worker at a time: enough for `nlp.pipe` to batch well."""
POOL_THRESHOLD = 48
"""Below this many articles, one process does the work (a worker takes ~1.5 s to start)."""

Progress = Callable[[int, int], None]
"""Called with (articles done, articles in all) after each batch."""


@dataclass(frozen=True, slots=True)
class _Job:
    article_id: int
    content_hash: str | None
    language: str | None
    texts: tuple[str, ...]


def find_entities(texts: Sequence[str], language: str | None) -> list[tuple[int, Mark]]:
    """Entity marks for one article's block texts (no figures); empty without a model."""
    return find_entities_many([(texts, language)])[0]


def find_entities_many(
    documents: Sequence[tuple[Sequence[str], str | None]],
) -> list[list[tuple[int, Mark]]]:
    """Entity marks for many articles, each language's blocks tagged in one batched pass."""
    results: list[list[tuple[int, Mark]]] = [[] for _ in documents]
    by_language: dict[str, list[int]] = defaultdict(list)
    for index, (_, language) in enumerate(documents):
        if has_model(language):
            by_language[language].append(index)  # type: ignore[index]
    for language, indexes in by_language.items():
        flat = [(i, b, text) for i in indexes for b, text in enumerate(documents[i][0])]
        candidates: dict[int, list[Candidate]] = defaultdict(list)
        found = model_entities([text for _, _, text in flat], language)
        for (i, block, _), spans in zip(flat, found, strict=True):
            candidates[i].extend(Candidate(block, s, e, kind) for s, e, kind in spans)
        for i in indexes:
            results[i] = resolve_entities(documents[i][0], candidates[i], language)
    return results


def find_figures(texts: Sequence[str], language: str | None) -> list[tuple[int, Mark]]:
    """Number marks for each block, from the rule-based recogniser.

    A list's ranks, one item a block, count nothing ("1. Finland", "2. Norway": see
    `block_ranks`). "Pounds" after a scale word are sterling ("£"-less "5 million pounds"),
    unless the article counts its money in dollars and never in sterling: then "29.4 million
    pounds" of halibut are a mass.
    """
    from reader.core.analysis.numbers import block_ranks, find_numbers

    ranked = block_ranks(texts)
    marks = [
        (b, mark)
        for b, text in enumerate(texts)
        for mark in find_numbers(text, language)
        if not (b in ranked and mark.start == 0 and mark.kind == "number")
    ]
    if any("$" in text for text in texts) and not any(_STERLING.search(text) for text in texts):
        marks = [(b, _pounds_of_mass(texts[b], mark)) for b, mark in marks]
    return marks


_STERLING = re.compile(r"£|\bGBP\b|\bsterling\b|\bpence\b", re.IGNORECASE)
_POUNDS_END = re.compile(r"pounds?$")


def _pounds_of_mass(text: str, mark: Mark) -> Mark:
    """A money mark in pounds read again as a mass in pounds (lb)."""
    if mark.kind != "money" or not mark.value.startswith("GBP "):
        return mark
    if not _POUNDS_END.search(text, mark.start, mark.end):
        return mark
    return replace(mark, kind="quantity", value=f"{mark.value[4:]} lb")


def merge_marks(
    texts: Sequence[str],
    entities: Sequence[tuple[int, Mark]],
    figures: Sequence[tuple[int, Mark]],
) -> list[tuple[int, Mark]]:
    """Entity and number marks as one sorted, non-overlapping list, each inside its block.

    A plain number inside a name belongs to the name ("G7", "CAC 40"); any other overlap
    drops the name, since a date, amount or quantity inside a "name" ("coup d'État de juillet
    2023") means the model overreached. Among marks of one sort, the earlier (then longer) wins.
    """

    def valid(pair: tuple[int, Mark]) -> bool:
        block, mark = pair
        return 0 <= block < len(texts) and 0 <= mark.start < mark.end <= len(texts[block])

    names = _disjoint([p for p in entities if valid(p)])
    numbers = _disjoint([p for p in figures if valid(p)])
    names, numbers = _numbered_names(texts, names, numbers)
    by_block: dict[int, list[Mark]] = defaultdict(list)
    for block, mark in names:
        by_block[block].append(mark)
    kept_names: set[tuple[int, Mark]] = set(names)
    kept_numbers = []
    for block, figure in numbers:
        inside = [n for n in by_block[block] if n.start <= figure.start and figure.end <= n.end]
        if inside and (
            figure.kind == "number"
            or _law_year(texts[block], inside[0], figure)
            or _numbered_law(texts[block], inside[0])
        ):
            continue
        for name in by_block[block]:
            if name.start < figure.end and figure.start < name.end:
                kept_names.discard((block, name))
        kept_numbers.append((block, figure))
    return sorted([*kept_names, *kept_numbers], key=lambda p: (p[0], p[1].start))


def _law_year(text: str, name: Mark, figure: Mark) -> bool:
    """Whether `figure` is the year that ends a law's name: "the Sanctions Act 1977"."""
    words = [w for w in text[name.start : figure.start].split() if w != "of"]
    return (
        name.kind == "misc"
        and figure.end == name.end
        and _YEAR.fullmatch(text[figure.start : figure.end]) is not None
        and bool(words)
        and words[-1] in DATED_LAWS
    )


def _numbered_law(text: str, name: Mark) -> bool:
    """Whether `name` is a law named by its number or a plan by its year, which hold any year
    in them: "le décret 2026-318", "Law No. 1/1970 on Work Safety", "Stratégie énergétique
    2050"."""
    words = text[name.start : name.end].split(maxsplit=2)
    if name.kind != "misc" or len(words) < 2:
        return False
    if words[0] in _PLANS:
        return True
    return words[0] in LAW_WORDS and (
        words[1][:1].isdigit() or words[1].lower().startswith(("n°", "no"))
    )


_PLANS = frozenset({"Stratégie", "Strategy", "Vision", "Agenda", "Plan"})
"""First words of plans and strategies named with their target year: "Vision 2030"."""


_NUMBER_AFTER = re.compile(r"[ \u00a0]((?:[A-Z]{1,3}-?)?\d{1,4}(?:-\d{1,4})?)(?![\w\-’'%]|[.,]\d)")
_YEAR = re.compile(r"(?:19|20)\d\d")
_NOT_NUMBERED = COUNTED_WORDS | {"Fig", "Mouvement", "Movement"}
"""Words a number counts or ranks ("Article 5"), or whose number begins a longer name
("Mouvement 5 étoiles")."""


def _numbered_names(
    texts: Sequence[str], names: list[tuple[int, Mark]], numbers: list[tuple[int, Mark]]
) -> tuple[list[tuple[int, Mark]], list[tuple[int, Mark]]]:
    """A name and the number or code right after it are one thing's name: "Hermès 2",
    "Borgou 45" (a seed), "Nordex N163", "Stackline S-20".

    Only a plain number or a code the figure rules left alone joins the name, not a year
    ("France 2030" may be a plan, "Paris 2024" is often a date), an amount or a quantity
    ("Kenya 40 km"), nor a number counting the noun after it ("Mojang 2 years ago"); people's
    names take none ("González 25 points ahead").
    """
    from reader.core.analysis.numbers import list_ranks

    figures = {(b, m.start): (b, m) for b, m in numbers}
    ranks: dict[int, set[int]] = {}
    joined, used = [], set()
    for block, name in names:
        text = texts[block]
        match = _NUMBER_AFTER.match(text, name.end)
        if match is not None and block not in ranks:
            ranks[block] = list_ranks(text)
        if (
            match is None
            or match.start(1) in ranks[block]  # "1. Finland 2. Norway": a rank follows
            or name.kind == "person"
            or text[name.start : name.end].split()[-1] in _NOT_NUMBERED
            or _YEAR.fullmatch(match.group(1))
            or (match.group(1).isdigit() and COUNTED_NOUN_AFTER.match(text, match.end(1)))
        ):
            joined.append((block, name))
            continue
        figure = figures.get((block, match.start(1)))
        if figure is not None and (figure[1].kind != "number" or figure[1].end != match.end(1)):
            joined.append((block, name))
            continue
        if figure is not None:
            used.add(figure)
        value = text[name.start : match.end(1)]
        joined.append((block, Mark(name.start, match.end(1), "misc", value)))
    return _disjoint(joined), [f for f in numbers if f not in used]


def _disjoint(pairs: list[tuple[int, Mark]]) -> list[tuple[int, Mark]]:
    kept: list[tuple[int, Mark]] = []
    for block, mark in sorted(pairs, key=lambda p: (p[0], p[1].start, -p[1].end)):
        if kept and kept[-1][0] == block and mark.start < kept[-1][1].end:
            continue
        kept.append((block, mark))
    return kept


def analyse_many(
    documents: Sequence[tuple[Sequence[str], str | None]],
) -> list[list[tuple[int, Mark]]]:
    """Final marks (names and figures) for many articles, batched by language."""
    names = find_entities_many(documents)
    return [
        merge_marks(texts, found, find_figures(texts, language))
        for (texts, language), found in zip(documents, names, strict=True)
    ]


def analyse_blocks(blocks: Sequence[Block | str], language: str | None) -> list[tuple[int, Mark]]:
    """The marks of one article's blocks: `(block index, Mark)`, sorted and non-overlapping.

    Args:
        blocks: the article's blocks (or their texts), in order.
        language: ISO 639-1 code; names are found in French and English, figures in any.
    """
    texts = [b if isinstance(b, str) else b.text for b in blocks]
    return analyse_many([(texts, language)])[0]


def analyse_pending(
    db: str | Path | Store,
    ids: Sequence[int] | None = None,
    *,
    on_progress: Progress | None = None,
    workers: int | None = None,
) -> int:
    """Analyse articles and store their marks; returns how many were analysed.

    Args:
        db: the archive's path, or an open `Store` (used from the calling thread only).
        ids: these articles (analysed again even if done); by default every article whose
            text has not been analysed yet.
        on_progress: called with (done, total) after each batch.
        workers: worker processes to use, 0 for the calling process; by default one per
            core (at most 4) when there are many articles or a worker is already loading the
            models (`workers.Workers.warm_up`), else the calling process. Models load once
            per process.

    An article with no known language gets one detected from its text, stored on it.
    """
    from reader.core.store import Store

    store = db if isinstance(db, Store) else Store(db)
    try:
        todo = list(dict.fromkeys(ids)) if ids is not None else store.pending_analysis_ids()
        if not todo:
            return 0
        if workers is None:
            warm = shared_workers().started > 0
            workers = MAX_WORKERS if warm or len(todo) >= POOL_THRESHOLD else 0
        analysis = Analysis(store, workers=workers)
        analysis.add(todo)
        return analysis.finish(on_progress)
    finally:
        if store is not db:
            store.close()


class Analysis:
    """Articles analysed as they are stored: `add` ids as they come, `finish` writes the marks.

    With workers, full batches go to worker processes at once (their models may still be
    loading: see `workers.Workers.warm_up`), and a second worker joins once there are enough
    articles for two cores; without, everything runs in the calling process at `finish`.
    """

    def __init__(self, store: Store, *, workers: int = 0) -> None:
        self.store = store
        self.total = 0
        self._limit = workers
        self._pool = shared_workers() if workers else None
        self._jobs: list[_Job] = []
        self._batch: list[_Job] = []
        self._futures: list[Future] = []

    def add(self, ids: Iterable[int]) -> None:
        """Queue these stored articles (ids of missing articles are skipped)."""
        for article_id in ids:
            job = _read_job(self.store, article_id)
            if job is None:
                continue
            self.total += 1
            if self._pool is None:
                self._jobs.append(job)
                continue
            self._batch.append(job)
            if len(self._batch) == ARTICLES_PER_BATCH:
                self._send()

    def _send(self) -> None:
        if not self._batch or self._pool is None:
            return
        if self.total >= POOL_THRESHOLD:
            self._pool.warm_up(self._limit)
        self._futures.append(self._pool.submit(_analyse_batch, self._batch))
        self._batch = []

    def finish(self, on_progress: Progress | None = None) -> int:
        """Wait for the analysis, store the marks; returns how many articles got them."""
        self._send()
        if self._pool is None:
            batches = (
                _analyse_batch(self._jobs[i : i + ARTICLES_PER_BATCH])
                for i in range(0, len(self._jobs), ARTICLES_PER_BATCH)
            )
        else:
            batches = (future.result() for future in as_completed(self._futures))
        done = stored = 0
        for results in batches:
            for job, marks in results:
                stored += _store_marks(self.store, job, marks)
                done += 1
            if on_progress:
                on_progress(done, self.total)
        return stored


def _read_job(store: Store, article_id: int) -> _Job | None:
    rows = store.query(
        "SELECT title, language, content_hash FROM articles WHERE id = ?", (article_id,)
    )
    if not rows:
        return None
    row = rows[0]
    texts = tuple(b.text for b in store.get_blocks(article_id, with_marks=False))
    language = row["language"]
    if not language:
        language = detect_language(row["title"] + "\n" + "\n".join(texts))
        if language:
            store.update_article(article_id, language=language)
    return _Job(article_id, row["content_hash"], language, texts)


def _analyse_batch(batch: list[_Job]) -> list[tuple[_Job, list[tuple[int, Mark]]]]:
    marks = analyse_many([(job.texts, job.language) for job in batch])
    return list(zip(batch, marks, strict=True))


def _store_marks(store: Store, job: _Job, marks: list[tuple[int, Mark]]) -> int:
    """Write an article's marks unless its text changed meanwhile; 1 if written."""
    now = store.query("SELECT content_hash FROM articles WHERE id = ?", (job.article_id,))
    if not now or now[0]["content_hash"] != job.content_hash:
        return 0
    store.replace_marks(job.article_id, marks)
    return 1
