"""Build Deskmate's one-folder bundle and its packages, for IT.

    python installer/build.py [--model NAME_OR_PATH] [--policy-pubkey KEY.pub]
                              [--dist dist] [--packages tar,deb]
    python installer/build.py --msi-from WINDOWS_BUNDLE_DIR [--dist dist]

1. The model: the catalog's default (SmolLM2-135M), or one IT added with
   ``deskmate models add`` (by name, or by its path). Its SHA-256 must match the
   catalog before it is bundled.
2. ``--policy-pubkey``: IT's Ed25519 public key is embedded, which makes every
   install of the bundle *managed* (only a policy signed with that key is
   trusted). The key file in the source tree is removed after the build.
3. PyInstaller builds ``dist/deskmate/`` from ``installer/deskmate.spec``, with a
   fixed SOURCE_DATE_EPOCH and hash seed; ``dist/deskmate-files.txt`` lists the
   bundle's files, so two builds of one commit can be compared.
4. Linux packages: ``deskmate-VERSION-linux-ARCH.tar.gz`` and
   ``deskmate_VERSION_ARCH.deb`` (dpkg-deb). Windows: an MSI from
   ``installer/windows/deskmate.wxs`` with wixl (msitools) from a Windows bundle.

Sign the results with ``python installer/signing.py dist --key ...``.
"""

from __future__ import annotations

import argparse
import functools
import json
import os
import platform
import shutil
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from assistant import __version__  # noqa: E402
from deskmate_base.errors import DeskmateError  # noqa: E402

KEY_IN_TREE = ROOT / "assistant" / "managed_key.pem"
BUNDLE = "deskmate"


class BuildError(Exception):
    pass


def _arch() -> str:
    machine = platform.machine().lower()
    return {"x86_64": "amd64", "amd64": "amd64", "aarch64": "arm64", "arm64": "arm64"}.get(
        machine, machine
    )


def stage_model(choice: str | None, folder: Path) -> dict:
    """Copy the chosen model into ``folder`` with a bundled.json; checksum first."""
    from local_models.catalog import Catalog, sha256_of

    catalog = Catalog.load()
    entry = None
    if choice and Path(choice).expanduser().is_file():
        wanted = Path(choice).expanduser().resolve()
        entry = next((e for e in catalog.entries() if e.path().resolve() == wanted), None)
        if entry is None:
            raise BuildError(
                f"{wanted.name} is not in the model catalog; add it first with "
                f"'deskmate models add {wanted} --name NAME --license LICENSE --sha256 SHA256'"
            )
    else:
        entry = catalog.get(choice)
    source = entry.path()
    if not source.is_file():
        raise BuildError(f"the model file for '{entry.name}' is missing: {source}")
    actual = sha256_of(source)
    if actual != entry.sha256:
        raise BuildError(
            f"model '{entry.name}' does not match its catalog checksum ({actual} != "
            f"{entry.sha256}); get the file again from a trusted source"
        )
    folder.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(source, folder / source.name)
    item = {
        "name": entry.name, "file": f"bundle:{source.name}", "sha256": entry.sha256,
        "size": entry.size, "license": entry.license, "context_length": entry.context_length,
        "chat_format": entry.chat_format,
    }  # fmt: skip
    (folder / "bundled.json").write_text(
        json.dumps({"default": entry.name, "models": [item]}, indent=2) + "\n", "utf-8"
    )
    return item


def embed_key(pubkey: Path) -> None:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
    from cryptography.hazmat.primitives.serialization import load_pem_public_key

    try:
        key = load_pem_public_key(pubkey.read_bytes())
    except (OSError, ValueError) as exc:
        raise BuildError(f"{pubkey}: not a PEM public key ({exc})") from None
    if not isinstance(key, Ed25519PublicKey):
        raise BuildError(f"{pubkey}: the policy key must be Ed25519 (deskmate policy keygen)")
    KEY_IN_TREE.write_bytes(pubkey.read_bytes())


@functools.cache
def _source_date_epoch() -> str:
    try:
        out = subprocess.run(["git", "log", "-1", "--format=%ct"], cwd=ROOT,
                             capture_output=True, text=True, timeout=30)  # fmt: skip
        if out.returncode == 0 and out.stdout.strip():
            return out.stdout.strip()
    except OSError:
        pass
    return "1700000000"


def build_bundle(dist: Path, work: Path, models: Path) -> Path:
    env = {
        **os.environ, "DESKMATE_BUNDLE_MODELS": str(models),
        "SOURCE_DATE_EPOCH": _source_date_epoch(), "PYTHONHASHSEED": "0",
    }  # fmt: skip
    command = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level",
               "WARN", "--distpath", str(dist), "--workpath", str(work),
               str(ROOT / "installer" / "deskmate.spec")]  # fmt: skip
    result = subprocess.run(command, cwd=ROOT, env=env)
    if result.returncode != 0:
        raise BuildError(f"PyInstaller failed (exit {result.returncode}); see its output above")
    bundle = dist / BUNDLE
    strip_debug_symbols(bundle)
    link_duplicates(bundle)
    files = sorted(p.relative_to(bundle).as_posix() for p in bundle.rglob("*") if p.is_file())
    (dist / "deskmate-files.txt").write_text("\n".join(files) + "\n", "utf-8")
    return bundle


