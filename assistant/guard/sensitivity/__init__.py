"""Sensitivity detection: a pure function from text and labels to findings.

    scan = detect(text, labels, DetectorConfig())
    if scan.findings or scan.errors: ...   # the router decides what that means
    scans = detect_many([text, title], config, locations=[None, "title"])

``detect_many`` is ``detect`` for several texts: their personal-context
passages go through NER in one batch, which is what keeps many small
documents fast. ``detect`` is ``detect_many`` of one text.

No I/O beyond loading detector libraries. A detector that fails is named in
``Scan.errors`` rather than raising, so the router can fail closed.
"""

from __future__ import annotations

import os
import traceback
from collections.abc import Callable, Iterable, Sequence

from assistant.guard.sensitivity import topic
from assistant.guard.sensitivity.config import DETECTORS, DetectorConfig
from assistant.guard.sensitivity.findings import Finding, LineIndex, Scan, mask
from assistant.guard.sensitivity.keywords import find_emails, find_triggers
from assistant.guard.sensitivity.numbers import find_numbers
from assistant.guard.sensitivity.people import PeopleQuery, find_names
from assistant.guard.sensitivity.secrets import find_secrets
from assistant.guard.sensitivity.tables import find_tables
from connectors.document import SensitivityLabel

__all__ = [
    "DETECTORS",
    "DetectorConfig",
    "Finding",
    "SensitivityLabel",
    "Scan",
    "detect",
    "detect_many",
    "mask",
]

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
    "ip_address": "pii.ip",
    "driver_license": "pii.driver_license",
    "personal_table": "structure.table",
    "topic": "topic.classifier",
}


def detect(
    text: str,
    labels: Sequence[SensitivityLabel] = (),
    config: DetectorConfig | None = None,
    *,
    location: str | None = None,
) -> Scan:
    """Find sensitive content in ``text``; ``labels`` come from the file's metadata.

    ``location`` names where the text came from (for example ``subject``); by
    default findings are located by line.
    """
    return detect_many([text], config, labels=[labels], locations=[location])[0]


def detect_many(
    texts: Sequence[str],
    config: DetectorConfig | None = None,
    *,
    labels: Sequence[Sequence[SensitivityLabel]] | None = None,
    locations: Sequence[str | None] | None = None,
) -> list[Scan]:
    """``detect`` for each of ``texts`` (with its ``labels`` and ``location``)."""
    config = config or DetectorConfig()
    work = [_Work(text) for text in texts]
    for item in work:
        item.patterns(config)
    if config.on("topic"):
        _classify_topics(work)
    asking = [item for item in work if item.people]
    try:
        names = iter(find_names([p for item in asking for p in item.passages]))
    except Exception:
        for item in asking:
            item.failed("ner")
    else:
        for item in asking:
            item.answer([next(names) for _ in item.passages])
    return [
        Scan(
            findings=tuple(_findings(item.text, item.hits, config, location)),
            labels=tuple(label),
            errors=tuple(item.errors),
        )
        for item, label, location in zip(
            work, labels or [()] * len(texts), locations or [None] * len(texts), strict=True
        )
    ]


def _classify_topics(work: list[_Work]) -> None:
    """The topic classifier over every text that has personal-context words, in one batch."""
    asking = [item for item in work if topic.wanted(item.text, item.contexts)]
    try:
        probabilities = topic.classify([topic.sample(i.text, i.contexts) for i in asking])
    except Exception:
        for item in asking:
            item.failed("topic")
        return
    for item, probability in zip(asking, probabilities, strict=True):
        item.hits.extend(topic.hits(probability))


class _Work:
    """One text on its way through the detectors. A detector that raises is
    named in ``errors``: a broken detector must not let content through."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.hits: list[Hit] = []
        self.errors: list[str] = []
        self.people: PeopleQuery | None = None
        self.contexts: list[tuple[int, int, bool]] = []  # personal-context words

    def failed(self, name: str) -> None:
        self.errors.append(name)
        _debug_trace()

    def run(self, name: str, find: Callable[[], Iterable[Hit]]) -> None:
        try:
            self.hits.extend(find())
        except Exception:
            self.failed(name)

    @property
    def passages(self) -> list[str]:
        return self.people.passages if self.people else []

    def answer(self, names: list[list[tuple[int, int]]]) -> None:
        people = self.people
        if people:
            self.run("ner", lambda: people.hits(names))

    def patterns(self, config: DetectorConfig) -> None:
        """Everything but NER; prepares the NER question in ``people``."""
        text = self.text
        if config.on("email"):
            self.run("email", lambda: find_emails(text))
        self.run("numbers", lambda: find_numbers(text, config))
        if config.on("personal_table"):
            self.run("tables", lambda: find_tables(text))
        try:
            triggers = find_triggers(text, config)
        except Exception:
            self.failed("keywords")
            return
        self.hits.extend(triggers.hits)
        self.contexts = triggers.context
        if config.on("secret"):
            self.run("secrets", lambda: find_secrets(text, triggers.secret_lines))
        always = config.names == "always" and config.on("person")
        if (config.on("person") or config.on("health")) and (triggers.context or always):
            try:
                self.people = PeopleQuery(text, triggers.context, config)
            except Exception:
                self.failed("ner")


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
