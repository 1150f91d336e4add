"""How many minutes a request saved, by workflow and input size.

Defaults follow published practice (sources in docs/time-saved.md); admins
change them in the policy's ``[time_saved]`` table. The estimate is
conservative: errors save nothing, the time the user waited for the model is
subtracted, and a result the user rejects counts zero in the metrics.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, fields
from typing import Any

COUNTED_OUTCOMES = ("ok", "fallback")


@dataclass(frozen=True)
class Baselines:
    summary_minutes: float = 6.0  # per summary: Microsoft Copilot Dashboard
    reading_wpm: float = 238.0  # average silent reading speed (Brysbaert, 2019)
    meeting_factor: float = 1.0  # share of a summarized meeting's length (Copilot counts all)
    email_seconds: float = 30.0  # triage time per email: "a few seconds to a minute"
    hourly_rate: float = 72.0  # USD, for "assisted value" (Copilot Dashboard default)

    @classmethod
    def from_table(cls, table: Mapping[str, Any]) -> Baselines:
        known = {f.name for f in fields(cls)}
        values = {}
        for key, value in table.items():
            if key not in known:
                raise ValueError(
                    f"unknown [time_saved] key {key!r}; known: {', '.join(sorted(known))}"
                )
            if isinstance(value, bool) or not isinstance(value, int | float) or value < 0:
                raise ValueError(f"[time_saved] {key} must be a number of 0 or more")
            values[key] = float(value)
        return cls(**values)


def minutes_saved(
    baselines: Baselines,
    *,
    workflow: str,
    outcome: str,
    latency_ms: int,
    words: int = 0,
    meeting_minutes: float = 0.0,
    emails: int = 0,
) -> float:
    """The estimate for one request, before the user's feedback."""
    if outcome not in COUNTED_OUTCOMES:
        return 0.0
    if workflow == "summarize":
        # Reading it would have taken words/wpm; a summary counts at most 6 minutes.
        manual = min(baselines.summary_minutes, words / baselines.reading_wpm)
    elif workflow == "notes":
        manual = meeting_minutes * baselines.meeting_factor
    elif workflow == "label":
        manual = emails * baselines.email_seconds / 60
    else:
        manual = 0.0
    return round(max(0.0, manual - latency_ms / 60000), 3)
