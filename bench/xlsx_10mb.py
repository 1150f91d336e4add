"""Workbooks near 10 MB through ``deskmate check`` (issue 15, second round).

Target: any input of 10 MB or less ends within 30 s under 1 GB peak memory.
Each workbook is built (tests/hostile_xlsx.py writes SpreadsheetML directly;
the ordinary one is written by openpyxl, as an export would be), then checked
by a fresh ``python -m assistant check --json`` under ``/usr/bin/time -v``
(wall time, maximum resident set size). With ``--baseline DIR`` the same
files are also checked by another checkout, side by side.

    python bench/xlsx_10mb.py [--baseline /work/main] [--mb 9.8] [--timeout 180]
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests import hostile_xlsx  # noqa: E402


def _ordinary(path: Path, mb: float) -> Path:
    """An export-like ledger written by openpyxl (shared strings, numbers, dates)."""
    import datetime as dt

    import openpyxl

    rows = int(mb * 2**20 / 40)  # about 40 packed bytes a row, measured
    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet("Ledger")
    sheet.append(["Depot", "Row", "Amount", "Status", "Invoice", "Month", "Booked"])
    day = dt.date(2026, 1, 1)
    for i in range(rows):
        sheet.append([f"Depot {i % 97}", i, i * 1.5, "approved" if i % 3 else "pending",
                      f"INV-{i:07d}", i % 12 + 1, day + dt.timedelta(days=i % 365)])  # fmt: skip
    book.save(str(path))
    return path


def workbooks(folder: Path, mb: float) -> list[tuple[str, Path]]:
    near, build = hostile_xlsx.near, hostile_xlsx.build
    return [
        ("ordinary ledger (openpyxl)", _ordinary(folder / "ledger.xlsx", mb)),
        ("numbers, one giant sheet", near(folder / "numbers.xlsx", mb, kind="number")),
        (
            "a unique shared string per cell",
            near(folder / "shared.xlsx", mb, kind="shared", shared=1),
        ),  # fmt: skip
        ("2,000 sheets", near(folder / "sheets.xlsx", mb * 1.25, kind="number", sheets=2000)),
        ("inline strings, one giant sheet", near(folder / "inline.xlsx", mb, kind="inline")),
        (
            "5.5 M empty cells",
            build(folder / "empty.xlsx", cells=5_500_000, kind="empty", width=200),
        ),  # fmt: skip
        (
            "3.7 M cells of '1' (at the 96 MB XML bound)",
            build(folder / "tiny.xlsx", cells=3_700_000, kind="tiny", width=50),
        ),  # fmt: skip
        (
            "2 M merged ranges after the data",
            build(folder / "merges.xlsx", cells=100, merges=2_000_000),
        ),  # fmt: skip
    ]


def check(root: Path, path: Path, home: Path, timeout: float) -> dict[str, object]:
    env = {**os.environ, "DESKMATE_HOME": str(home), "PYTHONPATH": str(root)}
    argv = ["/usr/bin/time", "-v", "timeout", str(timeout), sys.executable, "-m", "assistant",
            "check", "--json", str(path)]  # fmt: skip
    out = subprocess.run(argv, cwd=root, env=env, capture_output=True, text=True)
    wall = re.search(r"Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (?:(\d+):)?(\d+):([\d.]+)",
                     out.stderr)  # fmt: skip
    rss = re.search(r"Maximum resident set size \(kbytes\): (\d+)", out.stderr)
    seconds = 0.0
    if wall:
        seconds = int(wall.group(1) or 0) * 3600 + int(wall.group(2)) * 60 + float(wall.group(3))
    reasons = []
    with contextlib.suppress(ValueError, KeyError):
        reasons = [r["kind"] for r in json.loads(out.stdout)["reasons"]]
    return {"wall": seconds, "rss_mb": int(rss.group(1)) / 1024 if rss else 0.0,
            "code": out.returncode, "route": _route(out.stdout), "reasons": reasons,
            "internal": "Traceback" in out.stderr or "internal error" in out.stderr}  # fmt: skip


def _route(stdout: str) -> str:
    try:
        return str(json.loads(stdout)["route"])
    except (ValueError, KeyError):
        return "-"


def _cell(r: dict[str, object]) -> str:
    if r["code"] == 124:
        return f"killed at {r['wall']:.0f} s"
    unread = ", rest unread" if "unchecked_remainder" in r["reasons"] else ""  # type: ignore[operator]
    flag = " INTERNAL ERROR" if r["internal"] else ""
    return f"{r['wall']:.1f} s, {r['rss_mb']:.0f} MB, exit {r['code']}, {r['route']}{unread}{flag}"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--baseline", type=Path)
    parser.add_argument("--mb", type=float, default=9.8)
    parser.add_argument("--timeout", type=float, default=180)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        other = "baseline" if args.baseline else ""
        print(f"| workbook | size | XML inflated | this branch | {other} |")
        print("| --- | --- | --- | --- | --- |")
        over = internal = 0
        peak = 0.0
        for name, path in workbooks(folder, args.mb):
            import zipfile

            with zipfile.ZipFile(path) as archive:
                xml = sum(i.file_size for i in archive.infolist())
            now = check(ROOT, path, folder / "home", args.timeout)
            over += bool(now["wall"] > 30)  # type: ignore[operator]
            internal += bool(now["internal"])
            peak = max(peak, now["rss_mb"])  # type: ignore[type-var]
            before = _cell(check(args.baseline, path, folder / "home0", args.timeout)) \
                if args.baseline else ""  # fmt: skip
            print(f"| {name} | {path.stat().st_size / 2**20:.2f} MB | {xml / 2**20:.0f} MB "
                  f"| {_cell(now)} | {before} |", flush=True)  # fmt: skip
        print(f"\ninternal errors: {internal}; runs over 30 s: {over}; peak RSS: {peak:.0f} MB")


if __name__ == "__main__":
    main()
