"""Commands over one document: summarize, notes, check, feedback."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from assistant.cli.base import (
    cli,
    model_option,
    note_fallback,
    overwrite_option,
    policy_option,
)
from deskmate_base.errors import printable


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
@click.option(
    "--unverified",
    type=click.Choice(["drop", "show"]),
    default="drop",
    show_default=True,
    help="A model-written gist the support check cannot back: drop it, or show it "
    "marked '(unverified)' (for a larger catalog model or a cloud endpoint).",
)
@click.option("--merge", is_flag=True, help="Let the model merge overlapping sentences (checked).")
@click.option("--order", is_flag=True, help="Let the model order the bullets (a permutation).")
def summarize(
    path: Path,
    out: Path | None,
    insert: bool,
    overwrite: bool,
    as_json: bool,
    model: str | None,
    policy_path: Path | None,
    max_tokens: int,
    unverified: str,
    merge: bool,
    order: bool,
) -> None:
    """Summarize a Word, Excel, text or email file.

    Supported: .docx, .xlsx, .txt, .md, .eml. The file is checked for
    sensitive content first: sensitive files run on the local model, and only
    files the org policy clears may use an approved cloud endpoint. The
    summary is the document's own key sentences and facts computed from its
    tables; the model may shorten a sentence or add a one-line gist, kept only
    when every number, name and word in it is in the source (--unverified show
    keeps a failing gist, marked). Runs over 3 s show progress with the time
    elapsed and an estimate.
    """
    from assistant.cli.progress_line import ProgressLine
    from assistant.core import summarize_file
    from assistant.workflows.summarize import SummaryOptions

    with ProgressLine("Summarizing", enabled=not as_json and sys.stderr.isatty()) as line:
        result = summarize_file(
            path,
            model=model,
            options=SummaryOptions(
                max_tokens=max_tokens, merge=merge, order=order, unverified=unverified
            ),
            out=out,
            overwrite=overwrite,
            events=line,
            policy_path=policy_path,
            insert=insert,
        )
    note_fallback(result.decision)
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
    from assistant.cli.progress_line import ProgressLine
    from assistant.core import notes_file

    with ProgressLine("Reading the meeting", enabled=not as_json and sys.stderr.isatty()) as line:
        result = notes_file(
            transcript,
            model=model,
            out=out,
            overwrite=overwrite,
            events=line,
            policy_path=policy_path,
        )
    note_fallback(result.decision)
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
    from assistant.workflows.notes import duration_text

    lines.append(f"Duration: {duration_text(data['duration_minutes'], data['duration_estimated'])}")
    return "\n".join(lines)


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
    click.echo(printable(f"{path.name}: {result.decision.route} ({verdict})"))
    for label in result.scan.labels:
        click.echo(f"  label    {label.name or '(unnamed)'}  [{label.source} {label.id}]".rstrip())
    for f in result.scan.findings:
        click.echo(f"  {f.kind:<15} {f.location:<9} {f.preview}  ({f.detector}, {f.score:.2f})")
    for reason in result.decision.reasons:
        click.echo(f"  - {reason.message}")


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
