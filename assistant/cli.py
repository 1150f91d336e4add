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

import click

from assistant import __version__
from assistant.errors import INTERRUPTED_EXIT_CODE, USAGE_EXIT_CODE, DeskmateError


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
@click.option("--overwrite", is_flag=True, help="Replace --out if it already exists.")
@click.option("--json", "as_json", is_flag=True, help="Print the result as JSON.")
@click.option("--model", help="Catalog model to use (default: the bundled model).")
@click.option(
    "--max-tokens",
    type=click.IntRange(16, 4096),
    default=256,
    show_default=True,
    help="Longest summary to generate, in tokens.",
)
def summarize(
    path: Path, out: Path | None, overwrite: bool, as_json: bool, model: str | None, max_tokens: int
) -> None:
    """Summarize a Word, Excel, text or email file.

    Supported: .docx, .xlsx, .txt, .md, .eml. Long documents are summarized in
    parts and then combined, so any length works.
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
    )
    if as_json:
        click.echo(json.dumps(result.as_json(), ensure_ascii=False))
    elif out is not None:
        click.echo(f"Summary written to {out}")
    else:
        click.echo(result.summary.text)


@cli.group()
def models() -> None:
    """List, verify and add local models."""


@models.command("list")
@click.option("--json", "as_json", is_flag=True, help="Print the catalog as JSON.")
def models_list(as_json: bool) -> None:
    """Show the catalog: name, license, context length, size and file."""
    from dataclasses import asdict

    from local_models import DEFAULT_MODEL, Catalog

    entries = Catalog.load().entries()
    if as_json:
        click.echo(json.dumps([asdict(e) for e in entries], indent=2))
        return
    rows = [("NAME", "LICENSE", "CONTEXT", "SIZE", "FILE")]
    for e in entries:
        name = f"{e.name} (default)" if e.name == DEFAULT_MODEL else e.name
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
