"""``deskmate tray``: the icon in the system tray, and what its menu does.

The tray process holds the single-instance lock and runs the background
services (local API and watcher) in worker threads. "Open Deskmate" starts the
window as a child process. Quit, SIGTERM and Ctrl-C all take the same path:
close the windows, let the watcher finish the file in hand, stop the API, and
remove the icon, so nothing is left running and no output is half-written.
"""

from __future__ import annotations

import logging
import os
import signal
import subprocess
import sys
import threading
from typing import Any

from assistant.desktop import deskmate_command
from assistant.desktop.services import Services
from assistant.desktop.x11_icon import fix_x11_icon

REFRESH_S = 60.0  # the week's hours in the menu
FOLLOW_S = 5.0  # how soon a change of watched folders takes effect
STOP_SIGNALS = {signal.SIGTERM, signal.SIGINT}
_WINDOW_EXIT_S = 5.0
ICON_EXIT_S = 5.0


class Tray:
    def __init__(self, services: Services, *, notice: str = "") -> None:
        self.services = services
        self.notice = notice  # e.g. why the policy keeps everything local
        self.week_hours = 0.0
        self.windows: list[subprocess.Popen[bytes]] = []
        self.icon: Any = None
        self.stopped = threading.Event()
        self.ended = threading.Event()  # run() has returned
        self._quit_lock = threading.Lock()

    # -- the menu ------------------------------------------------------------

    def menu(self) -> Any:
        import pystray

        item = pystray.MenuItem
        entries = [
            item("Open Deskmate", lambda: self.open("history"), default=True),
            item("Summarize a file…", lambda: self.open("summarize")),
            item(
                "Watched folders",
                pystray.Menu(
                    item("Paused", self.toggle_watching, checked=self._paused),
                    item("Open settings", lambda: self.open("settings")),
                ),
            ),
            item(
                lambda _: f"This week: {self.week_hours:.1f} h saved", lambda: self.open("metrics")
            ),
            item("Settings", lambda: self.open("settings")),
        ]
        if self.notice:
            entries.insert(0, item(f"Local-only: {self.notice}", None, enabled=False))
        entries += [pystray.Menu.SEPARATOR, item("Quit", self.quit)]
        return pystray.Menu(*entries)

    def _paused(self, _item: Any) -> bool:
        return not self.services.watching

    def toggle_watching(self) -> None:
        from dataclasses import replace

        from assistant.preferences import load_preferences, save_preferences

        pause = self.services.watching
        if pause:
            self.services.pause_watcher()
        else:
            self.services.resume_watcher()
        save_preferences(replace(load_preferences(), watch_paused=pause))
        self._update()

    def open(self, tab: str) -> None:
        """Show the window on a tab: the open one, or a new child process of the tray."""
        from assistant.desktop.window_control import send

        self.windows = [w for w in self.windows if w.poll() is None]
        if send("show", tab):
            return
        command = deskmate_command("open", "--port", str(self.services.port), "--tab", tab)
        self.windows.append(subprocess.Popen(command, stdin=subprocess.DEVNULL))

    # -- lifecycle -------------------------------------------------------------

    def run(self) -> None:
        """Start the services and show the icon; returns after Quit."""
        import pystray
        from PIL import Image

        from assistant.api.app import ADDIN_DIR

        self._catch_signals()
        _one_line_pystray_log()
        self.services.start()
        threading.Thread(target=self._refresh_loop, name="deskmate-refresh", daemon=True).start()
        self.refresh()
        image = Image.open(ADDIN_DIR / "assets" / "icon-64.png")
        title = "Deskmate" + (f" (local-only: {self.notice})" if self.notice else "")
        self.icon = pystray.Icon("deskmate", image, title, menu=self.menu())
        fix_x11_icon(self.icon, self.stopped)
        try:
            self.icon.run()
        except Exception:
            # pystray's GTK backends hide their notification on the way out, which
            # fails where no notification service runs; by then Quit has finished.
            if not self.stopped.is_set():
                raise
        finally:
            self.quit()
            self.ended.set()

    def _catch_signals(self) -> None:
        """SIGTERM and Ctrl-C quit like the menu does (see block_stop_signals)."""
        if hasattr(signal, "pthread_sigmask"):
            block_stop_signals()

            def wait() -> None:
                signal.sigwait(STOP_SIGNALS)
                self.quit()

            threading.Thread(target=wait, name="deskmate-signals", daemon=True).start()
        else:
            for sig in STOP_SIGNALS:
                signal.signal(sig, lambda *_: threading.Thread(target=self.quit).start())

    def _exit_if_stuck(self) -> None:
        if not self.ended.wait(ICON_EXIT_S):
            sys.stderr.flush()
            os._exit(0)

    def refresh(self) -> None:
        from assistant.usage.metrics import personal_hours

        try:
            self.week_hours = float(personal_hours()["week_hours"])
        except Exception:  # a locked or corrupt log must not take the tray down
            return
        self._update()

    def _refresh_loop(self) -> None:
        ticks = 0
        while not self.stopped.wait(FOLLOW_S):
            ticks += 1
            try:
                self.services.follow_preferences()  # folders changed in Settings
            except Exception as exc:  # a bad folder must not take the tray down
                print(f"deskmate: watched folders: {exc}", file=sys.stderr)
            if ticks * FOLLOW_S >= REFRESH_S:
                ticks = 0
                self.refresh()

    def _update(self) -> None:
        if self.icon is not None:
            self.icon.update_menu()

    def quit(self) -> None:
        """Close windows, stop the services, remove the icon. Safe to call twice."""
        with self._quit_lock:
            if self.stopped.is_set():
                return
            self.stopped.set()
            from assistant.desktop.window_control import send

            send("close")  # the window, also when 'deskmate open' started it
            for window in self.windows:
                if window.poll() is None:
                    window.terminate()
            for window in self.windows:
                try:
                    window.wait(timeout=_WINDOW_EXIT_S)
                except subprocess.TimeoutExpired:
                    window.kill()
                    window.wait()
            self.services.stop()
            if self.icon is not None:
                # Everything that matters has stopped. pystray's X11 loop can
                # miss its own window's destruction and wait forever, so give
                # it a few seconds to return before ending the process.
                threading.Thread(target=self._exit_if_stuck, daemon=True).start()
                self.icon.stop()


