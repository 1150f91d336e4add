"""Email triage, whole requests: categories, priority and a reason for each message.

Phishing checks run first, then rules, then the classifier (the user's, else
the one shipped trained on the seed set). Only when the classifier is unsure is
a model asked, and only a cloud model (the teacher) where policy allows it: its
label is kept as a hashed training example, and once the classifier (the
student) agrees with it often enough for a kind of mail, it answers alone and
the cloud call is avoided (logged as the reason ``cloud_avoided``). Where the
cloud is not allowed the unsure classifier answers: it beats the local 135M
model (docs/quality.md). One usage event is logged per message::

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
from deskmate_base.errors import BlockedError, CorruptFileError
from local_models import Backend
from local_models.cloud import CloudBackend

BLOCKED_MESSAGE = "policy does not allow processing this message"


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
        blocked = result.error.startswith(BLOCKED_MESSAGE)
        raise (BlockedError if blocked else CorruptFileError)(result.error)
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
    from assistant.mail.classifier import load_default
    from assistant.mail.labeling import sender_of
    from assistant.mail.store import LabelStore
    from assistant.mail.taxonomy import load_taxonomy_file

    policy = resolve_policy(policy)
    taxonomy = load_taxonomy_file(taxonomy_path) if taxonomy_path else policy.taxonomy
    stages = Stages(taxonomy, load_default())
    store = LabelStore.open(keep_days=taxonomy.keep_days, training_days=taxonomy.training_days)
    graduated = stages.graduated(store.agreement())
    results: list[MessageResult] = []
    try:
        for count, item in enumerate(items, start=1):
            if progress:
                progress(count)
            if item.document is None:
                results.append(MessageResult(item.message_id, item.source, error=item.error))
                continue
            document = item.document
            try:
                with logged_request("label", surface, policy=policy) as request:
                    request.input_words = document.words
                    request.input_emails = 1
                    done, route, reasons = _label_one(
                        item.message_id, document, stages, graduated, store, request, model, backend
                    )
                    request.detail = (document.title, ", ".join(done.labels))
            except BlockedError as exc:  # this message only; the rest are still labelled
                results.append(MessageResult(item.message_id, item.source, error=str(exc)))
                continue
            store.remember(item.message_id, stages.hashes, done.labels[0], done.method)
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


def _label_one(message_id, document, stages, graduated, store, request, model, backend):
    """One message through the stages; the teacher is asked only where policy allows."""
    from assistant.mail.labeling import by_model

    blocked = [x for x in document.labels if request.policy.label_route(x) == "blocked"]
    if blocked:  # the org forbids processing this message at all, even on the laptop
        shown = blocked[0].name or blocked[0].id or "unnamed"
        raise BlockedError(f"{BLOCKED_MESSAGE}: label '{shown}'")
    done = stages.first(document)
    if done is not None:
        request.reasons = (done.method,)
        return done, LOCAL, (Reason(done.method, f"labelled on the laptop by the {done.method}"),)
    unsure = stages.unsure(document)  # the classifier's answer, below its threshold
    policy = request.policy
    if unsure is not None and not (policy.cloud_enabled and policy.endpoint_for("label")):
        # No endpoint may label mail: the route can only be local, so no scan is needed.
        request.reasons = ("classifier",)
        why = "the classifier is unsure, but more accurate than the local model"
        return replace(unsure, method="classifier"), LOCAL, (Reason("classifier", why),)
    check = check_document(document, policy, "label")
    cloud = check.decision.route != LOCAL
    if unsure is not None and (not cloud or unsure.labels[0] in graduated):
        # The local model is less accurate than even an unsure classifier (docs/quality.md),
        # and a student that agrees with its teacher often enough answers alone.
        method = "student" if cloud else "classifier"
        request.reasons = (method, "cloud_avoided") if cloud else (method,)
        why = (
            "the classifier agrees with the cloud model often enough for this kind of mail"
            if cloud
            else "the classifier is unsure, but more accurate than the local model"
        )
        return replace(unsure, method=method), LOCAL, (Reason(request.reasons[-1], why),)
    done, decision = run_routed(
        document,
        check,
        request,
        model=model,
        backend=backend,
        # After a cloud failure the unsure classifier answers, not the weaker local model.
        run=lambda doc, b: (
            unsure
            if unsure is not None and not isinstance(b, CloudBackend)
            else by_model(doc, b, stages.taxonomy)
        ),
        restore=lambda lab, red: replace(lab, reason=red.restore(lab.reason)),
    )
    request.tokens_in, request.tokens_out = done.tokens_in, done.tokens_out
    if decision.route != LOCAL:
        done = replace(
            done, method="teacher", reason=done.reason.replace("model:", "cloud model:", 1)
        )
        student = unsure.labels[0] if unsure is not None else ""
        store.teach(message_id, stages.hashes, done.labels[0], student)
    return done, decision.route, decision.reasons


class Stages:
    """Phishing, rules and the classifier for one run, in the measured order."""

    def __init__(self, taxonomy, classifier) -> None:
        from assistant.mail.labeling import usable

        self.taxonomy = taxonomy
        self.classifier = usable(classifier, taxonomy)
        self.clear: list[str] = []
        self.hashes: list[str] = []

    def graduated(self, agreement: dict[str, tuple[int, int]]) -> frozenset[str]:
        """Labels for which the student answers alone (policy's threshold and minimum)."""
        t = self.taxonomy
        return frozenset(
            label
            for label, (agreed, total) in agreement.items()
            if total >= t.student_min_examples and agreed / total >= t.student_alone_at
        )

    def first(self, document):
        from assistant.mail.features import hashed, tokens
        from assistant.mail.labeling import by_classifier, by_phishing, by_rules

        self.clear = tokens(document, self.taxonomy.org_domains)
        self.hashes = hashed(self.clear)
        return (
            by_phishing(document, self.taxonomy)
            or by_rules(document, self.taxonomy)
            or by_classifier(document, self.classifier, self.taxonomy, self.clear)
        )

    def unsure(self, document):
        from assistant.mail.labeling import by_classifier

        return by_classifier(document, self.classifier, self.taxonomy, self.clear, alone=True)


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


def train_labels(*, seed: Path | None = None, taxonomy_path: Path | None = None):
    """Fit the user's classifier: the seed set (the org's with ``seed``, else the
    shipped one), the teacher's labels, and the user's corrections (weighted most)."""
    from assistant.guard.policy import load_policy
    from assistant.mail.store import LabelStore
    from assistant.mail.taxonomy import load_taxonomy_file
    from assistant.mail.training import train

    taxonomy = load_taxonomy_file(taxonomy_path) if taxonomy_path else load_policy().taxonomy
    store = LabelStore.open(keep_days=taxonomy.keep_days, training_days=taxonomy.training_days)
    try:
        return train(store, taxonomy, seed=seed)
    finally:
        store.close()


def forget_labels() -> int:
    """Delete everything the labeler stored on this laptop (labels.db, the org seed)."""
    from assistant.mail.store import LabelStore
    from assistant.mail.training import org_seed_path

    store = LabelStore.open()
    try:
        deleted = store.forget()
    finally:
        store.close()
    org_seed_path().unlink(missing_ok=True)
    return deleted


def teacher_agreement(*, taxonomy_path: Path | None = None) -> dict[str, tuple[int, int]]:
    """Per label the student guessed: (teacher agreed, teacher labels)."""
    from assistant.mail.store import LabelStore

    store = LabelStore.open()
    try:
        return store.agreement()
    finally:
        store.close()
