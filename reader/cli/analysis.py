"""Commands over names and figures: reanalyze, entities."""

from __future__ import annotations

import json
from contextlib import contextmanager

import click

from reader.cli.main import cli, pass_store
from reader.core.errors import ReaderError
from reader.core.models import ENTITY_KINDS


def run_analysis(store, ids: list[int] | None) -> int:
    """Analyse these articles (default: those not analysed yet), with a progress bar on stderr."""
    from reader.core.analysis import analyse_pending

    total = len(ids) if ids is not None else len(store.pending_analysis_ids())
    if total == 0:
        return 0
    with _progress(total) as update:
        return analyse_pending(store, ids, on_progress=update)


@contextmanager
def _progress(total: int):
    """A progress bar on stderr (when it is a terminal); yields its `(done, total)` callback."""
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeRemainingColumn

    console = Console(stderr=True)
    with Progress(
        "[progress.description]{task.description}",
        BarColumn(),
        MofNCompleteColumn(),
        TimeRemainingColumn(),
        console=console,
        transient=True,
        disable=not console.is_terminal,
    ) as progress:
        task = progress.add_task("Finding names and figures", total=total)
        yield lambda done, _: progress.update(task, completed=done)


class ImportAnalysis:
    """Names and figures found while an import goes on: each article stored goes to the
    worker processes at once (in batches), so tagging overlaps reading the next sources."""

    def __init__(self, store, *, many: bool) -> None:
        from reader.core.analysis.pipeline import Analysis
        from reader.core.analysis.workers import MAX_WORKERS

        warm_up_analysis(many)
        self.analysis = Analysis(store, workers=MAX_WORKERS)

    def append(self, article_id: int) -> None:
        """Queue an article just stored (new or changed)."""
        self.analysis.add([article_id])

    def finish(self) -> int:
        """Wait for the rest (with a progress bar) and store the marks."""
        if not self.analysis.total:
            return 0
        with _progress(self.analysis.total) as update:
            return self.analysis.finish(update)


def warm_up_analysis(many: bool = False) -> None:
    """Start loading the models in a worker process now, while articles are being stored.

    Args:
        many: many articles are likely (a folder, several sources, feeds): start a worker
            per core, so that all of them are ready when the articles are.
    """
    from reader.core.analysis.workers import MAX_WORKERS, shared_workers

    shared_workers().warm_up(MAX_WORKERS if many else 1)


def analyse_new_articles(store, ids) -> int:
    """After an import or a fetch: analyse those of `ids` whose text is not analysed yet."""
    pending = set(store.pending_analysis_ids())
    todo = [i for i in dict.fromkeys(ids) if i in pending]
    return run_analysis(store, todo) if todo else 0


NO_ANALYSIS = click.option(
    "--no-analysis",
    is_flag=True,
    help="Do not look for names and figures now (reader reanalyze --pending does it later).",
)
"""The option `reader import` and `reader fetch` share."""


@cli.command("reanalyze")
@click.argument("article_ids", nargs=-1, type=int)
@click.option("--pending", is_flag=True, help="Only articles not analysed yet.")
@pass_store
def reanalyze_command(store, article_ids, pending) -> None:
    """Find names and figures again in articles (all of them unless IDs are given).

    Example: reader reanalyze 12 15
    """
    if article_ids:
        missing = [i for i in article_ids if store.get_article(i, with_blocks=False) is None]
        if missing:
            raise ReaderError(f"no article {', '.join(map(str, missing))} in {store.path}")
        ids = list(article_ids)
    elif pending:
        ids = None
    else:
        ids = [row["id"] for row in store.query("SELECT id FROM articles ORDER BY id")]
    count = run_analysis(store, ids)
    click.echo(f"Analysed {count} article{'s' if count != 1 else ''}.")


@cli.command("entities")
@click.option("--kind", type=click.Choice(ENTITY_KINDS), help="Only this kind.")
@click.option("--top", type=click.IntRange(min=1), default=30, show_default=True)
@click.option("--json", "as_json", is_flag=True, help="One JSON object per line.")
@pass_store
def entities_command(store, kind, top, as_json) -> None:
    """List the archive's most mentioned people, organisations, places and things.

    Example: reader entities --kind person --top 10
    """
    rows = store.entity_counts(kind=kind, limit=top)
    if as_json:
        for row in rows:
            click.echo(json.dumps(row, ensure_ascii=False))
        return
    if not rows:
        click.echo("No entities yet: import articles, or run `reader reanalyze`.")
        return
    width = max(len(r["value"]) for r in rows)
    for row in rows:
        click.echo(
            f"{row['mentions']:>6}  {row['articles']:>4} art.  {row['kind']:<6}  "
            f"{row['value']:<{width}}"
        )
