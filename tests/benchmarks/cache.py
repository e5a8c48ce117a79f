"""Benchmark archives that take minutes to build, kept between runs."""

from __future__ import annotations

import os
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from reader.core.schema import SCHEMA_VERSION


def cached_archive(name: str, count: int, build: Callable[[Path], None]) -> Path:
    """The archive `name` of `count` articles, built by `build(path)` when missing.

    It lives under `$READER_BENCH_DIR` (else the temporary directory), in a folder named after
    the schema version, so an archive made for an older schema is never measured.
    """
    base = Path(os.environ.get("READER_BENCH_DIR", tempfile.gettempdir()))
    path = base / f"reader-bench-{name}-{count}-v{SCHEMA_VERSION}" / "reader.db"
    ready = path.with_suffix(".ready")
    if not ready.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        for stale in path.parent.glob("reader.db*"):
            stale.unlink()
        started = time.perf_counter()
        print(f"building {count:,} articles in {path} (cached for later runs)", flush=True)
        build(path)
        ready.write_text("ok")
        print(f"built in {time.perf_counter() - started:.0f} s", flush=True)
    return path
