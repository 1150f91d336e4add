"""Installers: the PyInstaller bundle run with no Python on PATH, the .tar.gz and
.deb, the MSI from wixl, and the checks build.py makes before building."""

from __future__ import annotations

import os
import shutil
import ssl
import subprocess
import sys
import tarfile
import time
import urllib.request
from pathlib import Path

import pytest

from assistant.signing.policy import keygen
from installer import build
from installer.signing import authenticode_sign, authenticode_verify
from tests.cloud_server import free_port
from tests.conftest import REPO, run_cli
from tests.desktop import missing_tools, window_geometry, xvfb_display
from tests.test_release_signing import _code_signing_pfx, _flip, _pe_file

SAMPLE = REPO / "samples" / "aurora-status-report.docx"


def _bare_env(home: Path) -> dict[str, str]:
    """No PATH, no PYTHONPATH, no virtualenv: only what the bundle brings."""
    return {"HOME": str(home), "DESKMATE_HOME": str(home / "data"), "LANG": "C.UTF-8"}


# -- checks before a build ------------------------------------------------------


def test_a_model_outside_the_catalog_is_refused(tmp_path: Path) -> None:
    stray = tmp_path / "other.gguf"
    stray.write_bytes(b"GGUF" + b"\0" * 64)
    with pytest.raises(build.BuildError, match="not in the model catalog; add it first"):
        build.stage_model(str(stray), tmp_path / "models")


