"""Summarize a 7,000-word document: wall time, model time and peak memory.

Builds a real .docx of about 7,000 words from two documents of the evaluation
set (the 5,420-word annual programme review, then the site audit, cut at the
word count), with their headings, tables and paragraphs, and runs ``deskmate
summarize`` on it in a fresh process: wall time, the summarizer's own seconds,
the model's tokens and the process's peak RSS. With ``--root`` the same file
is summarized by another checkout too (the baseline, e.g. main), each in its
own process, printed side by side.

    python bench/long_document.py [--words 7000] [--root /work/main]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from connectors import read_document  # noqa: E402

SOURCES = ["annual_programme_review_2024.docx", "site_audit_brackenfield_2024.docx"]


def build(path: Path, words: int) -> int:
    """A .docx of about ``words`` words from the evaluation set's long documents."""
    import docx

    out = docx.Document()
    count = 0
    rows: list[list[str]] = []

    def flush() -> None:
        if rows:
            table = out.add_table(rows=len(rows), cols=max(len(r) for r in rows))
            for i, row in enumerate(rows):
                for j, cell in enumerate(row):
                    table.cell(i, j).text = cell
            rows.clear()

    for name in SOURCES:
        for line in read_document(ROOT / "tests/data/summaries" / name).text.split("\n"):
            if count >= words:
                break
            if " | " in line:
                rows.append([c.strip() for c in line.split("|")])
                count += len(line.split())
                continue
            flush()
            if line.startswith("#"):
                level = len(line) - len(line.lstrip("#"))
                out.add_heading(line.lstrip("# "), level=min(level, 4) - 1 if level > 1 else 0)
            else:
                out.add_paragraph(line)
            count += len(line.split())
    flush()
    out.save(str(path))
    return count


def run(
    root: Path, path: Path, env: dict[str, str], command: str = "summarize"
) -> tuple[float, float, dict]:
    """Wall seconds, peak RSS (MB) and the JSON result of ``deskmate COMMAND PATH
    --json`` in one fresh process in ``root`` (also used by notes_60min.py)."""
    start = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, "-m", "assistant", command, str(path), "--json"],
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env, cwd=root,
    )  # fmt: skip
    assert proc.stdout is not None
    out = proc.stdout.read()
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        raise SystemExit(f"{root}: exit {proc.returncode}")
    return time.perf_counter() - start, usage.ru_maxrss / 1024, json.loads(out)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", type=int, default=7000)
    parser.add_argument("--root", type=Path, action="append", default=[], help="a baseline")
    args = parser.parse_args()
    rows: list[tuple[Path, float, float, dict]] = []
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "review.docx"
        build(path, args.words)
        words = read_document(path).words
        for root in [ROOT, *args.root]:
            env = {**os.environ, "DESKMATE_HOME": str(Path(tmp) / f"home{len(rows)}")}
            rows.append((root, *run(root, path, env)))
    print(f"machine: {platform.machine()}, {os.cpu_count()} CPUs, load {os.getloadavg()[0]:.1f}")
    print(f"document: {words} words (.docx)")
    print(f"{'':44}" + "".join(f"{str(r[0])[-22:]:>24}" for r in rows))
    cells = {
        "wall time, whole command (s)": [f"{w:.1f}" for _, w, _, _ in rows],
        "summarize itself (s)": [f"{d['seconds']:.1f}" for *_, d in rows],
        "model tokens in / out": [f"{d['tokens_in']} / {d['tokens_out']}" for *_, d in rows],
        "peak RSS (MB)": [f"{m:.0f}" for _, _, m, _ in rows],
        "bullets": [str(len(d["bullets"])) for *_, d in rows],
    }
    for label, values in cells.items():
        print(f"{label:44}" + "".join(f"{v:>24}" for v in values))
    if len(rows) > 1:
        print(f"{'wall time, this / baseline':44}{rows[0][1] / rows[1][1]:>24.2f}")
    for bullet in rows[0][3]["bullets"]:
        print(f"  - {bullet[:110]}")


if __name__ == "__main__":
    main()
