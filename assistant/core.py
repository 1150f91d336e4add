"""The one API every surface calls (CLI, local API, tray, watcher).

Each function runs a whole request: read the input, check it (``guard``), run
the workflow where the decision says (``requests.run_routed``), write outputs,
and append one content-free row to the usage log, failures included::

    result = summarize_file(Path("report.docx"), out=Path("report.summary.md"))
    print(result.summary.text, result.decision.route, result.event_id)

Every function takes an optional ``policy`` (else the one on disk, loaded once)
and ``backend`` (else the laptop's model), so tests and surfaces can inject them.
Email triage lives in ``assistant.mail.triage`` and is re-exported here.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

from assistant.guard.check import CheckResult, check_document, check_documents, check_file
from assistant.guard.policy import Policy
from assistant.guard.router import CLOUD_REDACTED, Decision
from assistant.mail.triage import (
    MessageResult,
    correct_label,
    forget_labels,
    label_mail,
    label_message,
    teacher_agreement,
    train_labels,
)
from assistant.outputs.write import check_output, summary_stamp, write_notes, write_summary
from assistant.requests import Request, local_backend, logged_request, resolve_policy, run_routed
from assistant.usage.log import UsageLog
from assistant.workflows.notes import MeetingNotes, make_notes, transcript_from
from assistant.workflows.progress import Events
from assistant.workflows.summarize import Progress, Summary, SummaryOptions, summarize
from assistant.workflows.thread_questions import ThreadSummary, thread_of
from connectors import Document, read_document
from connectors.transcripts import Transcript, parse_transcript, read_transcript
from deskmate_base.errors import FileMissingError
from local_models import Backend

__all__ = [
    "CheckResult", "MessageResult", "NotesResult", "SummaryResult", "check_document",
    "check_documents", "check_file", "correct_label", "forget_labels", "give_feedback",
    "label_mail", "label_message", "local_backend", "notes_file", "notes_text",
    "summarize_document", "summarize_file", "teacher_agreement", "train_labels",
]  # fmt: skip

WORDS_PER_PAGE = 500  # an estimate for the usage log's page count


def _reasons(decision: Decision) -> list[dict[str, str]]:
    return [r.as_json() for r in decision.reasons]


@dataclass(frozen=True)
class SummaryResult:
    summary: Summary
    decision: Decision
    event_id: str
    title: str
    out: Path | None = None
    lost: tuple[str, ...] = ()  # what an --insert copy could not keep (charts, images)
    thread: ThreadSummary | None = None  # for an email with quoted replies

    @property
    def route(self) -> str:
        return self.decision.route

    def as_json(self) -> dict[str, object]:
        data: dict[str, object] = {
            "summary": self.summary.text,
            "bullets": list(self.summary.bullets),
            "kinds": list(self.summary.kinds),
            "unverified": list(self.summary.unverified),  # indices into bullets
            "model": self.summary.model,
            "route": self.route,
            "reasons": _reasons(self.decision),
            "event_id": self.event_id,
            "tokens_in": self.summary.tokens_in,
            "tokens_out": self.summary.tokens_out,
            "seconds": self.summary.seconds,
        }
        if self.thread is not None:
            data["thread"] = self.thread.as_json()
        return data


@dataclass(frozen=True)
class NotesResult:
    notes: MeetingNotes
    decision: Decision
    event_id: str
    title: str
    out: Path | None = None

    def as_json(self) -> dict[str, object]:
        return {
            **self.notes.as_json(self.decision.route),
            "reasons": _reasons(self.decision),
            "event_id": self.event_id,
        }


def _summarize(
    request: Request,
    document: Document,
    model: str | None,
    options: SummaryOptions | None,
    progress: Progress | None,
    on_token: Callable[[str], None] | None = None,
    backend: Backend | None = None,
    events: Events | None = None,
) -> tuple[Summary, Decision]:
    request.input_words = document.words
    request.input_pages = -(-document.words // WORDS_PER_PAGE)
    check = check_document(document, request.policy, "summarize")
    if check.decision.route == CLOUD_REDACTED:
        on_token = None  # tokens would show placeholders before they are restored
    summary, decision = run_routed(
        document,
        check,
        request,
        model=model,
        backend=backend,
        run=lambda doc, b: summarize(doc, b, options, progress, on_token, events),
        restore=lambda s, red: replace(s, bullets=tuple(red.restore(b) for b in s.bullets)),
    )
    request.tokens_in, request.tokens_out = summary.tokens_in, summary.tokens_out
    return summary, decision


def summarize_document(
    document: Document,
    *,
    surface: str,
    model: str | None = None,
    options: SummaryOptions | None = None,
    policy_path: Path | None = None,
    on_token: Callable[[str], None] | None = None,
    policy: Policy | None = None,
    backend: Backend | None = None,
    progress: Progress | None = None,
    events: Events | None = None,
) -> SummaryResult:
    """Summarize text that a surface (the add-in pane, the API) already holds.
    ``events`` receives a ``ProgressEvent`` (step, elapsed, estimate) per step."""
    with logged_request("summarize", surface, policy=policy, policy_path=policy_path) as request:
        summary, decision = _summarize(
            request, document, model, options, progress, on_token, backend, events
        )
        request.detail = (document.title, "\n".join(summary.marked))
    return SummaryResult(summary, decision, request.event_id, document.title, None, (), None)


def summarize_file(
    path: Path,
    *,
    model: str | None = None,
    options: SummaryOptions | None = None,
    out: Path | None = None,
    overwrite: bool = False,
    progress: Progress | None = None,
    policy_path: Path | None = None,
    insert: bool = False,
    surface: str = "cli",
    policy: Policy | None = None,
    backend: Backend | None = None,
    events: Events | None = None,
) -> SummaryResult:
    """Summarize a file where policy allows.

    ``out`` writes the summary to a .docx or .md. ``insert`` writes a copy of a
    .docx or .xlsx with the summary added at the top (``FILE.summary.docx``, or
    ``out`` when given); the original is never modified.
    """
    from assistant.outputs.insert import check_insertable, default_copy, insert_summary

    if insert:
        out = out or default_copy(path)
        check_insertable(path, out)
    with logged_request("summarize", surface, policy=policy, policy_path=policy_path) as request:
        if out is not None:
            check_output(
                out, source=path, overwrite=overwrite, allowed=(path.suffix,) if insert else None
            )
        document = read_document(path)
        summary, decision = _summarize(
            request, document, model, options, progress, None, backend, events
        )
        title = document.title or path.stem
        request.detail = (title, "\n".join(summary.marked))
        lost: tuple[str, ...] = ()
        if out is not None and insert:
            stamp = summary_stamp(summary.model, decision.route)
            lost = insert_summary(path, out, summary.marked, stamp).lost
        elif out is not None:
            write_summary(
                out, title=title, bullets=summary.marked, model=summary.model, route=decision.route
            )
    return SummaryResult(summary, decision, request.event_id, title, out, lost, thread_of(document))


def _notes(
    request: Request,
    transcript: Transcript,
    model: str | None,
    max_tokens: int,
    progress: Progress | None,
    backend: Backend | None,
    events: Events | None = None,
) -> tuple[MeetingNotes, Decision]:
    document = transcript.as_document()
    request.input_words = transcript.words
    request.input_minutes = transcript.duration_minutes
    check = check_document(document, request.policy, "notes")
    notes, decision = run_routed(
        document,
        check,
        request,
        model=model,
        backend=backend,
        run=lambda doc, b: make_notes(
            transcript_from(doc, transcript),
            b,
            max_tokens=max_tokens,
            progress=progress,
            events=events,
        ),
        restore=lambda n, red: n.restored(red.restore),
    )
    request.tokens_in, request.tokens_out = notes.tokens_in, notes.tokens_out
    return notes, decision


def notes_text(
    text: str,
    *,
    title: str = "",
    surface: str,
    max_tokens: int = 160,
    model: str | None = None,
    policy: Policy | None = None,
    backend: Backend | None = None,
    events: Events | None = None,
) -> NotesResult:
    """Notes from a transcript a surface already holds ("Name: words" lines)."""
    with logged_request("notes", surface, policy=policy) as request:
        transcript = parse_transcript(text, title)
        notes, decision = _notes(request, transcript, model, max_tokens, None, backend, events)
        request.detail = (title, notes.summary)
    return NotesResult(notes, decision, request.event_id, title)


def notes_file(
    path: Path,
    *,
    model: str | None = None,
    out: Path | None = None,
    overwrite: bool = False,
    max_tokens: int = 160,
    progress: Progress | None = None,
    policy_path: Path | None = None,
    surface: str = "cli",
    policy: Policy | None = None,
    backend: Backend | None = None,
    events: Events | None = None,
) -> NotesResult:
    """Structured notes from a .vtt, .srt, .docx, .txt or .md transcript."""
    with logged_request("notes", surface, policy=policy, policy_path=policy_path) as request:
        if out is not None:
            check_output(out, source=path, overwrite=overwrite)
        transcript = read_transcript(path)
        notes, decision = _notes(request, transcript, model, max_tokens, progress, backend, events)
        title = transcript.title or path.stem
        request.detail = (title, notes.summary)
        result = NotesResult(notes, decision, request.event_id, title, out)
        if out is not None:
            write_notes(out, result.as_json(), title=title)
    return replace(result, event_id=request.event_id)


def give_feedback(event_id: str, verdict: str, *, policy: Policy | None = None) -> str:
    """Mark a result accepted or rejected ("last" means the newest event).

    A rejected result counts zero in the hours-saved metrics.
    """
    feedback = {"accept": "accepted", "reject": "rejected", "clear": "none"}[verdict]
    log = UsageLog.open(salt=resolve_policy(policy).usage_salt)
    try:
        target = log.last_event_id() if event_id == "last" else event_id
        if target is None or not log.set_feedback(target, feedback):
            raise FileMissingError(
                f"no request with id '{event_id}' in the usage log; ids are in --json output"
            )
    finally:
        log.close()
    return target