# Cython extensions shipped with their debug symbols (spaCy's alone are ~100 MB),
# and the interpreter's own library and extension modules (17 MB of symbols
# in a pyenv build).
# Libraries that auditwheel patched (in ``*.libs``, numpy) break when stripped,
# so only these are.
STRIPPABLE = ("spacy", "thinc", "srsly", "preshed", "cymem", "murmurhash", "blis")


def strip_debug_symbols(bundle: Path) -> None:
    if sys.platform != "linux" or shutil.which("strip") is None:
        return
    internal = bundle / "_internal"
    targets = [str(p) for name in STRIPPABLE for p in (internal / name).rglob("*.so")]
    targets += [str(p) for p in internal.glob("libpython3*.so*") if not p.is_symlink()]
    targets += [str(p) for p in internal.glob("python3*/lib-dynload/*.so")]
    if targets:
        subprocess.run(["strip", "--strip-debug", *targets], check=True)


def link_duplicates(bundle: Path) -> int:
    """Replace identical copies of a shared library with relative symlinks;
    return the bytes saved. PyInstaller copies each name of a versioned
    library (libllama.so, .so.0, .so.0.5.0) as a separate file."""
    if sys.platform == "win32":
        return 0
    import hashlib

    first: dict[tuple[int, str], Path] = {}
    saved = 0
    for path in sorted(bundle.rglob("*.so*")):
        if path.is_symlink() or not path.is_file():
            continue
        key = (path.stat().st_size, hashlib.sha256(path.read_bytes()).hexdigest())
        if key not in first:
            first[key] = path
            continue
        target = os.path.relpath(first[key], path.parent)
        path.unlink()
        path.symlink_to(target)
        saved += key[0]
    return saved


def _reset(info: tarfile.TarInfo) -> tarfile.TarInfo:
    info.uid = info.gid = 0
    info.uname = info.gname = "root"
    info.mtime = int(_source_date_epoch())
    return info


def package_tar(bundle: Path, dist: Path) -> Path:
    out = dist / f"deskmate-{__version__}-linux-{_arch()}.tar.gz"
    with tarfile.open(out, "w:gz") as tar:
        for path in [bundle, *sorted(bundle.rglob("*"))]:
            tar.add(path, arcname=f"deskmate/{path.relative_to(bundle).as_posix()}".rstrip("/."),
                    recursive=False, filter=_reset)  # fmt: skip
    return out


DESKTOP_ENTRY = """[Desktop Entry]
Type=Application
Name=Deskmate
Comment=Office assistant that keeps sensitive work on the laptop
Exec=/usr/bin/deskmate tray
Icon=/opt/deskmate/_internal/addin/assets/icon-128.png
Categories=Office;
Terminal=false
"""


def package_deb(bundle: Path, dist: Path) -> Path:
    """/opt/deskmate (the bundle), /usr/bin/deskmate, /etc/deskmate for the policy."""
    if shutil.which("dpkg-deb") is None:
        raise BuildError("dpkg-deb is missing; install the Debian package dpkg")
    out = dist / f"deskmate_{__version__}_{_arch()}.deb"
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "root"
        shutil.copytree(bundle, root / "opt" / "deskmate", symlinks=True)
        (root / "usr" / "bin").mkdir(parents=True)
        (root / "usr" / "bin" / "deskmate").symlink_to("/opt/deskmate/deskmate")
        (root / "etc" / "deskmate").mkdir(parents=True)
        shutil.copyfile(ROOT / "installer" / "policy.example.toml",
                        root / "etc" / "deskmate" / "policy.example.toml")  # fmt: skip
        apps = root / "usr" / "share" / "applications"
        apps.mkdir(parents=True)
        (apps / "deskmate.desktop").write_text(DESKTOP_ENTRY, "utf-8")
        size_kb = sum(p.stat().st_size for p in root.rglob("*") if p.is_file()) // 1024
        control = root / "DEBIAN"
        control.mkdir()
        (control / "control").write_text(
            f"Package: deskmate\nVersion: {__version__}\nArchitecture: {_arch()}\n"
            f"Maintainer: Deskmate <it@example.org>\nInstalled-Size: {size_kb}\n"
            "Section: utils\nPriority: optional\n"
            "Description: Office assistant that keeps sensitive work on the laptop\n"
            " Summaries, meeting notes and email triage on a bundled local model;\n"
            " only content the signed org policy clears may use approved cloud models.\n",
            "utf-8",
        )
        for path in root.rglob("*"):
            if not path.is_symlink():
                path.chmod(0o755 if path.is_dir() or os.access(path, os.X_OK) else 0o644)
        env = {**os.environ, "SOURCE_DATE_EPOCH": _source_date_epoch()}
        result = subprocess.run(["dpkg-deb", "--root-owner-group", "-Zgzip", "--build",
                                 str(root), str(out)], env=env, capture_output=True,
                                text=True)  # fmt: skip
        if result.returncode != 0:
            raise BuildError(f"dpkg-deb failed: {result.stderr.strip()}")
    return out


