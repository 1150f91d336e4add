"""Deskmate's local backend against raw llama-cpp-python on the same prompt.

Runs the same chat prompt through ``LlamaBackend.chat`` and directly through
``llama_cpp.Llama.create_chat_completion``, alternating, with the same
max_tokens and greedy decoding, and prints the median wall-time ratio.
Target: ratio <= 1.05.

    python bench/overhead.py [--runs 7] [--max-tokens 64]
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import time

from local_models import LlamaBackend, RuntimeSettings
from local_models.catalog import BUILTIN

PROMPT = [
    {"role": "system", "content": "You are a concise assistant."},
    {
        "role": "user",
        "content": "Summarize in 3 bullet points: Project Aurora moved 12 of 14 warehouses "
        "to the new inventory platform. Stock-count errors fell 31 percent. Lisbon waits "
        "for a scanner firmware update; Porto goes live in December.",
    },
]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--max-tokens", type=int, default=64)
    args = parser.parse_args()

    from llama_cpp import Llama

    settings = RuntimeSettings(context=2048, gpu="off")
    ours = LlamaBackend.for_model(settings=settings)
    raw = Llama(model_path=str(BUILTIN.path()), n_ctx=2048, n_gpu_layers=0, seed=42, verbose=False)

    def run_ours() -> int:
        return ours.chat(PROMPT, max_tokens=args.max_tokens, temperature=0.0).tokens_out

    def run_raw() -> int:
        out = raw.create_chat_completion(
            messages=PROMPT,  # type: ignore[arg-type]
            max_tokens=args.max_tokens,
            temperature=0.0,
        )
        return int(out["usage"]["completion_tokens"])  # type: ignore[index]

    run_ours(), run_raw()  # warm-up: load, first prompt
    times: dict[str, list[float]] = {"deskmate": [], "llama-cpp-python": []}
    tokens: dict[str, set[int]] = {"deskmate": set(), "llama-cpp-python": set()}
    for _ in range(args.runs):
        for name, fn in (("deskmate", run_ours), ("llama-cpp-python", run_raw)):
            start = time.perf_counter()
            tokens[name].add(fn())
            times[name].append(time.perf_counter() - start)

    med = {k: statistics.median(v) for k, v in times.items()}
    print(f"machine: {platform.machine()}, {os.cpu_count()} CPUs, {platform.platform()}")
    print(f"model: {BUILTIN.name}, max_tokens={args.max_tokens}, runs={args.runs} each")
    for name in times:
        print(f"{name:>17}: median {med[name]:.3f} s, tokens out {sorted(tokens[name])}")
    ratio = med["deskmate"] / med["llama-cpp-python"]
    print(
        f"ratio deskmate / raw: {ratio:.3f} (target <= 1.05) {'PASS' if ratio <= 1.05 else 'FAIL'}"
    )


if __name__ == "__main__":
    main()
