"""The user's request history for the tray window.

Rows come from the usage log (workflow, route, time, feedback, minutes saved),
which holds no content. Only if the user opts in (``history_details`` in their
preferences) is a title and a short preview of each result kept, in a separate
``history.db`` that no metrics export ever reads::

    remember(event_id, "Q3 report", "- Revenue grew ...")   # no-op unless opted in
    recent(limit=50)                                          # newest first
    forget_details()                                          # when opting out
"""

from __future__ import annotations

import sqlite3
from typing import Any

from deskmate_base import paths

PREVIEW_CHARS = 280
_COLUMNS = ("id", "ts", "workflow", "route", "outcome", "feedback", "surface", "minutes_saved")


def _details() -> sqlite3.Connection:
    con = sqlite3.connect(paths.home() / "history.db", timeout=30)
    con.execute(
        "CREATE TABLE IF NOT EXISTS details (event_id TEXT PRIMARY KEY, title TEXT, preview TEXT)"
    )
    return con


def remember(event_id: str, title: str, preview: str) -> None:
    """Keep a title and preview for this request, if the user opted in."""
    from assistant.preferences import load_preferences

    if not event_id or not load_preferences().history_details:
        return
    con = _details()
    try:
        with con:
            con.execute(
                "INSERT OR REPLACE INTO details VALUES (?, ?, ?)",
                (event_id, title[:200], preview[:PREVIEW_CHARS]),
            )
    finally:
        con.close()


def forget_details() -> None:
    (paths.home() / "history.db").unlink(missing_ok=True)


def recent(limit: int = 50) -> list[dict[str, Any]]:
    """The newest requests, with their details where the user opted in."""
    from assistant.usage.log import UsageLog

    log = UsageLog.open()
    try:
        cursor = log.db.execute(
            f"SELECT {', '.join(_COLUMNS)} FROM events ORDER BY ts DESC, rowid DESC LIMIT ?",
            [limit],
        )
        rows = [dict(zip(_COLUMNS, row, strict=True)) for row in cursor.fetchall()]
    finally:
        log.close()
    path = paths.home() / "history.db"
    if rows and path.is_file():
        con = _details()
        try:
            marks = ", ".join("?" for _ in rows)
            found = {
                event_id: (title, preview)
                for event_id, title, preview in con.execute(
                    f"SELECT event_id, title, preview FROM details WHERE event_id IN ({marks})",
                    [row["id"] for row in rows],
                )
            }
        finally:
            con.close()
        for row in rows:
            if row["id"] in found:
                row["title"], row["preview"] = found[row["id"]]
    return rows
