"""``deskmate check``: the verdict for a file, nothing sent anywhere."""

from __future__ import annotations

import json
from pathlib import Path

from tests import factories
from tests.conftest import REPO, run_cli

CORPUS = REPO / "tests" / "corpus" / "files"


def test_json_shape_without_values(tmp_path: Path) -> None:
    path = tmp_path / "refund.txt"
    path.write_text("Refund card 4539 1488 0343 6467 for olivia@example.com\n", encoding="utf-8")
    result = run_cli("check", str(path), "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert set(data) == {"route", "sensitive", "findings", "labels", "reasons", "event_id"}
    assert data["route"] == "local" and data["sensitive"] is True
    assert {f["kind"] for f in data["findings"]} == {"credit_card", "email"}
    assert all(
        set(f) == {"kind", "detector", "location", "start", "end", "score"}
        for f in data["findings"]
    )
    assert "4539" not in result.stdout and "olivia" not in result.stdout
    assert data["reasons"][0]["kind"] == "sensitive_content"


def test_human_form_shows_masked_previews(tmp_path: Path) -> None:
    path = tmp_path / "refund.txt"
    path.write_text("Refund card 4539 1488 0343 6467 today\n", encoding="utf-8")
    result = run_cli("check", str(path))
    assert result.returncode == 0
    assert result.stdout.splitlines()[0] == "refund.txt: local (sensitive)"
    assert "4539 **** **** 6467" in result.stdout
    assert "1488 0343" not in result.stdout


def test_labels_reported(tmp_path: Path) -> None:
    result = run_cli("check", str(CORPUS / "confidential-label.docx"), "--json")
    data = json.loads(result.stdout)
    assert data["labels"] == [
        {"source": "mip", "id": "f42aa342-8706-4288-bd11-ebb85995028c", "name": "Confidential"}
    ]
    assert data["route"] == "local" and data["reasons"][0]["kind"] == "label"


def test_clean_file_with_policy_and_key_is_cleared_for_cloud(tmp_path: Path) -> None:
    policy = REPO / "installer" / "policy.example.toml"
    doc = factories.make_docx(tmp_path / "plan.docx")
    env = {"DESKMATE_KEY_CORP_AZURE": "k"}
    result = run_cli("check", str(doc), "--json", "--policy", str(policy), env=env)
    data = json.loads(result.stdout)
    assert data["route"] == "cloud" and data["sensitive"] is False
    label_wf = run_cli("check", str(doc), "--json", "--policy", str(policy), "--workflow", "label")
    assert json.loads(label_wf.stdout)["reasons"][-1]["kind"] == "no_key"


def test_bad_files_are_refused_before_any_check(tmp_path: Path) -> None:
    garbage = tmp_path / "x.txt"
    garbage.write_bytes(bytes(range(256)) * 8)
    result = run_cli("check", str(garbage))
    assert result.returncode == 5 and "binary data" in result.stderr
