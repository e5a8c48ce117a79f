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
