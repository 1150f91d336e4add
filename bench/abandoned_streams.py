"""Abandoned SSE streams (issue 15) against the real ``deskmate serve``.

One short summary is timed on the fresh server; then N clients each start a
streaming summary of a long document and leave as soon as the model's writing
step has begun; then the same short summary is timed again. Also printed:
the slowest wait for a stream's first event (each waits for the one before to
stop), the cancellation lines and tracebacks in the server's log, and the
usage rows marked cancelled. The driver is tests/streams.py.

With ``--root`` the same runs against another checkout (the baseline), side by side.

    python bench/abandoned_streams.py [--streams 20] [--root /work/main]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.streams import abandon  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--streams", type=int, default=20)
    parser.add_argument("--root", type=Path, action="append", default=[])
    args = parser.parse_args()
    print("| code | fresh summary | after the abandoned streams | slowest first event "
          "| 'cancelled' log lines | tracebacks | usage rows cancelled |")  # fmt: skip
    print("| --- | --- | --- | --- | --- | --- | --- |")
    for root in [ROOT, *args.root]:
        with tempfile.TemporaryDirectory() as tmp:
            o = abandon(root, Path(tmp) / "home", args.streams)
        lines = sum("generation was cancelled" in line for line in o.log.splitlines())
        print(f"| {root} | {o.fresh_s:.1f} s | {o.after_s:.1f} s (HTTP {o.after_status}) "
              f"| {max(o.first_event_s):.1f} s | {lines} | {o.log.count('Traceback')} "
              f"| {o.cancelled_rows} of {args.streams} |", flush=True)  # fmt: skip


if __name__ == "__main__":
    main()
