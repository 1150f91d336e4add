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
