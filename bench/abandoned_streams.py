"""Abandoned SSE streams (issue 15): after N clients leave a streaming
summary of a long document (several map-reduce parts, so no token comes for
seconds) half a second in, how long does the next summary take, and does the
server log show tracebacks? Runs the real uvicorn service over HTTPS.

With ``--root`` the same runs against another checkout (the baseline), each
in its own process, printed side by side.

    python bench/abandoned_streams.py [--streams 20] [--root /work/main]
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

RUN = r"""
import logging, os, sys, tempfile, threading, time, io
os.environ["DESKMATE_HOME"] = tempfile.mkdtemp()
os.environ["DESKMATE_GPU"] = "off"
os.environ["DESKMATE_CONTEXT"] = "2048"
log = io.StringIO()
logging.basicConfig(stream=log, level=logging.INFO)
import httpx, uvicorn
from assistant.api.app import create_app
from assistant.api.certs import ensure_certificates
from tests.cloud_server import free_port
files = ensure_certificates()
port = free_port()
server = uvicorn.Server(uvicorn.Config(create_app(port=port, secret="s"), host="127.0.0.1",
    port=port, ssl_certfile=str(files.cert), ssl_keyfile=str(files.key), log_level="info",
    log_config=None))
threading.Thread(target=server.run, daemon=True).start()
while not server.started:
    time.sleep(0.05)
text = " ".join(f"Site {i} of the Aurora programme shipped {i * 3} pallets and reported "
               f"scanner issue number {i * 7} to the Lisbon team on day {i % 28 + 1}."
               for i in range(300))
headers = {"Authorization": "Bearer s"}
with httpx.Client(base_url=f"https://localhost:{port}", verify=False, headers=headers,
                  timeout=300) as c:
    c.post("/api/summarize", json={"text": "Porto is live.", "max_tokens": 16})  # load
    for i in range(int(sys.argv[1])):
        with c.stream("POST", "/api/summarize/stream",
                      json={"text": f"{i} {text}", "max_tokens": 256}) as r:
            time.sleep(0.5)  # then the client goes away
    started = time.monotonic()
    r = c.post("/api/summarize", json={"text": "Porto is live on Friday.", "max_tokens": 16})
    took = time.monotonic() - started
server.should_exit = True
tracebacks = log.getvalue().count("Traceback")
print(f"{took:.1f} s for the next summary (status {r.status_code}); "
      f"{tracebacks} tracebacks in the server log")
"""


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--streams", type=int, default=20)
    parser.add_argument("--root", type=Path, action="append", default=[])
    args = parser.parse_args()
    for root in [ROOT, *args.root]:
        out = subprocess.run([sys.executable, "-c", RUN, str(args.streams)], cwd=root,
                             capture_output=True, text=True, timeout=1200)  # fmt: skip
        result = out.stdout.strip() or out.stderr.strip().splitlines()[-1]
        print(f"{root}: after {args.streams} abandoned streams: {result}")


if __name__ == "__main__":
    main()
