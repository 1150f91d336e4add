"""The tray's parts without a display: services, single instance, autostart,
preferences, history opt-in and the window's API."""

from __future__ import annotations

import json
import socket
import ssl
import subprocess
import sys
import threading
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from starlette.testclient import TestClient

from assistant.api.app import ADDIN_DIR, create_app
from assistant.desktop import autostart
from assistant.desktop.instance import single_instance
from assistant.desktop.services import Services
from assistant.desktop.tray import Tray
from assistant.preferences import (
    Preferences,
    WatchedFolder,
    load_preferences,
    preferences_file,
    save_preferences,
)
from deskmate_base.errors import DesktopError, PreferencesError
from tests.cloud_server import free_port
from tests.conftest import run_cli
from tests.desktop import xvfb_display
from tests.services import in_process

PORT = 8765
SECRET = "desktop-secret-Qw3"
AUTH = {"Authorization": f"Bearer {SECRET}"}


def _wait_for(path: Path, timeout: float = 120) -> Path:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if path.exists():
            return path
        time.sleep(0.2)
    raise AssertionError(f"{path.name} did not appear within {timeout:.0f} s")


def _deskmate_threads() -> list[str]:
    return [t.name for t in threading.enumerate() if t.name.startswith("deskmate-")]


def _get(url: str, home: Path) -> dict:
    context = ssl.create_default_context(cafile=str(home / "tls" / "ca.pem"))
    with urllib.request.urlopen(url, context=context, timeout=10) as r:
        return json.load(r)


# -- services ------------------------------------------------------------------


def test_services_serve_watch_pause_and_stop(tmp_path: Path, deskmate_home: Path) -> None:
    inbox = tmp_path / "Drop"
    save_preferences(Preferences(watched=(WatchedFolder(str(inbox), "summarize"),)))
    services = Services(port=free_port(), settle_s=0.2, notify=lambda message: None)
    services.start()
    try:
        assert _get(f"{services.url}/api/health", deskmate_home)["ok"] is True
        assert services.watching
        (inbox / "first.txt").write_text("The Porto scanner needs new firmware.\n", "utf-8")
        _wait_for(inbox / "Outbox" / "first.summary.docx")

        services.pause_watcher()
        assert not services.watching and "deskmate-watcher" not in _deskmate_threads()
        (inbox / "second.txt").write_text("Lisbon is live since Monday.\n", "utf-8")
        time.sleep(2.0)
        assert not (inbox / "Outbox" / "second.summary.docx").exists()

        services.resume_watcher()
        _wait_for(inbox / "Outbox" / "second.summary.docx")

        other = tmp_path / "Other"  # a folder added in Settings is followed
        save_preferences(Preferences(watched=(WatchedFolder(str(other), "summarize"),)))
        services.follow_preferences()
        (other / "third.txt").write_text("The Faro depot closes in May.\n", "utf-8")
        _wait_for(other / "Outbox" / "third.summary.docx")
    finally:
        services.stop()
    assert _deskmate_threads() == []
    with socket.socket() as s:  # the port is free again
        s.bind(("127.0.0.1", services.port))


def test_services_respect_a_paused_preference(deskmate_home: Path, tmp_path: Path) -> None:
    save_preferences(
        Preferences(watched=(WatchedFolder(str(tmp_path / "In"), "notes"),), watch_paused=True)
    )
    services = Services(port=free_port())
    services.start()
    try:
        assert not services.watching
    finally:
        services.stop()


def test_a_busy_port_is_a_clear_error(deskmate_home: Path) -> None:
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        services = Services(port=busy.getsockname()[1], watch=False)
        with pytest.raises(DesktopError, match="could not start on port"):
            services.start()
    assert _deskmate_threads() == []


def test_quit_closes_windows_and_stops_services(deskmate_home: Path, tmp_path: Path) -> None:
    save_preferences(Preferences(watched=(WatchedFolder(str(tmp_path / "In"), "summarize"),)))
    services = Services(port=free_port())
    services.start()
    tray = Tray(services)
    window = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(120)"])
    tray.windows.append(window)
    tray.quit()
    tray.quit()  # twice is harmless
    assert window.poll() is not None
    assert _deskmate_threads() == [] and not services.watching


def test_the_menu_has_the_documented_entries(deskmate_home: Path, monkeypatch) -> None:
    with xvfb_display() as display:  # pystray picks its backend from the display
        monkeypatch.setenv("DISPLAY", display)
        monkeypatch.setenv("PYSTRAY_BACKEND", "xorg")
        tray = Tray(Services(port=PORT), notice="no signed policy")
        tray.week_hours = 3.25
        texts = [item.text for item in tray.menu().items if item.text != "- - - -"]
    assert texts == ["Local-only: no signed policy", "Open Deskmate", "Summarize a file…",
                     "Watched folders", "This week: 3.2 h saved", "Settings", "Quit"]  # fmt: skip


# -- single instance, autostart, preferences ---------------------------------------


def test_only_one_tray_per_user(deskmate_home: Path) -> None:
    with single_instance():
        with pytest.raises(DesktopError, match="already running"), single_instance():
            pass
        other = subprocess.run(
            [sys.executable, "-c",
             "from assistant.desktop.instance import single_instance\n"
             "with single_instance(): pass"],
            capture_output=True, text=True, timeout=60,
        )  # fmt: skip
        assert other.returncode != 0 and "already running" in other.stderr
    with single_instance():  # released when the holder ends
        pass


