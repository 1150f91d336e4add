"""Real test files, made with python-docx, openpyxl and the email package."""

from __future__ import annotations

import datetime as dt
import hashlib
from email.message import EmailMessage
from pathlib import Path

REPORT_PARAGRAPHS = [
    "The Aurora migration moved 14 regional warehouses onto the new inventory platform.",
    "Aurora cut stock-count errors by 31 percent and shortened the monthly close by two days.",
    "The remaining risk is the Lisbon warehouse, whose scanners need a firmware update.",
    "The steering group approved a budget of 420,000 euros for the final Aurora phase.",
]


def make_docx(
    path: Path,
    *,
    title: str = "Aurora migration status",
    paragraphs: list[str] | None = None,
    pages: int = 1,
    table: list[list[str]] | None = None,
) -> Path:
    import docx

    doc = docx.Document()
    doc.core_properties.title = title
    doc.core_properties.author = "Operations PMO"
    doc.add_heading(title, level=1)
    body = paragraphs or REPORT_PARAGRAPHS
    for page in range(pages):
        doc.add_heading(f"Section {page + 1}", level=2)
        for text in body:
            doc.add_paragraph(text)
        doc.add_paragraph("Next steps: finish the rollout.", style="List Bullet")
    if table:
        grid = doc.add_table(rows=len(table), cols=len(table[0]))
        for r, row in enumerate(table):
            for c, value in enumerate(row):
                grid.cell(r, c).text = value
    doc.save(str(path))
    return path


def make_xlsx(path: Path) -> Path:
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "Budget"
    ws.append(["Region", "Quarter", "Aurora spend (EUR)", "Approved"])
    ws.append(["North", "Q3", 120000, dt.date(2026, 7, 1)])
    ws.append(["South", "Q3", 95000.5, dt.date(2026, 7, 15)])
    ws.append(["Lisbon", "Q4", 205000, None])
    notes = wb.create_sheet("Notes")
    notes["A1"] = "Aurora budget is on track except for Lisbon."
    notes["C5"] = "Owner: finance team"
    wb.properties.title = "Aurora budget"
    wb.save(str(path))
    return path


def make_eml(
    path: Path,
    *,
    subject: str = "Aurora rollout: Lisbon scanners",
    body: str = "Hi team,\n\nThe Lisbon scanners need a firmware update before Aurora go-live.\n",
    html: str | None = None,
) -> Path:
    msg = EmailMessage()
    msg["From"] = "Dana Ops <dana@example.com>"
    msg["To"] = "team@example.com"
    msg["Subject"] = subject
    msg["Date"] = "Mon, 16 Nov 2026 09:30:00 +0000"
    if html is None:
        msg.set_content(body)
    else:
        msg.set_content(html, subtype="html")
    path.write_bytes(bytes(msg))
    return path


def long_text(words: int) -> list[str]:
    """Paragraphs of varied, meaningful sentences totalling about ``words`` words."""
    sentences = [
        "The Aurora programme reviewed supplier contract {n} and found pricing in line with plan.",
        "Warehouse team {n} reported that Aurora scanning reduced picking errors this week.",
        "Finance noted that invoice batch {n} closed on time after the Aurora cut-over.",
        "Training session {n} covered the new Aurora dashboards for shift supervisors.",
    ]
    paragraphs, count, n = [], 0, 0
    while count < words:
        para = " ".join(s.format(n=n + i) for i, s in enumerate(sentences))
        paragraphs.append(para)
        count += len(para.split())
        n += 4
    return paragraphs


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


CUSTOM_XML = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" '
    'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">{props}'
    "</Properties>"
)
CUSTOM_PROP = (
    '<property fmtid="{{D5CDD505-2E9C-101B-9397-08002B2CF9AE}}" pid="{pid}" name="{name}">'
    "<vt:lpwstr>{value}</vt:lpwstr></property>"
)
LABEL_INFO_XML = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<clbl:labelList xmlns:clbl="http://schemas.microsoft.com/office/2020/mipLabelMetadata">'
    '<clbl:label id="{{{guid}}}" enabled="1" method="Standard" '
    'siteId="{{72f988bf-86f1-41af-91ab-2d7cd011db47}}" removed="0"/></clbl:labelList>'
)


def add_mip_label(path: Path, guid: str, name: str | None, *, label_info: bool = False) -> Path:
    """Write a Purview label into an OOXML file the way Office does.

    With ``name`` it goes into docProps/custom.xml (MSIP_Label_<guid>_...); with
    ``label_info`` into docMetadata/LabelInfo.xml, which carries the id only.
    """
    import zipfile

    with zipfile.ZipFile(path) as src:
        parts = {i.filename: src.read(i.filename) for i in src.infolist()}
    if name is not None:
        fields = {"Enabled": "true", "SetDate": "2026-11-01T10:00:00Z", "Method": "Standard",
                  "Name": name, "SiteId": "72f988bf-86f1-41af-91ab-2d7cd011db47"}  # fmt: skip
        props = "".join(
            CUSTOM_PROP.format(pid=i + 2, name=f"MSIP_Label_{guid}_{k}", value=v)
            for i, (k, v) in enumerate(fields.items())
        )
        _add_part(
            parts,
            "docProps/custom.xml",
            CUSTOM_XML.format(props=props),
            "application/vnd.openxmlformats-officedocument.custom-properties+xml",
            "http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties",
        )
    if label_info:
        _add_part(
            parts,
            "docMetadata/LabelInfo.xml",
            LABEL_INFO_XML.format(guid=guid),
            "application/vnd.ms-office.classificationlabels+xml",
            "http://schemas.microsoft.com/office/2020/02/relationships/classificationlabels",
        )
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as dst:
        for part_name, data in parts.items():
            dst.writestr(part_name, data)
    return path


def _add_part(parts: dict[str, bytes], name: str, xml: str, content_type: str, rel: str) -> None:
    """Add a package part with its content type and a root relationship to it."""
    parts[name] = xml.encode()
    override = f'<Override PartName="/{name}" ContentType="{content_type}"/></Types>'
    types = parts["[Content_Types].xml"].decode().replace("</Types>", override)
    parts["[Content_Types].xml"] = types.encode()
    link = f'<Relationship Id="rId{len(parts)}x" Type="{rel}" Target="{name}"/></Relationships>'
    parts["_rels/.rels"] = parts["_rels/.rels"].decode().replace("</Relationships>", link).encode()
