"""Commands for IT: release and policy signatures, the add-in, keys and models."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from assistant.cli.base import (
    cli,
    policy_option,
)


def out_dir_option(help_text: str):
    """``--out FOLDER`` (default: the current folder)."""
    return click.option(
        "--out",
        "out_dir",
        type=click.Path(path_type=Path, file_okay=False),
        default=Path("."),
        show_default=True,
        help=help_text,
    )


@cli.command("verify-installer")
@click.argument("folder", type=click.Path(path_type=Path, file_okay=False, exists=True))
@click.option(
    "--pubkey",
    type=click.Path(path_type=Path, exists=True, dir_okay=False),
    help="IT's public key (default: the one built into this install).",
)
def verify_installer(folder: Path, pubkey: Path | None) -> None:
    """Check a release folder: SHA256SUMS and every Ed25519 signature."""
    from assistant.signing.policy import trusted_key
    from assistant.signing.release import artifacts, verify_release
    from deskmate_base.errors import ReleaseCheckError, SigningKeyError

    key = pubkey.read_bytes() if pubkey else trusted_key()
    if key is None:
        raise SigningKeyError("this install has no built-in key; pass --pubkey")
    problems = verify_release(folder, key)
    if problems:
        for problem in problems[:-1]:
            click.echo(f"deskmate: error: {problem}", err=True)
        raise ReleaseCheckError(problems[-1])
    click.echo(f"ok: {len(artifacts(folder))} artifacts match SHA256SUMS and their signatures")


@cli.group("policy")
def policy_group() -> None:
    """Sign and verify the org policy (for IT)."""


@policy_group.command("keygen")
@out_dir_option("Folder for the key pair.")
def policy_keygen(out_dir: Path) -> None:
    """Make an Ed25519 key pair for signing policies."""
    from assistant.signing.policy import keygen

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
    from assistant.guard.policy import parse_policy
    from assistant.signing.policy import sign

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
    from assistant.guard.policy import machine_policy_path
    from assistant.signing.policy import check, trusted_key
    from deskmate_base.errors import PolicyError, SigningKeyError

    key = pubkey.read_bytes() if pubkey else trusted_key()
    if key is None:
        raise SigningKeyError("this install has no built-in policy key; pass --pubkey")
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
@out_dir_option("Folder for the two manifests.")
def addin_manifest(port: int, out_dir: Path) -> None:
    """Write the Word/Excel and Outlook add-in manifests for a port."""
    from assistant.api.manifests import write_manifests

    for path in write_manifests(port, out_dir):
        click.echo(f"Wrote {path}")


@addin.command("trust-cert")
def addin_trust_cert() -> None:
    """Show (and where possible run) the command that trusts Deskmate's local CA."""
    from assistant.api.certs import trust_ca

    click.echo(trust_ca()[1])


@cli.group()
def keys() -> None:
    """Store API keys for the policy's cloud endpoints in the OS keyring."""


@keys.command("set")
@click.argument("name")
def keys_set(name: str) -> None:
    """Store the API key for endpoint NAME (asked for, or read from stdin)."""
    from assistant.guard.keys import set_key

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
    from assistant.guard.keys import env_name, key_source
    from assistant.guard.policy import load_policy

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
    from assistant.guard.keys import delete_key

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
