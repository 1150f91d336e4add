"""Generate the document-summary evaluation set.

Run from the repository root:

    python tests/data/summaries/build.py

Writes every document (.docx, .xlsx, .eml) into this folder together with
``facts.jsonl``: one line per document listing the key facts a good summary
must carry and the statements a correct summary must never make.  Output is
deterministic: zip timestamps, document properties, e-mail dates, message ids
and MIME boundaries are all fixed.

The document texts live in the sibling modules (doc_*.py, docs_short*.py,
sheets*.py, mails*.py); each module exposes a ``DOCS`` list of specs.
"""
import datetime as dt
import html.parser
import io
import json
import os
import re
import sys
import textwrap
import zipfile
from email import policy
from email.message import EmailMessage

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import doc_audit  # noqa: E402
import doc_consultation  # noqa: E402
import doc_postmortem  # noqa: E402
import doc_review  # noqa: E402
import docs_short  # noqa: E402
import docs_short2  # noqa: E402
import docx  # noqa: E402
import mails  # noqa: E402
import mails2  # noqa: E402
import openpyxl  # noqa: E402
import sheets  # noqa: E402
import sheets2  # noqa: E402
from docx.shared import Pt  # noqa: E402
from openpyxl.styles import Alignment, Font, PatternFill  # noqa: E402
from openpyxl.utils import get_column_letter  # noqa: E402

MODULES = [doc_review, doc_audit, doc_postmortem, doc_consultation,
           docs_short, docs_short2, sheets, sheets2, mails, mails2]


# --------------------------------------------------------------------------
# determinism helpers
# --------------------------------------------------------------------------
def normalize_zip(path, stamp):
    """Rewrite an OOXML zip with fixed timestamps and fixed core dates."""
    iso = stamp.strftime("%Y-%m-%dT%H:%M:%SZ").encode()
    with zipfile.ZipFile(path) as zin:
        items = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in items:
            if name == "docProps/core.xml":
                for tag in (rb"dcterms:created", rb"dcterms:modified"):
                    data = re.sub(rb"(<" + tag + rb"[^>]*>)[^<]*(</" + tag + rb">)",
                                  rb"\g<1>" + iso + rb"\g<2>", data)
            info = zipfile.ZipInfo(name, date_time=stamp.timetuple()[:6])
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            zout.writestr(info, data)
    with open(path, "wb") as fh:
        fh.write(buf.getvalue())


def _date(spec):
    y, m, d = (int(x) for x in spec["date"].split("-"))
    return dt.datetime(y, m, d, 9, 0, 0)


# --------------------------------------------------------------------------
# .docx
# --------------------------------------------------------------------------
def build_docx(spec, path):
    d = docx.Document()
    style = d.styles["Normal"]
    style.font.name = "Calibri"
    style.font.size = Pt(11)
    text_parts = []
    for block in spec["blocks"]:
        kind, content = block[0], block[1]
        if kind == "title":
            d.add_heading(content, level=0)
            text_parts.append(content)
        elif kind in ("h1", "h2", "h3"):
            d.add_heading(content, level=int(kind[1]))
            text_parts.append(content)
        elif kind == "p":
            d.add_paragraph(content)
            text_parts.append(content)
        elif kind == "meta":  # small italic line, e.g. "Prepared by ..."
            para = d.add_paragraph()
            run = para.add_run(content)
            run.italic = True
            text_parts.append(content)
        elif kind in ("ul", "ol"):
            st = "List Bullet" if kind == "ul" else "List Number"
            for item in content:
                d.add_paragraph(item, style=st)
                text_parts.append(item)
        elif kind == "table":
            rows = content
            table = d.add_table(rows=len(rows), cols=len(rows[0]))
            table.style = "Table Grid"
            for r, row in enumerate(rows):
                for c, val in enumerate(row):
                    cell = table.cell(r, c)
                    cell.text = str(val)
                    if r == 0:
                        for run in cell.paragraphs[0].runs:
                            run.bold = True
                    text_parts.append(str(val))
            d.add_paragraph("")
        else:
            raise ValueError("unknown block kind %r in %s" % (kind, spec["file"]))
    cp = d.core_properties
    cp.author = spec.get("author", "")
    cp.last_modified_by = spec.get("author", "")
    cp.title = spec.get("title", "")
    cp.revision = 1
    stamp = _date(spec)
    cp.created = stamp
    cp.modified = stamp
    d.save(path)
    normalize_zip(path, stamp)
    return "\n".join(text_parts)


# --------------------------------------------------------------------------
# .xlsx
# --------------------------------------------------------------------------
HEADER_FILL = PatternFill("solid", fgColor="DDE4EE")


def build_xlsx(spec, path):
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    text_parts = []
    for sh in spec["sheets"]:
        ws = wb.create_sheet(sh["name"])
        text_parts.append(sh["name"])
        header_rows = set(sh.get("header_rows", [0]))
        bold_rows = set(sh.get("bold_rows", []))
        for r, row in enumerate(sh["rows"]):
            for c, val in enumerate(row):
                if val is None or val == "":
                    continue
                cell = ws.cell(row=r + 1, column=c + 1, value=val)
                if isinstance(val, (int, float)) and not isinstance(val, bool):
                    fmt = sh.get("formats", {}).get(c)
                    cell.number_format = fmt or ("#,##0" if float(val).is_integer() else "#,##0.0")
                if r in header_rows:
                    cell.font = Font(bold=True)
                    cell.fill = HEADER_FILL
                    cell.alignment = Alignment(wrap_text=True, vertical="top")
                elif r in bold_rows:
                    cell.font = Font(bold=True)
                text_parts.append(str(val))
        for c, width in sh.get("widths", {}).items():
            ws.column_dimensions[get_column_letter(c + 1)].width = width
        if sh.get("freeze"):
            ws.freeze_panes = sh["freeze"]
    stamp = _date(spec)
    wb.properties.creator = spec.get("author", "")
    wb.properties.lastModifiedBy = spec.get("author", "")
    wb.properties.title = spec.get("title", "")
    wb.properties.created = stamp
    wb.properties.modified = stamp
    wb.save(path)
    normalize_zip(path, stamp)
    return "\n".join(text_parts)


