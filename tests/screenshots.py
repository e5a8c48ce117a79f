"""`make screenshots`: SVG screenshots of the app's main screens, from the demo archive.

    python -m tests.screenshots DB_PATH screenshots

Names and figures are found first (as a refresh would) so the reader shows its highlights;
the clock is fixed so that the list's relative dates do not change from one run to the next.
"""

from __future__ import annotations

import asyncio
import sys
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime
from pathlib import Path

SIZE = (120, 36)
NOW = datetime(2026, 6, 5, 9, 0, tzinfo=UTC)


async def _capture(db_path: Path, out: Path, name: str, theme: str, steps) -> Path:
    from reader.tui.app import ReaderApp

    app = ReaderApp(db_path, cursor_blink=False)
    async with app.run_test(size=SIZE) as pilot:
        app.theme = theme
        await pilot.pause()
        await steps(app, pilot)
        await pilot.pause()
        path = Path(app.save_screenshot(f"{name}.svg", str(out)))
    return path


def _first_annotated(db_path: Path) -> tuple[int, int] | None:
    from reader.core.store import Store

    with Store(db_path) as store:
        annotations = store.list_annotations()
        if not annotations:
            return None
        return annotations[-1].article_id, annotations[-1].start.block


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print("usage: python -m tests.screenshots DB_PATH OUT_DIR", file=sys.stderr)
        return 2
    db_path, out = Path(argv[0]), Path(argv[1])
    out.mkdir(parents=True, exist_ok=True)

    import reader.tui.formatting as formatting
    from reader.core.analysis.pipeline import analyse_pending
    from reader.tui.screens.article import ArticleScreen
    from reader.tui.screens.search import SearchScreen

    analyse_pending(db_path)
    formatting.now = lambda: NOW
    article_id, block = _first_annotated(db_path) or (1, 0)

    async def library(app, pilot) -> None:
        pass

    async def reader(app, pilot) -> None:
        await app.push_screen(ArticleScreen(article_id))
        view = app.screen.query_one("ArticleView")
        view.move_to(block)
        view.scroll_to_block(max(0, block - 2), top=True)

    async def entities(app, pilot) -> None:
        await reader(app, pilot)
        app.screen.action_entities()
        await pilot.pause()
        await pilot.press("enter")

    async def search(app, pilot) -> None:
        await app.push_screen(SearchScreen("inflation OR faim"))
        await pilot.pause(0.3)
        await app.workers.wait_for_complete()

    async def help_screen(app, pilot) -> None:
        await app.push_screen(ArticleScreen(article_id))
        app.action_help()

    shots: list[tuple[str, str, Callable[..., Awaitable[None]]]] = [
        ("library", "textual-dark", library),
        ("reader", "textual-dark", reader),
        ("reader-light", "textual-light", reader),
        ("entities", "textual-dark", entities),
        ("search", "textual-dark", search),
        ("help", "textual-dark", help_screen),
    ]
    for name, theme, steps in shots:
        path = asyncio.run(_capture(db_path, out, name, theme, steps))
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
