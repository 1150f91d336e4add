"""Where a request runs: a pure function of findings, labels, policy and keys.

Routes, from most to least private: ``blocked`` (not processed), ``local``
(the laptop's model), ``cloud_redacted`` (sensitive values replaced before
sending), ``cloud``. Routing fails closed: a detector error, an unreadable part
of the file, an unknown label or any doubt keeps the request local. The cloud
is used only when policy allows it, an endpoint is approved for the workflow,
and a key exists::

    decision = decide(scan, policy, "summarize", has_key=lambda name: bool(get_key(name)))
    decision.route, [r.kind for r in decision.reasons]
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from assistant.guard.policy import Policy
from assistant.guard.sensitivity import Scan
from local_models.cloud import Endpoint

LOCAL, CLOUD, CLOUD_REDACTED, BLOCKED = "local", "cloud", "cloud_redacted", "blocked"
# Findings that mark the whole document, so redacting the span would not help.
_WHOLE_DOCUMENT = {"marking", "personal_table", "topic"}


@dataclass(frozen=True)
class Reason:
    """Why a route was chosen. ``kind`` is logged; ``message`` is for the user and
    never contains content."""

    kind: str
    message: str

    def as_json(self) -> dict[str, str]:
        return {"kind": self.kind, "message": self.message}


@dataclass(frozen=True)
class Decision:
    route: str
    reasons: tuple[Reason, ...]
    sensitive: bool
    endpoint: Endpoint | None = None

    @property
    def reason_kinds(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(r.kind for r in self.reasons))


def decide(
    scan: Scan,
    policy: Policy,
    workflow: str,
    *,
    has_key: Callable[[str], bool],
    unreadable: tuple[str, ...] = (),
    truncated: bool = False,
) -> Decision:
    reasons: list[Reason] = []
    strictest = CLOUD  # what the content itself allows, before checking endpoints

    for error in scan.errors:
        reasons.append(Reason("detector_error", f"the {error} detector failed; kept local"))
        strictest = LOCAL
    for part in unreadable:
        reasons.append(Reason("unreadable_part", f"part of the file ({part}) could not be checked"))
        strictest = LOCAL
    if truncated:
        reasons.append(Reason("unchecked_remainder", "the file is longer than Deskmate reads"))
        strictest = LOCAL

    for label in scan.labels:
        route = policy.label_route(label)
        shown = label.name or label.id or "unnamed"
        if route == "blocked":
            reasons.append(Reason("label_blocked", f"label '{shown}' may not be processed"))
            return Decision(BLOCKED, tuple(reasons), sensitive=True)
        if route == "local":
            known = label.id in policy.label_routes or label.name.lower() in policy.label_routes
            kind = "label" if known else "label_unknown"
            reasons.append(Reason(kind, f"label '{shown}' keeps content on this laptop"))
            strictest = LOCAL

    kinds = sorted(scan.kinds)
    if kinds:
        counts = ", ".join(f"{k} x{sum(f.kind == k for f in scan.findings)}" for k in kinds)
        redactable = not (set(kinds) & _WHOLE_DOCUMENT) and set(kinds) <= policy.redactable
        if strictest == CLOUD and policy.redact_then_cloud and redactable:
            reasons.append(Reason("redaction", f"sensitive values will be replaced: {counts}"))
            strictest = CLOUD_REDACTED
        else:
            reasons.append(Reason("sensitive_content", f"sensitive content found: {counts}"))
            strictest = LOCAL
    sensitive = bool(kinds) or any(r.kind.startswith("label") for r in reasons)

    if strictest == LOCAL:
        return Decision(LOCAL, tuple(reasons), sensitive)
    endpoint = policy.endpoint_for(workflow)
    if policy.untrusted:
        reasons.append(Reason("policy_untrusted", policy.untrusted))
    elif not policy.cloud_enabled:
        reasons.append(Reason("cloud_disabled", "policy turns the cloud off"))
    elif endpoint is None:
        reasons.append(Reason("no_endpoint", f"no cloud endpoint is approved for {workflow}"))
    elif not has_key(endpoint.name):
        reasons.append(
            Reason(
                "no_key", f"no API key for '{endpoint.name}' (deskmate keys set {endpoint.name})"
            )
        )
    else:
        if not kinds:
            reasons.append(Reason("cleared", "no sensitive content found"))
        return Decision(strictest, tuple(reasons), sensitive, endpoint)
    return Decision(LOCAL, tuple(reasons), sensitive)
