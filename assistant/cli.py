"""The ``deskmate`` command: a thin layer over ``assistant.core``.

Heavy modules (llama.cpp, python-docx, openpyxl) are imported inside the
commands, so ``deskmate --help`` and ``--version`` stay fast. Every
``DeskmateError`` becomes one line on stderr and its exit code (see
``assistant.errors``); set ``DESKMATE_DEBUG=1`` to see tracebacks.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Any

import click

from assistant import __version__
from assistant.desktop.window import TABS as WINDOW_TABS
from assistant.errors import INTERRUPTED_EXIT_CODE, USAGE_EXIT_CODE, DeskmateError

POLICY_HELP = "Org policy file (default: DESKMATE_POLICY, then the machine-wide policy)."
policy_option = click.option(
    "--policy", "policy_path", type=click.Path(path_type=Path), help=POLICY_HELP
)
overwrite_option = click.option(
    "--overwrite", is_flag=True, help="Replace --out if it already exists."
)
model_option = click.option("--model", help="Catalog model to use (default: the bundled model).")
taxonomy_option = click.option(
    "--taxonomy",
    "taxonomy_path",
    type=click.Path(path_type=Path),
    help="TOML file with the labels and rules (default: the org policy's).",
)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "--version", "-V", prog_name="deskmate")
def cli() -> None:
    """Deskmate: summaries, meeting notes and email triage, with sensitive
    work kept on this laptop.

    Exit codes are listed in the README ("Exit codes").
    """


@cli.command()
@click.argument("path", type=click.Path(path_type=Path))
@click.option("--out", type=click.Path(path_type=Path), help="Write the summary to a .docx or .md.")
@click.option(
    "--insert",
    is_flag=True,
    help="Write a copy of the .docx/.xlsx with the summary at the top (FILE.summary.docx).",
)
@overwrite_option
@click.option("--json", "as_json", is_flag=True, help="Print the result as JSON.")
@model_option
@policy_option
@click.option(
    "--max-tokens",
    type=click.IntRange(16, 4096),
    default=256,
    show_default=True,
    help="Longest summary to generate, in tokens.",
)
def summarize(
    path: Path,
    out: Path | None,
    insert: bool,
    overwrite: bool,
    as_json: bool,
    model: str | None,
    policy_path: Path | None,
    max_tokens: int,
) -> None:
    """Summarize a Word, Excel, text or email file.

    Supported: .docx, .xlsx, .txt, .md, .eml. The file is checked for
    sensitive content first: sensitive files run on the local model, and only
    files the org policy clears may use an approved cloud endpoint. Long
    documents are summarized in parts and then combined, so any length works.
    """
    from assistant.core import summarize_file
    from assistant.summarize import SummaryOptions

    progress = None
    if not as_json and sys.stderr.isatty():

        def progress(index: int, total: int) -> None:
            click.echo(f"\rSummarizing part {index} of {total}…", err=True, nl=index == total)

    result = summarize_file(
        path,
        model=model,
        options=SummaryOptions(max_tokens=max_tokens),
        out=out,
        overwrite=overwrite,
        progress=progress,
        policy_path=policy_path,
        insert=insert,
    )
    _note_fallback(result.decision)
    if result.lost:
        click.echo(
            f"deskmate: note: the copy does not keep the original's {' and '.join(result.lost)}",
            err=True,
        )
    if as_json:
        click.echo(json.dumps(result.as_json(), ensure_ascii=False))
    elif insert:
        click.echo(f"Copy with the summary written to {result.out}")
    elif out is not None:
        click.echo(f"Summary written to {out}")
    else:
        click.echo(result.summary.text)
        if result.thread is not None:
            t = result.thread
            click.echo(f"\nThread: {t.messages} messages from {', '.join(t.participants)}")
            for who, question in t.asked:
                click.echo(f"  {who} asked: {question}")
            click.echo("Still open:" if t.still_open else "Nothing left open.")
            for item in t.still_open:
                click.echo(f"  - {item}")


@cli.command()
@click.argument("transcript", type=click.Path(path_type=Path))
@click.option("--out", type=click.Path(path_type=Path), help="Write the notes to a .docx or .md.")
@overwrite_option
@click.option("--json", "as_json", is_flag=True, help="Print the notes as JSON.")
@model_option
@policy_option
def notes(
    transcript: Path,
    out: Path | None,
    overwrite: bool,
    as_json: bool,
    model: str | None,
    policy_path: Path | None,
) -> None:
    """Turn a meeting transcript into structured notes.

    Reads Teams/Zoom .vtt, .srt, .docx, .txt and .md transcripts with speaker
    tags ("Name:" or <v Name>). Notes hold a short summary, decisions, action
    items (owner, task, due date when stated), open questions, attendees and
    duration.
    """
    from assistant.core import notes_file

    progress = None
    if not as_json and sys.stderr.isatty():

        def progress(index: int, total: int) -> None:
            click.echo(f"\rReading part {index} of {total}…", err=True, nl=index == total)

    result = notes_file(
        transcript,
        model=model,
        out=out,
        overwrite=overwrite,
        progress=progress,
        policy_path=policy_path,
    )
    _note_fallback(result.decision)
    data = result.as_json()
    if as_json:
        click.echo(json.dumps(data, ensure_ascii=False, indent=2))
    elif out is not None:
        click.echo(f"Notes written to {out}")
    else:
        click.echo(_notes_text(data))
    if not data["attendees"]:
        click.echo(
            "deskmate: note: the transcript has no speaker tags; owners are unknown", err=True
        )


def _notes_text(data: dict) -> str:
    lines = ["Summary", f"  {data['summary']}", "", "Decisions"]
    lines += [f"  - {d}" for d in data["decisions"]] or ["  (none)"]
    lines += ["", "Action items"]
    for a in data["action_items"]:
        due = f" (due {a['due']})" if a["due"] else ""
        lines.append(f"  - {a['owner']}: {a['task']}{due}")
    if not data["action_items"]:
        lines.append("  (none)")
    lines += ["", "Open questions"] + ([f"  - {q}" for q in data["open_questions"]] or ["  (none)"])
    lines += ["", f"Attendees: {', '.join(data['attendees']) or 'not recorded'}"]
    estimated = " (estimated)" if data["duration_estimated"] else ""
    lines.append(f"Duration: {data['duration_minutes']:g} minutes{estimated}")
    return "\n".join(lines)


def _note_fallback(decision) -> None:
    """One-line notes for the user: the cloud failed, or the policy is not trusted."""
    for reason in decision.reasons:
        if reason.kind in ("cloud_failed", "policy_untrusted"):
            click.echo(f"deskmate: note: {reason.message}", err=True)


@cli.command()
@click.argument("path", required=False, type=click.Path(path_type=Path))
@taxonomy_option
@click.option("--out", type=click.Path(path_type=Path), help="Write an .xlsx report.")
@overwrite_option
@click.option("--json", "as_json", is_flag=True, help="Print the labels as JSON.")
@model_option
@policy_option
@click.option(
    "--correct",
    nargs=2,
    metavar="MESSAGE_ID LABEL",
    help="Record the right label for a message you labeled before.",
)
def label(
    path: Path | None,
    taxonomy_path: Path | None,
    out: Path | None,
    overwrite: bool,
    as_json: bool,
    model: str | None,
    policy_path: Path | None,
    correct: tuple[str, str] | None,
) -> None:
    """Label and prioritise email: an .eml, a folder, an .mbox or a .msg.

    Rules from the policy (or --taxonomy) apply first; then a classifier
    trained on your corrections, when confident; then the model, which can
    only answer with a label from the taxonomy. `deskmate label --correct
    MESSAGE_ID LABEL` records a correction; `deskmate label train` fits the
    classifier on your corrections.
    """
    from assistant import core

    if correct:
        stored = core.correct_label(correct[0], correct[1], taxonomy_path=taxonomy_path)
        click.echo(f"Recorded {correct[0]} as {stored}.")
        return
    if path is None:
        raise click.UsageError("give an .eml, .mbox, .msg or folder to label, or --correct")
    if str(path) == "train" and not path.exists():
        report = core.train_labels()
        click.echo(f"Trained on {report.examples} corrections ({', '.join(report.labels)}).")
        return
    if out is not None:
        from assistant.outputs import check_output_path

        check_output_path(out, (".xlsx",), overwrite=overwrite)
    results = core.label_mail(
        path, taxonomy_path=taxonomy_path, policy_path=policy_path, model=model
    )
    rows: list[dict[str, Any]] = [r.as_json() for r in results]
    for row in rows:
        if row["error"]:
            click.echo(f"deskmate: warning: skipped {row['source']}: {row['error']}", err=True)
    if not any(not row["error"] for row in rows):
        from assistant.errors import CorruptFileError

        raise CorruptFileError(f"no readable messages in {path}")
    if out is not None:
        from assistant.outputs import write_label_report

        write_label_report(out, rows)
        click.echo(f"Labels for {sum(not r['error'] for r in rows)} messages written to {out}")
    elif as_json:
        click.echo(json.dumps(rows, ensure_ascii=False, indent=2))
    else:
        for row in rows:
            if not row["error"]:
                click.echo(
                    f"{', '.join(row['labels']):<24} {row['priority']:<7} {row['subject'][:60]}"
                )
                click.echo(f"{'':<24} {row['reason']}  [{row['message_id']}]")


@cli.command()
@click.argument("event_id")
@click.argument("verdict", type=click.Choice(["accept", "reject", "clear"]))
def feedback(event_id: str, verdict: str) -> None:
    """Say whether a result was useful: EVENT_ID (or "last") accept|reject.

    Rejected results count zero hours saved. Event ids are in the --json output
    of summarize and notes.
    """
    from assistant.core import give_feedback

    target = give_feedback(event_id, verdict)
    click.echo(f"Recorded: {verdict} for {target}.")


@cli.group()
def metrics() -> None:
    """Adoption and time saved: show, export, and merge fleet exports."""


SINCE_HELP = "Only events on or after this date (2026-11-01)."
UNTIL_HELP = "Only events before this date."


@metrics.command("show")
@click.option("--since", help=SINCE_HELP)
@click.option("--until", help=UNTIL_HELP)
@policy_option
def metrics_show(since: str | None, until: str | None, policy_path: Path | None) -> None:
    """Requests, routes, acceptance and hours saved on this device."""
    from assistant.metrics import local_events, summary
    from assistant.policy import load_policy

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
@click.option(
    "--by",
    type=click.Choice(["day", "week", "month"]),
    default="week",
    show_default=True,
    help="Period for aggregates and active users.",
)
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
    from assistant.metrics import local_events
    from assistant.outputs import check_output_path
    from assistant.policy import load_policy

    check_output_path(out, (f".{fmt}",), overwrite=overwrite)
    policy = load_policy(policy_path)
    events = local_events(since, until)
    _write_metrics(out, fmt, events, policy, since=since, until=until, by=by)


def _write_metrics(out: Path, fmt: str, events: Any, policy: Any, **window: Any) -> None:
    from assistant.metrics import active_users, aggregates, k_anonymous, summary
    from assistant.metrics_export import metadata, write_events, write_report

    if fmt == "parquet":
        write_events(out, events)
        click.echo(f"{events.num_rows} events written to {out}")
        return
    rows, hidden = k_anonymous(aggregates(events, by=window["by"]), policy.k_anonymity)
    name = {"day": "DAU", "week": "WAU", "month": "MAU"}[window["by"]]
    periods, _ = k_anonymous(active_users(events, by=window["by"]), policy.k_anonymity, name)
    s = summary(events, hourly_rate=policy.baselines.hourly_rate)
    write_report(out, fmt, summary=s, periods=periods, rows=rows, hidden=hidden,
                 meta=metadata(k=policy.k_anonymity, **window))  # fmt: skip
    note = f"; {hidden} groups under k={policy.k_anonymity} users left out" if hidden else ""
    click.echo(f"{len(rows)} aggregate rows written to {out}{note}")


@metrics.command("merge")
@click.argument("exports", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option(
    "--out",
    type=click.Path(path_type=Path),
    required=True,
    help="org-report.xlsx, or .parquet for the merged events.",
)
@click.option(
    "--by",
    type=click.Choice(["day", "week", "month"]),
    default="week",
    show_default=True,
    help="Period for aggregates and active users.",
)
@overwrite_option
@policy_option
def metrics_merge(
    exports: tuple[Path, ...], out: Path, by: str, overwrite: bool, policy_path: Path | None
) -> None:
    """Combine devices' Parquet exports into one org report.

    Duplicate events (the same export twice) count once, and a user on several
    devices counts once.
    """
    from assistant.metrics import read_exports
    from assistant.outputs import check_output_path
    from assistant.policy import load_policy

    check_output_path(out, (".xlsx", ".parquet"), overwrite=overwrite)
    events = read_exports(list(exports))
    fmt = out.suffix.lower().lstrip(".")
    _write_metrics(out, fmt, events, load_policy(policy_path), since=None, until=None, by=by)


@cli.command()
@click.option("--port", type=click.IntRange(1024, 65535), default=8765, show_default=True)
@click.option(
    "--cert",
    type=click.Path(path_type=Path, exists=True, dir_okay=False),
    help="An existing certificate (PEM), e.g. from office-addin-dev-certs.",
)
@click.option(
    "--key",
    type=click.Path(path_type=Path, exists=True, dir_okay=False),
    help="The private key for --cert.",
)
def serve(port: int, cert: Path | None, key: Path | None) -> None:
    """Run the local service for the Office add-in pane (HTTPS, 127.0.0.1 only).

    On first run it makes a local CA and a localhost certificate; trust the CA
    once with `deskmate addin trust-cert`.
    """
    import uvicorn

    from assistant.api.app import create_app
    from assistant.api.certs import ensure_certificates, trust_instructions
    from assistant.api.security import api_secret

    if (cert is None) != (key is None):
        raise click.UsageError("give both --cert and --key, or neither")
    if cert is None or key is None:
        files = ensure_certificates()
        cert, key = files.cert, files.key
        click.echo(f"Using the Deskmate CA {files.ca}; trust it once with: "
                   f"{trust_instructions(files.ca)}", err=True)  # fmt: skip
    click.echo(f"Deskmate is serving https://localhost:{port}/pane/ (Ctrl-C stops it)", err=True)
    app = create_app(port=port, secret=api_secret())
    uvicorn.run(app, host="127.0.0.1", port=port, ssl_certfile=str(cert), ssl_keyfile=str(key),
                log_level="warning", access_log=False)  # fmt: skip


@cli.command()
@click.option(
    "--folder",
    "folders",
    multiple=True,
    metavar="PATH=WORKFLOW",
    help="A folder to watch and its workflow (summarize, notes or label); repeatable. "
    "Default: the folders in your preferences (the tray's Settings tab), at first "
    "~/Deskmate/Summarize, ~/Deskmate/Notes and ~/Deskmate/Mail.",
)
@click.option("--once", is_flag=True, help="Process what is there now, then exit.")
@click.option(
    "--settle",
    type=click.FloatRange(0.1, 60),
    default=1.0,
    show_default=True,
    help="Seconds a file must stay unchanged before it counts as complete.",
)
@click.option(
    "--max-tokens",
    type=click.IntRange(16, 4096),
    default=256,
    show_default=True,
    help="Longest summary to generate, in tokens.",
)
def watch(folders: tuple[str, ...], once: bool, settle: float, max_tokens: int) -> None:
    """Watch folders: each file dropped in is summarized (or turned into notes)
    into the folder's Outbox, exactly once, even across a crash."""
    from assistant.watcher import Watcher, parse_folder, watched_folders

    chosen = [parse_folder(f) for f in folders] or watched_folders()
    watcher = Watcher(chosen, settle_s=settle, max_tokens=max_tokens)
    if once:
        counts = watcher.run_once()
        click.echo(
            ", ".join(f"{n} {state}" for state, n in sorted(counts.items())) or "nothing to do"
        )
        return
    for folder in chosen:
        click.echo(f"Watching {folder.path} ({folder.workflow}) -> {folder.outbox}", err=True)
    try:
        watcher.run_forever()
    except KeyboardInterrupt:
        watcher.stopping.set()


