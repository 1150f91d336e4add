"""One status line on stderr for runs longer than 3 s: step, elapsed, estimate left.

with ProgressLine("Summarizing") as line:
    summarize_file(path, events=line)
"""

from __future__ import annotations

import sys
import threading
import time
from types import TracebackType

import click

from assistant.workflows.progress import ProgressEvent

SHOW_AFTER = 3.0  # seconds; shorter runs print nothing
TICK = 0.5

STAGES = {"selecting": "picking sentences", "writing": "model step", "done": "done"}


class ProgressLine:
    def __init__(self, label: str, enabled: bool | None = None) -> None:
        self.label = label
        self.enabled = sys.stderr.isatty() if enabled is None else enabled
        self.started = time.perf_counter()
        self.latest: ProgressEvent | None = None
        self.shown = False
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def __call__(self, event: ProgressEvent) -> None:
        self.latest = event

    def __enter__(self) -> ProgressLine:
        if self.enabled:
            self._thread.start()
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self._stop.set()
        if self.enabled:
            self._thread.join()
        if self.shown:
            click.echo("", err=True)

    def text(self, now: float | None = None) -> str:
        elapsed = (now or time.perf_counter()) - self.started
        event = self.latest
        if event is None:
            return f"{self.label}… {elapsed:.0f} s elapsed"
        step = STAGES.get(event.stage, event.stage)
        if event.total > 1:
            step = f"{step} {event.index} of {event.total}"
        left = event.estimate - (elapsed - event.elapsed)
        if left < 1:  # the step runs past its estimate (a busy machine): say so, not "0 s"
            return f"{self.label}: {step}, {elapsed:.0f} s elapsed, finishing this step"
        return f"{self.label}: {step}, {elapsed:.0f} s elapsed, about {left:.0f} s left"

    def _run(self) -> None:
        while not self._stop.wait(TICK):
            if time.perf_counter() - self.started >= SHOW_AFTER:
                click.echo(f"\r{self.text():<72}", err=True, nl=False)
                self.shown = True
