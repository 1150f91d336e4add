"""Sensitivity detection throughput on one core (target >= 20 MB/s).

Two workloads: 10 MB of mixed office text (with sensitive values sprinkled in),
and 1,000 small documents of about 2 KB each, checked one call at a time
(``detect``) and together (``detect_many``, as ``check_documents`` and
``deskmate eval sensitivity`` do: one NER batch for all their passages). The
process is pinned to one CPU.

    python bench/detect_throughput.py [--mb 10] [--cpu-time] [--corpora]

``--cpu-time`` times with ``time.process_time`` and keeps the best of three
runs: on a machine shared with other jobs, wall-clock figures swing too much to
compare two branches. ``--corpora`` also times the two labelled file corpora
(``tests/corpus`` and ``tests/corpus/independent``) repeated to 5 MB: real
office files, half of them dense with personal context.
"""

from __future__ import annotations

import argparse
import os
import random
import time

from assistant.guard.sensitivity import DETECTORS, DetectorConfig, detect, detect_many
from assistant.guard.sensitivity.keywords import find_triggers
from assistant.guard.sensitivity.people import _windows

WORDS = (
    "the project aurora warehouse report stock level site week budget approved team lisbon "
    "porto scanner firmware update meeting notes action owner due discussed agreed customer "
    "delivery quarter revenue plan we have to save the draft and move review road map way "
    "place court drive token secret account number version 2.4.1 invoice INV-2026-0042"
).split()
SPRINKLES = [
    "Contact jane.doe@example.com for details.",
    "Call +44 20 7946 0958 today.",
    "Card 4539 1488 0343 6467 on file.",
    "John Smith received a formal warning about attendance.",
    "CONFIDENTIAL draft, do not forward.",
    "aws_access_key_id = AKIAIOSFODNN7EXAMPLE",
    "Maria was diagnosed with diabetes; her manager knows.",
]


def make_text(chars: int, rng: random.Random) -> str:
    lines, size = [], 0
    while size < chars:
        line = " ".join(rng.choice(WORDS) for _ in range(14))
        if rng.random() < 0.01:
            line += " " + rng.choice(SPRINKLES)
        lines.append(line)
        size += len(line) + 1
    return "\n".join(lines)


WARM_UP = (
    "Warm up: John Smith's salary review is on Monday at 221 Baker Street, London NW1 6XE. "
    "He was diagnosed with diabetes last year and his manager knows. Contact jane@example.com "
    "or call +44 20 7946 0958 about the performance review and the disciplinary hearing."
)


def _best(work, repeats: int, clock):
    """The best time of ``repeats`` runs of work(), and the last run's result."""
    secs, result = float("inf"), None
    for _ in range(repeats):
        start = clock()
        result = work()
        secs = min(secs, clock() - start)
    return secs, result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=10)
    parser.add_argument("--cpu-time", action="store_true", help="CPU time, best of 3")
    parser.add_argument("--corpora", action="store_true", help="also the file corpora")
    args = parser.parse_args()
    clock = time.process_time if args.cpu_time else time.perf_counter
    repeats = 3 if args.cpu_time else 1
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
    rng = random.Random(7)
    config = DetectorConfig(org_terms=("Project Bluebird", "Contoso Pharma"))
    # Load the models (NER, the topic classifier, pyap2) before the clock starts.
    detect(WARM_UP, config=config)

    big = make_text(int(args.mb * 1_000_000), rng)
    docs = [make_text(2000, rng) for _ in range(1000)]
    patterns_only = DetectorConfig(
        enabled=frozenset(DETECTORS) - {"person", "health"}, org_terms=config.org_terms
    )
    for label, cfg in (("all detectors", config), ("without NER (person, health)", patterns_only)):
        secs, scan = _best(lambda c=cfg: detect(big, config=c), repeats, clock)
        mb = len(big.encode()) / 1e6
        print(
            f"[{label}] one {mb:.1f} MB text: {secs:.2f} s, {mb / secs:.1f} MB/s, "
            f"{len(scan.findings)} findings"
        )
        mb = sum(len(d.encode()) for d in docs) / 1e6
        for how, scan_all in (
            ("one at a time", lambda c=cfg: [detect(d, config=c) for d in docs]),
            ("detect_many", lambda c=cfg: detect_many(docs, c)),
        ):
            secs, scans = _best(scan_all, repeats, clock)
            found = sum(len(s.findings) for s in scans)
            print(
                f"[{label}] 1,000 docs ({mb:.1f} MB), {how}: {secs:.2f} s, "
                f"{mb / secs:.1f} MB/s, {secs / len(docs) * 1000:.2f} ms/doc, {found} findings"
            )
    if args.corpora:
        text = _corpora_text(5_000_000)
        secs, scan = _best(lambda: detect(text, config=config), repeats, clock)
        mb = len(text.encode()) / 1e6
        print(
            f"[all detectors] both file corpora repeated to {mb:.1f} MB: {secs:.2f} s, "
            f"{mb / secs:.1f} MB/s, {len(scan.findings)} findings"
        )
    windows = _windows(big, find_triggers(big, config).context, config.context_window)
    print(
        f"personal-context passages sent to NER in the 10 MB text: {len(windows)} "
        f"(one per {len(big) / max(1, len(windows)) / 1000:.0f} KB)"
    )
    print("target: >= 20 MB/s on one core")


def _corpora_text(chars: int) -> str:
    import json
    from pathlib import Path

    from connectors import read_document

    texts = []
    root = Path(__file__).resolve().parent.parent / "tests" / "corpus"
    for corpus in (root, root / "independent"):
        for line in (corpus / "labels.jsonl").read_text(encoding="utf-8").splitlines():
            texts.append(read_document(corpus / "files" / json.loads(line)["file"]).text)
    one = "\n\n".join(texts) + "\n\n"
    return one * max(1, chars // len(one))


if __name__ == "__main__":
    main()