class _OneLine(logging.Handler):
    """Each distinct pystray message once, on one line, without its traceback."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.seen: set[str] = set()

    def emit(self, record: logging.LogRecord) -> None:
        message = record.getMessage()
        if message == "Failed to dock icon":
            message = "no system tray yet: the icon appears when the desktop's panel starts"
        elif record.exc_info and record.exc_info[1] is not None:
            message = f"{message}: {type(record.exc_info[1]).__name__}"
        if message not in self.seen:
            self.seen.add(message)
            print(f"deskmate: tray icon: {message}", file=sys.stderr, flush=True)


def _one_line_pystray_log() -> None:
    log = logging.getLogger("pystray")
    if not any(isinstance(h, _OneLine) for h in log.handlers):
        log.addHandler(_OneLine())
    log.propagate = False


def block_stop_signals() -> None:
    """Block SIGTERM and SIGINT in this thread and every thread started after.

    The tray's main thread sits in its X loop, where a Python signal handler may
    never run, and a signal taken by a thread of a C library would kill the
    process outright. So the tray blocks them before any thread exists (the CLI
    calls this first) and one thread waits for them with sigwait. Processes the
    tray starts inherit the mask; ``deskmate open`` unblocks them first thing.
    """
    if hasattr(signal, "pthread_sigmask"):
        signal.pthread_sigmask(signal.SIG_BLOCK, STOP_SIGNALS)


def unblocked_signals() -> None:
    if hasattr(signal, "pthread_sigmask"):
        signal.pthread_sigmask(signal.SIG_UNBLOCK, STOP_SIGNALS)


def pick_backend() -> str:
    """pystray's backend here, set in PYSTRAY_BACKEND before pystray is imported.

    On Linux, AppIndicator (a real menu: Quit, Settings, Watched folders...) when
    PyGObject and the AyatanaAppIndicator3 (or AppIndicator3) typelib are
    installed and the session has a D-Bus bus; otherwise plain X11, whose icon
    has no menu, so a click opens the window, where everything else is.
    """
    chosen = os.environ.get("PYSTRAY_BACKEND", "")
    if not sys.platform.startswith("linux"):
        return chosen
    if not chosen:
        chosen = "appindicator" if _appindicator_usable() else "xorg"
        os.environ["PYSTRAY_BACKEND"] = chosen
    if chosen in ("appindicator", "gtk"):
        # GDK opens OpenGL only to pick a visual; an icon and a menu need none, and
        # the GL driver (Mesa's LLVM) would add about 55 MB to the tray's memory.
        os.environ.setdefault("GDK_GL", "disable")
    return chosen


def _appindicator_usable() -> bool:
    runtime = os.environ.get("XDG_RUNTIME_DIR", "")
    bus = os.environ.get("DBUS_SESSION_BUS_ADDRESS") or (
        runtime and os.path.exists(os.path.join(runtime, "bus"))
    )
    if not bus:
        return False  # no session bus: AppIndicator would fail when the icon starts
    try:
        import gi

        for name in ("AyatanaAppIndicator3", "AppIndicator3"):
            try:
                gi.require_version(name, "0.1")
                gi.require_version("Gtk", "3.0")
                return True
            except ValueError:
                continue
    except ImportError:
        pass
    return False


def tray_backend_problem() -> str | None:
    """Why no tray icon can be shown here, or None."""
    if sys.platform.startswith("linux"):
        if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
            return "no graphical display (DISPLAY is not set)"
    pick_backend()
    try:
        import pystray  # noqa: F401
    except Exception as exc:  # pystray raises various errors without a usable backend
        return f"no tray backend ({type(exc).__name__}: {exc})"
    return None