# --------------------------------------------------------------------------
# .eml
# --------------------------------------------------------------------------
def wrap_text(body, width=74):
    """Wrap long lines, keeping any '>' quote prefix on every wrapped line."""
    out = []
    for line in body.split("\n"):
        if len(line) <= width:
            out.append(line)
            continue
        m = re.match(r"^((?:> ?)*)(\s*(?:[-*] |\d+[.)] )?)", line)
        prefix = m.group(1)
        bullet = m.group(2)
        rest = line[len(prefix):]
        wrapped = textwrap.wrap(rest, width=max(30, width - len(prefix)),
                                subsequent_indent=" " * len(bullet),
                                break_long_words=False, break_on_hyphens=False)
        out.extend(prefix + w for w in wrapped)
    return "\n".join(out)


class _Strip(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.parts = []
        self._skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("style", "script", "title"):
            self._skip += 1

    def handle_endtag(self, tag):
        if tag in ("style", "script", "title"):
            self._skip -= 1

    def handle_data(self, data):
        if not self._skip:
            self.parts.append(data)


def html_to_text(markup):
    p = _Strip()
    p.feed(markup)
    return " ".join(p.parts)


def build_eml(spec, path):
    msg = EmailMessage(policy=policy.default)
    for key, val in spec["headers"]:
        msg[key] = val
    text = spec.get("text")
    markup = spec.get("html")
    if text is not None:
        text = wrap_text(text.strip("\n") + "\n")
    if markup is not None:
        markup = wrap_text(markup.strip("\n") + "\n", width=90)
    if text is not None and markup is not None:
        msg.set_content(text)
        msg.add_alternative(markup, subtype="html")
        msg.set_boundary("==alt_" + spec["file"].replace(".", "_") + "==")
        words_text = text
    elif markup is not None:
        msg.set_content(markup, subtype="html")
        words_text = html_to_text(markup)
    else:
        msg.set_content(text)
        words_text = text
    with open(path, "wb") as fh:
        fh.write(msg.as_bytes())
    return words_text


# --------------------------------------------------------------------------
# checks and main
# --------------------------------------------------------------------------
BUILDERS = {"docx": build_docx, "xlsx": build_xlsx, "eml": build_eml}


def check_spec(spec, text):
    problems = []
    low = re.sub(r"\s+", " ", text.lower())
    facts, false = spec["facts"], spec["false"]
    if not 4 <= len(facts) <= 8:
        problems.append("%d facts" % len(facts))
    if not 2 <= len(false) <= 4:
        problems.append("%d false statements" % len(false))
    for f in facts + false:
        for v in f["any"]:
            if len(v.split()) > 4:
                problems.append("variant too long: %r" % v)
    for f in facts:
        if f.get("computed"):
            continue
        if not any(v.lower() in low for v in f["any"]):
            problems.append("fact %s not found in document text: %r" % (f["id"], f["any"]))
    for f in false:
        for v in f["any"]:
            if v.lower() in low:
                problems.append("false phrase %s occurs in document: %r" % (f["id"], v))
    return problems


def main():
    specs = [s for mod in MODULES for s in mod.DOCS]
    names = [s["file"] for s in specs]
    assert len(names) == len(set(names)), "duplicate file names"
    lines, problems = [], []
    for spec in specs:
        kind = spec["file"].rsplit(".", 1)[1]
        path = os.path.join(HERE, spec["file"])
        text = BUILDERS[kind](spec, path)
        words = len(text.split())
        for check in spec.get("checks", []):
            msg = check()
            if msg:
                problems.append("%s: %s" % (spec["file"], msg))
        for p in check_spec(spec, text):
            problems.append("%s: %s" % (spec["file"], p))
        if spec.get("long") and words <= 5000:
            problems.append("%s: long document has only %d words" % (spec["file"], words))
        facts = [{"id": f["id"], "any": f["any"]} for f in spec["facts"]]
        false = [{"id": f["id"], "any": f["any"], "why": f["why"]} for f in spec["false"]]
        lines.append(json.dumps({"file": spec["file"], "kind": kind, "words": words,
                                 "facts": facts, "false": false}, ensure_ascii=False))
        print("%-44s %-4s %6d words  %d facts  %d false" % (spec["file"], kind, words,
                                                           len(facts), len(false)))
    with open(os.path.join(HERE, "facts.jsonl"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(lines) + "\n")
    kinds = [n.rsplit(".", 1)[1] for n in names]
    print("%d documents: %d docx, %d xlsx, %d eml" % (
        len(names), kinds.count("docx"), kinds.count("xlsx"), kinds.count("eml")))
    if problems:
        print("\nPROBLEMS:")
        for p in problems:
            print("  " + p)
        sys.exit(1)


if __name__ == "__main__":
    main()
