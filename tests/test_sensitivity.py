"""Detectors: what they find, what they must not, and what findings carry."""

from __future__ import annotations

import json

import pytest

from assistant.guard.sensitivity import (
    DETECTORS,
    DetectorConfig,
    SensitivityLabel,
    detect,
    detect_many,
    mask,
)

CONFIG = DetectorConfig(org_terms=("Project Bluebird",))

FOUND = [
    ("Contact me at jane.doe@example.com tomorrow.", "email", "jane.doe@example.com"),
    ("Call +44 20 7946 0958 today.", "phone", "+44 20 7946 0958"),
    ("Mobile: (415) 555-2671.", "phone", "415) 555-2671"),
    ("Card 4539 1488 0343 6467 expires 09/27.", "credit_card", "4539 1488 0343 6467"),
    ("IBAN GB82 WEST 1234 5698 7654 32 please.", "iban", "GB82 WEST 1234 5698 7654 32"),
    ("Her SSN is 536-22-1234.", "national_id", "536-22-1234"),
    ("NI number AB 12 34 56 C on file.", "national_id", "AB 12 34 56 C"),
    ("Passport number: X1234567 issued 2019.", "passport", "X1234567"),
    ("Account number 12345678 at the branch.", "bank_account", "12345678"),
    ("Date of birth: 12/03/1985.", "date_of_birth", "12/03/1985"),
    ("She lives at 221 Baker Street, London.", "street_address", "221 Baker Street"),
    ("John Smith received a formal warning today.", "person", "John Smith"),
    ("Maria Garcia was diagnosed with diabetes.", "health", "diagnosed"),
    ("aws_access_key_id = AKIAIOSFODNN7EXAMPLE", "secret", "AKIAIOSFODNN7EXAMPLE"),
    ("The wifi password is Winter2026! for guests.", "secret", "Winter2026!"),
    ("-----BEGIN RSA PRIVATE KEY-----\nMIIE\n", "secret", "BEGIN RSA PRIVATE KEY-----"),
    ("CONFIDENTIAL - board only", "marking", "CONFIDENTIAL"),
    ("Attorney-client privileged draft", "marking", "Attorney-client privileged"),
    ("Discuss Project Bluebird with the board.", "org_term", "Project Bluebird"),
    ("Blocked from address 59.3.205.22 again.", "ip_address", "59.3.205.22"),
    ("My driver's license number is S530-460-99-424-0.", "driver_license", "S530-460-99-424-0"),
    ("Employee | Grade | Base salary\nE1 | G7 | 72500", "personal_table",
     "Employee | Grade | Base salary"),
    ("After the hearing he was given a final written warning for misconduct. He may appeal "
     "within five days. The investigation found he had ignored two safety instructions, and "
     "his manager will review his conduct again in three months.", "topic", ""),
]  # fmt: skip

NEAR_MISSES = [
    "Upgrade to version 10.4.2.1 and 2.3.45-beta before Monday.",
    "ISBN 978-3-16-148410-0 is cited in the appendix.",
    "Request id 123e4567-e89b-12d3-a456-426614174000 failed.",
    "Invoice INV-2026-000123 and SKU 4000-1234-5678 shipped.",
    "Order 4539148803436468 and batch 1234567890123456 left the depot.",
    "Mental health awareness week starts Monday for everyone.",
    "Ask Maria about the Aurora rollout plan.",
    "We have to save the draft and move the meeting to Friday.",
    "The password policy requires rotation every 90 days.",
    "The stubborn printer was fixed; the road map review is Tuesday.",
    "The confidentiality course starts in January.",
    "The warehouse opened on 2024-11-05.",
]


@pytest.mark.parametrize(
    ("text", "kind", "value"), FOUND, ids=[f[1] + ":" + f[0][:20] for f in FOUND]
)
def test_detects(text: str, kind: str, value: str) -> None:
    scan = detect(text, config=CONFIG)
    spans = [text[f.start : f.end] for f in scan.findings if f.kind == kind]
    assert value in spans, [(f.kind, text[f.start : f.end]) for f in scan.findings]
    assert not scan.errors


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_near_misses_are_not_flagged(text: str) -> None:
    scan = detect(text, config=CONFIG)
    assert scan.findings == (), [(f.kind, text[f.start : f.end]) for f in scan.findings]


def test_findings_json_never_carries_the_value() -> None:
    text = "Card 4539 1488 0343 6467 for jane.doe@example.com, password: Falcon#2026"
    scan = detect(text, config=CONFIG)
    assert {f.kind for f in scan.findings} == {"credit_card", "email", "secret"}
    dumped = json.dumps([f.as_json() for f in scan.findings])
    for value in ("4539 1488 0343 6467", "6467", "jane.doe", "Falcon#2026"):
        assert value not in dumped
    assert set(scan.findings[0].as_json()) == {
        "kind",
        "detector",
        "location",
        "start",
        "end",
        "score",
    }


