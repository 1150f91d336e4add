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
    icon_extent,
    screenshot,
    start_tray_host,
    visible_windows,
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
            width, height = icon_extent(shot, geometry)
            assert width and abs(width - height) <= 2, f"the icon is squashed: {width}x{height}"

            # One window: 'deskmate open' switches the open one's tab, starts no other.
            windows = descendants(tray.pid)
            again = run_cli("open", "--port", str(port), "--tab", "metrics", env=env, timeout=60)
            assert again.returncode == 0, again.stderr
            assert _wait(lambda: evaluate(cdp, "/app/", "location.hash") == "#metrics", 30,
                         "the open window to switch to Metrics")  # fmt: skip
            assert descendants(tray.pid) == windows
            assert (
                _wait(
                    lambda: evaluate(
                        cdp, "/app/", "document.querySelectorAll('#metrics canvas').length"
                    ),
                    30,
                    "the charts",
                )
                == 3
            )
            time.sleep(1.0)
            screenshot(display, ARTIFACTS / "tray-metrics.png")

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


def test_tray_started_before_the_panel_docks_when_the_panel_comes(
    tmp_path: Path, deskmate_home: Path
) -> None:
    """At login Deskmate can start before the desktop's panel: its icon must
    appear once a tray host runs, and the wait must print no traceback."""
    with xvfb_display(tray_host=False) as display:
        port = free_port()
        env = {**os.environ, "DISPLAY": display, "PYSTRAY_BACKEND": "xorg",
               "HOME": str(tmp_path / "user"),
               "XDG_CONFIG_HOME": str(tmp_path / "config")}  # fmt: skip
        log = (tmp_path / "tray.log").open("w")
        tray = subprocess.Popen([sys.executable, "-m", "assistant", "tray", "--port", str(port),
                                 "--no-watch"], env=env, cwd=REPO, stdin=subprocess.DEVNULL,
                                stdout=log, stderr=log)  # fmt: skip
        try:
            _wait(lambda: _health(port, deskmate_home), 60, "the tray's local service")
            time.sleep(5.0)  # a few of the tray's checks find no tray host
            assert window_geometry(display, "Deskmate") is None  # nowhere to dock yet
            with start_tray_host(display):
                geometry = _wait(lambda: window_geometry(display, "Deskmate"), 30, "the icon")
                assert geometry[2] > 4 and geometry[1] < 40, geometry  # in trayer's panel
                tray.send_signal(signal.SIGTERM)
                assert tray.wait(timeout=60) == 0
        finally:
            if tray.poll() is None:
                tray.kill()
                tray.wait()
            log.close()
        printed = (tmp_path / "tray.log").read_text()
        assert "Traceback" not in printed and "Failed to dock" not in printed, printed


def _appindicator_missing() -> str | None:
    import shutil

    if shutil.which("dbus-run-session") is None:
        return "no dbus-run-session (Debian: dbus)"
    probe = (
        "import gi; gi.require_version('AyatanaAppIndicator3', '0.1'); "
        "gi.require_version('Gtk', '3.0'); from gi.repository import AyatanaAppIndicator3"
    )
    found = subprocess.run([sys.executable, "-c", probe], capture_output=True, timeout=60)
    if found.returncode:
        return "no PyGObject with AyatanaAppIndicator3 (Debian: gir1.2-ayatanaappindicator3-0.1)"
    return None


def test_tray_menu_opens_and_quit_closes_every_window(tmp_path: Path, deskmate_home: Path) -> None:
    import pytest

    missing = _appindicator_missing()
    if missing:
        pytest.skip(missing)
    with xvfb_display() as display:
        port, cdp = free_port(), free_port()
        env = {k: v for k, v in os.environ.items()
               if k not in ("PYSTRAY_BACKEND", "DBUS_SESSION_BUS_ADDRESS")}  # fmt: skip
        env.update({"DISPLAY": display, "HOME": str(tmp_path / "user"),
                    "XDG_CONFIG_HOME": str(tmp_path / "config"),
                    "QTWEBENGINE_REMOTE_DEBUGGING": f"127.0.0.1:{cdp}"})  # fmt: skip
        log = (tmp_path / "tray.log").open("w")
        tray = subprocess.Popen(["dbus-run-session", "--", sys.executable, "-m", "assistant",
                                 "tray", "--port", str(port), "--no-watch"], env=env, cwd=REPO,
                                stdin=subprocess.DEVNULL, stdout=log, stderr=log)  # fmt: skip
        window = None
        try:
            _wait(lambda: _health(port, deskmate_home), 60, "the tray's local service")
            # A window the tray did not start: 'deskmate open' from a terminal.
            window = subprocess.Popen([sys.executable, "-m", "assistant", "open", "--port",
                                       str(port)], env=env, cwd=REPO, stdin=subprocess.DEVNULL,
                                      stdout=log, stderr=log)  # fmt: skip
            _wait(lambda: evaluate(cdp, "/app/", HISTORY_TEXT) is not None, 90, "the window")

            # The file dialog opens at a size where names and sizes are readable.
            api = "typeof (window.pywebview && pywebview.api && pywebview.api.pick_file)"
            _wait(lambda: evaluate(cdp, "/app/", api) == "function", 60, "pywebview's bridge")
            evaluate(cdp, "/app/", "window.pywebview.api.pick_file(); true")
            dialog = _wait(lambda: window_geometry(display, "Summarize a file"), 30,
                           "the file dialog")  # fmt: skip
            assert dialog[2] >= 800 and dialog[3] >= 500, dialog
            time.sleep(1.0)
            screenshot(display, ARTIFACTS / "tray-file-dialog.png")
            subprocess.run(["xdotool", "key", "Escape"], env=env, timeout=10, check=True)

            icon = _wait(lambda: _docked_icon(display), 30, "the docked icon")
            before = visible_windows(display)
            x, y, w, h = icon
            click(display, x + w // 2, y + h // 2, button=3)
            menu = _wait(
                lambda: [
                    b for k, b in visible_windows(display).items() if k not in before and b[3] > 100
                ],
                20,
                "the tray menu",
            )[0]
            time.sleep(0.5)
            shot = screenshot(display, ARTIFACTS / "tray-menu.png")
            width, height = icon_extent(shot, icon)
            assert width and abs(width - height) <= 2, f"the icon is squashed: {width}x{height}"

            mx, my, mw, mh = menu
            click(display, mx + 40, my + mh - 14)  # Quit, the menu's last item
            try:
                code = tray.wait(timeout=60)
            except subprocess.TimeoutExpired:
                raise AssertionError(
                    "Quit did not end the tray:\n" + (tmp_path / "tray.log").read_text()[-3000:]
                ) from None
            assert code == 0, (tmp_path / "tray.log").read_text()[-3000:]
            assert window.wait(timeout=30) == 0  # the window it did not start closed too
        finally:
            for process in (tray, window):
                if process is not None and process.poll() is None:
                    process.kill()
                    process.wait()
            log.close()


def _docked_icon(display: str) -> tuple[int, int, int, int] | None:
    """The icon's slot in trayer's panel (top right, 40 px high)."""
    slots = [
        b
        for b in visible_windows(display).values()
        if -2 <= b[1] < 10 and 16 <= b[2] <= 48 and 16 <= b[3] <= 40 and b[0] < 1024
    ]
    return min(slots, key=lambda b: -b[0]) if slots else None


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
