"""What the labeler keeps on this laptop (``labels.db``): hashed words, never text.

Three tables, none with a subject, a body, an address or a file name in clear:

- ``seen``: per labelled message, the SHA-256 of its Message-ID, its hashed
  tokens (:mod:`assistant.mail.features`), the label given and how. Kept so
  ``deskmate label correct MESSAGE_ID LABEL`` can turn a correction into a
  training example; forgotten after ``[email] keep_days`` (30).
- ``corrections``: the user's label and the same hashed tokens.
- ``teacher``: a cloud model's label for a message the policy let go to an
  approved endpoint, the hashed tokens, and what the classifier (the student)
  had guessed before, for the agreement figure.

Corrections and teacher labels are forgotten after ``[email] training_days``
(365). ``deskmate label forget`` deletes everything. The file is never
exported; the usage log stays separate and content-free. See docs/label-store.md.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import sqlite3
from pathlib import Path

import sqlite_utils

from deskmate_base import paths
from deskmate_base.errors import UnknownMessageError

TEACHER_WINDOW = 50  # agreement is measured on each label's most recent teacher labels


def message_key(message_id: str) -> str:
    return hashlib.sha256(message_id.encode("utf-8")).hexdigest()


class LabelStore:
    def __init__(self, db: sqlite_utils.Database, keep_days: int = 30, training_days: int = 365):
        self.db = db
        self._pending: list[dict[str, str]] = []
        seen = self.db.table("seen")
        if seen.exists() and "subject" in seen.columns_dict:  # before hashing: drop clear text
            self.db.execute("DROP TABLE seen")
            self.db.execute("DROP TABLE IF EXISTS corrections")
        self.db.table("seen").create(
            {"message_key": str, "hashes": str, "label": str, "method": str, "labeled_at": str},
            pk="message_key",
            if_not_exists=True,
        )
        self.db.table("corrections").create(
            {"message_key": str, "hashes": str, "label": str, "corrected_at": str},
            pk="message_key",
            if_not_exists=True,
        )
        self.db.table("teacher").create(
            {"message_key": str, "hashes": str, "label": str, "student": str, "taught_at": str},
            pk="message_key",
            if_not_exists=True,
        )
        self._forget_older(keep_days, training_days)

    @classmethod
    def open(cls, path: Path | None = None, *, keep_days: int = 30, training_days: int = 365):
        conn = sqlite3.connect(str(path or paths.home() / "labels.db"), timeout=10)
        return cls(sqlite_utils.Database(conn), keep_days, training_days)

    def _forget_older(self, keep_days: int, training_days: int) -> None:
        now = dt.datetime.now(dt.UTC)
        for table, column, days in (
            ("seen", "labeled_at", keep_days),
            ("corrections", "corrected_at", training_days),
            ("teacher", "taught_at", training_days),
        ):
            cutoff = (now - dt.timedelta(days=days)).isoformat(timespec="milliseconds")
            self.db.execute(f"DELETE FROM {table} WHERE {column} < ?", [cutoff])
        self.db.conn.commit()

    def remember(self, message_id: str, hashes: list[str], label: str, method: str) -> None:
        """Note a labelled message; written in one transaction by :meth:`flush` (or close)."""
        self._pending.append(
            {
                "message_key": message_key(message_id),
                "hashes": " ".join(hashes),
                "label": label,
                "method": method,
                "labeled_at": _now(),
            }
        )
        if len(self._pending) >= 500:
            self.flush()

    def flush(self) -> None:
        if self._pending:
            self.db.table("seen").upsert_all(self._pending, pk="message_key")
            self._pending = []

    def correct(self, message_id: str, label: str) -> None:
        self.flush()
        key = message_key(message_id)
        row = self.db.execute("SELECT hashes FROM seen WHERE message_key = ?", [key]).fetchone()
        if not row:
            raise UnknownMessageError(
                f"no labeled message with id '{message_id}'; label it first with "
                f"'deskmate label PATH' (ids are in its output)"
            )
        self.db.table("corrections").upsert(
            {"message_key": key, "hashes": row[0], "label": label, "corrected_at": _now()},
            pk="message_key",
        )

    def teach(self, message_id: str, hashes: list[str], label: str, student: str) -> None:
        """A teacher (cloud model) label, and the student's guess made before it."""
        self.db.table("teacher").upsert(
            {
                "message_key": message_key(message_id),
                "hashes": " ".join(hashes),
                "label": label,
                "student": student,
                "taught_at": _now(),
            },
            pk="message_key",
        )

    def corrections(self) -> list[tuple[list[str], str]]:
        rows = self.db.execute("SELECT hashes, label FROM corrections ORDER BY corrected_at")
        return [(r[0].split(), r[1]) for r in rows.fetchall()]

    def teacher_labels(self) -> list[tuple[list[str], str]]:
        """Teacher examples, less those the user corrected (the user wins)."""
        rows = self.db.execute(
            "SELECT hashes, label FROM teacher WHERE message_key NOT IN "
            "(SELECT message_key FROM corrections) ORDER BY taught_at"
        )
        return [(r[0].split(), r[1]) for r in rows.fetchall()]

    def agreement(self) -> dict[str, tuple[int, int]]:
        """Per label the student guessed: (teacher agreed, teacher labels), most recent
        ``TEACHER_WINDOW``. Each guess was made before the student learned that label,
        so this is measured on messages the student had not seen."""
        rows = self.db.execute("SELECT student, label FROM teacher ORDER BY taught_at DESC")
        counts: dict[str, tuple[int, int]] = {}
        for student, label in rows.fetchall():
            agreed, total = counts.get(student, (0, 0))
            if total < TEACHER_WINDOW:
                counts[student] = (agreed + (student == label), total + 1)
        return counts

    def forget(self) -> int:
        """Delete everything the labeler stored; the number of rows deleted."""
        self._pending = []
        total = 0
        for table in ("seen", "corrections", "teacher"):
            total += self.db.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]
            self.db.execute(f"DELETE FROM {table}")
        self.db.conn.commit()
        self.db.execute("VACUUM")
        return total

    def close(self) -> None:
        self.flush()
        self.db.close()


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="milliseconds")
