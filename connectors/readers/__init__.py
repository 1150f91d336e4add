"""Turn a file into a ``Document``, choosing the reader by extension.

    doc = read_document(Path("report.docx"))
    print(doc.title, doc.words)

Every failure is a ``DeskmateError`` with its own exit code: missing file,
directory or unknown type, empty, too large, encrypted or corrupt.
"""

from __future__ import annotations

import zipfile
from collections.abc import Callable
from pathlib import Path
from xml.etree.ElementTree import ParseError

from connectors.document import Document
from connectors.limits import DEFAULT_LIMITS, Limits, check_size
from connectors.readers.docx_reader import read_docx
from connectors.readers.eml_reader import read_eml
from connectors.readers.text_reader import read_text
from connectors.readers.xlsx_reader import read_xlsx
from deskmate_base.errors import (
    CorruptFileError,
    DeskmateError,
    EmptyFileError,
    FileMissingError,
    UnsupportedFileError,
)

Reader = Callable[[Path, Limits], Document]

READERS: dict[str, Reader] = {
    ".docx": read_docx,
    ".xlsx": read_xlsx,
    ".txt": read_text,
    ".md": read_text,
    ".eml": read_eml,
    # Captions: the spoken text as "Name: words" lines, without cue numbers and
    # timestamps (connectors/transcripts.py); `deskmate notes` makes meeting notes.
    ".vtt": lambda path, limits: _captions(path),
    ".srt": lambda path, limits: _captions(path),
}


def _captions(path: Path) -> Document:
    from connectors.transcripts import read_transcript

    return read_transcript(path).as_document()


def supported_extensions() -> list[str]:
    return sorted(READERS)


def read_document(path: Path, limits: Limits = DEFAULT_LIMITS) -> Document:
    path = Path(path)
    reader = check_file(path, limits)
    try:
        doc = reader(path, limits)
    except DeskmateError:
        raise
    except PermissionError as exc:
        raise FileMissingError(
            f"cannot open {path.name}: permission denied; check the file's permissions"
        ) from exc
    except Exception as exc:
        if not _is_parse_failure(exc):
            raise
        raise CorruptFileError(
            f"{path.name} is damaged and cannot be read ({type(exc).__name__}); "
            f"open and re-save it in Office"
        ) from exc
    if not doc.text.strip():
        raise EmptyFileError(f"{path.name} contains no text to work on")
    return doc


def check_file(path: Path, limits: Limits = DEFAULT_LIMITS) -> Reader:
    """The checks every file gets before reading (missing, folder, type, empty,
    size); returns the reader for its type."""
    if not path.exists():
        raise FileMissingError(f"no such file: {path}")
    if path.is_dir():
        raise UnsupportedFileError(f"{path} is a folder; give a file inside it")
    reader = READERS.get(path.suffix.lower())
    if reader is None:
        raise UnsupportedFileError(
            f"Deskmate cannot read '{path.suffix or path.name}' files; "
            f"supported: {', '.join(supported_extensions())}"
        )
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise FileMissingError(f"cannot open {path}: {exc.strerror}") from exc
    if size == 0:
        raise EmptyFileError(f"{path.name} is empty (0 bytes)")
    check_size(path, size, limits)
    return reader


_PARSE_ERRORS = (
    zipfile.BadZipFile,
    KeyError,
    ParseError,
    ValueError,
    SyntaxError,
    OSError,
    EOFError,
)
_PARSER_MODULES = ("docx", "openpyxl", "lxml", "zipfile", "xml")


def _is_parse_failure(exc: Exception) -> bool:
    """Errors python-docx, openpyxl and lxml raise for damaged archives and XML."""
    module = type(exc).__module__.split(".")[0]
    return isinstance(exc, _PARSE_ERRORS) or module in _PARSER_MODULES
