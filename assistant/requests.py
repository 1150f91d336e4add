"""One request's life: logging it, and running it where the guard decided.

Every core function wraps its work in :func:`logged_request`, which appends one
content-free row to the usage log when the request ends, failures included, and
runs the workflow through :func:`run_routed`, which picks the backend for the
route (local, cloud, cloud with redaction), redacts and restores, and falls back
to the laptop when the cloud fails and policy allows.

Both take an optional ``Policy`` and ``Backend``: a test (or a surface that
already holds them) passes its own, in the spirit of httpx's ``transport=``::

    with logged_request("summarize", "cli", policy=policy) as request:
        result, decision = run_routed(doc, check, request, run=..., restore=..., backend=fake)
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from typing import TypeVar

from assistant.guard.check import CheckResult
from assistant.guard.keys import get_key
from assistant.guard.policy import Policy, load_policy
from assistant.guard.redact import Redaction
from assistant.guard.router import BLOCKED, CLOUD_REDACTED, LOCAL, Decision, Reason
from assistant.usage.log import UsageEvent, UsageLog, identifier
from assistant.usage.time_saved import minutes_saved
from connectors import Document
from deskmate_base.errors import BlockedError, CloudError, DeskmateError
from local_models import Backend, LlamaBackend
from local_models.cloud import CloudBackend

T = TypeVar("T")


@dataclass
class Request:
    """What one request reports to the usage log (counts and kinds, never content)."""

    workflow: str
    surface: str = "cli"
    policy: Policy = field(default_factory=Policy)
    route: str = LOCAL
    reasons: tuple[str, ...] = ()
    model: str = "none"
    input_words: int = 0
    input_pages: int = 0
    input_emails: int = 0
    input_minutes: float = 0.0
    tokens_in: int = 0
    tokens_out: int = 0
    outcome: str = "ok"
    event_id: str = ""
    # Title and result preview for the user's opt-in history; never logged.
    detail: tuple[str, str] | None = None


def resolve_policy(policy: Policy | None, policy_path=None) -> Policy:
    """The policy a caller passed, or the one on disk (loaded once per request)."""
    return policy if policy is not None else load_policy(policy_path)


@contextmanager
def logged_request(
    workflow: str, surface: str = "cli", *, policy: Policy | None = None, policy_path=None
) -> Iterator[Request]:
    """Run a request and log it; the policy is loaded here, once, unless given."""
    request = Request(workflow, surface)
    started = time.perf_counter()
    try:
        request.policy = resolve_policy(policy, policy_path)
        yield request
    except DeskmateError as exc:
        request.outcome = exc.kind
        raise
    except BaseException:
        request.outcome = "internal"
        raise
    finally:
        _record(request, started)


def _record(request: Request, started: float) -> None:
    policy = request.policy
    latency_ms = round((time.perf_counter() - started) * 1000)
    saved = minutes_saved(
        policy.baselines,
        workflow=request.workflow,
        outcome=request.outcome,
        latency_ms=latency_ms,
        words=request.input_words,
        meeting_minutes=request.input_minutes,
        emails=request.input_emails,
    )
    log = UsageLog.open(salt=policy.usage_salt)
    try:
        request.event_id = log.record(
            UsageEvent(
                workflow=request.workflow,
                route=request.route,
                reasons=",".join(request.reasons),
                model=request.model,
                input_words=request.input_words,
                input_pages=request.input_pages,
                input_emails=request.input_emails,
                input_minutes=request.input_minutes,
                tokens_in=request.tokens_in,
                tokens_out=request.tokens_out,
                latency_ms=latency_ms,
                outcome=request.outcome,
                surface=request.surface,
                policy_version=identifier(policy.version),
                minutes_saved=saved,
            )
        )
    finally:
        log.close()
    if request.detail is not None and request.outcome in ("ok", "fallback"):
        from assistant.usage.history import remember

        remember(request.event_id, *request.detail)


def local_backend(model: str | None = None) -> Backend:
    return LlamaBackend.for_model(model)


def run_routed(
    document: Document,
    check: CheckResult,
    request: Request,
    *,
    run: Callable[[Document, Backend], T],
    restore: Callable[[T, Redaction], T],
    model: str | None = None,
    backend: Backend | None = None,
) -> tuple[T, Decision]:
    """Run ``run`` where the decision says, redacting and falling back as policy allows.

    ``backend`` replaces the laptop's model (tests, a surface holding one).
    """
    decision = check.decision
    request.route, request.reasons = decision.route, decision.reason_kinds
    if decision.route == BLOCKED:
        raise BlockedError(
            f"policy does not allow processing this file: {decision.reasons[-1].message}"
        )
    if decision.route != LOCAL and decision.endpoint is not None:
        key = get_key(decision.endpoint.name) or ""
        cloud = CloudBackend(decision.endpoint, key)
        request.model = cloud.name
        redaction = None
        sent = document
        if decision.route == CLOUD_REDACTED:
            body = [f for f in check.scan.findings if f.location != "title"]
            redaction = Redaction(document.text, body)
            has_title_findings = len(body) != len(check.scan.findings)
            sent = replace(
                document, text=redaction.text, title="" if has_title_findings else document.title
            )
        try:
            result = run(sent, cloud)
            return (restore(result, redaction) if redaction else result), decision
        except CloudError as exc:
            if not request.policy.fallback_to_local:
                raise
            decision = replace(
                decision,
                route=LOCAL,
                reasons=decision.reasons + (Reason("cloud_failed", f"{exc}; ran locally instead"),),
            )
            request.route, request.reasons = LOCAL, decision.reason_kinds
            request.outcome = "fallback"
        finally:
            if redaction:
                redaction.forget()
    local = backend if backend is not None else local_backend(model)
    request.model = local.name
    return run(document, local), decision
