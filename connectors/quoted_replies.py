"""An email thread from one message with quoted replies: who wrote what, in order.

Recognises "On <date>, <name> wrote:", Outlook's "-----Original Message-----"
and "From: ... Sent: ..." blocks, and ``>`` quoting. Messages come back oldest
first::

    for message in split_thread(body, author="Dana Ops"):
        print(message.author, message.text)
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_WROTE = re.compile(r"^On .{4,120}?,\s*(?P<name>[^,<\n]+?)\s*(?:<[^>\n]*>)?\s*wrote:\s*$", re.M)
_OUTLOOK = re.compile(
    r"^(?:-{2,}\s*Original Message\s*-{2,}\s*\n)?From:\s*(?P<name>[^<\n]+?)\s*(?:<[^>\n]*>)?\s*\n"
    r"(?:Sent|Date):.*\n(?:To:.*\n)?(?:Cc:.*\n)?(?:Subject:.*\n)?",
    re.M,
)
_QUOTE = re.compile(r"^> ?", re.M)


@dataclass(frozen=True)
class ThreadMessage:
    author: str
    text: str


def split_thread(body: str, author: str) -> list[ThreadMessage]:
    """The messages in ``body``, oldest first; ``author`` wrote the newest."""
    newest_first: list[ThreadMessage] = []
    text, who = body, author
    for _ in range(50):  # a bound, in case a message quotes itself oddly
        match = _next_separator(text)
        if match is None:
            newest_first.append(ThreadMessage(who, _clean(text)))
            break
        newest_first.append(ThreadMessage(who, _clean(text[: match.start()])))
        who = " ".join(match.group("name").strip(" \"'").split())
        text = _QUOTE.sub("", text[match.end() :])
    return [m for m in reversed(newest_first) if m.text]


def _next_separator(text: str) -> re.Match[str] | None:
    found = [m for m in (_WROTE.search(text), _OUTLOOK.search(text)) if m]
    return min(found, key=lambda m: m.start()) if found else None


def _clean(text: str) -> str:
    lines = [line.rstrip() for line in text.strip().splitlines()]
    return "\n".join(lines).strip()
