"""A writer killed with SIGKILL at random moments never leaves a damaged or half-written archive."""

from __future__ import annotations

import random
import signal
import subprocess
import sys
import time
from pathlib import Path

from reader.core import doctor
from reader.core.models import Annotation, Article, Block, Position
from reader.core.store import Store

ROOT = Path(__file__).resolve().parents[1]
KILLS = 20


def test_random_sigkills_leave_a_consistent_archive(db_path):
    with Store(db_path) as store:
        kept = store.save_article(
            Article(
                id=None,
                title="À garder",
                url="https://ex.org/keep",
                blocks=(Block("paragraph", "Une phrase annotée avant les coupures."),),
            ),
            tags=("important",),
        )
        store.add_annotation(
            Annotation(
                id=None,
                article_id=kept.article_id,
                start=Position(0, 0),
                end=Position(0, 10),
                quote="Une phrase",
                note="écrit avant",
            )
        )
    rng = random.Random(20261124)
    for attempt in range(KILLS):
        writer = subprocess.Popen(
            [sys.executable, "-m", "tests.writer_process", str(db_path), f"run{attempt}", "500"],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
        )
        writer.stdout.readline()  # the interpreter is up and writing
        time.sleep(rng.uniform(0.0, 0.3))
        writer.send_signal(signal.SIGKILL)
        writer.wait()
        with Store(db_path) as store:
            report = doctor.check(store)
            assert report.healthy, (attempt, report.lines())
            assert report.articles_without_blocks == []
    with Store(db_path) as store:
        article = store.get_article(kept.article_id)
        assert article.tags == ("important",)
        (note,) = store.list_annotations(kept.article_id)
        assert note.note == "écrit avant" and note.quote == "Une phrase"
        assert store.count_articles() > KILLS
