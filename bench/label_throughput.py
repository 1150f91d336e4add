"""Email labeling throughput, emails per minute, by path: rules, classifier, LLM.

Runs the real ``label_mail`` pipeline (parsing, routing, usage logging, the
local store) over the 60-email labelled set three times: with a catch-all
rule, with a classifier trained on the set's labels, and with the model alone.

    python bench/label_throughput.py
"""

from __future__ import annotations

import json
import os
import platform
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
EMAILS = ROOT / "tests" / "data" / "emails"


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["DESKMATE_HOME"] = str(Path(tmp) / "home")
        from assistant.core import correct_label, label_mail, train_labels
        from assistant.mail.classifier import classifier_path

        catch_all = Path(tmp) / "rules.toml"
        catch_all.write_text(
            '[email]\n[[email.rules]]\nlabel = "FYI"\nkeywords = ["e"]\n', encoding="utf-8"
        )
        label_mail(EMAILS / "fyi-1.eml")  # warm: model load, imports
        runs = {}
        start = time.perf_counter()
        results = label_mail(EMAILS, taxonomy_path=catch_all)
        runs["rules"] = (time.perf_counter() - start, {r.method for r in results})

        start = time.perf_counter()
        results = label_mail(EMAILS)
        runs["llm"] = (time.perf_counter() - start, {r.method for r in results})

        truth = {
            json.loads(line)["file"]: json.loads(line)["label"]
            for line in (EMAILS / "labels.jsonl").read_text().splitlines()
        }
        for r in results:
            correct_label(r.message_id, truth[r.source])
        train_labels()
        start = time.perf_counter()
        results = label_mail(EMAILS)
        runs["classifier"] = (time.perf_counter() - start, {r.method for r in results})
        assert classifier_path().is_file()
    print(f"machine: {platform.machine()}, {os.cpu_count()} CPUs; {len(results)} emails per run")
    for name, (secs, methods) in runs.items():
        rate = len(results) / secs * 60
        print(
            f"{name:>10}: {secs:6.2f} s, {rate:8.0f} emails/minute (paths used: {sorted(methods)})"
        )


if __name__ == "__main__":
    main()
