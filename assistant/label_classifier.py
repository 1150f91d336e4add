"""A small local classifier trained on the user's corrections.

TF-IDF over words and word pairs plus logistic regression (scikit-learn). It
runs before the LLM and is used when it is confident. This is the "use the
model, collect corrections, then train a task-specific small model" path::

    report = train(LabelStore.open(), classifier_path())
    label, confidence = load(classifier_path()).predict(document)
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from assistant import paths
from assistant.errors import PolicyError
from assistant.label_store import LabelStore, features
from connectors.document import Document

MIN_EXAMPLES = 6
CONFIDENT = 0.5


def classifier_path() -> Path:
    return paths.home() / "label-classifier.joblib"


@dataclass(frozen=True)
class TrainReport:
    examples: int
    labels: tuple[str, ...]
    path: Path


class Classifier:
    def __init__(self, pipeline: Any, threshold: float = CONFIDENT) -> None:
        self._pipeline = pipeline
        self.threshold = threshold

    def predict(self, document: Document) -> tuple[str, float]:
        probabilities = self._pipeline.predict_proba([features(document)])[0]
        best = int(probabilities.argmax())
        return str(self._pipeline.classes_[best]), float(probabilities[best])


def fit(texts: list[str], labels: list[str]) -> Any:
    """TF-IDF over words and word pairs, then logistic regression, fitted."""
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline

    pipeline = make_pipeline(
        TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True),
        LogisticRegression(max_iter=1000, C=10.0),
    )
    return pipeline.fit(texts, labels)


def train(store: LabelStore, path: Path) -> TrainReport:
    rows = store.training_set()
    labels = sorted({label for _, label in rows})
    if len(rows) < MIN_EXAMPLES or len(labels) < 2:
        raise PolicyError(
            f"training needs at least {MIN_EXAMPLES} corrections covering 2 or more labels "
            f"(have {len(rows)} covering {len(labels)}); add more with "
            f"'deskmate label --correct MESSAGE_ID LABEL'"
        )
    import joblib

    pipeline = fit([text for text, _ in rows], [label for _, label in rows])
    tmp = path.with_suffix(".tmp")
    joblib.dump({"pipeline": pipeline, "trained_at": dt.datetime.now(dt.UTC).isoformat()}, tmp)
    tmp.replace(path)
    return TrainReport(len(rows), tuple(labels), path)


def load(path: Path) -> Classifier | None:
    """The trained classifier, or None if there is none yet."""
    if not path.is_file():
        return None
    import joblib

    try:
        saved = joblib.load(path)  # our own file in the user's data dir
        return Classifier(saved["pipeline"])
    except Exception:  # a damaged model file: label without it, as before training
        return None
