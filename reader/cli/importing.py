"""Commands that bring articles in from pages and files: import, demo."""

from __future__ import annotations

import re
import sqlite3
import sys

import click

from reader.cli.analysis import NO_ANALYSIS, ImportAnalysis, analyse_new_articles
from reader.cli.main import cli, pass_store
from reader.core.errors import ReaderError

_LANGUAGE = re.compile(r"^[A-Za-z]{2}(?:[-_][A-Za-z0-9]+)*$")


def _language(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    if value is None:
        return None
    if not _LANGUAGE.match(value):
        raise click.BadParameter(f"{value!r} is not a language code such as fr or en")
    return value[:2].lower()


def echo_outcomes(outcomes, stored=None) -> tuple[int, dict[str, int]]:
    """Print `id  title` per stored article and one stderr line per failed source.

    Ids of articles stored new or updated are appended to `stored` (a list, or an
    `ImportAnalysis` that analyses them as they come).

    Returns:
        How many sources failed, and how many articles had each status.
    """
    from reader.core.importers import SourceError
    from reader.core.sanitize import clean_line

    failed, counts = 0, {}
    for outcome in outcomes:
        if isinstance(outcome, SourceError):
            failed += 1
            click.echo(f"reader: {clean_line(str(outcome))}", err=True)
            continue
        counts[outcome.status] = counts.get(outcome.status, 0) + 1
        if stored is not None and outcome.kind != "feed" and outcome.status != "unchanged":
            stored.append(outcome.id)
        prefix = "feed " if outcome.kind == "feed" else ""
        click.echo(f"{prefix}{outcome.id}  {outcome.title}")
    return failed, counts


def _summary(failed: int, counts: dict[str, int]) -> str:
    total = sum(counts.values())
    parts = [f"{n} {status}" for status, n in counts.items()]
    line = f"{total} imported" + (f" ({', '.join(parts)})" if parts else "")
    if failed:
        line += f"; {failed} failed"
    return line


@cli.command("import")
@click.argument("sources", nargs=-1, required=True)
@click.option("--tag", "tags", multiple=True, help="Tag every imported article (repeatable).")
@click.option("--title", help="Title for the article (one SOURCE only).")
@click.option("--lang", callback=_language, help="Language of the text, e.g. fr or en.")
@NO_ANALYSIS
@pass_store
def import_command(store, sources, tags, title, lang, no_analysis) -> None:
    """Import pages and files: http(s) URLs, .txt, .md, .html, feed files, OPML, JSON Lines.

    SOURCE is a URL, a file, a directory (read recursively) or - for stdin. Prints
    `id  title` for each article; a source that cannot be imported gets one line on stderr
    and the exit status is 1, but the others are still imported. Importing the same page or
    file again updates it instead of adding a copy. Example:

        reader import notes/ https://example.org/story.html --tag ukraine --lang fr
    """
    from pathlib import Path

    from reader.core.importers import ImportOptions, import_sources

    if title and (len(sources) > 1 or Path(sources[0]).is_dir()):
        raise click.UsageError("--title applies to a single page or file")
    options = ImportOptions(tags=tuple(tags), title=title, language=lang)
    stdin = sys.stdin.buffer
    analysis = None
    if not no_analysis:  # the models load in workers while the sources are read
        analysis = ImportAnalysis(store, many=len(sources) > 1 or Path(sources[0]).is_dir())
    outcomes = import_sources(store, list(sources), options, stdin=stdin)
    try:
        failed, counts = echo_outcomes(outcomes, analysis)
        if analysis is not None:
            analysis.finish()
    except sqlite3.Error as error:
        raise ReaderError(f"{store.path}: {error}") from None
    if sys.stderr.isatty() and (failed or sum(counts.values()) > 1):
        click.echo(_summary(failed, counts), err=True)
    if failed:
        click.get_current_context().exit(1)


@cli.command("demo")
@NO_ANALYSIS
@pass_store
def demo_command(store, no_analysis) -> None:
    """Fill the archive with demo articles (French and English), tagged and annotated.

    Names and figures are found as for any import. Needs no network, and running it again
    adds nothing twice. Example:

        reader --db /tmp/demo.db demo && reader --db /tmp/demo.db
    """
    from reader.demo import build_demo

    echo_outcomes(build_demo(store))
    if not no_analysis:
        analyse_new_articles(store, store.pending_analysis_ids())
