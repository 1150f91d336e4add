"""The tray window's API: history, personal metrics, settings, file summaries.

Mounted by ``create_app`` beside the pane's endpoints, behind the same guard
(own origin, session cookie or bearer secret). Nothing here returns a key:
settings show which endpoints have one, never the value.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

SURFACE = "tray"
HISTORY_ROWS = 50
KEPT_RESULTS = 20  # summaries the window can still save, newest last

Handler = Callable[[Request], Awaitable[Response]]


def desktop_routes(
    *,
    guarded: Callable[[Handler], Handler],
    body: Callable[[Request], Awaitable[dict[str, Any]]],
    run_model: Callable[[Callable[[], Any]], Awaitable[Any]],
    api_error: Callable[[int, str], Exception],
) -> list[Route]:
    async def history(request: Request) -> Response:
        from assistant.preferences import load_preferences
        from assistant.usage.history import recent

        rows = await run_in_threadpool(recent, HISTORY_ROWS)
        details = load_preferences().history_details
        return JSONResponse({"rows": rows, "details": details})

    async def my_metrics(request: Request) -> Response:
        from assistant.usage.metrics import personal_hours

        return JSONResponse(await run_in_threadpool(personal_hours))

    async def my_weeks(request: Request) -> Response:
        from assistant.guard.policy import load_policy
        from assistant.usage.metrics import personal_weeks

        def compute() -> dict[str, Any]:
            return {**personal_weeks(), "method": _method(load_policy().baselines)}

        return JSONResponse(await run_in_threadpool(compute))

    async def settings(request: Request) -> Response:
        return JSONResponse(await run_in_threadpool(_settings))

    async def set_key(request: Request) -> Response:
        from assistant.guard.keys import delete_key
        from assistant.guard.keys import set_key as store_key
        from assistant.guard.policy import load_policy

        data = await body(request)
        name = str(data.get("name", ""))
        if name not in {e.name for e in load_policy().endpoints}:
            raise api_error(422, f"no approved endpoint named '{name}' in the org policy")
        if data.get("delete"):
            await run_in_threadpool(delete_key, name)
        else:
            await run_in_threadpool(store_key, name, str(data.get("key", "")))
        return JSONResponse(await run_in_threadpool(_settings))

    async def set_preferences(request: Request) -> Response:
        from assistant.preferences import (
            load_preferences,
            parse_preferences,
            save_preferences,
        )
        from assistant.usage.history import forget_details

        data = await body(request)
        current = load_preferences().as_json()
        try:
            prefs = parse_preferences({**current, **data})
        except (ValueError, TypeError) as exc:
            raise api_error(422, str(exc)) from None
        prefs = replace(prefs, watch_paused=current["watch_paused"])  # the tray's menu owns it
        await run_in_threadpool(save_preferences, prefs)
        if not prefs.history_details:
            await run_in_threadpool(forget_details)
        return JSONResponse(await run_in_threadpool(_settings))

    async def set_autostart(request: Request) -> Response:
        from assistant.desktop import autostart

        data = await body(request)
        if not isinstance(data.get("enabled"), bool):
            raise api_error(422, "send enabled: true or false")
        await run_in_threadpool(autostart.enable if data["enabled"] else autostart.disable)
        return JSONResponse(await run_in_threadpool(_settings))

    results: dict[str, Any] = {}  # event id -> SummaryResult, in memory only

    async def summarize_file(request: Request) -> Response:
        from assistant.core import summarize_file as summarize
        from assistant.workflows.summarize import SummaryOptions

        data = await body(request)
        path = Path(str(data.get("path", ""))).expanduser()
        if not path.is_absolute() or not path.is_file():
            raise api_error(422, "choose a file that exists (an absolute path)")
        options = SummaryOptions(max_tokens=256)
        result = await run_model(lambda: summarize(path, options=options, surface=SURFACE))
        results[result.event_id] = result
        for old in list(results)[:-KEPT_RESULTS]:
            del results[old]
        return JSONResponse({
            **result.as_json(),
            "route": result.decision.route,
            "reasons": [r.as_json() for r in result.decision.reasons],
            "event_id": result.event_id,
        })  # fmt: skip

    async def save_summary(request: Request) -> Response:
        """Write a summary the window showed to a .docx or .md, as ``--out`` does."""
        from assistant.outputs.write import check_output_path, write_summary

        data = await body(request)
        result = results.get(str(data.get("event_id", "")))
        if result is None:
            raise api_error(404, "that summary is no longer held; summarize the file again")
        out = Path(str(data.get("path", ""))).expanduser()
        if not out.is_absolute():
            raise api_error(422, "choose where to save the summary (an absolute path)")
        check_output_path(out, (".docx", ".md"), overwrite=bool(data.get("overwrite")))
        summary = result.summary
        await run_in_threadpool(
            lambda: write_summary(
                out,
                title=result.title,
                bullets=summary.bullets,
                model=summary.model,
                route=result.decision.route,
            )
        )
        return JSONResponse({"saved": str(out), "event_id": result.event_id})

    return [
        Route("/api/history", guarded(history)),
        Route("/api/metrics/me", guarded(my_metrics)),
        Route("/api/metrics/weeks", guarded(my_weeks)),
        Route("/api/settings", guarded(settings)),
        Route("/api/settings/key", guarded(set_key), methods=["POST"]),
        Route("/api/settings/preferences", guarded(set_preferences), methods=["POST"]),
        Route("/api/settings/autostart", guarded(set_autostart), methods=["POST"]),
        Route("/api/summarize/file", guarded(summarize_file), methods=["POST"]),
        Route("/api/summary/save", guarded(save_summary), methods=["POST"]),
    ]


def _method(b: Any) -> list[str]:
    """How hours saved are counted, in the policy's numbers (time_saved.Baselines)."""
    return [
        f"A summary counts the time reading its input would take ({b.reading_wpm:g} words a "
        f"minute), at most {b.summary_minutes:g} minutes.",
        f"Meeting notes count the meeting's length times {b.meeting_factor:g}.",
        f"Each email labelled counts {b.email_seconds:g} seconds.",
        "The time you waited for the model is subtracted; failed requests and results you "
        "rejected count zero.",
        "The numbers come from your org's policy ([time_saved]); see docs/time-saved.md.",
    ]


def _settings() -> dict[str, Any]:
    from assistant.desktop import autostart
    from assistant.guard.keys import key_source
    from assistant.guard.policy import load_policy
    from assistant.preferences import load_preferences

    policy = load_policy()
    source = Path(policy.source)
    text = source.read_text(encoding="utf-8", errors="replace") if source.is_file() else ""
    return {
        "preferences": load_preferences().as_json(),
        "autostart": autostart.is_enabled(),
        "keys": [{"name": e.name, "source": key_source(e.name)} for e in policy.endpoints],
        "policy": {
            "source": policy.source,
            "version": policy.version,
            "signature": policy.signature,
            "untrusted": policy.untrusted or None,
            "cloud_enabled": policy.cloud_enabled,
            "endpoints": [
                {
                    "name": e.name,
                    "provider": e.provider,
                    "model": e.model,
                    "workflows": list(e.workflows),
                }
                for e in policy.endpoints
            ],  # fmt: skip
            "text": text,
        },
    }
