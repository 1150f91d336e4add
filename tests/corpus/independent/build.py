"""Build the independent sensitivity-evaluation corpus for Deskmate.

Run from the repository root:

    python tests/corpus/independent/build.py

It (re)creates every document under ``tests/corpus/independent/files/`` and
writes ``tests/corpus/independent/labels.jsonl`` with one object per file:
``{"file": ..., "sensitive": true|false, "why": ...}``.

The corpus was written without looking at the detector.  Document text lives
in ``texts_sensitive.py`` and ``texts_clean.py``; checksum-valid identifiers
(cards, SSN, NIR, BSN, Steuer-ID, DNI/NIE, codice fiscale, PPS) are computed
in ``idgen.py``.  Output is deterministic: fixed timestamps in e-mails and in
the docx/xlsx metadata and zip entries, no randomness.
Requires python-docx and openpyxl; python-stdnum is optional and, when
installed, is used to double-check the identifiers.
"""
import io
import json
import re
import sys
import textwrap
import zipfile
from datetime import datetime
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from pathlib import Path

sys.dont_write_bytecode = True
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import docx  # noqa: E402
import idgen  # noqa: E402
import openpyxl  # noqa: E402
from openpyxl.styles import Font  # noqa: E402
from texts_clean import CLEAN  # noqa: E402
from texts_sensitive import SENSITIVE  # noqa: E402

OUT = HERE / "files"
LABELS = HERE / "labels.jsonl"
FIXED = datetime(2026, 4, 20, 9, 0, 0)
MIN_WORDS, MAX_WORDS = 80, 600


# ------------------------------------------------------------------ writers
def write_text(path, content):
    path.write_text(content, encoding="utf-8", newline="\n")


def write_docx(path, blocks):
    doc = docx.Document()
    for kind, value in blocks:
        if kind == "title":
            doc.add_heading(value, level=1)
        elif kind == "h":
            doc.add_heading(value, level=2)
        elif kind == "p":
            doc.add_paragraph(value)
        elif kind == "bullets":
            for item in value:
                doc.add_paragraph(item, style="List Bullet")
        elif kind == "table":
            table = doc.add_table(rows=len(value), cols=len(value[0]))
            table.style = "Table Grid"
            for r, row in enumerate(value):
                for c, cell in enumerate(row):
                    table.cell(r, c).text = str(cell)
                    if r == 0:
                        for run in table.cell(r, c).paragraphs[0].runs:
                            run.bold = True
        else:
            raise ValueError(f"unknown docx block {kind!r}")
    props = doc.core_properties
    props.author = props.last_modified_by = "Halden & Rowe"
    props.created = props.modified = FIXED
    props.revision = 1
    buf = io.BytesIO()
    doc.save(buf)
    path.write_bytes(normalise_zip(buf.getvalue()))


def write_xlsx(path, sheets):
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for title, rows in sheets:
        ws = wb.create_sheet(title)
        for row in rows:
            ws.append(row)
        if len(rows) > 1 and len(rows[0]) > 1:  # tabular sheet: bold header
            for cell in ws[1]:
                cell.font = Font(bold=True)
        for col in ws.columns:
            width = max(len(str(c.value)) for c in col if c.value is not None)
            ws.column_dimensions[col[0].column_letter].width = min(60, width + 2)
    wb.properties.creator = wb.properties.lastModifiedBy = "Halden & Rowe"
    wb.properties.created = wb.properties.modified = FIXED
    buf = io.BytesIO()
    wb.save(buf)
    path.write_bytes(normalise_zip(buf.getvalue()))


def normalise_zip(data):
    """Rewrite an OOXML zip with fixed entry dates and core timestamps."""
    stamp = FIXED.strftime("%Y-%m-%dT%H:%M:%SZ")
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            body = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                body = re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*",
                              rb"\g<1>" + stamp.encode(), body)
            entry = zipfile.ZipInfo(info.filename, date_time=FIXED.timetuple()[:6])
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = 0o644 << 16
            dst.writestr(entry, body)
    return out.getvalue()


def wrap_mail(body, width=72):
    """Wrap long lines like a mail client, never splitting digit groups."""
    lines = []
    for line in body.split("\n"):
        if len(line) <= width or line.startswith(">"):
            lines.append(line)
            continue
        glued = re.sub(r"(?<=\d) (?=\d)|(?<=[A-Z]\d\d) (?=[A-Z0-9]{4}\b)", "\x00", line)
        wrapped = textwrap.wrap(glued, width, break_long_words=False,
                                break_on_hyphens=False)
        lines.extend(w.replace("\x00", " ") for w in wrapped)
    return "\n".join(lines)


def write_eml(path, spec):
    msg = EmailMessage()
    msg["From"] = spec["from"]
    msg["To"] = spec["to"]
    if spec.get("cc"):
        msg["Cc"] = spec["cc"]
    msg["Subject"] = spec["subject"]
    msg["Date"] = spec["date"]
    msg["Message-ID"] = f"<{path.stem}.20260420@haldenrowe.example>"
    msg.set_content(wrap_mail(spec["body"]), cte=spec.get("cte"))
    path.write_bytes(bytes(msg))


