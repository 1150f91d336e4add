"""Bounds that keep readers safe on huge or hostile files.

A reader never holds more than ``max_text_chars`` of text (a spreadsheet no
more than ``max_cells`` cells), refuses files over
``max_file_bytes``, and refuses OOXML archives whose parts would inflate past
``max_unzipped_bytes`` (``max_xml_bytes`` for their XML) or by more than
``max_zip_ratio`` (zip bombs). The archive is inflated once, in small chunks,
before any parser sees it: sizes its directory understates, corrupt
compressed bytes, zip encryption and unsupported methods (Deflate64) are all
refused there with a clear error, never parsed.
"""

from __future__ import annotations

import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path

from deskmate_base.errors import CorruptFileError, EncryptedFileError, FileTooLargeError

# Office saves password-protected OOXML as an OLE compound file, not a zip.
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGIC = b"PK\x03\x04"


@dataclass(frozen=True)
class Limits:
    max_file_bytes: int = 512 * 1024 * 1024
    # python-docx holds every part in memory and XML as lxml trees (about 6x):
    # these bounds keep a hostile 10 MB file under 1 GB (bench/hostile_inputs.py).
    max_unzipped_bytes: int = 256 * 1024 * 1024
    max_xml_bytes: int = 96 * 1024 * 1024
    max_zip_ratio: int = 200
    # Detection runs at about 1 MB/s on text made to trip it (words and numbers
    # that look like postcodes), so 12 M characters (a whole 10 MiB .txt) keeps
    # any file's check near 10 s; 20 M took 33 s (bench/xlsx_10mb.py).
    max_text_chars: int = 12_000_000
    # Spreadsheet cells read over all sheets: empty or not, each costs parsing
    # time (about 10 s a million on 2 loaded cores).
    max_cells: int = 1_000_000


DEFAULT_LIMITS = Limits()


def check_size(path: Path, size: int, limits: Limits) -> None:
    if size > limits.max_file_bytes:
        raise FileTooLargeError(
            f"{path.name} is {size / 2**20:.0f} MB, over the {limits.max_file_bytes / 2**20:.0f}"
            f" MB limit; split it into smaller files"
        )


def check_ooxml(path: Path, limits: Limits) -> None:
    """Refuse encrypted, non-zip, truncated and zip-bomb OOXML files before parsing."""
    with path.open("rb") as fh:
        head = fh.read(8)
    if head.startswith(OLE_MAGIC):
        raise EncryptedFileError(
            f"{path.name} is password-protected or encrypted (or an old binary Office file); "
            f"open it in Office, remove the password or save as .docx/.xlsx, and try again"
        )
    if not head.startswith(ZIP_MAGIC):
        raise CorruptFileError(
            f"{path.name} is not a valid Office file (it is not an OOXML archive); "
            f"open and re-save it in Office"
        )
    try:
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
    except (zipfile.BadZipFile, OSError, EOFError) as exc:
        raise CorruptFileError(
            f"{path.name} is damaged or truncated ({exc}); open and re-save it in Office"
        ) from exc
    total = sum(info.file_size for info in infos)
    packed = max(1, sum(info.compress_size for info in infos))
    if total > limits.max_unzipped_bytes or total / packed > limits.max_zip_ratio:
        raise _bomb(path, total, packed)
    _inflate_all(path, packed, limits)


_CHUNK = 1 << 20


def _inflate_all(path: Path, packed: int, limits: Limits) -> None:
    """Inflate every part in 1 MB chunks, counting real (not declared) sizes."""
    total = xml = 0
    try:
        with zipfile.ZipFile(path) as archive:
            for info in archive.infolist():
                if info.flag_bits & 0x1:
                    raise _encrypted(path)
                is_xml = info.filename.lower().endswith((".xml", ".rels"))
                with archive.open(info) as part:
                    while chunk := part.read(_CHUNK):
                        total += len(chunk)
                        xml += len(chunk) if is_xml else 0
                        if total > limits.max_unzipped_bytes or xml > limits.max_xml_bytes:
                            raise _bomb(path, total, packed)
    except NotImplementedError as exc:  # Deflate64, implode and other methods
        raise CorruptFileError(
            f"{path.name} uses a zip compression method Deskmate cannot read; "
            f"open and re-save it in Office"
        ) from exc
    except (
        RuntimeError
    ) as exc:  # (after its subclass above) zipfile: "File ... is encrypted, password required"
        raise _encrypted(path) from exc
    except (zipfile.BadZipFile, zlib.error, OSError, EOFError, ValueError) as exc:
        raise CorruptFileError(
            f"{path.name} is damaged (its compressed data does not check out); "
            f"open and re-save it in Office"
        ) from exc


def _encrypted(path: Path) -> EncryptedFileError:
    return EncryptedFileError(
        f"{path.name} is a password-protected zip; remove the password and try again"
    )


def _bomb(path: Path, total: int, packed: int) -> CorruptFileError:
    return CorruptFileError(
        f"{path.name} expands to over {total / 2**20:.0f} MB from {packed / 2**20:.1f} MB; "
        f"it looks like a zip bomb and was not opened"
    )


class TextBudget:
    """Collects text pieces up to a character bound, remembering if it stopped early."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.parts: list[str] = []
        self.used = 0
        self.truncated = False

    def add(self, piece: str) -> bool:
        """Append a piece; False once the budget is spent (callers stop reading)."""
        if self.truncated:
            return False
        room = self.limit - self.used
        if len(piece) > room:
            piece = piece[:room]
            self.truncated = True
        self.parts.append(piece)
        self.used += len(piece) + 1
        return not self.truncated

    def text(self) -> str:
        return "\n".join(p for p in self.parts if p)
