"""Email .eml: main headers plus the text body (HTML bodies turned into text).

The text carries senders and recipients by display name only; the full header
values stay in ``Document.headers`` for rules that need them.
"""

from __future__ import annotations

import re
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from email.utils import getaddresses
from pathlib import Path

from connectors.document import Document
from connectors.html_text import html_text_and_links
from connectors.limits import Limits
from connectors.mip_labels import email_labels
from deskmate_base.errors import CorruptFileError

HEADERS = ("From", "To", "Cc", "Date", "Subject")
PEOPLE = ("From", "To", "Cc")
# Kept in Document.headers for labeling rules; never put in the text.
EXTRA_HEADERS = (
    "Message-ID", "Reply-To", "Importance", "X-Priority", "List-Id", "List-Unsubscribe",
    "Precedence", "Auto-Submitted", "In-Reply-To", "Authentication-Results", "Received-SPF",
    "Return-Path", "Sender",
)  # fmt: skip
_PLAIN_LINK = re.compile(r"(\S[^\n<>]{0,80}?)\s*<((?:https?://|mailto:)[^>\s]+)>")
_BARE_URL = re.compile(r"https?://[^\s<>\"')\]]+")


def read_eml(path: Path, limits: Limits) -> Document:
    return parse_email(path.read_bytes(), path.name, limits)


def parse_email(data: bytes, name: str, limits: Limits) -> Document:
    """One message's bytes as a Document; ``name`` is only used in errors."""
    try:
        return _parse(data, name, limits)
    except RecursionError as exc:  # the email package recurses per MIME level
        raise CorruptFileError(
            f"{name} nests its MIME parts too deeply to read; it is probably malformed"
        ) from exc


def _parse(data: bytes, name: str, limits: Limits) -> Document:
    try:
        message = BytesParser(policy=policy.default).parsebytes(data)
    except (ValueError, TypeError, IndexError) as exc:
        raise CorruptFileError(f"{name} is not a readable email ({exc})") from exc
    assert isinstance(message, EmailMessage)
    headers = {key: _header(message, key) for key in HEADERS}
    headers = {k: v for k, v in headers.items() if v}
    if not headers:
        raise CorruptFileError(
            f"{name} has no email headers (From, To, Subject...); is it really an email?"
        )
    body = body_text(message)[: limits.max_text_chars]
    head_lines = [f"{k}: {names_only(v) if k in PEOPLE else v}" for k, v in headers.items()]
    labels = email_labels(_header(message, "msip_labels"), _header(message, "Sensitivity"))
    extra = {key: _header(message, key) for key in EXTRA_HEADERS}
    return Document(
        text="\n".join(head_lines) + "\n\n" + body,
        kind="eml",
        title=headers.get("Subject", ""),
        author=headers.get("From", ""),
        size=len(data),
        headers={**headers, **{k: v for k, v in extra.items() if v}},
        truncated=len(body) >= limits.max_text_chars,
        labels=labels,
        links=links(message),
    )


def names_only(value: str) -> str:
    """People as display names, or their domain: addresses stay out of the text
    that workflows see and may send on."""
    people = []
    for name, address in getaddresses([value]):
        people.append(name or f"({address.rpartition('@')[2] or 'unknown'})")
    return ", ".join(p for p in people if p)


def _header(message: EmailMessage, name: str) -> str:
    try:
        value = message.get(name)
    except (ValueError, TypeError, IndexError):  # malformed header: keep the raw text
        value = next((v for k, v in message.raw_items() if k.lower() == name.lower()), "")
    return " ".join(str(value or "").split())


def body_text(message: EmailMessage) -> str:
    """The message's readable body: plain text preferred, else HTML as text."""
    part = message.get_body(preferencelist=("plain", "html"))
    if part is None:
        return ""
    try:
        content = part.get_content()
    except (LookupError, ValueError, AssertionError):  # unknown charset, bad encoding
        payload = part.get_payload(decode=True)
        content = payload.decode("utf-8", "replace") if isinstance(payload, bytes) else ""
    if not isinstance(content, str):
        return ""
    if part.get_content_subtype() == "html":
        return html_text_and_links(content)[0]
    return content.strip()


def links(message: EmailMessage) -> tuple[tuple[str, str], ...]:
    """Every link as (visible text, href): from the HTML part when there is one,
    else from the plain text ("text <url>" as mail clients write it, or a bare URL)."""
    html = message.get_body(preferencelist=("html",))
    plain = message.get_body(preferencelist=("plain",))
    for part, is_html in ((html, True), (plain, False)):
        if part is None:
            continue
        try:
            content = part.get_content()
        except (LookupError, ValueError, AssertionError):
            continue
        if not isinstance(content, str):
            continue
        if is_html:
            return html_text_and_links(content)[1][:200]
        found = [(m.group(1).strip(), m.group(2)) for m in _PLAIN_LINK.finditer(content)]
        rest = _PLAIN_LINK.sub(" ", content)
        found += [(url, url) for url in _BARE_URL.findall(rest)]
        return tuple(found[:200])
    return ()
