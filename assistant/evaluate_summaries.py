"""``deskmate eval summaries DIR``: summaries scored against facts written beforehand.

DIR/facts.jsonl holds one row per document::

    {"file": "report.docx", "facts": [{"id": "f1", "any": ["1,847", "1847"]}, ...],
     "false": [{"id": "x1", "any": ["on track"], "why": "..."}]}

For Deskmate's summary and, in the same run, the Lead-k baseline (the first k
sentences of the same text, k = Deskmate's bullet count) it reports:

- fact recall: facts with any accepted variant in the summary (case-insensitive);
- invented numbers: numbers in the summary that are neither in the document nor
  computed from its cells (a computed number is re-checked here: its operands
  must be numbers of the document and the arithmetic must hold);
- invented names: capitalised words that occur nowhere in the document;
- unsupported sentences: sentences failing ``grounding.grounded`` against the
  document's sentences (``extract.document_sentences``), the same call the fence
  makes on every model answer before it is shown (table facts: their numbers
  and names);
- false statements made: any variant of a listed false statement;
- seconds per document, and words per summary (so lengths can be compared).
"""

from __future__ import annotations

import json
import re
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from assistant.workflows.extract import document_sentences, split_sentences
from assistant.workflows.grounding import grounded, names, numbers, words
from assistant.workflows.summarize import Summary, SummaryOptions, summarize
from assistant.workflows.table_facts import Derived
from connectors import Document, read_document
from connectors.email_body import summary_text
from deskmate_base.errors import FileMissingError
from local_models.backend import Backend

Progress = Callable[[int, int], None]


@dataclass
class DocScore:
    file: str
    facts: int
    found: list[str] = field(default_factory=list)
    invented_numbers: list[str] = field(default_factory=list)
    invented_names: list[str] = field(default_factory=list)
    unsupported: list[str] = field(default_factory=list)
    false_made: list[str] = field(default_factory=list)
    seconds: float = 0.0
    bullets: int = 0
    words: int = 0
    model_written: int = 0  # bullets the model wrote (gist, compressed) that passed the check
    model_rejected: int = 0  # model answers that failed the check and were not used


@dataclass
class SystemScores:
    name: str
    docs: list[DocScore] = field(default_factory=list)

    def total(self, attr: str) -> int:
        return sum(len(getattr(d, attr)) for d in self.docs)

    @property
    def recall(self) -> float:
        facts = sum(d.facts for d in self.docs)
        return self.total("found") / facts if facts else 0.0

    @property
    def seconds_per_doc(self) -> float:
        return sum(d.seconds for d in self.docs) / len(self.docs) if self.docs else 0.0

    @property
    def words_per_summary(self) -> float:
        return sum(d.words for d in self.docs) / len(self.docs) if self.docs else 0.0

    def as_json(self) -> dict[str, object]:
        return {
            "system": self.name,
            "documents": len(self.docs),
            "facts": sum(d.facts for d in self.docs),
            "facts_found": self.total("found"),
            "fact_recall": round(self.recall, 4),
            "invented_numbers": self.total("invented_numbers"),
            "invented_names": self.total("invented_names"),
            "unsupported_sentences": self.total("unsupported"),
            "false_statements": self.total("false_made"),
            "seconds_per_document": round(self.seconds_per_doc, 3),
            "words_per_summary": round(self.words_per_summary, 1),
            "model_written": sum(d.model_written for d in self.docs),
            "model_rejected": sum(d.model_rejected for d in self.docs),
            "per_document": [d.__dict__ for d in self.docs],
        }


def eval_summaries(
    directory: Path,
    backend: Backend,
    options: SummaryOptions | None = None,
    progress: Progress | None = None,
) -> tuple[SystemScores, SystemScores]:
    """Deskmate's summaries and the Lead-k baseline's, scored on the same documents."""
    facts_file = directory / "facts.jsonl"
    if not facts_file.is_file():
        raise FileMissingError(f"no facts.jsonl in {directory}; see 'deskmate eval --help'")
    rows = [json.loads(ln) for ln in facts_file.read_text(encoding="utf-8").splitlines() if ln]
    ours, lead = SystemScores("deskmate"), SystemScores("lead-k")
    for index, row in enumerate(rows, start=1):
        if progress:
            progress(index, len(rows))
        document = read_document(directory / row["file"])
        started = time.perf_counter()
        summary = summarize(document, backend, options)
        ours.docs.append(score(row, document, summary.bullets, summary, started))
        started = time.perf_counter()
        baseline = lead_k(document, len(summary.bullets))
        lead.docs.append(score(row, document, baseline, None, started))
    return ours, lead


def lead_k(document: Document, k: int) -> list[str]:
    """The first ``k`` sentences of the same text Deskmate reads (an email without its
    headers, quotes and signature), headings skipped, table rows taken as they are."""
    body = summary_text(document) if document.kind == "eml" else document.text
    out: list[str] = []
    for line in body.split("\n"):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        out += split_sentences(re.sub(r"^\s*(?:[-*•]|\d+[.)])\s+", "", line))
        if len(out) >= k:
            break
    return out[:k]


def score(
    row: dict, document: Document, bullets: Sequence[str], summary: Summary | None, started: float
) -> DocScore:
    seconds = time.perf_counter() - started
    text = " ".join(bullets).lower()
    result = DocScore(row["file"], len(row["facts"]), seconds=round(seconds, 3))
    result.bullets, result.words = len(bullets), len(text.split())
    if summary is not None:
        result.model_written = sum(k in ("gist", "compressed", "merged") for k in summary.kinds)
        result.model_rejected = summary.rejected
    result.found = [f["id"] for f in row["facts"] if any(v.lower() in text for v in f["any"])]
    result.false_made = [x["id"] for x in row["false"] if any(v.lower() in text for v in x["any"])]
    source = document.text
    computed = verified_numbers(summary.derived if summary else (), source)
    allowed = numbers(source) | computed
    source_words = set(words(source))
    lower = {w.lower() for w in source_words}
    candidates = document_sentences(document)
    kinds = summary.kinds if summary else ("sentence",) * len(bullets)
    for bullet, kind in zip(bullets, kinds, strict=True):
        made_up = sorted(numbers(bullet) - allowed)
        unknown = sorted(
            n for n in names(bullet) if n not in source_words and n.lower() not in lower
        )
        result.invented_numbers += made_up
        result.invented_names += unknown
        if kind == "table":
            ok = not made_up and not unknown
        else:
            ok = grounded(bullet, candidates, extra_numbers=computed).ok
        if not ok:
            result.unsupported.append(bullet)
    return result


def verified_numbers(derived: Sequence[Derived], source: str) -> set[str]:
    """Computed numbers whose operands are in ``source`` and whose arithmetic holds."""
    have = numbers(source)
    out: set[str] = set()
    for d in sorted(
        derived, key=lambda d: d.op == "sum" and any(o not in source for o in d.operands)
    ):
        if d.op == "count":
            ok = int(float(d.value)) == len(d.operands) and all(
                w in source for o in d.operands for w in o.split()
            )
        else:
            ops = [o.replace(",", "") for o in d.operands]
            values = [float(o) for o in ops if _is_number(o)]
            if len(values) != len(ops) or not all(_plain(o) in have | out for o in ops):
                ok = False
            elif d.op == "sum":
                ok = abs(sum(values) - float(d.value)) < 0.01
            else:
                ok = abs(abs(values[0] - values[1]) - float(d.value)) < 0.01
        if ok:
            out.add(d.value)
    return out


def _is_number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True


def _plain(text: str) -> str:
    return next(iter(numbers(text)), text)
