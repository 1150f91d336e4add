"""Meeting notes for a 60-minute transcript: wall time and peak memory.

Generates a Teams-style WebVTT transcript of about 60 minutes (150 words a
minute), runs ``deskmate notes`` on it in a fresh process, and reports the wall
time, the action items and decisions found, and the process's peak RSS. With
``--root`` another checkout (the baseline, e.g. main) runs the same file in its
own process, printed side by side.

    python bench/notes_60min.py [--minutes 60] [--root /work/main]
"""

from __future__ import annotations

import argparse
import os
import platform
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.long_document import run as run_cli  # noqa: E402
from tests.meetings import meeting_vtt  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--minutes", type=int, default=60)
    parser.add_argument("--root", type=Path, action="append", default=[], help="a baseline")
    args = parser.parse_args()
    rows: list[tuple[Path, float, float, dict]] = []
    with tempfile.TemporaryDirectory() as tmp:
        path = meeting_vtt(Path(tmp) / "all-hands.vtt", minutes=args.minutes)
        for root in [ROOT, *args.root]:
            env = {**os.environ, "DESKMATE_HOME": str(Path(tmp) / f"home{len(rows)}")}
            rows.append((root, *run_cli(root, path, env, "notes")))
    print(f"machine: {platform.machine()}, {os.cpu_count()} CPUs, load {os.getloadavg()[0]:.1f}")
    minutes = rows[0][3]["duration_minutes"]
    print(f"transcript: {args.minutes} minutes, {minutes:g} min by timestamps")
    print(f"{'':44}" + "".join(f"{str(r[0])[-22:]:>24}" for r in rows))
    cells = {
        "wall time, whole command (s)": [f"{w:.1f}" for _, w, _, _ in rows],
        "peak RSS (MB)": [f"{m:.0f}" for _, _, m, _ in rows],
        "action items / decisions": [
            f"{len(d['action_items'])} / {len(d['decisions'])}" for *_, d in rows
        ],
    }
    for label, values in cells.items():
        print(f"{label:44}" + "".join(f"{v:>24}" for v in values))
    if len(rows) > 1:
        print(f"{'wall time, this / baseline':44}{rows[0][1] / rows[1][1]:>24.2f}")


if __name__ == "__main__":
    main()
