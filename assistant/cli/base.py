"""The ``deskmate`` command: a thin layer over ``assistant.core``.

One module per command group (documents, mail, metrics, service, admin,
evaluation); this one holds the group, the shared options and ``main``.

Heavy modules (llama.cpp, python-docx, openpyxl) are imported inside the
commands, so ``deskmate --help`` and ``--version`` stay fast. Every
``DeskmateError`` becomes one line on stderr and its exit code (see
``deskmate_base.errors``); set ``DESKMATE_DEBUG=1`` to see tracebacks.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import click

from assistant import __version__
from deskmate_base.errors import INTERRUPTED_EXIT_CODE, USAGE_EXIT_CODE, DeskmateError

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


def note_fallback(decision) -> None:
    """One-line notes for the user: the cloud failed, or the policy is not trusted."""
    for reason in decision.reasons:
        if reason.kind in ("cloud_failed", "policy_untrusted"):
            click.echo(f"deskmate: note: {reason.message}", err=True)


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
