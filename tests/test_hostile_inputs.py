"""Hostile small files from issue 15: clear errors, bounded work, no traceback.

Times and peak memory are measured in bench/hostile_inputs.py; here a few
cases run under a generous alarm (many times the fixed reader's time, far
under the old one's) so a return of the quadratic or grid-expanding code
fails instead of hanging.
"""

from __future__ import annotations

import signal
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from connectors.readers import read_document
from connectors.transcripts import parse_transcript, read_transcript
from deskmate_base import errors
from tests import factories, hostile
from tests.conftest import run_cli


@contextmanager
def alarm(seconds: int) -> Iterator[None]:
    def expire(signum: int, frame: object) -> None:
        raise TimeoutError(f"took over {seconds} s")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def test_a_huge_grid_span_is_one_cell(tmp_path: Path) -> None:
    path = hostile.gridspan_docx(tmp_path, span=1_000_000)
    with alarm(30):  # python-docx's grid expansion: 7 s at 100,000 columns, linear in it
        text = read_document(path).text
    assert "Site | Status" in text and "A | B" in text


def test_a_far_cell_does_not_fill_the_sheet(tmp_path: Path) -> None:
    text = read_document(hostile.far_cell_xlsx(tmp_path)).text
    assert "Quarterly depot budget" in text and text.endswith("end")
    assert text.count("|") <= 20  # was 16,383 separators: the whole row


def test_a_sheet_keeps_its_interior_empty_cells(budget_xlsx: Path) -> None:
    text = read_document(budget_xlsx).text
    assert "Lisbon | Q4 | 205000" in text
    assert " |  | Owner: finance team" in text  # C5: two empty columns before it


def test_transcript_reading_is_linear() -> None:
    text = "Ana: the depot opens\n" + "and then the next line goes on\n" * 200_000
    with alarm(20):  # was quadratic: 5-19 s at 100,000 lines
        transcript = parse_transcript(text)
    assert len(transcript.utterances) == 1
    assert transcript.words == 3 + 200_000 * 7


def test_a_long_transcript_file_reads(tmp_path: Path) -> None:
    transcript = read_transcript(hostile.long_transcript(tmp_path, lines=20_000))
    assert transcript.speakers == ["Ana", "Ben", "Chloe"]
    assert len(transcript.utterances) == 10_000


CASES = [
    ("corrupt compressed byte", hostile.corrupt_byte_docx, errors.CorruptFileError, "damaged"),
    ("zip encryption", hostile.zipcrypto_docx, errors.EncryptedFileError, "password"),
    ("Deflate64", hostile.deflate64_docx, errors.CorruptFileError, "compression method"),
    ("understated sizes", hostile.understated_docx, errors.CorruptFileError, "damaged"),
    ("XML over the bound", lambda t: hostile.inflated_docx(t, 100), errors.CorruptFileError,
     "zip bomb"),
    ("MIME 2,000 deep", hostile.deep_mime_eml, errors.CorruptFileError, "nests"),
]  # fmt: skip


@pytest.mark.parametrize("command", ["check", "summarize"])
@pytest.mark.parametrize(("name", "make", "error", "phrase"), CASES, ids=[c[0] for c in CASES])
def test_hostile_file_gives_one_line_and_its_exit_code(
    tmp_path: Path, command: str, name: str, make, error: type[errors.DeskmateError], phrase: str
) -> None:
    path = make(tmp_path)
    before = factories.sha256(path)
    result = run_cli(command, str(path), timeout=120)
    assert result.returncode == error.exit_code, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("deskmate: error:"), result.stderr
    assert phrase in lines[0] and "Traceback" not in result.stderr
    assert factories.sha256(path) == before


def test_label_reports_a_deep_message_and_labels_the_rest(tmp_path: Path) -> None:
    result = run_cli("label", str(hostile.mbox_with_deep_message(tmp_path)), "--json")
    assert result.returncode == 0, result.stderr
    assert "Depot update 1" in result.stdout and "Depot update 3" in result.stdout
    assert "inbox.mbox#2" in result.stderr and "nests its MIME parts" in result.stderr
    assert "Traceback" not in result.stderr and "internal error" not in result.stderr
    deep = run_cli("label", str(hostile.deep_mime_eml(tmp_path)))
    assert deep.returncode != 1 and "internal error" not in deep.stderr


def test_label_applies_the_size_limit(tmp_path: Path) -> None:
    result = run_cli("label", str(hostile.sparse_eml(tmp_path, mb=600)))
    assert result.returncode == errors.FileTooLargeError.exit_code, result.stderr
    assert "over the 512 MB limit" in result.stderr


def test_api_refuses_deeply_nested_json() -> None:
    from starlette.testclient import TestClient

    from assistant.api.app import create_app
    from tests.services import in_process

    app = create_app(port=8765, secret="s", pane_dir=Path("."), same_user=in_process)
    body = "[" * 200_000 + "]" * 200_000
    with TestClient(app, base_url="https://localhost:8765") as client:
        r = client.post("/api/check", content=body, headers={"Authorization": "Bearer s"})
    assert r.status_code == 400 and "nested too deeply" in r.json()["error"]
