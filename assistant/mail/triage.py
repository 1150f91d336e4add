"""Email triage, whole requests: categories, priority and a reason for each message.

Rules run first, then the trained classifier, then (only when both pass) the
model, on the route the guard decides. One usage event is logged per message::

    for result in label_mail(Path("inbox.mbox")):
        print(result.labels, result.priority, result.reason)
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from pathlib import Path

from assistant.guard.check import check_document
from assistant.guard.policy import Policy
from assistant.guard.router import LOCAL, Reason
from assistant.requests import logged_request, resolve_policy, run_routed
from connectors.mailbox import MailItem
from deskmate_base.errors import CorruptFileError
from local_models import Backend


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
    reasons: tuple[Reason, ...] = ()
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
            "reasons": [r.as_json() for r in self.reasons],
            "error": self.error,
            "event_id": self.event_id or None,
        }


def label_mail(
    path: Path,
    *,
    taxonomy_path: Path | None = None,
    policy_path: Path | None = None,
    policy: Policy | None = None,
    model: str | None = None,
    backend: Backend | None = None,
    progress: Callable[[int], None] | None = None,
    surface: str = "cli",
) -> list[MessageResult]:
    """Label every message in an .eml, a folder, an .mbox or a .msg.

    A message that cannot be read comes back with ``error`` set; the rest are
    still labeled.
    """
    from connectors.mailbox import read_mailbox

    return label_items(
        read_mailbox(path),
        taxonomy_path=taxonomy_path,
        policy=resolve_policy(policy, policy_path),
        model=model,
        backend=backend,
        progress=progress,
        surface=surface,
    )


def label_message(
    data: bytes,
    *,
    surface: str,
    model: str | None = None,
    policy: Policy | None = None,
    backend: Backend | None = None,
) -> MessageResult:
    """Label one message that a surface holds, as RFC 822 bytes."""
    from connectors.mailbox import mail_item

    (result,) = label_items(
        [mail_item(data, "message")], model=model, surface=surface, policy=policy, backend=backend
    )
    if result.error:
        raise CorruptFileError(result.error)
    return result


def label_items(
    items: Iterable[MailItem],
    *,
    taxonomy_path: Path | None = None,
    policy: Policy | None = None,
    model: str | None = None,
    backend: Backend | None = None,
    progress: Callable[[int], None] | None = None,
    surface: str = "cli",
) -> list[MessageResult]:
    from assistant.mail.classifier import classifier_path, load
    from assistant.mail.labeling import by_classifier, by_model, by_rules, sender_of
    from assistant.mail.store import LabelStore
    from assistant.mail.taxonomy import load_taxonomy_file

    policy = resolve_policy(policy)
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
            with logged_request("label", surface, policy=policy) as request:
                request.input_words = document.words
                request.input_emails = 1
                done = by_rules(document, taxonomy) or by_classifier(document, classifier, taxonomy)
                route = LOCAL
                reasons: tuple[Reason, ...]
                if done is not None:
                    request.reasons = (done.method,)
                    reasons = (Reason(done.method, f"labelled on the laptop by the {done.method}"),)
                else:
                    check = check_document(document, policy, "label")
                    done, decision = run_routed(
                        document,
                        check,
                        request,
                        model=model,
                        backend=backend,
                        run=lambda doc, b: by_model(doc, b, taxonomy, examples),
                        restore=lambda lab, red: replace(lab, reason=red.restore(lab.reason)),
                    )
                    route, reasons = decision.route, decision.reasons
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
                    reasons=reasons,
                    event_id=request.event_id,
                )
            )
    finally:
        store.close()
    return results


def correct_label(message_id: str, label: str, *, taxonomy_path: Path | None = None) -> str:
    """Store the user's label for a message; it becomes a training example."""
    from assistant.guard.policy import load_policy
    from assistant.mail.store import LabelStore
    from assistant.mail.taxonomy import load_taxonomy_file

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
    from assistant.mail.classifier import classifier_path, train
    from assistant.mail.store import LabelStore

    store = LabelStore.open()
    try:
        return train(store, classifier_path())
    finally:
        store.close()
