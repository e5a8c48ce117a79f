"""Subscriptions and refresh: `reader feed add|list|remove|rename|tag|set` and `reader fetch`."""

from __future__ import annotations

import json
import sys

import click

from reader.cli.analysis import NO_ANALYSIS, analyse_new_articles, warm_up_analysis
from reader.cli.main import cli, pass_store
from reader.core.errors import ReaderError


def resolve_feed(store, ref: str):
    """A feed by id or URL, or a one-line error naming what was asked for."""
    feed = store.get_feed(int(ref)) if ref.isdigit() else store.get_feed(ref.strip())
    if feed is None:
        raise ReaderError(f"no feed {ref} in {store.path} (see reader feed list)")
    return feed


@cli.group("feed")
def feed_group() -> None:
    """Manage subscriptions.

    Example: reader feed add https://www.lemonde.fr/international/ --tag monde
    """


@feed_group.command("add")
@click.argument("url")
@click.option("--tag", "tags", multiple=True, help="Tag the subscription (repeatable).")
@click.option("--title", help="Show this title instead of the feed's own.")
@pass_store
def add_command(store, url, tags, title) -> None:
    """Subscribe to a feed, or to the feed a site's page points to.

    The feed is fetched once to check it reads; `reader fetch` stores its articles.

    Example: reader feed add https://example.org/ --tag news --title "Example"
    """
    from reader.core.feeds.discover import subscribe

    feed, parsed = subscribe(store, url, title=title, tags=tags)
    entries = len(parsed.entries)
    click.echo(
        f"Subscribed to {feed.display_title} ({feed.url}), feed {feed.id}: "
        f"{entries} entr{'y' if entries == 1 else 'ies'}; run `reader fetch` to get them."
    )
    if parsed.warning:
        click.echo(f"warning: {parsed.warning}", err=True)


def _when(moment) -> str | None:
    return moment.strftime("%Y-%m-%d %H:%M") if moment else None


@feed_group.command("list")
@click.option("--json", "as_json", is_flag=True, help="One JSON object per line.")
@click.option("--tag", help="Only feeds with this tag.")
@pass_store
def list_command(store, as_json, tag) -> None:
    """List subscriptions with their articles, unread count, last success and last error.

    Example: reader feed list --json
    """
    from reader.core.feeds.schedule import format_interval, interval_of, next_due

    counts = store.feed_counts()
    feeds = [f for f in store.list_feeds() if not tag or tag.lower() in map(str.lower, f.tags)]
    for feed in feeds:
        total, unread = counts.get(feed.id, (0, 0))
        if as_json:
            record = {
                "id": feed.id,
                "title": feed.display_title,
                "url": feed.url,
                "site_url": feed.site_url,
                "tags": list(feed.tags),
                "articles": total,
                "unread": unread,
                "last_success": feed.last_success.isoformat() if feed.last_success else None,
                "last_fetched": feed.last_fetched.isoformat() if feed.last_fetched else None,
                "last_error": feed.last_error,
                "warning": feed.warning,
                "gone": feed.gone,
                "retry_after": feed.retry_after.isoformat() if feed.retry_after else None,
                "interval": interval_of(feed),
                "full_text": feed.full_text,
            }
            click.echo(json.dumps(record, ensure_ascii=False))
            continue
        tags = "  " + " ".join(f"#{t}" for t in feed.tags) if feed.tags else ""
        click.echo(f"{feed.id:>4}  {feed.display_title}{tags}")
        success = _when(feed.last_success) or "never"
        due = next_due(feed)
        details = [
            f"{total} articles, {unread} unread",
            f"last success {success}",
            f"every {format_interval(interval_of(feed))}",
        ]
        if not feed.full_text:
            details.append("summary only")
        if due and feed.last_fetched:
            details.append(f"next {_when(due)}")
        click.echo(f"      {feed.url}")
        click.echo("      " + ", ".join(details))
        if feed.gone:
            click.echo("      gone: the server said 410, not fetched again")
        elif feed.last_error:
            click.echo(f"      error: {feed.last_error} ({_when(feed.last_fetched)})")
        if feed.warning:
            click.echo(f"      warning: {feed.warning}")
    if not feeds and not as_json:
        click.echo("No feeds yet: reader feed add URL", err=True)


