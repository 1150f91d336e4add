"""Hostile small files from issue 15's adversarial pass, built for real.

Each builder writes one file into a folder and returns its path. The tests use
the small sizes; bench/hostile_inputs.py uses the full ones (up to 10 MB).
"""

from __future__ import annotations

import random
import struct
import zipfile
from collections.abc import Iterable, Iterator
from pathlib import Path

from tests import factories

_CENTRAL = b"PK\x01\x02"
_LOCAL = b"PK\x03\x04"


def gridspan_docx(folder: Path, span: int = 100_000) -> Path:
    """A table cell that claims to span ``span`` grid columns (1.9 KB)."""
    import docx

    path = factories.make_docx(folder / "gridspan.docx", table=[["Site", "Status"], ["A", "B"]])
    doc = docx.Document(str(path))
    doc.tables[0]._tbl.tr_lst[0].tc_lst[0].grid_span = span
    doc.save(str(path))
    return path


def inflated_docx(folder: Path, xml_mb: int, name: str = "inflated.docx", repeat: int = 0) -> Path:
    """A real .docx whose document.xml is ``xml_mb`` MB of short paragraphs:
    one with random numbers, then ``repeat`` identical ones (0: about 9x
    compression; 12: about 100x, under the old 200x zip-ratio bound)."""
    path = factories.make_docx(folder / name)
    rng = random.Random(15)
    words = ["depot", "scanner", "Lisbon", "rollout", "budget", "firmware", "status"]
    same = "<w:p><w:r><w:t>The depot status is unchanged.</w:t></w:r></w:p>" * repeat

    def body() -> Iterator[str]:
        size = 0
        while size < xml_mb * 2**20:
            chunk = []
            for _ in range(1000):
                text = f"{rng.choice(words)} {rng.randrange(10**6)} {rng.choice(words)}"
                chunk.append(f"<w:p><w:r><w:t>{text}</w:t></w:r></w:p>{same}")
            piece = "".join(chunk)
            size += len(piece)
            yield piece

    return _replace_body(path, body())


def _replace_body(path: Path, body_xml: Iterable[str]) -> Path:
    """Stream new paragraphs into the body (never the whole XML in memory)."""
    with zipfile.ZipFile(path) as archive:
        parts = {info.filename: archive.read(info) for info in archive.infolist()}
    xml = parts.pop("word/document.xml").decode("utf-8")
    start = xml.index("<w:body>") + len("<w:body>")
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
        with archive.open("word/document.xml", "w", force_zip64=True) as out:
            out.write(xml[:start].encode("utf-8"))
            for piece in body_xml:
                out.write(piece.encode("utf-8"))
            out.write(xml[start:].encode("utf-8"))
    return path


