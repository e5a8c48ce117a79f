"""The command palette's own entries: go to any feed, tag or saved search.

App actions (add feed, import, refresh, search, help) are system commands of `ReaderApp`.
Every help text here is our own: Textual parses help as markup, and feed titles are untrusted.
"""

from __future__ import annotations

from functools import partial

from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.content import Content

from reader.tui.sources import ArticleFilter


class ReaderCommands(Provider):
    """`Go to feed: …`, `Go to tag: …`, `Saved search: …`, plus theme switching."""

    def _entries(self) -> list[tuple[str, str, object]]:
        app = self.app
        store = app.store  # type: ignore[attr-defined]
        entries: list[tuple[str, str, object]] = [
            (
                "Toggle dark/light theme",
                "Switch between the dark and light themes",
                app.action_toggle_dark,
            ),  # type: ignore[attr-defined]
        ]
        for view in ("all", "unread", "starred", "annotated"):
            target = ArticleFilter(view, None, view.capitalize())
            entries.append(
                (f"Show {view}", f"{view.capitalize()} articles", partial(self._go, target))
            )
        for feed in store.list_feeds():
            target = ArticleFilter("feed", feed.id, feed.display_title)
            entries.append(
                (
                    f"Go to feed: {feed.display_title}",
                    "Articles of this feed",
                    partial(self._go, target),
                )
            )
        for name, _count in store.tags_with_counts():
            target = ArticleFilter("tag", name, f"#{name}")
            entries.append(
                (f"Go to tag: #{name}", "Articles with this tag", partial(self._go, target))
            )
        try:
            from reader.core.search import list_saved

            for name, query, _count in list_saved(store, counts=False):
                entries.append(
                    (f"Saved search: {name}", "Run this search", partial(app.action_search, query))  # type: ignore[attr-defined]
                )
        except ImportError:
            pass
        return entries

    def _go(self, target: ArticleFilter) -> None:
        from reader.tui.screens.library import LibraryScreen

        app = self.app
        while len(app.screen_stack) > 2 and not isinstance(app.screen, LibraryScreen):
            app.pop_screen()
        if isinstance(app.screen, LibraryScreen):
            app.screen.show_filter(target)

    async def discover(self) -> Hits:
        for title, help_text, command in self._entries()[:5]:
            yield DiscoveryHit(Content(title), command, text=title, help=help_text)  # type: ignore[arg-type]

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for title, help_text, command in self._entries():
            score = matcher.match(title)
            if score > 0:
                yield Hit(score, _highlight(matcher, title), command, text=title, help=help_text)  # type: ignore[arg-type]


def _highlight(matcher, title: str) -> Content:
    """The title with the matched letters in bold, never parsed as markup (feed titles are
    untrusted, and `Matcher.highlight` would parse them)."""
    content = Content(title)
    _score, offsets = matcher.fuzzy_search.match(matcher.query, title)
    for offset in offsets:
        content = content.stylize("bold underline", offset, offset + 1)
    return content