@cli.command()
@click.option("--port", type=click.IntRange(1024, 65535), default=8765, show_default=True,
              help="Port of the local service the tray runs.")  # fmt: skip
@click.option("--no-watch", is_flag=True, help="Do not run the watched folders.")
def tray(port: int, no_watch: bool) -> None:
    """Run Deskmate in the system tray, with the local service and watched folders.

    One tray per user. Quit from its menu (or Ctrl-C) stops everything it started.
    """
    from assistant.desktop.tray import block_stop_signals

    block_stop_signals()  # before any thread starts (see its docstring)
    from assistant.desktop.instance import single_instance
    from assistant.desktop.services import Services
    from assistant.desktop.tray import Tray, tray_backend_problem
    from assistant.errors import DesktopError
    from assistant.policy import load_policy
    from assistant.watcher import desktop_notification

    problem = tray_backend_problem()
    if problem:
        raise DesktopError(f"cannot show a tray icon: {problem}; use 'deskmate serve' and "
                           f"'deskmate watch' instead")  # fmt: skip
    with single_instance():
        notice = load_policy().untrusted
        services = Services(port=port, watch=not no_watch, notify=desktop_notification)
        click.echo(f"Deskmate is in the tray; its service is on {services.url}/app/", err=True)
        Tray(services, notice=notice).run()


