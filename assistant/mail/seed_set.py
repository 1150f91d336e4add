"""Labelled seed sets: JSONL lines with the message's fields, or pointing to .eml files.

The format is documented in ``assistant/mail/seed/README.md`` (the shipped set)
and in the README. Each message is rebuilt as RFC 822 bytes and read by the
same reader as real mail, so training sees what labelling will see::

    for document, label in read_seed(Path("my-seed")):
        ...
"""

from __future__ import annotations

import json
from email.message import EmailMessage
from pathlib import Path

from connectors.document import Document
from connectors.mailbox import mail_item
from deskmate_base.errors import TrainingDataError

SHIPPED = Path(__file__).resolve().parent / "seed"


def message_bytes(row: dict) -> bytes:
    """One seed line's fields as an RFC 822 message."""
    msg = EmailMessage()
    for key, field in (("From", "from"), ("To", "to"), ("Subject", "subject")):
        msg[key] = str(row.get(field, ""))
    if row.get("reply_to"):
        msg["Reply-To"] = str(row["reply_to"])
    msg["Message-ID"] = f"<{row.get('id', 'seed')}@seed.deskmate>"
    for key, value in (row.get("headers") or {}).items():
        if key not in msg:
            msg[key] = " ".join(str(value).split())
    msg.set_content(str(row.get("body", "")), subtype="html" if row.get("html") else "plain")
    return bytes(msg)


def read_seed(directory: Path) -> list[tuple[Document, str]]:
    """Every labelled message in ``directory``'s ``*.jsonl`` files."""
    if not directory.is_dir():
        raise TrainingDataError(f"seed folder not found: {directory}")
    files = sorted(directory.glob("*.jsonl"))
    if not files:
        raise TrainingDataError(
            f"{directory} has no .jsonl file; see 'deskmate label train --help' for the format"
        )
    examples = []
    for file in files:
        for number, line in enumerate(file.read_text(encoding="utf-8").splitlines(), start=1):
            if not line.strip():
                continue
            where = f"{file.name} line {number}"
            try:
                row = json.loads(line)
                label = str(row["label"])
            except (ValueError, KeyError, TypeError):
                raise TrainingDataError(f"{where}: not a JSON object with a label") from None
            if "file" in row:
                path = (directory / str(row["file"])).resolve()
                if not path.is_file() or directory.resolve() not in path.parents:
                    raise TrainingDataError(f"{where}: no message file {row['file']} there")
                data = path.read_bytes()
            else:
                data = message_bytes(row)
            item = mail_item(data, where)
            if item.document is None:
                raise TrainingDataError(str(item.error))
            examples.append((item.document, label))
    return examples
