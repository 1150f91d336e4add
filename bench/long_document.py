"""Summarize a 7,000-word document: wall time, model time and peak memory.

Builds a real .docx of about 7,000 words from two documents of the evaluation
set (the 5,420-word annual programme review, then the site audit, cut at the
word count), with their headings, tables and paragraphs, and runs ``deskmate
summarize`` on it in a fresh process: wall time, the summarizer's own seconds,
the model's tokens and the process's peak RSS.

    python bench/long_document.py [--words 7000]
"""

from __future__ import annotations

import argparse
import json
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


def run(path: Path, env: dict[str, str]) -> tuple[float, dict]:
    start = time.perf_counter()
    out = subprocess.run(
        [sys.executable, "-m", "assistant", "summarize", str(path), "--json"],
        capture_output=True, text=True, env=env, cwd=ROOT, check=True,
    )  # fmt: skip
    return time.perf_counter() - start, json.loads(out.stdout)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", type=int, default=7000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "review.docx"
        build(path, args.words)
        words = read_document(path).words
        env = {**os.environ, "DESKMATE_HOME": str(Path(tmp) / "home")}
        wall, data = run(path, env)
        peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(f"machine: {platform.machine()}, {os.cpu_count()} CPUs")
    print(f"document: {words} words (.docx)")
    print(f"wall time: {wall:.1f} s for the whole command (model load included)")
    print(f"summarize itself: {data['seconds']:.1f} s, model tokens in/out "
          f"{data['tokens_in']}/{data['tokens_out']}")  # fmt: skip
    print(f"peak RSS: {peak_mb:.0f} MB")
    print(f"bullets: {len(data['bullets'])}")
    for bullet in data["bullets"]:
        print(f"  - {bullet[:110]}")


if __name__ == "__main__":
    main()
