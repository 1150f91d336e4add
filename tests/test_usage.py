from __future__ import annotations

from pathlib import Path

import pytest

from assistant.usage.log import UsageEvent, UsageLog
from assistant.usage.migrations import MIGRATIONS


def _event(**overrides: object) -> UsageEvent:
    base: dict = dict(
        workflow="summarize",
        route="local",
        model="smollm2-135m-instruct",
        input_words=10,
        tokens_in=20,
        tokens_out=5,
        latency_ms=30,
    )
    return UsageEvent(**{**base, **overrides})


def test_open_runs_migrations_once_and_records(tmp_path: Path) -> None:
    db_path = tmp_path / "usage.db"
    log = UsageLog.open(db_path)
    event_id = log.record(_event())
    log.close()
    log = UsageLog.open(db_path)  # second open: no migration runs again
    names = [r["name"] for r in log.db["_migrations"].rows]
    assert names == [m.__name__ for m in MIGRATIONS]
    assert set(log.db["events"].columns_dict) == {
        "id",
        "ts",
        "workflow",
        "route",
        "model",
        "input_words",
        "tokens_in",
        "tokens_out",
        "latency_ms",
        "outcome",
        "reasons",
        "user_id",
        "device_id",
        "app_version",
        "policy_version",
        "surface",
        "input_pages",
        "input_emails",
        "input_minutes",
        "feedback",
        "minutes_saved",
    }
    (row,) = log.events()
    assert row["id"] == event_id and row["outcome"] == "ok"
    assert log.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


@pytest.mark.parametrize("field", ["workflow", "route", "model", "outcome", "reasons"])
def test_free_text_cannot_enter_the_log(tmp_path: Path, field: str) -> None:
    log = UsageLog.open(tmp_path / "usage.db")
    with pytest.raises(ValueError):
        log.record(_event(**{field: "Quarterly report for ACME.docx"}))
    assert log.events() == []
