"""A small local classifier trained on the user's corrections.

spaCy's bag-of-words text classifier (``TextCatBOW``: a linear model over
hashed words and word pairs, with softmax over the labels). It runs before the
LLM and is used when it is confident. This is the "use the model, collect
corrections, then train a task-specific small model" path::

    report = train(LabelStore.open(), classifier_path())
    label, confidence = load(classifier_path()).predict(document)

spaCy is already there for NER, so this adds nothing to the install or the
bundle (scikit-learn and scipy would add about 90 MB to it).
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from assistant.mail.store import LabelStore, features
from connectors.document import Document
from deskmate_base import paths
from deskmate_base.errors import TrainingDataError

MIN_EXAMPLES = 6
CONFIDENT = 0.5
EPOCHS = 10
_MODEL = {
    "@architectures": "spacy.TextCatBOW.v3",
    "exclusive_classes": True,
    "ngram_size": 2,
    "no_output_layer": False,
}


def classifier_path() -> Path:
    return paths.home() / "label-classifier.spacy"


@dataclass(frozen=True)
class TrainReport:
    examples: int
    labels: tuple[str, ...]
    path: Path


class Classifier:
    def __init__(self, nlp: Any, threshold: float = CONFIDENT) -> None:
        self._nlp = nlp
        self.threshold = threshold

    def predict(self, document: Document) -> tuple[str, float]:
        cats = self._nlp(features(document).lower()).cats
        best = max(sorted(cats), key=cats.__getitem__)
        return best, float(cats[best])

    def save(self, path: Path) -> None:
        """Write the classifier to ``path`` atomically (spaCy's config and weights)."""
        import srsly

        saved = {
            "config": self._nlp.config.to_str(),
            "weights": self._nlp.to_bytes(),
            "trained_at": dt.datetime.now(dt.UTC).isoformat(),
        }
        tmp = path.with_suffix(".tmp")
        tmp.write_bytes(srsly.msgpack_dumps(saved))
        tmp.replace(path)


def fit(texts: list[str], labels: list[str]) -> Classifier:
    """A classifier fitted on ``texts`` and their ``labels`` (seeded: repeatable)."""
    import spacy
    from spacy.training import Example
    from spacy.util import fix_random_seed, minibatch

    fix_random_seed(0)
    nlp = spacy.blank("en")
    textcat = nlp.add_pipe("textcat", config={"model": _MODEL})
    names = sorted(set(labels))
    for name in names:
        textcat.add_label(name)  # type: ignore[attr-defined]
    examples = [
        Example.from_dict(nlp.make_doc(text.lower()), {"cats": {n: float(n == y) for n in names}})
        for text, y in zip(texts, labels, strict=True)
    ]
    optimizer = nlp.initialize(lambda: examples)
    rng = random.Random(0)
    for _ in range(EPOCHS):
        rng.shuffle(examples)
        for batch in minibatch(examples, size=8):
            nlp.update(batch, sgd=optimizer, drop=0.0)
    return Classifier(nlp)


def train(store: LabelStore, path: Path) -> TrainReport:
    rows = store.training_set()
    labels = sorted({label for _, label in rows})
    if len(rows) < MIN_EXAMPLES or len(labels) < 2:
        raise TrainingDataError(
            f"training needs at least {MIN_EXAMPLES} corrections covering 2 or more labels "
            f"(have {len(rows)} covering {len(labels)}); add more with "
            f"'deskmate label correct MESSAGE_ID LABEL'"
        )
    fit([text for text, _ in rows], [label for _, label in rows]).save(path)
    return TrainReport(len(rows), tuple(labels), path)


def load(path: Path) -> Classifier | None:
    """The trained classifier, or None if there is none yet."""
    if not path.is_file():
        return None
    import srsly
    from spacy.util import load_model_from_config
    from thinc.api import Config

    try:
        saved = srsly.msgpack_loads(path.read_bytes())  # our own file in the user's data dir
        nlp = load_model_from_config(Config().from_str(saved["config"]), auto_fill=True)
        return Classifier(nlp.from_bytes(saved["weights"]))
    except Exception:  # a damaged model file: label without it, as before training
        return None
