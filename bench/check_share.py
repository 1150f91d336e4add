"""The sensitivity check's share of a local summarize of a 2-page document.

Times ``check_document`` (detection on body and title, then routing) and the
local summarize of the same document, side by side, and prints the share.
Target: the check takes under 2% of the request.

    python bench/check_share.py [--runs 5]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from assistant.core import check_document, local_backend  # noqa: E402
from assistant.guard.policy import Policy  # noqa: E402
from assistant.workflows.summarize import summarize  # noqa: E402
from connectors import read_document  # noqa: E402
from tests import factories  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        # About 2 pages: ~900 words with a few personal-context sentences.
        paragraphs = factories.long_text(850) + [
            "Priya Raman received a formal warning about the Lisbon shift pattern.",
            "Questions to ops@northwind.example or +44 20 7946 0958.",
        ]
        path = factories.make_docx(Path(tmp) / "two-pages.docx", paragraphs=paragraphs)
        document = read_document(path)
        policy = Policy()
        backend = local_backend()
        check_document(document, policy, "summarize")  # warm: NER model, detect-secrets
        summarize(document, backend)  # warm: model load
        checks, runs = [], []
        for _ in range(args.runs):
            start = time.perf_counter()
            check_document(document, policy, "summarize")
            checks.append(time.perf_counter() - start)
            start = time.perf_counter()
            summarize(document, backend)
            runs.append(time.perf_counter() - start)
    check_s, run_s = statistics.median(checks), statistics.median(runs)
    share = check_s / (check_s + run_s)
    print(f"document: {document.words} words ({len(document.text)} characters)")
    print(f"check (detect + route): median {check_s * 1000:.1f} ms")
    print(f"local summarize:        median {run_s:.2f} s")
    print(f"check share: {share:.2%} (target < 2%) {'PASS' if share < 0.02 else 'FAIL'}")


if __name__ == "__main__":
    main()
