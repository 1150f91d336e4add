"""The local backend, run for real on the bundled SmolLM2-135M model."""

from __future__ import annotations

import json
import threading

import pytest

from local_models import LlamaBackend, RuntimeSettings
from local_models import llama as llama_module

ASK = [{"role": "user", "content": "Name three colours."}]


@pytest.fixture(scope="module")
def backend() -> LlamaBackend:
    return LlamaBackend.for_model()


def test_chat_returns_text_and_token_counts(backend: LlamaBackend) -> None:
    done = backend.chat(ASK, max_tokens=12)
    assert done.text
    assert done.model == "smollm2-135m-instruct"
    assert done.tokens_in > 5 and 0 < done.tokens_out <= 12
    assert done.finish_reason in ("stop", "length")


def test_stream_yields_the_same_reply_as_chat(backend: LlamaBackend) -> None:
    pieces = list(backend.stream(ASK, max_tokens=12, temperature=0.0))
    assert len(pieces) > 1
    whole = backend.chat(ASK, max_tokens=12, temperature=0.0).text
    assert "".join(pieces).strip() == whole


def test_json_schema_output_parses_and_matches(backend: LlamaBackend) -> None:
    schema = {
        "type": "object",
        "properties": {"label": {"type": "string", "enum": ["Meeting", "Finance", "FYI"]}},
        "required": ["label"],
    }
    messages = [{"role": "user", "content": "Label this email: 'Invoice 42 is overdue.'"}]
    done = backend.chat(messages, max_tokens=24, json_schema=schema)
    assert not done.truncated
    assert json.loads(done.text)["label"] in {"Meeting", "Finance", "FYI"}


def test_count_tokens(backend: LlamaBackend) -> None:
    assert backend.count_tokens("") == 0
    short, long = backend.count_tokens("hello"), backend.count_tokens("hello " * 50)
    assert 0 < short < long


def test_one_model_per_process_and_lazy_load() -> None:
    first = LlamaBackend.for_model()
    second = LlamaBackend.for_model()
    shared = first._llm()
    assert second._llm() is shared
    smaller = LlamaBackend.for_model(settings=RuntimeSettings(context=1024))
    assert smaller.context_length == 1024
    replacement = smaller._llm()  # a different configuration replaces the slot
    assert replacement is not shared
    assert llama_module._slot is not None and llama_module._slot[1] is replacement
    assert replacement.n_ctx() == 1024


def test_concurrent_calls_are_serialised(backend: LlamaBackend) -> None:
    results: list[str] = []
    errors: list[BaseException] = []

    def work() -> None:
        try:
            results.append(backend.chat(ASK, max_tokens=6).text)
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=work) for _ in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors and len(results) == 3 and all(results)


def test_gpu_setting() -> None:
    assert RuntimeSettings(gpu="off").gpu_layers() == 0
    import llama_cpp

    if llama_cpp.llama_supports_gpu_offload():
        assert RuntimeSettings(gpu="auto").gpu_layers() == -1
    else:
        assert RuntimeSettings(gpu="auto").gpu_layers() == 0
        from deskmate_base.errors import ModelError

        with pytest.raises(ModelError, match="no GPU support"):
            RuntimeSettings(gpu="on").gpu_layers()


def test_runtime_settings_from_env(monkeypatch: pytest.MonkeyPatch) -> None:
    from deskmate_base.errors import ModelError

    monkeypatch.setenv("DESKMATE_CONTEXT", "2048")
    monkeypatch.setenv("DESKMATE_GPU", "OFF")
    settings = RuntimeSettings.from_env()
    assert settings.context == 2048 and settings.gpu == "off"
    monkeypatch.setenv("DESKMATE_CONTEXT", "lots")
    with pytest.raises(ModelError, match="DESKMATE_CONTEXT must be a whole number"):
        RuntimeSettings.from_env()
