"""The local HTTPS service, built one way for ``deskmate serve`` and the tray.

server = make_server(8765)          # uvicorn.Server on 127.0.0.1, TLS on
server.run()                        # or run it in a thread (the tray does)
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any


@dataclass(frozen=True)
class ServerTLS:
    cert: Path
    key: Path
    ca: Path | None  # the Deskmate CA, when the certificate is ours


def server_tls(cert: Path | None = None, key: Path | None = None) -> ServerTLS:
    """The given certificate and key, or Deskmate's own (made on first use)."""
    from assistant.api.certs import ensure_certificates

    if cert is not None and key is not None:
        return ServerTLS(cert, key, None)
    files = ensure_certificates()
    return ServerTLS(files.cert, files.key, files.ca)


def make_server(port: int, tls: ServerTLS | None = None) -> Any:
    """A uvicorn server for the local API on 127.0.0.1 only (not started)."""
    import uvicorn

    from assistant.api.app import create_app
    from assistant.api.security import api_secret

    tls = tls or server_tls()
    app = create_app(port=port, secret=api_secret())
    config = uvicorn.Config(
        app,
        host="127.0.0.1",
        port=port,
        ssl_certfile=str(tls.cert),
        ssl_keyfile=str(tls.key),
        log_level="warning",
        access_log=False,
    )
    return uvicorn.Server(config)
