"""The "approved cloud" for tests: llama-cpp-python's OpenAI-compatible server on
127.0.0.1, and a recording proxy in front of it (what left the machine)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.cloud_server import LlamaServer, RecordingProxy


@pytest.fixture(scope="module")
def server() -> Iterator[LlamaServer]:
    srv = LlamaServer()
    yield srv
    srv.stop()


@pytest.fixture
def proxy(server: LlamaServer) -> Iterator[RecordingProxy]:
    rec = RecordingProxy(server)
    yield rec
    rec.close()
