"""The labelled corpus: no sensitive file may reach the cloud, and at most 10%
of the non-sensitive ones may be kept local."""

from __future__ import annotations

import json
import os
from pathlib import Path

from assistant.core import check_document
from assistant.guard.policy import parse_policy
from connectors import read_document
from tests.conftest import REPO

CORPUS = REPO / "tests" / "corpus"


def _rows() -> list[dict]:
    lines = (CORPUS / "labels.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines]


def test_corpus_has_enough_files_of_every_type() -> None:
    rows = _rows()
    assert len(rows) >= 60
    assert {Path(r["file"]).suffix for r in rows} >= {".docx", ".xlsx", ".eml", ".txt", ".vtt"}
    assert sum(r["sensitive"] for r in rows) >= 25 and sum(not r["sensitive"] for r in rows) >= 25
    assert all((CORPUS / "files" / r["file"]).is_file() for r in rows)


def test_corpus_routing_targets(monkeypatch, capsys) -> None:
    policy = parse_policy(REPO / "installer" / "policy.example.toml")
    monkeypatch.setenv("DESKMATE_KEY_CORP_AZURE", "test-key")  # so the cloud is possible
    leaks, kept_local, clean = [], [], 0
    for row in _rows():
        result = check_document(read_document(CORPUS / "files" / row["file"]), policy, "summarize")
        if row["sensitive"] and result.decision.route in ("cloud", "cloud_redacted"):
            leaks.append(row["file"])
        if not row["sensitive"]:
            clean += 1
            if result.decision.route != "cloud":
                kept_local.append(row["file"])
    over_local = len(kept_local) / clean
    with capsys.disabled():
        print(
            f"\ncorpus: {len(_rows())} files; sensitive routed to cloud: {len(leaks)}; "
            f"non-sensitive kept local: {len(kept_local)}/{clean} ({over_local:.0%})"
        )
    assert leaks == []
    assert over_local <= 0.10, kept_local
    assert os.environ["DESKMATE_KEY_CORP_AZURE"] == "test-key"
