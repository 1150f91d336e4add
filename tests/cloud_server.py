"""A real OpenAI-compatible server on 127.0.0.1, and a recording proxy before it.

``llama_cpp.server`` serves the bundled model as the "approved cloud". The
proxy forwards every request to it and records the request bodies, so tests can
assert exactly what left the machine. ``stop_upstream_after`` stops the real
server after that many forwarded requests, to fail the cloud mid-run.
"""

from __future__ import annotations

import http.client
import socket
import subprocess
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from local_models.catalog import BUILTIN

API_KEY = "llama-server-test-key"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class LlamaServer:
    def __init__(self) -> None:
        self.port = free_port()
        self.process = subprocess.Popen(
            [
                sys.executable, "-m", "llama_cpp.server",
                "--model", str(BUILTIN.path()), "--model_alias", "smollm2",
                "--host", "127.0.0.1", "--port", str(self.port),
                "--n_ctx", "4096", "--api_key", API_KEY, "--seed", "42",
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )  # fmt: skip
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError("llama_cpp.server exited at start")
            try:
                conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=2)
                conn.request("GET", "/v1/models", headers={"Authorization": f"Bearer {API_KEY}"})
                if conn.getresponse().status == 200:
                    return
            except OSError:
                time.sleep(0.2)
        self.stop()
        raise RuntimeError("llama_cpp.server did not start within 60 s")

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


class RecordingProxy:
    def __init__(self, upstream: LlamaServer) -> None:
        self.upstream = upstream
        self.requests: list[tuple[str, bytes]] = []
        self.stop_upstream_after: int | None = None
        proxy = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: object) -> None:
                pass

            def do_GET(self) -> None:
                self._forward(b"")

            def do_POST(self) -> None:
                self._forward(self.rfile.read(int(self.headers.get("Content-Length", 0))))

            def _forward(self, body: bytes) -> None:
                proxy.requests.append((self.path, body))
                headers = {k: v for k, v in self.headers.items() if k.lower() != "host"}
                try:
                    conn = http.client.HTTPConnection("127.0.0.1", proxy.upstream.port, timeout=120)
                    conn.request(self.command, self.path, body=body or None, headers=headers)
                    reply = conn.getresponse()
                    data = reply.read()
                    status, reply_headers = reply.status, reply.getheaders()
                except OSError:
                    status, data, reply_headers = 502, b'{"error": "upstream down"}', []
                self.send_response(status)
                for key, value in reply_headers:
                    if key.lower() not in ("transfer-encoding", "content-length", "connection"):
                        self.send_header(key, value)
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)
                after = proxy.stop_upstream_after
                if after is not None and len(proxy.requests) >= after:
                    proxy.upstream.stop()

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.port = self.server.server_address[1]
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v1"

    def sent(self) -> bytes:
        return b"\n".join(body for _, body in self.requests)

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


def write_policy(
    path: Path, base_url: str, *, redact: bool = False, fallback: bool = True, context: int = 4096
) -> Path:
    path.write_text(
        f"""version = "test-1"
[cloud]
fallback_to_local = {str(fallback).lower()}
redact_then_cloud = {str(redact).lower()}

[[cloud.endpoints]]
name = "testcloud"
provider = "openai-compatible"
base_url = "{base_url}"
model = "smollm2"
workflows = ["summarize"]
timeout_s = 60
max_retries = 0
context_tokens = {context}
""",
        encoding="utf-8",
    )
    return path
