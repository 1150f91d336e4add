"""Excel .xlsx: each sheet's used range as a table, streamed (openpyxl read-only)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
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
            for cells in _rows(sheet):
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


MAX_GAP = 16  # empty cells kept between two values; a wider gap shows as one


def _rows(sheet) -> Iterator[list[str]]:
    """Each stored row's cells, sparse: openpyxl's ``iter_rows`` fills the
    whole used range, so one cell at XFD1048576 becomes a million rows of
    16,384 empty cells. Here missing rows are skipped and wide gaps shrink."""
    from openpyxl.worksheet._reader import WorkSheetParser

    book = sheet.parent
    with sheet._get_source() as source:
        parser = WorkSheetParser(
            source, sheet._shared_strings, data_only=book.data_only, epoch=book.epoch,
            date_formats=book._date_formats, timedelta_formats=book._timedelta_formats,
        )  # fmt: skip
        for _, row in parser.parse():
            present = sorted(
                (cell["column"], text) for cell in row if (text := _cell(cell["value"]))
            )
            cells: list[str] = []
            column = 0
            for at, text in present:
                cells.extend([""] * min(at - column - 1, MAX_GAP))
                cells.append(text)
                column = at
            yield cells


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
