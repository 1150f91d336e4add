"""Excel .xlsx: each sheet's used range as a table, streamed (openpyxl read-only)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from connectors.document import Document
from connectors.limits import Limits, TextBudget, check_ooxml
from connectors.mip_labels import ooxml_labels


def read_xlsx(path: Path, limits: Limits) -> Document:
    import openpyxl

    check_ooxml(path, limits)
    labels, unreadable = ooxml_labels(path)
    workbook = openpyxl.load_workbook(str(path), read_only=True, data_only=True)
    try:
        budget = TextBudget(limits.max_text_chars)
        names = tuple(workbook.sheetnames)
        for sheet in workbook.worksheets:
            if not budget.add(f"## Sheet: {sheet.title}"):
                break
            for row in sheet.iter_rows(values_only=True):
                cells = [_cell(v) for v in row]
                while cells and not cells[-1]:
                    cells.pop()
                if cells and not budget.add(" | ".join(cells)):
                    break
        props = workbook.properties
        return Document(
            text=budget.text(),
            kind="xlsx",
            title=props.title or "",
            author=props.creator or "",
            size=path.stat().st_size,
            sheets=names,
            truncated=budget.truncated,
            labels=labels,
            unreadable=unreadable,
        )
    finally:
        workbook.close()


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:.6g}"
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    return " ".join(str(value).split())
