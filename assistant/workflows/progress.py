"""Progress with elapsed time and an estimate, for the CLI line and the pane's stream.

Workflows take the old ``progress(index, total)`` callback, still called as
before, and an optional ``events`` callback that receives a ``ProgressEvent``
with the stage, the seconds elapsed and an estimate of the seconds left::

    summarize(doc, backend, events=lambda e: print(e.as_json()))
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

Progress = Callable[[int, int], None]
DEFAULT_STEP_SECONDS = 1.5  # a model step on 2 cores, until one has been measured


@dataclass(frozen=True)
class ProgressEvent:
    stage: str  # "selecting", "writing" (the model's fenced steps), "done"
    index: int
    total: int
    elapsed: float
    estimate: float  # seconds left, 0 when done

    def as_json(self) -> dict[str, object]:
        return {
            "stage": self.stage,
            "index": self.index,
            "total": self.total,
            "elapsed": round(self.elapsed, 2),
            "estimate": round(self.estimate, 2),
        }


Events = Callable[[ProgressEvent], None]


class Tracker:
    """Counts steps; the estimate is the steps left times the mean step so far."""

    def __init__(self, progress: Progress | None = None, events: Events | None = None) -> None:
        self.started = time.perf_counter()
        self._progress = progress
        self._events = events
        self._step_started: float | None = None
        self._step_seconds: list[float] = []

    @property
    def elapsed(self) -> float:
        return time.perf_counter() - self.started

    def step(self, stage: str, index: int, total: int) -> None:
        """Step ``index`` of ``total`` is starting."""
        now = time.perf_counter()
        if self._step_started is not None:
            self._step_seconds.append(now - self._step_started)
        self._step_started = now
        if self._progress:
            self._progress(index, total)
        per_step = (
            sum(self._step_seconds) / len(self._step_seconds)
            if self._step_seconds
            else DEFAULT_STEP_SECONDS
        )
        self._emit(stage, index, total, per_step * (total - index + 1))

    def done(self) -> None:
        self._emit("done", 1, 1, 0.0)

    def _emit(self, stage: str, index: int, total: int, estimate: float) -> None:
        if self._events:
            self._events(ProgressEvent(stage, index, total, self.elapsed, estimate))
