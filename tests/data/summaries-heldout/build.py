#!/usr/bin/env python3
"""Build the held-out document-summary evaluation set.

Run from the repository root:  python tests/data/summaries-heldout/build.py

Writes 14 documents (5 .docx, 5 .xlsx, 4 .eml) and facts.jsonl into this folder, then
self-checks them: every non-computed fact has a variant that occurs in its document's
text, every computed fact is re-derived from the written file, and no 'false' phrase
occurs in its document. Output is deterministic (fixed dates, ids and zip timestamps).
"""

import io
import json
import os
import re
import sys
import zipfile
from datetime import datetime
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from html.parser import HTMLParser

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import docx  # noqa: E402
import docx_specs  # noqa: E402
import mails2  # noqa: E402
import openpyxl  # noqa: E402
import sheets  # noqa: E402
import sheets2  # noqa: E402
from docx.shared import Pt  # noqa: E402
from openpyxl.styles import Alignment, Font, PatternFill  # noqa: E402
from openpyxl.utils import get_column_letter  # noqa: E402

FIXED = datetime(2025, 3, 17, 9, 0, 0)
ZIP_TIME = (2025, 3, 17, 9, 0, 0)
SPECS = (docx_specs.SPECS
         + [sheets.FLEET_SPEC, sheets.TRAINING_SPEC, sheets2.GRANT_SPEC,
            sheets2.PROC_SPEC, sheets2.LAB_SPEC]
         + mails2.SPECS)


# ----------------------------------------------------------------- writing
def parse_markup(text):
    """Blocks of ('title'|'h1'|'h2'|'p'|'bullets'|'table', payload)."""
    blocks = []
    for chunk in re.split(r"\n\s*\n", text.strip()):
        lines = [ln.rstrip() for ln in chunk.strip("\n").splitlines()]
        first = lines[0]
        if first.startswith("# "):
            blocks.append(("title", first[2:].strip()))
            if len(lines) > 1:
                blocks.append(("p", " ".join(ln.strip() for ln in lines[1:])))
        elif first.startswith("## "):
            blocks.append(("h1", first[3:].strip()))
        elif first.startswith("### "):
            blocks.append(("h2", first[4:].strip()))
        elif first.startswith("- "):
            items = []
            for ln in lines:
                if ln.startswith("- "):
                    items.append(ln[2:].strip())
                else:
                    items[-1] += " " + ln.strip()
            blocks.append(("bullets", items))
        elif first.startswith("|"):
            rows = [[c.strip() for c in ln.strip().lstrip("|").split("|")] for ln in lines]
            blocks.append(("table", rows))
        else:
            blocks.append(("p", " ".join(ln.strip() for ln in lines)))
    return blocks


