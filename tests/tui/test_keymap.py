"""A keymap file gives the app's actions other keys; a bad file is named and ignored."""

from __future__ import annotations

import re
from pathlib import Path

from reader.tui.app import ReaderApp
from reader.tui.keymap import binding_ids
from reader.tui.screens.article import ArticleScreen
from reader.tui.screens.help import HelpScreen
from reader.tui.screens.library import LibraryScreen
from reader.tui.widgets.article_view import ArticleView
from tests.tui.test_app import widget_text

README = Path(__file__).resolve().parents[2] / "README.md"


async def test_keys_from_the_keymap_replace_the_defaults_everywhere(db_path, archive, tmp_path):
    keymap = tmp_path / "keymap.toml"
    keymap.write_text('[keys]\n"app.help" = "f1"\n"view.select" = "x"\n', encoding="utf-8")
    app = ReaderApp(db_path, cursor_blink=False, keymap=keymap)
    async with app.run_test(size=(100, 50)) as pilot:
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, ArticleScreen)
        await pilot.press("question_mark")  # no longer the help key
        await pilot.pause()
        assert isinstance(app.screen, ArticleScreen)
        await pilot.press("x")
        await pilot.pause()
        assert app.screen.query_one(ArticleView).selection is not None
        await pilot.press("escape", "f1")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        rows = widget_text(app.screen.query_one("#help-table")).splitlines()
        assert any(re.search(r"\bx\s+Select\b", row) for row in rows)
        assert any(re.search(r"\bf1\s+Help\b", row) for row in rows)


async def test_a_bad_keymap_is_named_and_the_app_starts_with_its_own_keys(
    db_path, archive, tmp_path
):
    keymap = tmp_path / "keymap.toml"
    keymap.write_text('[keys]\n"reader.fly" = "f"\n"app.search" = 3\n', encoding="utf-8")
    app = ReaderApp(db_path, cursor_blink=False, keymap=keymap)
    async with app.run_test(size=(100, 32)) as pilot:
        await pilot.pause()
        messages = [n.message for n in app._notifications]
        assert any(str(keymap) in m and "no binding named 'reader.fly'" in m for m in messages)
        assert any("app.search should be keys" in m for m in messages)
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)

    keymap.write_text("[keys\n", encoding="utf-8")
    app = ReaderApp(db_path, cursor_blink=False, keymap=keymap)
    async with app.run_test(size=(100, 32)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, LibraryScreen)
        assert any("not read, default keys kept" in n.message for n in app._notifications)


def test_the_readme_names_every_binding_a_keymap_can_change():
    text = README.read_text(encoding="utf-8")
    missing = [name for name in binding_ids() if f"`{name}`" not in text]
    assert not missing
