"""Commands that find and keep passages: search (and saved searches), annotate, annotations."""

from __future__ import annotations

import json
import sys

import click
from click_default_group import DefaultGroup

from reader.cli.main import cli, pass_store
from reader.core.errors import ReaderError

_QUERY_WORDS = {"ignore_unknown_options": True, "help_option_names": ["-h", "--help"]}


def _query(words: tuple[str, ...]) -> str:
    return " ".join(words)


@cli.group("search", cls=DefaultGroup, default="query", default_if_no_args=False)
def search_group() -> None:
    """Search the archive; save, list and delete named searches.

    Example: reader search garantie sécurité tag:ukraine -is:read

    \b
    Words match in every form and without accents; "exact phrases" (quote them for the
    shell: '"cessez-le-feu"'), prefix*, OR, -word, (groups). Filters: tag:, feed:, lang:,
    is:unread|read|starred|annotated, entity:"Name", kind:person, before:/after:/on:
    YYYY[-MM[-DD]], in:notes, in:title.
    """


@search_group.command("query", context_settings=_QUERY_WORDS)
@click.argument("words", nargs=-1, type=click.UNPROCESSED)
@click.option("--limit", type=click.IntRange(min=1), default=20, show_default=True)
@click.option("--offset", type=click.IntRange(min=0), default=0, help="Skip this many results.")
@click.option(
    "--sort", type=click.Choice(["relevance", "date"]), default="relevance", show_default=True
)
@click.option("--json", "as_json", is_flag=True, help="One JSON object per result.")
@pass_store
def query_command(store, words, limit, offset, sort, as_json) -> None:
    """Search for QUERY (the default sub-command: `reader search QUERY`).

    Example: reader search '"garanties de sécurité"' after:2025 --sort date
    """
    from reader.core.search import search

    results = search(store, _query(words), limit=limit, offset=offset, sort=sort)
    if as_json:
        from reader.core.jsonformat import article_summary

        for hit in results.hits:
            record = article_summary(hit.article) | {
                "score": round(hit.score, 4),
                "snippet": hit.snippet,
                "highlights": [list(h) for h in hit.highlights],
            }
            click.echo(json.dumps(record, ensure_ascii=False))
        return
    from reader.cli.render_search import print_hits

    print_hits(results, tty=sys.stdout.isatty())


@search_group.command("save")
@click.argument("name")
@click.argument("words", nargs=-1, required=True, type=click.UNPROCESSED)
@pass_store
def save_command(store, name, words) -> None:
    """Save QUERY under NAME (replacing a search of that name); prints its count.

    Example: reader search save ukraine-guarantees garantie tag:ukraine
    """
    from reader.core.search import count, save_search

    query = _query(words)
    save_search(store, name, query)
    click.echo(f"saved {name}: {query}  ({count(store, query)} articles)")


save_command.context_settings.update(_QUERY_WORDS)


@search_group.command("list")
@pass_store
def list_saved_command(store) -> None:
    """List saved searches with how many articles each finds now.

    Example: reader search list
    """
    from reader.core.search import list_saved

    for name, query, found in list_saved(store):
        shown = "?" if found < 0 else str(found)
        click.echo(f"{name}\t{shown}\t{query}")


@search_group.command("delete")
@click.argument("name")
@pass_store
def delete_saved_command(store, name) -> None:
    """Delete a saved search.

    Example: reader search delete ukraine-guarantees
    """
    from reader.core.search import delete_saved

    if not delete_saved(store, name):
        raise ReaderError(f"no saved search named {name!r}")
    click.echo(f"deleted {name}")


