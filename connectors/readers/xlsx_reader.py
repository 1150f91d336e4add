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
from typing import Any

from connectors.document import Document
from connectors.limits import Limits, TextBudget, check_ooxml
from connectors.mip_labels import ooxml_labels
from connectors.readers.xlsx_workbook import open_workbook
from deskmate_base.errors import CorruptFileError


def read_xlsx(path: Path, limits: Limits) -> Document:
    check_ooxml(path, limits)
    labels, unreadable = ooxml_labels(path)
    workbook = open_workbook(path)
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
_ROW, _SHEET_DATA, _COL = _S + "row", _S + "sheetData", _S + "col"
_V, _IS, _T, _RPH = _S + "v", _S + "is", _S + "t", _S + "rPh"


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
        # Only rows (and column records, which can come by the million before
        # the data) reach Python; each is dropped once read.
        events = etree.iterparse(
            source, events=("end",), tag=(_ROW, _SHEET_DATA, _COL),
            resolve_entities=False, no_network=True, huge_tree=False,
        )  # fmt: skip
        for _, element in events:
            if element.tag == _ROW:
                row = [_value(parser, cell) for cell in element]
                yield _sparse(row), len(row)
            elif element.tag == _SHEET_DATA:
                return  # what follows the data is not text
            _drop(element)


def _value(parser: Any, cell: Any) -> tuple[int, object]:
    """(column, value) of a ``<c>``: the common types read here, the rest
    (dates, booleans, errors, formulas) by openpyxl's own ``parse_cell``."""
    from openpyxl.utils.cell import coordinate_to_tuple
    from openpyxl.worksheet._reader import _cast_number

    ref = cell.get("r")
    parser.col_counter = coordinate_to_tuple(ref)[1] if ref else parser.col_counter + 1
    kind = cell.get("t", "n")
    if kind == "inlineStr":
        node = cell.find(_IS)
        if node is None:
            return parser.col_counter, None
        texts = (t.text or "" for t in node.iter(_T) if t.getparent().tag != _RPH)
        return parser.col_counter, "".join(texts)
    style = int(cell.get("s", 0) or 0)
    if kind in ("s", "n") and style not in parser.date_formats:
        raw = cell.findtext(_V)
        if not raw:
            return parser.col_counter, None
        if kind == "s":
            return parser.col_counter, parser.shared_strings[int(raw)]
        return parser.col_counter, _cast_number(raw)
    column = parser.col_counter
    parsed = parser.parse_cell(cell)
    return column, parsed["value"]


def _drop(element: Any) -> None:
    """Free an element that has been read, and the siblings read before it."""
    element.clear(keep_tail=True)
    parent = element.getparent()
    while parent is not None and element.getprevious() is not None:
        del parent[0]


def _sparse(row: list[tuple[int, object]]) -> list[str]:
    present = sorted((column, text) for column, value in row if (text := _cell(value)))
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
