"""The model helps inside a fence: small tasks, each answer checked before use.

The model may compress a chosen sentence, merge two chosen sentences that the
code found overlapping, propose an order for the bullets, or write a one-line
gist of the chosen sentences. Every sentence it writes must pass
``grounding.grounded`` twice: against the sentences it was given, and against
``document`` (the whole document's sentences, the way ``deskmate eval
summaries`` checks it). A compression or merge must also keep every number and
name of its sources. An answer that fails is thrown away and the sources stand.
An order is used only if it is a permutation of the bullets. The same fence
applies to every backend (the bundled model, a catalog model, a cloud
endpoint). Work stops at ``Deadline`` so long documents stay fast.
"""

from __future__ import annotations

import re
import time
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from assistant.workflows.grounding import content_words, grounded, names, numbers
from local_models.backend import Backend, Completion, Message

SYSTEM = "You rewrite workplace text. Keep every number, name and date. Never add facts."
COMPRESS = "Rewrite this sentence in fewer words. Keep all numbers, names and dates.\n\n{text}"
MERGE = (
    "Combine these two sentences into one shorter sentence, joined with a semicolon. "
    "Keep all numbers, names and dates.\n\n1. {a}\n2. {b}"
)
ORDER = (
    "Bullets of a summary:\n{text}\n\n"
    "List the bullet numbers from most to least important, separated by commas."
)
GIST = (
    "Title: {title}\nKey sentences:\n{text}\n\n"
    "In one short sentence, say what this document is about. Use only words from above."
)
_NUMBERED = re.compile(r"^\d{1,2}[.)]\s+(?=\D)")
LONG_SENTENCE = 32  # words; shorter sentences are left as written
MERGE_OVERLAP = 0.3  # shared content words, numbers and names over the smaller sentence's
MERGE_MIN_SHARED = 3


@dataclass(frozen=True)
class Attempt:
    text: str  # what will be shown: the model's sentence, or the source when it failed
    accepted: bool
    problems: tuple[str, ...] = ()
    tokens_in: int = 0
    tokens_out: int = 0
    answer: str = ""  # the model's own line, whether it passed or not


@dataclass(frozen=True)
class Ordering:
    order: tuple[int, ...] | None  # 0-based indices; None when the answer was not a permutation
    tokens_in: int = 0
    tokens_out: int = 0
    answer: str = ""


def check(answer: str, given: Sequence[str], document: Sequence[str] = ()) -> list[str]:
    """Why ``answer`` may not be shown: ``grounded`` against the sentences the model
    was given and against the document's sentences (what the evaluator checks)."""
    problems = list(grounded(answer, given).problems)
    if not problems and document:
        problems += [f"document: {p}" for p in grounded(answer, document).problems]
    return problems


def compress(
    sentence: str, backend: Backend, document: Sequence[str] = (), max_tokens: int = 72
) -> Attempt:
    done = _ask(backend, COMPRESS.format(text=sentence), max_tokens)
    answer = _one_line(done.text)
    problems = check(answer, [sentence], document) + _lost(answer, [sentence])
    if done.truncated or len(answer.split()) >= 0.9 * len(sentence.split()) or len(answer) < 12:
        problems.append("not shorter, or cut off")
    ok = not problems
    return Attempt(answer if ok else sentence, ok, tuple(problems), *_tokens(done), answer)


def overlap(a: str, b: str) -> float:
    """Shared content words, numbers and names over the smaller sentence's count."""
    wa, wb = _facts(a), _facts(b)
    shared = len(wa & wb)
    return shared / min(len(wa), len(wb)) if shared >= MERGE_MIN_SHARED else 0.0


