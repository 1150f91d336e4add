"""Bad input: one clear line, a distinct exit code, no traceback, source untouched."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from deskmate_base import errors
from tests import factories
from tests.conftest import run_cli


def _encrypted_docx(tmp: Path) -> Path:
    import msoffcrypto.format.ooxml

    plain = factories.make_docx(tmp / "plain.docx")
    out = tmp / "locked.docx"
    with plain.open("rb") as src, out.open("wb") as dst:
        msoffcrypto.format.ooxml.OOXMLFile(src).encrypt("s3cret", dst)
    return out


def _truncated_docx(tmp: Path) -> Path:
    data = factories.make_docx(tmp / "whole.docx").read_bytes()
    out = tmp / "truncated.docx"
    out.write_bytes(data[: len(data) // 2])
    return out


def _not_a_zip_docx(tmp: Path) -> Path:
    out = tmp / "corrupt.docx"
    out.write_bytes(b"this was never a word document" * 10)
    return out


def _zip_without_document(tmp: Path) -> Path:
    out = tmp / "hollow.docx"
    with zipfile.ZipFile(out, "w") as zf:
        zf.writestr("hello.txt", "not a docx")
    return out


def _zip_bomb_docx(tmp: Path) -> Path:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        zf.writestr("word/document.xml", b"<" + b"a" * (300 * 2**20) + b"/>")
    out = tmp / "bomb.docx"
    out.write_bytes(buf.getvalue())
    return out


def _empty(tmp: Path) -> Path:
    out = tmp / "empty.docx"
    out.write_bytes(b"")
    return out


def _garbage_txt(tmp: Path) -> Path:
    out = tmp / "garbage.txt"
    out.write_bytes(bytes(range(256)) * 40)
    return out


def _unknown(tmp: Path) -> Path:
    out = tmp / "deck.pptx"
    out.write_bytes(b"PK\x03\x04 whatever")
    return out


CASES = [
    ("encrypted", _encrypted_docx, errors.EncryptedFileError, "password-protected"),
    ("truncated", _truncated_docx, errors.CorruptFileError, "damaged"),
    ("not a zip", _not_a_zip_docx, errors.CorruptFileError, "not a valid Office file"),
    ("hollow zip", _zip_without_document, errors.CorruptFileError, "damaged"),
    ("zip bomb", _zip_bomb_docx, errors.CorruptFileError, "zip bomb"),
    ("zero bytes", _empty, errors.EmptyFileError, "empty"),
    ("binary .txt", _garbage_txt, errors.CorruptFileError, "binary data"),
    ("unknown extension", _unknown, errors.UnsupportedFileError, "cannot read"),
]


@pytest.mark.parametrize(("name", "make", "error", "phrase"), CASES, ids=[c[0] for c in CASES])
def test_bad_file_gives_one_line_and_its_exit_code(
    tmp_path: Path, name: str, make, error: type[errors.DeskmateError], phrase: str
) -> None:
    path = make(tmp_path)
    before = factories.sha256(path)
    result = run_cli("summarize", str(path))
    assert result.returncode == error.exit_code, result.stderr
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("deskmate: error:"), result.stderr
    assert phrase in lines[0]
    assert result.stdout == ""
    assert factories.sha256(path) == before


def test_missing_file(tmp_path: Path) -> None:
    result = run_cli("summarize", str(tmp_path / "nope.docx"))
    assert result.returncode == errors.FileMissingError.exit_code
    assert result.stderr.strip() == f"deskmate: error: no such file: {tmp_path / 'nope.docx'}"


def test_directory(tmp_path: Path) -> None:
    result = run_cli("summarize", str(tmp_path))
    assert result.returncode == errors.UnsupportedFileError.exit_code
    assert "is a folder" in result.stderr and "Traceback" not in result.stderr


def test_exit_codes_are_distinct_per_error_class() -> None:
    seen: dict[int, str] = {}
    stack = [errors.DeskmateError]
    while stack:
        cls = stack.pop()
        stack.extend(cls.__subclasses__())
        if cls.exit_code in seen and cls is not errors.InputError:
            pytest.fail(f"{cls.__name__} reuses exit code {cls.exit_code} of {seen[cls.exit_code]}")
        seen.setdefault(cls.exit_code, cls.__name__)
    assert errors.USAGE_EXIT_CODE not in {c.exit_code for c in _all(errors.DeskmateError)}


def _all(cls: type) -> list[type]:
    out = [cls]
    for sub in cls.__subclasses__():
        out += _all(sub)
    return out


def test_usage_error_exit_code(tmp_path: Path) -> None:
    result = run_cli("summarize", "--max-tokens", "nope", "x.docx")
    assert result.returncode == errors.USAGE_EXIT_CODE
    assert "Traceback" not in result.stderr


def test_out_must_not_overwrite_existing_or_source(report_docx: Path, tmp_path: Path) -> None:
    before = factories.sha256(report_docx)
    result = run_cli("summarize", str(report_docx), "--out", str(report_docx))
    assert result.returncode == errors.OutputExistsError.exit_code
    assert "is the source document" in result.stderr
    existing = tmp_path / "keep.md"
    existing.write_text("my notes", encoding="utf-8")
    result = run_cli("summarize", str(report_docx), "--out", str(existing))
    assert result.returncode == errors.OutputExistsError.exit_code
    assert existing.read_text(encoding="utf-8") == "my notes"
    assert factories.sha256(report_docx) == before
