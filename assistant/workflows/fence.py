"""The model helps inside a fence: small tasks, each answer checked before use.

The model may compress a chosen sentence or write a one-line gist of the
chosen sentences. Whatever it writes must pass ``grounding.support`` against
the sentences it came from; a compression must also keep every number and
name of its sentence. An answer that fails is thrown away and the source
sentence stands. The same fence applies to every backend (the bundled model,
a catalog model, a cloud endpoint). Work stops at ``deadline`` seconds so long
documents stay fast.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import dataclass

from assistant.workflows.grounding import names, numbers, support
from local_models.backend import Backend, Message

SYSTEM = "You rewrite workplace text. Keep every number, name and date. Never add facts."
COMPRESS = "Rewrite this sentence in fewer words. Keep all numbers, names and dates.\n\n{text}"
GIST = (
    "Title: {title}\nKey sentences:\n{text}\n\n"
    "In one short sentence, say what this document is about. Use only words from above."
)
LONG_SENTENCE = 32  # words; shorter sentences are left as written


@dataclass(frozen=True)
class Attempt:
    text: str  # what will be shown: the model's sentence, or the source when it failed
    accepted: bool
    problems: tuple[str, ...] = ()
    tokens_in: int = 0
    tokens_out: int = 0


def compress(sentence: str, backend: Backend, max_tokens: int = 72) -> Attempt:
    done = _ask(backend, COMPRESS.format(text=sentence), max_tokens)
    answer = _one_line(done.text)
    check = support(answer, [sentence])
    problems = list(check.problems)
    lost = sorted((numbers(sentence) - numbers(answer)) | (_inner_names(sentence) - names(answer)))
    if lost:
        problems.append(f"lost: {', '.join(lost)}")
    if done.truncated or len(answer.split()) >= 0.9 * len(sentence.split()) or len(answer) < 12:
        problems.append("not shorter, or cut off")
    ok = not problems
    return Attempt(answer if ok else sentence, ok, tuple(problems), done.tokens_in, done.tokens_out)


def gist(title: str, sentences: Sequence[str], backend: Backend, max_tokens: int = 40) -> Attempt:
    prompt = GIST.format(title=title or "(none)", text="\n".join(sentences))
    done = _ask(backend, prompt, max_tokens)
    answer = _one_line(done.text)
    check = support(answer, [title, *sentences])
    problems = list(check.problems)
    if done.truncated or not 4 <= len(answer.split()) <= 30:
        problems.append("too long, too short or cut off")
    ok = not problems
    return Attempt(answer if ok else "", ok, tuple(problems), done.tokens_in, done.tokens_out)


class Deadline:
    def __init__(self, seconds: float) -> None:
        self.end = time.perf_counter() + seconds

    @property
    def passed(self) -> bool:
        return time.perf_counter() >= self.end

    @property
    def remaining(self) -> float:
        return self.end - time.perf_counter()


def _ask(backend: Backend, prompt: str, max_tokens: int):  # noqa: ANN202 - a Completion
    messages: list[Message] = [
        {"role": "system", "content": SYSTEM},
        {"role": "user", "content": prompt},
    ]
    return backend.chat(messages, max_tokens=max_tokens, temperature=0.0)


def _one_line(text: str) -> str:
    line = next((ln.strip() for ln in text.splitlines() if ln.strip()), "")
    return line.lstrip("-*• ").strip().strip('"').strip()


def _inner_names(sentence: str) -> set[str]:
    """Names that are not just a capitalised first word."""
    first = sentence.split()[0] if sentence.split() else ""
    return {n for n in names(sentence) if n != first.strip(",.;:")}
