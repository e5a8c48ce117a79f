"""Worker processes start even when standard error is captured, as inside the reading app."""

import subprocess
import sys

CAPTURED_STDERR = """
import io, sys

class Captured(io.StringIO):
    '''Like Textual's capture of standard error while the app runs: no real descriptor.'''
    def fileno(self):
        return -1

sys.stderr = Captured()
"""


def run_fresh(code: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-c", CAPTURED_STDERR + code], capture_output=True, text=True, timeout=120
    )


def test_analysis_workers_start_under_a_captured_stderr():
    result = run_fresh(
        "from reader.core.analysis.workers import Workers\n"
        "workers = Workers(1)\n"
        "workers.close()\n"
        "print('started')\n"
    )
    assert result.returncode == 0 and "started" in result.stdout, result.stderr


def test_a_feed_parsing_pool_starts_under_a_captured_stderr():
    result = run_fresh(
        "import concurrent.futures, multiprocessing\n"
        "from reader.core.processes import ensure_resource_tracker\n"
        "ensure_resource_tracker()\n"
        "pool = concurrent.futures.ProcessPoolExecutor(\n"
        "    1, mp_context=multiprocessing.get_context('forkserver'))\n"
        "print(pool.submit(sum, [1, 2]).result())\n"
        "pool.shutdown()\n"
    )
    assert result.returncode == 0 and result.stdout.strip() == "3", result.stderr


def test_a_worker_whose_command_was_killed_while_it_started_goes_away():
    import os
    import time

    result = subprocess.run(
        [
            sys.executable,
            "-c",
            "import os, signal\n"
            "from reader.core.analysis.workers import Workers\n"
            "workers = Workers(1)\n"
            "workers.warm_up(1)\n"
            "print(workers._processes[0].pid, flush=True)\n"
            "os.kill(os.getpid(), signal.SIGKILL)\n",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        timeout=60,
    )
    worker = int(result.stdout.split()[0])
    deadline = time.monotonic() + 30
    while os.path.exists(f"/proc/{worker}") and time.monotonic() < deadline:
        time.sleep(0.1)
    # Otherwise it would wait for tasks forever, a model in memory and the command's
    # resource tracker (which holds the command's stderr) alive through it.
    assert not os.path.exists(f"/proc/{worker}")
