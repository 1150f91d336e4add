"""Another OS account on the same machine gets nothing from the local API.

The attack from issue 15, for real: a second account made with ``useradd``
runs curl (``runuser``) against the running HTTPS service, on every route
that hands out the session or returns content, with and without the secret.
The same requests from this user, in the same run, succeed (the baseline).
"""

from __future__ import annotations

import os
import secrets
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from assistant.api.security import COOKIE
from tests.services import https_service

SECRET = "cross-user-secret-Jq4"

pytestmark = [
    pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0,
                       reason="needs root to create a second OS account (CI runs as root)"),
    pytest.mark.skipif(not shutil.which("useradd") or not shutil.which("runuser")
                       or not shutil.which("curl"),
                       reason="needs useradd, runuser and curl"),
]  # fmt: skip


@pytest.fixture
def stranger() -> Iterator[str]:
    name = f"dmx{secrets.token_hex(3)}"
    subprocess.run(["useradd", "--no-create-home", "--shell", "/usr/sbin/nologin", name],
                   check=True, capture_output=True)  # fmt: skip
    try:
        yield name
    finally:
        subprocess.run(["userdel", name], capture_output=True)


@pytest.fixture
def pane_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "addin"
    folder.mkdir()
    for page in ("taskpane.html", "desktop.html"):
        (folder / page).write_text("<!doctype html><title>Deskmate</title>", "utf-8")
    return folder


def _curl(user: str | None, url: str, *args: str) -> tuple[int, str]:
    """(status, headers and body) of one curl request, as ``user`` (None: this user)."""
    command = ["curl", "-sk", "-i", "--max-time", "20", *args, url]
    if user is not None:
        command = ["runuser", "-u", user, "--", *command]
    out = subprocess.run(command, capture_output=True, text=True, timeout=60).stdout
    status = int(out.split(None, 2)[1]) if out.startswith("HTTP/") else 0
    return status, out


def test_another_account_gets_no_session_and_no_content(
    deskmate_home: Path, pane_dir: Path, tmp_path: Path, stranger: str
) -> None:
    private = tmp_path / "salary.txt"
    private.write_text("Maria Okafor's salary review: 84,000 EUR.\n", "utf-8")
    private.chmod(0o600)
    bearer = ("-H", f"Authorization: Bearer {SECRET}")  # even with a stolen secret
    post = ("-X", "POST", "-H", "Content-Type: application/json")
    attacks: list[tuple[str, tuple[str, ...]]] = [
        ("/pane/", ()),
        ("/app/", ()),
        ("/api/health", ()),
        ("/addin/taskpane.html", ()),
        ("/api/settings", bearer),
        ("/api/history", bearer),
        ("/api/metrics/me", bearer),
        ("/api/summarize/file", (*bearer, *post, "-d", f'{{"path": "{private}"}}')),
        ("/api/check", (*bearer, *post, "-d", '{"text": "hello"}')),
    ]
    with https_service(secret=SECRET, pane_dir=pane_dir) as service:
        succeeded = []
        for path, extra in attacks:
            status, out = _curl(stranger, service.url + path, *extra)
            assert status != 0, f"curl as {stranger} got no answer from {path}"
            if status != 403 or COOKIE in out or SECRET in out or "Okafor" in out:
                succeeded.append((path, status))
        assert succeeded == [], succeeded

        # Baseline, same run: this user's own curl gets the cookie and answers.
        status, out = _curl(None, service.url + "/pane/")
        assert status == 200 and f"{COOKIE}={SECRET}" in out
        status, out = _curl(None, service.url + "/api/settings", *bearer)
        assert status == 200 and '"preferences"' in out
        status, out = _curl(None, service.url + "/api/health")
        assert status == 200 and "policy" not in out  # no session: says only that it is up
