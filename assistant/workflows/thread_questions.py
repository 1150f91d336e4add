"""Email threads: who asked what, and what is still open.

A question counts as open until someone other than its asker writes a later
message; requests in the newest message ("Luis, can you send...") are open
too. All of this is worked out on the laptop, without a model.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.workflows.meeting_items import extract_items, is_request
from connectors.document import Document
from connectors.quoted_replies import ThreadMessage, split_thread
from connectors.readers.eml_reader import names_only
from connectors.transcripts import Utterance

_SENTENCE = re.compile(r"(?<=[.!?])\s+")


@dataclass(frozen=True)
class ThreadSummary:
    messages: int
    participants: tuple[str, ...]
    asked: tuple[tuple[str, str], ...]  # (who, question)
    still_open: tuple[str, ...]

    def as_json(self) -> dict[str, object]:
        return {
            "messages": self.messages,
            "participants": list(self.participants),
            "asked": [{"who": who, "question": q} for who, q in self.asked],
            "still_open": list(self.still_open),
        }


def thread_of(document: Document) -> ThreadSummary | None:
    """The thread in an email Document, or None if it is a single message."""
    if document.kind != "eml":
        return None
    body = document.text.split("\n\n", 1)[-1]
    author = names_only(document.headers.get("From", "")) or "Sender"
    messages = split_thread(body, author)
    return analyse(messages) if len(messages) >= 2 else None


def analyse(messages: list[ThreadMessage]) -> ThreadSummary:
    asked: list[tuple[str, str]] = []
    still_open: list[str] = []
    for index, message in enumerate(messages):
        questions = [
            s.strip()
            for s in _SENTENCE.split(" ".join(message.text.split()))
            if s.strip().endswith("?") and len(s.split()) >= 3
        ]
        asked += [(message.author, q) for q in questions]
        answered = any(m.author != message.author for m in messages[index + 1 :])
        if not answered:  # requests are listed below, as tasks with their owner
            still_open += [f"{message.author} asked: {q}" for q in questions if not is_request(q)]
    newest = messages[-1]
    utterances = [Utterance(m.author, " ".join(m.text.split())) for m in messages]
    participants = list(dict.fromkeys(m.author for m in messages))
    requests = extract_items(utterances[-1:], participants).action_items
    still_open += [
        f"{a.owner}: {a.task}" + (f" (by {a.due})" if a.due else "")
        for a in requests
        if a.owner != newest.author
    ]
    return ThreadSummary(len(messages), tuple(participants), tuple(asked), tuple(still_open))
