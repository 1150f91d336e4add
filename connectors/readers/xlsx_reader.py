"""Excel .xlsx: each sheet's used range as a table, streamed (openpyxl read-only).

A sheet's XML is walked with lxml's ``iterparse`` up to the end of its
``<sheetData>``: each ``<row>`` is converted by openpyxl's own cell parser
(types, shared strings, dates) and then dropped, and what follows the data
(merged ranges, conditional formats, hyperlinks, validations) is never read.
openpyxl's own loop keeps every row element it has read and builds objects for
all of those (two million merged ranges in a 10 MB file took 1 GB).

At most ``Limits.max_cells`` cells (rows count as one at least) are read over
all sheets: cells cost time whether or not they hold text (a 10 MB file can
hold six million empty ones). Past that the document is marked ``truncated``:
the router keeps it local and says the rest was not read.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

from connectors.document import Document
from connectors.limits import Limits, TextBudget, check_ooxml
from connectors.mip_labels import ooxml_labels
from deskmate_base.errors import CorruptFileError


def read_xlsx(path: Path, limits: Limits) -> Document:
    import openpyxl

    check_ooxml(path, limits)
    labels, unreadable = ooxml_labels(path)
    workbook = openpyxl.load_workbook(str(path), read_only=True, data_only=True)
    try:
        budget = TextBudget(limits.max_text_chars)
        names = tuple(workbook.sheetnames)
        cells_left = limits.max_cells
        try:
            for sheet in workbook.worksheets:
                if not budget.add(f"## Sheet: {sheet.title}"):
                    break
                for cells, parsed in _rows(sheet):
                    cells_left -= max(1, parsed)
                    if cells and not budget.add(" | ".join(cells)):
                        break
                    if cells_left <= 0:
                        budget.truncated = True  # the rest of the workbook is not read
                        break
                if budget.truncated:
                    break
        except (IndexError, TypeError, AttributeError) as exc:  # e.g. a shared string past the end
            raise CorruptFileError(
                f"{path.name} is damaged and cannot be read ({type(exc).__name__}); "
                f"open and re-save it in Office"
            ) from exc
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


_S = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_ROW, _SHEET_DATA = _S + "row", _S + "sheetData"


def _rows(sheet) -> Iterator[tuple[list[str], int]]:
    """Each stored row's cells, sparse, with how many cells it had: openpyxl's
    ``iter_rows`` fills the whole used range, so one cell at XFD1048576 becomes
    a million rows of 16,384 empty cells. Here missing rows are skipped and
    wide gaps shrink."""
    from lxml import etree
    from openpyxl.worksheet._reader import WorkSheetParser

    book = sheet.parent
    with sheet._get_source() as source:
        parser = WorkSheetParser(
            source, sheet._shared_strings, data_only=book.data_only, epoch=book.epoch,
            date_formats=book._date_formats, timedelta_formats=book._timedelta_formats,
        )  # fmt: skip
        events = etree.iterparse(
            source, events=("start", "end"),
            resolve_entities=False, no_network=True, huge_tree=False,
        )  # fmt: skip
        in_row = False
        for event, element in events:
            if event == "start":
                in_row = in_row or element.tag == _ROW
                continue
            if element.tag == _ROW:
                in_row = False
                _, row = parser.parse_row(element)
                parser.row_dimensions.clear()  # row heights: not text, and unbounded
                yield _sparse(row), len(row)
            elif element.tag == _SHEET_DATA:
                return  # what follows the data is not text
            elif in_row:
                continue  # a cell or its value: read with its row
            _drop(element)


def _drop(element) -> None:
    """Free an element that has been read, and the siblings read before it."""
    element.clear(keep_tail=True)
    parent = element.getparent()
    while parent is not None and element.getprevious() is not None:
        del parent[0]


def _sparse(row: list[dict]) -> list[str]:
    present = sorted((cell["column"], text) for cell in row if (text := _cell(cell["value"])))
    cells: list[str] = []
    column = 0
    for at, text in present:
        cells.extend([""] * min(at - column - 1, MAX_GAP))
        cells.append(text)
        column = at
    return cells


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
