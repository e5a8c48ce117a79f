"""Shared fixtures: a store on a temporary file, the sample-like articles, the CLI runner."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from reader.core.store import Store

DATA = Path(__file__).parent / "data"
SHARED_SAMPLE = (
    Path(__file__).resolve().parents[2] / "shared" / "samples" / "abu-dhabi-talks.fr.txt"
)


@pytest.fixture(autouse=True, scope="session")
def _cache_home(tmp_path_factory):
    """What the app caches (the list of towns) goes to the session's own directory."""
    before = os.environ.get("XDG_CACHE_HOME")
    os.environ["XDG_CACHE_HOME"] = str(tmp_path_factory.mktemp("cache"))
    yield
    if before is None:
        del os.environ["XDG_CACHE_HOME"]
    else:
        os.environ["XDG_CACHE_HOME"] = before


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    """Path of an archive file that does not exist yet."""
    return tmp_path / "reader.db"


@pytest.fixture
def store(db_path: Path):
    """A migrated, empty archive on a temporary file."""
    with Store(db_path) as opened:
        yield opened


@pytest.fixture
def run_cli(db_path: Path):
    """Run `reader --db <temp archive> ARGS...` in-process; returns click's `Result`."""
    from reader.cli import cli

    def run(*args: str, input: str | bytes | None = None):
        return CliRunner().invoke(
            cli, ["--db", str(db_path), *args], input=input, catch_exceptions=False
        )

    return run


@pytest.fixture
def http_server():
    """A real HTTP server on 127.0.0.1 (ephemeral port) with a route table and a request log.

    See tests/http_server.py: `http_server.route(path, body, ...)`, `http_server.url(path)`,
    `http_server.requests_for(path)`.
    """
    from tests.http_server import TestServer

    with TestServer() as server:
        yield server