def package_msi(windows_bundle: Path, dist: Path, policy: Path | None = None) -> Path:
    """An MSI from a Windows bundle with wixl (msitools), on any OS.

    ``policy`` (with its ``.sig`` beside it) is installed as the machine policy.
    """
    from assistant.api.manifests import write_manifests

    for tool in ("wixl", "wixl-heat"):
        if shutil.which(tool) is None:
            raise BuildError(f"{tool} is missing; install the Debian packages wixl and msitools")
    if not (windows_bundle / "deskmate.exe").is_file():
        raise BuildError(f"{windows_bundle} is not a Windows bundle (no deskmate.exe)")
    if policy is not None and not Path(f"{policy}.sig").is_file():
        raise BuildError(f"{policy}.sig is missing; sign it first: deskmate policy sign {policy}")
    dist.mkdir(parents=True, exist_ok=True)
    out = dist / f"deskmate-{__version__}-x64.msi"
    with tempfile.TemporaryDirectory() as tmp:
        staging = Path(tmp)
        write_manifests(8765, staging / "addin")
        (staging / "policy").mkdir()
        shutil.copyfile(ROOT / "installer" / "policy.example.toml",
                        staging / "policy" / "policy.example.toml")  # fmt: skip
        # wixl takes sources relative to where it runs: everything sits in staging.
        (staging / "bundle").symlink_to(windows_bundle, target_is_directory=True)
        defines = ["-D", "BundleDir=bundle", "-D", f"Version={__version__}",
                   "-D", "AddinDir=addin", "-D", "PolicyDir=policy"]  # fmt: skip
        if policy is not None:
            shutil.copyfile(policy, staging / "policy" / "policy.toml")
            shutil.copyfile(f"{policy}.sig", staging / "policy" / "policy.toml.sig")
        defines += ["-D", f"OrgPolicy={int(policy is not None)}", "-D", "Win64=yes"]
        files = sorted(
            f"{windows_bundle.name}/{p.relative_to(windows_bundle).as_posix()}"
            for p in windows_bundle.rglob("*") if p.is_file()
        )  # fmt: skip
        heat = subprocess.run(
            ["wixl-heat", "--prefix", f"{windows_bundle.name}/", "--directory-ref", "INSTALLDIR",
             "--component-group", "BundleFiles", "--var", "var.BundleDir", "--win64"],
            input="\n".join(files), capture_output=True, text=True, cwd=windows_bundle.parent,
        )  # fmt: skip
        if heat.returncode != 0:
            raise BuildError(f"wixl-heat failed: {heat.stderr.strip()}")
        fragment = staging / "files.wxs"
        fragment.write_text(heat.stdout, "utf-8")
        result = subprocess.run(
            ["wixl", "--arch", "x64", *defines, "-o", str(out.resolve()),
             str(ROOT / "installer" / "windows" / "deskmate.wxs"), str(fragment)],
            capture_output=True, text=True, cwd=staging,
        )  # fmt: skip
        if result.returncode != 0 or not out.is_file():
            raise BuildError(f"wixl failed: {result.stderr.strip()}")
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", help="catalog name or path of the GGUF (default: built-in)")
    parser.add_argument("--policy-pubkey", type=Path, help="IT's Ed25519 public key (PEM)")
    parser.add_argument("--dist", type=Path, default=ROOT / "dist")
    parser.add_argument("--work", type=Path, default=ROOT / "build")
    parser.add_argument(
        "--packages",
        default="tar,deb" if sys.platform == "linux" else "",
        help="comma-separated: tar, deb (Linux); empty for the bundle only",
    )
    parser.add_argument("--msi-from", type=Path, help="build an MSI from this Windows bundle")
    parser.add_argument(
        "--msi-policy",
        type=Path,
        help="a signed policy.toml (with .sig) the MSI installs under ProgramData",
    )
    args = parser.parse_args(argv)
    args.dist.mkdir(parents=True, exist_ok=True)
    try:
        if args.msi_from:
            print(package_msi(args.msi_from.resolve(), args.dist, args.msi_policy))
            return 0
        with tempfile.TemporaryDirectory() as tmp:
            models = Path(tmp) / "models"
            entry = stage_model(args.model, models)
            print(f"model: {entry['name']} ({entry['size'] / 2**20:.0f} MB, sha256 verified)")
            if args.policy_pubkey:
                embed_key(args.policy_pubkey)
            try:
                bundle = build_bundle(args.dist, args.work, models)
            finally:
                KEY_IN_TREE.unlink(missing_ok=True)
        print(f"bundle: {bundle}")
        for kind in filter(None, args.packages.split(",")):
            maker = {"tar": package_tar, "deb": package_deb}.get(kind.strip())
            if maker is None:
                raise BuildError(f"unknown package kind '{kind}'; use tar or deb")
            print(maker(bundle, args.dist))
    except (BuildError, DeskmateError) as exc:
        print(f"build: error: {exc}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
