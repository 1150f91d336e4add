"""The one API every surface calls (CLI, local API, tray, watcher).

Each function runs a whole request: read the input, pick the backend, run the
workflow, write outputs, and append one content-free row to the usage log,
for failures too::

    result = summarize_file(Path("report.docx"), out=Path("report.summary.md"))
    print(result.summary.text, result.route, result.event_id)
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from assistant.errors import DeskmateError
from assistant.outputs import check_output, write_summary
from assistant.summarize import Progress, Summary, SummaryOptions, summarize
from assistant.usage import UsageEvent, UsageLog
from connectors import read_document
from local_models import Backend, LlamaBackend

LOCAL = "local"


@dataclass(frozen=True)
class SummaryResult:
    summary: Summary
    route: str
    event_id: str
    title: str
    out: Path | None = None

    def as_json(self) -> dict[str, object]:
        return {
            "summary": self.summary.text,
            "model": self.summary.model,
            "route": self.route,
            "tokens_in": self.summary.tokens_in,
            "tokens_out": self.summary.tokens_out,
            "seconds": self.summary.seconds,
        }


@dataclass
class _Request:
    """What one request reports to the usage log."""

    workflow: str
    route: str = LOCAL
    model: str = "none"
    input_words: int = 0
    tokens_in: int = 0
    tokens_out: int = 0
    event_id: str = field(default="")


@contextmanager
def _logged(workflow: str) -> Iterator[_Request]:
    request = _Request(workflow)
    started = time.perf_counter()
    outcome = "ok"
    try:
        yield request
    except DeskmateError as exc:
        outcome = exc.kind
        raise
    except BaseException:
        outcome = "internal"
        raise
    finally:
        log = UsageLog.open()
        try:
            request.event_id = log.record(
                UsageEvent(
                    workflow=workflow,
                    route=request.route,
                    model=request.model,
                    input_words=request.input_words,
                    tokens_in=request.tokens_in,
                    tokens_out=request.tokens_out,
                    latency_ms=round((time.perf_counter() - started) * 1000),
                    outcome=outcome,
                )
            )
        finally:
            log.close()


def local_backend(model: str | None = None) -> Backend:
    return LlamaBackend.for_model(model)


def summarize_file(
    path: Path,
    *,
    model: str | None = None,
    options: SummaryOptions | None = None,
    out: Path | None = None,
    overwrite: bool = False,
    progress: Progress | None = None,
) -> SummaryResult:
    """Summarize a file on the local model; optionally write a .docx or .md."""
    with _logged("summarize") as request:
        if out is not None:
            check_output(out, source=path, overwrite=overwrite)
        document = read_document(path)
        request.input_words = document.words
        backend = local_backend(model)
        request.model = backend.name
        summary = summarize(document, backend, options, progress)
        request.tokens_in, request.tokens_out = summary.tokens_in, summary.tokens_out
        title = document.title or path.stem
        if out is not None:
            write_summary(
                out, title=title, bullets=summary.bullets, model=summary.model, route=LOCAL
            )
    return SummaryResult(summary, LOCAL, request.event_id, title, out)