@cli.command("open")
@click.option("--port", type=click.IntRange(1024, 65535), default=8765, show_default=True,
              help="Port of the running Deskmate service.")  # fmt: skip
@click.option("--tab", type=click.Choice(WINDOW_TABS),
              default="history", show_default=True, help="The tab to show first.")  # fmt: skip
def open_window(port: int, tab: str) -> None:
    """Open the Deskmate window (history, metrics, settings) of a running tray or serve."""
    from assistant.desktop.tray import unblocked_signals

    unblocked_signals()  # the tray starts windows with its signals blocked
    from assistant.desktop.window import open_window as show

    show(port=port, tab=tab)


@cli.command("verify-installer")
@click.argument("folder", type=click.Path(path_type=Path, file_okay=False, exists=True))
@click.option(
    "--pubkey",
    type=click.Path(path_type=Path, exists=True, dir_okay=False),
    help="IT's public key (default: the one built into this install).",
)
def verify_installer(folder: Path, pubkey: Path | None) -> None:
    """Check a release folder: SHA256SUMS and every Ed25519 signature."""
    from assistant.errors import PolicyError
    from assistant.policy_signing import trusted_key
    from assistant.release import artifacts, verify_release

    key = pubkey.read_bytes() if pubkey else trusted_key()
    if key is None:
        raise PolicyError("this install has no built-in key; pass --pubkey")
    problems = verify_release(folder, key)
    if problems:
        for problem in problems[:-1]:
            click.echo(f"deskmate: error: {problem}", err=True)
        raise PolicyError(problems[-1])
    click.echo(f"ok: {len(artifacts(folder))} artifacts match SHA256SUMS and their signatures")


