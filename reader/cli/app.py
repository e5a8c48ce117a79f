"""`reader` with no command: open the reading app on the archive."""

from __future__ import annotations

from pathlib import Path


def open_app(db_path: Path) -> None:
    """Run the Textual app; Textual is imported only here, so other commands start fast."""
    try:
        from reader.tui.app import ReaderApp
    except ImportError:
        # Until the app exists, show what the archive holds.
        from reader.cli.articles import print_article_list
        from reader.core.store import Store

        with Store(db_path) as store:
            print_article_list(store.list_articles(limit=None))
        return
    ReaderApp(db_path).run()
