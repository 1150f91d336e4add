"""The background services the tray runs: the local API and the watcher.

They run in worker threads of one process, so they share one loaded model and
leave no child processes behind. Nothing here touches the UI, so the services
can be started, paused and stopped without a display::

    services = Services(port=8765)
    services.start()            # HTTPS API on 127.0.0.1:8765, plus the watcher
    services.pause_watcher()    # the file being processed finishes first
    services.stop()             # both stop; outputs are only ever whole files
"""

from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import Callable
from typing import Any

from deskmate_base.errors import DesktopError

START_TIMEOUT_S = 20.0
STOP_TIMEOUT_S = 30.0


class Services:
    def __init__(
        self,
        *,
        port: int,
        watch: bool = True,
        settle_s: float = 1.0,
        notify: Callable[[str], None] | None = None,
    ) -> None:
        self.port = port
        self.watch = watch
        self.settle_s = settle_s
        self.notify = notify
        self._server: Any = None  # uvicorn.Server
        self._server_thread: threading.Thread | None = None
        self._watcher: Any = None  # assistant.watch.watcher.Watcher
        self._watcher_thread: threading.Thread | None = None
        self._lock = threading.Lock()

    # -- the local API -------------------------------------------------------

    def start(self) -> None:
        """Start the API (and the watcher unless paused in preferences)."""
        from assistant.preferences import load_preferences

        self._start_server()
        if self.watch and not load_preferences().watch_paused:
            self.resume_watcher()

    def _start_server(self) -> None:
        from assistant.api.server import make_server

        server = make_server(self.port)

        def serve() -> None:
            with contextlib.suppress(SystemExit):  # uvicorn exits when it cannot bind
                server.run()

        thread = threading.Thread(target=serve, name="deskmate-api", daemon=True)
        thread.start()
        deadline = time.monotonic() + START_TIMEOUT_S
        while not server.started and thread.is_alive() and time.monotonic() < deadline:
            time.sleep(0.05)
        if not server.started:
            server.should_exit = True
            thread.join(timeout=5)
            raise DesktopError(
                f"the local service could not start on port {self.port} (is another Deskmate "
                f"or 'deskmate serve' running?); quit it, or choose another port with --port"
            )
        self._server, self._server_thread = server, thread

    @property
    def url(self) -> str:
        return f"https://localhost:{self.port}"

    # -- the watcher -----------------------------------------------------------

    @property
    def watching(self) -> bool:
        thread = self._watcher_thread
        return thread is not None and thread.is_alive()

    def resume_watcher(self) -> None:
        """Start watching the folders in the user's preferences."""
        with self._lock:
            if self.watching:
                return
            ready = threading.Event()
            failure: list[BaseException] = []
            thread = threading.Thread(
                target=self._watch, args=(ready, failure), name="deskmate-watcher", daemon=True
            )
            thread.start()
            ready.wait(START_TIMEOUT_S)
            if failure:
                raise DesktopError(f"the watched folders could not start: {failure[0]}")
            self._watcher_thread = thread

    def follow_preferences(self) -> None:
        """Restart the watcher when the watched folders in preferences changed."""
        from assistant.watch.watcher import watched_folders

        watcher = self._watcher
        if self.watching and watcher is not None and watched_folders() != watcher.folders:
            self.pause_watcher()
            self.resume_watcher()

    def _watch(self, ready: threading.Event, failure: list[BaseException]) -> None:
        # The watcher's SQLite queue belongs to the thread that opens it.
        from assistant.watch.watcher import Watcher, watched_folders

        try:
            self._watcher = Watcher(watched_folders(), settle_s=self.settle_s, notify=self.notify)
        except Exception as exc:
            failure.append(exc)
            return
        finally:
            ready.set()
        self._watcher.run_forever()

    def pause_watcher(self) -> None:
        """Stop watching; a file being processed is finished first."""
        with self._lock:
            watcher, thread = self._watcher, self._watcher_thread
            if watcher is None or thread is None:
                return
            watcher.stop()
            thread.join(timeout=STOP_TIMEOUT_S)
            self._watcher = self._watcher_thread = None

    # -- lifecycle ---------------------------------------------------------------

    def stop(self) -> None:
        """Stop both; returns once their threads have ended."""
        self.pause_watcher()
        if self._server is not None and self._server_thread is not None:
            self._server.should_exit = True
            self._server_thread.join(timeout=STOP_TIMEOUT_S)
            self._server = self._server_thread = None
