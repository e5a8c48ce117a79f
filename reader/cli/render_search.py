"""Printing search results: id, date, title, and a snippet with the matched words styled."""

from __future__ import annotations

import click
from rich.console import Console
from rich.text import Text

HIGHLIGHT = "bold yellow"


def hit_lines(hit) -> tuple[Text, Text]:
    """The title line and the snippet line of a hit, as Rich text (never parsed as markup)."""
    article = hit.article
    date = article.published or article.fetched
    title = Text(f"{article.id:>6}  ")
    title.append(date.strftime("%Y-%m-%d") if date else " " * 10, style="dim")
    title.append("  ")
    title.append(article.title, style="bold")
    if article.tags:
        title.append("  " + " ".join(f"#{t}" for t in article.tags), style="dim")
    snippet = Text("        " + hit.snippet)
    for start, end in hit.highlights:
        snippet.stylize(HIGHLIGHT, start + 8, end + 8)
    return title, snippet


def print_hits(results, *, tty: bool) -> None:
    """Print the hits (styled on a terminal, plain in a pipe) and a count line."""
    console = Console(highlight=False, emoji=False, markup=False) if tty else None
    for hit in results.hits:
        for line in hit_lines(hit):
            if console is not None:
                console.print(line, overflow="ellipsis", no_wrap=True)
            else:
                click.echo(line.plain)
    shown = len(results.hits)
    summary = (
        f"{results.total} found"
        if shown == results.total
        else (f"{shown} of {results.total} shown")
    )
    click.echo(summary, err=True)
