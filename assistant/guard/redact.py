"""Redact-then-cloud: replace sensitive values with placeholders, restore them after.

Each distinct value gets a numbered placeholder such as ``[EMAIL_1]``; the same
value always maps to the same placeholder within a request. ``restore`` puts
the values back into the model's answer, tolerating placeholders the model
altered a little (case, spacing, ``_``/``-``/space, other brackets). The
mapping lives only in this object; ``forget`` clears it::

    redaction = Redaction(text, scan.findings)
    answer = cloud.chat(... redaction.text ...)
    final = redaction.restore(answer.text)
    redaction.forget()
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from assistant.guard.sensitivity import Finding


class Redaction:
    def __init__(self, text: str, findings: Sequence[Finding]) -> None:
        self._values: dict[str, str] = {}  # placeholder -> original value
        by_value: dict[str, str] = {}  # value -> placeholder
        counters: dict[str, int] = {}
        for finding in _outermost(findings):
            value = text[finding.start : finding.end].strip()
            if not value or value in by_value:
                continue
            tag = finding.kind.upper()
            counters[tag] = counters.get(tag, 0) + 1
            placeholder = f"[{tag}_{counters[tag]}]"
            while placeholder in text:  # never collide with the document's own text
                counters[tag] += 1
                placeholder = f"[{tag}_{counters[tag]}]"
            by_value[value] = placeholder
            self._values[placeholder] = value
        # Every occurrence of a sensitive value is replaced, not only the spans the
        # detectors reported: a name found beside "salary" may appear again elsewhere.
        self.text = _replace_all(text, by_value)
        self._pattern = _restore_pattern(self._values)

    @property
    def count(self) -> int:
        return len(self._values)

    def restore(self, answer: str) -> str:
        if self._pattern is None:
            return answer
        lookup = {_norm(p): v for p, v in self._values.items()}

        def put_back(match: re.Match[str]) -> str:
            return lookup.get(_norm(match.group(0)), match.group(0))

        return self._pattern.sub(put_back, answer)

    def forget(self) -> None:
        self._values.clear()
        self._pattern = None


def _outermost(findings: Sequence[Finding]) -> list[Finding]:
    """Non-overlapping findings, preferring the longer of two that overlap."""
    chosen: list[Finding] = []
    for f in sorted(findings, key=lambda f: (f.start, -(f.end - f.start))):
        if chosen and f.start < chosen[-1].end:
            continue
        chosen.append(f)
    return chosen


def _replace_all(text: str, by_value: dict[str, str]) -> str:
    if not by_value:
        return text
    alternatives = []
    for value in sorted(by_value, key=len, reverse=True):
        left = r"(?<!\w)" if value[0].isalnum() else ""
        right = r"(?!\w)" if value[-1].isalnum() else ""
        alternatives.append(left + re.escape(value) + right)
    pattern = re.compile("|".join(alternatives))
    return pattern.sub(lambda m: by_value[m.group(0)], text)


def _norm(placeholder: str) -> str:
    return re.sub(r"[^A-Z0-9]", "", placeholder.upper())


def _restore_pattern(values: dict[str, str]) -> re.Pattern[str] | None:
    if not values:
        return None
    alternatives = []
    for placeholder in values:
        tag, _, number = placeholder.strip("[]").rpartition("_")
        words = r"[\s_-]*".join(re.escape(w) for w in tag.split("_"))
        alternatives.append(rf"[\[(<{{]?\s*{words}[\s_-]*{number}(?!\d)\s*[\])>}}]?")
    return re.compile("|".join(alternatives), re.IGNORECASE)
