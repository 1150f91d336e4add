"""The Deskmate window: the service's ``/app/`` page in a pywebview window.

It runs in its own process (``deskmate open``), because pywebview must own
the main thread and the tray's icon owns the tray process's. The page talks
to the local service over HTTPS; the window trusts exactly the service's own
certificate key (an SPKI pin), not every certificate::

    open_window(port=8765, tab="history")   # returns when the window closes
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import sys
from pathlib import Path
from typing import Any

from deskmate_base.errors import DesktopError, ServiceNotRunningError

TABS = ["history", "metrics", "settings", "summarize"]  # the page's #anchors
_SIZE = (820, 640)


def spki_pin() -> str:
    """Base64 SHA-256 of the localhost certificate's public key (Chromium's format)."""
    from cryptography import x509
    from cryptography.hazmat.primitives import serialization

    from assistant.api.certs import ensure_certificates

    cert = x509.load_pem_x509_certificate(ensure_certificates().cert.read_bytes())
    spki = cert.public_key().public_bytes(
        serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    return base64.b64encode(hashlib.sha256(spki).digest()).decode("ascii")


def _browser_flags() -> None:
    """Pin our certificate for the embedded browser (QtWebEngine or WebView2)."""
    flag = f"--ignore-certificate-errors-spki-list={spki_pin()}"
    if sys.platform.startswith("linux") and os.geteuid() == 0:
        flag += " --no-sandbox"  # Chromium refuses its sandbox as root
    for name in ("QTWEBENGINE_CHROMIUM_FLAGS", "WEBVIEW2_ADDITIONAL_BROWSER_ARGUMENTS"):
        os.environ[name] = f"{os.environ.get(name, '')} {flag}".strip()


class _Bridge:
    """What the page may ask the window for: file dialogs, nothing else."""

    def __init__(self, qt_dialogs: Any = None) -> None:
        self.window: Any = None  # webview.Window
        self._qt = qt_dialogs  # file_dialog.QtDialogs on Linux

    def pick_file(self) -> str | None:
        return self._dialog("open", "")

    def save_file(self, suggested: str) -> str | None:
        return self._dialog("save", Path(str(suggested)).name or "summary.docx")

    def _dialog(self, mode: str, suggested: str) -> str | None:
        import webview

        if self._qt is not None:
            return self._qt.ask(mode, suggested)
        if self.window is None:
            return None
        if mode == "open":
            kinds = ("Documents (*.docx;*.xlsx;*.eml;*.txt;*.md)", "All files (*.*)")
            chosen = self.window.create_file_dialog(webview.FileDialog.OPEN, file_types=kinds)
        else:
            chosen = self.window.create_file_dialog(
                webview.FileDialog.SAVE,
                save_filename=suggested,
                file_types=("Word document (*.docx)", "Markdown (*.md)"),
            )
        if isinstance(chosen, str):
            return chosen
        return str(chosen[0]) if chosen else None


def _handle(window: Any, command: str, argument: str) -> None:
    """What another process may ask of the open window (window_control)."""
    if command == "show" and argument in TABS:
        tab = json.dumps(argument)
        # The same tab again still reloads it (and "summarize" opens the picker again).
        window.evaluate_js(
            f"location.hash === '#' + {tab} ? dispatchEvent(new HashChangeEvent('hashchange'))"
            f" : (location.hash = {tab})"
        )
        window.show()
        window.restore()  # out of the minimized state, raised and focused
    elif command == "close":
        window.destroy()


def open_window(*, port: int, tab: str = "history") -> None:
    """Show the window on ``tab``: the open one if there is one, else a new one."""
    import socket

    from assistant.desktop.window_control import WindowControl, send

    try:
        socket.create_connection(("127.0.0.1", port), timeout=2).close()
    except OSError:
        raise ServiceNotRunningError(
            f"Deskmate's service is not running on port {port}; start 'deskmate tray' "
            f"(or 'deskmate serve --port {port}') first"
        ) from None
    if send("show", tab):
        return  # the open window switched to the tab and came to the front
    try:
        import webview
    except ImportError:
        raise DesktopError(
            "the Deskmate window needs pywebview; install Deskmate with its desktop extra"
        ) from None
    _browser_flags()
    linux = sys.platform.startswith("linux")
    bridge = _Bridge(_qt_dialogs() if linux else None)
    window = webview.create_window(
        "Deskmate",
        f"https://localhost:{port}/app/#{tab}",
        js_api=bridge,
        width=_SIZE[0],
        height=_SIZE[1],
        min_size=(480, 400),
    )
    bridge.window = window
    control = WindowControl(lambda command, argument: _handle(window, command, argument))
    if not control.start():  # another window opened meanwhile
        send("show", tab)
        return
    try:
        webview.start(gui="qt" if linux else None, private_mode=True)
    except webview.errors.WebViewException as exc:
        raise DesktopError(
            f"no window toolkit ({exc}); on Linux install Deskmate's 'desktop' extra "
            f"(Qt WebEngine), or open https://localhost:{port}/app/ in your browser"
        ) from None
    finally:
        control.stop()


def _qt_dialogs() -> Any:
    try:
        from assistant.desktop.file_dialog import make_qt_dialogs

        return make_qt_dialogs()
    except ImportError:
        return None  # no Qt: webview.start() says so below
