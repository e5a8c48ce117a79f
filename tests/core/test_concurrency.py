"""Several processes on one archive: writers queue, readers never block, nothing is duplicated."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from reader.core import doctor
from reader.core.store import Store

ROOT = Path(__file__).resolve().parents[2]


def start_writer(db_path: Path, prefix: str, count: int) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "tests.writer_process", str(db_path), prefix, str(count)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def test_two_writers_at_once_both_finish_without_lock_errors(db_path):
    Store(db_path).close()
    writers = [start_writer(db_path, name, 60) for name in ("alpha", "beta")]
    outputs = [w.communicate(timeout=120) for w in writers]
    for writer, (_, stderr) in zip(writers, outputs, strict=True):
        assert writer.returncode == 0, stderr
        assert "locked" not in stderr
    with Store(db_path) as store:
        assert store.count_articles() == 120
        assert doctor.check(store).healthy


def test_the_same_articles_written_by_two_processes_are_stored_once(db_path):
    Store(db_path).close()
    writers = [start_writer(db_path, "same", 40) for _ in range(2)]
    for writer in writers:
        _, stderr = writer.communicate(timeout=120)
        assert writer.returncode == 0, stderr
    with Store(db_path) as store:
        assert store.count_articles() == 40


def test_a_reader_sees_committed_articles_while_a_writer_runs(db_path):
    Store(db_path).close()
    writer = start_writer(db_path, "live", 200)
    seen = []
    with Store(db_path) as reader:
        for _line in writer.stdout:
            seen.append(reader.count_articles())
            if len(seen) >= 50:
                break
    writer.kill()
    writer.wait()
    assert seen[-1] >= 40 and seen == sorted(seen)
