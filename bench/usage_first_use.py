"""Concurrent first use of the usage log (issue 15): rows lost, copies moved aside.

Each round starts four processes that open a missing usage.db at the same
moment and record 2,000 events each. ``--root`` runs another checkout's code
(for example the main branch) as the baseline, in the same run.

    python bench/usage_first_use.py [--rounds 10] [--root /work/main]
"""

from __future__ import annotations

import argparse
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WRITER = """
import sys, time
from pathlib import Path
from assistant.usage.log import UsageEvent, UsageLog
start = float(sys.argv[2])
while time.time() < start:
    time.sleep(0.001)
event = UsageEvent(workflow="summarize", route="local", model="m", input_words=1,
                   tokens_in=1, tokens_out=1, latency_ms=1)
log = UsageLog.open(Path(sys.argv[1]))
for _ in range(int(sys.argv[3])):
    log.record(event)
"""


def round_(root: Path, folder: Path, per: int) -> tuple[int, int]:
    db = folder / "usage.db"
    start = time.time() + 2.0  # every process has imported by then
    procs = [subprocess.Popen([sys.executable, "-c", WRITER, str(db), str(start), str(per)],
                              cwd=root, stderr=subprocess.DEVNULL) for _ in range(4)]  # fmt: skip
    for proc in procs:
        proc.wait()
    try:
        rows = sqlite3.connect(db).execute("SELECT count(*) FROM events").fetchone()[0]
    except sqlite3.DatabaseError:  # the log left behind is itself unreadable
        rows = 0
    return 4 * per - rows, len(list(folder.glob("usage.db.corrupt-*")))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=10)
    parser.add_argument("--per", type=int, default=2000)
    parser.add_argument("--root", type=Path, action="append", default=[])
    parser.add_argument("--skip-self", action="store_true", help="Run only the --root checkouts.")
    args = parser.parse_args()
    roots = args.root if args.skip_self else [ROOT, *args.root]
    for root in roots:
        lost = moved = bad = 0
        for _ in range(args.rounds):
            with tempfile.TemporaryDirectory() as tmp:
                rows_lost, copies = round_(root, Path(tmp), args.per)
            lost += rows_lost
            moved += copies
            bad += bool(rows_lost or copies)
        print(f"{root}: {args.rounds} rounds of 4 x {args.per:,} events: {lost:,} rows lost, "
              f"{moved} copies moved aside, {bad} rounds with a loss")  # fmt: skip


if __name__ == "__main__":
    main()
