"""Core functions take an injected Policy and Backend (like httpx's transport=).

These run whole requests on a tiny fake backend, without loading the model;
the real-model tests elsewhere still run the bundled model.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import pytest

from assistant import core
from assistant import requests as requests_module
from assistant.guard import policy as policy_module
from assistant.guard.policy import Policy
from assistant.usage.log import UsageLog
from connectors import Document
from local_models import Completion


class EchoBackend:
    """Answers every prompt with a fixed bullet; counts its calls."""

    name = "echo-test"
    context_length = 4096

    def __init__(self, answer: str = "- Lisbon is at risk.") -> None:
        self.answer = answer
        self.calls = 0

    def chat(self, messages: Sequence[Any], *, max_tokens: int, temperature: float = 0.2,
             json_schema: dict[str, Any] | None = None) -> Completion:  # fmt: skip
        self.calls += 1
        text = self.answer
        if json_schema is not None:
            text = json.dumps({"summary": "Vendor B chosen.", "label": "FYI", "reason": "test"})
        return Completion(text, self.name, 10, 5, "stop")

    def stream(self, messages: Sequence[Any], *, max_tokens: int,
               temperature: float = 0.2) -> Iterator[str]:  # fmt: skip
        yield self.chat(messages, max_tokens=max_tokens).text

    def count_tokens(self, text: str) -> int:
        return len(text.split())


def _no_disk_policy(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    calls: list[int] = []
    real = policy_module.load_policy

    def counting(path: Path | None = None) -> Policy:
        calls.append(1)
        return real(path)

    monkeypatch.setattr(policy_module, "load_policy", counting)
    monkeypatch.setattr(requests_module, "load_policy", counting)
    return calls


def test_summarize_runs_on_an_injected_backend_and_policy(monkeypatch: pytest.MonkeyPatch) -> None:
    loads = _no_disk_policy(monkeypatch)
    backend = EchoBackend()
    document = Document(text="Lisbon is at risk because the firmware is late. " * 5, kind="text")
    result = core.summarize_document(
        document, surface="cli", policy=Policy(version="injected"), backend=backend
    )
    assert backend.calls >= 1 and result.summary.model == "echo-test"
    assert loads == []  # the injected policy was used; nothing was read from disk
    data = result.as_json()
    assert data["route"] == "local" and data["event_id"] == result.event_id
    assert isinstance(data["reasons"], list)
    log = UsageLog.open()
    try:
        (row,) = log.db.execute("SELECT model, policy_version FROM events").fetchall()
    finally:
        log.close()
    assert row == ("echo-test", "injected")


def test_the_policy_is_loaded_once_per_request(monkeypatch: pytest.MonkeyPatch) -> None:
    loads = _no_disk_policy(monkeypatch)
    document = Document(text="The office kitchen reopens on Monday after the refit. " * 4,
                        kind="text")  # fmt: skip
    core.summarize_document(document, surface="cli", backend=EchoBackend())
    assert len(loads) == 1


def test_every_result_carries_route_reasons_and_event_id(tmp_path: Path) -> None:
    transcript = "Ana: Agreed, we go with Vendor B.\nBen: I will send the quote by Friday.\n"
    notes = core.notes_text(transcript, surface="cli", backend=EchoBackend(), policy=Policy())
    for data in (notes.as_json(),):
        assert {"route", "reasons", "event_id"} <= set(data)
        assert data["event_id"] == notes.event_id
    check = core.check_document(Document(text="hello", kind="text"), Policy(), "summarize")
    assert {"route", "reasons", "event_id"} <= set(check.as_json())
