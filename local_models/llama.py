"""The local backend: a GGUF model run in-process by llama-cpp-python.

The model loads on first use, and one process holds one loaded model at a
time. Generation is serialised by a lock, since a llama.cpp context is not
safe to share between threads::

    backend = LlamaBackend.for_model()          # the catalog's default
    print(backend.chat([{"role": "user", "content": "Hi"}], max_tokens=16).text)
"""

from __future__ import annotations

import threading
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from deskmate_base.errors import ModelError
from local_models.backend import Completion, Message
from local_models.catalog import Catalog, ModelEntry
from local_models.runtime import RuntimeSettings

if TYPE_CHECKING:
    from llama_cpp import Llama

# One lock for loading and generating: a llama.cpp context serves one call at a
# time, and a model is never swapped out while another thread generates with it.
_lock = threading.RLock()
# Small models loop ("Vendor A Laptop Refresh - Vendor B Laptop Refresh..."): penalise
# repeated tokens wherever the model writes free text (not under a JSON schema).
REPEAT_PENALTY = 1.15
_slot: tuple[tuple[str, int, int], Llama] | None = None


def _load(path: Path, settings: RuntimeSettings, context: int, chat_format: str | None) -> Llama:
    """Return the process's loaded model, loading it (and dropping another) if needed."""
    global _slot
    gpu_layers = settings.gpu_layers()
    key = (str(path), context, gpu_layers)
    with _lock:
        if _slot is not None and _slot[0] == key:
            return _slot[1]
        _slot = None  # free the previous model before loading the next
        from llama_cpp import Llama

        kwargs: dict[str, Any] = {
            "model_path": str(path),
            "n_ctx": context,
            "n_gpu_layers": gpu_layers,
            "seed": settings.seed,
            "verbose": False,
        }
        if settings.threads:
            kwargs["n_threads"] = settings.threads
        if chat_format:
            kwargs["chat_format"] = chat_format
        try:
            llm = Llama(**kwargs)
        except (ValueError, RuntimeError) as exc:
            raise ModelError(
                f"llama.cpp could not load {path.name}: {exc}; check the file with "
                f"'deskmate models verify'"
            ) from exc
        _slot = (key, llm)
        return llm


class LlamaBackend:
    """A catalog entry run by llama.cpp on this machine."""

    def __init__(self, entry: ModelEntry, path: Path, settings: RuntimeSettings) -> None:
        self._entry = entry
        self._path = path
        self._settings = settings
        self._context = min(settings.context, entry.context_length)

    @classmethod
    def for_model(cls, name: str | None = None, settings: RuntimeSettings | None = None):
        """The backend for a catalog model, checked cheaply (size) before use."""
        catalog = Catalog.load()
        entry = catalog.get(name)
        path = catalog.verify(entry, full=False)
        return cls(entry, path, settings or RuntimeSettings.from_env())

    @property
    def name(self) -> str:
        return self._entry.name

    @property
    def context_length(self) -> int:
        return self._context

    def _llm(self) -> Llama:
        return _load(self._path, self._settings, self._context, self._entry.chat_format)

    def chat(
        self,
        messages: Sequence[Message],
        *,
        max_tokens: int,
        temperature: float = 0.2,
        json_schema: dict[str, Any] | None = None,
    ) -> Completion:
        llm = self._llm()
        kwargs: dict[str, Any] = {}
        if json_schema is not None:
            kwargs["response_format"] = {"type": "json_object", "schema": json_schema}
        else:
            kwargs["repeat_penalty"] = REPEAT_PENALTY
        with _lock:
            try:
                out: Any = llm.create_chat_completion(
                    messages=list(messages),  # type: ignore[arg-type]
                    max_tokens=max_tokens,
                    temperature=temperature,
                    **kwargs,
                )
            except ValueError as exc:
                raise ModelError(f"the local model refused the request: {exc}") from exc
        choice = out["choices"][0]
        usage = out.get("usage") or {}
        return Completion(
            text=(choice["message"].get("content") or "").strip(),
            model=self.name,
            tokens_in=int(usage.get("prompt_tokens", 0)),
            tokens_out=int(usage.get("completion_tokens", 0)),
            finish_reason=choice.get("finish_reason") or "stop",
        )

    def stream(
        self,
        messages: Sequence[Message],
        *,
        max_tokens: int,
        temperature: float = 0.2,
    ) -> Iterator[str]:
        llm = self._llm()
        with _lock:
            try:
                chunks: Any = llm.create_chat_completion(
                    messages=list(messages),  # type: ignore[arg-type]
                    max_tokens=max_tokens,
                    temperature=temperature,
                    repeat_penalty=REPEAT_PENALTY,
                    stream=True,
                )
                for chunk in chunks:
                    piece = chunk["choices"][0]["delta"].get("content")
                    if piece:
                        yield piece
            except ValueError as exc:
                raise ModelError(f"the local model refused the request: {exc}") from exc

    def count_tokens(self, text: str) -> int:
        if not text:
            return 0
        return len(self._llm().tokenize(text.encode("utf-8"), add_bos=False, special=False))
