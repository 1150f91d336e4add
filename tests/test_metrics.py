"""Usage log schema, concurrency, time saved, metrics exports and fleet merge."""

from __future__ import annotations

import csv
import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
import sqlite_utils

from assistant.usage import migrations
from assistant.usage.log import UsageEvent, UsageLog
from assistant.usage.metrics import aggregates, k_anonymous, local_events, read_exports, summary
from assistant.usage.time_saved import Baselines, minutes_saved
from tests.conftest import REPO, run_cli


def _event(**kw) -> UsageEvent:
    base = dict(workflow="summarize", route="local", model="m", input_words=476,
                tokens_in=10, tokens_out=5, latency_ms=6000)  # fmt: skip
    return UsageEvent(**{**base, **kw})


def _log(db_path: Path, user: str, device: str = "dev1") -> UsageLog:
    log = UsageLog.open(db_path)
    log.user_id, log.device_id = user, device
    return log


def test_migrating_from_the_first_schema_keeps_old_rows(tmp_path: Path) -> None:
    path = tmp_path / "usage.db"
    db = sqlite_utils.Database(path)
    db.table("_migrations").create({"name": str, "applied_at": str}, pk="name")
    migrations.m001_events(db)
    db.table("_migrations").insert({"name": "m001_events", "applied_at": "2026-11-01"})
    db.table("events").insert(
        {
            "id": "old-1",
            "ts": "2026-11-01T09:00:00.000+00:00",
            "workflow": "summarize",
            "route": "local",
            "model": "m",
            "input_words": 100,
            "tokens_in": 1,
            "tokens_out": 1,
            "latency_ms": 5,
            "outcome": "ok",
        }  # fmt: skip
    )
    db.close()
    log = UsageLog.open(path)
    names = [r["name"] for r in log.db.table("_migrations").rows]
    assert names == ["m001_events", "m002_reasons", "m003_adoption"]
    (old,) = [r for r in log.events() if r["id"] == "old-1"]
    assert old["input_words"] == 100 and old["surface"] == "cli" and old["feedback"] == "none"
    assert old["minutes_saved"] == 0.0 and old["reasons"] == ""
    log.record(_event())
    assert len(log.events()) == 2


WRITER = """
import sys
from pathlib import Path
from assistant.usage.log import UsageEvent, UsageLog
log = UsageLog.open(Path(sys.argv[1]))
for i in range(int(sys.argv[2])):
    log.record(UsageEvent(workflow="label", route="local", model="m", input_words=1,
                          tokens_in=0, tokens_out=0, latency_ms=1, surface=sys.argv[3]))
"""


def test_four_processes_write_at_once_without_losing_events(tmp_path: Path) -> None:
    path = tmp_path / "usage.db"
    UsageLog.open(path).close()
    surfaces = ["cli", "tray", "watch", "api"]
    procs = [
        subprocess.Popen([sys.executable, "-c", WRITER, str(path), "2000", s], cwd=REPO)
        for s in surfaces
    ]
    assert [p.wait(timeout=300) for p in procs] == [0, 0, 0, 0]
    conn = sqlite3.connect(path)
    counts = dict(conn.execute("SELECT surface, count(*) FROM events GROUP BY 1").fetchall())
    assert counts == {s: 2000 for s in surfaces}
    assert conn.execute("SELECT count(DISTINCT id) FROM events").fetchone()[0] == 8000


