"""The sidebar: views, feeds with unread counts, tags and saved searches, as one list."""

from __future__ import annotations

from dataclasses import dataclass

from rich.text import Text
from textual import on
from textual.binding import Binding
from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from reader.tui.sources import ArticleFilter


@dataclass(frozen=True, slots=True)
class SidebarEntry:
    """One line of the sidebar: a filter and how many articles it holds."""

    filter: ArticleFilter
    count: int | None = None
    """Shown on the right (unread articles for feeds; articles for views and tags)."""


@dataclass(frozen=True, slots=True)
class SidebarSection:
    """A titled group of entries."""

    title: str
    entries: tuple[SidebarEntry, ...]


class Sidebar(OptionList):
    """Choosing a line filters the article list; counts come from the screen."""

    BINDINGS = [
        Binding("j", "cursor_down", "Down", show=False, id="sidebar.cursor_down"),
        Binding("k", "cursor_up", "Up", show=False, id="sidebar.cursor_up"),
        Binding("g", "first", "First", show=False, id="sidebar.first"),
        Binding("G", "last", "Last", show=False, id="sidebar.last"),
    ]

    @dataclass
    class FilterChosen(Message):
        """The reader moved to another view, feed, tag or saved search."""

        filter: ArticleFilter

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._filters: dict[str, ArticleFilter] = {}
        self._sections: list[SidebarSection] = []
        self._width = 0

    @property
    def chosen(self) -> ArticleFilter | None:
        """The filter of the highlighted line."""
        if self.highlighted is None:
            return None
        option = self.get_option_at_index(self.highlighted)
        return self._filters.get(option.id or "")

    def show(self, sections: list[SidebarSection], *, keep: str | None = None) -> None:
        """Replace the lines, keeping the highlight on the entry with key `keep` if present."""
        keep = keep or (self.chosen.key if self.chosen else "all")
        self._sections = sections
        self._width = self.scrollable_content_region.width
        width = max(12, (self._width or 26) - 2)
        options: list[Option | None] = []
        self._filters = {}
        for number, section in enumerate(sections):
            if number:
                options.append(None)
            options.append(Option(Text(section.title.upper(), style="bold dim"), disabled=True))
            for entry in section.entries:
                key = entry.filter.key
                self._filters[key] = entry.filter
                options.append(Option(_line(entry, width), id=key))
        self.set_options(options)
        index = next(
            (i for i, o in enumerate(self.options) if o.id == keep),
            next((i for i, o in enumerate(self.options) if o.id), None),
        )
        self.highlighted = index

    def on_resize(self) -> None:
        if self._sections and self.scrollable_content_region.width != self._width:
            self.show(self._sections)

    @on(OptionList.OptionHighlighted)
    def _chosen(self, event: OptionList.OptionHighlighted) -> None:
        event.stop()
        found = self._filters.get(event.option.id or "")
        if found is not None:
            self.post_message(self.FilterChosen(found))

    @on(OptionList.OptionSelected)
    def _selected(self, event: OptionList.OptionSelected) -> None:
        found = self._filters.get(event.option.id or "")
        if found is not None:
            self.post_message(self.FilterChosen(found))


def _line(entry: SidebarEntry, width: int) -> Text:
    """`Label ........ 12` as plain text (labels come from feeds and are never markup)."""
    count = "" if not entry.count else str(entry.count)
    text = Text(no_wrap=True, overflow="ellipsis")
    label = Text(entry.filter.label, no_wrap=True)
    label.truncate(max(1, width - len(count) - 1), overflow="ellipsis")
    text.append_text(label)
    text.append(" " * max(1, width - label.cell_len - len(count)))
    text.append(count, style="dim")
    return text
