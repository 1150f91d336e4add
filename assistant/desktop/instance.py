"""One tray per user: an OS file lock in the Deskmate home.

The lock is released by the OS when the process ends, even after ``kill -9``,
so a crash never leaves a stale lock behind::

    with single_instance():      # raises DesktopError if a tray holds it
        run_tray()
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager

from deskmate_base import paths
from deskmate_base.errors import DesktopError


@contextmanager
def single_instance(name: str = "tray.lock") -> Iterator[None]:
    path = paths.home() / name
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        if not _try_lock(fd):
            raise DesktopError(
                "Deskmate is already running in the tray; use its icon, or quit it first"
            )
        os.ftruncate(fd, 0)
        os.write(fd, str(os.getpid()).encode())
        yield
    finally:
        os.close(fd)  # closing the descriptor releases the lock


def _try_lock(fd: int) -> bool:
    if sys.platform == "win32":
        import msvcrt

        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
            return True
        except OSError:
            return False
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        return True
    except OSError:
        return False
