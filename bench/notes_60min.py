"""Meeting notes for a 60-minute transcript: wall time and peak memory.

Generates a Teams-style WebVTT transcript of about 60 minutes (150 words a
minute), runs ``deskmate notes`` on it in a fresh process, and reports the wall
time, the parts it was read in, and the process's peak RSS.

    python bench/notes_60min.py [--minutes 60]
"""

from __future__ import annotations

import argparse
import os
import platform
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.meetings import meeting_vtt  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--minutes", type=int, default=60)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = meeting_vtt(Path(tmp) / "all-hands.vtt", minutes=args.minutes)
        env = {**os.environ, "DESKMATE_HOME": str(Path(tmp) / "home")}
        start = time.perf_counter()
        out = subprocess.run(
            [sys.executable, "-m", "assistant", "notes", str(path), "--json"],
            capture_output=True, text=True, env=env, cwd=ROOT, check=True,
        )  # fmt: skip
        wall = time.perf_counter() - start
        peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    import json

    data = json.loads(out.stdout)
    print(f"machine: {platform.machine()}, {os.cpu_count()} CPUs")
    print(f"transcript: {args.minutes} minutes, {data['duration_minutes']:g} min by timestamps")
    print(f"wall time: {wall:.1f} s for the whole command (model load included)")
    print(f"peak RSS: {peak_mb:.0f} MB")
    print(f"action items: {len(data['action_items'])}, decisions: {len(data['decisions'])}")


if __name__ == "__main__":
    main()
