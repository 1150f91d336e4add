"""Usage-log and metrics benchmarks (issue 5).

1. Logging overhead per request: open the log, record one event, close
   (what every request does). Target < 2 ms.
2. Export of 1,000,000 events, each format. Target < 30 s.
3. Merge of 100 device exports totalling 5,000,000 events into an org report,
   in a fresh process, with its peak memory. Target < 60 s and < 2 GB.

    python bench/metrics_bench.py [--events 1000000] [--devices 100] [--fleet 5000000]
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def fake_events(n: int, *, seed: int, users: int, device: str, id_prefix: str):
    """``n`` plausible, content-free events: numpy columns by name."""
    import numpy as np

    rng = np.random.default_rng(seed)
    start = np.datetime64("2026-09-01T08:00:00")
    ts = start + rng.integers(0, 90 * 86400, n).astype("timedelta64[s]")
    pick = lambda values, p=None: np.array(values, dtype=object)[rng.choice(len(values), n, p=p)]  # noqa: E731
    same = lambda value: np.full(n, value, dtype=object)  # noqa: E731
    return {
        "id": np.array([f"{id_prefix}-{i}" for i in range(n)], dtype=object),
        "ts": np.datetime_as_string(ts, unit="ms").astype(object) + "+00:00",
        "user_id": np.array([f"u{x:05d}" for x in rng.integers(0, users, n)], dtype=object),
        "device_id": same(device),
        "app_version": same("0.1.0"),
        "policy_version": same("2026.11-1"),
        "surface": pick(["cli", "tray", "addin", "watch", "api"]),
        "workflow": pick(["summarize", "notes", "label"], [0.5, 0.2, 0.3]),
        "route": pick(["local", "cloud", "cloud_redacted"], [0.6, 0.35, 0.05]),
        "reasons": pick(["cleared", "sensitive_content", "label"]),
        "model": pick(["smollm2-135m-instruct", "corp-azure"]),
        "input_words": rng.integers(50, 5000, n),
        "input_pages": np.zeros(n, dtype=np.int64),
        "input_emails": rng.integers(0, 2, n),
        "input_minutes": rng.random(n) * 60,
        "tokens_in": rng.integers(100, 4000, n),
        "tokens_out": rng.integers(10, 300, n),
        "latency_ms": rng.integers(500, 20000, n),
        "outcome": pick(["ok", "fallback", "corrupt_file"], [0.95, 0.03, 0.02]),
        "feedback": pick(["none", "accepted", "rejected"], [0.8, 0.15, 0.05]),
        "minutes_saved": np.round(rng.random(n) * 6, 3),
    }  # fmt: skip


def logging_overhead(home: Path, runs: int = 300) -> None:
    os.environ["DESKMATE_HOME"] = str(home)
    from assistant.usage.log import UsageEvent, UsageLog

    event = UsageEvent(workflow="summarize", route="local", model="m", input_words=800,
                       tokens_in=1000, tokens_out=90, latency_ms=5000)  # fmt: skip
    UsageLog.open().close()
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        log = UsageLog.open()
        log.record(event)
        log.close()
        times.append(time.perf_counter() - start)
    print(f"logging per request: median {statistics.median(times) * 1000:.2f} ms, "
          f"p95 {sorted(times)[int(runs * 0.95)] * 1000:.2f} ms (target < 2 ms)")  # fmt: skip


def export_million(home: Path, n: int) -> None:
    import sqlite3

    from assistant.usage.export import metadata, write_events, write_report
    from assistant.usage.log import UsageLog
    from assistant.usage.metrics import active_users, aggregates, k_anonymous, local_events, summary

    db_path = home / "big.db"
    UsageLog.open(db_path).close()
    table = fake_events(n, seed=1, users=800, device="dev", id_prefix="e")
    conn = sqlite3.connect(db_path)
    cols = list(table)
    conn.executemany(
        f"INSERT INTO events ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})",
        zip(*(table[c].tolist() for c in cols), strict=True),
    )
    conn.commit()
    conn.close()
    for fmt in ("csv", "json", "xlsx", "parquet"):
        start = time.perf_counter()
        events = local_events(db_path=db_path)
        out = home / f"export.{fmt}"
        if fmt == "parquet":
            write_events(out, events)
        else:
            rows, hidden = k_anonymous(aggregates(events, by="week"), 5)
            periods, _ = k_anonymous(active_users(events, by="week"), 5, "WAU")
            write_report(out, fmt, summary=summary(events, hourly_rate=72), periods=periods,
                         rows=rows, hidden=hidden,
                         meta=metadata(since=None, until=None, by="week", k=5))  # fmt: skip
        secs = time.perf_counter() - start
        print(f"export {n:,} events as {fmt:<7}: {secs:5.1f} s (target < 30 s)")


def merge_fleet(home: Path, devices: int, total: int) -> None:
    from assistant.usage.metrics import Events

    folder = home / "exports"
    folder.mkdir()
    per = total // devices
    for d in range(devices):
        Events.from_columns(
            fake_events(per, seed=d, users=5000, device=f"dev{d}", id_prefix=f"d{d}")
        ).write_parquet(folder / f"device-{d:03d}.parquet")
    out = home / "org-report.xlsx"
    probe = (
        "import re, sys\nfrom assistant.cli import main\n"
        "try:\n    main(['metrics', 'merge', sys.argv[1], '--out', sys.argv[2]])\n"
        "except SystemExit as e:\n    code = e.code\n"
        "print('HWM', re.search(r'VmHWM:\\s+(\\d+)', open('/proc/self/status').read()).group(1))\n"
    )
    start = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", probe, str(folder), str(out)],
                          capture_output=True, text=True, cwd=ROOT)  # fmt: skip
    secs = time.perf_counter() - start
    peak = int(re.search(r"HWM (\d+)", done.stdout).group(1)) / 1024
    print(f"merge {devices} exports, {per * devices:,} events: {secs:.1f} s, "
          f"peak RSS {peak:.0f} MB (target < 60 s, < 2048 MB)")  # fmt: skip
    print("  " + next((ln for ln in done.stdout.splitlines() if "written" in ln), done.stderr))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--devices", type=int, default=100)
    parser.add_argument("--fleet", type=int, default=5_000_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        home = Path(tmp)
        logging_overhead(home / "home")
        export_million(home, args.events)
        merge_fleet(home, args.devices, args.fleet)


if __name__ == "__main__":
    main()