def _ts(seconds):
    ms = round(seconds * 1000)
    h, rest = divmod(ms, 3_600_000)
    m, rest = divmod(rest, 60_000)
    s, ms = divmod(rest, 1000)
    return f"{h:02d}:{m:02d}:{s:02d}.{ms:03d}"


def write_vtt(path, cues):
    """WebVTT with voice tags; timings derived from word counts (~2.6 words/s)."""
    out, t = ["WEBVTT", ""], 2.0
    for n, (speaker, text) in enumerate(cues, 1):
        dur = max(1.5, len(text.split()) / 2.6)
        out += [str(n), f"{_ts(t)} --> {_ts(t + dur)}", f"<v {speaker}>{text}</v>", ""]
        t += dur + 0.6
    write_text(path, "\n".join(out))


WRITERS = {"text": write_text, "docx": write_docx, "xlsx": write_xlsx,
           "eml": write_eml, "vtt": write_vtt}


# ----------------------------------------------------------------- checking
def extract_text(path):
    """Read the generated file back as plain text (used for self-checks)."""
    suffix = path.suffix
    if suffix == ".docx":
        d = docx.Document(str(path))
        parts = [p.text for p in d.paragraphs]
        parts += [c.text for t in d.tables for row in t.rows for c in row.cells]
        return "\n".join(parts)
    if suffix == ".xlsx":
        wb = openpyxl.load_workbook(path)
        return "\n".join(" ".join(str(v) for v in row if v is not None)
                         for ws in wb for row in ws.iter_rows(values_only=True))
    if suffix == ".eml":
        msg = BytesParser(policy=policy.default).parse(path.open("rb"))
        return f"{msg['Subject']}\n{msg.get_content()}"
    text = path.read_text(encoding="utf-8")
    if suffix == ".vtt":
        text = re.sub(r"</?v[^>]*>|^\d+$|^[\d:.]+ --> [\d:.]+$|^WEBVTT$", " ", text, flags=re.M)
    return text


_CARD_LIKE = re.compile(r"\b\d(?:[ -]?\d){11,18}\b")
_IPV4 = re.compile(r"\b(?:\d{1,3}\.){3}\d{1,3}\b")


def check_clean(name, text):
    """Guard that clean near-misses carry no card numbers, IPs or secrets."""
    for m in _CARD_LIKE.finditer(text):
        digits = re.sub(r"\D", "", m.group())
        assert not idgen.luhn_ok(digits), f"{name}: Luhn-valid number {m.group()}"
    assert not _IPV4.search(text), f"{name}: IPv4-like value"
    assert not re.search(r"(?i)(password|secret|api[_-]?key)\s*[=:]\s*\S", text), name


def check_ids():
    try:
        from stdnum import luhn
        from stdnum.de import idnr
        from stdnum.es import dni, nie
        from stdnum.fr import nir
        from stdnum.ie import pps
        from stdnum.it import codicefiscale
        from stdnum.nl import bsn
        from stdnum.us import ssn
    except ImportError:
        print("python-stdnum not installed; skipping cross-check of identifiers")
        return
    for key in ("visa", "mastercard", "amex", "discover", "jcb", "maestro", "unionpay"):
        luhn.validate(re.sub(r"\D", "", idgen.ALL[key]))
    ssn.validate(idgen.US_SSN)
    nir.validate(idgen.FR_NIR)
    bsn.validate(idgen.NL_BSN)
    idnr.validate(idgen.DE_STEUER_ID)
    dni.validate(idgen.ES_DNI)
    nie.validate(idgen.ES_NIE)
    codicefiscale.validate(idgen.IT_CF)
    pps.validate(idgen.IE_PPSN)
    print("identifiers cross-checked with python-stdnum")


# --------------------------------------------------------------------- main
def main():
    check_ids()
    specs = SENSITIVE + CLEAN
    names = [s["file"] for s in specs]
    assert len(names) == len(set(names)), "duplicate file names"
    OUT.mkdir(parents=True, exist_ok=True)
    for old in OUT.iterdir():
        if old.is_file():
            old.unlink()
    problems = []
    with LABELS.open("w", encoding="utf-8", newline="\n") as labels:
        for spec in specs:
            path = OUT / spec["file"]
            WRITERS[spec["kind"]](path, spec["content"])
            text = extract_text(path)
            words = len(text.split())
            if not MIN_WORDS <= words <= MAX_WORDS:
                problems.append(f"{spec['file']}: {words} words")
            if not spec["sensitive"]:
                check_clean(spec["file"], text)
            labels.write(json.dumps({"file": spec["file"], "sensitive": spec["sensitive"],
                                     "why": spec["why"]}, ensure_ascii=False) + "\n")
    if problems:
        sys.exit("word-count check failed:\n  " + "\n  ".join(problems))
    n_sens = sum(s["sensitive"] for s in specs)
    print(f"wrote {len(specs)} files ({n_sens} sensitive, {len(specs) - n_sens} clean)"
          f" to {OUT} and {LABELS.name}")


if __name__ == "__main__":
    main()
