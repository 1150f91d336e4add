"""Abandoned SSE streams against the real ``deskmate serve`` (issue 15).

``abandon(root, home, streams)`` starts ``python -m assistant serve`` from the
checkout at ``root`` (its stderr is the server's log), times one short summary
on the fresh server, then opens ``streams`` streaming summaries of a long
document one after another, each dropped right after its first event, and
times the same short summary again. A stream is left at the first line
holding ``leave_at``: by default the progress event of the model's writing
step, so the model is at work when the client goes away (the events before it,
selection and its streamed bullet, need no model). It returns the measures and the log.
Shared by tests/test_abandoned_streams.py and bench/abandoned_streams.py.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from tests.cloud_server import free_port

LONG = " ".join(
    f"Site {i} of the Aurora programme shipped {i * 3} pallets and reported scanner issue "
    f"number {i * 7} to the Lisbon team on day {i % 28 + 1}."
    for i in range(300)
)
WRITING = '"stage": "writing"'
# A short document the model must rewrite (its long sentences are shortened).
SHORT = {
    "text": "The Aurora rollout at the Lisbon warehouse, which the steering group reviewed on "
    "3 November after the scanner vendor missed two firmware deadlines, is now expected to "
    "finish in January because the night shift cannot test the handhelds until then.",
    "max_tokens": 48,
}


@dataclass
class Outcome:
    fresh_s: float  # the short summary on the fresh (warm) server
    after_s: float  # the same, right after the abandoned streams
    after_status: int
    first_event_s: list[float]  # per stream: request to its first event
    cancelled_rows: int  # usage rows with outcome 'cancelled'
    log: str


def abandon(
    root: Path, home: Path, streams: int, *, leave_at: str = WRITING, context: int = 2048
) -> Outcome:
    import httpx

    home.mkdir(parents=True, exist_ok=True)
    port = free_port()
    env = {**os.environ, "DESKMATE_HOME": str(home), "DESKMATE_GPU": "off",
           "DESKMATE_CONTEXT": str(context), "PYTHONPATH": str(root),
           "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}  # fmt: skip
    log_path = home / "serve.log"
    with log_path.open("w") as log:
        server = subprocess.Popen([sys.executable, "-m", "assistant", "serve", "--port", str(port)],
                                  cwd=root, env=env, stdout=log, stderr=log)  # fmt: skip
    try:
        url = f"https://localhost:{port}"
        deadline = time.monotonic() + 60
        while True:
            try:
                httpx.get(f"{url}/api/health", verify=False, timeout=2)
                break
            except httpx.TransportError:
                if time.monotonic() > deadline or server.poll() is not None:
                    raise RuntimeError(log_path.read_text()) from None
                time.sleep(0.2)
        secret = (home / "api-secret").read_text().strip()
        headers = {"Authorization": f"Bearer {secret}"}
        with httpx.Client(base_url=url, verify=False, headers=headers, timeout=600) as c:
            c.post("/api/summarize", json=SHORT)  # loads the model
            fresh = _timed(c)[0]
        firsts = []
        for i in range(streams):
            with httpx.Client(base_url=url, verify=False, headers=headers, timeout=600) as c:
                started = time.monotonic()
                with c.stream("POST", "/api/summarize/stream",
                              json={"text": f"{i} {LONG}", "max_tokens": 256}) as r:  # fmt: skip
                    for line in r.iter_lines():
                        if leave_at in line:
                            break  # then the client goes away
                firsts.append(time.monotonic() - started)
        with httpx.Client(base_url=url, verify=False, headers=headers, timeout=600) as c:
            after, status = _timed(c)
        time.sleep(1.0)  # the last log lines
    finally:
        server.terminate()
        server.wait(timeout=30)
    rows = 0
    db = home / "usage.db"
    if db.exists():
        with sqlite3.connect(db) as con:
            rows = con.execute(
                "SELECT count(*) FROM events WHERE outcome = 'cancelled'"
            ).fetchone()[0]
    return Outcome(fresh, after, status, firsts, rows, log_path.read_text())


def _timed(client) -> tuple[float, int]:
    started = time.monotonic()
    r = client.post("/api/summarize", json=SHORT)
    return time.monotonic() - started, r.status_code
