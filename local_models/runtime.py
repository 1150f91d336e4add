"""How the local model runs on this machine: context size, GPU offload, threads.

Values come from named defaults, overridden by environment variables::

    DESKMATE_CONTEXT   tokens of context per request (default 4096, capped by the model)
    DESKMATE_GPU       auto | on | off  (default auto: offload when llama.cpp has a GPU)
    DESKMATE_THREADS   CPU threads (default: llama.cpp's choice)
"""

from __future__ import annotations

import os
from dataclasses import dataclass

from deskmate_base.errors import ModelError

DEFAULT_CONTEXT = 4096
DEFAULT_SEED = 42


@dataclass(frozen=True)
class RuntimeSettings:
    context: int = DEFAULT_CONTEXT
    gpu: str = "auto"
    threads: int | None = None
    seed: int = DEFAULT_SEED

    @classmethod
    def from_env(cls) -> RuntimeSettings:
        gpu = os.environ.get("DESKMATE_GPU", "auto").strip().lower()
        if gpu not in ("auto", "on", "off"):
            raise ModelError(f"DESKMATE_GPU must be auto, on or off, not '{gpu}'")
        return cls(
            context=_int_env("DESKMATE_CONTEXT", DEFAULT_CONTEXT, minimum=512) or DEFAULT_CONTEXT,
            gpu=gpu,
            threads=_int_env("DESKMATE_THREADS", None, minimum=1),
        )

    def gpu_layers(self) -> int:
        """Layers to offload: all of them when a GPU build is present and allowed."""
        if self.gpu == "off":
            return 0
        import llama_cpp

        available = bool(llama_cpp.llama_supports_gpu_offload())
        if self.gpu == "on" and not available:
            raise ModelError(
                "DESKMATE_GPU=on but this llama.cpp build has no GPU support; reinstall "
                "llama-cpp-python with CMAKE_ARGS=-DGGML_CUDA=on, or set DESKMATE_GPU=auto"
            )
        return -1 if available else 0


def _int_env(name: str, default: int | None, *, minimum: int) -> int | None:
    raw = os.environ.get(name)
    if raw is None or raw.strip() == "":
        return default
    try:
        value = int(raw)
    except ValueError:
        raise ModelError(f"{name} must be a whole number, not '{raw}'") from None
    if value < minimum:
        raise ModelError(f"{name} must be at least {minimum}, not {value}")
    return value
