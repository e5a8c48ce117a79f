"""`make bench`: run every benchmark module (or those named on the command line) in turn.

Each `bench_*.py` exposes `main() -> None` and prints medians and ratios against a baseline
measured in the same run.
"""

from __future__ import annotations

import importlib
import pkgutil
import sys
import time

import tests.benchmarks as package


def main(names: list[str]) -> int:
    modules = sorted(
        m.name for m in pkgutil.iter_modules(package.__path__) if m.name.startswith("bench_")
    )
    chosen = [m for m in modules if not names or any(n in m for n in names)]
    failed = []
    for name in chosen:
        print(f"\n=== {name} ===", flush=True)
        started = time.perf_counter()
        try:
            importlib.import_module(f"tests.benchmarks.{name}").main()
        except Exception as error:  # a failed benchmark should not hide the others
            failed.append(name)
            print(f"{name} failed: {error!r}")
        print(f"({name}: {time.perf_counter() - started:.1f} s)", flush=True)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
