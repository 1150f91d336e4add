"""Who may call the local API: only pages this service served, on this machine.

Threats: web pages in the user's browser (DNS rebinding, CSRF), other
machines on the network, and processes of other OS accounts on the same
machine. Defences, in order (docs/security.md):

1. The service binds 127.0.0.1 only, and answers only connections whose
   socket belongs to its own OS user (``peers.py``), on every path, the
   pages that hand out the session cookie included.
2. ``Host`` must be exactly ``localhost:PORT``, ``127.0.0.1:PORT`` or
   ``[::1]:PORT``; empty or any other value is refused (DNS rebinding).
3. ``Origin``, when present, must be this service's own; ``null`` is refused.
   No CORS headers are ever sent.
4. Every ``/api/`` call needs the per-install secret: the pane gets it as an
   HttpOnly, Secure, SameSite=Strict cookie when its page loads, which only
   pages of this origin can send; local tools may send ``Authorization:
   Bearer``.
5. Request bodies are limited in size.
"""

from __future__ import annotations

import hmac
import os
import secrets
from collections.abc import Callable
from pathlib import Path
from typing import Any

from starlette.responses import JSONResponse
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from assistant.api.peers import peer_is_this_user
from deskmate_base import paths

PeerCheck = Callable[[Any, Any], bool]  # (client, server) addresses -> same OS user?
COOKIE = "deskmate_session"
MAX_BODY = 2 * 1024 * 1024  # bytes
_KEYRING_USER = "local-api-secret"


def allowed_hosts(port: int) -> frozenset[str]:
    return frozenset({f"localhost:{port}", f"127.0.0.1:{port}", f"[::1]:{port}"})


def own_origins(port: int) -> frozenset[str]:
    return frozenset(f"https://{host}" for host in allowed_hosts(port))


def api_secret() -> str:
    """The per-install secret: in the OS keyring, or where there is none, in a
    file only this user can read in the Deskmate home."""
    import keyring
    from keyring.errors import KeyringError

    try:
        value = keyring.get_password("deskmate", _KEYRING_USER)
        if not value:
            value = secrets.token_urlsafe(32)
            keyring.set_password("deskmate", _KEYRING_USER, value)
        return value
    except KeyringError:
        return _file_secret(paths.home() / "api-secret")


def _file_secret(path: Path) -> str:
    if path.exists():
        return path.read_text(encoding="ascii").strip()
    value = secrets.token_urlsafe(32)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w", encoding="ascii") as fh:
        fh.write(value)
    return value


class Guard:
    """ASGI middleware applying rules 2-5 above to every HTTP request."""

    def __init__(
        self,
        app: ASGIApp,
        *,
        port: int,
        secret: str,
        max_body: int = MAX_BODY,
        same_user: PeerCheck = peer_is_this_user,
    ):
        self.app = app
        self.same_user = same_user
        self.hosts = allowed_hosts(port)
        self.origins = own_origins(port)
        self.secret = secret
        self.max_body = max_body

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope["headers"]}
        problem = self._refuse(scope, headers)
        scope.setdefault("state", {})["session"] = self._authorised(headers)
        if problem:
            status, message = problem
            await JSONResponse({"error": message}, status_code=status)(scope, receive, send)
            return
        await self.app(scope, self._limited(receive), send)

    def _refuse(self, scope: Scope, headers: dict[str, str]) -> tuple[int, str] | None:
        if not self.same_user(scope.get("client"), scope.get("server")):
            return 403, "Deskmate answers only its own user's programs"
        if headers.get("host", "") not in self.hosts:
            return 400, "unknown Host: Deskmate answers only on localhost"
        origin = headers.get("origin")
        if origin is not None and origin not in self.origins:
            return 403, "cross-origin requests are not allowed"
        length = headers.get("content-length")
        if length and (not length.isdigit() or int(length) > self.max_body):
            return 413, f"request body over {self.max_body // 1024} KB"
        needs_session = scope["path"].startswith("/api/") and scope["path"] != "/api/health"
        if needs_session and not self._authorised(headers):
            return 401, "missing or wrong session; reload the Deskmate pane"
        return None

    def _authorised(self, headers: dict[str, str]) -> bool:
        supplied = ""
        for part in headers.get("cookie", "").split(";"):
            name, _, value = part.strip().partition("=")
            if name == COOKIE:
                supplied = value
        auth = headers.get("authorization", "")
        if auth.lower().startswith("bearer "):
            supplied = auth[7:].strip()
        return bool(supplied) and hmac.compare_digest(supplied, self.secret)

    def _limited(self, receive: Receive) -> Receive:
        seen = 0
        limit = self.max_body

        async def wrapped() -> Message:
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > limit:
                    raise BodyTooLarge
            return message

        return wrapped


class BodyTooLarge(Exception):
    """A chunked body went past the limit; the app answers 413."""
