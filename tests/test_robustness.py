"""Smaller defects from issue 15: orphaned temporary files, file modes,
symlinks in watched folders, control characters in errors, captions."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

from assistant.outputs.write import TEMP_PREFIX, remove_orphans, write_text_atomic
from assistant.watch.watcher import Folder, Watcher
from tests.conftest import run_cli


def _dead_pid() -> int:
    proc = subprocess.Popen([sys.executable, "-c", "pass"])
    proc.wait()
    return proc.pid


def test_orphans_of_a_killed_writer_are_removed_at_start(tmp_path: Path) -> None:
    inbox = tmp_path / "Summarize"
    outbox = inbox / "Outbox"
    outbox.mkdir(parents=True)
    orphan = outbox / f"{TEMP_PREFIX}{_dead_pid()}-abc123.docx"
    orphan.write_bytes(b"")  # what kill -9 during a write leaves
    live = outbox / f"{TEMP_PREFIX}{os.getpid()}-def456.docx"  # a writer still running
    live.write_bytes(b"")
    mine = outbox / "notes.summary.docx"
    mine.write_bytes(b"kept")
    watcher = Watcher([Folder(inbox, "summarize")], settle_s=0.1)
    try:
        assert not orphan.exists() and live.exists() and mine.exists()
    finally:
        watcher.queue.close()
    assert remove_orphans(outbox) == 0


def test_outputs_follow_the_umask_and_stores_stay_private(tmp_path: Path) -> None:
    previous = os.umask(0o022)
    try:
        write_text_atomic(tmp_path / "summary.md", "- shared\n")
        write_text_atomic(tmp_path / "own.json", "{}", mode=0o600)
        os.umask(0o077)
        write_text_atomic(tmp_path / "private.md", "- mine\n")
    finally:
        os.umask(previous)
    assert stat.S_IMODE((tmp_path / "summary.md").stat().st_mode) == 0o644  # was 0o600
    assert stat.S_IMODE((tmp_path / "own.json").stat().st_mode) == 0o600
    assert stat.S_IMODE((tmp_path / "private.md").stat().st_mode) == 0o600


def test_cli_summary_is_readable_by_colleagues(tmp_path: Path) -> None:
    doc = tmp_path / "memo.txt"
    doc.write_text("The Porto depot opens on Friday.\n", "utf-8")
    out = tmp_path / "memo.summary.md"
    result = subprocess.run(
        ["sh", "-c", f'umask 022 && "{sys.executable}" -m assistant summarize "{doc}" '
                     f'--out "{out}" --max-tokens 16'],
        capture_output=True, text=True, cwd=Path(__file__).resolve().parent.parent, timeout=600,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert stat.S_IMODE(out.stat().st_mode) == 0o644


def test_watched_folder_follows_only_links_that_stay_inside(tmp_path: Path) -> None:
    inbox = tmp_path / "Summarize"
    (inbox / "sub").mkdir(parents=True)
    secret = tmp_path / "elsewhere" / "secret.txt"
    secret.parent.mkdir()
    secret.write_text("Private salary list.\n", "utf-8")
    inside = inbox / "sub" / "plan.txt"
    inside.write_text("The depot plan.\n", "utf-8")
    (inbox / "escape.txt").symlink_to(secret)
    (inbox / "inside.txt").symlink_to(inside)
    (inbox / "dangling.txt").symlink_to(tmp_path / "missing.txt")
    watcher = Watcher([Folder(inbox, "summarize")], settle_s=0.0)
    try:
        watcher.scan()
        watcher.scan()  # the second look sees them settled
        queued = [row[0] for row in watcher.queue.db.execute("SELECT path FROM jobs")]
    finally:
        watcher.queue.close()
    assert queued == [str(inbox / "inside.txt")]


def test_control_characters_in_names_are_escaped(tmp_path: Path) -> None:
    name = "report\x1b[2J\u202egpj.docx"
    result = run_cli("summarize", str(tmp_path / name))
    assert result.returncode == 3
    assert "\x1b" not in result.stderr and "\u202e" not in result.stderr
    assert "report\\x1b[2J\\u202egpj.docx" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_captions_are_read_as_speech_not_raw_webvtt(tmp_path: Path) -> None:
    from connectors.readers import read_document

    vtt = tmp_path / "standup.vtt"
    vtt.write_text(
        "WEBVTT\n\n1\n00:00:01.000 --> 00:00:04.000\n<v Ana>The Porto depot opens on Friday.\n\n"
        "2\n00:00:04.000 --> 00:00:08.000\n<v Ben>I will send the firmware plan by Monday.\n",
        "utf-8",
    )
    text = read_document(vtt).text
    assert text == (
        "Ana: The Porto depot opens on Friday.\nBen: I will send the firmware plan by Monday."
    )
    assert "-->" not in text and "WEBVTT" not in text


def test_a_stopped_summary_runs_no_further_model_step() -> None:
    """An abandoned stream's document stops before its next model step, so the
    model is free for the next request (issue 15: 20 abandoned streams, then 40 s)."""
    import pytest

    from assistant.workflows.summarize import SummaryOptions, summarize
    from connectors.document import Document
    from deskmate_base.errors import Cancelled
    from local_models import LlamaBackend, RuntimeSettings

    backend = LlamaBackend.for_model(settings=RuntimeSettings(context=1024))
    calls: list[int] = []

    class Counting:
        name, context_length = backend.name, backend.context_length

        def chat(self, *args, **kwargs):
            calls.append(1)
            return backend.chat(*args, **kwargs)

        def stream(self, *args, **kwargs):
            calls.append(1)
            return backend.stream(*args, **kwargs)

        def count_tokens(self, text: str) -> int:
            return backend.count_tokens(text)

    text = " ".join(
        f"Site {i} in the northern region shipped {i * 3} pallets of spare parts to the Porto "
        f"depot on the second delivery round after the firmware update was signed off by Ana."
        for i in range(40)
    )
    asked: list[int] = []

    def stopped() -> bool:
        asked.append(1)
        return True  # the client has gone

    with pytest.raises(Cancelled):
        summarize(Document(text=text, kind="txt"), Counting(), SummaryOptions(stopped=stopped))
    assert asked and calls == []  # asked before the first model step; nothing ran
