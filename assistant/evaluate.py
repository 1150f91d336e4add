"""``deskmate eval``: measure the workflows against our own labelled sets.

- labels: strict and lenient accuracy, macro-F1 and a confusion table for
  email labels (DIR/labels.jsonl: {"file", "label"}), for the pipeline and for
  each stage alone (phishing, rules, classifier, model). ``learn`` trains a
  throwaway classifier on the shipped seed plus that share of the set, as if
  the user had corrected those messages, and scores the rest.
- phishing: the phishing stage alone: share of Suspicious caught, share of the
  rest flagged.
- notes: action-item recall and precision against hand-written notes
  (DIR/<name>.json beside each transcript: {"action_items": [{"owner", "keyword"}]}).
- sensitivity: leaks (sensitive files cleared for the cloud) and the over-local
  rate (clean files kept local), over DIR/labels.jsonl {"file", "sensitive"}
  with the files in DIR/files/.

Evaluation runs on this machine's model, logs no usage and stores nothing.
"""

from __future__ import annotations

import json
import random
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path

from assistant.mail.classifier import Classifier
from assistant.mail.labeling import by_classifier, by_model, by_phishing, by_rules, usable
from assistant.mail.taxonomy import Taxonomy
from connectors.document import Document
from deskmate_base.errors import FileMissingError
from local_models.backend import Backend

Progress = Callable[[int, int], None]
EVAL_BATCH = 64  # documents read and detected together


@dataclass
class LabelScores:
    """One stage's answers (or the whole pipeline's); ``answered`` of ``total`` messages."""

    labels: list[str]
    truth: list[str] = field(default_factory=list)
    predicted: list[str] = field(default_factory=list)
    offered: list[tuple[str, ...]] = field(default_factory=list)  # every label given
    methods: dict[str, int] = field(default_factory=dict)
    total: int = 0

    def add(self, truth: str, labels: tuple[str, ...], method: str) -> None:
        self.truth.append(truth)
        self.predicted.append(labels[0])
        self.offered.append(labels)
        self.methods[method] = self.methods.get(method, 0) + 1

    @property
    def answered(self) -> int:
        return len(self.truth)

    @property
    def accuracy(self) -> float:
        """Strict: the first label is the right one."""
        pairs = zip(self.truth, self.predicted, strict=True)
        return sum(t == p for t, p in pairs) / len(self.truth) if self.truth else 0.0

    @property
    def lenient(self) -> float:
        """The right label is among those given (a second, runner-up label counts)."""
        pairs = zip(self.truth, self.offered, strict=True)
        return sum(t in o for t, o in pairs) / len(self.truth) if self.truth else 0.0

    @property
    def macro_f1(self) -> float:
        """The mean over ``labels`` of each label's F1 (0 where it is undefined)."""
        scores = []
        pairs = list(zip(self.truth, self.predicted, strict=True))
        for label in self.labels:
            hit = sum(t == p == label for t, p in pairs)
            guessed = sum(p == label for _, p in pairs)
            actual = sum(t == label for t, _ in pairs)
            scores.append(2 * hit / (guessed + actual) if guessed + actual else 0.0)
        return sum(scores) / len(scores) if scores else 0.0

    def confusion(self) -> list[list[int]]:
        """Counts by true label (rows) and predicted label (columns), in ``labels`` order."""
        index = {label: i for i, label in enumerate(self.labels)}
        counts = [[0] * len(self.labels) for _ in self.labels]
        for t, p in zip(self.truth, self.predicted, strict=True):
            if t in index and p in index:
                counts[index[t]][index[p]] += 1
        return counts

    def table(self) -> str:
        short = [label[:10] for label in self.labels]
        width = max(len(s) for s in short)
        head = " " * (width + 2) + " ".join(f"{s:>10}" for s in short)
        rows = [head, " " * (width + 2) + "(predicted →; true ↓)"]
        for label, counts in zip(short, self.confusion(), strict=True):
            rows.append(f"{label:<{width}}  " + " ".join(f"{c:>10}" for c in counts))
        return "\n".join(rows)


