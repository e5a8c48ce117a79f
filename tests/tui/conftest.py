"""Fixtures of the app's tests: a filled archive, a frozen clock, the app itself."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.tui.archive import NOW, build_archive


@pytest.fixture(autouse=True)
def frozen_clock(monkeypatch):
    """Relative dates in the list are computed against a fixed "now"."""
    monkeypatch.setattr("reader.tui.formatting.now", lambda: NOW)


@pytest.fixture
def archive(db_path: Path) -> dict[str, int]:
    """The test archive at `db_path`; returns the ids of its notable articles."""
    return build_archive(db_path)


@pytest.fixture
def app(db_path: Path, archive):
    """The app on the test archive, with a steady cursor."""
    from reader.tui.app import ReaderApp

    return ReaderApp(db_path, cursor_blink=False)
