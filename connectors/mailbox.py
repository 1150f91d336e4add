"""Messages to label: one .eml, a folder of them, an .mbox, or .msg (optional extra).

Each message comes back as a ``MailItem``: its Document, or the reason it could
not be read. One broken message never stops the rest::

    for item in read_mailbox(Path("inbox.mbox")):
        print(item.message_id, item.error or item.document.title)

Outlook .msg files need ``pip install 'deskmate[msg]'`` (extract-msg, which is
GPL-licensed and so not part of the default install).
"""

from __future__ import annotations

import hashlib
import mailbox
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from connectors.document import Document
from connectors.limits import DEFAULT_LIMITS, check_size
from connectors.readers.eml_reader import parse_email
from deskmate_base.errors import DeskmateError, FileMissingError, UnsupportedFileError

MAIL_SUFFIXES = (".eml", ".mbox", ".msg")


@dataclass(frozen=True)
class MailItem:
    message_id: str
    source: str  # the file name, and the message's number inside an mbox
    document: Document | None = None
    error: str | None = None


def read_mailbox(path: Path) -> Iterator[MailItem]:
    if not path.exists():
        raise FileMissingError(f"no such file or folder: {path}")
    if path.is_dir():
        files = sorted(p for p in path.iterdir() if p.suffix.lower() in MAIL_SUFFIXES)
        if not files:
            raise UnsupportedFileError(f"{path} has no .eml, .mbox or .msg files")
        for file in files:
            yield from read_mailbox(file)
        return
    suffix = path.suffix.lower()
    if suffix == ".eml":
        check_size(path, path.stat().st_size, DEFAULT_LIMITS)  # as check and summarize do
        yield mail_item(path.read_bytes(), path.name)
    elif suffix == ".mbox":
        check_size(path, path.stat().st_size, DEFAULT_LIMITS)
        box = mailbox.mbox(str(path), create=False)
        try:
            for number, key in enumerate(box.keys(), start=1):
                yield mail_item(box.get_bytes(key), f"{path.name}#{number}")
        finally:
            box.close()
    elif suffix == ".msg":
        yield _msg(path)
    else:
        raise UnsupportedFileError(
            f"cannot label '{suffix or path.name}' files; give an .eml, .mbox, .msg or a folder"
        )


def mail_item(data: bytes, source: str) -> MailItem:
    """One message's bytes as a MailItem (``source`` names it in errors)."""
    try:
        document = parse_email(data, source, DEFAULT_LIMITS)
    except DeskmateError as exc:
        return MailItem(_fallback_id(data), source, error=str(exc))
    if not document.text.split("\n\n", 1)[-1].strip() and not document.title:
        return MailItem(_fallback_id(data), source, error=f"{source} has no subject and no body")
    message_id = document.headers.get("Message-ID", "").strip("<> ") or _fallback_id(data)
    return MailItem(message_id, source, document)


def _fallback_id(data: bytes) -> str:
    return "sha256:" + hashlib.sha256(data).hexdigest()[:16]


def _msg(path: Path) -> MailItem:
    try:
        import extract_msg
    except ImportError:
        raise UnsupportedFileError(
            "reading Outlook .msg files needs the optional extra: pip install 'deskmate[msg]'"
        ) from None
    try:
        msg = extract_msg.Message(str(path))
        raw = (
            f"From: {msg.sender or ''}\nTo: {msg.to or ''}\nSubject: {msg.subject or ''}\n"
            f"Date: {msg.date or ''}\nMessage-ID: {msg.messageId or ''}\n\n{msg.body or ''}"
        ).encode("utf-8", "replace")
    except Exception as exc:  # extract-msg raises many kinds for damaged files
        return MailItem(_fallback_id(path.read_bytes()), path.name, error=f"{path.name}: {exc}")
    return mail_item(raw, path.name)
