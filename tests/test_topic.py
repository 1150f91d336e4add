"""Sensitive by topic and by structure: HR, health and legal documents with no
single sensitive value, tables of people, and failing closed when the
classifier or a detector breaks."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.guard import sensitivity
from assistant.guard.check import check_document
from assistant.guard.policy import parse_policy
from assistant.guard.sensitivity import detect, topic
from connectors import Document
from tests.conftest import REPO

# Written for these tests; not in the classifier's training set.
DISCIPLINARY = """Notes from Thursday's meeting

Present: line manager, HR partner, the team member and a companion.

We went through the three incidents in the warehouse. The team member accepted
that the forklift was left unattended twice, and disputed the third occasion.
After a short adjournment the manager decided to issue a first written warning,
to stay on file for six months. The team member said the night rota had left him
exhausted and asked for the warning to be reconsidered. He has five working days
to appeal in writing. HR will send the outcome letter on Monday.
"""

OFFICE_MOVE = """Office move: what happens next week

From Monday the finance and legal teams sit on the third floor. Crates arrive on
Wednesday; please pack your desk by Friday lunchtime and label everything. The
health and safety team will walk each floor on Monday morning to show the new fire
exits and the first aid room. Questions about desks go to Maria Lopez in facilities,
and questions about parking to Tom Baker at reception. Thanks for your patience.
"""


def test_a_disciplinary_note_without_values_is_sensitive_by_topic() -> None:
    scan = detect(DISCIPLINARY)
    assert "topic" in scan.kinds, scan.kinds


def test_the_office_move_memo_is_not_health_data() -> None:
    scan = detect(OFFICE_MOVE)
    assert not scan.kinds & {"health", "topic", "person"}, scan.kinds


def test_the_classifier_is_confident_both_ways() -> None:
    sick = "i have been signed off sick with depression and my gp has changed my medication."
    memo = "the quarterly roadmap review is in room 4 on tuesday; slides are in the shared folder."
    high, low = topic.classify([sick, memo])
    assert high >= 0.9 and low < topic.BORDERLINE


def _route(text: str, monkeypatch: pytest.MonkeyPatch) -> tuple[str, tuple[str, ...], str]:
    monkeypatch.setenv("DESKMATE_KEY_CORP_AZURE", "test-key")
    policy = parse_policy(REPO / "installer" / "policy.example.toml")
    result = check_document(Document(text=text, kind="text"), policy, "summarize")
    messages = " ".join(r.message for r in result.decision.reasons)
    return result.decision.route, result.scan.errors, messages


def test_a_broken_topic_model_keeps_the_document_local(monkeypatch: pytest.MonkeyPatch) -> None:
    topic._model.cache_clear()
    monkeypatch.setattr(topic, "MODEL", Path("/nonexistent/topic.spacy"))
    try:
        route, errors, messages = _route(DISCIPLINARY, monkeypatch)
    finally:
        topic._model.cache_clear()
    assert errors == ("topic",)
    assert route == "local" and "the topic detector failed" in messages


@pytest.mark.parametrize("name", ["find_tables", "find_numbers"])
def test_a_broken_detector_keeps_the_document_local(
    monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    def broken(*args: object):
        raise RuntimeError("detector crashed")
        yield  # pragma: no cover

    monkeypatch.setattr(sensitivity, name, broken)
    route, errors, messages = _route("Quarterly roadmap review in room 4 on Tuesday.", monkeypatch)
    assert errors and route == "local" and "failed; kept local" in messages
