"""``deskmate eval`` prints the quality figures from our labelled sets."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

from tests.conftest import REPO, run_cli

DATA = REPO / "tests" / "data"


def test_eval_labels_on_a_subset(tmp_path: Path) -> None:
    rows = [json.loads(x) for x in (DATA / "emails" / "labels.jsonl").read_text().splitlines()]
    subset = rows[::6]  # one per label
    for row in subset:
        shutil.copy(DATA / "emails" / row["file"], tmp_path / row["file"])
    (tmp_path / "labels.jsonl").write_text("\n".join(json.dumps(r) for r in subset), "utf-8")
    result = run_cli("eval", "labels", str(tmp_path), "--no-model")
    assert result.returncode == 0, result.stderr
    accuracy = float(re.search(r"accuracy: ([\d.]+)%", result.stdout).group(1))
    assert 0 <= accuracy <= 100 and "macro-F1: " in result.stdout
    assert "messages: 10 (classifier 9, phishing 1)" in result.stdout
    stages = dict(re.findall(r"^(phishing|classifier|model) +(\d+/\d+)", result.stdout, re.M))
    assert stages == {"phishing": "1/10", "classifier": "10/10"}  # the model was not run
    table = result.stdout.split("(predicted →; true ↓)\n", 1)[1].splitlines()
    assert len(table) == 10 and sum(int(n) for line in table for n in line.split()[-10:]) == 10


def test_eval_labels_with_learned_corrections() -> None:
    result = run_cli("eval", "labels", str(DATA / "emails"), "--learn", "0.5", "--no-model")
    assert result.returncode == 0, result.stderr
    assert re.search(r"messages: 30 \(classifier \d+, phishing \d+\)", result.stdout)


def test_eval_phishing_on_the_held_out_set() -> None:
    """The issue's target, with the org's domains from the policy: >= 90% of the
    43 phishing messages caught, at most 1 in 8 of the 20 legitimate urgent flagged."""
    policy = str(REPO / "installer" / "policy.example.toml")
    result = run_cli("eval", "phishing", str(DATA / "phishing"), "--policy", policy)
    assert result.returncode == 0, result.stderr
    caught, total = map(int, re.search(r"caught: (\d+)/(\d+)", result.stdout).groups())
    flagged, legit = map(int, re.search(r"flagged: (\d+)/(\d+)", result.stdout).groups())
    assert total == 43 and legit == 20
    assert caught / total >= 0.9 and flagged / legit <= 1 / 8


def test_eval_notes() -> None:
    result = run_cli("eval", "notes", str(DATA / "notes"))
    assert result.returncode == 0, result.stderr
    assert "transcripts: 5" in result.stdout
    recall = re.search(r"recall: ([\d.]+)% \((\d+)/(\d+)\)", result.stdout)
    assert recall and int(recall.group(3)) == 15 and float(recall.group(1)) >= 50


def test_eval_sensitivity() -> None:
    corpus = str(REPO / "tests" / "corpus")
    policy = str(REPO / "installer" / "policy.example.toml")  # defines the org's own terms
    result = run_cli("eval", "sensitivity", corpus, "--policy", policy)
    assert result.returncode == 0, result.stderr
    assert "leaks (sensitive cleared for the cloud): 0" in result.stdout
    assert "files: 65 (37 sensitive)" in result.stdout
    assert "over-local rate: 0.0% (0/28 kept local)" in result.stdout
    # Without the org's terms, the codename files are (correctly) reported as leaks.
    bare = run_cli("eval", "sensitivity", corpus)
    assert "leaks (sensitive cleared for the cloud): 2" in bare.stdout
    assert "codename.txt" in bare.stdout


def test_eval_missing_dataset(tmp_path: Path) -> None:
    result = run_cli("eval", "labels", str(tmp_path))
    assert result.returncode == 3 and "no labels.jsonl" in result.stderr
