from __future__ import annotations

from pathlib import Path

import pytest

from connectors.transcripts import read_transcript
from deskmate_base.errors import CorruptFileError, EmptyFileError, UnsupportedFileError
from tests import factories

VTT = """WEBVTT

00:00:01.000 --> 00:00:04.000
<v Ana Lima>Porto is live.</v>

00:00:05.000 --> 00:00:09.500
<v Luis>I will chase the vendor
by Friday.</v>

00:00:10.000 --> 00:00:12.000
<v Luis>And the budget.</v>

00:10:00.000 --> 00:10:02.000
Ana Lima: Thanks all.
"""


def test_vtt_voices_prefixes_timing_and_merged_turns(tmp_path: Path) -> None:
    path = tmp_path / "m.vtt"
    path.write_text(VTT, encoding="utf-8")
    t = read_transcript(path)
    assert t.speakers == ["Ana Lima", "Luis"]
    assert [u.speaker for u in t.utterances] == ["Ana Lima", "Luis", "Ana Lima"]
    assert t.utterances[1].text == "I will chase the vendor by Friday. And the budget."
    assert t.duration_minutes == 10.0 and t.timed and t.tagged


def test_srt(tmp_path: Path) -> None:
    path = tmp_path / "m.srt"
    path.write_text(
        "1\n00:00:01,000 --> 00:00:04,000\nAna: Porto is live.\n\n"
        "2\n00:02:05,000 --> 00:02:09,000\nLuis: I will chase the vendor.\n",
        encoding="utf-8",
    )
    t = read_transcript(path)
    assert t.speakers == ["Ana", "Luis"] and t.duration_minutes == 2.1


def test_txt_with_timestamps_and_continuations(tmp_path: Path) -> None:
    path = tmp_path / "m.txt"
    path.write_text(
        "[00:00:05] Ana: Welcome.\nWe start with Porto.\n[00:01:00] Luis: Porto is live.\n",
        encoding="utf-8",
    )
    t = read_transcript(path)
    assert [(u.speaker, u.text) for u in t.utterances] == [
        ("Ana", "Welcome. We start with Porto."),
        ("Luis", "Porto is live."),
    ]


def test_teams_docx_headings(tmp_path: Path) -> None:
    path = factories.make_docx(
        tmp_path / "teams.docx",
        title="Weekly sync",
        paragraphs=[
            "Ana Lima   0:03",
            "Porto is live.",
            "Luis Ortega   1:15",
            "I will chase the vendor.",
        ],
    )
    t = read_transcript(path)
    assert ("Ana Lima", "Porto is live.") in [(u.speaker, u.text) for u in t.utterances]
    assert "Luis Ortega" in t.speakers and t.title == "Weekly sync"


def test_no_speaker_tags_still_reads(tmp_path: Path) -> None:
    path = tmp_path / "plain.txt"
    path.write_text("we went through the budget\nthen the rollout plan\n", encoding="utf-8")
    t = read_transcript(path)
    assert not t.tagged and t.speakers == [] and t.duration_minutes > 0


@pytest.mark.parametrize(
    ("name", "content", "error"),
    [
        ("empty.vtt", "WEBVTT\n\n", EmptyFileError),
        ("broken.vtt", "this is not webvtt at all\n00:00 --> nope\n", CorruptFileError),
        ("zero.txt", "", EmptyFileError),
        ("deck.pptx", "x", UnsupportedFileError),
    ],
)
def test_bad_transcripts(tmp_path: Path, name: str, content: str, error: type) -> None:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    with pytest.raises(error):
        read_transcript(path)
