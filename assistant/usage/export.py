"""Writing metrics: CSV, JSON and XLSX aggregates, and Parquet events for fleets.

CSV, JSON and XLSX hold aggregates with small groups suppressed (k-anonymity).
Parquet holds pseudonymous event rows (no content, no names), which
``deskmate metrics merge`` combines across devices before counting; see
docs/time-saved.md for loading them into a warehouse.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
from pathlib import Path
from typing import Any

from assistant.outputs.write import write_atomic, write_text_atomic
from assistant.usage.metrics import ACTIVE_NAMES, Events

FORMATS = ("csv", "xlsx", "json", "parquet")
AGGREGATE_COLUMNS = (
    "period", "workflow", "surface", "route", "requests", "errors", "fallbacks", "accepted",
    "rejected", "hours_saved", "users",
)  # fmt: skip


def write_report(
    out: Path,
    fmt: str,
    *,
    summary: dict[str, Any],
    periods: list[dict[str, Any]],
    rows: list[dict[str, Any]],
    hidden: int,
    meta: dict[str, Any],
) -> None:
    if fmt == "csv":
        write_atomic(out, lambda tmp: _csv(tmp, rows))
    elif fmt == "json":
        document = {**meta, "summary": summary, "active_users": periods, "aggregates": rows,
                    "suppressed_groups": hidden}  # fmt: skip
        write_text_atomic(out, json.dumps(document, indent=2))
    else:
        write_atomic(out, lambda tmp: _xlsx(tmp, summary, periods, rows, hidden, meta))


def write_events(out: Path, events: Events) -> None:
    write_atomic(out, events.write_parquet)


def _csv(tmp: Path, rows: list[dict[str, Any]]) -> None:
    with tmp.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, fieldnames=AGGREGATE_COLUMNS)
        writer.writeheader()
        writer.writerows(rows)


def _xlsx(
    tmp: Path,
    summary: dict[str, Any],
    periods: list[dict[str, Any]],
    rows: list[dict[str, Any]],
    hidden: int,
    meta: dict[str, Any],
) -> None:
    import openpyxl
    from openpyxl.chart import BarChart, LineChart, PieChart, Reference
    from openpyxl.styles import Font

    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "Summary"
    ws.append(["Deskmate adoption and time saved"])
    ws["A1"].font = Font(bold=True, size=14)
    ws.append([])
    figures = [
        ("Requests", summary["requests"]),
        ("Active users", summary["active_users"]),
        ("Hours saved", summary["hours_saved"]),
        (f"Assisted value (USD at {summary['hourly_rate']:g}/h)", summary["assisted_value"]),
        ("Local share", summary["local_share"]),
        ("Cloud share", summary["cloud_share"]),
        ("Fallback rate", summary["fallback_rate"]),
        ("Error rate", summary["error_rate"]),
        ("Acceptance rate", summary["acceptance_rate"]),
        ("Groups suppressed (fewer than k users)", hidden),
        ("k", meta["k"]),
        ("From", meta["since"] or "start"),
        ("Until", meta["until"] or "now"),
        ("Generated", meta["generated_at"]),
    ]
    for name, value in figures:
        ws.append([name, value])
    ws.column_dimensions["A"].width, ws.column_dimensions["B"].width = 42, 18

    by_workflow_row = ws.max_row + 2
    ws.cell(by_workflow_row, 1, "Workflow").font = Font(bold=True)
    ws.cell(by_workflow_row, 2, "Requests").font = Font(bold=True)
    for offset, (name, count) in enumerate(summary["by_workflow"].items(), start=1):
        ws.cell(by_workflow_row + offset, 1, name)
        ws.cell(by_workflow_row + offset, 2, count)
    last = by_workflow_row + max(1, len(summary["by_workflow"]))
    bars = BarChart()
    bars.title, bars.y_axis.title = "Requests by workflow", "Requests"
    bars.add_data(
        Reference(ws, min_col=2, min_row=by_workflow_row, max_row=last), titles_from_data=True
    )
    bars.set_categories(Reference(ws, min_col=1, min_row=by_workflow_row + 1, max_row=last))
    ws.add_chart(bars, "D2")

    share_row = last + 2
    ws.cell(share_row, 1, "Route").font = Font(bold=True)
    ws.cell(share_row, 2, "Share").font = Font(bold=True)
    ws.cell(share_row + 1, 1, "Local")
    ws.cell(share_row + 1, 2, summary["local_share"])
    ws.cell(share_row + 2, 1, "Cloud")
    ws.cell(share_row + 2, 2, summary["cloud_share"])
    pie = PieChart()
    pie.title = "Local vs cloud"
    pie.add_data(
        Reference(ws, min_col=2, min_row=share_row, max_row=share_row + 2), titles_from_data=True
    )
    pie.set_categories(Reference(ws, min_col=1, min_row=share_row + 1, max_row=share_row + 2))
    ws.add_chart(pie, "D20")

    ps = wb.create_sheet("By period")
    active = ACTIVE_NAMES[meta["by"]]
    ps.append(["Period", active, "Requests", "Hours saved"])
    for row in periods:
        ps.append([row["period"], row[active], row["requests"], row["hours_saved"]])
    line = LineChart()
    line.title, line.y_axis.title = "Hours saved over time", "Hours"
    n = max(2, len(periods) + 1)
    line.add_data(Reference(ps, min_col=4, min_row=1, max_row=n), titles_from_data=True)
    line.set_categories(Reference(ps, min_col=1, min_row=2, max_row=n))
    ps.add_chart(line, "F2")

    ag = wb.create_sheet("Aggregates")
    ag.append(list(AGGREGATE_COLUMNS))
    for row in rows:
        ag.append([row[c] for c in AGGREGATE_COLUMNS])
    for sheet in (ps, ag):
        for cell in sheet[1]:
            cell.font = Font(bold=True)
        sheet.freeze_panes = "A2"
    wb.save(str(tmp))


def metadata(*, since: str | None, until: str | None, by: str, k: int) -> dict[str, Any]:
    return {
        "generated_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "since": since,
        "until": until,
        "by": by,
        "k": k,
    }
