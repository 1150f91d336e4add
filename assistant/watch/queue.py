"""The durable queue behind watched folders: every file processed exactly once.

A job is one version of one file (path, size, modification time). States:
``pending`` -> ``processing`` -> ``done`` or ``failed``. The output path is
chosen and stored *before* processing starts, and outputs are written
atomically. If the process dies mid-job (even ``kill -9``), the next start finds
the job in ``processing``: if its output exists the job is marked done,
otherwise it runs again. No file is lost and none gets two outputs.

What it keeps (docs/stores.md): a file's path and output path only while its
job is pending or running; once it ends they are replaced by keyed hashes
(``h:<hex>``, HMAC-SHA256 with a random per-install key kept in the home, so
the same path still finds its row, but the row does not name the file). Errors
are stored as their kind (``corrupt_file``), never as a message. Label rows
(subject, sender, labels) are kept only for the day whose report they build,
and deleted when the queue opens on a later day.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import os
import secrets
import sqlite3
from dataclasses import dataclass
from pathlib import Path

import sqlite_utils

STATES = ("pending", "processing", "done", "failed", "gone")


@dataclass(frozen=True)
class Job:
    id: int
    path: str
    workflow: str
    state: str
    output: str


class WatchQueue:
    def __init__(self, path: Path) -> None:
        conn = sqlite3.connect(str(path), timeout=30, isolation_level=None)
        conn.execute("PRAGMA busy_timeout = 30000")
        self.db = sqlite_utils.Database(conn)
        self.db.enable_wal()
        self.db.table("jobs").create(
            {"id": int, "path": str, "size": int, "mtime": float, "workflow": str,
             "state": str, "output": str, "error": str, "updated_at": str},
            pk="id", if_not_exists=True,
        )  # fmt: skip
        self.db.table("jobs").create_index(
            ["path", "size", "mtime"], unique=True, if_not_exists=True
        )
        self.db.table("jobs").create_index(["output"], if_not_exists=True)
        # Label results, per job: the day's report is rebuilt from these rows.
        self.db.table("label_rows").create(
            {"job_id": int, "day": str, "position": int, "row": str},
            pk=("job_id", "position"),
            if_not_exists=True,
        )
        self.key = _queue_key(path.with_name(path.name + ".key"))
        self._minimise()

    def _minimise(self) -> None:
        """Hash the paths of ended jobs and drop earlier days' label rows (also
        what a database written by an older version gets on first open)."""
        ended = self.db.execute(
            "SELECT id, path, output FROM jobs WHERE state NOT IN ('pending', 'processing') "
            "AND (path NOT LIKE 'h:%' OR (output != '' AND output NOT LIKE 'h:%'))"
        ).fetchall()
        with self.db.conn:
            for job_id, path, output in ended:
                self.db.execute(
                    "UPDATE jobs SET path = ?, output = ? WHERE id = ?",
                    [self.hashed(path), self.hashed(output) if output else "", job_id],
                )
            self.db.execute("DELETE FROM label_rows WHERE day < ?", [dt.date.today().isoformat()])

    def hashed(self, value: str) -> str:
        if value.startswith("h:"):
            return value
        return "h:" + hmac.new(self.key, value.encode("utf-8"), hashlib.sha256).hexdigest()[:32]

    def clear_content(self) -> None:
        """``deskmate forget``: every label row, and every path hashed."""
        with self.db.conn:
            self.db.execute("DELETE FROM label_rows")
        self.db.execute("UPDATE jobs SET state = 'gone' WHERE state IN ('pending', 'processing')")
        self._minimise()

    def add(self, path: Path, workflow: str) -> bool:
        """Queue this version of ``path``; False if it was queued before."""
        stat = path.stat()
        known = self.db.execute(
            "SELECT 1 FROM jobs WHERE path = ? AND size = ? AND mtime = ? LIMIT 1",
            [self.hashed(str(path)), stat.st_size, stat.st_mtime],
        ).fetchone()
        if known:
            return False
        cursor = self.db.execute(
            "INSERT OR IGNORE INTO jobs (path, size, mtime, workflow, state, output, error, "
            "updated_at) VALUES (?, ?, ?, ?, 'pending', '', '', ?)",
            [str(path), stat.st_size, stat.st_mtime, workflow, _now()],
        )
        return cursor.rowcount == 1

    def recover(self) -> int:
        """After a crash: finish jobs whose output was written, re-queue the rest.

        A label job's output is the shared daily report, so it counts as written
        only once the job's rows are stored."""
        stuck = self.db.execute(
            "SELECT id, output, workflow FROM jobs WHERE state = 'processing'"
        ).fetchall()
        for job_id, output, workflow in stuck:
            if workflow == "label":
                written = self.db.execute(
                    "SELECT 1 FROM label_rows WHERE job_id = ? LIMIT 1", [job_id]
                ).fetchone()
            else:
                written = output and Path(output).exists()
            self._set(job_id, "done" if written else "pending")
        return len(stuck)

    def store_rows(self, job: Job, day: str, rows: list[str]) -> None:
        """Keep one job's label rows (JSON); storing again replaces them."""
        with self.db.conn:
            self.db.execute("DELETE FROM label_rows WHERE job_id = ? OR day < ?", [job.id, day])
            self.db.conn.executemany(
                "INSERT INTO label_rows (job_id, day, position, row) VALUES (?, ?, ?, ?)",
                [(job.id, day, n, row) for n, row in enumerate(rows)],
            )

    def rows_for(self, day: str) -> list[str]:
        return [r[0] for r in self.db.execute(
            "SELECT row FROM label_rows WHERE day = ? ORDER BY job_id, position", [day]
        )]  # fmt: skip

    def next(self) -> Job | None:
        row = self.db.execute(
            "SELECT id, path, workflow, state, output FROM jobs WHERE state = 'pending' "
            "ORDER BY id LIMIT 1"
        ).fetchone()
        return Job(*row) if row else None

    def start(self, job: Job, output: Path) -> None:
        """Claim ``job``, recording where its output will go."""
        self.db.execute(
            "UPDATE jobs SET state = 'processing', output = ?, updated_at = ? WHERE id = ?",
            [str(output), _now(), job.id],
        )

    def finish(self, job: Job, state: str, error: str = "") -> None:
        self._set(job.id, state, error)

    def _set(self, job_id: int, state: str, error: str = "") -> None:
        if state in ("pending", "processing"):
            self.db.execute(
                "UPDATE jobs SET state = ?, error = ?, updated_at = ? WHERE id = ?",
                [state, error, _now(), job_id],
            )
            return
        row = self.db.execute("SELECT path, output FROM jobs WHERE id = ?", [job_id]).fetchone()
        if row is None:
            return
        path, output = row
        self.db.execute(  # the job has ended: keep only hashes of where it was
            "UPDATE jobs SET state = ?, error = ?, updated_at = ?, path = ?, output = ? "
            "WHERE id = ?",
            [state, error, _now(), self.hashed(path), self.hashed(output) if output else "",
             job_id],
        )  # fmt: skip

    def output_taken(self, output: Path) -> bool:
        """Whether some job has already been given ``output``."""
        row = self.db.execute(
            "SELECT 1 FROM jobs WHERE output IN (?, ?) LIMIT 1",
            [str(output), self.hashed(str(output))],
        )
        return row.fetchone() is not None

    def counts(self) -> dict[str, int]:
        return dict(self.db.execute("SELECT state, count(*) FROM jobs GROUP BY state").fetchall())

    def close(self) -> None:
        self.db.close()


def _queue_key(path: Path) -> bytes:
    """The per-install key for path hashes (0600, made once)."""
    try:
        return bytes.fromhex(path.read_text(encoding="ascii").strip())
    except (OSError, ValueError):
        pass
    value = secrets.token_hex(32)
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:  # another process made it first
        return bytes.fromhex(path.read_text(encoding="ascii").strip())
    with os.fdopen(fd, "w", encoding="ascii") as out:
        out.write(value)
    return bytes.fromhex(value)


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="milliseconds")
