"""The durable queue behind watched folders: every file processed exactly once.

A job is one version of one file (path, size, modification time). States:
``pending`` -> ``processing`` -> ``done`` or ``failed``. The output path is
chosen and stored *before* processing starts, and outputs are written
atomically. If the process dies mid-job (even ``kill -9``), the next start finds
the job in ``processing``: if its output exists the job is marked done,
otherwise it runs again. No file is lost and none gets two outputs.
"""

from __future__ import annotations

import datetime as dt
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

    def add(self, path: Path, workflow: str) -> bool:
        """Queue this version of ``path``; False if it was queued before."""
        stat = path.stat()
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
            self.db.execute("DELETE FROM label_rows WHERE job_id = ?", [job.id])
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
        self.db.execute(
            "UPDATE jobs SET state = ?, error = ?, updated_at = ? WHERE id = ?",
            [state, error, _now(), job_id],
        )

    def output_taken(self, output: Path) -> bool:
        """Whether some job has already been given ``output``."""
        row = self.db.execute("SELECT 1 FROM jobs WHERE output = ? LIMIT 1", [str(output)])
        return row.fetchone() is not None

    def counts(self) -> dict[str, int]:
        return dict(self.db.execute("SELECT state, count(*) FROM jobs GROUP BY state").fetchall())

    def close(self) -> None:
        self.db.close()


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="milliseconds")
