"""The local API: the same core functions as the CLI, for the add-in pane and tray.

One origin serves the pane's files (``/pane/``) and the API (``/api/``), so
the pane never makes cross-origin loopback calls. Every answer carries the
route, the reasons and the event id. Model work runs one generation at a time
per process (a queue), in a worker thread; a streaming client that disconnects
stops its generation::

    app = create_app(port=8765, secret=api_secret())
    uvicorn.run(app, host="127.0.0.1", port=8765, ssl_certfile=..., ssl_keyfile=...)
"""

from __future__ import annotations

import asyncio
import json
import logging
import threading
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import replace
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import anyio
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.requests import ClientDisconnect, Request
from starlette.responses import FileResponse, JSONResponse, Response, StreamingResponse
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from addin import web_root
from assistant import __version__
from assistant.api.desktop import desktop_routes
from assistant.api.peers import peer_is_this_user
from assistant.api.security import COOKIE, BodyTooLarge, Guard, PeerCheck
from assistant.workflows.progress import ProgressEvent
from connectors.document import Document, SensitivityLabel
from deskmate_base.errors import (
    BlockedError,
    Cancelled,
    CloudError,
    DeskmateError,
    InputError,
    ModelError,
    PolicyError,
)

_log = logging.getLogger("deskmate.api")
ADDIN_DIR = web_root()
SURFACE = "addin"
MAX_TEXT = 1_000_000  # characters the pane may send in one request


class ApiError(Exception):
    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


def create_app(
    *, port: int, secret: str, pane_dir: Path = ADDIN_DIR, same_user: PeerCheck = peer_is_this_user
) -> Guard:
    """The app behind its guard. ``same_user(client, server)`` decides whether a
    connection comes from this OS user; in-process test clients, which have no
    socket, pass their own."""
    model_slot = asyncio.Semaphore(1)  # one generation at a time

    async def run_model(fn: Callable[[], Any]) -> Any:
        async with model_slot:
            return await run_in_threadpool(fn)

    async def health(request: Request) -> Response:
        from assistant.guard.policy import load_policy

        if not request.state.session:  # without a session: alive, nothing more
            return JSONResponse({"ok": True})
        policy = await run_in_threadpool(load_policy)
        return JSONResponse({
            "ok": True, "version": __version__, "policy_version": policy.version,
            "policy_signature": policy.signature, "policy_untrusted": policy.untrusted or None,
        })  # fmt: skip

    async def check(request: Request) -> Response:
        from assistant.core import check_document
        from assistant.guard.policy import load_policy

        body = await _body(request)
        document = _document(body)
        workflow = str(body.get("workflow", "summarize"))
        result = await run_in_threadpool(check_document, document, load_policy(), workflow)
        return JSONResponse(result.as_json())

    async def summarize(request: Request) -> Response:
        from assistant.core import summarize_document
        from assistant.workflows.summarize import SummaryOptions

        body = await _body(request)
        document = _document(body)
        options = SummaryOptions(max_tokens=_max_tokens(body))
        result = await run_model(
            lambda: summarize_document(document, surface=SURFACE, options=options)
        )
        return JSONResponse(result.as_json())

    async def summarize_stream(request: Request) -> Response:
        from assistant.core import summarize_document
        from assistant.workflows.summarize import SummaryOptions

        body = await _body(request)
        document = _document(body)
        options = SummaryOptions(max_tokens=_max_tokens(body))
        return StreamingResponse(
            _sse(request, model_slot, lambda on_token, events, stopped: summarize_document(
                document, surface=SURFACE, options=replace(options, stopped=stopped),
                on_token=on_token, events=events,
            )),
            media_type="text/event-stream",
            headers={"Cache-Control": "no-store", "X-Accel-Buffering": "no"},
        )  # fmt: skip

    async def notes(request: Request) -> Response:
        from assistant.core import notes_text

        body = await _body(request)
        text, title = _text(body), str(body.get("title", ""))
        result = await run_model(lambda: notes_text(text, title=title, surface=SURFACE))
        return JSONResponse(result.as_json())

    async def label(request: Request) -> Response:
        from assistant.core import label_message

        body = await _body(request)
        raw = _email_bytes(body)
        result = await run_model(lambda: label_message(raw, surface=SURFACE))
        return JSONResponse(result.as_json())

    async def feedback(request: Request) -> Response:
        from assistant.core import give_feedback

        body = await _body(request)
        verdict = {"accepted": "accept", "rejected": "reject"}.get(
            str(body.get("verdict")), str(body.get("verdict"))
        )
        if verdict not in ("accept", "reject", "clear"):
            raise ApiError(422, "verdict must be accept or reject")
        event_id = str(body.get("event_id", ""))
        target = await run_in_threadpool(give_feedback, event_id, verdict)
        return JSONResponse({"ok": True, "event_id": target, "route": None, "reasons": []})

    async def metrics_summary(request: Request) -> Response:
        from assistant.guard.policy import load_policy
        from assistant.usage.metrics import local_events, summary

        def compute() -> dict[str, Any]:
            rate = load_policy().baselines.hourly_rate
            return summary(local_events(), hourly_rate=rate)

        return JSONResponse(await run_in_threadpool(compute))

    def page(name: str) -> Callable[[Request], Awaitable[Response]]:
        """A page of ours; loading it gives the browser the session cookie."""

        async def serve_page(request: Request) -> Response:
            path = pane_dir / name
            if not path.is_file():
                return JSONResponse({"error": "the add-in pane files are not installed"}, 404)
            response = FileResponse(path, headers={"Cache-Control": "no-store"})
            response.set_cookie(
                COOKIE, secret, httponly=True, secure=True, samesite="strict", path="/api"
            )
            return response

        return serve_page

    routes: list[Route | Mount] = [
        Route("/api/health", _guarded(health)),
        Route("/api/check", _guarded(check), methods=["POST"]),
        Route("/api/summarize", _guarded(summarize), methods=["POST"]),
        Route("/api/summarize/stream", _guarded(summarize_stream), methods=["POST"]),
        Route("/api/notes", _guarded(notes), methods=["POST"]),
        Route("/api/label", _guarded(label), methods=["POST"]),
        Route("/api/feedback", _guarded(feedback), methods=["POST"]),
        Route("/api/metrics/summary", _guarded(metrics_summary)),
        Route("/pane/", page("taskpane.html")),
        Route("/app/", page("desktop.html")),
    ]
    routes += desktop_routes(guarded=_guarded, body=_body, run_model=run_model, api_error=ApiError)
    if pane_dir.is_dir():
        routes.append(Mount("/addin", StaticFiles(directory=pane_dir), name="addin"))
    return Guard(Starlette(routes=routes), port=port, secret=secret, same_user=same_user)


