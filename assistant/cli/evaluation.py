"""deskmate eval: quality on labelled sets."""

from __future__ import annotations

from pathlib import Path

import click

from assistant.cli.base import (
    cli,
    policy_option,
    taxonomy_option,
)


@cli.group("eval")
def eval_() -> None:
    """Measure quality on labelled sets: email labels, notes, summaries, sensitivity."""


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
@click.option("--no-model", is_flag=True, help="Skip scoring the local model alone (slow).")
def eval_labels(
    directory: Path,
    taxonomy_path: Path | None,
    policy_path: Path | None,
    model: str | None,
    learn: float,
    no_model: bool,
) -> None:
    """Accuracy, macro-F1 and confusion table for email labels, by stage.

    DIRECTORY holds .eml files and labels.jsonl with {"file": ..., "label": ...}.
    Prints the pipeline as `deskmate label` runs it without a cloud (phishing,
    rules, classifier), then each stage alone: how many messages it answers
    and how many of those it gets right. Strict accuracy counts the first
    label; lenient also counts a second (runner-up) label.
    """
    from assistant.core import local_backend
    from assistant.evaluate import eval_labels as run
    from assistant.guard.policy import load_policy
    from assistant.mail.taxonomy import load_taxonomy_file

    policy = load_policy(policy_path)
    taxonomy = load_taxonomy_file(taxonomy_path) if taxonomy_path else policy.taxonomy
    backend = None if no_model else (lambda: local_backend(model))
    report = run(directory, backend, taxonomy, learn=learn)
    scores = report.together
    methods = ", ".join(f"{k} {v}" for k, v in sorted(scores.methods.items()))
    click.echo(f"messages: {scores.total} ({methods})")
    click.echo(f"accuracy: {scores.accuracy:.1%} (lenient {scores.lenient:.1%})")
    click.echo(f"macro-F1: {scores.macro_f1:.3f}")
    click.echo("stage alone   answers  strict  lenient  macro-F1")
    for name, stage in report.stages.items():
        f1 = f"{stage.macro_f1:>8.3f}" if stage.answered == stage.total else "       -"
        click.echo(
            f"{name:<12} {stage.answered:>3}/{stage.total:<4} {stage.accuracy:>6.1%}  "
            f"{stage.lenient:>7.1%}  {f1}"
        )
    click.echo(scores.table())


@eval_.command("phishing")
@click.argument("directory", type=click.Path(path_type=Path))
@taxonomy_option
@policy_option
def eval_phishing(directory: Path, taxonomy_path: Path | None, policy_path: Path | None) -> None:
    """The phishing stage alone: phishing caught and legitimate mail flagged.

    DIRECTORY holds .eml files and labels.jsonl; "label": "Suspicious" marks
    phishing, any other label legitimate mail.
    """
    from assistant.evaluate import eval_phishing as run
    from assistant.guard.policy import load_policy
    from assistant.mail.taxonomy import load_taxonomy_file

    policy = load_policy(policy_path)
    taxonomy = load_taxonomy_file(taxonomy_path) if taxonomy_path else policy.taxonomy
    scores = run(directory, taxonomy)
    share = len(scores.caught) / scores.phishing if scores.phishing else 0.0
    click.echo(f"phishing caught: {len(scores.caught)}/{scores.phishing} ({share:.1%})")
    click.echo(f"legitimate flagged: {len(scores.flagged)}/{scores.legit}")
    for name in scores.flagged:
        click.echo(f"  flagged: {name}")
    signals = ", ".join(f"{k} {v}" for k, v in sorted(scores.signals.items()))
    click.echo(f"signals in caught messages: {signals}")


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


@eval_.command("summaries")
@click.argument("directory", type=click.Path(path_type=Path))
@click.option("--model", help="Catalog model to evaluate (default: the bundled model).")
@click.option("--no-model", is_flag=True, help="Extraction and table facts only; no model steps.")
@click.option("--merge", is_flag=True, help="Let the model merge overlapping sentences.")
@click.option("--order", is_flag=True, help="Let the model order the bullets.")
@click.option("--json", "as_json", is_flag=True, help="Print both systems' scores as JSON.")
def eval_summaries(
    directory: Path, model: str | None, no_model: bool, merge: bool, order: bool, as_json: bool
) -> None:
    """Fact recall, invented numbers and names, unsupported sentences, false
    statements and seconds per document, beside the Lead-k baseline.

    DIRECTORY holds the documents and facts.jsonl with {"file": ..., "facts":
    [{"id": ..., "any": [variants]}], "false": [{"id": ..., "any": [...]}]}.
    Lead-k takes the first k sentences of each document, k matched to
    Deskmate's bullet count, and is scored in the same run.
    """
    import json

    from assistant.core import local_backend
    from assistant.evaluate_summaries import eval_summaries as run
    from assistant.workflows.summarize import SummaryOptions

    options = SummaryOptions(use_model=not no_model, merge=merge, order=order)
    ours, lead = run(directory, local_backend(model), options)
    if as_json:
        click.echo(json.dumps([ours.as_json(), lead.as_json()], ensure_ascii=False))
        return
    a, b = ours.as_json(), lead.as_json()
    click.echo(f"documents: {a['documents']}, facts: {a['facts']}")
    click.echo(f"{'':28}{'deskmate':>12}{'lead-k':>12}")
    click.echo(
        f"{'fact recall':28}{a['fact_recall']:>12.1%}{b['fact_recall']:>12.1%}"
        f"   ({a['facts_found']} vs {b['facts_found']})"
    )
    for key in ("invented_numbers", "invented_names", "unsupported_sentences",
                "false_statements", "seconds_per_document", "words_per_summary",
                "model_written", "model_rejected"):  # fmt: skip
        click.echo(f"{key.replace('_', ' '):28}{a[key]:>12}{b[key]:>12}")


@eval_.command("sensitivity")
@click.argument("directory", type=click.Path(path_type=Path))
@policy_option
def eval_sensitivity(directory: Path, policy_path: Path | None) -> None:
    """Leaks and over-local rate on a labelled sensitivity corpus.

    DIRECTORY holds files/ and labels.jsonl with {"file": ..., "sensitive": true|false}.
    Files are judged as if a cloud endpoint and key were available.
    """
    from assistant.evaluate import eval_sensitivity as run
    from assistant.guard.policy import load_policy

    s = run(directory, load_policy(policy_path))
    click.echo(f"files: {s.files} ({s.sensitive} sensitive)")
    click.echo(f"leaks (sensitive cleared for the cloud): {len(s.leaks)}")
    for name in s.leaks:
        click.echo(f"  - {name}")
    clean = s.files - s.sensitive
    click.echo(f"over-local rate: {s.over_local_rate:.1%} ({len(s.kept_local)}/{clean} kept local)")
