"""One Deskmate window per user, and how other processes reach it.

The window listens on a local socket in the Deskmate home (a named pipe on
Windows), behind a random key only this user can read. ``deskmate open`` and
the tray first ask an open window to show a tab; only when none answers do they
start a new one. The tray's Quit asks it to close, whoever started it::

    if not send("show", "metrics"):     # no window answered
        start_a_window()
    send("close")                       # the tray quits
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import secrets
import sys
import threading
from collections.abc import Callable
from multiprocessing.connection import Client, Connection, Listener
from pathlib import Path

from deskmate_base import paths

COMMANDS = ("ping", "show", "close")
_TIMEOUT_S = 3.0


def _address() -> str:
    if sys.platform == "win32":
        tag = hashlib.sha256(str(paths.home()).encode()).hexdigest()[:16]
        return rf"\\.\pipe\deskmate-window-{tag}"
    return str(paths.home() / "window.sock")


def _family() -> str:
    return "AF_PIPE" if sys.platform == "win32" else "AF_UNIX"


def _key_path() -> Path:
    return paths.home() / "window.key"


def send(command: str, argument: str = "") -> bool:
    """Ask the open window to do ``command``; False when no window answered."""
    try:
        key = _key_path().read_bytes()
    except OSError:
        return False
    result: list[bool] = []

    def talk() -> None:
        try:
            with Client(_address(), family=_family(), authkey=key) as conn:
                conn.send((command, argument))
                result.append(conn.poll(_TIMEOUT_S) and conn.recv() == "ok")
        except Exception:  # no window, a stale socket, another key: nobody answered
            return

    # Client() has no timeout of its own; a wedged window must not hang the caller.
    thread = threading.Thread(target=talk, daemon=True)
    thread.start()
    thread.join(_TIMEOUT_S * 2)
    return bool(result and result[0])


class WindowControl:
    """The window's side: answers ``send`` until ``stop``.

    ``handle(command, argument)`` runs in the listener's thread.
    """

    def __init__(self, handle: Callable[[str, str], None]) -> None:
        self.handle = handle
        self._listener: Listener | None = None
        self._stopped = threading.Event()

    def start(self) -> bool:
        """Listen; False when another window already answers."""
        if send("ping"):
            return False
        address = _address()
        if sys.platform != "win32":
            with contextlib.suppress(FileNotFoundError):
                os.unlink(address)  # a window that crashed left its socket behind
        key = secrets.token_bytes(32)
        path = _key_path()
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "wb") as fh:
            fh.write(key)
        self._listener = Listener(address, family=_family(), authkey=key)
        threading.Thread(target=self._serve, name="deskmate-window-control", daemon=True).start()
        return True

    def _serve(self) -> None:
        listener = self._listener
        assert listener is not None
        while not self._stopped.is_set():
            try:
                conn = listener.accept()
            except Exception:  # a caller with the wrong key, or the listener closed
                if self._stopped.is_set():
                    return
                continue
            with conn:
                self._answer(conn)

    def _answer(self, conn: Connection) -> None:
        try:
            if not conn.poll(_TIMEOUT_S):
                return
            command, argument = conn.recv()
            if command not in COMMANDS:
                return
            conn.send("ok")
            if command != "ping":
                self.handle(str(command), str(argument))
        except (OSError, EOFError, ValueError, TypeError):
            return

    def stop(self) -> None:
        self._stopped.set()
        if self._listener is not None:
            with contextlib.suppress(OSError):
                self._listener.close()
            self._listener = None
