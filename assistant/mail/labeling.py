"""Labeling one email: rules first, then the learned classifier, then the model.

1. Rules from the policy or taxonomy file (sender, domain, subject, header,
   keywords). Every matching rule adds its label; no model runs.
2. The classifier trained on the user's corrections, when it is confident.
3. The model, its output constrained by a JSON schema to the taxonomy's labels
   and the three priorities, so an invalid label cannot come back. Recent
   corrections are shown to it as examples.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from email.utils import parseaddr

from assistant.mail.classifier import Classifier
from assistant.mail.taxonomy import PRIORITIES, Taxonomy
from connectors.document import Document
from local_models.backend import Backend, Message

SYSTEM = "You sort workplace email into categories. Answer in JSON."
_BODY_CHARS = 1200
_URGENT = re.compile(r"(?i)\b(?:urgent|asap|immediately|today|action required|deadline)\b")
_LOW = {"Newsletter", "FYI"}
_HIGH = {"Action required", "Suspicious", "IT/Security"}


@dataclass(frozen=True)
class Labeling:
    labels: tuple[str, ...]
    priority: str
    reason: str
    method: str  # "rule", "classifier" or "model"
    tokens_in: int = 0
    tokens_out: int = 0


def by_rules(document: Document, taxonomy: Taxonomy) -> Labeling | None:
    matched = [rule for rule in taxonomy.rules if rule.matches(document)]
    if not matched:
        return None
    labels = tuple(dict.fromkeys(rule.label for rule in matched))
    given = next((rule.priority for rule in matched if rule.priority), None)
    reason = "rule: " + ", ".join(rule.describe() for rule in matched)
    return Labeling(labels, given or priority_for(document, labels), reason, "rule")


def by_classifier(document: Document, classifier: Classifier | None, taxonomy: Taxonomy):
    if classifier is None:
        return None
    label, confidence = classifier.predict(document)
    if confidence < classifier.threshold or label not in taxonomy.labels:
        return None
    reason = f"learned from your corrections ({confidence:.0%} sure)"
    return Labeling((label,), priority_for(document, (label,)), reason, "classifier")


def by_model(
    document: Document,
    backend: Backend,
    taxonomy: Taxonomy,
    examples: list[tuple[str, str]],
) -> Labeling:
    schema = {
        "type": "object",
        "properties": {
            "label": {"type": "string", "enum": list(taxonomy.labels)},
            "priority": {"type": "string", "enum": list(PRIORITIES)},
            "reason": {"type": "string", "maxLength": 90},
        },
        "required": ["label", "priority", "reason"],
    }
    shots = "".join(f"Subject: {subject} -> {label}\n" for subject, label in examples)
    prompt = (
        f"Categories: {', '.join(taxonomy.labels)}\n"
        + (f"Examples:\n{shots}" if shots else "")
        + f"\nEmail:\n{document.text[:_BODY_CHARS]}\n\n"
        "Pick the best category for this email, its priority (high, normal or low), "
        "and give a short reason."
    )
    messages: list[Message] = [
        {"role": "system", "content": SYSTEM},
        {"role": "user", "content": prompt},
    ]
    done = backend.chat(messages, max_tokens=96, temperature=0.0, json_schema=schema)
    label, priority, reason = _parse(done.text, taxonomy)
    return Labeling((label,), priority, reason, "model", done.tokens_in, done.tokens_out)


def _parse(text: str, taxonomy: Taxonomy) -> tuple[str, str, str]:
    """The model's answer; a reply cut off mid-JSON still yields its label."""
    try:
        data = json.loads(text)
        return data["label"], data["priority"], " ".join(str(data["reason"]).split())
    except (ValueError, KeyError, TypeError):
        found = next((label for label in taxonomy.labels if f'"{label}"' in text), None)
        priority = next((p for p in PRIORITIES if f'"{p}"' in text), "normal")
        return found or taxonomy.labels[0], priority, "model answer was cut off"


def priority_for(document: Document, labels: tuple[str, ...]) -> str:
    importance = document.headers.get("Importance", "").lower()
    x_priority = document.headers.get("X-Priority", "")[:1]
    if importance == "high" or x_priority in ("1", "2") or set(labels) & _HIGH:
        return "high"
    if _URGENT.search(document.title):
        return "high"
    if set(labels) <= _LOW or "List-Unsubscribe" in document.headers:
        return "low"
    return "normal"


def sender_of(document: Document) -> str:
    name, address = parseaddr(document.headers.get("From", ""))
    return name or address
