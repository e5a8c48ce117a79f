"""The article list: one line per article, read from SQLite a page at a time as it scrolls."""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass

from rich.style import Style
from rich.text import Text
from textual import events
from textual.binding import Binding
from textual.geometry import Region, Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip

from reader.core.models import Article
from reader.tui.formatting import reading_time, short_date, source_name, tag_list
from reader.tui.sources import ArticleSource

PAGE_SIZE = 100
"""Rows fetched per query."""
CACHED_PAGES = 30
"""Pages kept in memory; older ones are fetched again if scrolled back to."""


class ArticleList(ScrollView, can_focus=True):
    """Articles of a source, newest first, with a cursor; only visible pages are loaded."""

    BINDINGS = [
        Binding("j,down", "cursor_down", "Down", show=False, id="list.cursor_down"),
        Binding("k,up", "cursor_up", "Up", show=False, id="list.cursor_up"),
        Binding("g,home", "first", "First", show=False, id="list.first"),
        Binding("G,end", "last", "Last", show=False, id="list.last"),
        Binding("space,pagedown", "page_down", "Page down", show=False, id="list.page_down"),
        Binding("b,pageup", "page_up", "Page up", show=False, id="list.page_up"),
        Binding("enter,l", "open", "Open", id="list.open"),
    ]

    COMPONENT_CLASSES = {
        "article-list--cursor",
        "article-list--unread",
        "article-list--read",
        "article-list--meta",
        "article-list--tags",
        "article-list--marker",
        "article-list--star",
        "article-list--empty",
    }

    cursor: reactive[int] = reactive(0, always_update=True)

    @dataclass
    class Highlighted(Message):
        """The cursor moved to an article."""

        article: Article | None

    @dataclass
    class Opened(Message):
        """The reader asked to read an article."""

        article: Article

    def __init__(
        self,
        source: ArticleSource | None = None,
        *,
        empty_message: str = "No articles here.",
        id: str | None = None,
    ) -> None:
        super().__init__(id=id)
        self._source = source
        self._pages: OrderedDict[int, list[Article]] = OrderedDict()
        self._count = 0
        self.feed_titles: dict[int, str] = {}
        self.empty_message = empty_message

    @property
    def count(self) -> int:
        """How many articles the list holds."""
        return self._count

    @property
    def current(self) -> Article | None:
        """The article under the cursor."""
        return self.article_at(self.cursor)

    def set_source(self, source: ArticleSource) -> None:
        """Show another set of articles, cursor on the first."""
        self._source = source
        self._pages.clear()
        self._count = source.count()
        self.virtual_size = Size(0, self._count)
        self.scroll_to(0, 0, animate=False, immediate=True)
        self.cursor = 0
        self.refresh()

    def reload(self) -> None:
        """Read the source again (new articles, changed state), keeping the cursor's row."""
        if self._source is None:
            return
        self._pages.clear()
        self._count = self._source.count()
        self.virtual_size = Size(0, self._count)
        self.cursor = min(self.cursor, max(0, self._count - 1))
        self.refresh()

    def update_article(self, article: Article) -> None:
        """Replace a cached row after its state changed (read, starred, tags)."""
        for page in self._pages.values():
            for index, cached in enumerate(page):
                if cached.id == article.id:
                    page[index] = article
        self.refresh()

    def article_at(self, index: int) -> Article | None:
        """The article on row `index`, fetching its page if needed."""
        if self._source is None or not 0 <= index < self._count:
            return None
        number = index // PAGE_SIZE
        page = self._pages.get(number)
        if page is None:
            page = self._source.page(number * PAGE_SIZE, PAGE_SIZE)
            self._pages[number] = page
            while len(self._pages) > CACHED_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(number)
        offset = index - number * PAGE_SIZE
        return page[offset] if offset < len(page) else None

    def step(self, delta: int) -> Article | None:
        """Move the cursor by `delta` rows and return the article there (None at either end)."""
        target = self.cursor + delta
        if not 0 <= target < self._count:
            return None
        self.cursor = target
        return self.current

    # Cursor movement

    def watch_cursor(self, cursor: int) -> None:
        self.scroll_to_region(Region(0, cursor, 1, 1), animate=False, force=True, immediate=True)
        self.refresh()
        self.post_message(self.Highlighted(self.current))

    def action_cursor_down(self) -> None:
        if self.cursor < self._count - 1:
            self.cursor += 1

    def action_cursor_up(self) -> None:
        if self.cursor > 0:
            self.cursor -= 1

    def action_first(self) -> None:
        self.cursor = 0

    def action_last(self) -> None:
        self.cursor = max(0, self._count - 1)

    def action_page_down(self) -> None:
        self.cursor = min(max(0, self._count - 1), self.cursor + max(1, self.size.height - 1))

    def action_page_up(self) -> None:
        self.cursor = max(0, self.cursor - max(1, self.size.height - 1))

    def action_open(self) -> None:
        if (article := self.current) is not None:
            self.post_message(self.Opened(article))

    def on_click(self, event: events.Click) -> None:
        offset = event.get_content_offset(self)
        if offset is None:
            return
        index = self.scroll_offset.y + offset.y
        if 0 <= index < self._count:
            self.cursor = index
            if event.chain >= 2:
                self.action_open()

    # Rendering

    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width
        base = self.rich_style
        index = self.scroll_offset.y + y
        if self._count == 0:
            if y == 1:
                text = Text("  " + self.empty_message)
                text.stylize(self.get_component_rich_style("article-list--empty"))
                return self._strip(text, width, base)
            return Strip.blank(width, base)
        article = self.article_at(index)
        if article is None:
            return Strip.blank(width, base)
        return self._strip(self._row(article, width, index == self.cursor), width, base)

    def _strip(self, text: Text, width: int, base: Style) -> Strip:
        text.truncate(width, overflow="ellipsis", pad=True)
        strip = Strip(text.render(self.app.console), text.cell_len)
        return strip.apply_style(base).crop_extend(0, width, base)

    def _row(self, article: Article, width: int, is_cursor: bool) -> Text:
        style = self.get_component_rich_style
        meta = style("article-list--meta")
        show_source = width >= 60
        show_time = width >= 72
        show_tags = width >= 86
        date_width, source_width, time_width = 11, 18 if width >= 110 else 14, 6
        tags_width = 20 if width >= 130 else 14
        fixed = 3 + date_width + 1
        fixed += (source_width + 2) if show_source else 0
        fixed += (time_width + 2) if show_time else 0
        fixed += (tags_width + 2) if show_tags else 0
        title_width = max(10, width - fixed)

        row = Text(no_wrap=True, overflow="ellipsis")
        row.append("●" if not article.is_read else " ", style("article-list--marker"))
        row.append("★" if article.is_starred else " ", style("article-list--star"))
        row.append(" ")
        title = Text(article.title, no_wrap=True)
        title.truncate(title_width, overflow="ellipsis", pad=True)
        title.stylize(
            style("article-list--unread" if not article.is_read else "article-list--read")
        )
        row.append_text(title)
        if show_source:
            row.append("  ")
            row.append_text(_cell(source_name(article, self.feed_titles), source_width, meta))
        if show_tags:
            row.append("  ")
            tags = _cell(tag_list(article.tags), tags_width, style("article-list--tags"))
            row.append_text(tags)
        if show_time:
            row.append("  ")
            row.append_text(_cell(reading_time(article), time_width, meta, right=True))
        row.append(" ")
        row.append_text(
            _cell(short_date(article.published or article.fetched), date_width, meta, right=True)
        )
        if is_cursor:
            cursor_class = "article-list--cursor"
            row.stylize(self.get_component_rich_style(cursor_class))
        return row


def _cell(value: str, width: int, style: Style, *, right: bool = False) -> Text:
    """A fixed-width column: plain text, cut with an ellipsis, padded."""
    text = Text(value, style=style, no_wrap=True, end="")
    text.truncate(width, overflow="ellipsis")
    padding = width - text.cell_len
    if padding > 0:
        if right:
            text = Text(" " * padding) + text
        else:
            text.pad_right(padding)
    return text