@feed_group.command("remove")
@click.argument("feed_ref", metavar="ID|URL")
@click.option("--yes", is_flag=True, help="Confirm removing a feed that has articles.")
@click.option("--delete-articles", is_flag=True, help="Delete its articles too (kept otherwise).")
@pass_store
def remove_command(store, feed_ref, yes, delete_articles) -> None:
    """Unsubscribe; its articles stay in the archive unless --delete-articles.

    Example: reader feed remove 3 --yes --delete-articles
    """
    feed = resolve_feed(store, feed_ref)
    total, _unread = store.feed_counts().get(feed.id, (0, 0))
    if total and not yes:
        what = "delete them" if delete_articles else "keep them"
        raise ReaderError(
            f"feed {feed.id} ({feed.display_title}) has {total} articles: "
            f"pass --yes to remove it and {what}"
        )
    store.remove_feed(feed.id, delete_articles=delete_articles)
    kept = "" if not total else (", articles deleted" if delete_articles else ", articles kept")
    click.echo(f"Removed feed {feed.id} ({feed.display_title}){kept}.")


@feed_group.command("rename")
@click.argument("feed_ref", metavar="ID|URL")
@click.argument("title", required=False)
@click.option("--reset", is_flag=True, help="Go back to the feed's own title.")
@pass_store
def rename_command(store, feed_ref, title, reset) -> None:
    """Give a feed a title of your own (or go back to its own with --reset).

    Example: reader feed rename 3 "Le Monde — International"
    """
    feed = resolve_feed(store, feed_ref)
    if not reset and not (title or "").strip():
        raise ReaderError("give a title, or --reset to use the feed's own")
    store.update_feed(feed.id, title_override=None if reset else title)
    click.echo(f"{feed.id}: {store.get_feed(feed.id).display_title}")


@feed_group.command("tag")
@click.argument("feed_ref", metavar="ID|URL")
@click.argument("tags", nargs=-1, required=True)
@click.option("--remove", is_flag=True, help="Take these tags off instead.")
@pass_store
def tag_command(store, feed_ref, tags, remove) -> None:
    """Tag a subscription (or untag it), then print its tags.

    Example: reader feed tag 3 europe daily
    """
    feed = resolve_feed(store, feed_ref)
    if remove:
        store.remove_feed_tags(feed.id, tags)
    else:
        store.add_feed_tags(feed.id, tags)
    click.echo(" ".join(f"#{t}" for t in store.get_feed(feed.id).tags))


@feed_group.command("set")
@click.argument("feed_ref", metavar="ID|URL")
@click.option("--interval", help="Refresh interval: 30m, 2h, 1d, or 'default'.")
@click.option(
    "--full/--summary-only",
    "full_text",
    default=None,
    help="Fetch each entry's full article, or keep the feed's own text.",
)
@click.option("--title", help="Same as reader feed rename.")
@pass_store
def set_command(store, feed_ref, interval, full_text, title) -> None:
    """Change a feed's settings: refresh interval, full text, title.

    Example: reader feed set 3 --interval 2h --summary-only
    """
    from reader.core.feeds.schedule import format_interval, interval_of, parse_interval

    feed = resolve_feed(store, feed_ref)
    fields: dict[str, object] = {}
    if interval is not None:
        if interval.strip().lower() in ("default", "auto"):
            fields["interval"] = None
        else:
            try:
                fields["interval"] = parse_interval(interval)
            except ValueError as error:
                raise ReaderError(f"--interval: {error}") from None
    if full_text is not None:
        fields["full_text"] = full_text
    if title is not None:
        fields["title_override"] = title or None
    if not fields:
        raise ReaderError("nothing to set: give --interval, --full/--summary-only or --title")
    store.update_feed(feed.id, **fields)
    feed = store.get_feed(feed.id)
    mode = "full text" if feed.full_text else "summary only"
    click.echo(
        f"{feed.id}: {feed.display_title}, every {format_interval(interval_of(feed))}, {mode}"
    )


