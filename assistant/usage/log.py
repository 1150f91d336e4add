"""The local usage log: one row per request, never any content.

Rows hold counts, timings and short identifiers only (workflow, route, model,
outcome, reason kinds), a pseudonymous user id (a salted hash of the OS user
name, the salt from the org policy) and a random device id. ``record`` refuses
any string field that is not a short identifier, so a document's text, a file
name or a subject cannot slip in::

    log = UsageLog.open()
    event_id = log.record(UsageEvent(workflow="summarize", route="local",
                                     model="smollm2-135m-instruct", input_words=812,
                                     tokens_in=1100, tokens_out=96, latency_ms=5400))

The database runs in WAL mode with a busy timeout, so the CLI, tray, watcher
and local API can write at once. Creating and migrating it happens under a
file lock (``usage.db.lock``), so processes that open a new log together do
not trip over each other. Only a database SQLite itself calls corrupt (not a
database, malformed image) is moved aside, to a name no other move can take
(``usage.db.corrupt-<time>-<pid>-<random>``), and a new one is started; any
other error (a lock held too long) is raised, never treated as corruption.
"""

from __future__ import annotations

import datetime as dt
import functools
import getpass
import hashlib
import os
import re
import sqlite3
import sys
import threading
import uuid
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import filelock
import sqlite_utils

from assistant.usage.migrations import migrate
from deskmate_base import __version__, paths

_IDENT = re.compile(r"^[a-z0-9][a-z0-9_.:-]{0,63}$")
_IDENT_FIELDS = ("workflow", "route", "model", "outcome", "surface", "feedback", "policy_version")
BUSY_TIMEOUT_S = 30.0
FEEDBACK = ("accepted", "rejected", "none")
SURFACES = ("cli", "tray", "addin", "watch", "api")


@dataclass(frozen=True)
class UsageEvent:
    workflow: str
    route: str
    model: str
    input_words: int
    tokens_in: int
    tokens_out: int
    latency_ms: int
    outcome: str = "ok"
    reasons: str = ""  # comma-separated reason kinds, e.g. "sensitive_content,label"
    surface: str = "cli"
    policy_version: str = "built-in"
    input_pages: int = 0
    input_emails: int = 0
    input_minutes: float = 0.0
    minutes_saved: float = 0.0
    feedback: str = "none"


def identifier(value: str) -> str:
    """A free-form version string made safe for the log ("2026.11 R1" -> "2026.11-r1")."""
    cleaned = re.sub(r"[^a-z0-9_.:-]+", "-", value.strip().lower()).strip("-")
    return cleaned[:64] or "unknown"


def pseudonymous_user(salt: str) -> str:
    """A salted hash of the OS user name: stable per user and org, not reversible
    without the salt, and different across organisations."""
    try:
        user = getpass.getuser()
    except (KeyError, OSError):
        user = "unknown"
    return hashlib.sha256(f"{salt}:{user}".encode()).hexdigest()[:16]


def device_id(home: Path) -> str:
    """A random id for this install, made once and kept in the Deskmate home."""
    path = home / "device-id"
    try:
        value = path.read_text(encoding="ascii").strip()
        if re.fullmatch(r"[0-9a-f]{32}", value):
            return value
    except (OSError, UnicodeDecodeError):
        pass
    value = uuid.uuid4().hex
    path.write_text(value, encoding="ascii")
    return value


