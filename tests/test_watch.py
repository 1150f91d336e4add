"""Watched folders: complete files only, exactly once across kill -9, failures alone."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from assistant.watch.watcher import Folder, Watcher
from tests import factories
from tests.conftest import REPO


def _outputs(outbox: Path) -> list[str]:
    return sorted(p.name for p in outbox.iterdir() if not p.name.startswith("."))


def _counts(home: Path) -> dict[str, int]:
    conn = sqlite3.connect(home / "watch.db")
    try:
        return dict(conn.execute("SELECT state, count(*) FROM jobs GROUP BY state").fetchall())
    finally:
        conn.close()


def test_fifty_files_exactly_once_across_kill_9(tmp_path: Path, deskmate_home: Path) -> None:
    inbox = tmp_path / "Summarize"
    inbox.mkdir()
    for i in range(50):
        (inbox / f"note-{i:02d}.txt").write_text(
            f"Site {i} shipped {i * 3} pallets today. The Porto scanner needs firmware.\n", "utf-8"
        )
    before = {p.name: factories.sha256(p) for p in inbox.glob("*.txt")}
    command = [sys.executable, "-m", "assistant", "watch", "--folder", f"{inbox}=summarize",
               "--settle", "0.3", "--max-tokens", "16"]  # fmt: skip
    env = {**os.environ, "DESKMATE_HOME": str(deskmate_home)}
    first = subprocess.Popen(command, cwd=REPO, env=env, stdout=subprocess.DEVNULL,
                             stderr=subprocess.DEVNULL)  # fmt: skip
    outbox = inbox / "Outbox"
    deadline = time.monotonic() + 240
    while time.monotonic() < deadline:
        if outbox.exists() and len(_outputs(outbox)) >= 8:
            break
        time.sleep(0.1)
    first.send_signal(signal.SIGKILL)  # partway through the batch
    first.wait()
    partial = len(_outputs(outbox))
    assert 8 <= partial < 50
    again = subprocess.run([*command, "--once"], cwd=REPO, env=env, capture_output=True,
                           text=True, timeout=600)  # fmt: skip
    assert again.returncode == 0, again.stderr
    outputs = _outputs(outbox)
    assert outputs == sorted(f"note-{i:02d}.summary.docx" for i in range(50))
    assert _counts(deskmate_home) == {"done": 50}
    assert {p.name: factories.sha256(p) for p in inbox.glob("*.txt")} == before


def test_partial_renamed_deleted_locked_and_broken_files(tmp_path: Path, deskmate_home: Path):
    inbox = tmp_path / "in"
    watcher = Watcher([Folder(inbox, "summarize")], settle_s=0.6, max_tokens=16)
    outbox = inbox / "Outbox"

    growing = inbox / "growing.txt"
    growing.write_text("The Lisbon rollout ", "utf-8")
    watcher.scan()
    time.sleep(0.4)
    with growing.open("a", encoding="utf-8") as fh:  # still being written
        fh.write("is waiting for scanner firmware from the vendor.\n")
    watcher.scan()
    assert watcher.queue.next() is None  # not settled yet

    (inbox / "draft.txt").write_text("Porto is live and scanning well.\n", "utf-8")
    (inbox / "draft.txt").rename(inbox / "final.txt")
    (inbox / "doomed.txt").write_text("This file will be deleted.\n", "utf-8")
    (inbox / "~$port.docx").write_bytes(b"owner")  # Word has report.docx open
    factories.make_docx(inbox / "report.docx")
    (inbox / "upload.docx.part").write_bytes(b"partial download")
    (inbox / "broken.txt").write_bytes(bytes(range(256)) * 8)
    watcher.scan()
    (inbox / "doomed.txt").unlink()
    counts = watcher.run_once()

    assert _outputs(outbox) == ["broken.error.txt", "final.summary.docx", "growing.summary.docx"]
    assert counts == {"done": 2, "failed": 1}
    assert "binary data" in (outbox / "broken.error.txt").read_text("utf-8")

    (inbox / "~$port.docx").unlink()  # Word closed the file
    assert watcher.run_once() == {"done": 3, "failed": 1}
    assert "report.summary.docx" in _outputs(outbox)
    assert watcher.run_once() == {"done": 3, "failed": 1}  # nothing twice


def test_mail_folder_builds_the_daily_label_report(tmp_path: Path, deskmate_home: Path) -> None:
    import mailbox
    import shutil

    import openpyxl

    emails = REPO / "tests" / "data" / "emails"
    inbox = tmp_path / "Mail"
    inbox.mkdir()
    shutil.copy(emails / "finance-1.eml", inbox)
    shutil.copy(emails / "newsletter-1.eml", inbox)
    (inbox / "broken.eml").write_bytes(b"\x00\x01 not mail")
    box = mailbox.mbox(str(inbox / "archive.mbox"))
    box.add((emails / "hr-1.eml").read_bytes())
    box.add(b"From: \n\n")  # one broken message inside the mbox
    box.flush()
    box.close()
    policy = REPO / "installer" / "policy.example.toml"
    os.environ["DESKMATE_POLICY"] = str(policy)
    try:
        watcher = Watcher([Folder(inbox, "label")], settle_s=0.3, max_tokens=16)
        assert watcher.run_once() == {"done": 3, "failed": 1}
    finally:
        del os.environ["DESKMATE_POLICY"]
    outbox = inbox / "Outbox"
    (report,) = [p for p in outbox.iterdir() if p.name.startswith("labels-")]
    assert report.name == f"labels-{time.strftime('%Y-%m-%d')}.xlsx"
    wb = openpyxl.load_workbook(report)
    subjects = {row[2] for row in wb["Labels"].iter_rows(min_row=2, values_only=True)}
    assert subjects == {"Invoice INV-2026-0412 received", "Contoso Weekly: November edition",
                        "Open enrolment for benefits starts Monday"}  # fmt: skip
    assert [r[0] for r in wb["Errors"].iter_rows(min_row=2, values_only=True)] == ["archive.mbox#2"]
    assert "broken.error.txt" in _outputs(outbox)
    newsletter = next(
        r for r in wb["Labels"].iter_rows(values_only=True) if r[2].startswith("Contoso")
    )
    assert newsletter[3] == "Newsletter"  # the policy's mailing-list rule
