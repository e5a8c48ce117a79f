"""App-level messages: what background workers tell the screens.

The app hands each one to every open screen, so they do not bubble back up to it.
"""

from __future__ import annotations

from dataclasses import dataclass

from textual.message import Message


@dataclass
class RefreshProgress(Message, bubble=False):
    """A refresh advanced: `done` of `total` feeds fetched; new articles may be in the archive."""

    done: int
    total: int
    new_articles: int = 0


@dataclass
class RefreshFinished(Message, bubble=False):
    """A refresh ended; `summary` is one line for a notification."""

    summary: str
    failed: bool = False


@dataclass
class ArchiveChanged(Message, bubble=False):
    """Articles were added or changed by a worker; lists and counts should be read again."""
