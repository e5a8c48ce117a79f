"""App-level messages: what background workers tell the screens."""

from __future__ import annotations

from dataclasses import dataclass

from textual.message import Message


@dataclass
class RefreshProgress(Message):
    """A refresh advanced: `done` of `total` feeds fetched; new articles may be in the archive."""

    bubble = False

    done: int
    total: int
    new_articles: int = 0


@dataclass
class RefreshFinished(Message):
    """A refresh ended; `summary` is one line for a notification."""

    bubble = False

    summary: str
    failed: bool = False


@dataclass
class ArchiveChanged(Message):
    """Articles were added or changed by a worker; lists and counts should be read again."""

    bubble = False
