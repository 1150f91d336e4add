"""Model backends: the llama.cpp runtime and catalog, and the approved cloud endpoints."""

from local_models.backend import Backend, Completion, Message
from local_models.catalog import DEFAULT_MODEL, Catalog, ModelEntry
from local_models.llama import LlamaBackend
from local_models.runtime import RuntimeSettings

__all__ = [
    "DEFAULT_MODEL",
    "Backend",
    "Catalog",
    "Completion",
    "LlamaBackend",
    "Message",
    "ModelEntry",
    "RuntimeSettings",
]
