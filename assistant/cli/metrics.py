"""Metrics commands for admins: show, export and merge."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import click

from assistant.cli.base import (
    cli,
    overwrite_option,
    policy_option,
)


@cli.group()
def metrics() -> None:
    """Adoption and time saved: show, export, and merge fleet exports."""


period_option = click.option(
    "--by",
    type=click.Choice(["day", "week", "month"]),
    default="week",
    show_default=True,
    help="Period for aggregates and active users.",
)
SINCE_HELP = "Only events on or after this date (2026-11-01)."
UNTIL_HELP = "Only events before this date."


@metrics.command("show")
@click.option("--since", help=SINCE_HELP)
@click.option("--until", help=UNTIL_HELP)
@policy_option
def metrics_show(since: str | None, until: str | None, policy_path: Path | None) -> None:
    """Requests, routes, acceptance and hours saved on this device."""
    from assistant.guard.policy import load_policy
    from assistant.usage.metrics import local_events, summary

    policy = load_policy(policy_path)
    s = summary(local_events(since, until), hourly_rate=policy.baselines.hourly_rate)
    _print_summary(s)


def _print_summary(s: dict[str, Any]) -> None:
    def pct(value: float | None) -> str:
        return "n/a" if value is None else f"{value:.1%}"

    rows = [
        ("Requests", str(s["requests"])),
        ("Active users", str(s["active_users"])),
        ("Local share", pct(s["local_share"])),
        ("Cloud share", pct(s["cloud_share"])),
        ("Fallback rate", pct(s["fallback_rate"])),
        ("Error rate", pct(s["error_rate"])),
        ("Acceptance rate", pct(s["acceptance_rate"])),
        ("Hours saved", f"{s['hours_saved']:.2f}"),
        (f"Assisted value at ${s['hourly_rate']:g}/h", f"${s['assisted_value']:,.2f}"),
        ("Cloud calls avoided (labels)", str(s["cloud_calls_avoided"])),
    ]
    for group in ("by_workflow", "by_surface", "by_route"):
        for name, count in s[group].items():
            rows.append((f"  {group.removeprefix('by_')}: {name}", str(count)))
    width = max(len(name) for name, _ in rows)
    for name, value in rows:
        click.echo(f"{name:<{width}}  {value:>12}")


@metrics.command("export")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["csv", "xlsx", "json", "parquet"]),
    required=True,
    help="parquet writes pseudonymous events, for merging fleets.",
)
@click.option("--out", type=click.Path(path_type=Path), required=True, help="The file to write.")
@click.option("--since", help=SINCE_HELP)
@click.option("--until", help=UNTIL_HELP)
@period_option
@overwrite_option
@policy_option
def metrics_export(
    fmt: str,
    out: Path,
    since: str | None,
    until: str | None,
    by: str,
    overwrite: bool,
    policy_path: Path | None,
) -> None:
    """Export aggregates (csv, xlsx, json) or events (parquet).

    Aggregates are per period, workflow, surface and route; groups with fewer
    than k users (policy [usage] k_anonymity, default 5) are left out.
    """
    from assistant.guard.policy import load_policy
    from assistant.outputs.write import check_output_path
    from assistant.usage.metrics import local_events
    from assistant.usage.report import write_metrics_report

    check_output_path(out, (f".{fmt}",), overwrite=overwrite)
    policy = load_policy(policy_path)
    events = local_events(since, until)
    click.echo(write_metrics_report(out, fmt, events, policy, since=since, until=until, by=by))


@metrics.command("merge")
@click.argument("exports", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option(
    "--out",
    type=click.Path(path_type=Path),
    required=True,
    help="org-report.xlsx, or .parquet for the merged events.",
)
@period_option
@overwrite_option
@policy_option
def metrics_merge(
    exports: tuple[Path, ...], out: Path, by: str, overwrite: bool, policy_path: Path | None
) -> None:
    """Combine devices' Parquet exports into one org report.

    Duplicate events (the same export twice) count once, and a user on several
    devices counts once.
    """
    from assistant.guard.policy import load_policy
    from assistant.outputs.write import check_output_path
    from assistant.usage.metrics import read_exports
    from assistant.usage.report import write_metrics_report

    check_output_path(out, (".xlsx", ".parquet"), overwrite=overwrite)
    events = read_exports(list(exports))
    fmt = out.suffix.lower().lstrip(".")
    policy = load_policy(policy_path)
    click.echo(write_metrics_report(out, fmt, events, policy, since=None, until=None, by=by))


@cli.command()
@click.option("--yes", is_flag=True, help="Do not ask before wiping.")
def forget(yes: bool) -> None:
    """Wipe every store that holds content: history.db, labels.db, the label
    classifier and watch.db's content. The usage log (content-free) stays."""
    from assistant.usage.stores import forget as wipe
    from deskmate_base.errors import Cancelled

    if not yes and not click.confirm(
        "Delete your history, labelled-mail store, label classifier and watched-folder content?"
    ):
        raise Cancelled("nothing was deleted")
    wiped = wipe()
    click.echo(f"wiped: {', '.join(wiped)}" if wiped else "nothing to wipe")
