"""The labelled corpora: no sensitive file may reach the cloud, and at most 10%
of the non-sensitive ones may be kept local.

``tests/corpus`` was written beside the detectors; ``tests/corpus/independent``
was written by someone who never saw them, and is a held-out check: it is
never edited to make the detectors pass."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from assistant.core import check_document
from assistant.guard.policy import parse_policy
from connectors import read_document
from tests.conftest import REPO

CORPUS = REPO / "tests" / "corpus"
INDEPENDENT = CORPUS / "independent"


def _rows(corpus: Path = CORPUS) -> list[dict]:
    lines = (corpus / "labels.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines]


def test_corpus_has_enough_files_of_every_type() -> None:
    rows = _rows()
    assert len(rows) >= 60
    assert {Path(r["file"]).suffix for r in rows} >= {".docx", ".xlsx", ".eml", ".txt", ".vtt"}
    assert sum(r["sensitive"] for r in rows) >= 25 and sum(not r["sensitive"] for r in rows) >= 25
    assert all((CORPUS / "files" / r["file"]).is_file() for r in rows)


@pytest.mark.parametrize("corpus", [CORPUS, INDEPENDENT], ids=["own", "independent"])
def test_corpus_routing_targets(monkeypatch, capsys, corpus: Path) -> None:
    policy = parse_policy(REPO / "installer" / "policy.example.toml")
    monkeypatch.setenv("DESKMATE_KEY_CORP_AZURE", "test-key")  # so the cloud is possible
    leaks, kept_local, clean = [], [], 0
    rows = _rows(corpus)
    for row in rows:
        result = check_document(read_document(corpus / "files" / row["file"]), policy, "summarize")
        if row["sensitive"] and result.decision.route in ("cloud", "cloud_redacted"):
            leaks.append(row["file"])
        if not row["sensitive"]:
            clean += 1
            if result.decision.route != "cloud":
                kept_local.append(row["file"])
    over_local = len(kept_local) / clean
    sensitive = len(rows) - clean
    caught = sensitive - len(leaks)
    with capsys.disabled():
        print(
            f"\n{corpus.name}: {len(rows)} files; sensitive routed to cloud: {len(leaks)}; "
            f"non-sensitive kept local: {len(kept_local)}/{clean} ({over_local:.0%}); "
            f"recall {caught}/{sensitive}, precision {caught}/{caught + len(kept_local)}"
        )
    assert leaks == []
    assert over_local <= 0.10, kept_local
    assert os.environ["DESKMATE_KEY_CORP_AZURE"] == "test-key"