def test_masked_preview() -> None:
    assert mask("4539 1488 0343 6467") == "4539 **** **** 6467"
    assert mask("jane.doe@example.com") == "j***@example.com"
    assert mask("X1234567") == "X******7"
    scan = detect("Card 4539 1488 0343 6467.")
    assert scan.findings[0].preview == "4539 **** **** 6467"


def test_locations_are_lines_and_offsets_are_characters() -> None:
    text = "café — intro\nsecond line\nmail olivia@example.com now"
    (finding,) = detect(text).findings
    assert finding.location == "line 3"
    assert text[finding.start : finding.end] == "olivia@example.com"


@pytest.mark.parametrize("kind", DETECTORS)
def test_each_detector_can_be_switched_off(kind: str) -> None:
    text, _ = next(((t, v) for t, k, v in FOUND if k == kind), ("", ""))
    if not text:
        pytest.skip(f"no example for {kind}")
    config = DetectorConfig(enabled=frozenset(DETECTORS) - {kind}, org_terms=CONFIG.org_terms)
    assert kind not in detect(text, config=config).kinds


def test_thresholds_drop_low_scores() -> None:
    text = "John Smith received a formal warning today."
    assert detect(text, config=DetectorConfig(person_min_score=0.99)).kinds == set()
    assert detect(text, config=DetectorConfig(min_score=0.95)).kinds == set()


def test_labels_pass_through() -> None:
    label = SensitivityLabel(source="mip", id="abc", name="Confidential")
    assert detect("nothing here", (label,)).labels == (label,)


def test_a_failing_detector_is_reported_not_raised(monkeypatch: pytest.MonkeyPatch) -> None:
    import assistant.guard.sensitivity as sensitivity

    def broken(text: str, lines: object):
        raise RuntimeError("plugin crashed")
        yield  # pragma: no cover

    monkeypatch.setattr(sensitivity, "find_secrets", broken)
    scan = detect("password: Falcon#2026")
    assert scan.errors == ("secrets",)


def test_ner_matrix_products_on_numpy_match_thincs_own() -> None:
    import numpy as np
    from thinc.api import NumpyOps

    from assistant.guard.sensitivity.people import _blas_ops

    rng = np.random.default_rng(0)
    x, y = rng.random((16, 288), dtype="f"), rng.random((96, 288), dtype="f")
    ours, theirs = _blas_ops(), NumpyOps()
    for trans1, trans2, a, b in ((False, True, x, y), (True, False, x.T, y.T)):
        expected = theirs.gemm(a, b, trans1=trans1, trans2=trans2)
        assert np.allclose(ours.gemm(a, b, trans1=trans1, trans2=trans2), expected, rtol=1e-5)
        out = np.zeros_like(expected)
        assert ours.gemm(a, b, out=out, trans1=trans1, trans2=trans2) is out
        assert np.allclose(out, expected, rtol=1e-5)


def test_detect_many_finds_what_detect_finds_text_by_text() -> None:
    texts = [text for text, _, _ in FOUND] + ["Ask Maria about the rollout.", ""]
    label = SensitivityLabel(source="mip", id="abc", name="General")
    many = detect_many(texts, CONFIG, labels=[(label,)] * len(texts))
    assert [s.findings for s in many] == [detect(t, config=CONFIG).findings for t in texts]
    assert all(s.labels == (label,) for s in many)
    assert many[-2].findings == () and many[-1].findings == ()


def test_a_failing_ner_marks_only_the_texts_that_needed_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import assistant.guard.sensitivity as sensitivity

    def broken(passages: list[str]) -> list[list[tuple[int, int]]]:
        raise RuntimeError("model files damaged")

    monkeypatch.setattr(sensitivity, "find_names", broken)
    scans = detect_many(["John Smith received a formal warning.", "Lunch at noon."], CONFIG)
    assert scans[0].errors == ("ner",)
    assert scans[1].errors == ()


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "John Smith met HR on Monday. He received a formal warning about attendance.",
            "John Smith",
        ),
        (
            "Dear Marcus Lee,\nThis letter confirms the final warning issued on 3 November.",
            "Marcus Lee",
        ),
        ("Maria Garcia joined in May. Her diagnosis was shared with HR.", "Maria Garcia"),
    ],
)
def test_names_in_the_sentence_before_the_context(text: str, name: str) -> None:
    scan = detect(text)
    assert name in [text[f.start : f.end] for f in scan.findings if f.kind == "person"]


def test_unrelated_long_sentence_before_is_not_searched() -> None:
    text = (
        "Ana Souza presented the quarterly logistics figures to the whole regional team today.\n"
        "The salary bands for 2027 were approved by finance."
    )
    assert "person" not in detect(text).kinds
