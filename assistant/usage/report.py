"""The admins' metrics report: aggregates (csv, xlsx, json) or events (parquet).

message = write_metrics_report(out, "xlsx", local_events(), policy, since=None,
                               until=None, by="week")
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from assistant.guard.policy import Policy


def write_metrics_report(
    out: Path,
    fmt: str,
    events: Any,
    policy: Policy,
    *,
    since: str | None,
    until: str | None,
    by: str,
) -> str:
    """Write the report and return one line saying what was written."""
    from assistant.usage.export import metadata, write_events, write_report
    from assistant.usage.metrics import active_users, aggregates, k_anonymous, summary

    if fmt == "parquet":
        write_events(out, events)
        return f"{events.num_rows} events written to {out}"
    rows, hidden = k_anonymous(aggregates(events, by=by), policy.k_anonymity)
    name = {"day": "DAU", "week": "WAU", "month": "MAU"}[by]
    periods, _ = k_anonymous(active_users(events, by=by), policy.k_anonymity, name)
    s = summary(events, hourly_rate=policy.baselines.hourly_rate)
    write_report(out, fmt, summary=s, periods=periods, rows=rows, hidden=hidden,
                 meta=metadata(k=policy.k_anonymity, since=since, until=until, by=by))  # fmt: skip
    note = f"; {hidden} groups under k={policy.k_anonymity} users left out" if hidden else ""
    return f"{len(rows)} aggregate rows written to {out}{note}"
