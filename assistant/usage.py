"""The local usage log: one row per request, never any content.

Rows hold counts, timings and short identifiers only (workflow, route, model,
outcome). ``record`` refuses any string field that is not a short identifier,
so a document's text, a file name or a subject cannot slip in::

    log = UsageLog.open()
    event_id = log.record(UsageEvent(workflow="summarize", route="local",
                                     model="smollm2-135m-instruct", input_words=812,
                                     tokens_in=1100, tokens_out=96, latency_ms=5400))
"""

from __future__ import annotations

import datetime as dt
import re
import sqlite3
import uuid
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import sqlite_utils

from assistant import paths
from assistant.migrations import migrate

_IDENT = re.compile(r"^[a-z0-9][a-z0-9_.:-]{0,63}$")
BUSY_TIMEOUT_S = 10.0


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


class UsageLog:
    def __init__(self, db: sqlite_utils.Database) -> None:
        self.db = db

    @classmethod
    def open(cls, path: Path | None = None) -> UsageLog:
        path = path or paths.usage_db()
        conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_S)
        db = sqlite_utils.Database(conn)
        db.enable_wal()
        migrate(db)
        return cls(db)

    def record(self, event: UsageEvent) -> str:
        row: dict[str, Any] = asdict(event)
        for key in ("workflow", "route", "model", "outcome"):
            if not _IDENT.match(str(row[key])):
                raise ValueError(f"usage field {key} must be a short identifier")
        if row["reasons"] and not all(_IDENT.match(r) for r in row["reasons"].split(",")):
            raise ValueError("usage field reasons must be comma-separated identifiers")
        row["id"] = str(uuid.uuid4())
        row["ts"] = dt.datetime.now(dt.UTC).isoformat(timespec="milliseconds")
        with self.db.conn:
            self.db.table("events").insert(row)
        return str(row["id"])

    def events(self) -> list[dict[str, Any]]:
        return list(self.db.table("events").rows_where(order_by="ts"))

    def close(self) -> None:
        self.db.close()