def normalise_zip(path):
    """Rewrite an OOXML zip with fixed timestamps so repeated builds are identical."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    buf = io.BytesIO()
    stamp = FIXED.strftime("%Y-%m-%dT%H:%M:%SZ").encode()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            if name == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*(</dcterms:)",
                              rb"\g<1>" + stamp + rb"\g<2>", data)
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            info.create_system = 3
            z.writestr(info, data)
    with open(path, "wb") as fh:
        fh.write(buf.getvalue())


def write_docx(spec, path):
    doc = docx.Document()
    cp = doc.core_properties
    cp.title, cp.author, cp.last_modified_by = spec["title"], spec["author"], spec["author"]
    cp.created = cp.modified = FIXED
    cp.revision = 1
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(11)
    for kind, payload in parse_markup(spec["text"]):
        if kind == "title":
            doc.add_heading(payload, level=0)
        elif kind == "h1":
            doc.add_heading(payload, level=1)
        elif kind == "h2":
            doc.add_heading(payload, level=2)
        elif kind == "bullets":
            for item in payload:
                doc.add_paragraph(item, style="List Bullet")
        elif kind == "table":
            table = doc.add_table(rows=len(payload), cols=len(payload[0]))
            table.style = "Table Grid"
            for r, row in enumerate(payload):
                assert len(row) == len(payload[0]), row
                for c, val in enumerate(row):
                    cell = table.cell(r, c)
                    cell.text = val
                    if r == 0:
                        for run in cell.paragraphs[0].runs:
                            run.bold = True
            doc.add_paragraph()
        else:
            doc.add_paragraph(payload)
    doc.save(path)
    normalise_zip(path)


def write_xlsx(spec, path):
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    wb.properties.creator = wb.properties.lastModifiedBy = "Eval set builder"
    wb.properties.created = wb.properties.modified = FIXED
    head_fill = PatternFill("solid", fgColor="DDEBF7")
    for sh in spec["sheets"]:
        ws = wb.create_sheet(sh["name"])
        for row in sh["rows"]:
            ws.append(list(row))
        hr = sh.get("header_row", 0)
        if hr > 1:
            ws.cell(1, 1).font = Font(bold=True, size=13)
        if hr:
            for cell in ws[hr]:
                cell.font = Font(bold=True)
                cell.fill = head_fill
                cell.alignment = Alignment(wrap_text=True, vertical="top")
            ws.freeze_panes = ws.cell(hr + 1, 1)
        for i, width in enumerate(sh.get("widths", []), start=1):
            ws.column_dimensions[get_column_letter(i)].width = width
        for r in range(hr + 1, ws.max_row + 1):
            for col in sh.get("money_cols", []):
                ws.cell(r, col).number_format = '"£"#,##0'
            for col in sh.get("date_cols", []):
                ws.cell(r, col).number_format = "dd/mm/yyyy"
            for col in sh.get("int_cols", []):
                ws.cell(r, col).number_format = "#,##0"
    wb.save(path)
    normalise_zip(path)


def write_eml(spec, path):
    msg = EmailMessage()
    for key, val in spec["headers"].items():
        msg[key] = val
    msg.set_content(spec["body"], subtype=spec["subtype"], cte=spec["cte"], charset="utf-8")
    with open(path, "wb") as fh:
        fh.write(msg.as_bytes())


# -------------------------------------------------------------- extraction
class _TextOnly(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts = []

    def handle_data(self, data):
        self.parts.append(data)

    def handle_endtag(self, tag):
        if tag in ("p", "h1", "h2", "td", "tr", "title"):
            self.parts.append("\n")


def html_to_text(html):
    parser = _TextOnly()
    parser.feed(html)
    return re.sub(r"[ \t]+", " ", "".join(parser.parts))


def _cell_text(v):
    if isinstance(v, datetime):
        return v.strftime("%d/%m/%Y")
    return str(v)


def load(path, kind):
    """(object used by computed checks, plain text of the document)."""
    if kind == "docx":
        doc = docx.Document(path)
        parts = []
        for item in doc.iter_inner_content():
            if hasattr(item, "rows"):
                parts += [" | ".join(c.text for c in row.cells) for row in item.rows]
            else:
                parts.append(item.text)
        return doc, "\n".join(parts)
    if kind == "xlsx":
        wb = openpyxl.load_workbook(path)
        parts = []
        for ws in wb.worksheets:
            parts.append(f"Sheet: {ws.title}")
            for row in ws.iter_rows(values_only=True):
                vals = [_cell_text(v) for v in row if v is not None]
                if vals:
                    parts.append(" | ".join(vals))
        return wb, "\n".join(parts)
    with open(path, "rb") as fh:
        msg = BytesParser(policy=policy.default).parse(fh)
    part = msg.get_body(preferencelist=("plain", "html"))
    body = part.get_content()
    if part.get_content_subtype() == "html":
        body = html_to_text(body)
    return msg, msg["Subject"] + "\n" + body


def count_words(text):
    return sum(1 for tok in text.split() if re.search(r"\w", tok))


def norm(text):
    return re.sub(r"\s+", " ", text).lower()


# ----------------------------------------------------------------- checks
def check(spec, obj, text, words):
    name = spec["file"]
    errors = []
    body = norm(text)
    facts, false = spec["facts"], spec["false"]
    if not 4 <= len(facts) <= 7:
        errors.append(f"{name}: {len(facts)} facts (want 4-7)")
    if not 2 <= len(false) <= 3:
        errors.append(f"{name}: {len(false)} false phrases (want 2-3)")
    ids = [f["id"] for f in facts] + [x["id"] for x in false]
    if len(ids) != len(set(ids)):
        errors.append(f"{name}: duplicate ids")
    for item in facts + false:
        for v in item["any"]:
            if not 1 <= len(v.split()) <= 4:
                errors.append(f"{name} {item['id']}: variant {v!r} is not 1-4 words")
    checked = {fid for fid, _, _ in spec.get("checks", [])}
    for f in facts:
        if f.get("computed"):
            if f["id"] not in checked:
                errors.append(f"{name} {f['id']}: computed fact without a check")
        elif not any(norm(v) in body for v in f["any"]):
            errors.append(f"{name} {f['id']}: no variant occurs in the document {f['any']}")
    for fid, expected, fn in spec.get("checks", []):
        got = fn(obj)
        if got != expected:
            errors.append(f"{name} {fid}: computed {got!r} != declared {expected!r}")
        fact = [f for f in facts if f["id"] == fid][0]
        if isinstance(expected, int) and expected >= 1000 and f"{expected:,}" not in fact["any"]:
            errors.append(f"{name} {fid}: {expected:,} missing from variants")
    true_variants = [norm(v) for f in facts for v in f["any"]]
    for x in false:
        for v in x["any"]:
            nv = norm(v)
            if nv in body:
                errors.append(f"{name} {x['id']}: false phrase {v!r} occurs in the document")
            for tv in true_variants:
                if nv in tv:
                    errors.append(f"{name} {x['id']}: false {v!r} is inside true {tv!r}")
    if spec["file"].startswith("warehouse_network_review"):
        if words <= 6000:
            errors.append(f"{name}: {words} words, want over 6,000")
    elif not 150 <= words <= 1200:
        errors.append(f"{name}: {words} words, want 150-1,200")
    return errors


# ------------------------------------------------------------------- main
def main():
    writers = {"docx": write_docx, "xlsx": write_xlsx, "eml": write_eml}
    errors, lines, report = [], [], []
    for spec in SPECS:
        path = os.path.join(HERE, spec["file"])
        writers[spec["kind"]](spec, path)
        obj, text = load(path, spec["kind"])
        words = count_words(text)
        errors += check(spec, obj, text, words)
        record = {
            "file": spec["file"],
            "kind": spec["kind"],
            "words": words,
            "facts": [{"id": f["id"], "any": f["any"]} for f in spec["facts"]],
            "false": [{"id": x["id"], "any": x["any"], "why": x["why"]}
                      for x in spec["false"]],
        }
        lines.append(json.dumps(record, ensure_ascii=False))
        report.append(f"{spec['file']:<42} {spec['kind']:<5} {words:>6} words  "
                      f"{len(spec['facts'])} facts  {len(spec['false'])} false")
    with open(os.path.join(HERE, "facts.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(lines) + "\n")
    print("\n".join(report))
    if errors:
        print("\nSELF-CHECK FAILED:", file=sys.stderr)
        for e in errors:
            print("  " + e, file=sys.stderr)
        return 1
    print(f"\nself-check passed: {len(SPECS)} documents")
    return 0


if __name__ == "__main__":
    sys.exit(main())
