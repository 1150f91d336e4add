"""Teacher -> student: a real OpenAI-compatible server (llama_cpp.server with the
bundled model) is the approved cloud; its labels become hashed training
examples, agreement is counted, and a student that agrees often enough answers
alone, which is logged as a cloud call avoided."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from assistant.core import label_mail, train_labels
from assistant.mail.store import LabelStore
from assistant.usage.log import UsageLog
from tests.cloud_server import API_KEY, RecordingProxy
from tests.test_label import write_mail


@pytest.fixture(autouse=True)
def cloud_key(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DESKMATE_KEY_TESTCLOUD", API_KEY)


def _policy(path: Path, base_url: str, *, alone_at: float, minimum: int) -> Path:
    path.write_text(
        f"""version = "teacher-1"
[email]
org_domains = ["contoso.com"]
student_alone_at = {alone_at}
student_min_examples = {minimum}

[[cloud.endpoints]]
name = "testcloud"
provider = "openai-compatible"
base_url = "{base_url}"
model = "smollm2"
workflows = ["label"]
timeout_s = 60
max_retries = 0
""",
        encoding="utf-8",
    )
    return path


def _vague_inbox(folder: Path, count: int) -> Path:
    """Short notes the shipped classifier is unsure about (no names, no numbers)."""
    folder.mkdir()
    topics = ["the plan", "our notes", "the draft", "the list", "the summary", "the outline"]
    for i in range(count):
        write_mail(
            folder / f"m{i}.eml",
            "Team <team@contoso.com>",
            f"About {topics[i % len(topics)]}",
            f"Here is {topics[i % len(topics)]} as discussed.",
        )
    return folder


def test_teacher_labels_are_hashed_examples_then_the_student_answers_alone(
    tmp_path: Path, proxy: RecordingProxy, deskmate_home: Path
) -> None:
    inbox = _vague_inbox(tmp_path / "inbox", 4)
    policy = _policy(tmp_path / "p.toml", proxy.base_url, alone_at=0.9, minimum=3)
    first = label_mail(inbox, policy_path=policy)
    assert [r.method for r in first] == ["teacher"] * 4
    assert all(r.route == "cloud" and r.reason.startswith("cloud model:") for r in first)
    assert len(proxy.requests) == 4

    store = LabelStore.open()
    taught = store.db.execute("SELECT hashes, label, student FROM teacher").fetchall()
    agreement = store.agreement()
    store.close()
    assert len(taught) == 4 and sum(total for _, total in agreement.values()) == 4
    raw = (deskmate_home / "labels.db").read_bytes()
    for word in (b"draft", b"outline", b"discussed", b"About", b"contoso"):
        assert word not in raw  # the store keeps hashes, never the words

    # Agreement 0.9 on at least 3 labels is not reached: the teacher is asked again.
    label_mail(inbox / "m0.eml", policy_path=policy)
    assert len(proxy.requests) == 5

    # A policy that lets the student answer alone at any agreement, after 1 label:
    # the same guesses as before are now the student's alone, and nothing is sent.
    easy = _policy(tmp_path / "easy.toml", proxy.base_url, alone_at=0.0, minimum=1)
    second = label_mail(inbox, policy_path=easy)
    assert [r.method for r in second] == ["student"] * 4 and len(proxy.requests) == 5
    assert all(r.route == "local" and r.reasons[-1].kind == "cloud_avoided" for r in second)
    log = UsageLog.open()
    rows = log.db.execute("SELECT reasons FROM events WHERE reasons LIKE '%cloud_avoided%'")
    assert len(rows.fetchall()) == 4
    log.close()
    from assistant.usage.metrics import local_events, summary

    assert summary(local_events(), hourly_rate=50.0)["cloud_calls_avoided"] == 4

    report = train_labels()
    assert report.teacher == 4 and report.corrections == 0 and report.seed == 472


def test_a_correction_outweighs_the_teacher(tmp_path: Path, deskmate_home: Path) -> None:
    """Three teacher labels say FYI; two messages say Finance. As the user's
    corrections (weight 3 each) Finance wins; as teacher labels (weight 1) it loses."""
    from assistant.mail.classifier import load
    from assistant.mail.features import hashed
    from assistant.mail.taxonomy import Taxonomy
    from assistant.mail.training import train

    base = ["from:external", "s:zeta", "zeta", "quux", "wibble", "report"]
    guesses = {}
    for kind in ("corrections", "teacher"):
        store = LabelStore.open(tmp_path / f"{kind}.db")
        for i in range(3):
            store.teach(f"t{i}", hashed(base + [f"x{i}"]), "FYI", "FYI")
        for i in range(2):
            if kind == "teacher":
                store.teach(f"c{i}", hashed(base + [f"y{i}"]), "Finance", "FYI")
            else:
                store.remember(f"c{i}", hashed(base + [f"y{i}"]), "FYI", "classifier")
                store.correct(f"c{i}", "Finance")
        report = train(store, Taxonomy(), path=tmp_path / f"{kind}.spacy")
        store.close()
        assert report.seed == 472
        student = load(tmp_path / f"{kind}.spacy")
        assert student is not None
        guesses[kind] = student.predict(base + ["x7"]).label
    assert guesses == {"corrections": "Finance", "teacher": "FYI"}


def test_store_migrates_clear_text_away(tmp_path: Path, deskmate_home: Path) -> None:
    deskmate_home.mkdir(parents=True, exist_ok=True)
    db = sqlite3.connect(deskmate_home / "labels.db")
    db.execute("CREATE TABLE seen (message_id TEXT PRIMARY KEY, features TEXT, subject TEXT)")
    db.execute("INSERT INTO seen VALUES ('a', 'Salary review for Jo', 'Salary review')")
    db.commit()
    db.close()
    LabelStore.open().close()
    db = sqlite3.connect(deskmate_home / "labels.db")
    assert db.execute("SELECT COUNT(*) FROM seen").fetchone() == (0,)
    assert "subject" not in [c[1] for c in db.execute("PRAGMA table_info(seen)")]
    db.close()
