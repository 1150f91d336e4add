"""Summarize a document: extract first, then let the model help inside a fence.

1. The text to summarize: an email loses its headers, quoted-reply markers,
   signatures and disclaimers (``connectors.email_body``).
2. Tables are facts (``table_facts``): totals, largest rows and changes, rows
   late, at risk or over budget, computed from the cells and written in code.
3. Sentences are scored and picked within a length budget, in document order,
   without near-duplicates (``extract``).
4. The model may compress a long picked sentence and write a one-line gist,
   which ends the summary (``fence``); each answer passes the support check or
   is thrown away. Model work stops at ``SummaryOptions.model_seconds``, so any
   length stays fast. ``on_token`` gets each bullet as soon as it is final.

Repetition cannot happen: every bullet is a distinct sentence or fact. ::

    result = summarize(document, backend, SummaryOptions(max_tokens=200))
    print(result.text)
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from assistant.workflows import fence
from assistant.workflows.extract import near_duplicate, select, split_units
from assistant.workflows.grounding import content_words, numbers
from assistant.workflows.progress import Events, Progress, Tracker
from assistant.workflows.table_facts import Derived, table_facts, tables
from connectors.document import Document
from connectors.email_body import summary_text
from deskmate_base.errors import Cancelled
from local_models.backend import Backend

__all__ = ["Progress", "Summary", "SummaryOptions", "summarize", "to_bullets"]

_BULLET = re.compile(r"^\s*(?:[-*•]|\d+[.)])\s+")
_HEADING_MARK = re.compile(r"(?:^|\s)#{1,6}\s+")
_SENTENCE = re.compile(r"(?<=[.!?])\s+")
MAX_BULLETS = 8
WORDS_PER_TOKEN = 0.75
MAX_COMPRESSIONS = 3


@dataclass(frozen=True)
class SummaryOptions:
    max_tokens: int = 256  # length of the final summary
    map_max_tokens: int = 160  # kept for callers; parts are no longer summarized one by one
    temperature: float = 0.2
    model_seconds: float = 8.0  # the most time the model's fenced steps may take
    use_model: bool = True  # False: extraction and table facts only
    # Asked before every model step: True stops the work with Cancelled, so a
    # client that left frees the model at once (the API passes its stream's state).
    stopped: Callable[[], bool] | None = field(default=None, compare=False)


@dataclass(frozen=True)
class Summary:
    bullets: tuple[str, ...]
    model: str
    tokens_in: int
    tokens_out: int
    seconds: float
    parts: int  # model calls made
    kinds: tuple[str, ...] = ()  # per bullet: gist, sentence, compressed or table
    derived: tuple[Derived, ...] = ()  # numbers computed from table cells, with operands
    rejected: int = 0  # model answers that failed the support check and were not used

    @property
    def text(self) -> str:
        return "\n".join(f"- {b}" for b in self.bullets)


def bullet_budget(words: int, max_tokens: int) -> tuple[int, int]:
    """How many bullets, and how many words at most, for a text of ``words`` words."""
    count = 5 if words < 400 else 6 if words < 1500 else 7 if words < 4000 else 8
    max_words = int(max_tokens * WORDS_PER_TOKEN)
    return max(1, min(count, max_words // 18)), max_words


def summarize(
    document: Document,
    backend: Backend,
    options: SummaryOptions | None = None,
    progress: Progress | None = None,
    on_token: Callable[[str], None] | None = None,
    events: Events | None = None,
) -> Summary:
    """Summarize ``document``. ``on_token`` receives each bullet (``"- ...\\n"``) as
    it is final; ``progress(index, total)`` and ``events(ProgressEvent)`` report steps."""
    options = options or SummaryOptions()
    tracker = Tracker(progress, events)
    tracker.step("selecting", 1, 1)
    body = summary_text(document) if document.kind == "eml" else document.text
    found = tables(body)
    kv = [pair for t in found for pair in t.sentences()]
    facts = table_facts(body)
    count, max_words = bullet_budget(len(body.split()), options.max_tokens)
    units = split_units(body, extra=kv)
    prose = document.kind != "xlsx" and sum(len(u.text.split()) for u in units) > 3 * sum(
        len(f.text.split()) for f in facts
    )
    useful = sum(1 for u in units if len(u.text.split()) >= 6)
    n_sentences = min(useful, count - count // 3 if prose else count // 3)
    n_facts = min(len(facts), max(count - n_sentences, 1 if facts else 0))
    facts = facts[:n_facts]  # the most important first (table_facts orders them)
    fact_words = sum(len(f.text.split()) for f in facts)
    picked = select(units, count - n_facts, max(max_words - fact_words, 1), document.title)
    entries: list[tuple[int, str, str]] = [(u.line, u.text, "sentence") for u in picked]
    entries += [(f.line, f.text, "table") for f in facts]
    if not entries:  # nothing scored (a short note, a tiny table): its own first lines
        entries = [(u.line, u.text, "sentence") for u in units[:count]]
    entries.sort(key=lambda e: e[0])
    usage = [0, 0, 0, 0]  # tokens in, tokens out, calls, rejected
    out = _Bullets(on_token, options.stopped)
    if options.use_model and picked:
        _fenced(entries, document.title, backend, options, tracker, usage, out)
    else:
        for _, text, kind in entries:
            out.add(text, kind)
    tracker.done()
    return Summary(
        bullets=tuple(out.bullets),
        model=backend.name,
        tokens_in=usage[0],
        tokens_out=usage[1],
        seconds=round(tracker.elapsed, 3),
        parts=usage[2],
        kinds=tuple(out.kinds),
        derived=tuple(d for f in facts for d in f.derived),
        rejected=usage[3],
    )


class _Bullets:
    """The final bullets, in order, with no repeats: a bullet saying what an earlier
    one says is dropped. Each kept bullet goes to ``on_token`` as soon as it is final,
    so a stream shows checked text only, in the order of the result."""

    def __init__(
        self, on_token: Callable[[str], None] | None, stopped: Callable[[], bool] | None = None
    ) -> None:
        self.on_token = on_token
        self.stopped = stopped
        self.bullets: list[str] = []
        self.kinds: list[str] = []
        self._seen: list[set[str]] = []

    def add(self, text: str, kind: str) -> None:
        words = content_words(text) | numbers(text)
        if len(self.bullets) > MAX_BULLETS or any(
            near_duplicate(words, other, 0.8) for other in self._seen
        ):
            return
        self._seen.append(words)
        self.bullets.append(text)
        self.kinds.append(kind)
        if self.on_token is not None:
            self.on_token(f"- {text}\n")

    def checkpoint(self) -> None:
        """An empty piece before each model step: a stream whose client has gone
        raises here (the API's ``on_token`` does), and so does a request whose
        ``stopped`` says so: the work stops before the next model step."""
        if self.stopped is not None and self.stopped():
            raise Cancelled("the request was cancelled")
        if self.on_token is not None:
            self.on_token("")


def _fenced(
    entries: list[tuple[int, str, str]],
    title: str,
    backend: Backend,
    options: SummaryOptions,
    tracker: Tracker,
    usage: list[int],
    out: _Bullets,
) -> None:
    """The model's steps: shorter versions of the longest sentences, then a one-line
    gist at the end; each bullet goes to ``out`` in order as soon as it is final."""
    deadline = fence.Deadline(options.model_seconds)
    long_ones = sorted(
        (i for i, e in enumerate(entries)
         if e[2] == "sentence" and len(e[1].split()) > fence.LONG_SENTENCE),
        key=lambda i: -len(entries[i][1].split()),
    )[:MAX_COMPRESSIONS]  # fmt: skip
    total = 1 + len(long_ones)
    step, step_seconds = 0, 0.0
    for i, (_, text, kind) in enumerate(entries):
        if i in long_ones and deadline.remaining >= step_seconds:
            step += 1
            out.checkpoint()
            tracker.step("writing", step, total)
            started = time.perf_counter()
            attempt = fence.compress(text, backend)
            step_seconds = max(step_seconds, time.perf_counter() - started)
            _count(usage, attempt)
            if attempt.accepted:
                text, kind = attempt.text, "compressed"
        out.add(text, kind)
    if deadline.remaining < step_seconds:
        return
    out.checkpoint()
    tracker.step("writing", step + 1, step + 1)
    sentences = [b for b, k in zip(out.bullets, out.kinds, strict=True) if k != "table"][:3]
    attempt = fence.gist(title, sentences, backend)
    _count(usage, attempt)
    if attempt.accepted:
        out.add(attempt.text, "gist")


def _count(usage: list[int], attempt: fence.Attempt) -> None:
    usage[0] += attempt.tokens_in
    usage[1] += attempt.tokens_out
    usage[2] += 1
    usage[3] += 0 if attempt.accepted else 1


def to_bullets(text: str, *, truncated: bool = False) -> list[str]:
    """Model output as distinct, clean bullet points.

    Small models echo headings, paste table rows and repeat themselves; those
    are dropped. A bullet cut off by the token limit is dropped too, unless it is
    the only one (then it ends with "…").
    """
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    if not any(_BULLET.match(ln) for ln in lines):
        lines = [s for s in _SENTENCE.split(" ".join(lines)) if s]
    if truncated and lines and not lines[-1].rstrip("*_ ").endswith((".", "!", "?")):
        if len(lines) > 1:
            lines.pop()  # cut off by the token limit
        else:
            lines[-1] = lines[-1].rstrip(" ,;:") + "…"  # the only bullet: keep what there is
    bullets: list[str] = []
    seen: set[str] = set()
    for line in lines:
        bullet = _HEADING_MARK.sub(" ", _BULLET.sub("", line)).strip().strip("*").strip()
        key = re.sub(r"\W+", " ", bullet.lower()).strip()
        if not key or key in seen or bullet.count("|") >= 2:
            continue
        seen.add(key)
        bullets.append(bullet)
    return bullets[:MAX_BULLETS]
