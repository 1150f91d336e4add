"""The second adversarial pass (issue 15): inputs the first pass did not try.
Entities in Office XML, a huge subject line, display spoofing in subjects and
file names, a policy that is a FIFO or a device. The sizes and timings are in
bench/adversarial_pass2.py and docs/security.md."""

from __future__ import annotations

import os
import zipfile
from email.message import EmailMessage
from pathlib import Path

from tests import factories, hostile_xlsx
from tests.conftest import run_cli

PASSWD = "root:x:0:0"
LAUGHS = '<!ENTITY lol "lol">' + "".join(
    f'<!ENTITY lol{i} "{("&lol%s;" % (i - 1 if i > 1 else "")) * 10}">' for i in range(1, 10)
)
DOCTYPE = "<!DOCTYPE {root} [" + LAUGHS + '<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'


def _rewrite(src: Path, dst: Path, part: str, change) -> Path:
    with zipfile.ZipFile(src) as a, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as b:
        for info in a.infolist():
            data = a.read(info)
            b.writestr(info.filename, change(data.decode()).encode() if info.filename == part
                       else data)  # fmt: skip
    return dst


def _with_entities(xml: str, root: str, into: str) -> str:
    body = xml.split("?>", 1)[1] if xml.startswith("<?xml") else xml
    return (
        '<?xml version="1.0"?>'
        + DOCTYPE.format(root=root)
        + body.replace(into, into + "&xxe;&lol9;", 1)
    )


def test_entities_in_office_xml_are_never_expanded(tmp_path: Path) -> None:
    base = factories.make_docx(tmp_path / "base.docx", pages=1)
    docx = _rewrite(base, tmp_path / "xxe.docx", "word/document.xml",
                    lambda x: _with_entities(x, "w:document", "<w:t>"))  # fmt: skip
    result = run_cli("check", "--json", str(docx))
    assert result.returncode == 5 and "damaged" in result.stderr  # refused, one line
    assert PASSWD not in result.stdout + result.stderr and "lollol" not in result.stdout
    book = hostile_xlsx.build(tmp_path / "base.xlsx", cells=4, kind="inline")
    xlsx = _rewrite(book, tmp_path / "xxe.xlsx", "xl/worksheets/sheet1.xml",
                    lambda x: _with_entities(x, "worksheet", "<t>"))  # fmt: skip
    result = run_cli("check", "--json", str(xlsx))
    assert result.returncode in (0, 5), result.stderr
    assert "Traceback" not in result.stderr and "internal error" not in result.stderr
    assert PASSWD not in result.stdout + result.stderr and "lollol" not in result.stdout


def test_a_megabyte_subject_line_is_labelled(tmp_path: Path) -> None:
    message = EmailMessage()
    message["From"], message["To"] = "Ana <ana@example.org>", "ben@example.org"
    message["Message-ID"] = "<long@example.org>"
    message["Subject"] = "Invoice " + "A" * 2**20  # one word of a million letters
    message.set_content("Please pay the invoice by Friday.")
    path = tmp_path / "long.eml"
    path.write_bytes(bytes(message))
    # The label features' address pattern was quadratic on a long word: half a
    # megabyte took minutes. 60 s is twice the bound for any input.
    result = run_cli("label", str(path), timeout=60)
    assert result.returncode == 0, result.stderr
    assert "[long@example.org]" in result.stdout


def test_subjects_and_names_that_reorder_text_are_shown_escaped(tmp_path: Path) -> None:
    message = EmailMessage()
    message["From"], message["To"] = "Ana <ana@example.org>", "ben@example.org"
    message["Message-ID"] = "<bidi@example.org>"
    message["Subject"] = "Invoice \u202egnp.exe\u202c ready\u200b"  # shows as "exe.png"
    message.set_content("Please pay the invoice.")
    mail = tmp_path / "bidi.eml"
    mail.write_bytes(bytes(message))
    result = run_cli("label", str(mail))
    assert result.returncode == 0, result.stderr
    assert "\u202e" not in result.stdout and "\u200b" not in result.stdout
    assert "Invoice \\u202egnp.exe\\u202c ready" in result.stdout
    named = factories.make_docx(tmp_path / "inv\u202excod.exe.docx", pages=1)
    result = run_cli("check", str(named))
    assert result.returncode == 0, result.stderr
    assert "\u202e" not in result.stdout and "inv\\u202excod.exe.docx:" in result.stdout


def test_a_policy_that_is_a_fifo_or_a_device_is_refused(tmp_path: Path) -> None:
    doc = factories.make_docx(tmp_path / "memo.docx", pages=1)
    fifo = tmp_path / "policy.toml"
    os.mkfifo(fifo)  # opening it would wait for a writer forever
    for policy in (str(fifo), "/dev/zero"):
        result = run_cli("check", str(doc), "--policy", policy, timeout=30)
        assert result.returncode == 13, result.stderr
        assert "not a regular file" in result.stderr
        assert len(result.stderr.strip().splitlines()) == 1
