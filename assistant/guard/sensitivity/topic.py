"""HR, health and legal documents by topic: a small text classifier.

A performance review, a disciplinary note or a solicitor's advice is
sensitive even when no single value in it is. spaCy's bag-of-words text
classifier, trained on a set written for it (``installer/models/topic_data.py``, built
by ``installer/models/build_topic_model.py``, seeded) and shipped as
``assistant/guard/model/topic.spacy``, gives P(sensitive) for a document.
From ``BORDERLINE`` up the document stays local: a doubtful call keeps it on
the laptop.

Only documents where the trigger pass saw a personal-context or health word
are classified (the others have nothing for it to find), and only a bounded
sample of each: its start and the text around its first context words. An
error here is reported like any detector's, and the router keeps the
document local.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

Hit = tuple[str, int, int, float]

MODEL = Path(__file__).resolve().parent.parent / "model" / "topic.spacy"
BORDERLINE = 0.35  # P(sensitive) from here up keeps the document local
MIN_CHARS = 200  # shorter texts (titles, subjects) say too little to classify
_HEAD = 3000
_AROUND = 300
_CONTEXTS = 8


class TopicModelMissing(Exception):
    pass


@lru_cache(maxsize=1)
def _model() -> Any:
    if not MODEL.is_file():
        raise TopicModelMissing(str(MODEL))
    import srsly
    from spacy.util import load_model_from_config
    from thinc.api import Config

    saved = srsly.msgpack_loads(MODEL.read_bytes())
    nlp = load_model_from_config(Config().from_str(saved["config"]), auto_fill=True)
    return nlp.from_bytes(saved["weights"])


def sample(text: str, contexts: Sequence[tuple[int, int, bool]]) -> str:
    """What the classifier reads: the start of the text and the passages around
    its first personal-context words, lower-cased (as in training)."""
    parts = [text[:_HEAD]]
    for start, end, _ in list(contexts)[:_CONTEXTS]:
        if start >= _HEAD:
            parts.append(text[max(0, start - _AROUND) : end + _AROUND])
    return " ".join(parts).lower()


def wanted(text: str, contexts: Sequence[tuple[int, int, bool]]) -> bool:
    return bool(contexts) and len(text) >= MIN_CHARS


def classify(samples: list[str]) -> list[float]:
    """P(sensitive) for each sample, in one batch."""
    if not samples:
        return []
    return [float(doc.cats["sensitive"]) for doc in _model().pipe(samples, batch_size=64)]


def hits(probability: float) -> list[Hit]:
    """A whole-document finding when the topic is (or may be) HR, health or legal."""
    return [("topic", 0, 0, 0.9)] if probability >= BORDERLINE else []