@cli.command("fetch")
@click.argument("feed_refs", nargs=-1, metavar="[FEED]...")
@click.option("--jobs", "-j", type=click.IntRange(1, 64), default=8, show_default=True)
@click.option("--no-full", is_flag=True, help="Keep the feeds' own text; fetch no pages.")
@click.option("--all", "force", is_flag=True, help="Fetch every feed, due or not.")
@NO_ANALYSIS
@click.pass_obj
def fetch_command(db_path, feed_refs, jobs, no_full, force, no_analysis) -> None:
    """Refresh feeds: every feed that is due, or those named (by id or URL).

    Example: reader fetch --jobs 16 --no-full
    """
    from reader.core.feeds.refresh import refresh_feeds
    from reader.core.store import Store

    feed_ids = None
    if feed_refs:
        with Store(db_path) as store:
            feed_ids = [resolve_feed(store, ref).id for ref in feed_refs]
    reporter = _TtyProgress() if sys.stdout.isatty() else _PlainProgress()
    if not no_analysis:
        warm_up_analysis(many=True)  # the models load in workers while feeds are fetched
    try:
        with reporter:
            summary = refresh_feeds(
                db_path,
                feed_ids,
                jobs=jobs,
                full_text=not no_full,
                force=force,
                on_progress=reporter.update,
            )
    except KeyboardInterrupt:
        click.echo(
            f"Interrupted: {reporter.done} feeds done and saved, {reporter.new} new.", err=True
        )
        sys.exit(130)
    if summary.feeds == 0:
        click.echo(f"No feed is due ({summary.skipped} not due); reader fetch --all fetches them.")
        return
    click.echo(str(summary))
    if summary.article_ids and not no_analysis:
        with Store(db_path) as store:
            analyse_new_articles(store, summary.article_ids)


class _PlainProgress:
    """One line per feed, for logs and pipes."""

    def __init__(self) -> None:
        self.done = 0
        self.new = 0

    def __enter__(self):
        return self

    def __exit__(self, *exc_info) -> None:
        pass

    def update(self, progress) -> None:
        self.done, self.new = progress.done, progress.new_total
        click.echo(f"[{progress.done}/{progress.total}] {progress.title}: {_describe(progress)}")


class _TtyProgress(_PlainProgress):
    """A Rich progress bar (feeds done, new articles); problems printed above it."""

    def __enter__(self):
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

        self.console = Console(stderr=True, highlight=False, markup=False, emoji=False)
        self.progress = Progress(
            TextColumn("Refreshing", markup=False),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("feeds, {task.fields[new]} new", markup=False),
            console=self.console,
            transient=True,
        )
        self.progress.__enter__()
        self.task = self.progress.add_task("feeds", total=None, new=0)
        return self

    def __exit__(self, *exc_info) -> None:
        self.progress.__exit__(*exc_info)

    def update(self, progress) -> None:
        from rich.text import Text

        self.done, self.new = progress.done, progress.new_total
        self.progress.update(
            self.task, completed=progress.done, total=progress.total, new=progress.new_total
        )
        if progress.error:
            self.console.print(Text(f"{progress.title}: {_describe(progress)}", style="yellow"))


def _describe(progress) -> str:
    if progress.error:
        return progress.error
    if progress.status == "not_modified":
        return "not modified"
    if progress.new or progress.updated:
        return f"{progress.new} new, {progress.updated} updated"
    return "no new entries"
