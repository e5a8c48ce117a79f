"""Worker processes that load the models once and take batches of articles from one queue.

A command that stores articles starts one as soon as it starts (`warm_up`), so the models
load while pages are fetched and parsed; a second joins when there is enough work for two
cores. Workers take batches from a shared queue (an idle or late-starting one never leaves
work waiting), and live as long as the process that started them, so a process that analyses
several times (the app, the tests) loads the models once.
"""

from __future__ import annotations

import atexit
import itertools
import multiprocessing
import os
import queue
import threading
from concurrent.futures import Future

from reader.core.errors import ReaderError
from reader.core.processes import ensure_resource_tracker

MAX_WORKERS = min(os.cpu_count() or 1, 4)
"""At most one worker per core."""


def _serve(tasks, results, parent: int) -> None:
    """A worker's life: load the models, then run tasks until told to stop or orphaned.

    `parent` is the starting process's id, taken there: a command killed while this worker
    was still starting would otherwise leave it waiting forever (and, through it, the
    resource tracker holding the command's stderr open).
    """
    # Let go of the terminal or pipes: whoever waits for the command's output must not wait
    # for its worker too (when the command is killed, for instance).
    devnull = os.open(os.devnull, os.O_RDWR)
    for fd in (0, 1, 2):
        os.dup2(devnull, fd)
    if os.getppid() != parent:
        return
    from reader.core.analysis.entities import MODELS, load_model

    for language in MODELS:
        load_model(language)
    while True:
        try:
            task = tasks.get(timeout=1)
        except queue.Empty:
            if os.getppid() != parent:
                return  # the command died without stopping its workers
            continue
        if task is None:
            return
        key, function, args = task
        try:
            results.put((key, True, function(*args)))
        except Exception as error:  # reported to the caller, which raises it
            results.put((key, False, f"{type(error).__name__}: {error}"))


class Workers:
    """Up to `limit` worker processes fed from one queue; `submit` returns a `Future`."""

    def __init__(self, limit: int = MAX_WORKERS) -> None:
        self.limit = max(1, limit)
        # spawn, not fork: the caller may have threads (the app) whose locks fork would copy.
        self._context = multiprocessing.get_context("spawn")
        ensure_resource_tracker()
        self._tasks = self._context.Queue()
        self._results = self._context.Queue()
        # At exit, do not wait to hand over batches no worker will take (all of them died).
        self._tasks.cancel_join_thread()
        self._processes: list[multiprocessing.Process] = []
        self._futures: dict[int, Future] = {}
        self._keys = itertools.count()
        self._lock = threading.Lock()
        self._reader: threading.Thread | None = None

    @property
    def started(self) -> int:
        """How many worker processes were started."""
        return len(self._processes)

    def warm_up(self, count: int = 1) -> None:
        """Start workers until `count` run (at most `limit`); returns at once."""
        with self._lock:
            while len(self._processes) < min(count, self.limit):
                process = self._context.Process(
                    target=_serve, args=(self._tasks, self._results, os.getpid()), daemon=True
                )
                process.start()
                self._processes.append(process)
            if self._reader is None:
                self._reader = threading.Thread(target=self._read_results, daemon=True)
                self._reader.start()

    def submit(self, function, *args) -> Future:
        """Run `function(*args)` in the first free worker (starting one if none runs)."""
        self.warm_up(1)
        future: Future = Future()
        with self._lock:
            key = next(self._keys)
            self._futures[key] = future
        self._tasks.put((key, function, args))
        return future

    def _read_results(self) -> None:
        while True:
            try:
                key, ok, value = self._results.get(timeout=0.5)
            except queue.Empty:
                self._fail_if_all_stopped()
                continue
            except (EOFError, OSError):
                return
            with self._lock:
                future = self._futures.pop(key, None)
            if future is None:
                continue
            if ok:
                future.set_result(value)
            else:
                future.set_exception(ReaderError(f"analysis failed: {value}"))

    def _fail_if_all_stopped(self) -> None:
        with self._lock:
            if not self._futures or any(p.is_alive() for p in self._processes):
                return
            codes = sorted({p.exitcode for p in self._processes})
            failed, self._futures = list(self._futures.values()), {}
            self._processes = []
        for future in failed:
            future.set_exception(ReaderError(f"the analysis workers stopped (exit {codes})"))

    def close(self) -> None:
        """Stop the workers: at once if they have nothing to do, else once they are done."""
        with self._lock:
            processes, self._processes = self._processes, []
            busy = bool(self._futures)
        for _ in processes:
            self._tasks.put(None)
        for process in processes:
            if busy:
                process.join(timeout=60)
            if process.is_alive():
                process.terminate()
                process.join(timeout=5)


_shared: Workers | None = None
_shared_lock = threading.Lock()


def shared_workers() -> Workers:
    """This process's workers, stopped when it exits."""
    global _shared
    with _shared_lock:
        if _shared is None:
            _shared = Workers()
            atexit.register(_shared.close)
        return _shared
