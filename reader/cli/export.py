"""Commands that take the archive out or rework it: export, reextract."""

from __future__ import annotations

import json
from pathlib import Path

import click

from reader.cli.main import cli, pass_store
from reader.core.errors import ReaderError


@cli.command(
    "export",
    context_settings={"ignore_unknown_options": True, "help_option_names": ["-h", "--help"]},
)
@click.argument("words", nargs=-1, type=click.UNPROCESSED)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["markdown", "json", "opml", "w3c"]),
    default="markdown",
    show_default=True,
    help="markdown: one note per article (Obsidian); json: JSON Lines of the JSON contract; "
    "opml: subscriptions; w3c: annotations as Web Annotation JSON-LD.",
)
@click.option(
    "-o",
    "--output",
    type=click.Path(path_type=Path),
    help="File to write (a directory for markdown); default: standard output.",
)
@click.option("--annotations-only", is_flag=True, help="Markdown: only highlights and notes.")
@pass_store
def export_command(store, words, fmt, output, annotations_only) -> None:
    """Export the articles matching QUERY (default: all of them).

    Example: reader export --format markdown -o ~/Notes/reader tag:ukraine
    """
    from reader.core.export import select

    query = " ".join(words)
    if fmt == "opml":
        if query:
            raise click.UsageError("--format opml exports every subscription; drop the query")
        from reader.core.export.opml import export_opml

        _write(output, export_opml(store))
        click.echo(f"{len(store.list_feeds())} subscriptions", err=True)
        return
    ids = select(store, query)
    if fmt == "markdown":
        from reader.core.export.markdown import export_notes, write_notes

        if output is not None:
            if output.exists() and not output.is_dir():
                raise ReaderError(f"{output}: not a directory (markdown writes one file each)")
            count = write_notes(store, ids, output, annotations_only=annotations_only)
            click.echo(f"{count} notes written to {output}", err=True)
        else:
            notes = [
                text for _, text in export_notes(store, ids, annotations_only=annotations_only)
            ]
            _write(None, "\n".join(notes))
        return
    if fmt == "json":
        from reader.core.export.jsonl import export_jsonl

        lines = list(export_jsonl(store, ids))
        _write(output, "".join(line + "\n" for line in lines))
        click.echo(f"{len(lines)} articles", err=True)
        return
    from reader.core.export.w3c import export_w3c

    collection = export_w3c(store, ids)
    _write(output, json.dumps(collection, ensure_ascii=False, indent=2) + "\n")
    click.echo(f"{collection['total']} annotations", err=True)


def _write(output: Path | None, text: str) -> None:
    if output is None:
        click.echo(text, nl=False)
        return
    try:
        output.parent.mkdir(parents=True, exist_ok=True)
        output.write_text(text, encoding="utf-8")
    except OSError as error:
        raise ReaderError(f"{output}: cannot write ({error.strerror})") from None


@cli.command("reextract")
@click.argument("article_ids", type=int, nargs=-1)
@pass_store
def reextract_command(store, article_ids) -> None:
    """Extract articles again from their stored HTML (all of them without IDs).

    Annotations are found again by their quote and context; those that cannot be are kept,
    flagged orphaned, and listed here.

    Example: reader reextract 12 15
    """
    from reader.core.reextract import articles_with_html, reextract

    failed = 0
    for article_id in article_ids or articles_with_html(store):
        try:
            result = reextract(store, article_id)
        except ReaderError as error:
            click.echo(f"reader: {error}", err=True)
            failed += 1
            continue
        status = result.status if not result.reason else f"skipped ({result.reason})"
        click.echo(f"{article_id}  {status}  {result.title}")
        for annotation in result.orphaned:
            quote = " ".join(annotation.quote.split())
            quote = quote if len(quote) <= 60 else quote[:59] + "…"
            click.echo(f"    annotation {annotation.id} orphaned (kept): “{quote}”")
    if failed:
        raise SystemExit(1)
