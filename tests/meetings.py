"""Generated meeting transcripts with known action items, for tests and benchmarks."""

from __future__ import annotations

import random
from pathlib import Path

ATTENDEES = ["Ana Lima", "Luis Ortega", "Priya Shah", "Tom Becker"]

# (speaker, sentence, owner, keyword): action items stated in different ways. A
# "Sure, I'll..." answer to a request restates it: owner None, not a new item.
ACTIONS: list[tuple[str, str, str | None, str]] = [
    (
        "Luis Ortega",
        "I'll chase the scanner vendor for the firmware by Friday.",
        "Luis Ortega",
        "vendor",
    ),
    ("Ana Lima", "Priya, can you update the rollout plan for Porto?", "Priya Shah", "rollout plan"),
    ("Priya Shah", "Sure, I will send the revised plan tomorrow.", None, ""),
    (
        "Tom Becker",
        "Action item: Tom to book the training rooms for December.",
        "Tom Becker",
        "training rooms",
    ),
    (
        "Ana Lima",
        "Tom will draft the budget memo before the steering group.",
        "Tom Becker",
        "budget memo",
    ),
    (
        "Luis Ortega",
        "Could you share the stock-count report with finance?",
        "Ana Lima",
        "stock-count report",
    ),
    ("Ana Lima", "Yes, I'll share it after this call.", None, ""),
    (
        "Priya Shah",
        "I need to confirm the Lisbon cut-over date with the site lead by next week.",
        "Priya Shah",
        "cut-over date",
    ),
    (
        "Tom Becker",
        "Let me collect the label printer quotes by 3 December.",
        "Tom Becker",
        "printer quotes",
    ),
]
DECISIONS = [
    ("Ana Lima", "We decided to move the Lisbon go-live to January."),
    ("Tom Becker", "We agreed to keep the old scanners as spares until March."),
]
QUESTIONS = [
    ("Priya Shah", "What happens to the night shift during the cut-over week?"),
    ("Luis Ortega", "It is still an open question whether Porto needs extra staff."),
]
FILLER = [
    "The pick rate in the northern region stayed above plan for the third week.",
    "Most of the feedback from the warehouse teams has been positive so far.",
    "The dashboard now shows stock levels by aisle, which helps the supervisors.",
    "We saw a small dip in accuracy on Tuesday when the network was slow.",
    "The supplier portal is handling more purchase orders every week.",
    "Training attendance was good, although two sessions started late.",
    "The new labels are easier to scan in the cold store.",
    "Returns processing is still manual at two of the smaller sites.",
    "The weekend team reported no issues with the handhelds.",
    "Overall the migration is on track against the plan we agreed in September.",
]


def meeting_vtt(path: Path, minutes: int = 20, seed: int = 3) -> Path:
    """A Teams-style WebVTT transcript about ``minutes`` long (150 words a minute)."""
    rng = random.Random(seed)
    script: list[tuple[str, str]] = []
    lines_ = [(s, t) for s, t, _, _ in ACTIONS]
    # A request and its answer stay together, as in a real meeting.
    scripted: list[list[tuple[str, str]]] = [[lines_[0]], [lines_[1], lines_[2]], [lines_[3]],
                                             [lines_[4]], [lines_[5], lines_[6]], [lines_[7]],
                                             [lines_[8]]]  # fmt: skip
    scripted += [[d] for d in DECISIONS] + [[q] for q in QUESTIONS]
    slots = sorted(rng.sample(range(2, minutes * 6), len(scripted)))
    words_needed = minutes * 150
    words = 0
    turn = 0
    while words < words_needed or scripted:
        if scripted and turn >= slots[len(slots) - len(scripted)] - 10:
            script.extend(scripted.pop(0))
        else:
            script.append((ATTENDEES[turn % 4], " ".join(rng.sample(FILLER, 2))))
        words = sum(len(text.split()) for _, text in script)
        turn += 1
    seconds_per_word = minutes * 60 / max(words, 1)
    lines = ["WEBVTT", ""]
    clock = 0.0
    for speaker, text in script:
        length = len(text.split()) * seconds_per_word
        lines += [f"{_stamp(clock)} --> {_stamp(clock + length)}", f"<v {speaker}>{text}</v>", ""]
        clock += length
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


def _stamp(seconds: float) -> str:
    h, rest = divmod(seconds, 3600)
    m, s = divmod(rest, 60)
    return f"{int(h):02d}:{int(m):02d}:{s:06.3f}"


EXPECTED = [(owner, keyword) for _, _, owner, keyword in ACTIONS if owner]
