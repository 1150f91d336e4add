"""Hostile inputs of 10 MB or less (issue 15): time, peak memory, exit code.

Each input is read by a fresh ``deskmate`` process (``check`` reads the file
and runs detection, no model; ``label`` reads mailboxes; transcripts are read
by ``read_transcript``, the first step of ``notes``). Targets: every run ends
within 30 s, under 1 GB peak RSS, with a documented exit code and no
"internal error".

With ``--baseline DIR`` the same commands also run against another checkout
(for example the main branch), in the same run, side by side; baseline runs
are stopped after ``--baseline-timeout`` seconds and capped at 3 GB of
address space so they cannot take the shared machine down.

    python bench/hostile_inputs.py [--baseline /work/main] [--baseline-timeout 40]
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests import hostile  # noqa: E402

TRANSCRIPT = "from connectors.transcripts import read_transcript; import sys, pathlib; " \
    "t = read_transcript(pathlib.Path(sys.argv[1])); print(len(t.utterances))"  # fmt: skip


def _vtt(folder: Path, cues: int = 60_000) -> Path:
    path = folder / "standup.vtt"
    with path.open("w", encoding="utf-8") as out:
        out.write("WEBVTT\n\n")
        for i in range(cues):
            s = i * 2
            out.write(f"{i + 1}\n00:{s // 60 % 60:02d}:{s % 60:02d}.000 --> "
                      f"00:{(s + 1) // 60 % 60:02d}:{(s + 1) % 60:02d}.500\n"
                      f"<v {'AnaBen'[i % 2 * 3:][:3]}>item {i} is on track\n\n")  # fmt: skip
    return path


def _big_xlsx(folder: Path, rows: int = 120_000) -> Path:
    import openpyxl

    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet("Ledger")
    for i in range(rows):
        sheet.append([f"Depot {i % 97}", i, i * 1.5, "approved" if i % 3 else "pending",
                      f"Invoice INV-{i:07d}", i % 12 + 1])  # fmt: skip
    path = folder / "ledger.xlsx"
    book.save(str(path))
    return path


def _big_txt(folder: Path) -> Path:
    path = folder / "minutes.txt"
    line = "The depot review covers staffing, scanners and the Lisbon firmware rollout.\n"
    path.write_text(line * (10 * 2**20 // len(line)), "utf-8")
    return path


def inputs(folder: Path) -> list[tuple[str, list[str], Path]]:
    """(class, command after 'python -m assistant' or the transcript script, file)."""
    check = ["check"]
    return [
        ("gridSpan 100,000 table", check, hostile.gridspan_docx(folder)),
        (
            "9.6 MB .docx, 0.7 GB of XML",
            check,
            hostile.inflated_docx(folder, 700, "big.docx", repeat=12),
        ),
        ("docx at the new XML bound (90 MB)", check, hostile.inflated_docx(folder, 90, "ok.docx")),
        ("zip directory understates sizes", check, hostile.understated_docx(folder, 1000)),
        ("far cell XFD1048576", check, hostile.far_cell_xlsx(folder)),
        ("corrupt compressed byte", check, hostile.corrupt_byte_docx(folder)),
        ("ZipCrypto flag", check, hostile.zipcrypto_docx(folder)),
        ("Deflate64", check, hostile.deflate64_docx(folder)),
        ("MIME nested 2,000 deep (check)", check, hostile.deep_mime_eml(folder)),
        ("MIME nested 2,000 deep (label)", ["label"], folder / "deep.eml"),
        (".mbox with a 2,000-deep message", ["label"], hostile.mbox_with_deep_message(folder)),
        ("600 MB .eml (sparse) to label", ["label"], hostile.sparse_eml(folder)),
        ("10 MB .txt", check, _big_txt(folder)),
        ("120,000-row .xlsx", check, _big_xlsx(folder)),
        ("100,000-line transcript", ["transcript"], hostile.long_transcript(folder)),
        (
            "100,000 lines, one speaker",
            ["transcript"],
            hostile.long_transcript(folder, one_speaker=True),
        ),
        ("60,000-cue .vtt", ["transcript"], _vtt(folder)),
    ]


def run(root: Path, command: list[str], path: Path, home: Path, timeout: float,
        cap: int | None) -> dict[str, object]:  # fmt: skip
    if command == ["transcript"]:
        argv = [sys.executable, "-c", TRANSCRIPT, str(path)]
    else:
        argv = [sys.executable, "-m", "assistant", *command, str(path)]

    def limits() -> None:
        if cap:
            resource.setrlimit(resource.RLIMIT_AS, (cap, cap))

    env = {**os.environ, "DESKMATE_HOME": str(home), "PYTHONPATH": str(root)}
    started = time.monotonic()
    with tempfile.TemporaryFile() as err:
        proc = subprocess.Popen(argv, cwd=root, env=env, stdout=subprocess.DEVNULL, stderr=err,
                                preexec_fn=limits)  # fmt: skip
        timed_out = False
        while True:
            pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                break
            if time.monotonic() - started > timeout:
                proc.kill()
                pid, status, usage = os.wait4(proc.pid, 0)
                timed_out = True
                break
            time.sleep(0.05)
        err.seek(0)
        stderr = err.read().decode("utf-8", "replace")
    wall = time.monotonic() - started
    code = os.waitstatus_to_exitcode(status)
    internal = "internal error" in stderr or "Traceback" in stderr or "MemoryError" in stderr
    return {"wall": wall, "rss_mb": usage.ru_maxrss / 1024, "code": code, "timed_out": timed_out,
            "internal": internal}  # fmt: skip


def _cell(r: dict[str, object]) -> str:
    if r["timed_out"]:
        return f"killed at {r['wall']:.0f} s"
    flag = " internal error" if r["internal"] else ""
    return f"{r['wall']:.1f} s, {r['rss_mb']:.0f} MB, exit {r['code']}{flag}"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--baseline", type=Path)
    parser.add_argument("--baseline-timeout", type=float, default=40)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        cases = inputs(folder)
        print(f"| input | size | this branch | {'baseline' if args.baseline else ''} |")
        print("| --- | --- | --- | --- |")
        over = internal = 0
        peak = 0.0
        for name, command, path in cases:
            size = path.stat().st_size
            home = folder / "home"
            now = run(ROOT, command, path, home, 120, None)
            over += bool(now["wall"] > 30)  # type: ignore[operator]
            internal += bool(now["internal"])
            peak = max(peak, now["rss_mb"])  # type: ignore[type-var]
            before = ""
            if args.baseline:
                cap = 3 * 2**30
                before = _cell(run(args.baseline, command, path, folder / "home0",
                                   args.baseline_timeout, cap))  # fmt: skip
            print(f"| {name} | {size / 2**20:.2f} MB | {_cell(now)} | {before} |", flush=True)
        print(f"\n{len(cases)} inputs; internal errors: {internal}; runs over 30 s: {over}; "
              f"peak RSS: {peak:.0f} MB")  # fmt: skip


if __name__ == "__main__":
    main()
