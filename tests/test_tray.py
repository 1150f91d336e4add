"""The tray and its window, really running under Xvfb: click the icon, read the
history tab through the embedded browser, take a screenshot, quit cleanly."""

from __future__ import annotations

import os
import signal
import ssl
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from deskmate_base.errors import ServiceNotRunningError
from tests.cloud_server import free_port
from tests.conftest import REPO, run_cli
from tests.desktop import (
    alive,
    click,
    descendants,
    evaluate,
    screenshot,
    window_geometry,
    xvfb_display,
)

ARTIFACTS = REPO / "test-artifacts"
HISTORY_TEXT = "document.querySelector('#history-rows') ? " \
    "document.querySelector('#history-rows').innerText : ''"  # fmt: skip


def _wait(predicate, timeout: float, what: str):
    deadline = time.monotonic() + timeout
    last: object = None
    while time.monotonic() < deadline:
        try:
            last = predicate()
        except Exception as exc:
            last = exc
        if last and not isinstance(last, Exception):
            return last
        time.sleep(0.5)
    raise AssertionError(f"timed out after {timeout:.0f} s waiting for {what} (last: {last!r})")


def _health(port: int, home: Path) -> bool:
    context = ssl.create_default_context(cafile=str(home / "tls" / "ca.pem"))
    url = f"https://localhost:{port}/api/health"
    with urllib.request.urlopen(url, context=context, timeout=5) as r:
        return r.status == 200


def _distinct_colours(path: Path) -> int:
    from PIL import Image

    with Image.open(path) as image:
        colours = image.convert("RGB").getcolors(maxcolors=1 << 20)
    return len(colours or [])


def test_tray_window_lists_a_cli_request_and_quits_cleanly(
    tmp_path: Path, deskmate_home: Path
) -> None:
    sample = tmp_path / "update.txt"
    sample.write_text("Quarterly update.\nThe Lisbon rollout finished two weeks early.\n", "utf-8")
    done = run_cli("summarize", str(sample), "--max-tokens", "16")
    assert done.returncode == 0, done.stderr

    with xvfb_display() as display:
        port, cdp = free_port(), free_port()
        env = {
            **os.environ, "DISPLAY": display, "PYSTRAY_BACKEND": "xorg",
            "QTWEBENGINE_REMOTE_DEBUGGING": f"127.0.0.1:{cdp}",
            "HOME": str(tmp_path / "user"), "XDG_CONFIG_HOME": str(tmp_path / "config"),
            "PYTHONFAULTHANDLER": "1",  # a hung quit dumps its threads on SIGABRT
        }  # fmt: skip
        log = (tmp_path / "tray.log").open("w")  # a file: Qt's chatter could fill a pipe
        tray = subprocess.Popen([sys.executable, "-m", "assistant", "tray", "--port", str(port)],
                                env=env, cwd=REPO, stdin=subprocess.DEVNULL, stdout=log,
                                stderr=log)  # fmt: skip
        try:
            _wait(lambda: _health(port, deskmate_home), 60, "the tray's local service")
            # Only one tray per user.
            second = run_cli("tray", "--port", str(free_port()), env=env, timeout=60)
            assert second.returncode == 18 and "already running" in second.stderr

            for _ in range(60):  # until the icon has docked and takes clicks
                geometry = window_geometry(display, "Deskmate")
                if geometry and geometry[2] > 4:
                    x, y, w, h = geometry
                    click(display, x + w // 2, y + h // 2)  # left click: Open Deskmate
                time.sleep(1.0)
                if descendants(tray.pid):
                    break
            else:
                log_tail = (tmp_path / "tray.log").read_text()[-3000:]
                raise AssertionError(f"clicking the tray icon opened no window ({geometry})\n"
                                     f"{log_tail}")  # fmt: skip
            try:
                rows = _wait(lambda: evaluate(cdp, "/app/", HISTORY_TEXT), 90, "the history tab")
            except AssertionError as exc:
                family = [
                    Path(f"/proc/{pid}/cmdline").read_bytes() for pid in descendants(tray.pid)
                ]
                log_tail = (tmp_path / "tray.log").read_text()[-3000:]
                raise AssertionError(f"{exc}\n{family}\n{log_tail}") from None
            assert "summarize" in rows and "cli" in rows and "Local" in rows
            time.sleep(1.0)  # let the window paint
            shot = screenshot(display, ARTIFACTS / "tray-window.png")
            assert _distinct_colours(shot) > 50, "the screenshot is blank"

            evaluate(cdp, "/app/", "location.hash = 'settings'")
            meta = _wait(lambda: evaluate(cdp, "/app/", "document.querySelector('#policy-meta')"
                                          ".textContent"), 30, "the settings tab")  # fmt: skip
            assert "built-in" in meta
            time.sleep(0.5)
            screenshot(display, ARTIFACTS / "tray-settings.png")

            family = descendants(tray.pid)
            assert family, "Open Deskmate started no window process"
            tray.send_signal(signal.SIGTERM)  # the same path as the menu's Quit
            try:
                code = tray.wait(timeout=60)
            except subprocess.TimeoutExpired:
                tray.send_signal(signal.SIGABRT)
                tray.wait(timeout=30)
                log_tail = (tmp_path / "tray.log").read_text()[-6000:]
                raise AssertionError(f"Quit hung:\n{log_tail}") from None
            assert code == 0, (tmp_path / "tray.log").read_text()
            _wait(lambda: not any(alive(pid) for pid in family), 20, "the window to exit")
        finally:
            if tray.poll() is None:
                tray.kill()
                tray.wait()
            log.close()


def test_tray_without_a_display_says_so(tmp_path: Path) -> None:
    env = {"DISPLAY": "", "WAYLAND_DISPLAY": "", "HOME": str(tmp_path)}
    result = run_cli("tray", env=env, timeout=60)
    assert result.returncode == 18
    assert result.stderr.count("\n") == 1 and "no graphical display" in result.stderr


def test_open_without_a_running_service_says_so(tmp_path: Path) -> None:
    port = str(free_port())
    result = run_cli("open", "--port", port, env={"HOME": str(tmp_path)}, timeout=60)
    assert result.returncode == ServiceNotRunningError.exit_code == 25
    assert result.stderr.count("\n") == 1 and f"not running on port {port}" in result.stderr


def test_open_rejects_an_unknown_tab(tmp_path: Path) -> None:
    result = run_cli("open", "--tab", "nonsense", env={"HOME": str(tmp_path)}, timeout=60)
    assert result.returncode == 2 and "Traceback" not in result.stderr
