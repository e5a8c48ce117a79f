"""What the main screens look like, at 80×24 and 120×40, in the dark and the light theme.

Update after an intended change with `pytest tests/tui/test_snapshots.py --snapshot-update`
and look at the SVGs under `__snapshots__/` before committing them.
"""

from __future__ import annotations

import pytest

from reader.core.models import Annotation
from reader.core.store import Store
from reader.tui.app import ReaderApp
from reader.tui.passages import Span, passage_between
from reader.tui.screens.article import ArticleScreen
from reader.tui.screens.search import SearchScreen
from reader.tui.widgets.article_view import ArticleView
from tests.tui.archive import build_archive
from tests.tui.waiting import settle

SIZES = [(80, 24), (120, 40)]
THEMES = ["textual-dark", "textual-light"]
layouts = pytest.mark.parametrize(
    "size,theme",
    [(s, t) for s in SIZES for t in THEMES],
    ids=lambda v: "x".join(map(str, v)) if isinstance(v, tuple) else v,
)


@pytest.fixture
def annotated_app(db_path):
    """The app on the test archive whose Geneva article has a sentence and a section annotated."""
    ids = build_archive(db_path)
    with Store(db_path) as store:
        blocks = store.get_blocks(ids["geneva"])
        for first, last, note in (
            (Span(2, 0, 73), Span(2, 0, 73), "Swiss framing: modest but real."),
            (Span(14, 0, len(blocks[14].text)), Span(19, 0, len(blocks[19].text)), "Guarantees"),
        ):
            passage = passage_between(blocks, first, last)
            store.add_annotation(
                Annotation(
                    None,
                    ids["geneva"],
                    passage.start,
                    passage.end,
                    passage.quote,
                    passage.prefix,
                    passage.suffix,
                    note,
                    ("talks",),
                )
            )
    return ReaderApp(db_path, cursor_blink=False)


def themed(theme: str, action=None):
    """A `run_before` that picks the theme, then does `action(pilot)` (which may be async)."""

    async def run_before(pilot) -> None:
        pilot.app.theme = theme
        if action is not None:
            result = action(pilot)
            if result is not None:
                await result
        await settle(pilot.app)
        await pilot.pause()

    return run_before


async def open_geneva_at_section(pilot) -> None:
    """Open the Geneva article with the cursor in its annotated section."""
    app = pilot.app
    await app.push_screen(ArticleScreen(1))
    await pilot.pause()
    view = app.screen.query_one(ArticleView)
    view.move_to(15)
    view.scroll_to_block(14, top=True)


async def search_garantie(pilot) -> None:
    """Open search and type a query, waiting for its results."""
    app = pilot.app
    await app.push_screen(SearchScreen("garantie"))
    await settle(app)


async def help_over_reader(pilot) -> None:
    app = pilot.app
    await app.push_screen(ArticleScreen(1))
    app.action_help()


@layouts
def test_library(snap_compare, app, size, theme):
    """The library: sidebar with views, feed and tags, and the article list with unread markers."""
    assert snap_compare(app, terminal_size=size, run_before=themed(theme))


@layouts
def test_reader_with_highlights_and_annotations(snap_compare, annotated_app, size, theme):
    """The Geneva article with names and figures coloured and the legend; the cursor is in the
    annotated section "Zelensky demande…", tinted with a margin marker, its note shown."""
    assert snap_compare(
        annotated_app, terminal_size=size, run_before=themed(theme, open_geneva_at_section)
    )


@layouts
def test_search(snap_compare, app, size, theme):
    """Search results for "garantie" with the matched words highlighted in the snippets."""
    assert snap_compare(app, terminal_size=size, run_before=themed(theme, search_garantie))


@layouts
def test_help(snap_compare, app, size, theme):
    """Help over the reader: every key of the reader, its widgets and the app."""
    assert snap_compare(app, terminal_size=size, run_before=themed(theme, help_over_reader))