@dataclass
class StageReport:
    """Each stage alone (on the messages it answers) and the pipeline together."""

    together: LabelScores
    stages: dict[str, LabelScores]


def _jsonl(path: Path) -> list[dict]:
    if not path.is_file():
        raise FileMissingError(f"no {path.name} in {path.parent}; see 'deskmate eval --help'")
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def _read_set(directory: Path) -> list[tuple[dict, Document]]:
    from connectors.mailbox import read_mailbox

    pairs = []
    for row in _jsonl(directory / "labels.jsonl"):
        item = next(read_mailbox(directory / row["file"]))
        if item.document is not None:
            pairs.append((row, item.document))
    return pairs


def eval_labels(
    directory: Path,
    backend: Callable[[], Backend] | None,
    taxonomy: Taxonomy,
    *,
    learn: float = 0.0,
    seed: int = 7,
    progress: Progress | None = None,
) -> StageReport:
    """Score the pipeline as ``deskmate label`` runs it with no cloud (phishing,
    rules, the classifier), and each stage alone; ``backend`` (the local model)
    is scored alone on every message when given. ``learn`` first trains a
    classifier on the shipped seed plus that share of the set as corrections."""
    from assistant.mail.classifier import load_default
    from assistant.mail.features import tokens

    pairs = _read_set(directory)
    classifier = usable(load_default(), taxonomy)
    test = pairs
    if learn:
        train_pairs, test = _split(pairs, learn, seed)
        classifier = _learned_classifier(train_pairs, taxonomy)
    labels = list(taxonomy.labels)
    together = LabelScores(labels, total=len(test))
    stages = {name: LabelScores(labels, total=len(test)) for name in STAGES}
    model = backend() if backend is not None else None
    for index, (row, document) in enumerate(test, start=1):
        if progress:
            progress(index, len(test))
        truth = row["label"]
        clear = tokens(document, taxonomy.org_domains)
        phishing = by_phishing(document, taxonomy)
        rule = by_rules(document, taxonomy)
        alone = by_classifier(document, classifier, taxonomy, clear, alone=True)
        for name, done in (("phishing", phishing), ("rules", rule), ("classifier", alone)):
            if done is not None:
                stages[name].add(truth, done.labels, done.method)
        if model is not None:
            stages["model"].add(truth, by_model(document, model, taxonomy).labels, "model")
        final = phishing or rule or alone
        if final is None:
            final = by_model(document, model or backend_required(), taxonomy)
        together.add(truth, final.labels, final.method)
    shown = {k: v for k, v in stages.items() if v.answered or (k == "model" and model)}
    return StageReport(together, shown)


STAGES = ("phishing", "rules", "classifier", "model")


def backend_required() -> Backend:
    raise FileMissingError("no classifier for this taxonomy and no model to fall back on")


@dataclass(frozen=True)
class PhishingScores:
    phishing: int
    caught: tuple[str, ...]
    legit: int
    flagged: tuple[str, ...]
    signals: dict[str, int]


def eval_phishing(directory: Path, taxonomy: Taxonomy) -> PhishingScores:
    """The phishing stage alone over DIR/labels.jsonl (label "Suspicious" = phishing)."""
    from assistant.mail.phishing import inspect

    caught, flagged, phishing, legit = [], [], 0, 0
    signals: dict[str, int] = {}
    for row, document in _read_set(directory):
        verdict = inspect(document, taxonomy.org_domains)
        if row["label"] == "Suspicious":
            phishing += 1
            if verdict.suspicious:
                caught.append(row["file"])
                for kind in {s.name for s in verdict.signals}:
                    signals[kind] = signals.get(kind, 0) + 1
        else:
            legit += 1
            if verdict.suspicious:
                flagged.append(row["file"])
    return PhishingScores(phishing, tuple(caught), legit, tuple(flagged), signals)


def _split(rows: list, share: float, seed: int) -> tuple[list, list]:
    """Stratified: ``share`` of each label's messages for training."""
    rng = random.Random(seed)
    train, test = [], []
    by_label: dict[str, list] = {}
    for pair in rows:
        by_label.setdefault(pair[0]["label"], []).append(pair)
    for group in by_label.values():
        group = group[:]
        rng.shuffle(group)
        cut = max(1, round(len(group) * share))
        train += group[:cut]
        test += group[cut:]
    return train, test


