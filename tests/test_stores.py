"""Every file in DESKMATE_HOME, grepped for the test documents' values (issue 15).

A document, an email and two watched-folder drops carry a card number, an SSN,
a phone number, a name, distinctive words and file names. After the CLI and
the watcher have run:
- no file outside the documented content stores (docs/stores.md) holds any of them;
- watch.db holds no input or output path once its jobs have ended;
- after ``deskmate forget``, no file in DESKMATE_HOME holds any of them.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from assistant.usage.stores import STORES
from tests import factories
from tests.conftest import run_cli

CARD, SSN, PHONE = "4539 1488 0343 6467", "219-09-9999", "+1 415 555 0137"
BODY = (
    f"Zebulon Quartermaine's payroll card {CARD}, SSN {SSN}, phone {PHONE}. "
    "The Pemberwick depot closes on Friday."
)
NAMES = ("pemberwick-memo", "quartermaine-mail", "zebulon-drop")
VALUES = [CARD, SSN, PHONE, "Quartermaine", "Pemberwick", "4539148803436467", *NAMES]


def _hits(home: Path) -> dict[str, list[str]]:
    """file (relative to home) -> the values found in it, over every file."""
    found: dict[str, list[str]] = {}
    for file in sorted(p for p in home.rglob("*") if p.is_file()):
        data = file.read_bytes()
        texts = (data, data.decode("utf-8", "ignore").encode("utf-16-le", "ignore"))
        hits = [v for v in VALUES if any(v.encode("utf-8") in t for t in texts)]
        hits += [v for v in VALUES if v.encode("utf-16-le") in data and v not in hits]
        if hits:
            found[str(file.relative_to(home))] = hits
    return found


def test_no_content_outside_the_documented_stores_and_none_after_forget(
    tmp_path: Path, deskmate_home: Path
) -> None:
    memo = tmp_path / f"{NAMES[0]}.txt"
    memo.write_text(BODY + "\n", "utf-8")
    mail = factories.make_eml(tmp_path / f"{NAMES[1]}.eml", subject="Pemberwick payroll",
                              body=BODY)  # fmt: skip
    assert run_cli("summarize", str(memo), "--max-tokens", "16").returncode == 0
    assert run_cli("label", str(mail)).returncode == 0
    inbox, mailbox = tmp_path / "inbox", tmp_path / "mail"
    inbox.mkdir()
    mailbox.mkdir()
    (inbox / f"{NAMES[2]}.txt").write_text(BODY + "\n", "utf-8")
    factories.make_eml(mailbox / f"{NAMES[2]}.eml", subject="Pemberwick payroll", body=BODY)
    watch = run_cli("watch", "--once", "--settle", "0.1", "--max-tokens", "16",
                    "--folder", f"{inbox}=summarize", "--folder", f"{mailbox}=label")  # fmt: skip
    assert watch.returncode == 0, watch.stderr
    assert (inbox / "Outbox" / f"{NAMES[2]}.summary.docx").exists()

    content_stores = {s.name for s in STORES if s.content}
    every = _hits(deskmate_home)
    outside = {f: v for f, v in every.items() if f.split("-")[0] not in content_stores}
    assert outside == {}, outside
    jobs = sqlite3.connect(deskmate_home / "watch.db").execute(
        "SELECT path, output, state FROM jobs"
    ).fetchall()  # fmt: skip
    assert len(jobs) == 2 and all(state == "done" for _, _, state in jobs)
    assert all(path.startswith("h:") and output.startswith("h:") for path, output, _ in jobs)

    result = run_cli("forget", "--yes")
    assert result.returncode == 0, result.stderr
    assert _hits(deskmate_home) == {}
    assert (deskmate_home / "usage.db").exists()  # the content-free log stays

    # Exactly once still holds after forgetting: nothing is processed again.
    again = run_cli("watch", "--once", "--settle", "0.1", "--max-tokens", "16",
                    "--folder", f"{inbox}=summarize", "--folder", f"{mailbox}=label")  # fmt: skip
    assert again.returncode == 0
    assert sorted(p.name for p in (inbox / "Outbox").iterdir()) == [f"{NAMES[2]}.summary.docx"]


def test_forget_asks_first(deskmate_home: Path) -> None:
    deskmate_home.mkdir(parents=True, exist_ok=True)
    (deskmate_home / "history.db").write_bytes(b"x")
    result = run_cli("forget", input="n\n")
    assert result.returncode == 130 and (deskmate_home / "history.db").exists()
