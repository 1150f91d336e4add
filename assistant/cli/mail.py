"""The label commands: label messages, record corrections, train, forget.

``deskmate label PATH`` labels mail; ``label train`` and ``label correct`` are
subcommands of their own. A first argument that names no subcommand is the
path to label (``DefaultGroup``), so a folder named "train" is labelled when
given as ``./train``, and ``deskmate label run train`` always labels it.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import click

from assistant.cli.base import (
    cli,
    model_option,
    overwrite_option,
    policy_option,
    taxonomy_option,
)
from deskmate_base.errors import printable


class DefaultGroup(click.Group):
    """A group whose first argument, when it names no subcommand, goes to ``run``."""

    default_command = "run"

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        if args and args[0] not in self.commands and args[0] not in ("-h", "--help"):
            args = [self.default_command, *args]
        return super().parse_args(ctx, args)


@cli.group(cls=DefaultGroup)
def label() -> None:
    """Label and prioritise email: an .eml, a folder, an .mbox or a .msg.

    `deskmate label PATH` labels messages. Phishing checks run first, then
    rules from the policy (or --taxonomy), then the classifier (shipped
    trained on a seed set). Only when it is unsure, and the policy allows an
    approved cloud endpoint for labels, is the cloud model asked; its label
    becomes a hashed training example. `deskmate label correct MESSAGE_ID
    LABEL` records a correction, `deskmate label train` refits the
    classifier, `deskmate label forget` deletes what the labeler stored.
    """


@label.command("run")
@click.argument("path", type=click.Path(path_type=Path))
@taxonomy_option
@click.option("--out", type=click.Path(path_type=Path), help="Write an .xlsx report.")
@overwrite_option
@click.option("--json", "as_json", is_flag=True, help="Print the labels as JSON.")
@model_option
@policy_option
def label_run(
    path: Path,
    taxonomy_path: Path | None,
    out: Path | None,
    overwrite: bool,
    as_json: bool,
    model: str | None,
    policy_path: Path | None,
) -> None:
    """Label the messages in PATH (the default subcommand)."""
    from assistant import core
    from assistant.outputs.write import check_output_path, write_label_report
    from deskmate_base.errors import CorruptFileError

    if out is not None:
        check_output_path(out, (".xlsx",), overwrite=overwrite)
    results = core.label_mail(
        path, taxonomy_path=taxonomy_path, policy_path=policy_path, model=model
    )
    rows: list[dict[str, Any]] = [r.as_json() for r in results]
    for row in rows:
        if row["error"]:
            skipped = printable(f"skipped {row['source']}: {row['error']}")
            click.echo(f"deskmate: warning: {skipped}", err=True)
    if not any(not row["error"] for row in rows):
        raise CorruptFileError(f"no readable messages in {path}")
    if out is not None:
        write_label_report(out, rows)
        click.echo(f"Labels for {sum(not r['error'] for r in rows)} messages written to {out}")
    elif as_json:
        click.echo(json.dumps(rows, ensure_ascii=False, indent=2))
    else:
        for row in rows:
            if not row["error"]:
                # A subject, reason or id from the message is shown escaped: bidi
                # overrides and zero-width characters could make it read otherwise.
                subject = printable(row["subject"][:60])
                click.echo(f"{', '.join(row['labels']):<24} {row['priority']:<7} {subject}")
                click.echo(printable(f"{'':<24} {row['reason']}  [{row['message_id']}]"))


@label.command("correct")
@click.argument("message_id")
@click.argument("category")
@taxonomy_option
def label_correct(message_id: str, category: str, taxonomy_path: Path | None) -> None:
    """Record the right label (CATEGORY) for a message you labelled before."""
    from assistant import core

    stored = core.correct_label(message_id, category, taxonomy_path=taxonomy_path)
    click.echo(f"Recorded {message_id} as {stored}.")


@label.command("train")
@click.option(
    "--seed",
    "seed",
    type=click.Path(path_type=Path),
    help="A folder of labelled messages (*.jsonl lines, or lines naming .eml files) "
    "for your own taxonomy; kept, hashed, for later retraining.",
)
@taxonomy_option
def label_train(seed: Path | None, taxonomy_path: Path | None) -> None:
    """Fit the label classifier: seed set, teacher labels, then your corrections.

    Without --seed the shipped seed set is used (when the taxonomy is the
    default one) or the org seed set given before. Corrections weigh three
    times a seed or teacher example. Prints how often the classifier agreed
    with the cloud model (the teacher) on messages it had not yet seen.
    """
    from assistant import core

    report = core.train_labels(seed=seed, taxonomy_path=taxonomy_path)
    click.echo(
        f"Trained on {report.examples} examples: {report.seed} seed, {report.teacher} teacher "
        f"labels, {report.corrections} corrections ({', '.join(report.labels)})."
    )
    for name, (agreed, total) in sorted(core.teacher_agreement().items()):
        click.echo(f"  agreement with the teacher on {name or '(no guess)'}: {agreed}/{total}")


@label.command("forget")
def label_forget() -> None:
    """Delete what the labeler stored on this laptop (labels.db and any org seed)."""
    from assistant import core

    deleted = core.forget_labels()
    click.echo(f"Deleted {deleted} stored rows; the trained classifier is kept.")
