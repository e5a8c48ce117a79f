"""Commands that read and keep articles: list, show, tag."""

from __future__ import annotations

import json
import sys

import click

from reader.cli.main import cli, pass_store
from reader.core.errors import ReaderError
from reader.core.models import Article


def get_article_or_fail(store, article_id: int) -> Article:
    """The article with this id, or a one-line error naming it."""
    article = store.get_article(article_id)
    if article is None:
        raise ReaderError(f"no article {article_id} in {store.path}")
    return article


def print_article_list(articles: list[Article]) -> None:
    """One line per article: id, unread marker, date, title, tags."""
    for article in articles:
        date = article.published.strftime("%Y-%m-%d") if article.published else " " * 10
        unread = "•" if not article.is_read else " "
        tags = "  " + " ".join(f"#{t}" for t in article.tags) if article.tags else ""
        click.echo(f"{article.id:>6} {unread} {date}  {article.title}{tags}")


@cli.command("list")
@click.option("--tag", help="Only articles with this tag.")
@click.option("--unread", is_flag=True, help="Only unread articles.")
@click.option("--starred", is_flag=True, help="Only starred articles.")
@click.option("--limit", type=click.IntRange(min=1), default=50, show_default=True)
@click.option("--json", "as_json", is_flag=True, help="One JSON object per line.")
@pass_store
def list_command(store, tag, unread, starred, limit, as_json) -> None:
    """List articles, newest first.

    Example: reader list --tag ukraine --unread
    """
    articles = store.list_articles(tag=tag, unread=unread, starred=starred, limit=limit)
    if not as_json:
        print_article_list(articles)
        return
    from reader.core.jsonformat import article_summary

    for article in articles:
        click.echo(json.dumps(article_summary(article), ensure_ascii=False))


@cli.command("show")
@click.argument("article_id", type=int)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["text", "markdown", "json"]),
    default="text",
    show_default=True,
)
@click.option("--no-highlight", is_flag=True, help="Do not colour names and figures.")
@pass_store
def show_command(store, article_id, fmt, no_highlight) -> None:
    """Show one article: as text with highlights, as Markdown, or as the JSON contract.

    Example: reader show 12 --format json
    """
    article = get_article_or_fail(store, article_id)
    annotations = store.list_annotations(article_id)
    if fmt == "json":
        from reader.core.jsonformat import article_to_dict

        click.echo(json.dumps(article_to_dict(article, annotations), ensure_ascii=False, indent=2))
    elif fmt == "markdown":
        from reader.core.markdown import article_to_markdown

        click.echo(article_to_markdown(article, annotations), nl=False)
    elif sys.stdout.isatty():
        from reader.cli.render import print_article

        print_article(article, annotations, highlight=not no_highlight)
    else:
        from reader.cli.render import plain_article

        click.echo(plain_article(article), nl=False)


@cli.command("tag")
@click.argument("article_id", type=int)
@click.argument("tags", nargs=-1, required=True)
@click.option("--remove", is_flag=True, help="Take these tags off instead.")
@pass_store
def tag_command(store, article_id, tags, remove) -> None:
    """Add tags to an article (or remove them), then print its tags.

    Example: reader tag 12 ukraine diplomacy
    """
    get_article_or_fail(store, article_id)
    if remove:
        store.remove_tags(article_id, tags)
    else:
        store.add_tags(article_id, tags)
    click.echo(" ".join(f"#{t}" for t in store.article_tags(article_id)))
