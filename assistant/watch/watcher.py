"""Watched folders: drop a file in, find the result in the folder's Outbox.

Each watched folder has a workflow: summarize, notes, or label (email: .eml,
.mbox, .msg; results go into a daily ``labels-YYYY-MM-DD.xlsx``). A file is queued once
it is complete: its size and modification time have not changed for
``settle_s`` seconds and no Office lock file (``~$...``) stands beside it.
Temporary and partial files (``~$*``, ``.~lock*``, ``*.tmp``, ``*.part``,
``*.crdownload``, hidden files) are ignored. Results are written atomically to
``<folder>/Outbox`` (``X.summary.docx``, ``X.notes.docx``); a file that fails
gets ``X.error.txt`` there with the reason, and the batch goes on. Originals are
only read. The queue (``watch_queue``) makes every file processed exactly once,
across crashes.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from assistant.outputs.write import remove_orphans, write_text_atomic
from assistant.watch.queue import Job, WatchQueue
from deskmate_base import paths
from deskmate_base.errors import DeskmateError, FolderSpecError

WORKFLOWS = {"summarize": ".summary.docx", "notes": ".notes.docx", "label": ".xlsx"}
OUTBOX = "Outbox"
_SKIP = re.compile(r"^(?:~\$|\.~lock|\.)|\.(?:tmp|part|crdownload|download|partial)$", re.I)


@dataclass(frozen=True)
class Folder:
    path: Path
    workflow: str

    @property
    def outbox(self) -> Path:
        return self.path / OUTBOX


def parse_folder(spec: str) -> Folder:
    """``PATH=WORKFLOW`` (workflow: summarize, notes or label)."""
    path, _, workflow = spec.rpartition("=")
    if not path or workflow not in WORKFLOWS:
        raise FolderSpecError(
            f"watch folders look like PATH=WORKFLOW with workflow {' or '.join(WORKFLOWS)}; "
            f"got '{spec}'"
        )
    return Folder(Path(path).expanduser(), workflow)


def watched_folders() -> list[Folder]:
    """The folders in the user's preferences (default ~/Deskmate/{Summarize,Notes,Mail})."""
    from assistant.preferences import load_preferences

    return [Folder(Path(w.path), w.workflow) for w in load_preferences().watched]