@cli.group("policy")
def policy_group() -> None:
    """Sign and verify the org policy (for IT)."""


@policy_group.command("keygen")
@click.option(
    "--out",
    "out_dir",
    type=click.Path(path_type=Path, file_okay=False),
    default=Path("."),
    show_default=True,
    help="Folder for the key pair.",
)
def policy_keygen(out_dir: Path) -> None:
    """Make an Ed25519 key pair for signing policies."""
    from assistant.policy_signing import keygen

    private, public = keygen(out_dir)
    click.echo(f"Private key: {private} (keep it secret; it signs policies)")
    click.echo(f"Public key:  {public} (build installers with --policy-pubkey {public})")


@policy_group.command("sign")
@click.argument("policy_file", type=click.Path(path_type=Path, exists=True, dir_okay=False))
@click.option(
    "--key",
    "key_file",
    type=click.Path(path_type=Path, exists=True, dir_okay=False),
    required=True,
    help="The Ed25519 private key (PEM).",
)
def policy_sign(policy_file: Path, key_file: Path) -> None:
    """Check POLICY_FILE and write its signature (POLICY_FILE.sig)."""
    from assistant.policy import parse_policy
    from assistant.policy_signing import sign

    parse_policy(policy_file)  # never sign a policy that does not load
    click.echo(f"Signed: {sign(policy_file, key_file)}")


