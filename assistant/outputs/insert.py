"""Summaries written back into a copy of the user's Office file.

- .docx: a "Summary" heading and bullet points at the top of a copy
  (``FILE.summary.docx``). Everything else in the document is left as it was:
  the new paragraphs are added, nothing is rewritten.
- .xlsx: a new first sheet "Summary" in a copy (``FILE.summary.xlsx``).
  openpyxl does not carry charts or images over, so a copy of a workbook that
  has them says so (``InsertResult.lost``).

The original file is only ever read.
"""

from __future__ import annotations

import zipfile
from dataclasses import dataclass
from pathlib import Path

from assistant.outputs.write import write_atomic
from deskmate_base.errors import UnsupportedFileError

INSERTABLE = (".docx", ".xlsx")


@dataclass(frozen=True)
class InsertResult:
    out: Path
    lost: tuple[str, ...] = ()  # parts of the original the copy could not keep


def default_copy(source: Path) -> Path:
    return source.with_name(f"{source.stem}.summary{source.suffix}")


def check_insertable(source: Path, out: Path) -> None:
    if source.suffix.lower() not in INSERTABLE:
        raise UnsupportedFileError(
            f"--insert works on .docx and .xlsx files, not '{source.suffix}'; use --out instead"
        )
    if out.suffix.lower() != source.suffix.lower():
        raise UnsupportedFileError(f"the copy must be a {source.suffix} file like the original")


def insert_summary(source: Path, out: Path, bullets: tuple[str, ...], stamp: str) -> InsertResult:
    if source.suffix.lower() == ".docx":
        return _docx(source, out, bullets, stamp)
    return _xlsx(source, out, bullets, stamp)


def _docx(source: Path, out: Path, bullets: tuple[str, ...], stamp: str) -> InsertResult:
    import docx

    def write(tmp: Path) -> None:
        doc = docx.Document(str(source))
        added = [_add(doc, "Summary", "Heading 1")]
        added += [_add(doc, bullet, "List Bullet", prefix="• ") for bullet in bullets]
        note = doc.add_paragraph()
        note.add_run(stamp).italic = True
        added.append(note)
        body = doc.element.body
        for index, paragraph in enumerate(added):  # move them from the end to the top
            body.insert(index, paragraph._p)
        doc.save(str(tmp))

    write_atomic(out, write)
    return InsertResult(out)


def _add(doc, text: str, style: str, prefix: str = ""):
    """A paragraph in ``style``, or plain with ``prefix`` where the document lacks it."""
    try:
        return doc.add_paragraph(text, style=style)
    except KeyError:
        paragraph = doc.add_paragraph(prefix + text)
        if not prefix:
            paragraph.runs[0].bold = True
        return paragraph


def _xlsx(source: Path, out: Path, bullets: tuple[str, ...], stamp: str) -> InsertResult:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    with zipfile.ZipFile(source) as archive:
        names = archive.namelist()
    lost = tuple(
        kind
        for kind, folder in (("charts", "xl/charts/"), ("images", "xl/media/"))
        if any(n.startswith(folder) for n in names)
    )

    def write(tmp: Path) -> None:
        workbook = openpyxl.load_workbook(str(source))
        title = "Summary" if "Summary" not in workbook.sheetnames else "Deskmate summary"
        sheet = workbook.create_sheet(title, 0)
        sheet["A1"] = "Summary"
        sheet["A1"].font = Font(bold=True, size=14)
        for row, bullet in enumerate(bullets, start=3):
            cell = sheet.cell(row=row, column=1, value=f"• {bullet}")
            cell.alignment = Alignment(wrap_text=True, vertical="top")
        sheet.cell(row=len(bullets) + 4, column=1, value=stamp).font = Font(italic=True)
        sheet.column_dimensions["A"].width = 100
        workbook.active = 0
        workbook.save(str(tmp))

    write_atomic(out, write)
    return InsertResult(out, lost)
