from __future__ import annotations

from pathlib import Path

import pytest

from connectors import read_document
from connectors.limits import Limits
from deskmate_base.errors import CorruptFileError, EmptyFileError, UnsupportedFileError
from tests import factories


def test_docx_keeps_headings_paragraphs_and_tables_in_order(report_docx: Path) -> None:
    doc = read_document(report_docx)
    assert doc.kind == "docx"
    assert doc.title == "Aurora migration status"
    assert doc.author == "Operations PMO"
    assert doc.text.startswith("## Aurora migration status")
    assert "### Section 2" in doc.text
    assert "- Next steps: finish the rollout." in doc.text
    assert "Lisbon | Firmware pending" in doc.text
    assert doc.text.index("Section 3") < doc.text.index("Lisbon | Firmware pending")
    assert doc.size == report_docx.stat().st_size


def test_xlsx_reads_each_sheet_used_range(budget_xlsx: Path) -> None:
    doc = read_document(budget_xlsx)
    assert doc.kind == "xlsx"
    assert doc.sheets == ("Budget", "Notes")
    assert doc.title == "Aurora budget"
    lines = doc.text.splitlines()
    assert lines[0] == "## Sheet: Budget"
    assert "Region | Quarter | Aurora spend (EUR) | Approved" in lines
    assert "South | Q3 | 95000.5 | 2026-07-15" in lines
    assert "Lisbon | Q4 | 205000" in lines  # trailing empty cell dropped
    assert "## Sheet: Notes" in lines
    assert " |  | Owner: finance team" in doc.text


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Plain UTF-8 café notes\n".encode(), "café"),
        ("\ufeffBOM notes café".encode(), "café"),
        ("UTF-16 notes café".encode("utf-16"), "café"),
        ("Windows notes caf\xe9".encode("cp1252"), "café"),
    ],
)
def test_text_encodings(tmp_path: Path, raw: bytes, expected: str) -> None:
    path = tmp_path / "notes.txt"
    path.write_bytes(raw)
    doc = read_document(path)
    assert expected in doc.text
    assert "\ufeff" not in doc.text


def test_late_non_utf8_byte_falls_back_to_cp1252(tmp_path: Path) -> None:
    path = tmp_path / "long.txt"
    path.write_bytes(b"plain ascii line\n" * 1000 + "caf\xe9 at the end".encode("cp1252"))
    assert read_document(path).text.endswith("café at the end")


def test_markdown_title_is_first_heading(tmp_path: Path) -> None:
    path = tmp_path / "plan.md"
    path.write_text("# Rollout plan\n\nShip Aurora to Lisbon.\n", encoding="utf-8")
    doc = read_document(path)
    assert doc.title == "Rollout plan"
    assert "Ship Aurora" in doc.text


def test_eml_headers_and_plain_body(tmp_path: Path) -> None:
    doc = read_document(factories.make_eml(tmp_path / "m.eml"))
    assert doc.kind == "eml"
    assert doc.title == "Aurora rollout: Lisbon scanners"
    assert doc.headers["From"] == "Dana Ops <dana@example.com>"
    assert "Subject: Aurora rollout" in doc.text
    assert "firmware update" in doc.text


def test_eml_html_body_becomes_text(tmp_path: Path) -> None:
    html = (
        "<html><head><style>p{color:red}</style></head><body><p>Hello&nbsp;team,</p>"
        "<ul><li>Lisbon scanners</li><li>Porto live</li></ul><script>evil()</script></body></html>"
    )
    doc = read_document(factories.make_eml(tmp_path / "h.eml", html=html))
    assert "Hello team," in doc.text
    assert "- Lisbon scanners" in doc.text
    assert "color" not in doc.text and "evil" not in doc.text


def test_text_reader_is_bounded(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_text("word " * 50_000, encoding="utf-8")
    doc = read_document(path, Limits(max_text_chars=1000))
    assert len(doc.text) == 1000
    assert doc.truncated


def test_xlsx_reader_is_bounded(budget_xlsx: Path) -> None:
    doc = read_document(budget_xlsx, Limits(max_text_chars=40))
    assert len(doc.text) <= 40
    assert doc.truncated


def test_binary_garbage_named_txt_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "garbage.txt"
    path.write_bytes(bytes(range(256)) * 20)
    with pytest.raises(CorruptFileError, match="binary data"):
        read_document(path)


def test_email_without_headers_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "broken.eml"
    path.write_bytes(b"\x00\x01 this is not an email")
    with pytest.raises(CorruptFileError, match="no email headers"):
        read_document(path)


def test_whitespace_only_file_has_no_text(tmp_path: Path) -> None:
    path = tmp_path / "blank.md"
    path.write_text("   \n\n  ", encoding="utf-8")
    with pytest.raises(EmptyFileError, match="no text"):
        read_document(path)


def test_unknown_extension_lists_supported(tmp_path: Path) -> None:
    path = tmp_path / "slides.pptx"
    path.write_bytes(b"PK\x03\x04")
    with pytest.raises(
        UnsupportedFileError, match=r"\.docx, \.eml, \.md, \.srt, \.txt, \.vtt, \.xlsx"
    ):
        read_document(path)
