"""Read facts from a GGUF file's header through llama.cpp (vocabulary only, fast)."""

from __future__ import annotations

from pathlib import Path

from deskmate_base.errors import CatalogError

FALLBACK_CONTEXT = 2048


def read_context_length(file: Path) -> int:
    """The training context length recorded in the GGUF, or a safe default."""
    from llama_cpp import Llama

    try:
        llm = Llama(model_path=str(file), vocab_only=True, verbose=False)
    except (ValueError, RuntimeError) as exc:
        raise CatalogError(f"llama.cpp cannot read {file.name}: {exc}") from exc
    meta = llm.metadata
    arch = meta.get("general.architecture", "")
    try:
        return int(meta.get(f"{arch}.context_length", FALLBACK_CONTEXT))
    except ValueError:
        return FALLBACK_CONTEXT
