"""The second adversarial pass (issue 15): inputs the first pass did not try.

Each input is built here, then run by a fresh ``deskmate`` process (or, for
transcripts, ``read_transcript``, the first step of ``notes``); time, peak RSS
(``wait4``) and exit code as in bench/hostile_inputs.py, whose runner this
uses. With ``--baseline DIR`` the same runs against another checkout.

    python bench/adversarial_pass2.py [--baseline /work/main] [--baseline-timeout 90]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import zipfile
from email.message import EmailMessage
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from hostile_inputs import _cell, run  # noqa: E402

from tests import factories  # noqa: E402
from tests.test_adversarial_pass2 import _rewrite, _with_entities  # noqa: E402


def _mail(path: Path, subject: str, attachments: int = 0) -> Path:
    message = EmailMessage()
    message["From"], message["To"] = "Ana <ana@example.org>", "ben@example.org"
    message["Message-ID"], message["Subject"] = f"<{path.stem}@example.org>", subject
    message.set_content("Please pay the invoice by Friday.")
    for k in range(attachments):
        message.add_attachment(b"x" * 10, maintype="application", subtype="octet-stream",
                               filename=f"a{k}.bin")  # fmt: skip
    path.write_bytes(bytes(message))
    return path


def _header_line(path: Path, mb: int) -> Path:
    with path.open("wb") as out:
        out.write(b"From: Ana <ana@example.org>\r\nTo: ben@example.org\r\nSubject: ")
        out.write(b"A" * (mb * 2**20))
        out.write(b"\r\nMessage-ID: <h@x>\r\n\r\nBody text here.\r\n")
    return path


def _one_line(path: Path, mb: int) -> Path:
    head = (
        "WEBVTT\n\n1\n00:00:01.000 --> 00:00:02.000\n<v Ana>" if path.suffix == ".vtt" else "Ana: "
    )
    path.write_text(head + "word " * (mb * 2**20 // 5) + "\n", "utf-8")
    return path


def _entries(folder: Path, count: int) -> Path:
    base = factories.make_docx(folder / "base.docx", pages=1)
    path = folder / "entries.docx"
    with zipfile.ZipFile(base) as a, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as b:
        for info in a.infolist():
            b.writestr(info.filename, a.read(info))
        for k in range(count):
            b.writestr(f"customXml/item{k}.bin", b"")
    return path


def _external_rels(folder: Path) -> Path:
    base = factories.make_docx(folder / "base.docx", pages=1)
    rels = ('<Relationship Id="rIdX" Type="http://schemas.openxmlformats.org/officeDocument/'
            '2006/relationships/attachedTemplate" Target="http://127.0.0.1:9/evil.dotm" '
            'TargetMode="External"/></Relationships>')  # fmt: skip
    return _rewrite(base, folder / "extrel.docx", "word/_rels/document.xml.rels",
                    lambda x: x.replace("</Relationships>", rels))  # fmt: skip


def inputs(folder: Path) -> list[tuple[str, list[str], Path]]:
    base = factories.make_docx(folder / "base.docx", pages=1)
    xxe = _rewrite(base, folder / "xxe.docx", "word/document.xml",
                   lambda x: _with_entities(x, "w:document", "<w:t>"))  # fmt: skip
    fifo = folder / "policy.fifo"
    os.mkfifo(fifo)
    bidi = _mail(folder / "bidi.eml", "Invoice \u202egnp.exe\u202c \x1b[31mRED\x1b[0m\u200b")
    check, label = ["check"], ["label"]
    return [
        ("XXE + billion laughs in document.xml", check, xxe),
        ("external relationships (template, file://)", check, _external_rels(folder)),
        ("80,000 zip entries (9.5 MB)", check, _entries(folder, 80_000)),
        (".eml with 10,000 attachments", check, _mail(folder / "att.eml", "x", 10_000)),
        (".eml with 10,000 attachments (label)", label, folder / "att.eml"),
        (".eml with a 9 MB subject line", check, _header_line(folder / "h9.eml", 9)),
        (".eml with a 9 MB subject line (label)", label, folder / "h9.eml"),
        (".eml with a 100 MB subject line", check, _header_line(folder / "h100.eml", 100)),
        (".eml with a 100 MB subject line (label)", label, folder / "h100.eml"),
        ("transcript, one 9 MB line (.txt)", ["transcript"], _one_line(folder / "l9.txt", 9)),
        ("transcript, one 50 MB line (.vtt)", ["transcript"], _one_line(folder / "l50.vtt", 50)),
        ("policy is a FIFO", ["check", "--policy", str(fifo)], base),
        ("policy is /dev/zero", ["check", "--policy", "/dev/zero"], base),
        ("bidi/zero-width/ESC subject (label)", label, bidi),
    ]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--baseline", type=Path)
    parser.add_argument("--baseline-timeout", type=float, default=90)
    parser.add_argument("--build", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.build:  # in a child: building leaves this process large, and a fork
        # for each run would start at that size (wait4's peak RSS counts it)
        print(json.dumps([(n, c, str(p)) for n, c, p in inputs(args.build)]))
        return
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        built = subprocess.run([sys.executable, __file__, "--build", tmp], check=True,
                               capture_output=True, text=True).stdout  # fmt: skip
        cases = [(n, c, Path(p)) for n, c, p in json.loads(built)]
        print(f"| input | size | this branch | {'baseline' if args.baseline else ''} |")
        print("| --- | --- | --- | --- |")
        over = internal = 0
        peak = 0.0
        for name, command, path in cases:
            now = run(ROOT, command, path, folder / "home", 120, None)
            over += bool(now["wall"] > 30)  # type: ignore[operator]
            internal += bool(now["internal"])
            peak = max(peak, now["rss_mb"])  # type: ignore[type-var]
            before = ""
            if args.baseline:
                before = _cell(run(args.baseline, command, path, folder / "home0",
                                   args.baseline_timeout, 3 * 2**30))  # fmt: skip
            print(f"| {name} | {path.stat().st_size / 2**20:.2f} MB | {_cell(now)} | {before} |",
                  flush=True)  # fmt: skip
        print(f"\n{len(cases)} inputs; internal errors: {internal}; runs over 30 s: {over}; "
              f"peak RSS: {peak:.0f} MB")  # fmt: skip


if __name__ == "__main__":
    main()
