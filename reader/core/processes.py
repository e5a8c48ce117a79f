"""Starting worker processes safely from any host, the reading app included."""

from __future__ import annotations

import sys
from multiprocessing import resource_tracker


def ensure_resource_tracker() -> None:
    """Start multiprocessing's resource tracker with the real standard error.

    The first multiprocessing queue or pool in a process starts a tracker process and hands
    it `sys.stderr.fileno()`. Inside a Textual app `sys.stderr` is the app's capture object,
    whose descriptor is not a real one, and starting the tracker fails with "bad value(s) in
    fds_to_keep". Starting it first, with the process's own standard error, avoids that.
    """
    captured = sys.stderr
    real = sys.__stderr__
    try:
        if real is not None and real is not captured:
            sys.stderr = real
        resource_tracker.ensure_running()
    finally:
        sys.stderr = captured
