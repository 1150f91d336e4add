"""The tray, its background services and watched folders (issue 7).

1. Idle CPU and memory of `deskmate tray` over 60 s, before any model loads: one
   process holding the tray icon, the local service and the watcher. Target:
   under 1% CPU and under 150 MB RSS. Runs under Xvfb with a tray host, once per
   pystray backend: plain X11 (no menu) and AppIndicator (the menu; GTK, under
   dbus-run-session, whose bus daemons are reported apart), side by side.
2. The window's own process (`deskmate open`, Qt WebEngine), for reference.
3. Latency from dropping a small .docx into a watched folder to its summary
   appearing in the Outbox (the default 1 s settle time included), 5 drops.

    python bench/watch_bench.py [--idle 60] [--backends xorg,appindicator] [--idle-only]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests import factories  # noqa: E402


def _proc(pid: int) -> tuple[float, int]:
    """(CPU seconds used, RSS in kB) from /proc."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    ticks = int(fields[11]) + int(fields[12])
    rss = int(next(line.split()[1] for line in Path(f"/proc/{pid}/status").read_text().splitlines()
                   if line.startswith("VmRSS")))  # fmt: skip
    return ticks / os.sysconf("SC_CLK_TCK"), rss


def _family(pid: int) -> tuple[float, int]:
    """CPU seconds and RSS of a process and everything below it."""
    from tests.desktop import descendants

    cpu, rss = 0.0, 0
    for member in {pid, *descendants(pid)}:
        used, kb = _proc(member)
        cpu, rss = cpu + used, rss + kb
    return cpu, rss


def _start_tray(backend: str, env: dict[str, str], port: int) -> subprocess.Popen[bytes]:
    command = [sys.executable, "-m", "assistant", "tray", "--port", str(port)]
    if backend == "appindicator":
        command = ["dbus-run-session", "--", *command]  # a session bus, as a desktop has
    return subprocess.Popen(command, cwd=ROOT, env={**env, "PYSTRAY_BACKEND": backend},
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # fmt: skip


def _deskmate_pid(pid: int) -> int:
    """The tray's Python process: pid itself, or its child under dbus-run-session."""
    from tests.desktop import descendants

    for member in sorted({pid, *descendants(pid)}):
        argv = Path(f"/proc/{member}/cmdline").read_bytes().split(b"\0")
        if argv[0] == sys.executable.encode() and b"assistant" in argv:
            return member
    return pid


def _idle(tray: subprocess.Popen[bytes], backend: str, seconds: int) -> None:
    time.sleep(8)  # started and settled
    own = _deskmate_pid(tray.pid)
    before, before_all = _proc(own), _family(tray.pid)
    time.sleep(seconds)
    after, after_all = _proc(own), _family(tray.pid)
    cpu = (after[0] - before[0]) / seconds
    extra = ""
    if own != tray.pid:
        rest_cpu = (after_all[0] - before_all[0]) / seconds - cpu
        extra = (f"; the session bus processes beside it: CPU {rest_cpu:.2%}, "
                 f"RSS {(after_all[1] - after[1]) / 1024:.0f} MB")  # fmt: skip
    print(f"{backend}: idle over {seconds} s, tray + service + watcher (one process): "
          f"CPU {cpu:.2%} of one core, RSS {after[1] / 1024:.0f} MB "
          f"(targets: < 1% CPU, < 150 MB){extra}", flush=True)  # fmt: skip


def main() -> None:
    import json

    from tests.cloud_server import free_port
    from tests.desktop import xvfb_display

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--idle", type=int, default=60)
    parser.add_argument("--backends", default="xorg,appindicator")
    parser.add_argument("--idle-only", action="store_true", help="skip the window and drops")
    args = parser.parse_args()
    backends = args.backends.split(",")
    with tempfile.TemporaryDirectory() as tmp, xvfb_display() as display:
        home = Path(tmp) / "home"
        home.mkdir()
        inbox = Path(tmp) / "Summarize"
        (home / "preferences.json").write_text(
            json.dumps({"watched": [{"path": str(inbox), "workflow": "summarize"}]}), "utf-8"
        )
        env = {**os.environ, "DESKMATE_HOME": str(home), "HOME": tmp, "DISPLAY": display}
        env.pop("DBUS_SESSION_BUS_ADDRESS", None)
        for backend in backends[:-1]:
            tray = _start_tray(backend, env, free_port())
            try:
                _idle(tray, backend, args.idle)
            finally:
                tray.terminate()
                tray.wait(timeout=60)
        port = free_port()
        tray = _start_tray(backends[-1], env, port)
        try:
            _idle(tray, backends[-1], args.idle)
            if args.idle_only:
                return
            window = subprocess.Popen(
                [sys.executable, "-m", "assistant", "open", "--port", str(port)], cwd=ROOT,
                env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            )  # fmt: skip
            time.sleep(10)
            start_w = _family(window.pid)
            time.sleep(20)
            end_w = _family(window.pid)
            print(f"window open (Qt WebEngine, its own processes): RSS {end_w[1] / 1024:.0f} MB, "
                  f"idle CPU {(end_w[0] - start_w[0]) / 20:.2%} of one core")  # fmt: skip
            window.terminate()
            window.wait(timeout=20)
            latencies = []
            for run in range(5):
                source = factories.make_docx(Path(tmp) / f"memo-{run}.docx")
                start = time.perf_counter()
                source.rename(inbox / source.name)  # an atomic drop, as a copy tool ends
                target = inbox / "Outbox" / f"memo-{run}.summary.docx"
                while not target.exists():
                    time.sleep(0.02)
                latencies.append(time.perf_counter() - start)
            print(f"drop to summary in Outbox: median {statistics.median(latencies):.2f} s, "
                  f"runs {', '.join(f'{x:.2f}' for x in latencies)} (settle time 1 s included; "
                  f"the first run loads the model)")  # fmt: skip
        finally:
            tray.terminate()
            tray.wait(timeout=60)


if __name__ == "__main__":
    main()
