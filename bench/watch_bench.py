"""Watched folders and background services (issue 7).

1. Latency from dropping a small .docx into a watched folder to its summary
   appearing in the Outbox (the default 1 s settle time included), 5 drops.
2. Idle CPU and memory of the local service (`deskmate serve`) and the watcher
   (`deskmate watch`) together over 60 s, before any model loads. Target:
   under 1% CPU and under 150 MB RSS. (The tray is not built yet.)

    python bench/watch_bench.py [--idle 60]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests import factories  # noqa: E402


def _proc(pid: int) -> tuple[float, int]:
    """(CPU seconds used, RSS in kB) from /proc."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    ticks = int(fields[11]) + int(fields[12])
    rss = int(next(line.split()[1] for line in Path(f"/proc/{pid}/status").read_text().splitlines()
                   if line.startswith("VmRSS")))  # fmt: skip
    return ticks / os.sysconf("SC_CLK_TCK"), rss


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--idle", type=int, default=60)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        env = {**os.environ, "DESKMATE_HOME": str(Path(tmp) / "home")}
        inbox = Path(tmp) / "Summarize"
        watcher = subprocess.Popen(
            [sys.executable, "-m", "assistant", "watch", "--folder", f"{inbox}=summarize",
             "--max-tokens", "64"], cwd=ROOT, env=env,
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )  # fmt: skip
        service = subprocess.Popen(
            [sys.executable, "-m", "assistant", "serve", "--port", "18765"], cwd=ROOT, env=env,
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )  # fmt: skip
        try:
            time.sleep(5)  # both started and settled
            before = {p.pid: _proc(p.pid) for p in (watcher, service)}
            time.sleep(args.idle)
            after = {p.pid: _proc(p.pid) for p in (watcher, service)}
            cpu = sum(after[pid][0] - before[pid][0] for pid in before) / args.idle
            rss_mb = sum(after[pid][1] for pid in after) / 1024
            print(f"idle over {args.idle} s, service + watcher: CPU {cpu:.2%} of one core, "
                  f"RSS {rss_mb:.0f} MB (targets: < 1% CPU, < 150 MB)")  # fmt: skip
            latencies = []
            for run in range(5):
                source = factories.make_docx(Path(tmp) / f"memo-{run}.docx")
                start = time.perf_counter()
                source.rename(inbox / source.name)  # an atomic drop, as a copy tool ends
                target = inbox / "Outbox" / f"memo-{run}.summary.docx"
                while not target.exists():
                    time.sleep(0.02)
                latencies.append(time.perf_counter() - start)
            print(f"drop to summary in Outbox: median {statistics.median(latencies):.2f} s, "
                  f"runs {', '.join(f'{x:.2f}' for x in latencies)} (settle time 1 s included; "
                  f"the first run loads the model)")  # fmt: skip
        finally:
            for p in (watcher, service):
                p.terminate()
                p.wait(timeout=10)


if __name__ == "__main__":
    main()
