"""Summarize a document: extract first, then let the model help inside a fence.

1. The text to summarize: an email loses its headers, quoted-reply markers,
   signatures and disclaimers (``connectors.email_body``).
2. Tables are facts (``table_facts``): totals, largest rows and changes, rows
   late, at risk or over budget, computed from the cells and written in code.
3. Sentences are scored and picked within a length budget, in document order,
   without near-duplicates (``extract``).
4. The model may merge two picked sentences the code found overlapping
   (``merge``, off by default), compress a long picked sentence, propose an
   order for the bullets (``order``, off by default) and write a one-line gist,
   which ends the summary (``fence``). Each sentence it writes passes the one
   support check (``grounding.grounded``) or is thrown away and its sources
   stand; a gist that fails is dropped, or shown marked "(unverified)" when
   ``unverified="show"``. Model work stops at ``SummaryOptions.model_seconds``,
   so any length stays fast. ``on_token`` gets each bullet as soon as it is
   final (with ``order``, all bullets once the order is known).

Repetition cannot happen: every bullet is a distinct sentence or fact. ::

    result = summarize(document, backend, SummaryOptions(max_tokens=200))
    print(result.text)
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from assistant.workflows import fence
from assistant.workflows.extract import (
    document_sentences,
    near_duplicate,
    select,
    split_units,
)
from assistant.workflows.grounding import content_words, numbers
from assistant.workflows.progress import Events, Progress, Tracker
from assistant.workflows.table_facts import Derived, table_facts, tables
from connectors.document import Document
from connectors.email_body import summary_text
from deskmate_base.errors import Cancelled
from local_models.backend import Backend

__all__ = ["UNVERIFIED", "Progress", "Summary", "SummaryOptions", "summarize"]

UNVERIFIED = "(unverified) "  # the mark before a shown bullet the check could not support
MAX_BULLETS = 8
WORDS_PER_TOKEN = 0.75
MAX_COMPRESSIONS = 3
MAX_MERGES = 2


@dataclass(frozen=True)
class SummaryOptions:
    max_tokens: int = 256  # length of the final summary
    temperature: float = 0.2
    model_seconds: float = 8.0  # the most time the model's fenced steps may take
    use_model: bool = True  # False: extraction and table facts only
    merge: bool = False  # let the model merge overlapping picked sentences (see docs/quality.md)
    order: bool = False  # let the model propose the bullets' order (see docs/quality.md)
    unverified: str = "drop"  # a gist the check cannot support: "drop" it or "show" it marked
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
    unverified: tuple[int, ...] = ()  # indices of bullets shown although the check failed

    @property
    def marked(self) -> tuple[str, ...]:
        """The bullets as shown: an unverified one starts with ``UNVERIFIED``."""
        return tuple(
            f"{UNVERIFIED}{b}" if i in self.unverified else b for i, b in enumerate(self.bullets)
        )

    @property
    def text(self) -> str:
        return "\n".join(f"- {b}" for b in self.marked)


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
    out = _Bullets(on_token, options.stopped, hold=options.order and options.use_model)
    if options.use_model and picked:
        fenced = _Fenced(document_sentences(document), backend, options, tracker, usage, out)
        fenced.run(entries, document.title)
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
        unverified=tuple(out.unverified),
    )


class _Bullets:
    """The final bullets, in order, with no repeats: a bullet saying what an earlier
    one says is dropped. Each kept bullet goes to ``on_token`` as soon as it is final,
    so a stream shows checked text only, in the order of the result; with ``hold``
    (the model orders the bullets) they go out together from ``release``."""

    def __init__(
        self,
        on_token: Callable[[str], None] | None,
        stopped: Callable[[], bool] | None = None,
        hold: bool = False,
    ) -> None:
        self.on_token = on_token
        self.stopped = stopped
        self.hold = hold
        self.bullets: list[str] = []
        self.kinds: list[str] = []
        self.unverified: list[int] = []
        self._seen: list[set[str]] = []

    def add(self, text: str, kind: str, verified: bool = True) -> None:
        words = content_words(text) | numbers(text)
        if len(self.bullets) > MAX_BULLETS or any(
            near_duplicate(words, other, 0.8) for other in self._seen
        ):
            return
        self._seen.append(words)
        if not verified:
            self.unverified.append(len(self.bullets))
        self.bullets.append(text)
        self.kinds.append(kind)
        if not self.hold:
            self._send(len(self.bullets) - 1)

    def reorder(self, order: Sequence[int]) -> None:
        """Put the bullets in ``order`` (a permutation of their indices)."""
        self.bullets = [self.bullets[i] for i in order]
        self.kinds = [self.kinds[i] for i in order]
        self._seen = [self._seen[i] for i in order]
        self.unverified = [order.index(i) for i in self.unverified]

    def release(self) -> None:
        """Send every bullet held so far; later ones go out as they come."""
        if self.hold:
            self.hold = False
            for index in range(len(self.bullets)):
                self._send(index)

    def _send(self, index: int) -> None:
        if self.on_token is not None:
            mark = UNVERIFIED if index in self.unverified else ""
            self.on_token(f"- {mark}{self.bullets[index]}\n")

    def checkpoint(self) -> None:
        """An empty piece before each model step: a stream whose client has gone
        raises here (the API's ``on_token`` does), and so does a request whose
        ``stopped`` says so: the work stops before the next model step."""
        if self.stopped is not None and self.stopped():
            raise Cancelled("the request was cancelled")
        if self.on_token is not None:
            self.on_token("")


class _Fenced:
    """The model's steps, in order: merges of overlapping picked sentences (if
    asked), shorter versions of the longest sentences, an order for the bullets
    (if asked), then a one-line gist at the end. Each step is checked by ``fence``
    against its sources and against ``document`` (the document's sentences)."""

    def __init__(
        self,
        document: list[str],
        backend: Backend,
        options: SummaryOptions,
        tracker: Tracker,
        usage: list[int],
        out: _Bullets,
    ) -> None:
        self.document, self.backend, self.options = document, backend, options
        self.tracker, self.usage, self.out = tracker, usage, out
        self.deadline = fence.Deadline(options.model_seconds)
        self.step, self.total, self.step_seconds = 0, 1, 0.0

    def _begin(self) -> bool:
        """Whether another step fits in the model's time; if so, report it."""
        if self.deadline.remaining < self.step_seconds:
            return False
        self.step += 1
        self.out.checkpoint()
        self.tracker.step("writing", self.step, max(self.total, self.step))
        self._started = time.perf_counter()
        return True

    def _end(self, attempt: fence.Attempt) -> None:
        self.step_seconds = max(self.step_seconds, time.perf_counter() - self._started)
        self.usage[0] += attempt.tokens_in
        self.usage[1] += attempt.tokens_out
        self.usage[2] += 1
        self.usage[3] += 0 if attempt.accepted else 1

    def run(self, entries: list[tuple[int, str, str]], title: str) -> None:
        pairs = _overlapping(entries) if self.options.merge else []
        long_ones = sorted(
            (i for i, e in enumerate(entries)
             if e[2] == "sentence" and len(e[1].split()) > fence.LONG_SENTENCE),
            key=lambda i: -len(entries[i][1].split()),
        )[:MAX_COMPRESSIONS]  # fmt: skip
        self.total = len(pairs) + len(long_ones) + int(self.options.order) + 1
        merged: dict[int, str] = {}
        gone: set[int] = set()
        for i, j in pairs:
            if not self._begin():
                break
            attempt = fence.merge(entries[i][1], entries[j][1], self.backend, self.document)
            self._end(attempt)
            if attempt.accepted:
                merged[i] = attempt.text
                gone.add(j)
        for i, (_, text, kind) in enumerate(entries):
            if i in gone:
                continue
            if i in merged:
                text, kind = merged[i], "merged"
            elif i in long_ones and self._begin():
                attempt = fence.compress(text, self.backend, self.document)
                self._end(attempt)
                if attempt.accepted:
                    text, kind = attempt.text, "compressed"
            self.out.add(text, kind)
        if self.options.order and len(self.out.bullets) > 1 and self._begin():
            proposed = fence.order(self.out.bullets, self.backend)
            accepted = proposed.order is not None
            self._end(fence.Attempt("", accepted, (), proposed.tokens_in, proposed.tokens_out))
            if proposed.order is not None:
                self.out.reorder(proposed.order)
        self.out.release()
        if not self._begin():
            return
        kept = zip(self.out.bullets, self.out.kinds, strict=True)
        sentences = [b for b, k in kept if k != "table"][:3]
        attempt = fence.gist(title, sentences, self.backend, document=self.document)
        self._end(attempt)
        if attempt.accepted:
            self.out.add(attempt.text, "gist")
        elif self.options.unverified == "show" and attempt.answer:
            self.out.add(attempt.answer, "gist", verified=False)


def _overlapping(entries: list[tuple[int, str, str]]) -> list[tuple[int, int]]:
    """Pairs of picked sentences sharing enough content words, numbers and names
    (``fence.overlap``), the most overlapping first; each sentence in one pair."""
    scored = [
        (fence.overlap(a[1], b[1]), i, j)
        for i, a in enumerate(entries) for j, b in enumerate(entries)
        if i < j and a[2] == b[2] == "sentence"
    ]  # fmt: skip
    used: set[int] = set()
    pairs: list[tuple[int, int]] = []
    for share, i, j in sorted(scored, reverse=True):
        if share >= fence.MERGE_OVERLAP and not {i, j} & used:
            pairs.append((i, j))
            used |= {i, j}
    return pairs[:MAX_MERGES]
