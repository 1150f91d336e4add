"""Checking a release folder: SHA256SUMS, its signature, and every artifact's.

A signed release folder holds the artifacts (bundle archives, .deb, .msi),
``SHA256SUMS`` listing each one's SHA-256, and a detached Ed25519 signature
beside each of them (``X.sig``, ``SHA256SUMS.sig``); see installer/signing.py.
``deskmate verify-installer DIR`` checks all of it against IT's public key.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from assistant.signing.signatures import verify_file

SUMS = "SHA256SUMS"


def artifacts(folder: Path) -> list[Path]:
    """The files a release signs: everything but the sums and the signatures."""
    return sorted(
        p for p in folder.iterdir()
        if p.is_file() and p.name != SUMS and not p.name.endswith(".sig")
    )  # fmt: skip


def sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        while chunk := fh.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


def write_sums(folder: Path) -> Path:
    lines = [f"{sha256(p)}  {p.name}\n" for p in artifacts(folder)]
    out = folder / SUMS
    out.write_text("".join(lines), encoding="utf-8")
    return out


def verify_release(folder: Path, public_pem: bytes) -> list[str]:
    """What is wrong with a release folder; an empty list means it verifies."""
    sums = folder / SUMS
    if not sums.is_file():
        return [f"no {SUMS} in {folder}"]
    problems = []
    if problem := verify_file(sums, public_pem):
        problems.append(problem)
    listed: dict[str, str] = {}
    for line in sums.read_text(encoding="utf-8", errors="replace").splitlines():
        digest, _, name = line.partition("  ")
        listed[name] = digest
    present = {p.name for p in artifacts(folder)}
    for name in sorted(present - set(listed)):
        problems.append(f"{name} is not listed in {SUMS}")
    for name, digest in sorted(listed.items()):
        path = folder / name
        if name not in present:
            problems.append(f"{name} is listed in {SUMS} but missing")
        elif sha256(path) != digest:
            problems.append(f"{name} does not match its SHA-256 in {SUMS}")
        elif problem := verify_file(path, public_pem):
            problems.append(problem)
    return problems