def _learned_classifier(pairs: list, taxonomy: Taxonomy) -> Classifier:
    """The shipped seed plus ``pairs`` as corrections, as ``deskmate label train`` weighs them."""
    from assistant.mail.classifier import fit
    from assistant.mail.features import hashed, tokens
    from assistant.mail.seed_set import SHIPPED
    from assistant.mail.training import CORRECTION_WEIGHT, SEED_ORG, seed_examples

    seeded = seed_examples(SHIPPED, taxonomy.org_domains or SEED_ORG)
    corrections = [(hashed(tokens(d, taxonomy.org_domains)), row["label"]) for row, d in pairs]
    weights = [1] * len(seeded) + [CORRECTION_WEIGHT] * len(corrections)
    return fit(seeded + corrections, weights)


@dataclass(frozen=True)
class NotesScores:
    transcripts: int
    expected: int
    found: int
    predicted: int
    correct: int

    @property
    def recall(self) -> float:
        return self.found / self.expected if self.expected else 0.0

    @property
    def precision(self) -> float:
        return self.correct / self.predicted if self.predicted else 0.0


def eval_notes(directory: Path, backend: Backend, progress: Progress | None = None) -> NotesScores:
    from assistant.workflows.notes import make_notes
    from connectors.transcripts import read_transcript

    expected_files = sorted(directory.glob("*.json"))
    if not expected_files:
        raise FileMissingError(f"no hand-written notes (*.json) in {directory}")
    totals = [0, 0, 0, 0]
    for index, notes_file in enumerate(expected_files, start=1):
        if progress:
            progress(index, len(expected_files))
        source = next(
            (p for p in directory.iterdir() if p.stem == notes_file.stem and p.suffix != ".json"),
            None,
        )
        if source is None:
            raise FileMissingError(f"no transcript for {notes_file.name} in {directory}")
        want = json.loads(notes_file.read_text(encoding="utf-8"))["action_items"]
        got = make_notes(read_transcript(source), backend, max_tokens=64).items.action_items

        def match(a, w) -> bool:
            return a.owner == w["owner"] and w["keyword"].lower() in a.task.lower()

        totals[0] += len(want)
        totals[1] += sum(any(match(a, w) for a in got) for w in want)
        totals[2] += len(got)
        totals[3] += sum(any(match(a, w) for w in want) for a in got)
    return NotesScores(len(expected_files), *totals)


@dataclass(frozen=True)
class SensitivityScores:
    files: int
    sensitive: int
    leaks: tuple[str, ...]
    kept_local: tuple[str, ...]

    @property
    def over_local_rate(self) -> float:
        clean = self.files - self.sensitive
        return len(self.kept_local) / clean if clean else 0.0


def eval_sensitivity(directory: Path, policy) -> SensitivityScores:
    """Judge the content alone: as if an endpoint and a key existed for summarize."""
    from assistant.core import check_documents
    from connectors import read_document
    from local_models.cloud import Endpoint

    probe = Endpoint("eval", "openai-compatible", "http://127.0.0.1/v1", "eval", ("summarize",))
    policy = replace(policy, endpoints=(probe,), cloud_enabled=True)
    rows = _jsonl(directory / "labels.jsonl")
    leaks, kept_local = [], []
    for first in range(0, len(rows), EVAL_BATCH):
        batch = rows[first : first + EVAL_BATCH]
        documents = [read_document(directory / "files" / row["file"]) for row in batch]
        checks = check_documents(documents, policy, "summarize", has_key=lambda name: True)
        for row, check in zip(batch, checks, strict=True):
            cleared = check.decision.route in ("cloud", "cloud_redacted")
            if row["sensitive"] and cleared:
                leaks.append(row["file"])
            if not row["sensitive"] and not cleared:
                kept_local.append(row["file"])
    sensitive = sum(bool(r["sensitive"]) for r in rows)
    return SensitivityScores(len(rows), sensitive, tuple(leaks), tuple(kept_local))
