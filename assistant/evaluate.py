"""``deskmate eval``: measure the workflows against our own labelled sets.

- labels: accuracy, macro-F1 and a confusion table for email labels
  (DIR/labels.jsonl: {"file", "label"}). ``learn`` trains a throwaway
  classifier on that share of the set, as if the user had corrected those
  messages, and scores the rest: the corrections path, measured.
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
from assistant.mail.labeling import by_classifier, by_model, by_rules
from assistant.mail.taxonomy import Taxonomy
from deskmate_base.errors import FileMissingError
from local_models.backend import Backend

Progress = Callable[[int, int], None]
EVAL_BATCH = 64  # documents read and detected together


@dataclass
class LabelScores:
    labels: list[str]
    truth: list[str] = field(default_factory=list)
    predicted: list[str] = field(default_factory=list)
    methods: dict[str, int] = field(default_factory=dict)

    @property
    def accuracy(self) -> float:
        return sum(t == p for t, p in zip(self.truth, self.predicted, strict=True)) / len(
            self.truth
        )

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


def _jsonl(path: Path) -> list[dict]:
    if not path.is_file():
        raise FileMissingError(f"no {path.name} in {path.parent}; see 'deskmate eval --help'")
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def eval_labels(
    directory: Path,
    backend: Callable[[], Backend],
    taxonomy: Taxonomy,
    *,
    learn: float = 0.0,
    seed: int = 7,
    progress: Progress | None = None,
) -> LabelScores:
    from connectors.mailbox import read_mailbox

    rows = _jsonl(directory / "labels.jsonl")
    docs = {}
    for row in rows:
        item = next(read_mailbox(directory / row["file"]))
        if item.document is not None:
            docs[row["file"]] = item.document
    classifier = None
    test_rows = rows
    if learn:
        train_rows, test_rows = _split(rows, learn, seed)
        classifier = _throwaway_classifier([(docs[r["file"]], r["label"]) for r in train_rows])
    scores = LabelScores(list(taxonomy.labels))
    for index, row in enumerate(test_rows, start=1):
        if progress:
            progress(index, len(test_rows))
        document = docs[row["file"]]
        done = (
            by_rules(document, taxonomy)
            or by_classifier(document, classifier, taxonomy)
            or by_model(document, backend(), taxonomy, [])
        )
        scores.truth.append(row["label"])
        scores.predicted.append(done.labels[0])
        scores.methods[done.method] = scores.methods.get(done.method, 0) + 1
    return scores


def _split(rows: list[dict], share: float, seed: int) -> tuple[list[dict], list[dict]]:
    """Stratified: ``share`` of each label's messages for training."""
    rng = random.Random(seed)
    train, test = [], []
    by_label: dict[str, list[dict]] = {}
    for row in rows:
        by_label.setdefault(row["label"], []).append(row)
    for group in by_label.values():
        group = group[:]
        rng.shuffle(group)
        cut = max(1, round(len(group) * share))
        train += group[:cut]
        test += group[cut:]
    return train, test


def _throwaway_classifier(examples: list) -> Classifier:
    from assistant.mail.classifier import fit
    from assistant.mail.store import features

    classifier = fit([features(d) for d, _ in examples], [label for _, label in examples])
    classifier.threshold = 0.0  # measured alone: always answer
    return classifier


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