def _guarded(handler: Callable[[Request], Awaitable[Response]]):
    """Turn Deskmate's errors into JSON answers with a fitting status."""

    async def wrapped(request: Request) -> Response:
        try:
            return await handler(request)
        except ApiError as exc:
            return JSONResponse({"error": exc.message}, exc.status)
        except BodyTooLarge:
            return JSONResponse({"error": "request body too large"}, 413)
        except ClientDisconnect:  # nobody to answer: one line, no traceback
            _log.info("a client went away before its request was read")
            return Response(status_code=400)
        except DeskmateError as exc:
            return JSONResponse({"error": exc.message, "kind": exc.kind}, _status(exc))

    return wrapped


def _status(exc: DeskmateError) -> int:
    if isinstance(exc, InputError):
        return 422
    if isinstance(exc, BlockedError):
        return 403
    if isinstance(exc, CloudError):
        return 502
    if isinstance(exc, ModelError | PolicyError):
        return 503
    return 500


async def _body(request: Request) -> dict[str, Any]:
    raw = await request.body()
    try:
        data = json.loads(raw or b"{}")
    except ValueError:
        raise ApiError(400, "the request body must be JSON") from None
    except RecursionError:  # "[[[[..." a hundred thousand deep
        raise ApiError(400, "the request body's JSON is nested too deeply") from None
    if not isinstance(data, dict):
        raise ApiError(400, "the request body must be a JSON object")
    return data


def _text(body: dict[str, Any]) -> str:
    text = body.get("text")
    if not isinstance(text, str) or not text.strip():
        raise ApiError(422, "send the document's text in 'text'")
    if len(text) > MAX_TEXT:
        raise ApiError(413, f"text over {MAX_TEXT:,} characters; summarize a selection instead")
    return text