def test_autostart_is_opt_in_and_reversible(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    assert not autostart.is_enabled()
    autostart.enable()
    entry = autostart.entry_path().read_text("utf-8")
    assert autostart.is_enabled() and "Exec=" in entry and entry.rstrip().count("\n") >= 3
    assert "tray" in entry.split("Exec=", 1)[1].splitlines()[0]
    autostart.disable()
    assert not autostart.is_enabled() and not autostart.entry_path().exists()


def test_preferences_round_trip_and_bad_files(deskmate_home: Path, tmp_path: Path) -> None:
    assert [w.workflow for w in load_preferences().watched] == ["summarize", "notes", "label"]
    prefs = Preferences(watched=(WatchedFolder(str(tmp_path / "x"), "label"),), watch_paused=True)
    save_preferences(prefs)
    assert load_preferences() == prefs
    preferences_file().write_text('{"watched": [{"path": "/x", "workflow": "dance"}]}', "utf-8")
    with pytest.raises(PreferencesError, match="preferences.json.*workflow is one of"):
        load_preferences()


def test_watch_uses_the_folders_in_preferences(deskmate_home: Path, tmp_path: Path) -> None:
    inbox = tmp_path / "Mine"
    save_preferences(Preferences(watched=(WatchedFolder(str(inbox), "summarize"),)))
    (inbox).mkdir()
    (inbox / "a.txt").write_text("The depot reopens on Friday.\n", "utf-8")
    result = run_cli("watch", "--once", "--settle", "0.1", "--max-tokens", "16")
    assert result.returncode == 0, result.stderr
    assert (inbox / "Outbox" / "a.summary.docx").exists()


# -- the window's API ------------------------------------------------------------


@pytest.fixture
def client() -> Iterator[TestClient]:
    app = create_app(port=PORT, secret=SECRET, pane_dir=ADDIN_DIR, same_user=in_process)
    with TestClient(app, base_url=f"https://localhost:{PORT}") as c:
        yield c


def test_history_has_no_content_until_the_user_opts_in(client: TestClient, tmp_path: Path):
    doc = tmp_path / "plan.txt"
    doc.write_text("Project Heron moves to the new depot in March.\n", "utf-8")
    assert run_cli("summarize", str(doc), "--max-tokens", "16").returncode == 0
    rows = client.get("/api/history", headers=AUTH).json()["rows"]
    assert [r["workflow"] for r in rows] == ["summarize"] and rows[0]["surface"] == "cli"
    assert "title" not in rows[0] and "preview" not in rows[0]

    settings = client.post("/api/settings/preferences", json={"history_details": True},
                           headers=AUTH).json()  # fmt: skip
    assert settings["preferences"]["history_details"] is True
    result = client.post("/api/summarize/file", json={"path": str(doc)}, headers=AUTH)
    assert result.status_code == 200 and result.json()["route"] == "local"
    newest = client.get("/api/history", headers=AUTH).json()["rows"][0]
    assert (
        newest["surface"] == "tray"
        and newest["title"].startswith("Project Heron")
        and newest["preview"]
    )

    client.post("/api/settings/preferences", json={"history_details": False}, headers=AUTH)
    rows = client.get("/api/history", headers=AUTH).json()["rows"]
    assert all("preview" not in r for r in rows)


def test_settings_show_policy_and_key_names_never_values(
    client: TestClient, tmp_path: Path, monkeypatch
) -> None:
    policy = tmp_path / "policy.toml"
    policy.write_text(
        'version = "2026.11"\n[[cloud.endpoints]]\nname = "gateway"\n'
        'provider = "openai-compatible"\nbase_url = "https://llm.example.org/v1"\n'
        'model = "m"\nworkflows = ["summarize"]\n',
        "utf-8",
    )
    monkeypatch.setenv("DESKMATE_POLICY", str(policy))
    settings = client.get("/api/settings", headers=AUTH).json()
    assert settings["policy"]["version"] == "2026.11" and "gateway" in settings["policy"]["text"]
    assert settings["keys"] == [{"name": "gateway", "source": "missing"}]

    saved = client.post("/api/settings/key", json={"name": "gateway", "key": "sk-test-77Zq"},
                        headers=AUTH)  # fmt: skip
    assert saved.json()["keys"] == [{"name": "gateway", "source": "keyring"}]
    assert "sk-test-77Zq" not in saved.text
    removed = client.post("/api/settings/key", json={"name": "gateway", "delete": True},
                          headers=AUTH)  # fmt: skip
    assert removed.json()["keys"][0]["source"] == "missing"
    unknown = client.post("/api/settings/key", json={"name": "other", "key": "k"}, headers=AUTH)
    assert unknown.status_code == 422 and "no approved endpoint" in unknown.json()["error"]


def test_window_api_refuses_bad_input_and_strangers(client: TestClient, tmp_path: Path) -> None:
    bad = client.post("/api/settings/preferences", json={"watched": [{"path": ""}]},
                      headers=AUTH)  # fmt: skip
    assert bad.status_code == 422
    missing = client.post("/api/summarize/file", json={"path": str(tmp_path / "nope.docx")},
                          headers=AUTH)  # fmt: skip
    assert missing.status_code == 422
    assert client.get("/api/history").status_code == 401  # no session, no history
    page = client.get("/app/")
    assert page.status_code == 200 and "History" in page.text
    assert client.get("/api/history").status_code == 200  # the page set the session cookie


def test_personal_metrics_count_this_week(client: TestClient, tmp_path: Path) -> None:
    doc = tmp_path / "memo.txt"
    doc.write_text(" ".join(["The quarterly depot review covers staffing."] * 200), "utf-8")
    assert run_cli("summarize", str(doc), "--max-tokens", "16").returncode == 0
    mine = client.get("/api/metrics/me", headers=AUTH).json()
    assert mine["week_requests"] == 1 and mine["month_requests"] >= 1
    assert mine["week_hours"] > 0