def understated_docx(folder: Path, xml_mb: int = 200) -> Path:
    """document.xml inflates to ``xml_mb`` MB, but the zip directory says 4 KB."""
    path = inflated_docx(folder, 1, "understated.docx")
    paragraph = "<w:p><w:r><w:t>x</w:t></w:r></w:p>" * 1000
    _replace_body(path, (paragraph for _ in range(xml_mb * 2**20 // len(paragraph))))
    return _patch_member(path, "word/document.xml", size=4096)


def corrupt_byte_docx(folder: Path) -> Path:
    """One byte in the middle of document.xml's compressed data flipped."""
    path = factories.make_docx(folder / "flipped.docx", pages=20)
    data = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as archive:
        info = archive.getinfo("word/document.xml")
    name_len, extra_len = struct.unpack("<HH", data[info.header_offset + 26 :][:4])
    start = info.header_offset + 30 + name_len + extra_len
    data[start + info.compress_size // 2] ^= 0x55
    path.write_bytes(bytes(data))
    return path


def zipcrypto_docx(folder: Path) -> Path:
    """Zip-level encryption claimed on every part (the flag zip -P sets)."""
    path = factories.make_docx(folder / "zipcrypto.docx")
    with zipfile.ZipFile(path) as archive:
        names = archive.namelist()
    for name in names:
        _patch_member(path, name, flags=0x1)
    return path


def deflate64_docx(folder: Path) -> Path:
    """document.xml marked as Deflate64 (method 9), which zipfile cannot inflate."""
    path = factories.make_docx(folder / "deflate64.docx")
    return _patch_member(path, "word/document.xml", method=9)


def _patch_member(
    path: Path, name: str, *, size: int | None = None, flags: int | None = None,
    method: int | None = None,
) -> Path:  # fmt: skip
    """Rewrite one member's fields in both its local and central headers."""
    data = bytearray(path.read_bytes())
    encoded = name.encode("utf-8")
    at = 0
    while (at := data.find(_CENTRAL, at)) != -1:
        name_len = struct.unpack("<H", data[at + 28 : at + 30])[0]
        if bytes(data[at + 46 : at + 46 + name_len]) == encoded:
            local = struct.unpack("<I", data[at + 42 : at + 46])[0]
            for header, flag_at, method_at, size_at in ((at, 8, 10, 24), (local, 6, 8, 22)):
                if flags is not None:
                    old = struct.unpack("<H", data[header + flag_at : header + flag_at + 2])[0]
                    data[header + flag_at : header + flag_at + 2] = struct.pack("<H", old | flags)
                if method is not None:
                    data[header + method_at : header + method_at + 2] = struct.pack("<H", method)
                if size is not None:
                    data[header + size_at : header + size_at + 4] = struct.pack("<I", size)
        at += 4
    path.write_bytes(bytes(data))
    return path


def far_cell_xlsx(folder: Path) -> Path:
    """One value in A1 and one at XFD1048576, the last cell of a sheet."""
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet["A1"] = "Quarterly depot budget"
    sheet["XFD1048576"] = "end"
    path = folder / "farcell.xlsx"
    book.save(str(path))
    return path


def deep_mime_bytes(depth: int = 2000) -> bytes:
    """A message whose multipart parts nest ``depth`` deep."""
    head = (
        "From: Ana <ana@example.org>\r\nTo: Ben <ben@example.org>\r\n"
        "Subject: nested\r\nMessage-ID: <deep@example.org>\r\nMIME-Version: 1.0\r\n"
    )
    opening = "".join(
        f'Content-Type: multipart/mixed; boundary="b{i}"\r\n\r\n--b{i}\r\n' for i in range(depth)
    )
    closing = "".join(f"\r\n--b{i}--\r\n" for i in reversed(range(depth)))
    inner = "Content-Type: text/plain\r\n\r\nThe depot opens on Friday.\r\n"
    return (head + opening + inner + closing).encode("ascii")


def deep_mime_eml(folder: Path, depth: int = 2000) -> Path:
    path = folder / "deep.eml"
    path.write_bytes(deep_mime_bytes(depth))
    return path


def mbox_with_deep_message(folder: Path) -> Path:
    """Three messages; the second nests 2,000 deep."""
    good = [
        factories.make_eml(folder / f"m{i}.eml", subject=f"Depot update {i}").read_bytes()
        for i in (1, 3)
    ]
    path = folder / "inbox.mbox"
    with path.open("wb") as out:
        for message in (good[0], deep_mime_bytes(), good[1]):
            out.write(b"From MAILER-DAEMON Thu Jan  1 00:00:00 2026\n")
            out.write(message.replace(b"\r\n", b"\n").replace(b"\nFrom ", b"\n>From "))
            out.write(b"\n")
    return path


def sparse_eml(folder: Path, mb: int = 600) -> Path:
    """An .eml that claims ``mb`` MB on disk (sparse: no real space used)."""
    path = folder / "huge.eml"
    with path.open("wb") as out:
        out.write(b"From: a@example.org\r\nSubject: big\r\n\r\n")
        out.truncate(mb * 2**20)
    return path


def long_transcript(folder: Path, lines: int = 100_000, one_speaker: bool = False) -> Path:
    """A .txt transcript: speaker lines, each followed by a continuation line;
    or (``one_speaker``) one speaker whose lines all continue one utterance."""
    path = folder / ("monologue.txt" if one_speaker else "long-meeting.txt")
    speakers = ["Ana", "Ben", "Chloe"]
    with path.open("w", encoding="utf-8") as out:
        if one_speaker:
            out.write("Ana: the depot review starts\n")
            out.writelines(f"and item {i} is on track\n" for i in range(lines))
            return path
        for i in range(lines // 2):
            out.write(f"{speakers[i % 3]}: item {i} is on track\nand the depot agrees\n")
    return path