def _document(body: dict[str, Any]) -> Document:
    labels = []
    for raw in body.get("labels") or []:
        if isinstance(raw, dict):
            labels.append(SensitivityLabel(str(raw.get("source", "mip")),
                                           str(raw.get("id", "")).lower(),
                                           str(raw.get("name", ""))))  # fmt: skip
    return Document(
        text=_text(body), kind=str(body.get("kind", "addin")), title=str(body.get("title", "")),
        labels=tuple(labels),
    )  # fmt: skip


def _max_tokens(body: dict[str, Any]) -> int:
    value = body.get("max_tokens", 256)
    if not isinstance(value, int) or not 16 <= value <= 2048:
        raise ApiError(422, "max_tokens must be a whole number from 16 to 2048")
    return value


def _email_bytes(body: dict[str, Any]) -> bytes:
    """An RFC 822 message from the fields the Outlook pane sends."""
    message = EmailMessage()
    for field, header in (("from", "From"), ("to", "To"), ("subject", "Subject"),
                          ("date", "Date"), ("message_id", "Message-ID")):  # fmt: skip
        if body.get(field):
            message[header] = str(body[field])
    for name, value in (body.get("headers") or {}).items():
        message[str(name)] = str(value)
    message.set_content(_text(body))
    return bytes(message)


async def _sse(
    request: Request,
    slot: asyncio.Semaphore,
    work: Callable[
        [Callable[[str], None], Callable[[ProgressEvent], None], Callable[[], bool]], Any
    ],
) -> AsyncIterator[str]:
    """Server-sent events: ``progress`` events per step (stage, step N of M, seconds
    so far and an estimate of the total, from the pipeline's ``ProgressEvent``),
    ``token`` events as the answer is generated, then ``done`` (the full result)
    or ``error``. A client that goes away cancels the work before its next model
    step, and is logged in one line."""
    loop = asyncio.get_running_loop()
    queue: asyncio.Queue[tuple[str, Any]] = asyncio.Queue()
    stop = threading.Event()
    started = time.monotonic()

    def on_token(piece: str) -> None:
        if stop.is_set():
            raise Cancelled("the client closed the connection")
        loop.call_soon_threadsafe(queue.put_nowait, ("token", piece))

    def on_progress(event: ProgressEvent) -> None:
        """A step of the summarize pipeline is starting (or all are done)."""
        if stop.is_set():
            raise Cancelled("the client closed the connection")
        elapsed = time.monotonic() - started  # includes the check and the model's load
        data = {"stage": event.stage, "part": event.index, "parts": event.total,
                "elapsed_s": round(elapsed, 1),
                "estimate_s": round(elapsed + event.estimate, 1)}  # fmt: skip
        loop.call_soon_threadsafe(queue.put_nowait, ("progress", data))

    def run() -> None:
        try:
            result = work(on_token, on_progress, stop.is_set)
            loop.call_soon_threadsafe(queue.put_nowait, ("done", result.as_json()))
        except Cancelled:
            loop.call_soon_threadsafe(queue.put_nowait, ("cancelled", None))
        except DeskmateError as exc:
            loop.call_soon_threadsafe(queue.put_nowait, ("error", {"error": exc.message}))
        except Exception as exc:  # one line, never a traceback (and never content)
            _log.warning("a streamed request failed (%s)", type(exc).__name__)
            loop.call_soon_threadsafe(queue.put_nowait, ("error", {"error": "internal error"}))

    finished = False
    async with slot:
        task = loop.run_in_executor(None, run)
        try:
            while True:
                try:
                    kind, data = await asyncio.wait_for(queue.get(), timeout=0.5)
                except TimeoutError:
                    if await request.is_disconnected():
                        break
                    continue
                if kind == "cancelled":
                    break
                yield f"event: {kind}\ndata: {json.dumps(data)}\n\n"
                if kind in ("done", "error"):
                    finished = True
                    break
        finally:
            # Reached by a poll that saw the client leave, or by the server
            # cancelling this generator when the client's socket closed. Either
            # way the worker stops at its next token or step, and the model
            # slot is held until it has: the next request never runs beside it.
            stop.set()
            if not finished:
                _log.info("a streaming client went away; its generation was cancelled")
            with anyio.CancelScope(shield=True):
                await task
