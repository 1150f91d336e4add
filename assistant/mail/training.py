"""Training the label classifier: a seed set, the user's corrections, teacher labels.

Each example is hashed tokens and a label. Weights are repeats per epoch:
a seed message or a teacher (cloud model) label counts once, a user's
correction ``CORRECTION_WEIGHT`` times, and a message the user corrected is
never also learned with the teacher's label::

    report = train(store, taxonomy, seed=Path("our-seed"))   # deskmate label train --seed DIR

The shipped classifier is trained on ``assistant/mail/seed`` alone;
``python -m assistant.mail.training`` rebuilds it byte for byte.
"""

from __future__ import annotations

import hashlib
import sys
from dataclasses import dataclass
from pathlib import Path

from assistant.mail.classifier import SHIPPED, Classifier, classifier_path, fit
from assistant.mail.features import hashed, tokens
from assistant.mail.seed_set import SHIPPED as SHIPPED_SEED
from assistant.mail.seed_set import read_seed
from assistant.mail.store import LabelStore
from assistant.mail.taxonomy import Taxonomy
from deskmate_base import paths
from deskmate_base.errors import TrainingDataError

MIN_EXAMPLES = 6
CORRECTION_WEIGHT = 3
SEED_ORG = ("contoso.com", "fabrikam.com")  # the shipped seed set's own org (its README)


@dataclass(frozen=True)
class TrainReport:
    examples: int
    seed: int
    corrections: int
    teacher: int
    labels: tuple[str, ...]
    path: Path


def seed_examples(directory: Path, org_domains: tuple[str, ...]) -> list[tuple[list[str], str]]:
    return [(hashed(tokens(doc, org_domains)), label) for doc, label in read_seed(directory)]


def org_seed_path() -> Path:
    """An org's own seed set, hashed, kept for later retraining with corrections."""
    return paths.home() / "label-seed.tsv"


def _saved_seed() -> list[tuple[list[str], str]]:
    path = org_seed_path()
    if not path.is_file():
        return []
    rows = (line.split("\t", 1) for line in path.read_text(encoding="utf-8").splitlines())
    return [(hashes.split(), label) for label, hashes in rows]


def train(
    store: LabelStore,
    taxonomy: Taxonomy,
    *,
    seed: Path | None = None,
    path: Path | None = None,
) -> TrainReport:
    """Fit the user's classifier: the org's seed (``seed``, or one given before), else
    the shipped seed when the taxonomy has its labels; plus teacher labels and
    corrections."""
    if seed is not None:
        seeded = seed_examples(seed, taxonomy.org_domains)
        unknown = sorted({label for _, label in seeded} - set(taxonomy.labels))
        if unknown:
            raise TrainingDataError(
                f"seed labels not in the taxonomy: {', '.join(unknown)}; "
                f"use one of: {', '.join(taxonomy.labels)}"
            )
        lines = [f"{label}\t{' '.join(hashes)}" for hashes, label in seeded]
        org_seed_path().write_text("\n".join(lines) + "\n", encoding="utf-8")
    else:
        seeded = _saved_seed()
        if not seeded and set(taxonomy.labels) == set(shipped_labels()):
            seeded = seed_examples(SHIPPED_SEED, taxonomy.org_domains or SEED_ORG)
    teacher = [(h, y) for h, y in store.teacher_labels() if y in taxonomy.labels]
    corrections = [(h, y) for h, y in store.corrections() if y in taxonomy.labels]
    examples = seeded + teacher + corrections
    weights = [1] * (len(seeded) + len(teacher)) + [CORRECTION_WEIGHT] * len(corrections)
    labels = tuple(sorted({label for _, label in examples}))
    if len(examples) < MIN_EXAMPLES or len(labels) < 2:
        raise TrainingDataError(
            f"training needs at least {MIN_EXAMPLES} examples covering 2 or more labels "
            f"(have {len(examples)} covering {len(labels)}); add corrections with "
            f"'deskmate label correct MESSAGE_ID LABEL' or a seed set with --seed DIR"
        )
    target = path or classifier_path()
    fit(examples, weights).save(target)
    return TrainReport(len(examples), len(seeded), len(corrections), len(teacher), labels, target)


def shipped_labels() -> tuple[str, ...]:
    from assistant.mail.taxonomy import DEFAULT_TAXONOMY

    return DEFAULT_TAXONOMY


def build_shipped(target: Path = SHIPPED) -> tuple[Classifier, str]:
    """Train the shipped classifier on the shipped seed set; (it, its SHA-256)."""
    classifier = fit(seed_examples(SHIPPED_SEED, SEED_ORG))
    classifier.save(target)
    return classifier, hashlib.sha256(target.read_bytes()).hexdigest()


if __name__ == "__main__":
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else SHIPPED
    _, digest = build_shipped(out)
    print(f"{out}: sha256 {digest}")
