"""The local service, really running: uvicorn over HTTPS on a free loopback port."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from assistant.api.app import create_app
from assistant.api.certs import TlsFiles, ensure_certificates
from tests.cloud_server import free_port


def in_process(client: object, server: object) -> bool:
    """The peer check for starlette's TestClient, which has no socket to look
    up: it accepts only that client's own marker address."""
    return isinstance(client, tuple | list) and client[0] == "testclient"


@dataclass(frozen=True)
class Service:
    url: str
    port: int
    tls: TlsFiles


@contextmanager
def https_service(*, secret: str, pane_dir: Path) -> Iterator[Service]:
    import uvicorn

    tls = ensure_certificates()
    port = free_port()
    app = create_app(port=port, secret=secret, pane_dir=pane_dir)
    config = uvicorn.Config(app, host="127.0.0.1", port=port, ssl_certfile=str(tls.cert),
                            ssl_keyfile=str(tls.key), log_level="warning")  # fmt: skip
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.05)
    try:
        yield Service(f"https://localhost:{port}", port, tls)
    finally:
        server.should_exit = True
        thread.join(timeout=10)
