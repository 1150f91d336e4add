"""Routing decisions: pure function of scan, policy, workflow and keys."""

from __future__ import annotations

from assistant.guard.policy import Policy
from assistant.guard.router import decide
from assistant.guard.sensitivity import Finding, Scan, SensitivityLabel
from local_models.cloud import Endpoint

ENDPOINT = Endpoint("corp", "openai", "https://api.example.com/v1", "m", ("summarize",))
POLICY = Policy(endpoints=(ENDPOINT,))


def finding(kind: str) -> Finding:
    return Finding(kind=kind, detector="x", location="line 1", start=0, end=4, score=0.9)


def route(scan: Scan, policy: Policy = POLICY, workflow: str = "summarize", key: bool = True, **kw):
    return decide(scan, policy, workflow, has_key=lambda name: key, **kw)


def test_clean_content_goes_to_the_approved_endpoint() -> None:
    decision = route(Scan())
    assert decision.route == "cloud" and decision.endpoint == ENDPOINT
    assert decision.reason_kinds == ("cleared",) and not decision.sensitive


def test_sensitive_content_stays_local() -> None:
    decision = route(Scan(findings=(finding("credit_card"),)))
    assert decision.route == "local" and decision.sensitive
    assert decision.reason_kinds == ("sensitive_content",)
    assert "credit_card x1" in decision.reasons[0].message


def test_cloud_needs_policy_endpoint_for_workflow_and_key() -> None:
    assert route(Scan(), policy=Policy()).reason_kinds == ("no_endpoint",)
    assert route(Scan(), workflow="label").route == "local"
    assert route(Scan(), key=False).reason_kinds == ("no_key",)
    off = Policy(endpoints=(ENDPOINT,), cloud_enabled=False)
    assert route(Scan(), policy=off).reason_kinds == ("cloud_disabled",)


def test_labels_route_by_name_or_id_and_unknown_stays_local() -> None:
    general = SensitivityLabel("mip", "87867195-f2b8-4ac2-b0b6-6bb73cb33afc", "General")
    assert route(Scan(labels=(general,))).route == "cloud"
    confidential = SensitivityLabel("mip", "x", "Confidential")
    assert route(Scan(labels=(confidential,))).reason_kinds == ("label",)
    unnamed = SensitivityLabel("mip", "3a9f8b2c-7d1e-4f60-9b2a-5c4d3e2f1a0b", "")
    assert route(Scan(labels=(unnamed,))).reason_kinds == ("label_unknown",)
    by_id = Policy(endpoints=(ENDPOINT,), label_routes={unnamed.id: "cloud"})
    assert route(Scan(labels=(unnamed,)), policy=by_id).route == "cloud"
    header = SensitivityLabel("sensitivity_header", "", "Private")
    assert route(Scan(labels=(header,))).route == "local"


def test_blocked_label() -> None:
    policy = Policy(endpoints=(ENDPOINT,), label_routes={"legal hold": "blocked"})
    decision = route(Scan(labels=(SensitivityLabel("mip", "", "Legal Hold"),)), policy=policy)
    assert decision.route == "blocked" and decision.reason_kinds == ("label_blocked",)


def test_fail_closed_on_errors_unreadable_parts_and_truncation() -> None:
    assert route(Scan(errors=("ner",))).reason_kinds == ("detector_error",)
    assert route(Scan(), unreadable=("docProps/custom.xml",)).route == "local"
    assert route(Scan(), truncated=True).route == "local"


def test_redaction_only_when_allowed_and_every_kind_redactable() -> None:
    redacting = Policy(endpoints=(ENDPOINT,), redact_then_cloud=True)
    scan = Scan(findings=(finding("email"), finding("person")))
    assert route(scan, policy=redacting).route == "cloud_redacted"
    assert route(scan).route == "local"  # not allowed by policy
    assert route(Scan(findings=(finding("secret"),)), policy=redacting).route == "local"
    assert route(Scan(findings=(finding("marking"),)), policy=redacting).route == "local"
    labelled = Scan(findings=scan.findings, labels=(SensitivityLabel("mip", "", "Confidential"),))
    assert route(labelled, policy=redacting).route == "local"
    assert route(scan, policy=redacting, key=False).route == "local"
