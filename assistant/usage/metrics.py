"""Adoption and time-saved metrics from the usage log, for one device or a fleet.

Events (content-free rows) become numpy columns; DuckDB does the counting,
so the same queries serve one laptop's log and a merged fleet of millions of
events::

    events = local_events(since="2026-11-01")
    figures = summary(events, hourly_rate=72)
    rows = aggregates(events, by="week")          # period x workflow x surface x route
    kept, hidden = k_anonymous(rows, k=5)

Hours saved count only results that succeeded (or fell back to local) and that
the user did not reject (docs/time-saved.md).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from deskmate_base import paths
from deskmate_base.errors import CorruptFileError, FileMissingError

PERIODS = {"day": "%Y-%m-%d", "week": "%G-W%V", "month": "%Y-%m"}
ACTIVE_NAMES = {"day": "DAU", "week": "WAU", "month": "MAU"}
EVENT_COLUMNS = (
    "id", "ts", "user_id", "device_id", "app_version", "policy_version", "surface", "workflow",
    "route", "reasons", "model", "input_words", "input_pages", "input_emails", "input_minutes",
    "tokens_in", "tokens_out", "latency_ms", "outcome", "feedback", "minutes_saved",
)  # fmt: skip
_SAVED = (
    "CASE WHEN outcome IN ('ok', 'fallback') AND feedback <> 'rejected' "
    "THEN minutes_saved ELSE 0 END"
)


class Events:
    """Events to count, held by DuckDB: a view ``events`` (``ts`` as a timestamp)
    over ``raw`` (the rows as exported). Large merges stay in DuckDB's compressed
    columns, spilling to disk past ``MEMORY_LIMIT``, rather than in Python."""

    MEMORY_LIMIT = "1GB"

    def __init__(self, con: Any) -> None:
        self.con = con
        con.execute(
            "CREATE TEMP VIEW events AS SELECT * EXCLUDE (ts), CAST(ts AS TIMESTAMP) AS ts FROM raw"
        )

    @classmethod
    def from_columns(cls, columns: dict[str, Any]) -> Events:
        """From numpy arrays by column name (masked arrays for nullable numbers)."""
        con = _duckdb()
        con.register("raw", columns)
        return cls(con)

    @property
    def num_rows(self) -> int:
        row = self.con.execute("SELECT count(*) FROM raw").fetchone()
        return int(row[0]) if row else 0

    def write_parquet(self, out: Path) -> None:
        target = str(out).replace("'", "''")
        self.con.execute(f"COPY raw TO '{target}' (FORMAT parquet, COMPRESSION zstd)")


def _duckdb() -> Any:
    import tempfile

    import duckdb

    con = duckdb.connect()
    con.execute(f"SET memory_limit = '{Events.MEMORY_LIMIT}'")
    con.execute(f"SET temp_directory = '{tempfile.gettempdir()}/deskmate-duckdb'")
    con.execute("SET preserve_insertion_order = false")
    return con


def local_events(
    since: str | None = None, until: str | None = None, db_path: Path | None = None
) -> Events:
    """This device's events in [since, until)."""
    from assistant.usage.log import UsageLog

    log = UsageLog.open(db_path or paths.usage_db())
    try:
        where, params = _window(since, until)
        cursor = log.db.execute(
            f"SELECT {', '.join(EVENT_COLUMNS)} FROM events {where} ORDER BY ts", params
        )
        rows = cursor.fetchall()
        types = log.db["events"].columns_dict
    finally:
        log.close()
    values = list(zip(*rows, strict=False)) or [()] * len(EVENT_COLUMNS)
    return Events.from_columns(
        {name: _column(col, types[name]) for name, col in zip(EVENT_COLUMNS, values, strict=True)}
    )


def _column(values: Sequence[Any], kind: type) -> Any:
    """A numpy column DuckDB reads without copying: object arrays for text,
    masked arrays (NULL where masked) for numbers."""
    import numpy as np

    if kind is str:
        return np.array(values, dtype=object)
    dtype = np.int64 if kind is int else np.float64
    return np.ma.masked_array(
        [0 if v is None else v for v in values], mask=[v is None for v in values], dtype=dtype
    )


def _window(since: str | None, until: str | None) -> tuple[str, list[str]]:
    clauses, params = [], []
    if since:
        clauses.append("ts >= ?")
        params.append(_date(since))
    if until:
        clauses.append("ts < ?")
        params.append(_date(until))
    return ("WHERE " + " AND ".join(clauses) if clauses else ""), params


