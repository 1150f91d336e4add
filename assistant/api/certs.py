"""HTTPS for the local service: a local CA and a localhost certificate.

Office loads add-ins only over HTTPS. On first run Deskmate makes its own CA
(``tls/ca.pem``) and a certificate for localhost, 127.0.0.1 and ::1 signed by
it, with the cryptography package. The CA's key never leaves the Deskmate home
and is readable by the user only. Users trust the CA once
(``deskmate addin trust-cert``), or pass existing files (``--cert``/``--key``,
for example from office-addin-dev-certs).
"""

from __future__ import annotations

import datetime as dt
import ipaddress
import os
import sys
from dataclasses import dataclass
from pathlib import Path

from deskmate_base import paths


@dataclass(frozen=True)
class TlsFiles:
    ca: Path
    cert: Path
    key: Path


def tls_dir() -> Path:
    folder = paths.home() / "tls"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def ensure_certificates() -> TlsFiles:
    """The CA and localhost certificate, made on first use."""
    folder = tls_dir()
    files = TlsFiles(folder / "ca.pem", folder / "localhost.pem", folder / "localhost-key.pem")
    if files.ca.exists() and files.cert.exists() and files.key.exists():
        return files
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

    now = dt.datetime.now(dt.UTC)
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Deskmate local CA")])
    ca = (
        x509.CertificateBuilder()
        .subject_name(ca_name)
        .issuer_name(ca_name)
        .public_key(ca_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(days=3650))
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(
            x509.KeyUsage(False, False, False, False, False, True, True, False, False),
            critical=True,
        )
        .sign(ca_key, hashes.SHA256())
    )
    key = ec.generate_private_key(ec.SECP256R1())
    names = [
        x509.DNSName("localhost"),
        x509.IPAddress(ipaddress.ip_address("127.0.0.1")),
        x509.IPAddress(ipaddress.ip_address("::1")),
    ]
    cert = (
        x509.CertificateBuilder()
        .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "localhost")]))
        .issuer_name(ca_name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(days=397))
        .add_extension(x509.SubjectAlternativeName(names), critical=False)
        .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.SERVER_AUTH]), critical=False)
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .sign(ca_key, hashes.SHA256())
    )
    pem = serialization.Encoding.PEM
    private = serialization.PrivateFormat.PKCS8
    plain = serialization.NoEncryption()
    _write_private(folder / "ca-key.pem", ca_key.private_bytes(pem, private, plain))
    _write_private(files.key, key.private_bytes(pem, private, plain))
    files.ca.write_bytes(ca.public_bytes(pem))
    files.cert.write_bytes(cert.public_bytes(pem) + ca.public_bytes(pem))
    return files


def _write_private(path: Path, data: bytes) -> None:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(data)


def trust_instructions(ca: Path) -> str:
    """How to make this OS trust the Deskmate CA, so Office accepts the pane."""
    if sys.platform == "win32":
        return f'certutil -user -addstore Root "{ca}"'
    if sys.platform == "darwin":
        return (
            "security add-trusted-cert -r trustRoot -k "
            f'~/Library/Keychains/login.keychain-db "{ca}"'
        )
    return (
        f'sudo cp "{ca}" /usr/local/share/ca-certificates/deskmate-local-ca.crt && '
        "sudo update-ca-certificates"
    )


def trust_ca() -> tuple[bool, str]:
    """Trust the Deskmate CA where this process can (Linux, as root); else say how.

    Returns (trusted, message for the user).
    """
    import os
    import shutil
    import subprocess

    files = ensure_certificates()
    target = Path("/usr/local/share/ca-certificates")
    if sys.platform.startswith("linux") and os.geteuid() == 0 and target.is_dir():
        shutil.copyfile(files.ca, target / "deskmate-local-ca.crt")
        subprocess.run(["update-ca-certificates"], check=False, capture_output=True)
        return True, f"Trusted {files.ca} system-wide (update-ca-certificates)."
    return False, f"To trust Deskmate's local CA, run:\n  {trust_instructions(files.ca)}"
