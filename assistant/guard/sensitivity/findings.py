"""What detection returns: findings (never the matched text), with the file's labels."""

from __future__ import annotations

from dataclasses import dataclass, field

from connectors.document import SensitivityLabel


@dataclass(frozen=True)
class Finding:
    """One sensitive span. ``preview`` is masked and only shown to the user;
    ``as_json`` leaves it out, so reports never carry the value itself."""

    kind: str
    detector: str
    location: str
    start: int
    end: int
    score: float
    preview: str = field(default="", compare=False)

    def as_json(self) -> dict[str, object]:
        return {
            "kind": self.kind,
            "detector": self.detector,
            "location": self.location,
            "start": self.start,
            "end": self.end,
            "score": round(self.score, 2),
        }


@dataclass(frozen=True)
class Scan:
    """Everything detection found in one request's text and metadata.

    ``errors`` names detectors that failed; the router keeps such requests local.
    """

    findings: tuple[Finding, ...] = ()
    labels: tuple[SensitivityLabel, ...] = ()
    errors: tuple[str, ...] = ()

    @property
    def kinds(self) -> set[str]:
        return {f.kind for f in self.findings}


def mask(value: str) -> str:
    """A preview that shows a little of the shape but not the value.

    Digits keep the first and last four of 12 or more (``4539 **** **** 6467``);
    shorter values keep their first and last character.
    """
    digits = [i for i, ch in enumerate(value) if ch.isdigit()]
    if len(digits) >= 12:
        keep = set(digits[:4] + digits[-4:])
        return "".join(ch if i in keep or not ch.isdigit() else "*" for i, ch in enumerate(value))
    if "@" in value:
        user, _, domain = value.partition("@")
        return f"{user[:1]}***@{domain}"
    if len(value) <= 4:
        return "*" * len(value)
    middle = "".join(" " if ch == " " else "*" for ch in value[1:-1])
    return value[0] + middle + value[-1]


class LineIndex:
    """Turns character offsets into 'line N' locations; cheapest when asked in order."""

    def __init__(self, text: str) -> None:
        self._text = text
        self._offset = 0
        self._line = 1

    def location(self, offset: int) -> str:
        if offset < self._offset:
            self._offset, self._line = 0, 1
        self._line += self._text.count("\n", self._offset, offset)
        self._offset = offset
        return f"line {self._line}"


LINE_REACH = 400  # how far back a check looks for the start of its line


def line_begin(text: str, pos: int) -> int:
    """Where the line holding ``pos`` starts, looking back at most LINE_REACH
    characters: a hostile text with no line breaks must not make every check
    read back to its beginning (quadratic)."""
    floor = max(0, pos - LINE_REACH)
    found = text.rfind("\n", floor, pos)
    return found + 1 if found != -1 else floor


def line_end(text: str, pos: int) -> int:
    """Where the line holding ``pos`` ends (its line break, or the end of the
    text), looking ahead at most LINE_REACH characters (see line_begin)."""
    ceiling = min(len(text), pos + LINE_REACH)
    found = text.find("\n", pos, ceiling)
    return found if found != -1 else ceiling
