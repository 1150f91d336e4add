"""The small interface every model backend implements: local llama.cpp and cloud.

A backend turns chat messages into a ``Completion``. Workflows only ever see
this interface, so the router can hand them either kind::

    backend = LlamaBackend(catalog.get("smollm2-135m-instruct"))
    done = backend.chat([{"role": "user", "content": "Say hi"}], max_tokens=8)
    print(done.text, done.tokens_in, done.tokens_out)
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any, Protocol, TypedDict


class Message(TypedDict):
    role: str
    content: str


@dataclass(frozen=True)
class Completion:
    """One finished generation, the same shape for every backend."""

    text: str
    model: str
    tokens_in: int
    tokens_out: int
    finish_reason: str  # "stop" or "length"

    @property
    def truncated(self) -> bool:
        return self.finish_reason == "length"


class Backend(Protocol):
    """What a model backend offers. Implementations must be thread-safe."""

    @property
    def name(self) -> str:
        """The catalog or endpoint name, recorded in the usage log."""
        ...

    @property
    def context_length(self) -> int:
        """How many tokens fit in one request, prompt and answer together."""
        ...

    def chat(
        self,
        messages: Sequence[Message],
        *,
        max_tokens: int,
        temperature: float = 0.2,
        json_schema: dict[str, Any] | None = None,
    ) -> Completion:
        """Generate a reply. With ``json_schema`` the text is JSON matching it,
        unless the reply was cut off (``Completion.truncated``)."""
        ...

    def stream(
        self,
        messages: Sequence[Message],
        *,
        max_tokens: int,
        temperature: float = 0.2,
    ) -> Iterator[str]:
        """Yield the reply's text piece by piece as it is generated."""
        ...

    def count_tokens(self, text: str) -> int:
        """Tokens ``text`` takes in this model's vocabulary."""
        ...
