"""Signed org policies: IT signs policy.toml; managed installs verify it.

IT makes an Ed25519 key pair once (``deskmate policy keygen``), signs each
policy (``deskmate policy sign policy.toml --key policy-signing.key``, which
writes ``policy.toml.sig``), and builds installers with the public key
embedded (``installer/build.py --policy-pubkey``, which writes
``assistant/managed_key.pem``). An install with an embedded key is *managed*:
a policy that is missing, unsigned or does not match its signature is not
trusted, and Deskmate runs local-only and says why.

``DESKMATE_POLICY_PUBKEY`` names a public key for installs without an
embedded one (IT's staging and tests); an embedded key always wins.
"""

from __future__ import annotations

import os
from pathlib import Path

from assistant.signing.signatures import load_private_key, sign_file, signature_path, verify_file
from deskmate_base.errors import SigningKeyError

__all__ = ["check", "keygen", "sign", "signature_path", "trusted_key"]

EMBEDDED_KEY = Path(__file__).resolve().parents[1] / "managed_key.pem"


def keygen(folder: Path) -> tuple[Path, Path]:
    """A new Ed25519 key pair: policy-signing.key (keep it secret) and .pub."""
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    folder.mkdir(parents=True, exist_ok=True)
    private, public = folder / "policy-signing.key", folder / "policy-signing.pub"
    if private.exists():
        raise SigningKeyError(f"{private} exists already; move it away to make a new key")
    key = Ed25519PrivateKey.generate()
    fd = os.open(private, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                   serialization.NoEncryption()))  # fmt: skip
    public.write_bytes(key.public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    ))  # fmt: skip
    return private, public


def sign(policy: Path, key_file: Path) -> Path:
    return sign_file(policy, load_private_key(key_file))


def trusted_key() -> bytes | None:
    """The public key policies must be signed with; None on an unmanaged install."""
    if EMBEDDED_KEY.is_file():
        return EMBEDDED_KEY.read_bytes()
    configured = os.environ.get("DESKMATE_POLICY_PUBKEY")
    if configured:
        try:
            return Path(configured).read_bytes()
        except OSError:
            return b""  # named but unreadable: nothing can verify, so nothing is trusted
    return None


def check(policy: Path | None, public_pem: bytes) -> str | None:
    """None when ``policy`` carries a valid signature, else why it is not trusted."""
    if policy is None or not policy.is_file():
        return "no org policy is installed"
    if not signature_path(policy).is_file():
        return f"the org policy {policy} is not signed"
    if verify_file(policy, public_pem) is not None:
        return f"the org policy {policy} does not match its signature (changed after signing?)"
    return None
