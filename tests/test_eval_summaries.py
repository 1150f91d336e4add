"""``deskmate eval summaries``: scores against facts written before tuning, beside Lead-k."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from assistant.evaluate_summaries import lead_k, score
from connectors import read_document
from tests.conftest import run_cli

DATA = Path(__file__).parent / "data" / "summaries"
PICK = (
    "status_report_q3_service_centres.docx",
    "tracker_self_checkout_rollout.xlsx",
    "thread_supplier_delay_hartwell.eml",
)


def _subset(tmp_path: Path) -> Path:
    rows = [json.loads(line) for line in (DATA / "facts.jsonl").read_text().splitlines() if line]
    keep = [r for r in rows if r["file"] in PICK]
    for row in keep:
        shutil.copy(DATA / row["file"], tmp_path / row["file"])
    (tmp_path / "facts.jsonl").write_text("\n".join(json.dumps(r) for r in keep) + "\n")
    return tmp_path


def test_cli_reports_both_systems_side_by_side(tmp_path: Path) -> None:
    directory = _subset(tmp_path)
    result = run_cli("eval", "summaries", str(directory), "--no-model", "--json")
    assert result.returncode == 0, result.stderr
    ours, lead = json.loads(result.stdout)
    assert (ours["system"], lead["system"]) == ("deskmate", "lead-k")
    assert ours["documents"] == lead["documents"] == 3
    for doc_ours, doc_lead in zip(ours["per_document"], lead["per_document"], strict=True):
        assert doc_ours["bullets"] == doc_lead["bullets"]  # k matched to our bullet count
    for key in ("invented_numbers", "invented_names", "unsupported_sentences", "false_statements"):
        assert ours[key] == 0, (key, ours["per_document"])
    assert ours["fact_recall"] >= lead["fact_recall"]
    text = run_cli("eval", "summaries", str(directory), "--no-model").stdout
    assert "fact recall" in text and "lead-k" in text and "seconds per document" in text


def test_missing_facts_file_is_a_clean_error(tmp_path: Path) -> None:
    result = run_cli("eval", "summaries", str(tmp_path))
    assert result.returncode != 0 and "facts.jsonl" in result.stderr
    assert "Traceback" not in result.stderr


def test_scoring_catches_invention_and_false_statements() -> None:
    document = read_document(DATA / "status_report_q3_service_centres.docx")
    row = {
        "file": "x",
        "facts": [{"id": "f1", "any": ["Valencia"]}, {"id": "f2", "any": ["19.1m"]}],
        "false": [{"id": "x1", "any": ["Lisbon is on track"]}],
    }
    bullets = [
        "Lisbon is on track for go-live.",
        "The port of Lisbon opens on 21 March 2026 under Fernando Pessoa.",
        lead_k(document, 1)[0],
    ]
    scored = score(row, document, bullets, None, 0.0)
    assert scored.false_made == ["x1"]
    assert "21" in scored.invented_numbers and "2026" in scored.invented_numbers
    assert "Pessoa" in scored.invented_names
    assert bullets[0] in scored.unsupported and bullets[1] in scored.unsupported
    assert bullets[2] not in scored.unsupported
    assert scored.found == []


def test_held_out_set_with_the_bundled_model() -> None:
    """The set written after the pipeline by someone who never saw it: the model's
    fenced steps included, nothing invented or false, and more facts than Lead-k."""
    held_out = Path(__file__).parent / "data" / "summaries-heldout"
    result = run_cli("eval", "summaries", str(held_out), "--json")
    assert result.returncode == 0, result.stderr
    ours, lead = json.loads(result.stdout)
    assert ours["documents"] == 14
    # The fence runs the evaluator's own check (grounding.grounded over the
    # document's sentences) on every model answer, so nothing shown is unsupported.
    for key in ("invented_numbers", "invented_names", "unsupported_sentences", "false_statements"):
        assert ours[key] == 0, (key, ours["per_document"])
    assert ours["fact_recall"] >= lead["fact_recall"] + 0.10
