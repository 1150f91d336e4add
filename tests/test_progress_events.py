"""Progress on long work: the ``progress`` server-sent events of
/api/summarize/stream, from the summarize pipeline's own Progress callback,
with the real model on a document long enough to be summarized in parts."""

from __future__ import annotations

import json
from pathlib import Path

from starlette.testclient import TestClient

from assistant.api.app import create_app

SECRET = "s" * 43
AUTH = {"Authorization": f"Bearer {SECRET}"}
SENTENCES = (
    "The {n} warehouse finished its scanner rollout in week {w}.",
    "Team {n} reported {w} late shipments and asked for more drivers.",
    "Budget line {w} for the {n} office moved to the next quarter.",
    "The {n} pilot measured {w} percent fewer picking errors.",
)
PLACES = ("Lisbon", "Porto", "Madrid", "Lyon", "Turin", "Gdansk", "Leeds", "Graz")


def _long_text(sentences: int) -> str:
    return " ".join(SENTENCES[i % 4].format(n=PLACES[i % 8], w=i % 53) for i in range(sentences))


def test_long_summary_streams_progress_with_elapsed_and_estimate(deskmate_home: Path) -> None:
    client = TestClient(create_app(port=8765, secret=SECRET), base_url="https://localhost:8765")
    text = _long_text(320)  # about 4,500 tokens: over what one 4,096-token context holds
    body = {"text": text, "max_tokens": 16}
    with client.stream("POST", "/api/summarize/stream", json=body, headers=AUTH) as r:
        stream = "".join(r.iter_text())
    events = [
        (block.split("\n")[0][7:], json.loads(block.split("data: ", 1)[1]))
        for block in stream.strip().split("\n\n")
    ]
    progress = [data for kind, data in events if kind == "progress"]
    assert events[-1][0] == "done", events[-1]
    parts = progress[-1]["parts"] if progress else 0
    assert parts >= 2 and [p["part"] for p in progress] == list(range(1, parts + 1))
    assert all(p["parts"] == parts for p in progress)
    assert progress[0]["estimate_s"] is None  # nothing to go on before the first part ends
    elapsed = [p["elapsed_s"] for p in progress]
    assert elapsed == sorted(elapsed) and elapsed[-1] > 0
    later = progress[1]
    assert later["estimate_s"] >= later["elapsed_s"]
    # The progress events come before the answer's first token.
    kinds = [kind for kind, _ in events]
    assert kinds.index("token") > kinds.index("progress")