def _date(value: str) -> str:
    try:
        return dt.date.fromisoformat(value).isoformat()
    except ValueError:
        from deskmate_base.errors import InputError

        raise InputError(f"dates must look like 2026-11-22, not '{value}'") from None


def summary(events: Events, *, hourly_rate: float) -> dict[str, Any]:
    con = events.con
    row = con.execute(
        f"""SELECT count(*), count(DISTINCT user_id),
                   sum(CASE WHEN route = 'local' THEN 1 ELSE 0 END),
                   sum(CASE WHEN route IN ('cloud', 'cloud_redacted') THEN 1 ELSE 0 END),
                   sum(CASE WHEN outcome = 'fallback' THEN 1 ELSE 0 END),
                   sum(CASE WHEN outcome NOT IN ('ok', 'fallback') THEN 1 ELSE 0 END),
                   sum(CASE WHEN feedback = 'accepted' THEN 1 ELSE 0 END),
                   sum(CASE WHEN feedback = 'rejected' THEN 1 ELSE 0 END),
                   coalesce(sum({_SAVED}), 0),
                   sum(CASE WHEN reasons LIKE '%cloud_avoided%' THEN 1 ELSE 0 END)
            FROM events"""
    ).fetchone()
    assert row is not None
    requests, users, local, cloud, fallback, errors, accepted, rejected, minutes, avoided = row
    requests = int(requests)

    def share(n: Any) -> float:
        return round(int(n or 0) / requests, 4) if requests else 0.0

    judged = int(accepted or 0) + int(rejected or 0)
    hours = round(float(minutes) / 60, 2)
    return {
        "requests": requests,
        "active_users": int(users),
        "by_workflow": _counts(con, "workflow"),
        "by_surface": _counts(con, "surface"),
        "by_route": _counts(con, "route"),
        "local_share": share(local),
        "cloud_share": share(cloud),
        "fallback_rate": share(fallback),
        # Labels the classifier gave alone where policy allowed the cloud teacher.
        "cloud_calls_avoided": int(avoided or 0),
        "error_rate": share(errors),
        "acceptance_rate": round(int(accepted or 0) / judged, 4) if judged else None,
        "hours_saved": hours,
        "hourly_rate": hourly_rate,
        "assisted_value": round(hours * hourly_rate, 2),
    }


def _counts(con: Any, column: str) -> dict[str, int]:
    rows = con.execute(
        f"SELECT {column}, count(*) FROM events GROUP BY 1 ORDER BY 2 DESC"
    ).fetchall()
    return {str(key): int(n) for key, n in rows}


def aggregates(events: Events, *, by: str) -> list[dict[str, Any]]:
    """One row per period, workflow, surface and route."""
    con = events.con
    cursor = con.execute(
        f"""SELECT strftime(ts, '{PERIODS[by]}') AS period, workflow, surface, route,
                   count(*) AS requests,
                   sum(CASE WHEN outcome NOT IN ('ok', 'fallback') THEN 1 ELSE 0 END) AS errors,
                   sum(CASE WHEN outcome = 'fallback' THEN 1 ELSE 0 END) AS fallbacks,
                   sum(CASE WHEN feedback = 'accepted' THEN 1 ELSE 0 END) AS accepted,
                   sum(CASE WHEN feedback = 'rejected' THEN 1 ELSE 0 END) AS rejected,
                   round(sum({_SAVED}) / 60, 3) AS hours_saved,
                   count(DISTINCT user_id) AS users
            FROM events GROUP BY ALL ORDER BY ALL"""
    )
    names = [d[0] for d in cursor.description]
    return [_plain(dict(zip(names, row, strict=True))) for row in cursor.fetchall()]


def active_users(events: Events, *, by: str) -> list[dict[str, Any]]:
    """Distinct users per period: DAU, WAU or MAU depending on ``by``."""
    con = events.con
    rows = con.execute(
        f"""SELECT strftime(ts, '{PERIODS[by]}') AS period, count(DISTINCT user_id),
                   count(*), round(sum({_SAVED}) / 60, 3)
            FROM events GROUP BY 1 ORDER BY 1"""
    ).fetchall()
    return [
        {"period": p, ACTIVE_NAMES[by]: int(u), "requests": int(n), "hours_saved": float(h or 0)}
        for p, u, n, h in rows
    ]


def k_anonymous(rows: Sequence[dict[str, Any]], k: int, key: str = "users"):
    """(kept rows, number hidden): groups with fewer than ``k`` users are dropped."""
    kept = [row for row in rows if row[key] >= k]
    return kept, len(rows) - len(kept)


