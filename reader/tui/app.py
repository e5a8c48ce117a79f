"""ReaderApp: the keyboard-driven reading app over one archive file."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import ClassVar

from textual import on, work
from textual.app import App, SystemCommand
from textual.binding import Binding
from textual.screen import Screen

from reader.core.store import Store
from reader.tui.commands import ReaderCommands
from reader.tui.messages import ArchiveChanged, RefreshFinished, RefreshProgress

ARCHIVE_POLL_SECONDS = 2.0
"""How often the app looks for articles written by other processes."""


class ReaderApp(App[None]):
    """Library, reader, search and dialogs over the archive at `db_path`."""

    CSS_PATH = "app.tcss"
    TITLE = "reader"
    COMMANDS: ClassVar = App.COMMANDS | {ReaderCommands}
    BINDINGS = [
        Binding("slash", "search", "Search", key_display="/", id="app.search"),
        Binding("r", "refresh", "Refresh", id="app.refresh"),
        Binding("question_mark", "help", "Help", key_display="?", id="app.help"),
        Binding("ctrl+p", "command_palette", "Commands", show=False, id="app.palette"),
    ]

    def __init__(
        self, db_path: str | Path, *, cursor_blink: bool = True, keymap: Path | None = None
    ) -> None:
        super().__init__()
        self.db_path = Path(db_path)
        self.keymap_file = keymap
        self.keymap: dict[str, str] = {}
        """The keys the user's keymap file gives bindings, by binding id."""
        self.store = Store(self.db_path)
        self.cursor_blink = cursor_blink
        self.refreshing = False
        self._reader_screen: Screen | None = None

    def on_mount(self) -> None:
        from reader.tui.screens.library import LibraryScreen

        self._load_keymap()
        self.push_screen(LibraryScreen())
        self._data_version = self._read_data_version()
        self.set_interval(ARCHIVE_POLL_SECONDS, self._watch_archive)

    def _load_keymap(self) -> None:
        """Apply the user's keymap file, if there is one; say what is wrong with it."""
        from reader.tui.keymap import keymap_path, load_keymap

        self.keymap, problems = load_keymap(self.keymap_file or keymap_path())
        if self.keymap:
            self.set_keymap(self.keymap)
        for problem in problems:
            self.notify(problem, severity="warning", timeout=10, markup=False)

    def _read_data_version(self) -> int:
        return self.store.conn.execute("PRAGMA data_version").fetchone()[0]

    def _watch_archive(self) -> None:
        """Notice commits by other processes (a `reader fetch` in another terminal).

        SQLite's data_version changes only when another connection commits, so this costs one
        cheap pragma per tick and never reloads for the app's own writes.
        """
        version = self._read_data_version()
        if version != self._data_version:
            self._data_version = version
            self.post_message(ArchiveChanged())

    def on_unmount(self) -> None:
        self.store.close()

    def open_article(
        self,
        article_id: int,
        *,
        step: Callable[[int], int | None] | None = None,
        query: str | None = None,
    ) -> None:
        """Read an article. One reader screen is kept and reused, so opening costs a query and
        a redraw rather than building a screen; a second one is made only when the kept one
        is already open under the current screen."""
        from reader.tui.screens.article import ArticleScreen

        if not self.store.query("SELECT 1 FROM articles WHERE id = ?", (article_id,)):
            self.notify("This article is no longer in the archive", severity="warning")
            return
        reader = self._reader_screen
        if reader is None or reader in self.screen_stack:
            reader = ArticleScreen(article_id, step=step, query=query)
            if self._reader_screen is None:
                self._reader_screen = reader
                self.install_screen(reader, "reader")
        else:
            reader.show_article(article_id, step=step, query=query)
        self.push_screen(reader)

    # Actions reachable from every screen

    def action_search(self, query: str = "") -> None:
        """Open the search screen, optionally with a query typed in."""
        from reader.tui.screens.search import SearchScreen

        self.push_screen(SearchScreen(query))

    def action_help(self) -> None:
        """Show every key of the current screen."""
        from reader.tui.screens.help import HelpScreen

        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen(self.screen))

    def action_open_url(self, url: str) -> None:
        """Open a page in the system browser."""
        if not url.startswith(("http://", "https://")):
            self.notify("This article has no web address", severity="warning")
            return
        self.open_url(url)
        self.notify("Opened in the browser")

    def action_add_feed(self) -> None:
        """Ask for a feed URL and subscribe to it."""
        from reader.tui.screens.dialogs.add_feed import AddFeedDialog

        def added(url: str | None) -> None:
            if url:
                feed = self.store.add_feed(url)
                self.notify(f"Subscribed to {feed.url}", markup=False)
                self.post_message(ArchiveChanged())
                self.action_refresh([feed.id])

        self.push_screen(AddFeedDialog(), added)

    def action_import_file(self) -> None:
        """Ask for a file or URL and import it into the archive."""
        from reader.tui.screens.dialogs.import_file import ImportDialog

        def chosen(target: str | None) -> None:
            if target:
                self._import(target)

        self.push_screen(ImportDialog(), chosen)

    @work(thread=True, exclusive=True, group="import")
    def _import(self, target: str) -> None:
        """Import a file or page (and find its names and figures) off the UI thread."""
        from reader.core.analysis.pipeline import analyse_pending
        from reader.core.importers import SourceError, import_sources

        stored, problems = [], []
        with Store(self.db_path) as store:
            for outcome in import_sources(store, [target]):
                (problems if isinstance(outcome, SourceError) else stored).append(outcome)
            articles = [item.id for item in stored if item.kind == "article"]
            if articles:
                analyse_pending(store, articles)
        for problem in problems:
            self.call_from_thread(self.notify, str(problem), severity="error", markup=False)
        if stored:
            first = stored[0].title
            more = f" and {len(stored) - 1} more" if len(stored) > 1 else ""
            self.call_from_thread(self.notify, f"Imported {first}{more}", markup=False)
            self.post_message(ArchiveChanged())

    def action_export(self) -> None:
        """Ask for a folder and a query, then write Markdown notes there."""
        from reader.tui.screens.dialogs.export import ExportDialog, ExportRequest

        def chosen(request: ExportRequest | None) -> None:
            if request is not None:
                self._export(request)

        self.push_screen(ExportDialog(), chosen)

    @work(thread=True, exclusive=True, group="export")
    def _export(self, request) -> None:
        """Write the notes off the UI thread."""
        from reader.core.errors import ReaderError
        from reader.core.export import select
        from reader.core.export.markdown import write_notes

        try:
            with Store(self.db_path) as store:
                ids = select(store, request.query)
                count = write_notes(
                    store, ids, request.directory, annotations_only=request.annotations_only
                )
        except (ReaderError, OSError) as error:
            self.call_from_thread(self.notify, str(error), severity="error", markup=False)
            return
        self.call_from_thread(
            self.notify, f"Wrote {count} notes to {request.directory}", markup=False
        )

    def action_refresh(self, feed_ids: list[int] | None = None) -> None:
        """Fetch the feeds in the background; lists update as articles arrive."""
        if self.refreshing:
            self.notify("A refresh is already running")
            return
        self.refreshing = True
        self._refresh(feed_ids)

    @work(thread=True, exclusive=True, group="refresh")
    def _refresh(self, feed_ids: list[int] | None) -> None:
        """Fetch feeds, then find names and figures in what arrived, all off the UI thread."""
        from reader.core.analysis.pipeline import analyse_pending
        from reader.core.errors import ReaderError
        from reader.core.feeds.refresh import refresh_feeds

        def progress(report) -> None:
            self.post_message(RefreshProgress(report.done, report.total, report.new_total))

        try:
            summary = refresh_feeds(self.db_path, feed_ids, force=True, on_progress=progress)
            if summary.article_ids:
                analyse_pending(self.db_path, summary.article_ids)
        except ReaderError as error:
            self.post_message(RefreshFinished(f"Refresh failed: {error}", True))
            return
        if summary.feeds == 0:
            line = "No feeds yet: add one with Ctrl+P, “Add feed”"
        else:
            line = (
                f"{summary.feeds} feed{'s' if summary.feeds != 1 else ''}: {summary.new} new, "
                f"{summary.updated} updated, {summary.errors} with errors"
            )
        self.post_message(RefreshFinished(line, bool(summary.errors)))

    @on(RefreshFinished)
    def _refresh_finished(self, message: RefreshFinished) -> None:
        self.refreshing = False
        self.notify(
            message.summary,
            title="Refresh",
            severity="warning" if message.failed else "information",
            markup=False,
        )
        self._broadcast(message)
        self._broadcast(ArchiveChanged())

    @on(RefreshProgress)
    def _refresh_progress(self, message: RefreshProgress) -> None:
        self._broadcast(message)

    @on(ArchiveChanged)
    def _archive_changed(self, message: ArchiveChanged) -> None:
        self._broadcast(message)

    def _broadcast(self, message) -> None:
        """Hand a worker's message to every open screen (the library may be under the reader)."""
        for screen in self.screen_stack:
            screen.post_message(_copy(message))

    def get_system_commands(self, screen: Screen):
        yield from super().get_system_commands(screen)
        yield SystemCommand("Add feed", "Subscribe to a feed by its URL", self.action_add_feed)
        yield SystemCommand("Import", "Import a web page or a file", self.action_import_file)
        yield SystemCommand("Refresh feeds", "Fetch every feed now", self.action_refresh)
        yield SystemCommand(
            "Export notes", "Write articles and annotations as Markdown", self.action_export
        )
        yield SystemCommand("Search", "Search the archive", self.action_search)
        yield SystemCommand("Help", "Every key of this screen", self.action_help)


def _copy(message):
    """A fresh instance of a dataclass message (a message object is delivered once)."""
    from dataclasses import fields

    return type(message)(**{f.name: getattr(message, f.name) for f in fields(message)})


def _describe(result) -> str:
    title = getattr(result, "title", None) or getattr(
        getattr(result, "article", None), "title", None
    )
    return str(title) if title else "1 article"
