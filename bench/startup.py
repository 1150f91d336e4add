"""Wall time of ``deskmate --version`` and ``--help`` in fresh processes (target < 0.5 s).

python bench/startup.py [--runs 10]
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=10)
    args = parser.parse_args()
    for flag in ("--version", "--help"):
        times = []
        for _ in range(args.runs):
            start = time.perf_counter()
            subprocess.run(
                [sys.executable, "-m", "assistant", flag], capture_output=True, check=True
            )
            times.append(time.perf_counter() - start)
        med = statistics.median(times)
        print(f"deskmate {flag}: median {med:.3f} s, max {max(times):.3f} s (target < 0.5 s)")


if __name__ == "__main__":
    main()
