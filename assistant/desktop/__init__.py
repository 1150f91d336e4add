"""The desktop app: tray icon, window, and the background services they run."""

from __future__ import annotations

import sys


def deskmate_command(*args: str) -> list[str]:
    """The command line that runs ``deskmate ARGS`` in this install (bundle or Python)."""
    if getattr(sys, "frozen", False):
        return [sys.executable, *args]
    return [sys.executable, "-m", "assistant", *args]
