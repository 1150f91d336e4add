"""Plain text and Markdown, read in bounded chunks with encoding detection."""

from __future__ import annotations

import codecs
from pathlib import Path

from connectors.document import Document
from connectors.limits import Limits, TextBudget
from deskmate_base.errors import CorruptFileError

_SNIFF = 8192
_CHUNK = 1 << 20


def read_text(path: Path, limits: Limits) -> Document:
    with path.open("rb") as fh:
        head = fh.read(_SNIFF)
    encoding = sniff_encoding(head, path)
    try:
        budget = _read(path, encoding, limits)
    except UnicodeDecodeError as exc:
        if encoding != "utf-8":
            raise CorruptFileError(
                f"{path.name} is not readable text ({exc.reason}); save it as UTF-8 text"
            ) from exc
        budget = _read(path, "cp1252", limits, errors="replace")  # not UTF-8 after all
    text = "".join(budget.parts)
    first_line = next((ln.strip("# ").strip() for ln in text.splitlines() if ln.strip()), "")
    return Document(
        text=text,
        kind="text",
        title=first_line[:120],
        size=path.stat().st_size,
        truncated=budget.truncated,
    )


def _read(path: Path, encoding: str, limits: Limits, errors: str = "strict") -> TextBudget:
    budget = TextBudget(limits.max_text_chars)
    with path.open("r", encoding=encoding, errors=errors, newline=None) as fh:
        while chunk := fh.read(_CHUNK):
            if not budget.add(chunk):
                break
    return budget


def sniff_encoding(head: bytes, path: Path) -> str:
    """Pick an encoding from a file's first bytes; refuse binary data."""
    if head.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    control = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13))
    if b"\x00" in head or (head and control / len(head) > 0.05):
        raise CorruptFileError(f"{path.name} contains binary data, not text; check the file type")
    try:
        head.decode("utf-8")
    except UnicodeDecodeError as exc:
        # A multi-byte character cut at the sniff window's end is still UTF-8.
        cut_at_window_end = len(head) == _SNIFF and exc.start >= len(head) - 3
        if not cut_at_window_end:
            return "cp1252"
    return "utf-8"
