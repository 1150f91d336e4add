"""Meeting notes from a transcript: summary, decisions, action items, questions.

Long meetings are split into parts that fit the model's context. For each
part, the rules in ``meeting_items`` find action items, decisions and open
questions, and the model writes a short summary whose output is constrained by
a JSON schema, so it always parses. Parts are merged without duplicate action
items, and the part summaries are combined the same way::

    notes = make_notes(read_transcript(Path("standup.vtt")), backend)
    notes.as_json()["action_items"]
"""

from __future__ import annotations

import json
import re
import time
from collections.abc import Callable
from dataclasses import dataclass, replace

from assistant.workflows.meeting_items import ActionItem, Items, extract_items, merge_items
from connectors.document import Document
from connectors.transcripts import Transcript, Utterance
from local_models.backend import Backend, Completion

SYSTEM = "You write short, accurate meeting summaries."
PART_PROMPT = (
    "Meeting transcript:\n{text}\n\n"
    "Write a two-sentence summary of what the meeting discussed and decided."
)
REDUCE_PROMPT = (
    "Summaries of the parts of one meeting, in order:\n{text}\n\n"
    "Write a two-sentence summary of the whole meeting."
)
SUMMARY_SCHEMA = {
    "type": "object",
    "properties": {"summary": {"type": "string", "minLength": 10, "maxLength": 320}},
    "required": ["summary"],
}
# The shape of ``MeetingNotes.as_json()``; ``deskmate notes --json`` prints it.
NOTES_SCHEMA = {
    "type": "object",
    "required": ["summary", "decisions", "action_items", "open_questions", "attendees",
                 "duration_minutes", "duration_estimated", "model", "route"],
    "properties": {
        "summary": {"type": "string"},
        "decisions": {"type": "array", "items": {"type": "string"}},
        "action_items": {"type": "array", "items": {
            "type": "object", "required": ["owner", "task", "due"],
            "properties": {"owner": {"type": "string"}, "task": {"type": "string"},
                           "due": {"type": ["string", "null"]}}}},
        "open_questions": {"type": "array", "items": {"type": "string"}},
        "attendees": {"type": "array", "items": {"type": "string"}},
        "duration_minutes": {"type": "number"},
        "duration_estimated": {"type": "boolean"},
        "model": {"type": "string"},
        "route": {"type": "string"},
    },
}  # fmt: skip
_OVERHEAD = 120
_SUMMARY_FIELD = re.compile(r'"summary"\s*:\s*"((?:[^"\\]|\\.)*)')

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class MeetingNotes:
    summary: str
    items: Items
    attendees: tuple[str, ...]
    duration_minutes: float
    duration_estimated: bool
    model: str
    tokens_in: int
    tokens_out: int
    seconds: float
    parts: int

    def as_json(self, route: str) -> dict[str, object]:
        return {
            "summary": self.summary,
            "decisions": list(self.items.decisions),
            "action_items": [a.as_json() for a in self.items.action_items],
            "open_questions": list(self.items.open_questions),
            "attendees": list(self.attendees),
            "duration_minutes": self.duration_minutes,
            "duration_estimated": self.duration_estimated,
            "model": self.model,
            "route": route,
        }

    def restored(self, restore: Callable[[str], str]) -> MeetingNotes:
        """The same notes with every text field passed through ``restore``."""
        items = Items(
            tuple(
                ActionItem(restore(a.owner), restore(a.task), a.due)
                for a in self.items.action_items
            ),
            tuple(restore(d) for d in self.items.decisions),
            tuple(restore(q) for q in self.items.open_questions),
        )
        attendees = tuple(restore(a) for a in self.attendees)
        return replace(self, summary=restore(self.summary), items=items, attendees=attendees)


def make_notes(
    transcript: Transcript,
    backend: Backend,
    *,
    max_tokens: int = 160,
    progress: Progress | None = None,
) -> MeetingNotes:
    started = time.perf_counter()
    attendees = transcript.speakers
    budget = backend.context_length - _OVERHEAD - max_tokens
    parts = _parts(transcript.utterances, budget, backend.count_tokens)
    tokens = [0, 0]

    def ask(prompt: str, text: str) -> str:
        done = backend.chat(
            [
                {"role": "system", "content": SYSTEM},
                {"role": "user", "content": prompt.format(text=text)},
            ],
            max_tokens=max_tokens,
            json_schema=SUMMARY_SCHEMA,
        )
        tokens[0] += done.tokens_in
        tokens[1] += done.tokens_out
        return summary_text(done)

    summaries, found = [], []
    for index, part in enumerate(parts, start=1):
        if progress:
            progress(index, len(parts))
        found.append(extract_items(part, attendees))
        summaries.append(ask(PART_PROMPT, _lines(part)))
    summary = summaries[0] if len(summaries) == 1 else ask(REDUCE_PROMPT, "\n".join(summaries))
    return MeetingNotes(
        summary=summary,
        items=merge_items(found),
        attendees=tuple(attendees),
        duration_minutes=transcript.duration_minutes,
        duration_estimated=not transcript.timed,
        model=backend.name,
        tokens_in=tokens[0],
        tokens_out=tokens[1],
        seconds=round(time.perf_counter() - started, 3),
        parts=len(parts),
    )


def summary_text(done: Completion) -> str:
    """The summary from the model's JSON, also when the reply was cut off."""
    try:
        value = json.loads(done.text)["summary"]
        return " ".join(str(value).split())
    except (ValueError, KeyError, TypeError):
        match = _SUMMARY_FIELD.search(done.text)
        raw = match.group(1) if match else ""
        return " ".join(raw.replace('\\"', '"').split()).rstrip(" ,;") + ("…" if raw else "")


def transcript_from(document: Document, original: Transcript) -> Transcript:
    """A transcript rebuilt from its (possibly redacted) text, keeping the timings."""
    lines = document.text.split("\n")
    if len(lines) != len(original.utterances):
        return replace(original, utterances=tuple(Utterance("", ln) for ln in lines if ln))
    rebuilt = []
    for line, old in zip(lines, original.utterances, strict=True):
        speaker, sep, text = line.partition(": ") if old.speaker else ("", "", line)
        rebuilt.append(Utterance(speaker if sep else "", text if sep else line, old.start, old.end))
    return replace(original, utterances=tuple(rebuilt))


def _lines(utterances: list[Utterance]) -> str:
    return "\n".join(f"{u.speaker}: {u.text}" if u.speaker else u.text for u in utterances)


def _parts(
    utterances: tuple[Utterance, ...], budget: int, count: Callable[[str], int]
) -> list[list[Utterance]]:
    parts: list[list[Utterance]] = [[]]
    used = 0
    for u in utterances:
        cost = count(f"{u.speaker}: {u.text}") + 1
        if cost > budget:  # one very long turn: split it by sentences
            for sentence in re.split(r"(?<=[.!?])\s+", u.text):
                parts, used = _add(parts, used, Utterance(u.speaker, sentence, u.start, u.end),
                                   count(sentence) + 4, budget)  # fmt: skip
            continue
        parts, used = _add(parts, used, u, cost, budget)
    return [p for p in parts if p]


def _add(
    parts: list[list[Utterance]], used: int, u: Utterance, cost: int, budget: int
) -> tuple[list[list[Utterance]], int]:
    if parts[-1] and used + cost > budget:
        parts.append([])
        used = 0
    parts[-1].append(u)
    return parts, used + cost
