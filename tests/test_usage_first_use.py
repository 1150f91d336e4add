"""The usage log under concurrent first use, with real processes (issue 15).

Before the fix, four processes opening a new usage.db together moved it aside
as "corrupt" on a lock timeout in 4 of 10 runs, losing every row written so far.
"""

from __future__ import annotations

import multiprocessing
import sqlite3
from pathlib import Path

import pytest

from assistant.usage.log import UsageEvent, UsageLog, _move_aside_if_corrupt, is_corrupt

EVENT = UsageEvent(workflow="summarize", route="local", model="m", input_words=1,
                   tokens_in=1, tokens_out=1, latency_ms=1)  # fmt: skip


def _writer(db: str, count: int, start: multiprocessing.synchronize.Event) -> None:
    start.wait()
    log = UsageLog.open(Path(db))
    for _ in range(count):
        log.record(EVENT)


@pytest.mark.parametrize("round_", range(5))
def test_four_processes_on_a_new_log_lose_nothing(tmp_path: Path, round_: int) -> None:
    db = tmp_path / "usage.db"
    context = multiprocessing.get_context("spawn")
    start = context.Event()
    workers = [context.Process(target=_writer, args=(str(db), 500, start)) for _ in range(4)]
    for worker in workers:
        worker.start()
    start.set()  # all four open the missing database at once
    for worker in workers:
        worker.join(120)
    assert [w.exitcode for w in workers] == [0, 0, 0, 0]
    assert list(tmp_path.glob("usage.db.corrupt-*")) == []
    assert sqlite3.connect(db).execute("SELECT count(*) FROM events").fetchone()[0] == 2000


def test_only_real_corruption_counts() -> None:
    locked = sqlite3.OperationalError("database is locked")
    locked.sqlite_errorcode = 5  # type: ignore[attr-defined]
    assert not is_corrupt(locked)
    not_a_db = sqlite3.DatabaseError("file is not a database")
    not_a_db.sqlite_errorcode = 26  # type: ignore[attr-defined]
    assert is_corrupt(not_a_db)


def test_moves_in_the_same_second_keep_both_copies(tmp_path: Path) -> None:
    db = tmp_path / "usage.db"
    for garbage in (b"first broken log " * 100, b"second broken log " * 100):
        db.write_bytes(garbage)
        _move_aside_if_corrupt(db)
    kept = sorted(p.read_bytes()[:6] for p in tmp_path.glob("usage.db.corrupt-*"))
    assert kept == [b"first ", b"second"]


def test_a_readable_log_is_never_moved(tmp_path: Path) -> None:
    db = tmp_path / "usage.db"
    UsageLog.open(db).record(EVENT)
    _move_aside_if_corrupt(db)  # another process thought it was broken: look again
    assert list(tmp_path.glob("usage.db.corrupt-*")) == []
    assert len(UsageLog.open(db).events()) == 1
