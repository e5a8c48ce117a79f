"""Search: results as you type, with snippets; Enter opens the article at the first match."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.timer import Timer
from textual.widgets import Footer, Input, OptionList, Static
from textual.widgets.option_list import Option
from textual.worker import get_current_worker

from reader.tui.formatting import short_date, source_name, tag_list

if TYPE_CHECKING:
    from reader.core.search import Hit, SearchResults
    from reader.tui.app import ReaderApp

DEBOUNCE_SECONDS = 0.15
"""Pause in typing before the query runs."""
PAGE = 50
"""Results fetched at a time; more are fetched as the cursor nears the end."""
FILTERS_HINT = (
    'words "exact phrase" prefix* OR -not · tag: feed: lang: is:unread is:starred '
    'is:annotated entity:"Name" kind:person before: after: on: in:notes'
)


class SearchScreen(Screen[None]):
    """A query box over a list of hits."""

    app: ReaderApp

    BINDINGS = [
        Binding("escape", "back", "Back", id="search.back"),
        Binding("down", "focus_results", "Results", show=False, id="search.results"),
        Binding(
            "slash", "focus_query", "Edit query", key_display="/", show=False, id="search.query"
        ),
        Binding("ctrl+o", "toggle_sort", "Sort", id="search.sort"),
        Binding("ctrl+s", "save_search", "Save search", id="search.save"),
        Binding("j", "cursor_down", "Down", show=False, id="search.cursor_down"),
        Binding("k", "cursor_up", "Up", show=False, id="search.cursor_up"),
    ]

    def __init__(self, query: str = "") -> None:
        super().__init__()
        self.initial_query = query
        self.sort = "relevance"
        self.results: SearchResults | None = None
        self.hits: list[Hit] = []
        self._timer: Timer | None = None
        self._query = ""

    def compose(self) -> ComposeResult:
        yield Input(
            value=self.initial_query,
            placeholder="Search the archive",
            id="query",
            select_on_focus=False,
        )
        yield Static(Text(FILTERS_HINT, style="dim"), id="search-hint")
        yield Static(id="search-status")
        yield OptionList(id="results")
        yield Footer()

    def on_mount(self) -> None:
        field = self.query_one(Input)
        field.cursor_blink = getattr(self.app, "cursor_blink", True)
        field.focus()
        self._run(self.initial_query)

    @property
    def result_list(self) -> OptionList:
        return self.query_one("#results", OptionList)

    # Typing

    @on(Input.Changed, "#query")
    def _changed(self, event: Input.Changed) -> None:
        if self._timer is not None:
            self._timer.stop()
        self._timer = self.set_timer(DEBOUNCE_SECONDS, lambda: self._run(event.value))

    @on(Input.Submitted, "#query")
    def _submitted(self, event: Input.Submitted) -> None:
        if self._timer is not None:
            self._timer.stop()
        if event.value != self._query or self.results is None:
            self._run(event.value, then_open=True)
        else:
            self._open(0)

    def _run(self, query: str, *, then_open: bool = False) -> None:
        self._query = query
        self._search(query, self.sort, then_open)

    @work(thread=True, exclusive=True, group="search")
    def _search(self, query: str, sort: str, then_open: bool) -> None:
        from reader.core.errors import ReaderError
        from reader.core.search import search
        from reader.core.store import Store

        worker = get_current_worker()
        with Store(self.app.db_path, migrate=False) as store:
            try:
                results = search(store, query, limit=PAGE, sort=sort)
            except ReaderError as error:
                if not worker.is_cancelled:
                    self.app.call_from_thread(self._show_error, str(error))
                return
        if not worker.is_cancelled:
            self.app.call_from_thread(self._show, query, results, then_open)

    def _show_error(self, message: str) -> None:
        self.results, self.hits = None, []
        self.result_list.clear_options()
        self.query_one("#search-status", Static).update(Text(message, style="bold"))

    def _show(self, query: str, results: SearchResults, then_open: bool) -> None:
        if query != self._query:
            return
        self.results = results
        self.hits = list(results.hits)
        options = self.result_list
        options.set_options([self._option(hit, i) for i, hit in enumerate(self.hits)])
        if self.hits:
            options.highlighted = 0
        self._update_status()
        if then_open and self.hits:
            self._open(0)

    def _update_status(self) -> None:
        results = self.results
        if results is None:
            return
        order = "by relevance" if self.sort == "relevance" else "newest first"
        if results.total == 0:
            line = Text("No articles match.", style="dim")
        else:
            line = Text(f"{results.total:,} article{'s' if results.total != 1 else ''}, {order}")
        self.query_one("#search-status", Static).update(line)

    def _option(self, hit: Hit, index: int) -> Option:
        article = hit.article
        text = Text()
        text.append("● " if not article.is_read else "  ", style="bold")
        text.append(article.title, style="bold")
        meta = " · ".join(
            p
            for p in (
                source_name(article),
                short_date(article.published or article.fetched),
                tag_list(article.tags),
            )
            if p
        )
        if meta:
            text.append("\n  ")
            text.append(meta, style="dim")
        if hit.snippet:
            snippet = Text(hit.snippet)
            for start, end in hit.highlights:
                snippet.stylize("bold reverse", start, end)
            text.append("\n  ")
            text.append_text(snippet)
        return Option(text, id=str(index))

    # Results

    @on(OptionList.OptionSelected, "#results")
    def _selected(self, event: OptionList.OptionSelected) -> None:
        self._open(event.option_index)

    @on(OptionList.OptionHighlighted, "#results")
    def _highlighted(self, event: OptionList.OptionHighlighted) -> None:
        self._load_more_if_near_end(event.option_index)

    def _load_more_if_near_end(self, index: int) -> None:
        results = self.results
        if results is None or index < len(self.hits) - 5 or len(self.hits) >= results.total:
            return
        from reader.core.search import search

        more = search(
            self.app.store, self._query, limit=PAGE, offset=len(self.hits), sort=self.sort
        )
        start = len(self.hits)
        self.hits.extend(more.hits)
        self.result_list.add_options(
            [self._option(hit, start + i) for i, hit in enumerate(more.hits)]
        )

    def _open(self, index: int) -> None:
        if not 0 <= index < len(self.hits):
            return
        self.result_list.highlighted = index
        self.app.open_article(self.hits[index].article.id, step=self._step, query=self._query)

    def _step(self, delta: int) -> int | None:
        options = self.result_list
        target = (options.highlighted or 0) + delta
        if not 0 <= target < len(self.hits):
            return None
        options.highlighted = target
        return self.hits[target].article.id

    # Keys

    def action_back(self) -> None:
        self.dismiss()

    def action_focus_results(self) -> None:
        if self.hits:
            self.result_list.focus()

    def action_focus_query(self) -> None:
        self.query_one(Input).focus()

    def action_toggle_sort(self) -> None:
        self.sort = "date" if self.sort == "relevance" else "relevance"
        self._run(self._query)

    def action_save_search(self) -> None:
        """Save the query under a name; it then shows in the sidebar with its count."""
        from reader.tui.screens.dialogs.prompt import PromptDialog

        query = self.query_one(Input).value.strip()
        if not query:
            self.notify("Type a query first", severity="warning")
            return

        def named(name: str | None) -> None:
            from reader.core.errors import ReaderError
            from reader.core.search import save_search

            if not name:
                return
            try:
                save_search(self.app.store, name, query)
            except ReaderError as error:
                self.notify(str(error), severity="error", markup=False)
                return
            self.notify(f"Saved search “{name}”", markup=False)

        self.app.push_screen(PromptDialog("Save this search as", placeholder="name"), named)

    def action_cursor_down(self) -> None:
        self.result_list.action_cursor_down()

    def action_cursor_up(self) -> None:
        self.result_list.action_cursor_up()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in {"cursor_down", "cursor_up", "focus_query"}:
            return not isinstance(self.focused, Input)
        if action == "focus_results":
            return isinstance(self.focused, Input)
        return True
