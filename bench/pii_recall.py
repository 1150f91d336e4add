"""Recall and over-local on a peer's generated PII sentences, beside presidio-analyzer.

presidio-evaluator's sentence templates (read from its wheel, never copied
here) are filled with Faker values in several locales, seeded. Deskmate's
detectors and presidio-analyzer's default engine (spaCy en_core_web_sm,
loaded by path) read the same sentences in the same run. Reported:

- recall by entity type and by locale (a value counts as found when a
  finding overlaps it);
- document-level leaks: sentences holding a direct identifier (card, phone,
  IBAN, national id, email, IP, driver's licence, date of birth, address)
  that would not be kept local;
- over-local: clean sentences (only organisations, cities, countries, jobs,
  years, URLs) that would be kept local; and precision over both;
- MB/s, models loaded before the clock starts.

    pip download --no-deps presidio-evaluator==0.3.2 -d .ci/wheels
    python bench/pii_recall.py [--locales en_US,de_DE] [--seed 1] [--per-template 1]
                              [--names always] [--no-presidio] [--bare-event-dates]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from assistant.guard.sensitivity import DetectorConfig, detect, detect_many  # noqa: E402
from bench.detect_throughput import WARM_UP  # noqa: E402  (one warm-up text for both benches)
from tests.pii_sentences import (  # noqa: E402
    DIRECT,
    LOCALES,
    Score,
    fill,
    find_wheel,
    kind,
    load_templates,
    score,
)
from tests.pii_sentences import deskmate as deskmate_scorer  # noqa: E402
from tests.pii_sentences import presidio as presidio_scorer  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--wheel", type=Path, help="presidio-evaluator's wheel")
    parser.add_argument("--locales", default=",".join(LOCALES))
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--per-template", type=int, default=1)
    parser.add_argument("--names", choices=("context", "always"), default="context")
    parser.add_argument("--no-presidio", action="store_true")
    parser.add_argument("--show-leaks", action="store_true")
    parser.add_argument(
        "--bare-event-dates",
        action="store_true",
        help="write {{date_time}} without its time of day (the cost of counting bare dates)",
    )
    args = parser.parse_args()
    wheel = args.wheel or find_wheel()
    if wheel is None:
        sys.exit(
            "bench: no presidio-evaluator wheel; run "
            "`pip download --no-deps presidio-evaluator==0.3.2 -d .ci/wheels` or pass --wheel"
        )
    locales = args.locales.split(",")
    sentences = fill(
        load_templates(wheel),
        locales,
        seed=args.seed,
        per_template=args.per_template,
        bare_event_dates=args.bare_event_dates,
    )
    kinds = [kind(s) for s in sentences]
    print(
        f"{len(sentences)} sentences, {len(locales)} locales, seed {args.seed}: "
        f"{kinds.count('direct')} with a direct identifier, {kinds.count('names')} with only "
        f"names, {kinds.count('clean')} clean, {kinds.count('other')} other"
    )
    config = DetectorConfig(names=args.names)
    detect(WARM_UP, config=config)  # load the models before the clock starts
    ours = score(sentences, deskmate_scorer(config))
    # A failing detector keeps its text local (fail closed): it would read as a find.
    failed = sum(bool(s.errors) for s in detect_many([x.text for x in sentences], config))
    print(f"sentences on which a Deskmate detector failed (counted as kept local): {failed}")
    theirs: Score | None = None
    if not args.no_presidio:
        analyse = presidio_scorer()
        analyse(["warm up: John Smith lives at 12 Main Street"])
        theirs = score(sentences, analyse)

    def col(s: Score | None, value: str) -> str:
        return value if s is not None else "-"

    print(f"\n| recall by type | Deskmate (names={args.names}) | presidio-analyzer |")
    print("| --- | --- | --- |")
    for entity in sorted(ours.found):
        n = ours.found[entity][1]
        print(
            f"| {entity} ({n}) | {ours.recall(entity):.1%} | "
            f"{col(theirs, f'{theirs.recall(entity):.1%}' if theirs else '')} |"
        )
    print("\n| direct-identifier recall by locale | Deskmate | presidio-analyzer |")
    print("| --- | --- | --- |")
    for locale in locales:
        a = ours.by_locale[locale]
        b = theirs.by_locale[locale] if theirs else [0, 0]
        print(
            f"| {locale} | {a[0] / max(1, a[1]):.1%} | "
            f"{col(theirs, f'{b[0] / max(1, b[1]):.1%}')} |"
        )
    print("\n| document level | Deskmate | presidio-analyzer |")
    print("| --- | --- | --- |")
    rows = [
        ("leaks: direct-identifier sentences not kept local",
         lambda s: f"{s.direct[0]}/{s.direct[1]} ({s.leak_rate:.2%})"),
        ("leaks without the bare-date template (UNMARKED)",
         lambda s: f"{s.marked[0]}/{s.marked[1]} ({s.marked_leak_rate:.2%})"),
        ("over-local: clean sentences kept local",
         lambda s: f"{s.clean[0]}/{s.clean[1]} ({s.over_local:.1%})"),
        ("name-only sentences kept local",
         lambda s: f"{s.names_docs[0]}/{s.names_docs[1]}"),
        ("precision (personal among kept local)", lambda s: f"{s.precision:.1%}"),
        ("throughput", lambda s: f"{s.mb / s.seconds:.3f} MB/s ({s.mb * 1000:.0f} KB)"),
    ]  # fmt: skip
    for label, show in rows:
        print(f"| {label} | {show(ours)} | {col(theirs, show(theirs) if theirs else '')} |")
    if theirs:
        print(
            "\nspeed ratio Deskmate / presidio: "
            f"{ours.mb / ours.seconds / (theirs.mb / theirs.seconds):.0f}x"
        )
    print(
        "targets: leaks <= 1%, over-local <= 10%"
        + (", names=always recall >= 95%" if args.names == "always" else "")
    )
    if args.show_leaks:
        by_template: dict[str, int] = {}
        for name in ours.leaked:
            by_template[name.split()[1]] = by_template.get(name.split()[1], 0) + 1
        print("leaks by template:", dict(sorted(by_template.items(), key=lambda kv: -kv[1])))
    assert DIRECT  # the set the leak rate is measured on


if __name__ == "__main__":
    main()
