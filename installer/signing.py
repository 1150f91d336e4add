"""Signing a release, for IT's build pipeline.

    python installer/signing.py DIST_DIR --key policy-signing.key \\
        [--pfx it-codesign.pfx --pfx-password-env PFX_PASSWORD] [--timestamp URL]

1. Windows executables and MSIs get an Authenticode signature with
   osslsigncode (Debian package ``osslsigncode``), from IT's certificate as a
   PFX file (PKCS#11 tokens: pass osslsigncode's ``-pkcs11engine``/``-key``
   options through ``authenticode_sign(extra=...)``), timestamped when a URL
   is given.
2. ``SHA256SUMS`` lists every artifact, and every artifact and the sums get a
   detached Ed25519 signature (``X.sig``).

``deskmate verify-installer DIST_DIR --pubkey KEY.pub`` checks the result.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from assistant.signing.release import artifacts, write_sums  # noqa: E402
from assistant.signing.signatures import load_private_key, sign_file  # noqa: E402

WINDOWS_SUFFIXES = (".exe", ".dll", ".msi")


class SigningError(Exception):
    pass


def authenticode_sign(
    source: Path,
    out: Path,
    *,
    pfx: Path,
    password: str,
    timestamp_url: str | None = None,
    extra: list[str] | None = None,
) -> None:
    tool = shutil.which("osslsigncode")
    if tool is None:
        raise SigningError("osslsigncode is not installed (Debian package osslsigncode)")
    command = [tool, "sign", "-pkcs12", str(pfx), "-pass", password, "-h", "sha256",
               "-n", "Deskmate", "-in", str(source), "-out", str(out)]  # fmt: skip
    if timestamp_url:
        command[2:2] = ["-ts", timestamp_url]
    command += extra or []
    done = subprocess.run(command, capture_output=True, text=True)
    if done.returncode != 0:
        raise SigningError(f"osslsigncode could not sign {source.name}: {done.stdout}{done.stderr}")


def authenticode_verify(path: Path, ca_file: Path) -> bool:
    tool = shutil.which("osslsigncode")
    if tool is None:
        raise SigningError("osslsigncode is not installed (Debian package osslsigncode)")
    done = subprocess.run([tool, "verify", "-CAfile", str(ca_file), "-in", str(path)],
                          capture_output=True, text=True)  # fmt: skip
    return done.returncode == 0


def sign_release(
    folder: Path,
    key_file: Path,
    *,
    pfx: Path | None = None,
    password: str = "",
    timestamp_url: str | None = None,
) -> list[Path]:
    """Authenticode-sign Windows files (when a PFX is given), then checksum and
    Ed25519-sign everything. Returns the signature files written."""
    if pfx is not None:
        for path in artifacts(folder):
            if path.suffix.lower() in WINDOWS_SUFFIXES:
                signed = path.with_name(path.name + ".signing")
                authenticode_sign(path, signed, pfx=pfx, password=password,
                                  timestamp_url=timestamp_url)  # fmt: skip
                signed.replace(path)
    key = load_private_key(key_file)
    written = [sign_file(path, key) for path in artifacts(folder)]
    written.append(sign_file(write_sums(folder), key))
    return written


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--key", type=Path, required=True, help="Ed25519 private key (PEM)")
    parser.add_argument("--pfx", type=Path, help="Authenticode certificate and key (PKCS#12)")
    parser.add_argument("--pfx-password-env", default="PFX_PASSWORD",
                        help="environment variable holding the PFX password")  # fmt: skip
    parser.add_argument("--timestamp", help="RFC 3161 timestamp server URL")
    args = parser.parse_args()
    written = sign_release(args.folder, args.key, pfx=args.pfx,
                           password=os.environ.get(args.pfx_password_env, ""),
                           timestamp_url=args.timestamp)  # fmt: skip
    print(f"signed {len(written)} files in {args.folder}")


if __name__ == "__main__":
    main()
