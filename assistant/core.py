"""The one API every surface calls (CLI, local API, tray, watcher).

Each function runs a whole request: read the input, check it for sensitive
content, route it (local, cloud, cloud with redaction, or blocked), run the
workflow, write outputs, and append one content-free row to the usage log,
failures included::

    result = summarize_file(Path("report.docx"), out=Path("report.summary.md"))
    print(result.summary.text, result.decision.route, result.event_id)
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TypeVar

from assistant.errors import BlockedError, CloudError, DeskmateError
from assistant.keys import get_key
from assistant.notes import MeetingNotes, make_notes, transcript_from
from assistant.outputs import check_output, summary_stamp, write_notes, write_summary
from assistant.policy import Policy, load_policy
from assistant.redact import Redaction
from assistant.router import BLOCKED, CLOUD_REDACTED, LOCAL, Decision, Reason, decide
from assistant.sensitivity import Scan, detect_many
from assistant.summarize import Progress, Summary, SummaryOptions, summarize
from assistant.threads import ThreadSummary, thread_of
from assistant.time_saved import minutes_saved
from assistant.usage import UsageEvent, UsageLog, identifier
from connectors import Document, read_document
from connectors.cloud import CloudBackend
from connectors.mailbox import MailItem
from connectors.transcripts import Transcript, parse_transcript, read_transcript
from local_models import Backend, LlamaBackend

T = TypeVar("T")
WORDS_PER_PAGE = 500  # an estimate for the usage log's page count


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
        }


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
            "model": self.summary.model,
            "route": self.route,
            "tokens_in": self.summary.tokens_in,
            "tokens_out": self.summary.tokens_out,
            "seconds": self.summary.seconds,
            "event_id": self.event_id,
        }
        if self.thread is not None:
            data["thread"] = self.thread.as_json()
        return data


@dataclass
class _Request:
    """What one request reports to the usage log."""

    workflow: str
    surface: str = "cli"
    policy: Policy | None = None
    route: str = LOCAL
    reasons: tuple[str, ...] = ()
    model: str = "none"
    input_words: int = 0
    input_pages: int = 0
    input_emails: int = 0
    input_minutes: float = 0.0
    tokens_in: int = 0
    tokens_out: int = 0
    outcome: str = "ok"
    event_id: str = field(default="")
    # Title and result preview for the user's opt-in history; never logged.
    detail: tuple[str, str] | None = None


@contextmanager
def _logged(workflow: str, surface: str = "cli") -> Iterator[_Request]:
    request = _Request(workflow, surface)
    started = time.perf_counter()
    try:
        yield request
    except DeskmateError as exc:
        request.outcome = exc.kind
        raise
    except BaseException:
        request.outcome = "internal"
        raise
    finally:
        policy = request.policy or Policy()
        latency_ms = round((time.perf_counter() - started) * 1000)
        saved = minutes_saved(
            policy.baselines,
            workflow=workflow,
            outcome=request.outcome,
            latency_ms=latency_ms,
            words=request.input_words,
            meeting_minutes=request.input_minutes,
            emails=request.input_emails,
        )
        log = UsageLog.open(salt=policy.usage_salt)
        try:
            request.event_id = log.record(
                UsageEvent(
                    workflow=workflow,
                    route=request.route,
                    reasons=",".join(request.reasons),
                    model=request.model,
                    input_words=request.input_words,
                    input_pages=request.input_pages,
                    input_emails=request.input_emails,
                    input_minutes=request.input_minutes,
                    tokens_in=request.tokens_in,
                    tokens_out=request.tokens_out,
                    latency_ms=latency_ms,
                    outcome=request.outcome,
                    surface=surface,
                    policy_version=identifier(policy.version),
                    minutes_saved=saved,
                )
            )
        finally:
            log.close()
        if request.detail is not None and request.outcome in ("ok", "fallback"):
            from assistant.history import remember

            remember(request.event_id, *request.detail)


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


def check_file(path: Path, *, workflow: str = "summarize", policy_path: Path | None = None):
    return check_document(read_document(path), load_policy(policy_path), workflow)


def local_backend(model: str | None = None) -> Backend:
    return LlamaBackend.for_model(model)


def _routed(
    document: Document,
    check: CheckResult,
    policy: Policy,
    request: _Request,
    model: str | None,
    run: Callable[[Document, Backend], T],
    restore: Callable[[T, Redaction], T],
) -> tuple[T, Decision]:
    """Run ``run`` where the decision says, redacting and falling back as policy allows."""
    decision = check.decision
    request.route, request.reasons = decision.route, decision.reason_kinds
    if decision.route == BLOCKED:
        raise BlockedError(
            f"policy does not allow processing this file: {decision.reasons[-1].message}"
        )
    if decision.route != LOCAL and decision.endpoint is not None:
        key = get_key(decision.endpoint.name) or ""
        cloud = CloudBackend(decision.endpoint, key)
        request.model = cloud.name
        redaction = None
        sent = document
        if decision.route == CLOUD_REDACTED:
            body = [f for f in check.scan.findings if f.location != "title"]
            redaction = Redaction(document.text, body)
            has_title_findings = len(body) != len(check.scan.findings)
            sent = replace(
                document, text=redaction.text, title="" if has_title_findings else document.title
            )
        try:
            result = run(sent, cloud)
            return (restore(result, redaction) if redaction else result), decision
        except CloudError as exc:
            if not policy.fallback_to_local:
                raise
            decision = replace(
                decision,
                route=LOCAL,
                reasons=decision.reasons + (Reason("cloud_failed", f"{exc}; ran locally instead"),),
            )
            request.route, request.reasons = LOCAL, decision.reason_kinds
            request.outcome = "fallback"
        finally:
            if redaction:
                redaction.forget()
    backend = local_backend(model)
    request.model = backend.name
    return run(document, backend), decision


def _summarize(
    request: _Request,
    document: Document,
    policy: Policy,
    model: str | None,
    options: SummaryOptions | None,
    progress: Progress | None,
    on_token: Callable[[str], None] | None = None,
) -> tuple[Summary, Decision]:
    request.input_words = document.words
    request.input_pages = -(-document.words // WORDS_PER_PAGE)
    check = check_document(document, policy, "summarize")
    if check.decision.route == CLOUD_REDACTED:
        on_token = None  # tokens would show placeholders before they are restored
    summary, decision = _routed(
        document,
        check,
        policy,
        request,
        model,
        run=lambda doc, backend: summarize(doc, backend, options, progress, on_token),
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
) -> SummaryResult:
    """Summarize text that a surface (the add-in pane, the API) already holds."""
    with _logged("summarize", surface) as request:
        policy = request.policy = load_policy(policy_path)
        summary, decision = _summarize(request, document, policy, model, options, None, on_token)
        request.detail = (document.title, "\n".join(summary.bullets))
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
) -> SummaryResult:
    """Summarize a file where policy allows.

    ``out`` writes the summary to a .docx or .md. ``insert`` writes a copy of a
    .docx or .xlsx with the summary added at the top (``FILE.summary.docx``, or
    ``out`` when given); the original is never modified.
    """
    from assistant.insert import check_insertable, default_copy, insert_summary

    if insert:
        out = out or default_copy(path)
        check_insertable(path, out)
    with _logged("summarize", surface) as request:
        if out is not None:
            check_output(
                out, source=path, overwrite=overwrite, allowed=(path.suffix,) if insert else None
            )
        policy = request.policy = load_policy(policy_path)
        document = read_document(path)
        summary, decision = _summarize(request, document, policy, model, options, progress)
        title = document.title or path.stem
        request.detail = (title, "\n".join(summary.bullets))
        lost: tuple[str, ...] = ()
        if out is not None and insert:
            stamp = summary_stamp(summary.model, decision.route)
            lost = insert_summary(path, out, summary.bullets, stamp).lost
        elif out is not None:
            write_summary(
                out, title=title, bullets=summary.bullets, model=summary.model, route=decision.route
            )
    return SummaryResult(summary, decision, request.event_id, title, out, lost, thread_of(document))


@dataclass(frozen=True)
class NotesResult:
    notes: MeetingNotes
    decision: Decision
    event_id: str
    title: str
    out: Path | None = None

    def as_json(self) -> dict[str, object]:
        return {**self.notes.as_json(self.decision.route), "event_id": self.event_id}


def _notes(
    request: _Request,
    transcript: Transcript,
    policy: Policy,
    model: str | None,
    max_tokens: int,
    progress: Progress | None,
) -> tuple[MeetingNotes, Decision]:
    document = transcript.as_document()
    request.input_words = transcript.words
    request.input_minutes = transcript.duration_minutes
    check = check_document(document, policy, "notes")
    notes, decision = _routed(
        document,
        check,
        policy,
        request,
        model,
        run=lambda doc, backend: make_notes(
            transcript_from(doc, transcript), backend, max_tokens=max_tokens, progress=progress
        ),
        restore=lambda n, red: n.restored(red.restore),
    )
    request.tokens_in, request.tokens_out = notes.tokens_in, notes.tokens_out
    return notes, decision


def notes_text(
    text: str, *, title: str = "", surface: str, max_tokens: int = 160, model: str | None = None
) -> NotesResult:
    """Notes from a transcript a surface already holds ("Name: words" lines)."""
    with _logged("notes", surface) as request:
        policy = request.policy = load_policy()
        notes, decision = _notes(
            request, parse_transcript(text, title), policy, model, max_tokens, None
        )
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
) -> NotesResult:
    """Structured notes from a .vtt, .srt, .docx, .txt or .md transcript."""
    with _logged("notes", surface) as request:
        if out is not None:
            check_output(out, source=path, overwrite=overwrite)
        policy = request.policy = load_policy(policy_path)
        transcript = read_transcript(path)
        notes, decision = _notes(request, transcript, policy, model, max_tokens, progress)
        title = transcript.title or path.stem
        request.detail = (title, notes.summary)
        result = NotesResult(notes, decision, request.event_id, title, out)
        if out is not None:
            write_notes(out, result.as_json(), title=title)
    return replace(result, event_id=request.event_id)


@dataclass(frozen=True)
class MessageResult:
    message_id: str
    source: str
    date: str = ""
    sender: str = ""
    subject: str = ""
    labels: tuple[str, ...] = ()
    priority: str = ""
    reason: str = ""
    method: str = ""
    route: str = ""
    error: str | None = None
    event_id: str = ""

    def as_json(self) -> dict[str, object]:
        return {
            "message_id": self.message_id,
            "source": self.source,
            "date": self.date,
            "sender": self.sender,
            "subject": self.subject,
            "labels": list(self.labels),
            "priority": self.priority,
            "reason": self.reason,
            "method": self.method,
            "route": self.route,
            "error": self.error,
        }


def label_mail(
    path: Path,
    *,
    taxonomy_path: Path | None = None,
    policy_path: Path | None = None,
    model: str | None = None,
    progress: Callable[[int], None] | None = None,
    surface: str = "cli",
) -> list[MessageResult]:
    """Label every message in an .eml, a folder, an .mbox or a .msg.

    A message that cannot be read comes back with ``error`` set; the rest are
    still labeled. One usage event is logged per message.
    """
    from connectors.mailbox import read_mailbox

    return _label_items(
        read_mailbox(path),
        taxonomy_path=taxonomy_path,
        policy_path=policy_path,
        model=model,
        progress=progress,
        surface=surface,
    )


def label_message(data: bytes, *, surface: str, model: str | None = None) -> MessageResult:
    """Label one message that a surface holds, as RFC 822 bytes."""
    from connectors.mailbox import mail_item

    (result,) = _label_items([mail_item(data, "message")], model=model, surface=surface)
    if result.error:
        from assistant.errors import CorruptFileError

        raise CorruptFileError(result.error)
    return result


def _label_items(
    items: Iterable[MailItem],
    *,
    taxonomy_path: Path | None = None,
    policy_path: Path | None = None,
    model: str | None = None,
    progress: Callable[[int], None] | None = None,
    surface: str = "cli",
) -> list[MessageResult]:
    from assistant.label_classifier import classifier_path, load
    from assistant.label_store import LabelStore
    from assistant.labeling import by_classifier, by_model, by_rules, sender_of
    from assistant.taxonomy import load_taxonomy_file

    policy = load_policy(policy_path)
    taxonomy = load_taxonomy_file(taxonomy_path) if taxonomy_path else policy.taxonomy
    classifier = load(classifier_path())
    store = LabelStore.open()
    examples = [(s, label) for s, label in store.examples() if label in taxonomy.labels]
    results: list[MessageResult] = []
    try:
        for count, item in enumerate(items, start=1):
            if progress:
                progress(count)
            if item.document is None:
                results.append(MessageResult(item.message_id, item.source, error=item.error))
                continue
            document = item.document
            with _logged("label", surface) as request:
                request.policy = policy
                request.input_words = document.words
                request.input_emails = 1
                done = by_rules(document, taxonomy) or by_classifier(document, classifier, taxonomy)
                route = LOCAL
                if done is not None:
                    request.reasons = (done.method,)
                else:
                    check = check_document(document, policy, "label")
                    done, decision = _routed(
                        document,
                        check,
                        policy,
                        request,
                        model,
                        run=lambda doc, backend: by_model(doc, backend, taxonomy, examples),
                        restore=lambda lab, red: replace(lab, reason=red.restore(lab.reason)),
                    )
                    route = decision.route
                    request.tokens_in, request.tokens_out = done.tokens_in, done.tokens_out
                request.detail = (document.title, ", ".join(done.labels))
            store.remember(item.message_id, document, done.labels[0])
            results.append(
                MessageResult(
                    message_id=item.message_id,
                    source=item.source,
                    date=document.headers.get("Date", ""),
                    sender=sender_of(document),
                    subject=document.title,
                    labels=done.labels,
                    priority=done.priority,
                    reason=done.reason,
                    method=done.method,
                    route=route,
                    event_id=request.event_id,
                )
            )
    finally:
        store.close()
    return results


def correct_label(message_id: str, label: str, *, taxonomy_path: Path | None = None) -> str:
    """Store the user's label for a message; it becomes a training example."""
    from assistant.label_store import LabelStore
    from assistant.taxonomy import load_taxonomy_file

    taxonomy = load_taxonomy_file(taxonomy_path) if taxonomy_path else load_policy().taxonomy
    label = taxonomy.check_label(label)
    store = LabelStore.open()
    try:
        store.correct(message_id, label)
    finally:
        store.close()
    return label


def train_labels():
    """Fit the local classifier on the stored corrections."""
    from assistant.label_classifier import classifier_path, train
    from assistant.label_store import LabelStore

    store = LabelStore.open()
    try:
        return train(store, classifier_path())
    finally:
        store.close()


def give_feedback(event_id: str, verdict: str) -> str:
    """Mark a result accepted or rejected ("last" means the newest event).

    A rejected result counts zero in the hours-saved metrics.
    """
    from assistant.errors import FileMissingError

    feedback = {"accept": "accepted", "reject": "rejected", "clear": "none"}[verdict]
    log = UsageLog.open(salt=load_policy().usage_salt)
    try:
        target = log.last_event_id() if event_id == "last" else event_id
        if target is None or not log.set_feedback(target, feedback):
            raise FileMissingError(
                f"no request with id '{event_id}' in the usage log; ids are in --json output"
            )
    finally:
        log.close()
    return target