def test_time_saved_matches_a_hand_computation(tmp_path: Path) -> None:
    b = Baselines()
    # 476 words: reading takes 2 min (< 6), minus 6 s waiting = 1.9 min
    assert minutes_saved(b, workflow="summarize", outcome="ok", latency_ms=6000, words=476) == 1.9
    # 5,000 words: capped at 6 min, minus 30 s = 5.5
    assert minutes_saved(b, workflow="summarize", outcome="ok", latency_ms=30000, words=5000) == 5.5
    # a 45-minute meeting, 60 s of waiting
    assert (
        minutes_saved(b, workflow="notes", outcome="ok", latency_ms=60000, meeting_minutes=45) == 44
    )
    # 1 email at 30 s, 1 s waiting
    assert minutes_saved(b, workflow="label", outcome="ok", latency_ms=1000, emails=1) == 0.483
    assert (
        minutes_saved(b, workflow="summarize", outcome="corrupt_file", latency_ms=5, words=900) == 0
    )
    assert minutes_saved(b, workflow="summarize", outcome="ok", latency_ms=600000, words=900) == 0

    path = tmp_path / "usage.db"
    log = _log(path, "u1")
    ids = [log.record(_event(minutes_saved=1.9)) for _ in range(3)]
    log.record(_event(workflow="notes", minutes_saved=44.0, route="cloud"))
    log.record(_event(outcome="fallback", minutes_saved=2.0))
    log.record(_event(outcome="corrupt_file", minutes_saved=0.0))
    assert log.set_feedback(ids[0], "rejected") and log.set_feedback(ids[1], "accepted")
    log.close()
    s = summary(local_events(db_path=path), hourly_rate=72)
    # 1.9 (accepted) + 1.9 (no feedback) + 44 + 2.0; the rejected 1.9 and the error count zero
    assert s["hours_saved"] == round((1.9 + 1.9 + 44 + 2.0) / 60, 2)
    assert s["assisted_value"] == round(s["hours_saved"] * 72, 2)
    assert s["requests"] == 6 and s["error_rate"] == round(1 / 6, 4)
    assert s["fallback_rate"] == round(1 / 6, 4) and s["acceptance_rate"] == 0.5
    assert s["cloud_share"] == round(1 / 6, 4) and s["by_workflow"] == {"summarize": 5, "notes": 1}


def _fleet(path: Path, users: list[str], device: str, per_user: int = 2) -> list[str]:
    ids = []
    for user in users:
        log = _log(path, user, device)
        for _ in range(per_user):
            ids.append(log.record(_event(minutes_saved=3.0)))
        log.close()
    return ids


def test_k_anonymity_hides_small_groups(tmp_path: Path) -> None:
    path = tmp_path / "usage.db"
    _fleet(path, [f"u{i}" for i in range(6)], "dev1")
    log = _log(path, "lonely")
    log.record(_event(workflow="notes", minutes_saved=10.0))
    log.close()
    rows = aggregates(local_events(db_path=path), by="day")
    kept, hidden = k_anonymous(rows, 5)
    assert hidden == 1 and [r["workflow"] for r in kept] == ["summarize"]
    assert kept[0]["users"] == 6 and kept[0]["requests"] == 12


def test_exports_reopen_and_agree_with_show(tmp_path: Path, deskmate_home: Path) -> None:
    import duckdb
    import openpyxl

    deskmate_home.mkdir(parents=True, exist_ok=True)
    _fleet(deskmate_home / "usage.db", ["u1", "u2"], "dev1")
    policy = tmp_path / "policy.toml"
    policy.write_text('version = "1"\n[usage]\nk_anonymity = 1\n', encoding="utf-8")
    show = run_cli("metrics", "show", "--policy", str(policy))
    assert show.returncode == 0 and "Requests" in show.stdout
    shown = {line.rsplit(None, 1)[0].strip(): line.rsplit(None, 1)[1]
             for line in show.stdout.splitlines()}  # fmt: skip
    assert shown["Requests"] == "4" and shown["Hours saved"] == "0.20"
    outs = {}
    for fmt in ("csv", "xlsx", "json", "parquet"):
        outs[fmt] = tmp_path / f"m.{fmt}"
        r = run_cli("metrics", "export", "--format", fmt, "--out", str(outs[fmt]),
                    "--by", "day", "--policy", str(policy))  # fmt: skip
        assert r.returncode == 0, r.stderr
    with outs["csv"].open(encoding="utf-8") as fh:
        (row,) = list(csv.DictReader(fh))
    assert row["requests"] == "4" and float(row["hours_saved"]) == 0.2 and row["users"] == "2"
    data = json.loads(outs["json"].read_text(encoding="utf-8"))
    assert data["summary"]["requests"] == 4 and data["summary"]["hours_saved"] == 0.2
    assert data["active_users"][0]["DAU"] == 2
    wb = openpyxl.load_workbook(outs["xlsx"])
    assert wb.sheetnames == ["Summary", "By period", "Aggregates"]
    figures = {r[0]: r[1] for r in wb["Summary"].iter_rows(min_row=3, max_row=10, values_only=True)}
    assert figures["Requests"] == 4 and figures["Hours saved"] == 0.2
    assert len(wb["Summary"]._charts) == 2 and len(wb["By period"]._charts) == 1
    con = duckdb.connect()
    total = con.execute(f"SELECT count(*) FROM read_parquet('{outs['parquet']}')").fetchone()
    assert total == (4,)