@policy_group.command("verify")
@click.argument("policy_file", required=False, type=click.Path(path_type=Path))
@click.option(
    "--pubkey",
    type=click.Path(path_type=Path, exists=True, dir_okay=False),
    help="Public key (default: the one built into this install).",
)
def policy_verify(policy_file: Path | None, pubkey: Path | None) -> None:
    """Check a policy's signature (default: the machine-wide policy)."""
    from assistant.errors import PolicyError
    from assistant.policy import machine_policy_path
    from assistant.policy_signing import check, trusted_key

    key = pubkey.read_bytes() if pubkey else trusted_key()
    if key is None:
        raise PolicyError("this install has no built-in policy key; pass --pubkey")
    target = policy_file or machine_policy_path()
    problem = check(target, key)
    if problem:
        raise PolicyError(problem)
    click.echo(f"ok: {target} is signed by the trusted key")


@cli.group()
def addin() -> None:
    """Set up the Office add-in: trust the local certificate."""


@addin.command("manifest")
@click.option("--port", type=click.IntRange(1024, 65535), default=8765, show_default=True)
@click.option(
    "--out",
    "out_dir",
    type=click.Path(path_type=Path, file_okay=False),
    default=Path("."),
    show_default=True,
    help="Folder for the two manifests.",
)
def addin_manifest(port: int, out_dir: Path) -> None:
    """Write the Word/Excel and Outlook add-in manifests for a port."""
    from assistant.api.manifests import write_manifests

    for path in write_manifests(port, out_dir):
        click.echo(f"Wrote {path}")


