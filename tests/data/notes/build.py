"""Build the notes evaluation set: python tests/data/notes/build.py

Five short meetings in different formats, each with hand-written notes
(``<name>.json``): the action items a careful note-taker would list, as an
owner and a keyword that the task must contain.
"""

from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent

MEETINGS = {
    "vendor-review.vtt": (
        "WEBVTT\n\n"
        "00:00:02.000 --> 00:00:09.000\n<v Maya Chen>Thanks everyone. Three vendors are left on the shortlist.</v>\n\n"
        "00:00:10.000 --> 00:00:21.000\n<v Karl Berg>Fabrikam is cheapest but their support hours don't cover our night shift.</v>\n\n"
        "00:00:22.000 --> 00:00:35.000\n<v Maya Chen>Karl, can you ask Fabrikam whether they offer 24-hour support?</v>\n\n"
        "00:00:36.000 --> 00:00:40.000\n<v Karl Berg>Sure, I'll email them today.</v>\n\n"
        "00:00:41.000 --> 00:00:58.000\n<v Lina Haas>I will put the three offers into one comparison sheet by Thursday.</v>\n\n"
        "00:00:59.000 --> 00:01:12.000\n<v Maya Chen>We agreed to drop Tailspin because they cannot deliver before March.</v>\n\n"
        "00:01:13.000 --> 00:01:25.000\n<v Lina Haas>Do we need legal to review the contract before the pilot?</v>\n\n"
        "00:01:26.000 --> 00:01:40.000\n<v Maya Chen>Good point. I'll book a slot with legal for next week.</v>\n",
        [("Karl Berg", "fabrikam"), ("Lina Haas", "comparison sheet"), ("Maya Chen", "legal")],
    ),
    "retro.srt": (
        "1\n00:00:01,000 --> 00:00:08,000\nOwen: The release went out on time but the migration script failed twice.\n\n"
        "2\n00:00:09,000 --> 00:00:20,000\nPriya: I'll write a runbook for the migration script so on-call can rerun it.\n\n"
        "3\n00:00:21,000 --> 00:00:30,000\nOwen: We decided to freeze schema changes in the last week of a sprint.\n\n"
        "4\n00:00:31,000 --> 00:00:42,000\nSam: Owen, could you add an alert when the migration takes longer than ten minutes?\n\n"
        "5\n00:00:43,000 --> 00:00:47,000\nOwen: Yes, will do.\n\n"
        "6\n00:00:48,000 --> 00:01:00,000\nSam: Action item: Sam to update the release checklist by Friday.\n",
        [("Priya", "runbook"), ("Owen", "alert"), ("Sam", "release checklist")],
    ),
    "budget-sync.txt": (
        "[00:00:03] Ruth: Let's start with the Q1 budget. Travel is 20 percent over.\n"
        "[00:00:15] Ali: Most of that is the Porto launch. I need to send finance a breakdown of the launch costs.\n"
        "[00:00:31] Ruth: Please do it before the 5th, they close the books then.\n"
        "[00:00:40] Ali: OK.\n"
        "[00:00:44] Jon: The training budget is under. Should we move some of it to travel?\n"
        "[00:00:58] Ruth: Not yet. Jon will check with HR whether the spring courses are confirmed.\n"
        "[00:01:15] Ruth: The final decision is to keep the headcount budget as it is.\n"
        "[00:01:25] Jon: I'll also share the updated forecast after the meeting.\n",
        [("Ali", "breakdown"), ("Jon", "hr"), ("Jon", "forecast")],
    ),
    "site-visit.md": (
        "# Lisbon site visit planning\n\n"
        "Beatriz: The visit is on the 14th. We need a room for twelve people.\n"
        "Tomas: I can book the training room on the ground floor.\n"
        "Beatriz: Great. Tomas, please also arrange the safety briefing with the site lead.\n"
        "Tomas: Sure.\n"
        "Elena: I will prepare the agenda and send it to the group by Monday.\n"
        "Beatriz: Is the new scanner line running by then? That is still an open question.\n"
        "Elena: We agreed to show the old line if the new one is not ready.\n",
        [("Tomas", "training room"), ("Tomas", "safety briefing"), ("Elena", "agenda")],
    ),
    "hiring-sync.docx": (
        [
            "Grace Lee   0:02",
            "We have two candidates left for the analyst role.",
            "Daniel Roy   0:20",
            "I'll schedule the final interviews for next week.",
            "Grace Lee   0:41",
            "Daniel, can you also collect feedback from the panel by Friday?",
            "Daniel Roy   0:55",
            "Yes, I will.",
            "Nora Fox   1:10",
            "I need to update the job ad for the second opening.",
            "Grace Lee   1:30",
            "We decided to offer the role remotely as well.",
        ],
        [("Daniel Roy", "interviews"), ("Daniel Roy", "feedback"), ("Nora Fox", "job ad")],
    ),
}


def build() -> None:
    for name, (content, actions) in MEETINGS.items():
        path = HERE / name
        if isinstance(content, list):
            import docx

            doc = docx.Document()
            doc.core_properties.title = "Hiring sync"
            for line in content:
                doc.add_paragraph(line)
            doc.save(str(path))
        else:
            path.write_text(content, encoding="utf-8")
        notes = {"action_items": [{"owner": o, "keyword": k} for o, k in actions]}
        (HERE / f"{path.stem}.json").write_text(
            json.dumps(notes, indent=2) + "\n", encoding="utf-8"
        )


if __name__ == "__main__":
    build()
    print(f"{len(MEETINGS)} transcripts")