class Watcher:
    def __init__(
        self,
        folders: list[Folder],
        *,
        settle_s: float = 1.0,
        max_tokens: int = 256,
        notify: Callable[[str], None] | None = None,
    ) -> None:
        self.folders = folders
        self.settle_s = settle_s
        self.max_tokens = max_tokens
        self.notify = notify or desktop_notification
        self.queue = WatchQueue(paths.home() / "watch.db")
        self._seen: dict[Path, tuple[int, float, float]] = {}  # size, mtime, since
        self._wake = threading.Event()
        self.stopping = threading.Event()
        for folder in folders:
            folder.path.mkdir(parents=True, exist_ok=True)
            folder.outbox.mkdir(exist_ok=True)
            remove_orphans(folder.outbox)  # half-written files of a killed run
        self.queue.recover()

    # -- finding complete files -------------------------------------------

    def scan(self) -> int:
        """Queue files that have settled; return how many were new."""
        added = 0
        now = time.monotonic()
        present = set()
        for folder in self.folders:
            try:
                entries = list(folder.path.iterdir())
            except OSError:
                continue
            names = {e.name for e in entries}
            for entry in entries:
                if not entry.is_file() or _SKIP.search(entry.name) or _locked(entry.name, names):
                    continue
                if not _stays_inside(entry, folder.path):
                    continue
                present.add(entry)
                try:
                    stat = entry.stat()
                except OSError:
                    continue
                seen = self._seen.get(entry)
                if seen is None or seen[:2] != (stat.st_size, stat.st_mtime):
                    self._seen[entry] = (stat.st_size, stat.st_mtime, now)
                elif now - seen[2] >= self.settle_s and self.queue.add(entry, folder.workflow):
                    added += 1
        for gone in set(self._seen) - present:
            del self._seen[gone]
        return added

    # -- processing --------------------------------------------------------

    def process_pending(self) -> int:
        done = 0
        while not self.stopping.is_set() and (job := self.queue.next()) is not None:
            self._process(job)
            done += 1
        return done

    def _process(self, job: Job) -> None:
        source = Path(job.path)
        outbox = source.parent / OUTBOX
        if not source.exists() or not _stays_inside(source, source.parent):
            self.queue.finish(job, "gone")  # deleted, renamed away, or now a link out
            return
        day = time.strftime("%Y-%m-%d")
        if job.output:  # a job re-run after a crash keeps the output it was given
            output = Path(job.output)
        elif job.workflow == "label":  # one report a day, shared by that day's mail
            output = outbox / f"labels-{day}.xlsx"
        else:
            output = self._plan(outbox, source, WORKFLOWS[job.workflow], job.id)
        self.queue.start(job, output)
        try:
            if job.workflow == "label":
                self._label(job, source, output, day)
            else:
                self._run(job.workflow, source, output)
        except DeskmateError as exc:
            error_file = self._plan(outbox, source, ".error.txt", job.id)
            write_text_atomic(error_file, f"Deskmate could not process {source.name}: {exc}\n")
            self.queue.finish(job, "failed", exc.kind)
            return
        self.queue.finish(job, "done")

    def _plan(self, outbox: Path, source: Path, suffix: str, job_id: int) -> Path:
        """The output's name: ``X.summary.docx``, or ``X.<job>.summary.docx`` if taken."""
        candidate = outbox / f"{source.stem}{suffix}"
        if candidate.exists() or self.queue.output_taken(candidate):
            candidate = outbox / f"{source.stem}.{job_id}{suffix}"
        return candidate

    def _label(self, job: Job, source: Path, report: Path, day: str) -> None:
        import json

        from assistant.core import label_mail
        from assistant.outputs.write import write_label_report
        from deskmate_base.errors import CorruptFileError

        rows = [r.as_json() for r in label_mail(source, surface="watch")]
        if not any(not row["error"] for row in rows):
            raise CorruptFileError(f"no readable messages in {source.name}")
        self.queue.store_rows(job, day, [json.dumps(row) for row in rows])
        everything = [json.loads(row) for row in self.queue.rows_for(day)]
        write_label_report(report, everything)  # atomic: the whole day's report at once

    def _run(self, workflow: str, source: Path, output: Path) -> None:
        from assistant.core import notes_file, summarize_file
        from assistant.workflows.summarize import SummaryOptions

        if workflow == "summarize":
            options = SummaryOptions(max_tokens=self.max_tokens)
            summarize_file(source, out=output, options=options, surface="watch")
        else:
            notes_file(source, out=output, surface="watch", max_tokens=self.max_tokens)

    # -- running -----------------------------------------------------------

    def run_once(self) -> dict[str, int]:
        """Process what is in the folders now, waiting for files to settle."""
        deadline = time.monotonic() + self.settle_s + 0.2
        while True:
            self.scan()
            if time.monotonic() >= deadline:
                break
            time.sleep(min(0.2, self.settle_s / 2))
        self.process_pending()
        return self.queue.counts()

    def stop(self) -> None:
        """Ask run_forever to return; a file being processed is finished first."""
        self.stopping.set()
        self._wake.set()

    def run_forever(self, poll_s: float = 0.5) -> None:
        observer = self._observe()
        try:
            while not self.stopping.is_set():
                self._wake.wait(poll_s)
                self._wake.clear()
                self.scan()
                processed = self.process_pending()
                if processed:
                    self.notify(f"Deskmate finished {processed} file(s); results are in Outbox.")
        finally:
            if observer is not None:
                observer.stop()
                observer.join(timeout=5)
            self.queue.close()

    def _observe(self):
        try:
            from watchdog.events import FileSystemEventHandler
            from watchdog.observers import Observer
        except ImportError:  # polling alone still works
            return None
        wake = self._wake

        class Handler(FileSystemEventHandler):
            def on_any_event(self, event) -> None:
                wake.set()

        observer = Observer()
        for folder in self.folders:
            observer.schedule(Handler(), str(folder.path), recursive=False)
        observer.start()
        return observer


def _stays_inside(entry: Path, folder: Path) -> bool:
    """A plain file, or a symlink whose target stays inside the watched folder
    (a link to anywhere else on disk is ignored)."""
    if not entry.is_symlink():
        return True
    try:
        target = entry.resolve(strict=True)
        return target.is_relative_to(folder.resolve(strict=True))
    except (OSError, RuntimeError):  # dangling or looping link
        return False


def _locked(name: str, names: set[str]) -> bool:
    """Office keeps ``~$xyz.docx`` beside ``xyz.docx`` (or ``~$`` plus the name
    without its first two characters) while the file is open."""
    return f"~${name}" in names or (len(name) > 2 and f"~${name[2:]}" in names)


def desktop_notification(message: str) -> None:
    """Show a desktop notification where the OS has a way; print it always."""
    print(message, file=sys.stderr)
    try:
        if sys.platform.startswith("linux") and shutil.which("notify-send"):
            subprocess.run(["notify-send", "Deskmate", message], check=False, timeout=5)
        elif sys.platform == "darwin":
            script = f'display notification "{message}" with title "Deskmate"'
            subprocess.run(["osascript", "-e", script], check=False, timeout=5)
    except (OSError, subprocess.SubprocessError):
        pass