@addin.command("trust-cert")
def addin_trust_cert() -> None:
    """Show (and where possible run) the command that trusts Deskmate's local CA."""
    import os
    import shutil
    import subprocess

    from assistant.api.certs import ensure_certificates, trust_instructions

    files = ensure_certificates()
    command = trust_instructions(files.ca)
    target = Path("/usr/local/share/ca-certificates")
    if sys.platform.startswith("linux") and os.geteuid() == 0 and target.is_dir():
        shutil.copyfile(files.ca, target / "deskmate-local-ca.crt")
        subprocess.run(["update-ca-certificates"], check=False, capture_output=True)
        click.echo(f"Trusted {files.ca} system-wide (update-ca-certificates).")
        return
    click.echo(f"To trust Deskmate's local CA, run:\n  {command}")


@cli.group("eval")
def eval_() -> None:
    """Measure quality on labelled sets: email labels, notes, sensitivity."""


@eval_.command("labels")
@click.argument("directory", type=click.Path(path_type=Path))
@taxonomy_option
@policy_option
@click.option("--model", help="Catalog model to evaluate (default: the bundled model).")
@click.option(
    "--learn",
    type=click.FloatRange(0, 0.9),
    default=0.0,
    show_default=True,
    help="Share of the set used as corrections to train the classifier first.",
)
def eval_labels(
    directory: Path,
    taxonomy_path: Path | None,
    policy_path: Path | None,
    model: str | None,
    learn: float,
) -> None:
    """Accuracy, macro-F1 and confusion table for email labels.

    DIRECTORY holds .eml files and labels.jsonl with {"file": ..., "label": ...}.
    """
    from assistant.core import local_backend
    from assistant.evaluate import eval_labels as run
    from assistant.policy import load_policy
    from assistant.taxonomy import load_taxonomy_file

    policy = load_policy(policy_path)
    taxonomy = load_taxonomy_file(taxonomy_path) if taxonomy_path else policy.taxonomy
    scores = run(directory, lambda: local_backend(model), taxonomy, learn=learn)
    methods = ", ".join(f"{k} {v}" for k, v in sorted(scores.methods.items()))
    click.echo(f"messages: {len(scores.truth)} ({methods})")
    click.echo(f"accuracy: {scores.accuracy:.1%}")
    click.echo(f"macro-F1: {scores.macro_f1:.3f}")
    click.echo(scores.table())


