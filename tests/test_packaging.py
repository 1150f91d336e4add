"""The wheel carries the whole product: a non-editable install serves the pane."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
import venv
import zipfile
from pathlib import Path

import httpx
import pytest

from tests.cloud_server import free_port
from tests.conftest import REPO


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    # Build from a copy of what git would ship, so no stale build/ folder leaks in.
    source = tmp_path_factory.mktemp("source")
    listed = subprocess.run(
        ["git", "ls-files", "-co", "--exclude-standard"], cwd=REPO, check=True,
        capture_output=True, text=True,
    ).stdout.splitlines()  # fmt: skip
    for name in listed:
        if (REPO / name).is_file():
            (source / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(REPO / name, source / name)
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(out), str(source)],
        check=True, capture_output=True, timeout=300,
    )
    (built,) = out.glob("deskmate-*.whl")
    return built


def test_the_wheel_ships_every_served_file(wheel: Path) -> None:
    names = zipfile.ZipFile(wheel).namelist()
    served = [n for n in names if n.endswith((".html", ".js", ".css"))]
    for needed in ("addin/taskpane.html", "addin/taskpane.js", "addin/desktop.html",
                   "addin/desktop.js", "addin/api.js", "addin/taskpane.css",
                   "addin/assets/icon-64.png", "addin/manifests/deskmate-office.xml",
                   "addin/manifests/deskmate-outlook.xml", "addin/fluent.js",
                   "addin/vendor/chart.js/chart.umd.min.js", "addin/vendor/chart.js/LICENSE.md",
                   "addin/vendor/fluentui-web-components/web-components-all.min.js",
                   "addin/vendor/fluentui-web-components/LICENSE",
                   "addin/vendor/fluentui-tokens/themes.js",
                   "addin/vendor/fluentui-tokens/LICENSE"):  # fmt: skip
        assert needed in names, needed
    assert len(served) >= 7
    assert not [n for n in names if n.startswith("tests/")]


def test_a_non_editable_install_serves_the_pane(wheel: Path, tmp_path: Path) -> None:
    env_dir = tmp_path / "venv"
    # System site-packages provide the dependencies; the wheel's own packages
    # shadow the editable checkout, and nothing runs from the repository.
    venv.EnvBuilder(system_site_packages=True, with_pip=False).create(env_dir)
    python = env_dir / "bin" / "python"
    subprocess.run(
        [sys.executable, "-m", "pip", "--python", str(python), "install", "--no-deps", "-q",
         "--no-compile", str(wheel)],
        check=True, capture_output=True, timeout=300,
    )  # fmt: skip
    where = subprocess.run(
        [str(python), "-c", "import addin, assistant; print(addin.web_root()); "
         "print(assistant.__file__)"],
        cwd=tmp_path, capture_output=True, text=True, check=True,
    ).stdout.split()  # fmt: skip
    assert all(str(env_dir) in w and str(REPO) not in w for w in where), where
    home = tmp_path / "home"
    port = free_port()
    env = {**os.environ, "DESKMATE_HOME": str(home), "HOME": str(home)}
    server = subprocess.Popen(
        [str(env_dir / "bin" / "deskmate"), "serve", "--port", str(port)],
        cwd=tmp_path, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )  # fmt: skip
    try:
        page = None
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and server.poll() is None:
            try:
                page = httpx.get(f"https://localhost:{port}/pane/", verify=False, timeout=5)
                break
            except httpx.TransportError:
                time.sleep(0.3)
        assert page is not None, server.stderr.read().decode() if server.stderr else ""
        assert page.status_code == 200
        assert "<html" in page.text.lower() and "taskpane.js" in page.text
        script = httpx.get(f"https://localhost:{port}/addin/taskpane.js", verify=False, timeout=5)
        assert script.status_code == 200 and "Office" in script.text
    finally:
        server.terminate()
        server.wait(timeout=30)