def test_a_changed_model_is_refused(tmp_path: Path, deskmate_home: Path) -> None:
    from local_models.catalog import BUILTIN, Catalog

    copy = tmp_path / "smol.gguf"
    shutil.copyfile(BUILTIN.path(), copy)
    Catalog.load().add(copy, name="smol-copy", license="Apache-2.0")
    _flip(copy, copy.stat().st_size // 2)
    with pytest.raises(build.BuildError, match="does not match its catalog checksum"):
        build.stage_model("smol-copy", tmp_path / "models")


def test_the_default_model_is_staged_with_its_checksum(tmp_path: Path) -> None:
    entry = build.stage_model(None, tmp_path / "models")
    staged = tmp_path / "models" / entry["file"].removeprefix("bundle:")
    assert entry["name"] == "smollm2-135m-instruct" and staged.stat().st_size == entry["size"]
    assert (
        '"default": "smollm2-135m-instruct"' in (tmp_path / "models" / "bundled.json").read_text()
    )


def test_only_an_ed25519_policy_key_is_embedded(tmp_path: Path) -> None:
    not_a_key = tmp_path / "key.pub"
    not_a_key.write_text("hello", "utf-8")
    with pytest.raises(build.BuildError, match="not a PEM public key"):
        build.embed_key(not_a_key)
    assert not build.KEY_IN_TREE.exists()


def test_identical_library_copies_become_links_to_one_file(tmp_path: Path) -> None:
    lib = tmp_path / "_internal" / "llama_cpp" / "lib"
    lib.mkdir(parents=True)
    for name in ("libllama.so", "libllama.so.0", "libllama.so.0.5.0"):
        (lib / name).write_bytes(b"\x7fELF same library")
    (lib / "libggml.so").write_bytes(b"\x7fELF another library")
    saved = build.link_duplicates(tmp_path)
    assert saved == 2 * len(b"\x7fELF same library")
    assert not (lib / "libllama.so").is_symlink()
    assert os.readlink(lib / "libllama.so.0") == "libllama.so"
    assert (lib / "libllama.so.0.5.0").read_bytes() == b"\x7fELF same library"
    assert not (lib / "libggml.so").is_symlink()


# -- Windows: MSI with wixl, then Authenticode ------------------------------------


@pytest.mark.skipif(
    shutil.which("wixl") is None or shutil.which("osslsigncode") is None,
    reason="wixl and osslsigncode are not installed (.ci/run installs them)",
)
def test_msi_is_per_machine_with_policy_under_programdata_and_signs(tmp_path: Path) -> None:
    bundle = tmp_path / "win" / "deskmate"
    (bundle / "_internal").mkdir(parents=True)
    shutil.copyfile(_pe_file(tmp_path), bundle / "deskmate.exe")
    (bundle / "_internal" / "python311.dll").write_bytes(b"MZ" + b"\0" * 100)
    private, _ = keygen(tmp_path / "keys")
    policy = tmp_path / "policy.toml"
    shutil.copyfile(REPO / "installer" / "policy.example.toml", policy)
    assert run_cli("policy", "sign", str(policy), "--key", str(private)).returncode == 0

    msi = build.package_msi(bundle, tmp_path / "dist", policy)

    def table(name: str) -> str:
        return subprocess.run(["msiinfo", "export", str(msi), name], capture_output=True,
                              text=True, check=True).stdout  # fmt: skip

    files = table("File")
    for name in ("deskmate.exe", "python311.dll", "policy.toml", "policy.toml.sig",
                 "deskmate-office.xml", "deskmate-outlook.xml"):  # fmt: skip
        assert name in files, name
    directories = table("Directory")
    assert "POLICYDIR\tCommonAppDataFolder\tDeskmate" in directories
    assert "INSTALLDIR\tProgramFiles64Folder\tDeskmate" in directories
    assert "ALLUSERS\t1" in table("Property")
    assert "InstallUISequence" not in table("_Tables") or "Dialog" not in table("_Tables")

    pfx, cert = _code_signing_pfx(tmp_path)
    signed = tmp_path / "dist" / "signed.msi"
    authenticode_sign(msi, signed, pfx=pfx, password="pw")
    assert authenticode_verify(signed, cert)
    _flip(signed, len(signed.read_bytes()) // 2)
    assert not authenticode_verify(signed, cert)


# -- the real bundle (slow: PyInstaller, about 4 minutes on 2 cores) ------------------


@pytest.mark.slow
def test_bundle_runs_without_python_and_packages_install(tmp_path: Path) -> None:
    dist = tmp_path / "dist"
    _, public = keygen(tmp_path / "keys")
    done = subprocess.run(
        [sys.executable, str(REPO / "installer" / "build.py"), "--dist",
         str(dist), "--work", str(tmp_path / "work"), "--policy-pubkey", str(public),
         "--packages", "tar,deb"],
        cwd=REPO, capture_output=True, text=True, timeout=1800,
    )  # fmt: skip
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-4000:]
    assert not build.KEY_IN_TREE.exists(), "the policy key must not stay in the source tree"
    exe = dist / "deskmate" / "deskmate"
    env = _bare_env(tmp_path / "user")

    version = subprocess.run([str(exe), "--version"], env=env, capture_output=True, text=True,
                             timeout=60)  # fmt: skip
    assert version.returncode == 0 and "0.1.0" in version.stdout

    out = tmp_path / "summary.md"
    summary = subprocess.run([str(exe), "summarize", str(SAMPLE), "--max-tokens", "24", "--out",
                              str(out)], env=env, capture_output=True, text=True,
                             timeout=300)  # fmt: skip
    assert summary.returncode == 0, summary.stderr
    assert "local" in out.read_text("utf-8") and out.read_text("utf-8").count("- ") >= 1
    assert "local-only" in summary.stderr  # managed: no signed policy, so no cloud, and it says so

    check = subprocess.run([str(exe), "check", str(SAMPLE), "--json"], env=env,
                           capture_output=True, text=True, timeout=120)  # fmt: skip
    assert '"ner"' not in check.stdout, "the NER detector failed inside the bundle"

    port = free_port()
    serve = subprocess.Popen([str(exe), "serve", "--port", str(port)], env=env,
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # fmt: skip
    try:
        ca = tmp_path / "user" / "data" / "tls" / "ca.pem"
        deadline = time.monotonic() + 60
        while True:
            try:
                context = ssl.create_default_context(cafile=str(ca))  # serve makes it
                # The pane page hands out the session cookie; with it, health says more.
                with urllib.request.urlopen(f"https://localhost:{port}/pane/",
                                            context=context, timeout=5) as r:  # fmt: skip
                    cookie = r.headers["Set-Cookie"].split(";", 1)[0]
                asked = urllib.request.Request(f"https://localhost:{port}/api/health",
                                               headers={"Cookie": cookie})  # fmt: skip
                with urllib.request.urlopen(asked, context=context, timeout=5) as r:
                    health = r.read().decode()
                break
            except OSError:
                assert time.monotonic() < deadline, "the bundled service did not answer"
                time.sleep(0.5)
        assert '"policy_signature":"untrusted"' in health.replace(" ", "")
    finally:
        serve.terminate()
        serve.wait(timeout=30)

    if not missing_tools():  # the bundled tray docks in a tray host and quits on SIGTERM
        # Docking in trayer under Xvfb is timing-dependent on a loaded CI (seen once in
        # a full run, never alone): a fresh display gets a second try; two misses fail.
        said = ""
        for attempt in range(2):
            docked, said = _bundled_tray_docks(exe, env, tmp_path / f"tray-{attempt}.err")
            if docked:
                break
        else:
            raise AssertionError(f"the bundled tray showed no icon; it said: {said}")

    listed = (dist / "deskmate-files.txt").read_text("utf-8").split()
    assert "deskmate" in listed and any(p.endswith(".gguf") for p in listed)
    assert any("libllama" in p for p in listed) and any(p.endswith("taskpane.html") for p in listed)
    # names = "always" reads countries in the policy's languages from pycountry's catalogues
    assert any(p.endswith("pycountry/databases/iso3166-1.json") for p in listed)
    assert any(p.endswith("pycountry/locales/de/LC_MESSAGES/iso3166-1.mo") for p in listed)

    with tarfile.open(next(dist.glob("deskmate-*-linux-*.tar.gz"))) as tar:
        names = tar.getnames()
    assert "deskmate/deskmate" in names and len(names) > len(listed)

    root = tmp_path / "root"
    subprocess.run(["dpkg-deb", "-x", str(next(dist.glob("deskmate_*.deb"))), str(root)],
                   check=True)  # fmt: skip
    assert os.access(root / "opt" / "deskmate" / "deskmate", os.X_OK)
    assert os.readlink(root / "usr" / "bin" / "deskmate") == "/opt/deskmate/deskmate"
    assert (root / "etc" / "deskmate" / "policy.example.toml").is_file()
    assert (
        "Exec=/usr/bin/deskmate tray"
        in (root / "usr" / "share" / "applications" / "deskmate.desktop").read_text()
    )
    installed = subprocess.run([str(root / "opt" / "deskmate" / "deskmate"), "--version"],
                               env=env, capture_output=True, text=True, timeout=60)  # fmt: skip
    assert installed.returncode == 0


def _bundled_tray_docks(exe: Path, env: dict[str, str], log: Path) -> tuple[bool, str]:
    """Start the bundled tray on a fresh display; True once its icon docks (then it
    must quit with 0 on SIGTERM). stderr goes to a file: an unread pipe can block."""
    with xvfb_display() as display, log.open("w") as err:
        tray = subprocess.Popen([str(exe), "tray", "--port", str(free_port()), "--no-watch"],
                                env={**env, "DISPLAY": display, "PYSTRAY_BACKEND": "xorg"},
                                stdout=subprocess.DEVNULL, stderr=err)  # fmt: skip
        try:
            deadline = time.monotonic() + 90
            while not window_geometry(display, "Deskmate"):
                assert tray.poll() is None, log.read_text()[-4000:]
                if time.monotonic() > deadline:
                    return False, log.read_text()[-4000:]
                time.sleep(0.5)
            tray.terminate()
            assert tray.wait(timeout=60) == 0
            return True, ""
        finally:
            if tray.poll() is None:
                tray.kill()
                tray.wait(timeout=30)
