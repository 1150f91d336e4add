"""Meeting notes from a transcript: summary, decisions, action items, questions.

The rules in ``meeting_items`` find action items, decisions and open
questions over the whole meeting (a question answered later is not open). The
summary is grounded like a document summary: the meeting's own sentences,
picked by ``extract`` (decisions first), each with its speaker; the model may
add a one-line gist inside the fence (``fence.gist``), kept only if it passes
the support check. Long meetings are still read in parts that fit the model's
context, for progress; no part is summarized by the model on its own, so an
hour of talk takes seconds::

    notes = make_notes(read_transcript(Path("standup.vtt")), backend)
    notes.as_json()["action_items"]
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from assistant.workflows import fence
from assistant.workflows.extract import Unit, select
from assistant.workflows.meeting_items import ActionItem, Items, extract_items, merge_items
from assistant.workflows.progress import Events, Tracker
from connectors.document import Document
from connectors.transcripts import Transcript, Utterance
from local_models.backend import Backend

SUMMARY_SENTENCES = 3
_AGENDA_TALK = re.compile(r"(?i)^(?:let's (?:start|begin|move on)|next (?:item|up)|thanks,? every)")
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
    events: Events | None = None,
    use_model: bool = True,
) -> MeetingNotes:
    tracker = Tracker(progress, events)
    attendees = transcript.speakers
    budget = max(backend.context_length - _OVERHEAD - max_tokens, 64)
    parts = _parts(transcript.utterances, budget, backend.count_tokens)
    for index, _part in enumerate(parts, start=1):
        tracker.step("selecting", index, len(parts) + 1)
    items = merge_items([extract_items(list(transcript.utterances), attendees)])
    picked = _key_sentences(transcript.utterances, items)
    summary = " ".join(f"{who}: {text}" if who else text for who, text in picked)
    tokens = [0, 0]
    if use_model and picked and max_tokens >= 24:
        tracker.step("writing", len(parts) + 1, len(parts) + 1)
        said = [u.text for u in transcript.utterances]
        attempt = fence.gist(
            transcript.title, [t for _, t in picked], backend, min(max_tokens, 48), said
        )
        tokens = [attempt.tokens_in, attempt.tokens_out]
        if attempt.accepted:
            summary = f"{attempt.text} {summary}"
    tracker.done()
    return MeetingNotes(
        summary=summary or "(nothing to summarize)",
        items=items,
        attendees=tuple(attendees),
        duration_minutes=transcript.duration_minutes,
        duration_estimated=not transcript.timed,
        model=backend.name,
        tokens_in=tokens[0],
        tokens_out=tokens[1],
        seconds=round(tracker.elapsed, 3),
        parts=len(parts),
    )


def _key_sentences(utterances: tuple[Utterance, ...], items: Items) -> list[tuple[str, str]]:
    """The meeting's own sentences for the summary, with speakers, in order: decisions
    count extra (the extractor's decision cue), small talk and questions less."""
    from assistant.workflows.extract import split_sentences

    units: list[Unit] = []
    speakers: list[str] = []
    decided = {d.lower() for d in items.decisions}
    first_decisions: list[Unit] = []
    for line, u in enumerate(utterances):
        for sentence in split_sentences(u.text):
            unit = Unit(sentence, len(units), line, "", False)
            speakers.append(u.speaker)
            units.append(unit)
            if _clean(sentence) in decided and len(first_decisions) < 2:
                first_decisions.append(unit)
    rest = [u for u in units if u not in first_decisions and not _AGENDA_TALK.search(u.text)]
    chosen = select(rest, SUMMARY_SENTENCES - len(first_decisions), max_words=60)
    ordered = sorted([*first_decisions, *chosen], key=lambda u: u.order)
    return [(speakers[u.order], u.text) for u in ordered]


def _clean(sentence: str) -> str:
    sentence = re.sub(r"(?i)^(?:so|ok(?:ay)?|right|well|and),?\s+", "", sentence.strip())
    return (sentence[:1].upper() + sentence[1:]).lower()


def duration_text(minutes: float, estimated: bool = False) -> str:
    """ "1 minute", "1.5 minutes", "20 minutes (estimated)"."""
    unit = "minute" if minutes == 1 else "minutes"
    return f"{minutes:g} {unit}" + (" (estimated)" if estimated else "")


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
