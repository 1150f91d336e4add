"""Teacher -> student learning curve: accuracy against the number of teacher labels.

**The teacher here is not a cloud model.** It is a small OpenAI-compatible
server on 127.0.0.1 that answers every label request with the seed set's gold
label for that message. So this measures the loop (routing, hashed teacher
examples in labels.db, training, agreement), not any cloud model's quality; a
real teacher's mistakes would lower every figure.

The seed set's 472 messages are labelled through the real ``label_mail`` with a
policy whose endpoint allows "label", starting with no classifier at all, so
every message the guard clears goes to the teacher. Students are then trained
on the first N teacher labels (hashed tokens only, as ``label train`` reads
them) and scored on the held-out tests/data/emails, and their agreement with
the teacher is measured on the next 50 teacher labels they had not seen.

    python bench/teacher_curve.py
"""

from __future__ import annotations

import json
import os
import platform
import re
import sys
import tempfile
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
STEPS = (10, 25, 50, 100, 200, 300)


def gold_server(gold: dict[str, str]) -> ThreadingHTTPServer:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args: object) -> None:
            pass

        def do_POST(self) -> None:
            body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
            prompt = body["messages"][-1]["content"]
            subject = re.search(r"^Subject: (.*)$", prompt, re.M)
            label = gold.get(subject.group(1).strip() if subject else "", "FYI")
            content = json.dumps({"label": label, "reason": "gold label"})
            reply = {
                "id": "gold", "object": "chat.completion", "created": 0, "model": "gold",
                "choices": [{"index": 0, "finish_reason": "stop",
                             "message": {"role": "assistant", "content": content}}],
                "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2},
            }  # fmt: skip
            data = json.dumps(reply).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["DESKMATE_HOME"] = str(Path(tmp) / "home")
        os.environ["DESKMATE_KEY_GOLD"] = "gold-key"
        import assistant.mail.classifier as classifier_module
        from assistant.core import label_mail
        from assistant.evaluate import _read_set
        from assistant.mail.classifier import fit
        from assistant.mail.features import hashed, tokens
        from assistant.mail.seed_set import SHIPPED, message_bytes
        from assistant.mail.store import LabelStore

        classifier_module.SHIPPED = Path(tmp) / "none.spacy"  # start with no student
        rows = [json.loads(line) for line in (SHIPPED / "seed.jsonl").read_text().splitlines()]
        gold = {" ".join(r["subject"].split()): r["label"] for r in rows}
        inbox = Path(tmp) / "inbox"
        inbox.mkdir()
        for row in rows:
            (inbox / f"{row['id']}.eml").write_bytes(message_bytes(row))
        server = gold_server(gold)
        policy = Path(tmp) / "policy.toml"
        policy.write_text(
            f'version = "curve"\n[[cloud.endpoints]]\nname = "gold"\n'
            f'provider = "openai-compatible"\nbase_url = "http://127.0.0.1:{server.server_port}/v1"\n'
            f'model = "gold"\nworkflows = ["label"]\nmax_retries = 0\n',
            encoding="utf-8",
        )
        start = time.perf_counter()
        results = label_mail(inbox, policy_path=policy)
        secs = time.perf_counter() - start
        routes: dict[str, int] = {}
        for r in results:
            routes[r.route] = routes.get(r.route, 0) + 1
        store = LabelStore.open()
        taught = store.teacher_labels()
        store.close()
        server.shutdown()

        test = [(row["label"], hashed(tokens(doc))) for row, doc in _read_set(
            ROOT / "tests" / "data" / "emails")]  # fmt: skip
        print(f"machine: {platform.machine()}, {os.cpu_count()} CPUs")
        print(
            f"seed messages labelled through the loop: {len(results)} in {secs:.1f} s; "
            f"routes {routes}; teacher labels stored: {len(taught)}"
        )
        print("teacher = a server answering the seed's GOLD labels (measures the loop only)")
        print("teacher labels | held-out strict | macro-F1 | agreement on next 50 unseen")
        labels = sorted({y for _, y in taught})
        for n in [s for s in STEPS if s < len(taught)] + [len(taught)]:
            part = taught[:n]
            if len({y for _, y in part}) < 2:
                continue
            student = fit(part)
            guesses = [student.predict_hashed(h).label for _, h in test]
            right = [g == y for g, (y, _) in zip(guesses, test, strict=True)]
            f1 = _macro_f1([y for y, _ in test], guesses, labels)
            nxt = taught[n : n + 50]
            agree = sum(student.predict_hashed(h).label == y for h, y in nxt)
            shown = f"{agree}/{len(nxt)}" if nxt else "-"
            print(f"{n:14d} | {sum(right) / len(right):15.3f} | {f1:8.3f} | {shown}")


def _macro_f1(truth: list[str], predicted: list[str], labels: list[str]) -> float:
    scores = []
    for label in labels:
        hit = sum(t == p == label for t, p in zip(truth, predicted, strict=True))
        denominator = sum(p == label for p in predicted) + sum(t == label for t in truth)
        scores.append(2 * hit / denominator if denominator else 0.0)
    return sum(scores) / len(scores)


if __name__ == "__main__":
    main()
