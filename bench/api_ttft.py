"""Time to first token: the local API (SSE over HTTPS) against a direct
llama-cpp-python stream, on the same prompt. Target: ratio of medians <= 1.10.

The API path includes everything a pane request pays: TLS, the security
checks, the sensitivity check and routing, the usage log. The direct path is
``Llama.create_chat_completion(stream=True)`` with the same messages. Each run
uses a new document (the same for both paths), as real requests do, so
neither path is served from llama.cpp's prompt cache.

    python bench/api_ttft.py [--runs 7]
"""

from __future__ import annotations

import argparse
import os
import ssl
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

TEXT = (
    "Project Aurora moved 12 of 14 warehouses to the new inventory platform. Stock-count "
    "errors fell 31 percent. Lisbon waits for a scanner firmware update; Porto goes live in "
    "December. The steering group is asked to approve the final budget of 420,000 euros."
)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    os.environ["DESKMATE_HOME"] = tempfile.mkdtemp()
    os.environ["DESKMATE_CONTEXT"] = "2048"
    os.environ["DESKMATE_GPU"] = "off"

    import httpx
    import uvicorn
    from llama_cpp import Llama

    from assistant.api.app import create_app
    from assistant.api.certs import ensure_certificates
    from assistant.workflows.summarize import SINGLE_PROMPT, SYSTEM
    from local_models.catalog import BUILTIN
    from tests.cloud_server import free_port

    files = ensure_certificates()
    port = free_port()
    secret = "bench-secret"
    server = uvicorn.Server(uvicorn.Config(
        create_app(port=port, secret=secret), host="127.0.0.1", port=port,
        ssl_certfile=str(files.cert), ssl_keyfile=str(files.key), log_level="warning",
    ))  # fmt: skip
    threading.Thread(target=server.run, daemon=True).start()
    while not server.started:
        time.sleep(0.05)
    client = httpx.Client(
        base_url=f"https://localhost:{port}",
        verify=ssl.create_default_context(cafile=str(files.ca)),
        headers={"Authorization": f"Bearer {secret}"},
        timeout=120,
    )
    raw = Llama(model_path=str(BUILTIN.path()), n_ctx=2048, n_gpu_layers=0, seed=42, verbose=False)

    def document(run: int) -> str:
        return f"Weekly report {run}: site {run * 7 % 13} logged {run * 37} pallets. {TEXT}"

    def api_ttft(run: int) -> float:
        start = time.perf_counter()
        first = 0.0
        with client.stream("POST", "/api/summarize/stream",
                           json={"text": document(run), "max_tokens": 32}) as response:  # fmt: skip
            for line in response.iter_lines():  # read to the end: one request at a time
                if not first and line == "event: token":
                    first = time.perf_counter() - start
        return first

    def direct_ttft(run: int) -> float:
        messages = [
            {"role": "system", "content": SYSTEM},
            {"role": "user", "content": SINGLE_PROMPT.format(text=document(run))},
        ]
        start = time.perf_counter()
        first = None
        for chunk in raw.create_chat_completion(messages=messages, max_tokens=32, stream=True,
                                                temperature=0.2):  # fmt: skip
            if first is None and chunk["choices"][0]["delta"].get("content"):
                first = time.perf_counter() - start
        return first or 0.0

    api_ttft(0), direct_ttft(0)  # warm: model loads, NER and detectors load
    api, direct = [], []
    for run in range(1, args.runs + 1):
        api.append(api_ttft(run))
        direct.append(direct_ttft(run))
    ratio = statistics.median(api) / statistics.median(direct)
    print(f"runs: {args.runs} each, alternating; prompt {len(TEXT.split())} words, max_tokens 32")
    print(f"API (SSE over HTTPS) first token: median {statistics.median(api) * 1000:.0f} ms")
    print(f"direct llama-cpp-python stream:    median {statistics.median(direct) * 1000:.0f} ms")
    print(f"ratio: {ratio:.3f} (target <= 1.10) {'PASS' if ratio <= 1.10 else 'FAIL'}")
    server.should_exit = True


if __name__ == "__main__":
    main()
