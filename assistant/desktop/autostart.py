"""Start Deskmate's tray at login: opt-in only, per user, and reversible.

Each OS has its per-user mechanism: an XDG autostart entry on Linux, a
LaunchAgent on macOS and the ``HKCU\\...\\Run`` registry value on Windows.
Nothing is written until the user turns it on in Settings::

    enable()      # at the next login the tray starts
    is_enabled()
    disable()
"""

from __future__ import annotations

import contextlib
import importlib
import os
import shlex
import sys
from pathlib import Path
from typing import Any

from assistant.desktop import deskmate_command
from assistant.outputs.write import write_text_atomic

_NAME = "Deskmate"
_RUN_KEY = r"Software\Microsoft\Windows\CurrentVersion\Run"


def command() -> list[str]:
    """The command that starts the tray, for this install (bundle or Python)."""
    return deskmate_command("tray")


def entry_path() -> Path:
    """Where the autostart entry lives on Linux and macOS."""
    if sys.platform == "darwin":
        return Path.home() / "Library" / "LaunchAgents" / "com.deskmate.tray.plist"
    config = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(config) / "autostart" / "deskmate.desktop"


def is_enabled() -> bool:
    if sys.platform == "win32":
        return _registry_value() is not None
    return entry_path().is_file()


def enable() -> None:
    if sys.platform == "win32":
        _set_registry(" ".join(f'"{part}"' for part in command()))
        return
    path = entry_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    write_text_atomic(path, _plist() if sys.platform == "darwin" else _desktop_entry())


def disable() -> None:
    if sys.platform == "win32":
        _set_registry(None)
        return
    entry_path().unlink(missing_ok=True)


def _desktop_entry() -> str:
    return (
        "[Desktop Entry]\n"
        "Type=Application\n"
        f"Name={_NAME}\n"
        "Comment=Deskmate in the system tray\n"
        f"Exec={shlex.join(command())}\n"
        "X-GNOME-Autostart-enabled=true\n"
        "Terminal=false\n"
    )


def _plist() -> str:
    from xml.sax.saxutils import escape

    args = "".join(f"<string>{escape(part)}</string>" for part in command())
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" '
        '"http://www.apple.com/DTDs/PropertyList-1.0.dtd">\n'
        '<plist version="1.0"><dict>'
        "<key>Label</key><string>com.deskmate.tray</string>"
        f"<key>ProgramArguments</key><array>{args}</array>"
        "<key>RunAtLoad</key><true/>"
        "</dict></plist>\n"
    )


def _registry_value() -> str | None:
    winreg: Any = importlib.import_module("winreg")

    try:
        with winreg.OpenKey(winreg.HKEY_CURRENT_USER, _RUN_KEY) as key:
            return str(winreg.QueryValueEx(key, _NAME)[0])
    except OSError:
        return None


def _set_registry(value: str | None) -> None:
    winreg: Any = importlib.import_module("winreg")

    with winreg.OpenKey(winreg.HKEY_CURRENT_USER, _RUN_KEY, 0, winreg.KEY_SET_VALUE) as key:
        if value is None:
            with contextlib.suppress(FileNotFoundError):
                winreg.DeleteValue(key, _NAME)
        else:
            winreg.SetValueEx(key, _NAME, 0, winreg.REG_SZ, value)
