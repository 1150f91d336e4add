"""A writer really killed with ``kill -9`` in the middle of writing an output
(issue 15: six 0-byte ``.deskmate-*`` files in Outbox after 20 kills). The
writer is slowed where a kill leaves the most behind: its temporary file is
made, nothing written yet. The next start in that folder removes the orphan,
and never a file of the user's, whatever its name."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from tests.conftest import REPO, run_cli

# The real CLI, with one change: once a ``.deskmate-`` temporary file exists,
# the writer sleeps (the test kills it there).
SLOWED = """
import sys, tempfile, time
real = tempfile.mkstemp
def slowed(*args, **kwargs):
    made = real(*args, **kwargs)
    if str(kwargs.get("prefix", "")).startswith(".deskmate-"):
        time.sleep(120)
    return made
tempfile.mkstemp = slowed
from assistant.cli import main
sys.argv = ["deskmate", *sys.argv[1:]]
main()
"""


def _user_files(folder: Path) -> dict[str, bytes]:
    files = {
        "q3.summary.docx": b"an earlier summary the user kept",
        ".deskmate-notes.txt": b"a user's own dotfile with our prefix",
        f".deskmate-{os.getpid()}-live.md": b"",  # our shape, but its writer (this test) lives
    }
    for name, data in files.items():
        (folder / name).write_bytes(data)
    return files


def _kill_when_writing(argv: list[str], folder: Path) -> Path:
    proc = subprocess.Popen([sys.executable, "-c", SLOWED, *argv], cwd=REPO,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # fmt: skip
    deadline = time.monotonic() + 300
    try:
        while time.monotonic() < deadline:
            found = list(folder.glob(f".deskmate-{proc.pid}-*"))
            if found:
                os.kill(proc.pid, signal.SIGKILL)
                proc.wait()
                return found[0]
            assert proc.poll() is None, "the writer ended before writing"
            time.sleep(0.05)
        raise AssertionError("no temporary file appeared")
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()


def _same(folder: Path, files: dict[str, bytes]) -> bool:
    return all((folder / name).read_bytes() == data for name, data in files.items())


def test_summarize_out_killed_mid_write_is_cleaned_by_the_next_write(tmp_path: Path) -> None:
    source = tmp_path / "q3.txt"
    source.write_text("The Porto depot opens on Friday. Lisbon follows in March.\n", "utf-8")
    reports = tmp_path / "reports"
    reports.mkdir()
    files = _user_files(reports)
    orphan = _kill_when_writing(["summarize", str(source), "--out", str(reports / "q3.md")],
                                reports)  # fmt: skip
    assert orphan.exists() and orphan.stat().st_size == 0  # what kill -9 leaves
    assert not (reports / "q3.md").exists()
    result = run_cli("summarize", str(source), "--out", str(reports / "q3-again.md"))
    assert result.returncode == 0, result.stderr
    assert not orphan.exists()
    assert (reports / "q3-again.md").stat().st_size > 0
    assert _same(reports, files)  # no file of the user's touched


def test_watcher_killed_mid_write_is_cleaned_at_its_next_start(tmp_path: Path) -> None:
    inbox = tmp_path / "Summarize"
    outbox = inbox / "Outbox"
    outbox.mkdir(parents=True)
    files = _user_files(outbox)
    (inbox / "standup.txt").write_text("Ana will send the Porto rota by Friday.\n", "utf-8")
    folder_arg = f"{inbox}=summarize"
    orphan = _kill_when_writing(["watch", "--folder", folder_arg, "--settle", "0.1"], outbox)
    assert orphan.stat().st_size == 0
    result = run_cli("watch", "--folder", folder_arg, "--once")
    assert result.returncode == 0, result.stderr
    assert not orphan.exists()
    assert _same(outbox, files)
