"""A peer's generated PII sentences (presidio-evaluator's templates, Faker's
values): a small sample of what bench/pii_recall.py measures in full."""

from __future__ import annotations

import pytest

from assistant.guard.sensitivity import DetectorConfig
from tests.pii_sentences import DIRECT, deskmate, fill, find_wheel, kind, load_templates, score

WHEEL = find_wheel()
pytestmark = pytest.mark.skipif(
    WHEEL is None,
    reason="presidio-evaluator's wheel is missing: "
    "pip download --no-deps presidio-evaluator==0.3.2 -d .ci/wheels (.ci/run does this)",
)


@pytest.fixture(scope="module")
def sample():
    assert WHEEL is not None
    # Two locales the detectors were not written around, a seed of their own.
    return fill(load_templates(WHEEL), ["en_GB", "nl_NL"], seed=23)


def test_templates_come_from_the_wheel_with_every_kind(sample) -> None:
    kinds = [kind(s) for s in sample]
    assert len(sample) > 400
    assert kinds.count("direct") > 100 and kinds.count("clean") > 50
    assert {e for s in sample for e in s.entities} >= DIRECT


def test_direct_identifiers_stay_local_and_clean_sentences_may_go(sample) -> None:
    result = score(sample, deskmate(DetectorConfig()))
    # Bare dates count too now (dates.py): the bare-date template is no longer excused.
    assert result.leak_rate <= 0.01, result.leaked
    assert result.over_local <= 0.10
    for entity in DIRECT:
        assert result.recall(entity) >= 0.95, entity


def test_bare_event_dates_cost_little_on_clean_sentences() -> None:
    assert WHEEL is not None
    sample = fill(load_templates(WHEEL), ["en_GB", "nl_NL"], seed=23, bare_event_dates=True)
    assert score(sample, deskmate(DetectorConfig())).over_local <= 0.10


@pytest.mark.parametrize("names", ["context", "always"])
def test_no_detector_fails_on_the_generated_sentences(names: str) -> None:
    # A detector that raises keeps its text local (fail closed), which would read as
    # a found identifier in the leak figures: they hold only if nothing failed.
    from assistant.guard.sensitivity import detect_many

    assert WHEEL is not None
    locales = ["en_GB", "es_AR", "ru_RU", "he_IL", "hi_IN", "ja_JP", "hy_AM", "pt_BR"]
    texts = [s.text for s in fill(load_templates(WHEEL), locales, seed=5)]
    scans = detect_many(texts, DetectorConfig(names=names))
    failed = [t for t, s in zip(texts, scans, strict=True) if s.errors]
    assert not failed, failed[:3]