@eval_.command("notes")
@click.argument("directory", type=click.Path(path_type=Path))
@click.option("--model", help="Catalog model to evaluate (default: the bundled model).")
def eval_notes(directory: Path, model: str | None) -> None:
    """Action-item recall and precision against hand-written notes.

    DIRECTORY holds transcripts and, beside each, NAME.json with
    {"action_items": [{"owner": ..., "keyword": ...}]}.
    """
    from assistant.core import local_backend
    from assistant.evaluate import eval_notes as run

    s = run(directory, local_backend(model))
    click.echo(f"transcripts: {s.transcripts}")
    click.echo(f"action-item recall: {s.recall:.1%} ({s.found}/{s.expected})")
    click.echo(f"action-item precision: {s.precision:.1%} ({s.correct}/{s.predicted})")


@eval_.command("sensitivity")
@click.argument("directory", type=click.Path(path_type=Path))
@policy_option
def eval_sensitivity(directory: Path, policy_path: Path | None) -> None:
    """Leaks and over-local rate on a labelled sensitivity corpus.

    DIRECTORY holds files/ and labels.jsonl with {"file": ..., "sensitive": true|false}.
    Files are judged as if a cloud endpoint and key were available.
    """
    from assistant.evaluate import eval_sensitivity as run
    from assistant.policy import load_policy

    s = run(directory, load_policy(policy_path))
    click.echo(f"files: {s.files} ({s.sensitive} sensitive)")
    click.echo(f"leaks (sensitive cleared for the cloud): {len(s.leaks)}")
    for name in s.leaks:
        click.echo(f"  - {name}")
    clean = s.files - s.sensitive
    click.echo(f"over-local rate: {s.over_local_rate:.1%} ({len(s.kept_local)}/{clean} kept local)")


