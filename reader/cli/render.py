"""Printing articles in a terminal with Rich, never interpreting their text as markup."""

from __future__ import annotations

import textwrap

from rich.console import Console
from rich.text import Text

from reader.core.models import Annotation, Article, Block

MARK_STYLES = {
    "person": "bold cyan",
    "org": "bold magenta",
    "place": "bold green",
    "misc": "bold yellow",
    "number": "blue",
    "percent": "blue",
    "money": "blue",
    "date": "blue",
    "quantity": "blue",
}
"""Terminal style of each mark kind; the app has its own theme-aware colours."""

MEASURE = 80


def block_text(block: Block, *, highlight: bool = True) -> Text:
    """A block's text as a Rich `Text` with its marks styled (the text is never parsed)."""
    text = Text(block.text)
    if highlight:
        for mark in block.marks:
            text.stylize(MARK_STYLES.get(mark.kind, "bold"), mark.start, mark.end)
    return text


def print_article(
    article: Article,
    annotations: list[Annotation],
    *,
    console: Console | None = None,
    highlight: bool = True,
) -> None:
    """Print an article at a readable measure: metadata, then headings, quotes, lists."""
    console = console or Console(highlight=False, emoji=False, markup=False)
    width = min(MEASURE, console.width)
    console.print(Text(article.title, style="bold"), width=width)
    meta = " · ".join(
        part
        for part in (
            article.site,
            article.author,
            article.published.strftime("%Y-%m-%d") if article.published else None,
            f"{article.reading_minutes} min",
            ", ".join(f"#{t}" for t in article.tags) or None,
        )
        if part
    )
    if meta:
        console.print(Text(meta, style="dim"), width=width)
    annotated = {a.start.block for a in annotations} | {a.end.block for a in annotations}
    for index, block in enumerate(article.blocks):
        console.print()
        text = block_text(block, highlight=highlight)
        if block.kind == "heading":
            text.stylize("bold underline")
        elif block.kind == "quote":
            text = Text("│ ", style="dim") + text
        elif block.kind == "list_item":
            text = Text("• ") + text
        if index in annotated:
            text = Text("▌", style="yellow") + text
        console.print(text, width=width, soft_wrap=block.kind == "preformatted")


def plain_article(article: Article) -> str:
    """An article as plain wrapped text, for pipes."""
    parts = [article.title, ""]
    for block in article.blocks:
        if block.kind == "preformatted":
            parts.append(block.text)
        else:
            prefix = {"quote": "> ", "list_item": "- "}.get(block.kind, "")
            parts.append(
                textwrap.fill(
                    block.text, MEASURE, initial_indent=prefix, subsequent_indent=" " * len(prefix)
                )
            )
        parts.append("")
    return "\n".join(parts).rstrip() + "\n"
