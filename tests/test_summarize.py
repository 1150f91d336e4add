"""``deskmate summarize`` end to end on the bundled model (no mocks)."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from click.testing import CliRunner

from assistant.cli import cli
from assistant.core import summarize_file
from assistant.workflows.summarize import SummaryOptions
from tests import factories
from tests.conftest import run_cli

KEY_TERMS = ("aurora", "lisbon", "warehouse", "scanner", "budget", "migration")


def invoke(*args: str) -> str:
    result = CliRunner().invoke(cli, list(args), catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.output


def test_summarize_multipage_docx_mentions_key_term(report_docx: Path) -> None:
    before = factories.sha256(report_docx)
    text = invoke("summarize", str(report_docx), "--max-tokens", "96")
    bullets = [ln for ln in text.splitlines() if ln.startswith("- ")]
    assert bullets, text
    assert any(term in text.lower() for term in KEY_TERMS), text
    assert factories.sha256(report_docx) == before


def test_summarize_xlsx_mentions_key_term(budget_xlsx: Path) -> None:
    text = invoke("summarize", str(budget_xlsx), "--max-tokens", "96")
    assert text.strip()
    assert any(term in text.lower() for term in (*KEY_TERMS, "region", "spend", "q3")), text


def test_json_output_shape(report_docx: Path) -> None:
    data = json.loads(invoke("summarize", str(report_docx), "--json", "--max-tokens", "48"))
    assert set(data) == {
        "summary",
        "bullets",
        "model",
        "route",
        "reasons",
        "tokens_in",
        "tokens_out",
        "seconds",
        "event_id",
        "kinds",
        "unverified",
    }
    assert len(data["kinds"]) == len(data["bullets"]) and data["unverified"] == []
    assert set(data["kinds"]) <= {"sentence", "table", "compressed", "merged", "gist"}
    assert data["summary"].startswith("- ")
    assert data["model"] == "smollm2-135m-instruct" and data["route"] == "local"
    # The model only writes inside the fence (a gist, shorter sentences): its
    # tokens are counted, and the summary keeps to the length asked for.
    assert data["tokens_in"] > 0 and data["tokens_out"] > 0
    assert len(data["bullets"]) <= 2
    assert data["seconds"] > 0


def test_document_many_times_the_context_window(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("DESKMATE_CONTEXT", "1024")
    path = factories.make_docx(tmp_path / "long.docx", paragraphs=factories.long_text(3500))
    result = summarize_file(path, options=SummaryOptions(max_tokens=64))
    # ~4,500 tokens through a 1,024-token window: sentences are picked first, so the
    # model reads only the picked ones (a gist and at most three compressions).
    assert 1 <= result.summary.parts <= 4
    assert 0 < result.summary.tokens_in < 1024
    assert result.summary.bullets


def test_writes_docx_and_md_outputs(report_docx: Path, tmp_path: Path) -> None:
    import docx

    out_docx = tmp_path / "summary.docx"
    assert "Summary written to" in invoke(
        "summarize", str(report_docx), "--out", str(out_docx), "--max-tokens", "64"
    )
    written = docx.Document(str(out_docx))
    styles = [(p.style.name, p.text) for p in written.paragraphs]
    assert styles[0] == ("Heading 1", "Summary: Aurora migration status")
    assert any(style == "List Bullet" and text for style, text in styles)
    assert "smollm2-135m-instruct (local)" in styles[-1][1]

    out_md = tmp_path / "summary.md"
    invoke("summarize", str(report_docx), "--out", str(out_md), "--max-tokens", "64")
    md = out_md.read_text(encoding="utf-8")
    assert md.startswith("# Summary: Aurora migration status\n\n- ")
    assert not list(tmp_path.glob(".deskmate-*")), "temporary files left behind"

    invoke("summarize", str(report_docx), "--out", str(out_md), "--overwrite", "--max-tokens", "16")
    assert out_md.read_text(encoding="utf-8") != ""


def test_usage_row_written_without_content(report_docx: Path, deskmate_home: Path) -> None:
    invoke("summarize", str(report_docx), "--max-tokens", "48")
    policy = deskmate_home.parent / "policy.toml"
    policy.write_text('version = "2026.11 R2"\n', encoding="utf-8")
    invoke("summarize", str(report_docx), "--max-tokens", "16", "--policy", str(policy))
    bad = report_docx.with_name("broken.docx")
    bad.write_bytes(b"garbage")
    assert run_cli("summarize", str(bad)).returncode != 0

    db_file = deskmate_home / "usage.db"
    rows = [dict(r) for r in _rows(db_file, "SELECT * FROM events ORDER BY ts")]
    assert [r["outcome"] for r in rows] == ["ok", "ok", "corrupt_file"]
    assert rows[1]["policy_version"] == "2026.11-r2"  # the policy in force, as an identifier
    ok = rows[0]
    assert ok["workflow"] == "summarize" and ok["route"] == "local"
    assert ok["model"] == "smollm2-135m-instruct"
    assert ok["input_words"] > 100 and ok["tokens_in"] > 0 and 0 < ok["tokens_out"] <= 48
    assert ok["latency_ms"] > 0
    assert ok["surface"] == "cli" and ok["policy_version"] == "built-in"
    assert ok["input_pages"] >= 1 and 0 < ok["minutes_saved"] <= 6
    raw = b"".join(p.read_bytes() for p in deskmate_home.glob("usage.db*")).lower()
    for secret in (b"aurora", b"lisbon", b"firmware", b"broken", b"migration status"):
        assert secret not in raw


def _rows(db_file: Path, sql: str) -> list[sqlite3.Row]:
    conn = sqlite3.connect(db_file)
    conn.row_factory = sqlite3.Row
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()
