"""Summarize a document, map-reduce style, within the model's context window.

A document that fits is summarized in one call. A longer one is split into
token-bounded parts (``chunking``); each part becomes short notes (map), and
the notes are combined, in as many rounds as needed, into the final bullet
points (reduce). Any length works; the cost grows with the length.

    result = summarize(document, backend, SummaryOptions(max_tokens=200))
    print(result.text)
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from assistant.workflows.chunking import split_to_budget
from connectors.document import Document
from deskmate_base.errors import Cancelled
from local_models.backend import Backend, Completion, Message

SYSTEM = "You are a concise assistant that summarizes workplace documents accurately."
MAP_PROMPT = (
    "Summarize this part of a document in 3 short bullet points. "
    "Keep the important names, numbers and terms.\n\n{text}"
)
REDUCE_PROMPT = (
    "These are notes on the parts of one document, in order. "
    "Write a summary of the whole document in 3 to 5 short bullet points.\n\n{text}"
)
SINGLE_PROMPT = (
    "Summarize this document in 3 to 5 short bullet points. "
    "Keep the important names, numbers and terms.\n\n{text}"
)
_PROMPT_OVERHEAD = 96  # tokens for system prompt, instruction and chat template
_BULLET = re.compile(r"^\s*(?:[-*•]|\d+[.)])\s+")
_HEADING_MARK = re.compile(r"(?:^|\s)#{1,6}\s+")
_SENTENCE = re.compile(r"(?<=[.!?])\s+")
MAX_BULLETS = 7

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class SummaryOptions:
    max_tokens: int = 256  # length of the final summary
    map_max_tokens: int = 160  # notes per part on long documents
    temperature: float = 0.2
    # Asked between generated tokens of every step (parts included): True stops
    # the work with Cancelled, so a client that left frees the model at once.
    stopped: Callable[[], bool] | None = field(default=None, compare=False)


@dataclass(frozen=True)
class Summary:
    bullets: tuple[str, ...]
    model: str
    tokens_in: int
    tokens_out: int
    seconds: float
    parts: int

    @property
    def text(self) -> str:
        return "\n".join(f"- {b}" for b in self.bullets)


def summarize(
    document: Document,
    backend: Backend,
    options: SummaryOptions | None = None,
    progress: Progress | None = None,
    on_token: Callable[[str], None] | None = None,
) -> Summary:
    """Summarize ``document``; ``on_token`` receives the final answer as it is
    generated (an exception it raises stops the generation)."""
    options = options or SummaryOptions()
    started = time.perf_counter()
    usage = _Usage()
    title = f"Title: {document.title}\n\n" if document.title else ""
    budget = (
        backend.context_length - _PROMPT_OVERHEAD - max(options.max_tokens, options.map_max_tokens)
    )
    if budget < 64:
        raise ValueError("context window too small for the summary length")
    # Notes per part stay a quarter of a part, so every reduce round merges 4+ notes.
    options = replace(options, map_max_tokens=min(options.map_max_tokens, budget // 4))
    parts = split_to_budget(title + document.text, budget, backend.count_tokens)
    if len(parts) == 1:
        final = usage.add(
            _ask(backend, SINGLE_PROMPT, parts[0], options.max_tokens, options, on_token)
        )
    else:
        notes = []
        for index, part in enumerate(parts, start=1):
            if progress:
                progress(index, len(parts))
            done = _ask(backend, MAP_PROMPT, part, options.map_max_tokens, options)
            notes.append(usage.add(done).text)
        final = usage.add(_reduce(notes, backend, budget, options, usage, on_token))
    return Summary(
        bullets=tuple(to_bullets(final.text, truncated=final.truncated)),
        model=backend.name,
        tokens_in=usage.tokens_in,
        tokens_out=usage.tokens_out,
        seconds=round(time.perf_counter() - started, 3),
        parts=len(parts),
    )


def _reduce(
    notes: list[str],
    backend: Backend,
    budget: int,
    options: SummaryOptions,
    usage: _Usage,
    on_token: Callable[[str], None] | None = None,
) -> Completion:
    """Combine notes into one summary, in rounds while they overflow the window."""
    while True:
        groups = split_to_budget("\n\n".join(notes), budget, backend.count_tokens)
        if len(groups) == 1:
            return _ask(backend, REDUCE_PROMPT, groups[0], options.max_tokens, options, on_token)
        notes = [
            usage.add(_ask(backend, REDUCE_PROMPT, g, options.map_max_tokens, options)).text
            for g in groups
        ]


def _ask(
    backend: Backend,
    prompt: str,
    text: str,
    max_tokens: int,
    options: SummaryOptions,
    on_token: Callable[[str], None] | None = None,
) -> Completion:
    messages: list[Message] = [
        {"role": "system", "content": SYSTEM},
        {"role": "user", "content": prompt.format(text=text)},
    ]
    stopped = options.stopped
    if on_token is None and stopped is None:
        return backend.chat(messages, max_tokens=max_tokens, temperature=options.temperature)
    pieces = []
    for piece in backend.stream(messages, max_tokens=max_tokens, temperature=options.temperature):
        if stopped is not None and stopped():
            raise Cancelled("the request was cancelled")
        if on_token is not None:
            on_token(piece)
        pieces.append(piece)
    answer = "".join(pieces).strip()
    tokens_out = backend.count_tokens(answer)
    return Completion(
        text=answer,
        model=backend.name,
        tokens_in=backend.count_tokens(messages[0]["content"] + messages[1]["content"]),
        tokens_out=tokens_out,
        finish_reason="length" if tokens_out >= max_tokens else "stop",
    )


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


class _Usage:
    def __init__(self) -> None:
        self.tokens_in = 0
        self.tokens_out = 0

    def add(self, done: Completion) -> Completion:
        self.tokens_in += done.tokens_in
        self.tokens_out += done.tokens_out
        return done
