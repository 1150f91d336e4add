"""Meeting transcripts: who said what, and when.

Reads Teams/Zoom-style WebVTT (``<v Name>`` voice tags or ``Name:`` prefixes),
SubRip (.srt), and .txt/.md/.docx transcripts with ``Name: text`` lines or
Teams' "Name  0:03" heading lines. Lines without a speaker continue the
previous utterance. A transcript without any speaker tags still reads, with
``tagged`` False::

    transcript = read_transcript(Path("standup.vtt"))
    transcript.speakers, transcript.duration_minutes
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from connectors.document import Document
from connectors.readers import check_file, read_document
from deskmate_base.errors import CorruptFileError, EmptyFileError, UnsupportedFileError

TRANSCRIPT_SUFFIXES = (".vtt", ".srt", ".txt", ".md", ".docx")
WORDS_PER_MINUTE = 150  # speaking rate, to estimate a duration without timestamps

_SPEAKER = re.compile(
    r"^\s*(?:\[?\(?(?P<ts>\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d+)?)\]?\)?\s*[-–]?\s*)?"
    r"(?P<name>[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}):\s+(?P<text>\S.*)$"
)
_TEAMS_HEADING = re.compile(
    r"^(?P<name>[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3})\s{2,}(?P<ts>\d{1,2}:\d{2}(?::\d{2})?)$"
)
_NOT_NAMES = {"Note", "Notes", "Agenda", "Action", "Decision", "Subject", "Date", "Re", "Fwd"}


@dataclass(frozen=True)
class Utterance:
    speaker: str  # "" when the transcript has no speaker tags
    text: str
    start: float | None = None  # seconds from the start of the meeting
    end: float | None = None


@dataclass(frozen=True)
class Transcript:
    utterances: tuple[Utterance, ...]
    title: str = ""
    tagged: bool = True

    @property
    def speakers(self) -> list[str]:
        return list(dict.fromkeys(u.speaker for u in self.utterances if u.speaker))

    @property
    def words(self) -> int:
        return sum(len(u.text.split()) for u in self.utterances)

    @property
    def duration_minutes(self) -> float:
        """From timestamps when there are any, else estimated from the word count."""
        starts = [u.start for u in self.utterances if u.start is not None]
        ends = [u.end if u.end is not None else u.start for u in self.utterances]
        ends_known = [e for e in ends if e is not None]
        if starts and ends_known and max(ends_known) > min(starts):
            return round((max(ends_known) - min(starts)) / 60, 1)
        return round(self.words / WORDS_PER_MINUTE, 1)

    @property
    def timed(self) -> bool:
        return any(u.start is not None for u in self.utterances)

    def as_document(self) -> Document:
        """The transcript as plain text ("Name: words" lines), for checks and models."""
        lines = [f"{u.speaker}: {u.text}" if u.speaker else u.text for u in self.utterances]
        return Document(text="\n".join(lines), kind="transcript", title=self.title)


def read_transcript(path: Path) -> Transcript:
    suffix = path.suffix.lower()
    if suffix not in TRANSCRIPT_SUFFIXES:
        raise UnsupportedFileError(
            f"Deskmate cannot read '{suffix or path.name}' transcripts; "
            f"supported: {', '.join(TRANSCRIPT_SUFFIXES)}"
        )
    if suffix in (".vtt", ".srt"):
        check_file(path)  # the same checks as any file: missing, folder, empty, size
        utterances = _captions(path, suffix)
        title = path.stem
    else:
        document = read_document(path)
        utterances = _lines(document.text)
        title = document.title
    utterances = [u for u in utterances if u.text.strip()]
    if not utterances:
        raise EmptyFileError(f"{path.name} has no speech in it")
    tagged = any(u.speaker for u in utterances)
    return Transcript(tuple(_merge_runs(utterances)), title=title, tagged=tagged)


def parse_transcript(text: str, title: str = "") -> Transcript:
    """A transcript from text with "Name: words" lines (as the add-in pane sends)."""
    utterances = [u for u in _lines(text) if u.text.strip()]
    if not utterances:
        raise EmptyFileError("the transcript has no speech in it")
    tagged = any(u.speaker for u in utterances)
    return Transcript(tuple(_merge_runs(utterances)), title=title, tagged=tagged)


def _captions(path: Path, suffix: str) -> list[Utterance]:
    import webvtt

    try:
        captions = webvtt.read(str(path)) if suffix == ".vtt" else webvtt.from_srt(str(path))
    except Exception as exc:  # webvtt raises its own MalformedFileError and friends
        raise CorruptFileError(
            f"{path.name} is not a valid {suffix[1:].upper()} file ({type(exc).__name__}); "
            f"export the transcript again"
        ) from exc
    out = []
    for caption in list(captions):  # type: ignore[call-overload]
        text = " ".join(caption.text.split())
        speaker = (getattr(caption, "voice", None) or "").strip()
        if not speaker:
            match = _SPEAKER.match(text)
            if match and match.group("name") not in _NOT_NAMES:
                speaker, text = match.group("name"), match.group("text")
        out.append(Utterance(speaker, text, _seconds(caption.start), _seconds(caption.end)))
    return out


def _lines(text: str) -> list[Utterance]:
    """Utterances from "Name: words" lines; continuation lines are gathered in
    lists and joined once, so reading is linear in the text."""
    out: list[tuple[str, list[str], float | None]] = []
    pending: tuple[str, float | None] | None = None  # a Teams heading waiting for its text
    for raw in text.splitlines():
        line = raw.strip().lstrip("-•* ").strip()
        if not line or line.startswith("#"):
            continue
        heading = _TEAMS_HEADING.match(line)
        if heading:
            pending = (heading.group("name"), _seconds(heading.group("ts")))
            continue
        match = _SPEAKER.match(line)
        if match and match.group("name") not in _NOT_NAMES:
            ts = match.group("ts")
            out.append((match.group("name"), [match.group("text")], _seconds(ts) if ts else None))
        elif pending:
            out.append((pending[0], [line], pending[1]))
            pending = None
        elif out:
            out[-1][1].append(line)
        else:
            out.append(("", [line], None))
    return [Utterance(speaker, " ".join(parts), start) for speaker, parts, start in out]


def _merge_runs(utterances: list[Utterance]) -> list[Utterance]:
    """Join consecutive captions by the same speaker into one utterance (linear:
    each run's texts are joined once)."""
    runs: list[list[Utterance]] = []
    for u in utterances:
        if runs and u.speaker and runs[-1][0].speaker == u.speaker:
            runs[-1].append(u)
        else:
            runs.append([u])
    merged = []
    for run in runs:
        first = run[0]
        if len(run) == 1:
            merged.append(first)
            continue
        end = first.end
        for u in run[1:]:
            end = u.end or end
        text = " ".join(u.text for u in run)
        merged.append(Utterance(first.speaker, text, first.start, end))
    return merged


def _seconds(stamp: str | None) -> float | None:
    if not stamp:
        return None
    parts = stamp.replace(",", ".").split(":")
    try:
        values = [float(p) for p in parts]
    except ValueError:
        return None
    total = 0.0
    for value in values:
        total = total * 60 + value
    return total
