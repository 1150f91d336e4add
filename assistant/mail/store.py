"""What the labeler remembers on this laptop: messages it labeled, and corrections.

``labels.db`` in the Deskmate home keeps, per labeled message, its id, subject,
sender domain and the first 600 characters of its body, so that
``deskmate label correct MESSAGE_ID LABEL`` can turn a correction into a
training example. It is the user's own data on the user's machine; it is never
exported, and the usage log stays separate and content-free.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from email.utils import parseaddr
from pathlib import Path

import sqlite_utils

from connectors.document import Document
from deskmate_base import paths
from deskmate_base.errors import UnknownMessageError

SNIPPET = 600


def features(document: Document) -> str:
    """The text a classifier and few-shot examples see for one message."""
    domain = parseaddr(document.headers.get("From", ""))[1].rpartition("@")[2]
    body = document.text.split("\n\n", 1)[-1][:SNIPPET]
    return f"{document.title}\n{domain}\n{body}"


class LabelStore:
    def __init__(self, db: sqlite_utils.Database) -> None:
        self.db = db
        self.db.table("seen").create(
            {"message_id": str, "features": str, "subject": str, "label": str, "labeled_at": str},
            pk="message_id",
            if_not_exists=True,
        )
        self.db.table("corrections").create(
            {"message_id": str, "label": str, "corrected_at": str},
            pk="message_id",
            if_not_exists=True,
        )

    @classmethod
    def open(cls, path: Path | None = None) -> LabelStore:
        conn = sqlite3.connect(str(path or paths.home() / "labels.db"), timeout=10)
        return cls(sqlite_utils.Database(conn))

    def remember(self, message_id: str, document: Document, label: str) -> None:
        self.db.table("seen").upsert(
            {
                "message_id": message_id,
                "features": features(document),
                "subject": document.title,
                "label": label,
                "labeled_at": _now(),
            },
            pk="message_id",
        )

    def correct(self, message_id: str, label: str) -> None:
        if not self.db.execute("SELECT 1 FROM seen WHERE message_id = ?", [message_id]).fetchone():
            raise UnknownMessageError(
                f"no labeled message with id '{message_id}'; label it first with "
                f"'deskmate label PATH' (ids are in its output)"
            )
        self.db.table("corrections").upsert(
            {"message_id": message_id, "label": label, "corrected_at": _now()}, pk="message_id"
        )

    def training_set(self) -> list[tuple[str, str]]:
        """(features, corrected label) for every correction."""
        rows = self.db.execute(
            "SELECT s.features, c.label FROM corrections c JOIN seen s USING (message_id) "
            "ORDER BY c.corrected_at"
        ).fetchall()
        return [(r[0], r[1]) for r in rows]

    def examples(self, count: int = 3) -> list[tuple[str, str]]:
        """The most recent corrections as (subject, label), for few-shot prompts."""
        rows = self.db.execute(
            "SELECT s.subject, c.label FROM corrections c JOIN seen s USING (message_id) "
            "ORDER BY c.corrected_at DESC LIMIT ?",
            [count],
        ).fetchall()
        return [(r[0], r[1]) for r in rows]

    def close(self) -> None:
        self.db.close()


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="milliseconds")
