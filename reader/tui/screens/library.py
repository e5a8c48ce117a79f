"""The library: the sidebar of views, feeds, tags and saved searches beside the article list."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import Screen
from textual.widgets import Footer, ProgressBar, Static

from reader.core.errors import ReaderError
from reader.core.models import Article, Feed
from reader.tui.messages import ArchiveChanged, RefreshFinished, RefreshProgress
from reader.tui.screens.article_actions import ArticleActions
from reader.tui.sources import ArticleFilter, source_for
from reader.tui.widgets.article_list import ArticleList
from reader.tui.widgets.sidebar import Sidebar, SidebarEntry, SidebarSection

if TYPE_CHECKING:
    from reader.core.store import Store
    from reader.tui.app import ReaderApp


class LibraryScreen(ArticleActions, Screen[None]):
    """Where the app opens: choose a view on the left, an article on the right."""

    app: ReaderApp

    AUTO_FOCUS = "#articles"

    BINDINGS = [
        Binding("q", "app.quit", "Quit", id="library.quit"),
        Binding("m", "toggle_read", "Read/unread", id="article.read"),
        Binding("s", "toggle_star", "Star", id="article.star"),
        Binding("t", "edit_tags", "Tags", show=False, id="article.tags"),
        Binding("o", "open_original", "Browser", show=False, id="article.browser"),
        Binding("n", "next_unread", "Next unread", show=False, id="library.next_unread"),
        Binding("h,left", "focus_sidebar", "Sidebar", show=False, id="library.sidebar"),
        Binding("right", "focus_list", "Articles", show=False, id="library.list"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.filter = ArticleFilter()
        self._resumed_once = False
        self._counted_once = False

    def compose(self) -> ComposeResult:
        with Horizontal():
            yield Sidebar(id="sidebar")
            with Vertical(id="main"):
                yield Static(id="list-title")
                yield ArticleList(id="articles")
                yield ProgressBar(id="refresh-bar", show_eta=False)
        yield Footer()

    @property
    def article_list(self) -> ArticleList:
        return self.query_one(ArticleList)

    def on_mount(self) -> None:
        self.query_one("#refresh-bar").display = False
        self.refresh_sidebar()
        self.article_list.set_source(source_for(self.app.store, self.filter))
        self._update_title()

    def on_screen_resume(self) -> None:
        if not self._resumed_once:  # the first resume is the screen's first showing
            self._resumed_once = True
            return
        self.refresh_sidebar()
        self.article_list.reload()
        self._update_title()

    # The sidebar

    def refresh_sidebar(self) -> None:
        """Redraw the sidebar: its lines at once, their counts from a worker a moment later
        (counting 100,000 articles by feed, tag and state is not for the UI thread)."""
        feeds = self.app.store.list_feeds()
        self.article_list.feed_titles = {feed.id: feed.display_title for feed in feeds}
        if not self._counted_once:
            self._show_sections(sidebar_sections(feeds))
            # Count once the list is on screen, not competing with the first paint.
            self.call_after_refresh(self._count)
        else:
            self._count()

    @work(thread=True, exclusive=True, group="sidebar")
    def _count(self) -> None:
        from reader.core.store import Store

        with Store(self.app.db_path, migrate=False) as store:
            sections = sidebar_sections(store.list_feeds(), store)
        self.app.call_from_thread(self._show_sections, sections, counted=True)

    def _show_sections(self, sections: list[SidebarSection], *, counted: bool = False) -> None:
        self._counted_once = self._counted_once or counted
        self.query_one(Sidebar).show(sections, keep=self.filter.key)

    @on(Sidebar.FilterChosen)
    def _filter_chosen(self, event: Sidebar.FilterChosen) -> None:
        if event.filter == self.filter:
            return
        self.filter = event.filter
        try:
            self.article_list.set_source(source_for(self.app.store, self.filter))
        except ReaderError as error:  # a saved search that no longer parses
            self.notify(str(error), severity="error", markup=False)
        self._update_title()

    def show_filter(self, article_filter: ArticleFilter) -> None:
        """List what a filter selects (from the palette), highlighting it in the sidebar."""
        self.filter = article_filter
        self.article_list.set_source(source_for(self.app.store, article_filter))
        self.refresh_sidebar()
        self._update_title()
        self.article_list.focus()

    def _update_title(self) -> None:
        from rich.text import Text

        count = self.article_list.count
        title = Text(self.filter.label, style="bold")
        title.append(" · ")
        title.append(f"{count:,} article{'s' if count != 1 else ''}", style="dim")
        self.query_one("#list-title", Static).update(title)

    # Articles

    @on(ArticleList.Opened)
    def _open(self, event: ArticleList.Opened) -> None:
        self.open_article(event.article)

    def open_article(self, article: Article) -> None:
        self.app.open_article(article.id, step=self._step)

    def _step(self, delta: int) -> int | None:
        """The id of the next (or previous) article in the list, moving the cursor there."""
        article = self.article_list.step(delta)
        return article.id if article else None

    def current_article(self) -> Article | None:
        article = self.article_list.current
        if article is None:
            self.app.bell()
        return article

    def article_changed(self, article_id: int, message: str | None = None) -> None:
        fresh = self.app.store.get_article(article_id, with_blocks=False)
        if fresh is not None:
            self.article_list.update_article(fresh)
        self.refresh_sidebar()

    def action_next_unread(self) -> None:
        articles = self.article_list
        for index in range(articles.cursor + 1, min(articles.count, articles.cursor + 2000)):
            found = articles.article_at(index)
            if found is not None and not found.is_read:
                articles.cursor = index
                return
        self.notify("No unread article below")

    def action_focus_sidebar(self) -> None:
        self.query_one(Sidebar).focus()

    def action_focus_list(self) -> None:
        self.article_list.focus()

    @on(Sidebar.OptionSelected, "#sidebar")
    def _sidebar_enter(self) -> None:
        self.article_list.focus()

    # Background work

    @on(RefreshProgress)
    def _progress(self, message: RefreshProgress) -> None:
        bar = self.query_one("#refresh-bar", ProgressBar)
        bar.display = True
        bar.update(total=max(1, message.total), progress=message.done)
        if message.new_articles:
            self.article_list.reload()
            self._update_title()

    @on(RefreshFinished)
    def _finished(self) -> None:
        self.query_one("#refresh-bar", ProgressBar).display = False

    @on(ArchiveChanged)
    def _archive_changed(self) -> None:
        self.refresh_sidebar()
        self.article_list.reload()
        self._update_title()


def sidebar_sections(feeds: list[Feed], store: Store | None = None) -> list[SidebarSection]:
    """The sidebar's sections: with `store`, with counts, tags and saved searches; without,
    only the views and feeds (what can be shown before anything is counted)."""
    count = store.count_articles if store is not None else lambda **_: None
    views = tuple(
        SidebarEntry(ArticleFilter(kind, None, kind.capitalize()), count(**arguments))
        for kind, arguments in (
            ("all", {}),
            ("unread", {"unread": True}),
            ("starred", {"starred": True}),
            ("annotated", {"annotated": True}),
        )
    )
    sections = [SidebarSection("Library", views)]
    unread = store.feed_counts() if store is not None else {}
    if feeds:
        entries = tuple(
            SidebarEntry(
                ArticleFilter("feed", feed.id, feed.display_title),
                unread.get(feed.id, (0, 0))[1] if store is not None else None,
            )
            for feed in feeds
        )
        sections.append(SidebarSection("Feeds", entries))
    if store is None:
        return sections
    tags = store.tags_with_counts()
    if tags:
        entries = tuple(SidebarEntry(ArticleFilter("tag", name, f"#{name}"), n) for name, n in tags)
        sections.append(SidebarSection("Tags", entries))
    saved = _saved_searches(store)
    if saved:
        entries = tuple(
            SidebarEntry(ArticleFilter("query", query, name), found) for name, query, found in saved
        )
        sections.append(SidebarSection("Saved searches", entries))
    return sections


def _saved_searches(store) -> list[tuple[str, str, int | None]]:
    """Saved searches with their counts (None for one that no longer parses)."""
    from reader.core.search import list_saved

    return [
        (name, query, count if count >= 0 else None) for name, query, count in list_saved(store)
    ]
