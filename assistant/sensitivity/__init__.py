"""Sensitivity detection: a pure function from text and labels to findings.

    scan = detect(text, labels, DetectorConfig())
    if scan.findings or scan.errors: ...   # the router decides what that means

No I/O beyond loading detector libraries. A detector that fails is named in
``Scan.errors`` rather than raising, so the router can fail closed.
"""

from __future__ import annotations

import os
import traceback
from collections.abc import Iterable, Sequence

from assistant.sensitivity.config import DETECTORS, DetectorConfig
from assistant.sensitivity.findings import Finding, LineIndex, Scan, mask
from assistant.sensitivity.keywords import find_emails, find_triggers
from assistant.sensitivity.numbers import find_numbers
from assistant.sensitivity.people import find_people
from assistant.sensitivity.secrets import find_secrets
from connectors.document import Label

__all__ = ["DETECTORS", "DetectorConfig", "Finding", "Label", "Scan", "detect", "mask"]

Hit = tuple[str, int, int, float]

_DETECTOR_NAMES = {
    "email": "pii.email",
    "phone": "pii.phone",
    "credit_card": "pii.card",
    "iban": "pii.iban",
    "national_id": "pii.national_id",
    "passport": "pii.passport",
    "bank_account": "pii.bank",
    "date_of_birth": "pii.dob",
    "street_address": "pii.address",
    "person": "ner.person",
    "health": "ner.health",
    "secret": "secrets",
    "marking": "markings",
    "org_term": "org_terms",
}


def detect(
    text: str,
    labels: Sequence[Label] = (),
    config: DetectorConfig | None = None,
    *,
    location: str | None = None,
) -> Scan:
    """Find sensitive content in ``text``; ``labels`` come from the file's metadata.

    ``location`` names where the text came from (for example ``subject``); by
    default findings are located by line.
    """
    config = config or DetectorConfig()
    hits: list[Hit] = []
    errors: list[str] = []

    def run(name: str, found: Iterable[Hit]) -> None:
        try:
            hits.extend(found)
        except Exception:  # a broken detector must not let content through
            errors.append(name)
            _debug_trace()

    if config.on("email"):
        run("email", find_emails(text))
    run("numbers", find_numbers(text, config))
    triggers = None
    try:
        triggers = find_triggers(text, config)
    except Exception:
        errors.append("keywords")
        _debug_trace()
    if triggers is not None:
        hits.extend(triggers.hits)
        if config.on("secret"):
            run("secrets", find_secrets(text, triggers.secret_lines))
        if config.on("person") or config.on("health"):
            run("ner", find_people(text, triggers.context, config))
    return Scan(
        findings=tuple(_findings(text, hits, config, location)),
        labels=tuple(labels),
        errors=tuple(errors),
    )


def _findings(
    text: str, hits: list[Hit], config: DetectorConfig, location: str | None
) -> list[Finding]:
    lines = LineIndex(text) if hits and location is None else None
    seen: set[tuple[str, int, int]] = set()
    out = []
    for kind, start, end, score in sorted(hits, key=lambda h: (h[1], h[2])):
        if score < config.min_score or (kind, start, end) in seen:
            continue
        seen.add((kind, start, end))
        out.append(
            Finding(
                kind=kind,
                detector=_DETECTOR_NAMES[kind],
                location=location or (lines.location(start) if lines else ""),
                start=start,
                end=end,
                score=score,
                preview=mask(text[start:end]),
            )
        )
    return out


def _debug_trace() -> None:
    """With DESKMATE_DEBUG=1, show why a detector failed (on stderr, never logged)."""
    if os.environ.get("DESKMATE_DEBUG") == "1":
        traceback.print_exc()
