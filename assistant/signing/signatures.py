"""Detached Ed25519 signatures for files: policies and release artifacts.

A signature file sits beside the file it signs (``X.sig``) and holds exactly
two lines: a format header and the base64 signature of the file's bytes.
Keys are PEM: PKCS#8 private keys and SubjectPublicKeyInfo public keys, as
``deskmate policy keygen`` writes them.
"""

from __future__ import annotations

import base64
from pathlib import Path

from deskmate_base.errors import SigningKeyError

HEADER = "deskmate-signature-v1"


def signature_path(path: Path) -> Path:
    return path.with_name(path.name + ".sig")


def load_private_key(key_file: Path):
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    try:
        key = serialization.load_pem_private_key(key_file.read_bytes(), password=None)
    except (OSError, ValueError, TypeError) as exc:
        raise SigningKeyError(f"cannot use {key_file} as a signing key ({exc})") from None
    if not isinstance(key, Ed25519PrivateKey):
        raise SigningKeyError(
            f"{key_file} is not an Ed25519 key; make one with 'deskmate policy keygen'"
        )
    return key


def sign_file(path: Path, key) -> Path:
    """Write ``path.sig`` for ``path`` with an Ed25519 private key object."""
    signature = base64.b64encode(key.sign(path.read_bytes())).decode("ascii")
    out = signature_path(path)
    out.write_text(f"{HEADER}\n{signature}\n", encoding="ascii")
    return out


def verify_file(path: Path, public_pem: bytes) -> str | None:
    """None when ``path.sig`` is a valid signature of ``path``, else what is wrong."""
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    sig_file = signature_path(path)
    if not sig_file.is_file():
        return f"{path.name} is not signed"
    try:
        key = serialization.load_pem_public_key(public_pem)
        lines = sig_file.read_text(encoding="ascii").split("\n")
        if len(lines) != 3 or lines[0] != HEADER or lines[2] != "":  # exactly as written
            raise ValueError("unknown signature format")
        if not isinstance(key, Ed25519PublicKey):
            raise ValueError("not an Ed25519 key")
        key.verify(base64.b64decode(lines[1], validate=True), path.read_bytes())
    except (InvalidSignature, ValueError, UnicodeDecodeError):
        return f"{path.name} does not match its signature (changed after signing?)"
    return None
