"""Release signing: Authenticode via osslsigncode, SHA256SUMS and Ed25519 signatures."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from assistant.signing.policy import keygen
from assistant.signing.release import verify_release
from deskmate_base.errors import ReleaseCheckError
from installer.signing import authenticode_sign, authenticode_verify, sign_release
from tests.conftest import run_cli

needs_osslsigncode = pytest.mark.skipif(
    shutil.which("osslsigncode") is None,
    reason="osslsigncode is not installed (.ci/run installs it)",
)


def _pe_file(tmp_path: Path) -> Path:
    """A real Windows PE: the launcher pip ships (distlib's t64.exe)."""
    import pip

    source = Path(pip.__file__).parent / "_vendor" / "distlib" / "t64.exe"
    return Path(shutil.copyfile(source, tmp_path / "deskmate.exe"))


def _code_signing_pfx(tmp_path: Path) -> tuple[Path, Path]:
    """A throwaway code-signing certificate: (PFX with key, certificate PEM)."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import rsa
    from cryptography.hazmat.primitives.serialization import pkcs12
    from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Deskmate Test Code Signing")])
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder().subject_name(name).issuer_name(name)
        .public_key(key.public_key()).serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1)).not_valid_after(now + dt.timedelta(days=30))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.CODE_SIGNING]), critical=False)
        .sign(key, hashes.SHA256())
    )  # fmt: skip
    pfx = tmp_path / "codesign.pfx"
    pfx.write_bytes(pkcs12.serialize_key_and_certificates(
        b"deskmate", key, cert, None, serialization.BestAvailableEncryption(b"pw")
    ))  # fmt: skip
    pem = tmp_path / "codesign.pem"
    pem.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    return pfx, pem


def _flip(path: Path, position: int) -> None:
    data = bytearray(path.read_bytes())
    data[position] ^= 0xFF
    path.write_bytes(bytes(data))


@needs_osslsigncode
def test_authenticode_sign_and_verify(tmp_path: Path) -> None:
    pe = _pe_file(tmp_path)
    pfx, cert = _code_signing_pfx(tmp_path)
    signed = tmp_path / "signed.exe"
    authenticode_sign(pe, signed, pfx=pfx, password="pw")
    assert authenticode_verify(signed, cert)
    assert not authenticode_verify(pe, cert)  # unsigned
    _flip(signed, len(signed.read_bytes()) // 3)  # one byte of the signed code
    assert not authenticode_verify(signed, cert)


@needs_osslsigncode
def test_signed_release_verifies_and_any_change_is_caught(tmp_path: Path) -> None:
    dist = tmp_path / "dist"
    dist.mkdir()
    _pe_file(dist)
    (dist / "deskmate-0.1.0-linux-x86_64.tar.gz").write_bytes(b"\x1f\x8b" + bytes(range(256)) * 64)
    (dist / "deskmate_0.1.0_amd64.deb").write_bytes(b"!<arch>\n" + b"debian" * 500)
    private, public = keygen(tmp_path / "keys")
    pfx, cert = _code_signing_pfx(tmp_path)
    sign_release(dist, private, pfx=pfx, password="pw")
    assert authenticode_verify(dist / "deskmate.exe", cert)
    key = public.read_bytes()
    assert verify_release(dist, key) == []
    ok = run_cli("verify-installer", str(dist), "--pubkey", str(public))
    assert ok.returncode == 0 and "3 artifacts" in ok.stdout

    for name in ("deskmate.exe", "deskmate_0.1.0_amd64.deb", "SHA256SUMS",
                 "deskmate_0.1.0_amd64.deb.sig"):  # fmt: skip
        path = dist / name
        original = path.read_bytes()
        for position in (0, len(original) // 2, len(original) - 2):
            _flip(path, position)
            assert verify_release(dist, key), (name, position)
            path.write_bytes(original)
    assert verify_release(dist, key) == []

    (dist / "extra.exe").write_bytes(b"MZ")
    assert verify_release(dist, key) == ["extra.exe is not listed in SHA256SUMS"]
    (dist / "extra.exe").unlink()
    (dist / "deskmate_0.1.0_amd64.deb").unlink()
    bad = run_cli("verify-installer", str(dist), "--pubkey", str(public))
    assert bad.returncode == ReleaseCheckError.exit_code == 24
    assert "missing" in bad.stderr and "Traceback" not in bad.stderr
