"""The label classifier: spaCy's bag-of-words text classifier over hashed tokens.

``TextCatBOW`` is a linear model over hashed words and word pairs, with softmax
over the labels. Its input is :func:`assistant.mail.features.hashed` tokens, so
a model trained on the shipped seed set, on the user's corrections and on a
cloud teacher's labels all read the same minimised form::

    classifier = load_default()               # the user's, else the shipped one
    guess = classifier.predict(clear_tokens)  # Guess(label, confidence, runner_up, ...)
    classifier.top_features(clear_tokens, guess.label)   # ["invoice", "s:payment"]

spaCy is already there for NER, so this adds nothing to the install or the
bundle. Training is seeded: the same examples give the same file.
"""

from __future__ import annotations

import random
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from assistant.mail.features import hash_token
from deskmate_base import paths

# Set from bench/label_stages.py (docs/quality.md): on held-out seed folds the
# classifier is right 93-95% of the time at 0.4 and above, 29-73% below. Below
# it, the runner-up is offered as a second label and a cloud teacher may be asked.
CONFIDENT = 0.4
EPOCHS = 12
LENGTH = 2**17  # hashed feature slots per label
_MODEL = {
    "@architectures": "spacy.TextCatBOW.v3",
    "exclusive_classes": True,
    "ngram_size": 2,
    "no_output_layer": False,
    "length": LENGTH,
}
FORMAT = "hashed-tokens-1"  # the input the weights expect (assistant.mail.features)
SHIPPED = Path(__file__).resolve().parent / "model" / "label-classifier.spacy"


def classifier_path() -> Path:
    """The user's own classifier (trained with ``deskmate label train``)."""
    return paths.home() / "label-classifier.spacy"


@dataclass(frozen=True)
class Guess:
    label: str
    confidence: float
    runner_up: str
    runner_up_confidence: float


class Classifier:
    def __init__(self, nlp: Any, threshold: float = CONFIDENT) -> None:
        self._nlp = nlp
        self.threshold = threshold
        self.labels: tuple[str, ...] = tuple(nlp.get_pipe("textcat").labels)

    def _doc(self, hashes: list[str]) -> Any:
        from spacy.tokens import Doc

        return Doc(self._nlp.vocab, words=hashes or ["<empty>"])

    def predict(self, clear: list[str]) -> Guess:
        return self.predict_hashed([hash_token(t) for t in clear])

    def predict_hashed(self, hashes: list[str]) -> Guess:
        cats = self._nlp.get_pipe("textcat")(self._doc(hashes)).cats
        ranked = sorted(sorted(cats), key=lambda k: -cats[k])
        second = ranked[1] if len(ranked) > 1 else ranked[0]
        return Guess(ranked[0], float(cats[ranked[0]]), second, float(cats[second]))

    def top_features(self, clear: list[str], label: str, count: int = 3) -> list[str]:
        """The message's tokens that pushed most towards ``label`` (the linear weights)."""
        textcat = self._nlp.get_pipe("textcat")
        if label not in self.labels:
            return []
        unique = list(dict.fromkeys(clear))
        linear = next(layer for layer in textcat.model.walk() if layer.name.startswith("extract"))
        scores = linear.predict([self._doc([hash_token(t)]) for t in unique])
        column = self.labels.index(label)
        lift = [(float(row[column] - row.mean()), t) for row, t in zip(scores, unique, strict=True)]
        return [t for score, t in sorted(lift, reverse=True)[:count] if score > 0]

    def to_bytes(self) -> bytes:
        """spaCy's config and weights, zlib-compressed (most hashed slots are zero)."""
        import srsly

        saved = {
            "format": FORMAT,
            "config": self._nlp.config.to_str(),
            "weights": self._nlp.to_bytes(),
        }
        return zlib.compress(srsly.msgpack_dumps(saved), 9)

    def save(self, path: Path) -> None:
        """Write the classifier to ``path`` atomically (spaCy's config and weights)."""
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".tmp")
        tmp.write_bytes(self.to_bytes())
        tmp.replace(path)


def fit(examples: list[tuple[list[str], str]], weights: list[int] | None = None) -> Classifier:
    """A classifier fitted on (hashed tokens, label) pairs; ``weights`` repeats an
    example that many times per epoch (corrections count more than teacher labels).
    Seeded: the same examples in the same order give the same weights."""
    import spacy
    from spacy.training import Example
    from spacy.util import fix_random_seed, minibatch

    fix_random_seed(0)
    nlp = spacy.blank("en")
    textcat = nlp.add_pipe("textcat", config={"model": _MODEL})
    names = sorted({label for _, label in examples})
    for name in names:
        textcat.add_label(name)  # type: ignore[attr-defined]
    from spacy.tokens import Doc

    built = [
        Example.from_dict(
            Doc(nlp.vocab, words=hashes or ["<empty>"]), {"cats": {n: float(n == y) for n in names}}
        )
        for hashes, y in examples
    ]
    repeated = [
        e for e, w in zip(built, weights or [1] * len(built), strict=True) for _ in range(w)
    ]
    optimizer = nlp.initialize(lambda: built)
    rng = random.Random(0)
    for _ in range(EPOCHS):
        rng.shuffle(repeated)
        for batch in minibatch(repeated, size=8):
            nlp.update(batch, sgd=optimizer, drop=0.0)
    return Classifier(nlp)


def loads(data: bytes) -> Classifier:
    import srsly
    from spacy.util import load_model_from_config
    from thinc.api import Config

    saved = srsly.msgpack_loads(zlib.decompress(data))
    if saved.get("format") != FORMAT:  # trained on features of an older release
        raise ValueError("classifier format")
    nlp = load_model_from_config(Config().from_str(saved["config"]), auto_fill=True)
    return Classifier(nlp.from_bytes(saved["weights"]))


def load(path: Path) -> Classifier | None:
    """The classifier in ``path``, or None if there is none (or it is damaged)."""
    if not path.is_file():
        return None
    try:
        return loads(path.read_bytes())  # our own file: the user's data dir or the package
    except Exception:  # a damaged model file: label without it
        return None


def load_default() -> Classifier | None:
    """The user's trained classifier, else the one shipped trained on the seed set."""
    return load(classifier_path()) or load(SHIPPED)