def _plain(row: dict[str, Any]) -> dict[str, Any]:
    """DuckDB's sums as plain ints, hours as a float."""
    out = dict(row)
    for key in ("requests", "errors", "fallbacks", "accepted", "rejected", "users"):
        out[key] = int(out[key] or 0)
    out["hours_saved"] = float(out["hours_saved"] or 0)
    return out


def read_exports(sources: Sequence[Path]) -> Events:
    """Per-device Parquet exports (files or folders of them), de-duplicated by event id."""
    import duckdb

    files: list[Path] = []
    for source in sources:
        if source.is_dir():
            files += sorted(source.glob("*.parquet"))
        elif source.is_file():
            files.append(source)
        else:
            raise FileMissingError(f"no such export file or folder: {source}")
    if not files:
        raise FileMissingError("no .parquet exports found to merge")
    con = _duckdb()
    for file in files:
        try:
            names = {
                row[0]
                for row in con.execute(
                    "DESCRIBE SELECT * FROM read_parquet(?)", [str(file)]
                ).fetchall()
            }
        except duckdb.Error as exc:
            first = str(exc).splitlines()[0]
            raise CorruptFileError(f"{file} is not a Deskmate Parquet export ({first})") from None
        missing = {"id", "ts", "user_id", "workflow"} - names
        if missing:
            raise CorruptFileError(f"{file} is not a Deskmate export: no {sorted(missing)[0]}")
    listing = ", ".join("'" + str(f).replace("'", "''") + "'" for f in files)
    con.execute(
        "CREATE TEMP TABLE raw AS SELECT DISTINCT ON (id) * "
        f"FROM read_parquet([{listing}], union_by_name = true)"
    )
    return Events(con)


def personal_hours(today: dt.date | None = None) -> dict[str, Any]:
    """This device's hours saved this week (from Monday) and this month.

    Read straight from the SQLite usage log: cheap enough for the tray to ask often.
    """
    from assistant.usage.log import UsageLog

    today = today or dt.date.today()
    week = today - dt.timedelta(days=today.weekday())
    month = today.replace(day=1)
    out: dict[str, Any] = {"week_start": week.isoformat(), "month_start": month.isoformat()}
    log = UsageLog.open()
    try:
        for name, start in (("week", week), ("month", month)):
            row = log.db.execute(
                f"SELECT count(*), coalesce(sum({_SAVED}), 0) FROM events WHERE ts >= ?",
                [start.isoformat()],
            ).fetchone()
            out[f"{name}_requests"] = int(row[0])
            out[f"{name}_hours"] = round(float(row[1]) / 60, 2)
    finally:
        log.close()
    return out


def personal_weeks(weeks: int = 8, today: dt.date | None = None) -> dict[str, Any]:
    """This device's last ``weeks`` weeks (Monday to Sunday, oldest first), for the
    window's charts: requests by workflow, where they ran, and hours saved."""
    from assistant.usage.log import UsageLog

    today = today or dt.date.today()
    first = today - dt.timedelta(days=today.weekday(), weeks=weeks - 1)
    starts = [first + dt.timedelta(weeks=i) for i in range(weeks)]
    requests: dict[str, list[int]] = {}
    local, cloud, minutes = [0] * weeks, [0] * weeks, [0.0] * weeks
    counts = {"total": 0, "counted": 0, "rejected": 0, "failed": 0}
    log = UsageLog.open()
    try:
        rows = log.db.execute(
            f"SELECT ts, workflow, route, outcome, feedback, {_SAVED} FROM events WHERE ts >= ?",
            [first.isoformat()],
        ).fetchall()
    finally:
        log.close()
    for ts, workflow, route, outcome, feedback, saved in rows:
        try:
            index = (dt.date.fromisoformat(str(ts)[:10]) - first).days // 7
        except ValueError:
            continue
        if not 0 <= index < weeks:
            continue
        requests.setdefault(str(workflow), [0] * weeks)[index] += 1
        if route in ("cloud", "cloud_redacted"):
            cloud[index] += 1
        elif route == "local":
            local[index] += 1
        minutes[index] += float(saved or 0)
        counts["total"] += 1
        if outcome not in ("ok", "fallback"):
            counts["failed"] += 1
        elif feedback == "rejected":
            counts["rejected"] += 1
        else:
            counts["counted"] += 1
    return {
        "weeks": [d.isoformat() for d in starts],
        "requests": dict(sorted(requests.items())),
        "local": local,
        "cloud": cloud,
        "hours": [round(m / 60, 2) for m in minutes],
        "hours_total": round(sum(minutes) / 60, 2),
        **counts,
    }
