"""Email labeling throughput, emails per minute, by path: rules, classifier, model.

Runs the real ``label_mail`` pipeline (parsing, phishing checks, the guard's
detection, usage logging, the local store) over the 60-email labelled set
copied ``--copies`` times (new Message-IDs): with a catch-all rule, with the
shipped classifier (out of the box, no cloud), and with the local model alone
(a taxonomy the classifier was not trained for) on ``--model-emails`` emails.
Also times the classifier stage alone (features, hashing, prediction, reason).

    python bench/label_throughput.py [--copies 10] [--model-emails 6]
"""

from __future__ import annotations

import argparse
import os
import platform
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
EMAILS = ROOT / "tests" / "data" / "emails"


def _copies(target: Path, copies: int) -> Path:
    target.mkdir()
    for n in range(copies):
        for eml in sorted(EMAILS.glob("*.eml")):
            data = eml.read_bytes().replace(b"@eval.deskmate>", f"-{n}@eval.deskmate>".encode())
            (target / f"{n:02d}-{eml.name}").write_bytes(data)
    return target


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--copies", type=int, default=10)
    parser.add_argument("--model-emails", type=int, default=6)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["DESKMATE_HOME"] = str(Path(tmp) / "home")
        from assistant.core import label_mail
        from assistant.mail.classifier import load_default
        from assistant.mail.labeling import by_classifier
        from assistant.mail.taxonomy import Taxonomy
        from connectors.mailbox import read_mailbox

        inbox = _copies(Path(tmp) / "inbox", args.copies)
        catch_all = Path(tmp) / "rules.toml"
        catch_all.write_text(
            '[email]\n[[email.rules]]\nlabel = "FYI"\nkeywords = ["e"]\n', encoding="utf-8"
        )
        custom = Path(tmp) / "custom.toml"
        custom.write_text('[email]\ntaxonomy = ["Billing", "Other"]\n', encoding="utf-8")
        few = Path(tmp) / "few"
        few.mkdir()
        for eml in sorted(EMAILS.glob("*.eml"))[:: max(1, 60 // args.model_emails)]:
            (few / eml.name).write_bytes(eml.read_bytes())
        label_mail(EMAILS / "fyi-1.eml")  # warm: imports, classifier load
        runs = {}
        for name, path, taxonomy in (
            ("rules", inbox, catch_all),
            ("classifier", inbox, None),
            ("model", few, custom),
        ):
            start, cpu = time.perf_counter(), time.process_time()
            results = label_mail(path, taxonomy_path=taxonomy)
            secs, cpu = time.perf_counter() - start, time.process_time() - cpu
            runs[name] = (secs, cpu, len(results), {r.method for r in results})

        documents = [item.document for item in read_mailbox(inbox) if item.document]
        classifier = load_default()
        taxonomy = Taxonomy()
        from assistant.mail.features import tokens

        start = time.perf_counter()
        for document in documents:
            by_classifier(document, classifier, taxonomy, tokens(document), alone=True)
        stage = time.perf_counter() - start
    print(f"machine: {platform.machine()}, {os.cpu_count()} CPUs, load {os.getloadavg()[0]:.1f}")
    base = None
    print("(CPU rate: emails per minute of this process's own CPU time, which the other")
    print(" processes sharing the cores do not slow down; one core's worth of throughput)")
    for name, (secs, cpu, count, methods) in runs.items():
        rate = count / secs * 60
        base = base or rate
        print(
            f"{name:>10}: {count:4d} emails, {secs:7.2f} s, {rate:8.0f} emails/minute wall, "
            f"{count / cpu * 60:8.0f} per CPU-minute ({rate / base:.2f}x rules; "
            f"paths: {sorted(methods)})"
        )
    rate = len(documents) / stage * 60
    print(f"classifier stage alone (no parsing, guard or logging): {rate:8.0f} emails/minute")


if __name__ == "__main__":
    main()
