"""Waiting for the app's background work in tests."""

from __future__ import annotations

import asyncio

from textual.worker import WorkerCancelled


async def settle(app, *, attempts: int = 1000) -> None:
    """Wait until the app's workers are done.

    A search superseded by the next keystroke is cancelled, which is normal; a worker that
    failed still raises `WorkerFailed`.
    """
    for _ in range(attempts):
        try:
            await app.workers.wait_for_complete()
            return
        except WorkerCancelled:
            await asyncio.sleep(0.01)  # the cancelled worker leaves; wait for the others
    raise TimeoutError("the app's workers kept being cancelled")