def test_no_content_in_the_database_or_exports(tmp_path: Path, deskmate_home: Path) -> None:
    sample = REPO / "samples" / "aurora-status-report.docx"
    assert run_cli("summarize", str(sample), "--max-tokens", "32").returncode == 0
    policy = tmp_path / "policy.toml"
    policy.write_text('version = "1"\n[usage]\nk_anonymity = 1\n', encoding="utf-8")
    files = list(deskmate_home.glob("usage.db*"))
    for fmt in ("csv", "xlsx", "json", "parquet"):
        out = tmp_path / f"x.{fmt}"
        run_cli("metrics", "export", "--format", fmt, "--out", str(out), "--policy", str(policy))
        files.append(out)
    words = [b"aurora", b"lisbon", b"firmware", b"warehouse", b"steering", b"aurora-status"]
    for file in files:
        data = file.read_bytes().lower()
        if file.suffix == ".xlsx":
            import zipfile

            with zipfile.ZipFile(file) as z:
                data = b"".join(z.read(n) for n in z.namelist()).lower()
        for word in words:
            assert word not in data, (file.name, word)


def test_corrupt_database_is_moved_aside(deskmate_home: Path, tmp_path: Path) -> None:
    deskmate_home.mkdir(parents=True, exist_ok=True)
    (deskmate_home / "usage.db").write_bytes(b"this is not a database" * 100)
    doc = tmp_path / "a.txt"
    doc.write_text("Agenda for the Porto review.", encoding="utf-8")
    result = run_cli("check", str(doc))
    assert result.returncode == 0
    summarize = run_cli("summarize", str(doc), "--max-tokens", "16")
    assert summarize.returncode == 0 and "moved to usage.db.corrupt-" in summarize.stderr
    assert len(list(deskmate_home.glob("usage.db.corrupt-*"))) == 1
    assert len(UsageLog.open(deskmate_home / "usage.db").events()) == 1


def test_merge_dedupes_events_and_counts_users_once(tmp_path: Path) -> None:
    from assistant.usage.export import write_events

    a, b = tmp_path / "a.db", tmp_path / "b.db"
    _fleet(a, ["u1", "u2", "u3"], "laptop-a")
    _fleet(b, ["u3", "u4", "u5"], "laptop-b")  # u3 uses both devices
    exports = tmp_path / "exports"
    exports.mkdir()
    write_events(exports / "a.parquet", local_events(db_path=a))
    write_events(exports / "b.parquet", local_events(db_path=b))
    write_events(exports / "a-again.parquet", local_events(db_path=a))  # sent twice
    merged = read_exports([exports])
    assert merged.num_rows == 12
    s = summary(merged, hourly_rate=72)
    assert s["active_users"] == 5 and s["requests"] == 12
    out = tmp_path / "org-report.xlsx"
    policy = tmp_path / "policy.toml"
    policy.write_text('version = "1"\n[usage]\nk_anonymity = 5\n', encoding="utf-8")
    r = run_cli("metrics", "merge", str(exports), "--out", str(out), "--policy", str(policy))
    assert r.returncode == 0, r.stderr
    import openpyxl

    rows = list(openpyxl.load_workbook(out)["Aggregates"].iter_rows(min_row=2, values_only=True))
    assert [(row[4], row[10]) for row in rows] == [(12, 5)]


def test_merge_names_a_malformed_export(tmp_path: Path) -> None:
    bad = tmp_path / "device-7.parquet"
    bad.write_bytes(b"PAR1 not really parquet")
    result = run_cli("metrics", "merge", str(bad), "--out", str(tmp_path / "r.xlsx"))
    assert result.returncode == 5 and "device-7.parquet" in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize("bad", ["2026-13-01", "yesterday"])
def test_bad_dates(bad: str) -> None:
    result = run_cli("metrics", "show", "--since", bad)
    assert result.returncode == 1 and "dates must look like" in result.stderr