class UsageLog:
    def __init__(self, db: sqlite_utils.Database, *, user_id: str = "", device: str = "") -> None:
        self.db = db
        self.user_id = user_id
        self.device_id = device

    @classmethod
    def open(cls, path: Path | None = None, *, salt: str = "deskmate") -> UsageLog:
        """The log at ``path`` (default: the user's). Each thread keeps one
        connection per database file, so a request does not pay for opening and
        checkpointing the database; ``close`` leaves it for the next request."""
        path = path or paths.usage_db()
        try:
            db = _connection(path)
        except sqlite3.DatabaseError as exc:
            if not is_corrupt(exc):
                raise
            with _creation_lock(path):
                _move_aside_if_corrupt(path)
            db = _connection(path)
        return cls(db, user_id=_user(salt), device=_device(path.parent))

    def record(self, event: UsageEvent) -> str:
        row: dict[str, Any] = asdict(event)
        for key in _IDENT_FIELDS:
            if not _IDENT.match(str(row[key])):
                raise ValueError(f"usage field {key} must be a short identifier")
        if row["reasons"] and not all(_IDENT.match(r) for r in row["reasons"].split(",")):
            raise ValueError("usage field reasons must be comma-separated identifiers")
        if row["feedback"] not in FEEDBACK or row["surface"] not in SURFACES:
            raise ValueError("usage feedback or surface is not one of the known values")
        row["id"] = str(uuid.uuid4())
        row["ts"] = dt.datetime.now(dt.UTC).isoformat(timespec="milliseconds")
        row["user_id"], row["device_id"] = self.user_id, self.device_id
        row["app_version"] = __version__
        columns = ", ".join(row)
        marks = ", ".join("?" for _ in row)
        with self.db.conn:
            self.db.conn.execute(
                f"INSERT INTO events ({columns}) VALUES ({marks})", list(row.values())
            )
        return str(row["id"])

    def set_feedback(self, event_id: str, feedback: str) -> bool:
        """Record the user's verdict on a result; False if there is no such event."""
        if feedback not in FEEDBACK:
            raise ValueError(f"feedback must be one of {', '.join(FEEDBACK)}")
        with self.db.conn:
            cursor = self.db.execute(
                "UPDATE events SET feedback = ? WHERE id = ?", [feedback, event_id]
            )
        return cursor.rowcount == 1

    def last_event_id(self) -> str | None:
        row = self.db.execute(
            "SELECT id FROM events ORDER BY ts DESC, rowid DESC LIMIT 1"
        ).fetchone()
        return row[0] if row else None

    def events(self) -> list[dict[str, Any]]:
        return list(self.db.table("events").rows_where(order_by="ts"))

    def close(self) -> None:
        """Done with the log for now; the thread's connection stays open for reuse."""


@functools.lru_cache(maxsize=4)
def _user(salt: str) -> str:
    return pseudonymous_user(salt)


@functools.lru_cache(maxsize=4)
def _device(home: Path) -> str:
    return device_id(home)


_local = threading.local()


def _connection(path: Path) -> sqlite_utils.Database:
    """This thread's open, migrated connection to ``path`` (a new one if the file
    was replaced since)."""
    cache: dict[str, tuple[int, sqlite_utils.Database]] = _local.__dict__.setdefault("dbs", {})
    inode = path.stat().st_ino if path.exists() else -1
    cached = cache.get(str(path))
    if cached is not None and cached[0] == inode:
        return cached[1]
    if cached is not None:
        cached[1].close()
    db = _connect(path)
    cache[str(path)] = (path.stat().st_ino, db)
    return db


# SQLITE_CORRUPT and SQLITE_NOTADB: the only errors that mean "not a usable database".
_CORRUPT_CODES = frozenset({11, 26})
_CORRUPT_WORDS = ("file is not a database", "database disk image is malformed")


def is_corrupt(exc: sqlite3.DatabaseError) -> bool:
    code = getattr(exc, "sqlite_errorcode", None)
    if code is not None:
        return code & 0xFF in _CORRUPT_CODES
    return any(word in str(exc) for word in _CORRUPT_WORDS)


def _creation_lock(path: Path) -> filelock.FileLock:
    path.parent.mkdir(parents=True, exist_ok=True)
    return filelock.FileLock(str(path.with_name(path.name + ".lock")), timeout=BUSY_TIMEOUT_S)


def _connect(path: Path) -> sqlite_utils.Database:
    """Open, switch to WAL and migrate, under the creation lock."""
    with _creation_lock(path):
        conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_S)
        try:
            conn.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_S * 1000)}")
            conn.execute("PRAGMA synchronous = NORMAL")  # safe in WAL; one fsync per checkpoint
            db = sqlite_utils.Database(conn)
            db.enable_wal()
            migrate(db)
        except sqlite3.DatabaseError:
            conn.close()
            raise
    return db


def _move_aside_if_corrupt(path: Path) -> None:
    """Under the creation lock: look again (another process may already have
    replaced it), and move only a database that still fails to read."""
    cache = _local.__dict__.get("dbs", {})
    if str(path) in cache:
        cache.pop(str(path))[1].close()
    try:
        probe = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_S)
        try:
            probe.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            probe.close()
        return
    except sqlite3.DatabaseError as exc:
        if not is_corrupt(exc):
            raise
    stamp = f"{dt.datetime.now():%Y%m%d-%H%M%S}-{os.getpid()}-{uuid.uuid4().hex[:8]}"
    for suffix in ("", "-wal", "-shm"):
        part = path.with_name(path.name + suffix)
        if part.exists():
            part.replace(path.with_name(f"{path.name}.corrupt-{stamp}{suffix}"))
    print(
        f"deskmate: warning: the usage log could not be read; it was moved to "
        f"{path.name}.corrupt-{stamp} and a new one started",
        file=sys.stderr,
    )
