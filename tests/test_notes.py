"""``deskmate notes`` on the bundled model, with generated and real transcript files."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from assistant.core import notes_file
from assistant.workflows.meeting_items import ActionItem, Items, extract_items, merge_items
from assistant.workflows.notes import NOTES_SCHEMA
from connectors.transcripts import Utterance
from deskmate_base.errors import EmptyFileError
from tests import factories
from tests.conftest import run_cli
from tests.meetings import EXPECTED, meeting_vtt


@pytest.fixture(scope="module")
def twenty_minutes(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return meeting_vtt(tmp_path_factory.mktemp("meeting") / "weekly-ops.vtt", minutes=20)


def _check_schema(data: dict) -> None:
    assert set(data) - {"event_id", "reasons"} == set(NOTES_SCHEMA["properties"])
    assert isinstance(data["summary"], str) and data["summary"]
    for key in ("decisions", "open_questions", "attendees"):
        assert all(isinstance(v, str) for v in data[key])
    for item in data["action_items"]:
        assert set(item) == {"owner", "task", "due"}


def test_twenty_minute_meeting(twenty_minutes: Path, tmp_path: Path) -> None:
    before = factories.sha256(twenty_minutes)
    out = tmp_path / "notes.docx"
    result = notes_file(twenty_minutes, out=out, max_tokens=64)
    data = result.as_json()
    _check_schema(data)
    found = [
        (owner, keyword)
        for owner, keyword in EXPECTED
        if any(a["owner"] == owner and keyword in a["task"].lower() for a in data["action_items"])
    ]
    print(f"\naction items found by owner and keyword: {len(found)}/{len(EXPECTED)}")
    assert len(found) >= len(EXPECTED) / 2
    assert sorted(data["attendees"]) == ["Ana Lima", "Luis Ortega", "Priya Shah", "Tom Becker"]
    assert 19 <= data["duration_minutes"] <= 21 and data["duration_estimated"] is False
    assert any("Lisbon go-live" in d for d in data["decisions"])
    assert any("night shift" in q for q in data["open_questions"])
    assert result.notes.parts >= 1 and data["route"] == "local"

    import docx

    doc = docx.Document(str(out))
    headings = [p.text for p in doc.paragraphs if p.style.name.startswith("Heading")]
    assert headings[0] == "Meeting notes: weekly-ops"
    assert headings[1:] == ["Summary", "Decisions", "Action items", "Open questions",
                            "Attendees", "Duration"]  # fmt: skip
    (table,) = doc.tables
    rows = [[c.text for c in r.cells] for r in table.rows]
    assert rows[0] == ["Owner", "Task", "Due"]
    assert ["Luis Ortega", "Chase the scanner vendor for the firmware", "Friday"] in rows
    assert ["Priya Shah", "Update the rollout plan for Porto", "tomorrow"] in rows
    assert factories.sha256(twenty_minutes) == before


def test_long_meeting_is_chunked_and_merged(twenty_minutes: Path, monkeypatch) -> None:
    monkeypatch.setenv("DESKMATE_CONTEXT", "1024")
    result = notes_file(twenty_minutes, max_tokens=48)
    assert result.notes.parts >= 4
    tasks = [(a.owner, a.task) for a in result.notes.items.action_items]
    assert len(tasks) == len(set(tasks))
    _check_schema(result.as_json())


def test_merge_drops_duplicate_action_items() -> None:
    a = Items((ActionItem("Luis", "Chase the scanner vendor", "Friday"),), ("Move go-live",), ())
    b = Items(
        (
            ActionItem("Luis", "chase the scanner vendor again", None),
            ActionItem("Ana", "Chase the scanner vendor", None),
        ),
        ("move go-live",),
        (),
    )
    merged = merge_items([a, b])
    assert [(i.owner, i.due) for i in merged.action_items] == [("Luis", "Friday"), ("Ana", None)]
    assert merged.decisions == ("Move go-live",)


def test_request_owner_is_who_answers() -> None:
    utterances = [
        Utterance("Ana", "Could you share the stock report with finance?"),
        Utterance("Luis", "Sure, will do."),
    ]
    (item,) = extract_items(utterances, ["Ana", "Luis"]).action_items
    assert item == ActionItem("Luis", "Share the stock report with finance", None)


def test_cli_json_and_markdown(tmp_path: Path) -> None:
    path = tmp_path / "sync.txt"
    path.write_text(
        "Ana: We decided to ship Porto first.\nLuis: I'll send the cut-over plan by Monday.\n"
        "Ana: What happens to the night shift during cut-over?\n",
        encoding="utf-8",
    )
    result = run_cli("notes", str(path), "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    _check_schema(data)
    assert data["action_items"] == [
        {"owner": "Luis", "task": "Send the cut-over plan", "due": "Monday"}
    ]
    assert data["decisions"] == ["We decided to ship Porto first."]
    assert data["duration_estimated"] is True
    out = tmp_path / "sync.md"
    assert run_cli("notes", str(path), "--out", str(out)).returncode == 0
    md = out.read_text(encoding="utf-8")
    assert "| Luis | Send the cut-over plan | Monday |" in md and "## Open questions" in md


def test_bad_transcripts_cli(tmp_path: Path) -> None:
    empty = tmp_path / "empty.vtt"
    empty.write_text("WEBVTT\n\n", encoding="utf-8")
    result = run_cli("notes", str(empty))
    assert result.returncode == EmptyFileError.exit_code and "no speech" in result.stderr
    untagged = tmp_path / "untagged.txt"
    untagged.write_text("we reviewed the budget\nthe rollout is on track\n", encoding="utf-8")
    result = run_cli("notes", str(untagged))
    assert result.returncode == 0 and "no speaker tags" in result.stderr
    assert "Traceback" not in result.stderr


def test_decisions_pronouns_answers_and_agenda() -> None:
    utterances = [
        Utterance("Ruth", "Next item on the agenda is the vendor choice."),
        Utterance("Ruth", "Agreed, we go with Vendor B for the scanners."),
        Utterance("Ruth", "Ali, please send me the final quote by Friday."),
        Utterance("Jon", "Should we move some of the training budget to travel?"),
        Utterance("Ruth", "Not yet, the spring courses are not confirmed."),
        Utterance("Ali", "What happens to the night shift during the office move?"),
        Utterance("Jon", "The canteen reopens on Monday after the painting works."),
    ]
    items = extract_items(utterances, ["Ruth", "Ali", "Jon"])
    assert items.decisions == ("Agreed, we go with Vendor B for the scanners.",)
    assert items.action_items == (ActionItem("Ali", "Send Ruth the final quote", "Friday"),)
    assert items.open_questions == ("What happens to the night shift during the office move?",)


def test_one_minute_meeting_and_grounded_summary(tmp_path: Path) -> None:
    from assistant.workflows.grounding import support

    path = tmp_path / "sync.txt"
    lines = [
        "[00:00:00] Ruth: We decided to keep the headcount budget for Q1 as it is.",
        "[00:00:20] Ali: I'll send finance a breakdown of the Porto launch costs by the 5th.",
        "[00:01:00] Jon: The training budget is under plan by 12 percent this quarter.",
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "sync.md"
    result = notes_file(path, out=out, max_tokens=48)
    assert result.notes.duration_minutes == 1 and not result.notes.duration_estimated
    md = out.read_text(encoding="utf-8")
    assert "1 minute\n" in md and "1 minutes" not in md
    source = [line.split("] ", 1)[1] for line in lines]
    for sentence in re.split(r"(?<=[.!?])\s+", result.notes.summary):
        text = sentence.split(": ", 1)[-1]
        assert support(text, source).ok, sentence
