"""Build the HR/health/legal topic classifier shipped in assistant/guard/model/.

    python installer/models/build_topic_model.py   # writes assistant/guard/model/topic.spacy

spaCy's bag-of-words text classifier (as the email label classifier), trained
on documents composed from ``installer/models/topic_data.py``: seeded, so two
builds give the same weights (the file holds no timestamp). The model reads
lower-cased text and gives P(sensitive); ``assistant/guard/sensitivity/topic.py``
keeps a document local from ``BORDERLINE`` up.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from installer.models.topic_data import CLEAN, DATES, NAMES, SENSITIVE, TEAMS  # noqa: E402

OUT = ROOT / "assistant" / "guard" / "model" / "topic.spacy"
DOCS_PER_CLASS = 600
EPOCHS = 8
MODEL = {
    "@architectures": "spacy.TextCatBOW.v3",
    "exclusive_classes": True,
    "ngram_size": 2,
    "no_output_layer": False,
}


def compose(rng: random.Random, pool: list[str], other: list[str], mix: int) -> str:
    """A few sentences of one class, and up to ``mix`` ordinary ones among them."""
    picked = rng.sample(pool, rng.randint(2, 6)) + rng.sample(other, rng.randint(0, mix))
    rng.shuffle(picked)
    names = rng.sample(NAMES, 2)
    return " ".join(
        s.format(name=names[0], name2=names[1], team=rng.choice(TEAMS), date=rng.choice(DATES))
        for s in picked
    )


def training_set(seed: int = 0) -> tuple[list[str], list[str]]:
    rng = random.Random(seed)
    texts, labels = [], []
    for _ in range(DOCS_PER_CLASS):
        texts.append(compose(rng, SENSITIVE, CLEAN, 2))
        labels.append("sensitive")
        texts.append(compose(rng, CLEAN, CLEAN, 0))
        labels.append("clean")
    return texts, labels


def fit(texts: list[str], labels: list[str]):  # type: ignore[no-untyped-def]
    import spacy
    from spacy.training import Example
    from spacy.util import fix_random_seed, minibatch

    fix_random_seed(0)
    nlp = spacy.blank("en")
    textcat = nlp.add_pipe("textcat", config={"model": MODEL})
    for name in ("clean", "sensitive"):
        textcat.add_label(name)
    examples = [
        Example.from_dict(
            nlp.make_doc(t.lower()), {"cats": {n: float(n == y) for n in ("clean", "sensitive")}}
        )
        for t, y in zip(texts, labels, strict=True)
    ]
    optimizer = nlp.initialize(lambda: examples)
    rng = random.Random(0)
    for _ in range(EPOCHS):
        rng.shuffle(examples)
        for batch in minibatch(examples, size=16):
            nlp.update(batch, sgd=optimizer, drop=0.0)
    return nlp


def main() -> None:
    import srsly

    nlp = fit(*training_set())
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_bytes(srsly.msgpack_dumps({"config": nlp.config.to_str(), "weights": nlp.to_bytes()}))
    print(f"wrote {OUT.relative_to(ROOT)} ({OUT.stat().st_size / 1e3:.0f} KB)")


if __name__ == "__main__":
    main()