def merge(
    a: str, b: str, backend: Backend, document: Sequence[str] = (), max_tokens: int = 96
) -> Attempt:
    """One sentence for two overlapping ones; on failure ``text`` is empty (keep both)."""
    done = _ask(backend, MERGE.format(a=a, b=b), max_tokens)
    answer = _one_line(done.text)
    problems = check(answer, [a, b], document) + _lost(answer, [a, b])
    if done.truncated or len(answer.split()) >= 0.9 * (len(a.split()) + len(b.split())):
        problems.append("not shorter than the two, or cut off")
    ok = not problems
    return Attempt(answer if ok else "", ok, tuple(problems), *_tokens(done), answer)


def order(bullets: Sequence[str], backend: Backend, max_tokens: int = 32) -> Ordering:
    """The model's order of ``bullets``, used only if it is a permutation of all of them."""
    listed = "\n".join(f"{i}. {b}" for i, b in enumerate(bullets, start=1))
    n = len(bullets)
    numbers_only = {"type": "integer", "minimum": 1, "maximum": n}
    schema = {
        "type": "object",
        "properties": {
            "order": {"type": "array", "items": numbers_only, "minItems": n, "maxItems": n}
        },
        "required": ["order"],
    }  # JSON keeps a 135M model to numbers; the permutation is still checked below
    done = _ask(backend, ORDER.format(text=listed), max_tokens + 4 * n, schema)
    proposed = [int(n) - 1 for n in re.findall(r"\d+", done.text)]
    ok = sorted(proposed) == list(range(len(bullets)))
    return Ordering(tuple(proposed) if ok else None, *_tokens(done), done.text.strip())


def gist(
    title: str,
    sentences: Sequence[str],
    backend: Backend,
    max_tokens: int = 40,
    document: Sequence[str] = (),
) -> Attempt:
    prompt = GIST.format(title=title or "(none)", text="\n".join(sentences))
    done = _ask(backend, prompt, max_tokens)
    answer = _one_line(done.text)
    problems = check(answer, [title, *sentences], document)
    whole = not done.truncated and 4 <= len(answer.split()) <= 30
    if not whole:
        problems.append("too long, too short or cut off")
    ok = not problems
    # ``answer`` is what "show unverified" may show: a whole sentence, never a cut one
    return Attempt(answer if ok else "", ok, tuple(problems), *_tokens(done), answer * whole)


class Deadline:
    def __init__(self, seconds: float) -> None:
        self.end = time.perf_counter() + seconds

    @property
    def passed(self) -> bool:
        return time.perf_counter() >= self.end

    @property
    def remaining(self) -> float:
        return self.end - time.perf_counter()


def _ask(
    backend: Backend, prompt: str, max_tokens: int, schema: dict[str, Any] | None = None
) -> Completion:
    messages: list[Message] = [
        {"role": "system", "content": SYSTEM},
        {"role": "user", "content": prompt},
    ]
    if schema is None:
        return backend.chat(messages, max_tokens=max_tokens, temperature=0.0)
    return backend.chat(messages, max_tokens=max_tokens, temperature=0.0, json_schema=schema)


def _tokens(done: Completion) -> tuple[int, int]:
    return done.tokens_in, done.tokens_out


def _one_line(text: str) -> str:
    line = next((ln.strip() for ln in text.splitlines() if ln.strip()), "")
    line = _NUMBERED.sub("", line)  # "1. ..." echoes the prompt's numbering, not content
    return line.lstrip("-*• ").strip().strip('"').strip()


def _facts(sentence: str) -> set[str]:
    return content_words(sentence) | numbers(sentence) | names(sentence)


def _lost(answer: str, sources: Sequence[str]) -> list[str]:
    """Numbers and names of the sources the answer left out."""
    want: set[str] = set()
    for source in sources:
        want |= numbers(source) | _inner_names(source)
    lost = sorted(want - numbers(answer) - names(answer))
    return [f"lost: {', '.join(lost)}"] if lost else []


def _inner_names(sentence: str) -> set[str]:
    """Names that are not just a capitalised first word."""
    first = sentence.split()[0] if sentence.split() else ""
    return {n for n in names(sentence) if n != first.strip(",.;:")}
