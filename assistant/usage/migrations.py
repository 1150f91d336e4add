"""Usage-log schema changes: plain functions, appended in order, run on every open.

Each migration is additive and runs once; the ``_migrations`` table records
which have run. Never edit or reorder a released migration: append a new one.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import sqlite_utils

Migration = Callable[[sqlite_utils.Database], None]
MIGRATIONS: list[Migration] = []


def migration(fn: Migration) -> Migration:
    MIGRATIONS.append(fn)
    return fn


@migration
def m001_events(db: sqlite_utils.Database) -> None:
    db.table("events").create(
        {
            "id": str,
            "ts": str,
            "workflow": str,
            "route": str,
            "model": str,
            "input_words": int,
            "tokens_in": int,
            "tokens_out": int,
            "latency_ms": int,
            "outcome": str,
        },
        pk="id",
    )
    db.table("events").create_index(["ts"])


@migration
def m002_reasons(db: sqlite_utils.Database) -> None:
    """Why the router chose the route: comma-separated reason kinds."""
    db.table("events").add_column("reasons", str, not_null_default="")


@migration
def m003_adoption(db: sqlite_utils.Database) -> None:
    """Who (pseudonymously), where, on what, and what it was worth."""
    events = db.table("events")
    for column, kind, default in (
        ("user_id", str, ""),  # salted hash of the OS user name
        ("device_id", str, ""),  # random id of this Deskmate install
        ("app_version", str, ""),
        ("policy_version", str, ""),
        ("surface", str, "cli"),  # cli, tray, addin, watch, api
        ("input_pages", int, 0),
        ("input_emails", int, 0),
        ("input_minutes", float, 0.0),  # meeting length
        ("feedback", str, "none"),  # accepted, rejected, none
        ("minutes_saved", float, 0.0),  # estimate at request time (docs/time-saved.md)
    ):
        events.add_column(column, kind, not_null_default=default)
    events.create_index(["user_id"])


def migrate(db: sqlite_utils.Database) -> list[str]:
    """Apply pending migrations; return the names applied."""
    table = db.table("_migrations")
    if not table.exists():
        table.create({"name": str, "applied_at": str}, pk="name")
    done = {row["name"] for row in table.rows}
    applied = []
    for fn in MIGRATIONS:
        if fn.__name__ in done:
            continue
        with db.conn:
            fn(db)
            table.insert({"name": fn.__name__, "applied_at": dt.datetime.now(dt.UTC).isoformat()})
        applied.append(fn.__name__)
    return applied