@cli.command("annotate")
@click.argument("article_id", type=int)
@click.option("--quote", help="The passage's text (white space and quote marks loosely).")
@click.option("--section", help="A heading: the passage is its whole section.")
@click.option("--blocks", help="Blocks A-B, numbered from 1 as `reader show` prints them.")
@click.option("--note", default="", help="Your note on the passage.")
@click.option("--tag", "tags", multiple=True, help="Tag the passage (repeatable).")
@pass_store
def annotate_command(store, article_id, quote, section, blocks, note, tags) -> None:
    """Annotate a passage of an article: a quote, a whole section, or a block range.

    Example: reader annotate 12 --section "Zelensky demande des garanties de sécurité"
    --note "Compare with Geneva"
    """
    from reader.cli.articles import get_article_or_fail
    from reader.core.anchoring import annotate

    if sum(x is not None for x in (quote, section, blocks)) != 1:
        raise click.UsageError("give exactly one of --quote, --section or --blocks")
    get_article_or_fail(store, article_id)
    annotation = annotate(
        store, article_id, quote=quote, section=section, blocks=blocks, note=note, tags=tags
    )
    click.echo(_annotation_line(annotation))


def _annotation_line(annotation) -> str:
    first, last = annotation.start.block + 1, annotation.end.block + 1
    where = f"block {first}" if first == last else f"blocks {first}-{last}"
    quote = " ".join(annotation.quote.split())
    if len(quote) > 60:
        quote = quote[:59] + "…"
    parts = [f"{annotation.id}", f"article {annotation.article_id}", where, f"“{quote}”"]
    if annotation.note:
        parts.append("note: " + " ".join(annotation.note.split()))
    if annotation.tags:
        parts.append(" ".join(f"#{t}" for t in annotation.tags))
    if annotation.orphaned:
        parts.append("(orphaned: not found in the current text)")
    return "  ".join(parts)


@cli.group("annotations", cls=DefaultGroup, default="list", default_if_no_args=True)
def annotations_group() -> None:
    """List, edit and delete annotations.

    Example: reader annotations 12
    """


@annotations_group.command("list")
@click.argument("article_id", type=int, required=False)
@click.option("--tag", help="Only annotations with this tag.")
@click.option("--orphaned", is_flag=True, help="Only those re-extraction could not place.")
@click.option("--json", "as_json", is_flag=True, help="One JSON object per annotation.")
@pass_store
def list_annotations_command(store, article_id, tag, orphaned, as_json) -> None:
    """List annotations of one article, or of the whole archive.

    Example: reader annotations list 12 --json
    """
    from reader.core.jsonformat import annotation_to_dict

    annotations = store.list_annotations(article_id)
    if tag:
        annotations = [a for a in annotations if tag.lower() in (t.lower() for t in a.tags)]
    if orphaned:
        annotations = [a for a in annotations if a.orphaned]
    for annotation in annotations:
        if as_json:
            record = {"article_id": annotation.article_id, **annotation_to_dict(annotation)}
            click.echo(json.dumps(record, ensure_ascii=False))
        else:
            click.echo(_annotation_line(annotation))


@annotations_group.command("edit")
@click.argument("annotation_id", type=int)
@click.option("--note", help="Replace the note.")
@click.option("--tag", "tags", multiple=True, help="Replace the tags (repeatable).")
@click.option("--clear-tags", is_flag=True, help="Remove every tag.")
@pass_store
def edit_annotation_command(store, annotation_id, note, tags, clear_tags) -> None:
    """Change an annotation's note or tags.

    Example: reader annotations edit 3 --note "Checked against the UN figures" --tag figures
    """
    if store.get_annotation(annotation_id) is None:
        raise ReaderError(f"no annotation {annotation_id}")
    new_tags = () if clear_tags else (tags or None)
    store.update_annotation(annotation_id, note=note, tags=new_tags)
    click.echo(_annotation_line(store.get_annotation(annotation_id)))


@annotations_group.command("delete")
@click.argument("annotation_ids", type=int, nargs=-1, required=True)
@pass_store
def delete_annotation_command(store, annotation_ids) -> None:
    """Delete annotations.

    Example: reader annotations delete 3 4
    """
    missing = [i for i in annotation_ids if not store.delete_annotation(i)]
    if missing:
        raise ReaderError(f"no annotation {', '.join(map(str, missing))}")
    click.echo(f"deleted {len(annotation_ids)}")
