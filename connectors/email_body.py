"""An email's words without the parts nobody summarizes.

``summary_text(document)`` takes a Document from the .eml reader and returns
the body only: no header lines, no ``>`` quote marks or quoted-reply headers
("On ... wrote:", "-----Original Message-----", "From: ... Sent: ..."), no
greetings, sign-offs, signatures or confidentiality disclaimers. The newest
message comes first, then the older messages it quotes, each unquoted, so a
thread's history is still there to pick from. Hard-wrapped lines are joined
back into paragraphs; list items stay separate::

    text = summary_text(read_document(Path("thread.eml")))
"""

from __future__ import annotations

import re

from connectors.document import Document
from connectors.quoted_replies import split_thread

_HEADER_LINE = re.compile(r"(?i)^\s*(?:from|sent|date|to|cc|bcc|subject)\s*:")
_FORWARD = re.compile(r"(?i)^\s*-{2,}\s*(?:forwarded message|original message)\s*-{2,}\s*$")
_GREETING = re.compile(r"(?i)^(?:hi|hello|dear|hey|good (?:morning|afternoon))\b[^.!?]{0,40}[,!]?$")
_SIGN_OFF = re.compile(
    r"(?i)^(?:(?:kind|best|warm|many)?\s*regards|best(?: wishes)?|thanks(?: again)?|"
    r"thank you|cheers|sincerely|yours sincerely|all the best)\s*[,.!]?\s*$"
)
_DISCLAIMER = re.compile(
    r"(?i)(?:confidential|intended (?:solely|only) for|privileged|if you have received|"
    r"registered in england|registered office|company number|unsubscribe|"
    r"accepts no liability|do not reply to this|manage your preferences|you are receiving this)"
)
_NAME_ONLY = re.compile(r"^[A-Z][a-z]+(?: [A-Z][a-z'-]+){0,2}$")
_VOCATIVE = re.compile(r"^[A-Z][a-z]+(?:(?:,| and| &) [A-Z][a-z]+){0,3},$")
_ITEM = re.compile(r"^\s*(?:[-*•]|\d+[.)])\s+")
_SEPARATOR = re.compile(r"^\s*(?:--|_{5,})\s*$")


def summary_text(document: Document) -> str:
    """The words of an email worth summarizing, newest message first."""
    body = document.text
    if document.kind == "eml":
        _, _, body = body.partition("\n\n")
    author = document.author or "sender"
    messages = split_thread(body, author=author)
    cleaned = [clean_message(m.text) for m in reversed(messages)]
    return "\n".join(c for c in cleaned if c)


def clean_message(text: str) -> str:
    """One message: quote marks, headers, greetings, signature and disclaimers removed."""
    lines = [re.sub(r"^(?:\s*>)+ ?", "", line).rstrip() for line in text.splitlines()]
    kept: list[str] = []
    for line in lines:
        stripped = line.strip().strip("|").strip()
        if _SEPARATOR.match(stripped) or _SIGN_OFF.match(stripped):
            break  # the signature and anything under it
        if _FORWARD.match(stripped) or _HEADER_LINE.match(stripped):
            continue
        wrote = any(len(k.split()) >= 6 for k in kept)
        if _NAME_ONLY.match(stripped) and wrote and kept[-1] == "":
            break  # "Rob" after a blank line: a signature's first line
        if (_GREETING.match(stripped) and len(stripped.split()) <= 5) or _VOCATIVE.match(stripped):
            continue
        kept.append(stripped)
    paragraphs = _paragraphs(kept)
    return "\n".join(p for p in paragraphs if not _DISCLAIMER.search(p))


def _paragraphs(lines: list[str]) -> list[str]:
    """Join hard-wrapped lines; a blank line or a list item starts a new paragraph."""
    out: list[str] = []
    current: list[str] = []
    for line in lines:
        if not line or _ITEM.match(line):
            if current:
                out.append(" ".join(current))
            current = [line] if line else []
            continue
        current.append(line)
    if current:
        out.append(" ".join(current))
    return [p for p in out if p.strip()]
