"""The check every request passes first: detect sensitive content, then route it.

result = check_document(document, policy, "summarize")
result.decision.route   # "local", "cloud", "cloud_redacted" or "blocked"
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

from assistant.guard.keys import get_key
from assistant.guard.policy import Policy, load_policy
from assistant.guard.router import Decision, decide
from assistant.guard.sensitivity import Scan, detect_many
from connectors import Document, read_document


@dataclass(frozen=True)
class CheckResult:
    scan: Scan
    decision: Decision

    def as_json(self) -> dict[str, object]:
        return {
            "route": self.decision.route,
            "sensitive": self.decision.sensitive,
            "findings": [f.as_json() for f in self.scan.findings],
            "labels": [label.as_json() for label in self.scan.labels],
            "reasons": [r.as_json() for r in self.decision.reasons],
            "event_id": None,  # a check alone is not a logged request
        }


def check_document(
    document: Document,
    policy: Policy,
    workflow: str,
    *,
    has_key: Callable[[str], bool] | None = None,
) -> CheckResult:
    """Detect sensitive content in a document (body and title) and route it."""
    return check_documents([document], policy, workflow, has_key=has_key)[0]


def check_documents(
    documents: list[Document],
    policy: Policy,
    workflow: str,
    *,
    has_key: Callable[[str], bool] | None = None,
) -> list[CheckResult]:
    """``check_document`` for many documents, their text detected in one batch."""
    titled = [d for d in documents if d.title and d.title not in d.text]  # e.g. docx properties
    scans = detect_many(
        [d.text for d in documents] + [d.title for d in titled],
        policy.detectors,
        labels=[d.labels for d in documents] + [() for _ in titled],
        locations=[None for _ in documents] + ["title" for _ in titled],
    )
    titles = dict(zip(map(id, titled), scans[len(documents) :], strict=True))
    results = []
    for document, scan in zip(documents, scans[: len(documents)], strict=True):
        title = titles.get(id(document))
        if title:
            scan = replace(
                scan, findings=scan.findings + title.findings, errors=scan.errors + title.errors
            )
        decision = decide(
            scan,
            policy,
            workflow,
            has_key=has_key or (lambda name: get_key(name) is not None),
            unreadable=document.unreadable,
            truncated=document.truncated,
        )
        results.append(CheckResult(scan, decision))
    return results


def check_file(
    path: Path,
    *,
    workflow: str = "summarize",
    policy_path: Path | None = None,
    policy: Policy | None = None,
) -> CheckResult:
    return check_document(
        read_document(path), policy if policy is not None else load_policy(policy_path), workflow
    )