@cli.command()
@click.argument("path", type=click.Path(path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print the verdict as JSON.")
@policy_option
@click.option(
    "--workflow",
    type=click.Choice(["summarize", "notes", "label"]),
    default="summarize",
    show_default=True,
    help="The workflow whose cloud endpoint applies.",
)
def check(path: Path, as_json: bool, policy_path: Path | None, workflow: str) -> None:
    """Show whether a file is sensitive and where it would run.

    Prints the route (local, cloud, cloud_redacted or blocked), the labels,
    the findings with masked previews, and the reasons. Nothing is sent anywhere.
    """
    from assistant.core import check_file

    result = check_file(path, workflow=workflow, policy_path=policy_path)
    if as_json:
        click.echo(json.dumps(result.as_json(), indent=2))
        return
    verdict = "sensitive" if result.decision.sensitive else "not sensitive"
    click.echo(f"{path.name}: {result.decision.route} ({verdict})")
    for label in result.scan.labels:
        click.echo(f"  label    {label.name or '(unnamed)'}  [{label.source} {label.id}]".rstrip())
    for f in result.scan.findings:
        click.echo(f"  {f.kind:<15} {f.location:<9} {f.preview}  ({f.detector}, {f.score:.2f})")
    for reason in result.decision.reasons:
        click.echo(f"  - {reason.message}")


@cli.group()
def keys() -> None:
    """Store API keys for the policy's cloud endpoints in the OS keyring."""


@keys.command("set")
@click.argument("name")
def keys_set(name: str) -> None:
    """Store the API key for endpoint NAME (asked for, or read from stdin)."""
    from assistant.keys import set_key

    if sys.stdin.isatty():
        secret = click.prompt(f"API key for {name}", hide_input=True)
    else:
        secret = sys.stdin.readline()
    set_key(name, secret)
    click.echo(f"Stored the key for {name} in the OS keyring.")


@keys.command("list")
@policy_option
def keys_list(policy_path: Path | None) -> None:
    """Show each cloud endpoint and where its key comes from (never the key)."""
    from assistant.keys import env_name, key_source
    from assistant.policy import load_policy

    policy = load_policy(policy_path)
    if not policy.endpoints:
        click.echo(f"No cloud endpoints in the policy ({policy.source}).")
        return
    for endpoint in policy.endpoints:
        source = key_source(endpoint.name)
        hint = f"  (set with: deskmate keys set {endpoint.name}, or {env_name(endpoint.name)})"
        click.echo(f"{endpoint.name:<24} {source}{hint if source == 'missing' else ''}")


@keys.command("delete")
@click.argument("name")
def keys_delete(name: str) -> None:
    """Remove the stored API key for endpoint NAME."""
    from assistant.keys import delete_key

    removed = delete_key(name)
    click.echo(f"Removed the key for {name}." if removed else f"No stored key for {name}.")


@cli.group()
def models() -> None:
    """List, verify and add local models."""


@models.command("list")
@click.option("--json", "as_json", is_flag=True, help="Print the catalog as JSON.")
def models_list(as_json: bool) -> None:
    """Show the catalog: name, license, context length, size and file."""
    from dataclasses import asdict

    from local_models import Catalog

    catalog = Catalog.load()
    entries = catalog.entries()
    if as_json:
        click.echo(json.dumps([asdict(e) for e in entries], indent=2))
        return
    rows = [("NAME", "LICENSE", "CONTEXT", "SIZE", "FILE")]
    for e in entries:
        name = f"{e.name} (default)" if e.name == catalog.default else e.name
        rows.append((name, e.license, str(e.context_length), f"{e.size / 2**20:.0f} MB", e.file))
    widths = [max(len(r[i]) for r in rows) for i in range(4)]
    for r in rows:
        click.echo("  ".join(r[i].ljust(widths[i]) for i in range(4)) + "  " + r[4])


@models.command("verify")
@click.argument("name", required=False)
def models_verify(name: str | None) -> None:
    """Check model files against their SHA-256 checksums (all, or NAME)."""
    from local_models import Catalog

    catalog = Catalog.load()
    entries = [catalog.get(name)] if name else catalog.entries()
    for entry in entries:
        catalog.verify(entry, full=True)
        click.echo(f"ok  {entry.name}  sha256:{entry.sha256[:16]}…")


@models.command("add")
@click.argument("path", type=click.Path(path_type=Path))
@click.option("--name", required=True, help="Catalog name, e.g. qwen2.5-3b-instruct.")
@click.option("--license", "license_", required=True, help="The model's license, e.g. Apache-2.0.")
@click.option("--sha256", help="Expected SHA-256; the file is refused if it differs.")
@click.option("--context-length", type=click.IntRange(512), help="Default: read from the GGUF.")
@click.option("--chat-format", help="llama.cpp chat format; default: the GGUF's own template.")
def models_add(
    path: Path,
    name: str,
    license_: str,
    sha256: str | None,
    context_length: int | None,
    chat_format: str | None,
) -> None:
    """Register a GGUF model file by path (and checksum)."""
    from local_models import Catalog

    entry = Catalog.load().add(
        path,
        name=name,
        license=license_,
        sha256=sha256,
        context_length=context_length,
        chat_format=chat_format,
    )
    click.echo(f"Added {entry.name} ({entry.license}), sha256 {entry.sha256}")


def main(argv: list[str] | None = None) -> None:
    """Entry point: run the CLI and turn errors into one line and an exit code."""
    try:
        code = cli.main(args=argv, prog_name="deskmate", standalone_mode=False)
    except click.exceptions.UsageError as exc:
        exc.show()
        sys.exit(USAGE_EXIT_CODE)
    except click.exceptions.Abort:
        click.echo("deskmate: interrupted", err=True)
        sys.exit(INTERRUPTED_EXIT_CODE)
    except click.exceptions.ClickException as exc:
        exc.show()
        sys.exit(exc.exit_code)
    except DeskmateError as exc:
        click.echo(f"deskmate: error: {exc}", err=True)
        sys.exit(exc.exit_code)
    except KeyboardInterrupt:
        click.echo("\ndeskmate: interrupted", err=True)
        sys.exit(INTERRUPTED_EXIT_CODE)
    except Exception as exc:
        if os.environ.get("DESKMATE_DEBUG"):
            raise
        click.echo(
            f"deskmate: internal error ({type(exc).__name__}); run again with DESKMATE_DEBUG=1 "
            f"and report the output",
            err=True,
        )
        sys.exit(1)
    sys.exit(code if isinstance(code, int) else 0)
