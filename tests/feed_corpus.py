"""feedparser's own test feeds (2,000+ well-formed, ill-formed, odd encodings), as a corpus.

They ship in feedparser's source distribution on the package index; `corpus_dir` downloads
it once into a cache folder. `import_corpus` imports every file as `reader import` would and
sorts the outcomes: imported, refused with a clear error, or crashed (an unexpected exception,
which the importer reports as "could not be imported (ExceptionType: …)").
"""

from __future__ import annotations

import subprocess
import sys
import tarfile
import tempfile
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from reader.core.importers import SourceError, import_sources
from reader.core.store import Store

FEEDPARSER_SDIST = "feedparser==6.0.12"
CRASH_MARK = "could not be imported ("


def corpus_dir(cache: Path) -> Path:
    """The `tests` folder of feedparser's sdist, downloaded into `cache` on first use."""
    target = cache / "feedparser-tests"
    if (target / "wellformed").is_dir():
        return target
    cache.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as download:
        subprocess.run(
            [
                sys.executable,
                "-m",
                "pip",
                "download",
                "--quiet",
                "--no-deps",
                "--no-binary",
                ":all:",
                FEEDPARSER_SDIST,
                "-d",
                download,
            ],
            check=True,
        )
        (archive,) = Path(download).glob("feedparser-*.tar.gz")
        with tarfile.open(archive) as tar:
            members = [
                m
                for m in tar.getmembers()
                if "/tests/" in m.name and m.isfile() and not m.name.endswith(".py")
            ]
            tar.extractall(download, members=members, filter="data")
        (extracted,) = Path(download).glob("feedparser-*/tests")
        extracted.rename(target)
    return target


@dataclass
class CorpusReport:
    """How the corpus fared."""

    files: int = 0
    imported_files: int = 0
    articles: int = 0
    refused: Counter = field(default_factory=Counter)
    crashes: list[str] = field(default_factory=list)

    def lines(self) -> list[str]:
        out = [
            f"{self.files} feed files: {self.imported_files} imported ({self.articles} articles), "
            f"{sum(self.refused.values())} refused with a clear error, {len(self.crashes)} crashed"
        ]
        out += [f"  refused {n:>4}: {reason}" for reason, n in self.refused.most_common(8)]
        out += [f"  CRASH: {line}" for line in self.crashes[:20]]
        return out


def import_corpus(corpus: Path, db_path: Path) -> CorpusReport:
    """Import every file of the corpus, one source at a time, into the archive at `db_path`."""
    report = CorpusReport()
    files = sorted(p for p in corpus.rglob("*") if p.is_file())
    report.files = len(files)
    with Store(db_path) as store:
        for path in files:
            outcomes = list(import_sources(store, [str(path)]))
            errors = [o for o in outcomes if isinstance(o, SourceError)]
            stored = [o for o in outcomes if not isinstance(o, SourceError)]
            if stored:
                report.imported_files += 1
                report.articles += len(stored)
            for error in errors:
                message = str(error)
                if CRASH_MARK in message or "\n" in message:
                    report.crashes.append(message)
                else:
                    report.refused[message.split(": ", 1)[-1][:70]] += 1
    return report
