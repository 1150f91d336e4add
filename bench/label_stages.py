"""Where each label stage helps: measured on held-out folds of the seed set.

Five stratified folds of ``assistant/mail/seed`` (seeded): a classifier trained
on four folds labels the fifth. For every held-out message we record the
phishing verdict and the classifier's guess and confidence; the local 135M
model labels a seeded sample of them. The tables printed decide the order of
the stages and the classifier's confidence threshold (docs/quality.md). The
held-out evaluation set (tests/data/emails) is not used here.

    python bench/label_stages.py [--model-sample 60]
"""

from __future__ import annotations

import argparse
import os
import platform
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
BINS = (0.0, 0.2, 0.3, 0.4, 0.5, 1.01)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--model-sample", type=int, default=60)
    args = parser.parse_args()
    from assistant.mail.classifier import CONFIDENT, fit
    from assistant.mail.features import hashed, tokens
    from assistant.mail.labeling import by_model
    from assistant.mail.phishing import inspect
    from assistant.mail.seed_set import SHIPPED, read_seed
    from assistant.mail.taxonomy import Taxonomy
    from assistant.mail.training import SEED_ORG
    from local_models import LlamaBackend

    examples = read_seed(SHIPPED)
    rng = random.Random(7)
    order = list(range(len(examples)))
    rng.shuffle(order)
    by_label: dict[str, list[int]] = {}
    for i in order:
        by_label.setdefault(examples[i][1], []).append(i)
    fold = {i: n % 5 for group in by_label.values() for n, i in enumerate(group)}
    clear = [tokens(doc, SEED_ORG) for doc, _ in examples]
    rows = []  # (index, truth, guess, confidence, second, phishing)
    for k in range(5):
        train = [(hashed(clear[i]), examples[i][1]) for i in order if fold[i] != k]
        classifier = fit(train)
        for i in order:
            if fold[i] == k:
                g = classifier.predict(clear[i])
                phish = inspect(examples[i][0], SEED_ORG).suspicious
                rows.append((i, examples[i][1], g.label, g.confidence, g.runner_up, phish))
    sample = set(rng.sample([r[0] for r in rows], min(args.model_sample, len(rows))))
    backend = LlamaBackend.for_model(None)
    taxonomy = Taxonomy(org_domains=SEED_ORG)
    model: dict[int, str] = {}
    start = time.perf_counter()
    for i in sorted(sample):
        model[i] = by_model(examples[i][0], backend, taxonomy).labels[0]
    model_secs = (time.perf_counter() - start) / max(1, len(sample))

    print(f"machine: {platform.machine()}, {os.cpu_count()} CPUs; seed messages: {len(rows)}")
    print(f"model: {len(sample)} sampled held-out messages, {model_secs:.2f} s each\n")
    print(
        "classifier alone (5-fold): strict "
        f"{sum(r[1] == r[2] for r in rows) / len(rows):.3f}, lenient (runner-up too) "
        f"{sum(r[1] in (r[2], r[4]) for r in rows) / len(rows):.3f}"
    )
    lenient = sum(r[1] in ((r[2], r[4]) if r[3] < CONFIDENT else (r[2],)) for r in rows)
    print(f"lenient as labelled (runner-up offered below {CONFIDENT}): {lenient / len(rows):.3f}")
    sus = [r for r in rows if r[1] == "Suspicious"]
    flagged = [r for r in rows if r[5]]
    print(
        f"phishing stage: {sum(r[5] for r in sus)}/{len(sus)} Suspicious caught, "
        f"{sum(r[1] != 'Suspicious' for r in flagged)}/{len(rows) - len(sus)} others flagged"
    )
    print(f"classifier on Suspicious: {sum(r[2] == 'Suspicious' for r in sus)}/{len(sus)}\n")
    print("confidence bin | messages | classifier right | model right (sampled)")
    for low, high in zip(BINS, BINS[1:], strict=False):
        part = [r for r in rows if low <= r[3] < high]
        sampled = [r for r in part if r[0] in model]
        print(
            f"{low:.1f}-{min(high, 1.0):.1f}        | {len(part):8d} | "
            f"{sum(r[1] == r[2] for r in part) / max(1, len(part)):16.3f} | "
            f"{sum(model[r[0]] == r[1] for r in sampled):d}/{len(sampled)}"
            f" vs classifier {sum(r[1] == r[2] for r in sampled)}/{len(sampled)}"
        )
    both = [r for r in rows if r[0] in model]
    print(
        f"\nsampled overall: model {sum(model[r[0]] == r[1] for r in both)}/{len(both)}, "
        f"classifier {sum(r[1] == r[2] for r in both)}/{len(both)}"
    )
    for name, first in (("phishing first", True), ("classifier first", False)):
        right = 0
        for r in rows:
            label = "Suspicious" if (first and r[5]) else r[2]
            right += label == r[1]
        print(f"order {name}: strict {right / len(rows):.3f}")


if __name__ == "__main__":
    main()
