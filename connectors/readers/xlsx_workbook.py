"""Open an .xlsx read-only without openpyxl's two slow whole-file passes.

openpyxl's read-only ``load_workbook`` does work our reader never uses, and on
a 10 MB workbook it is most of the time (bench/xlsx_10mb.py, issue 15):

- each sheet's size is looked up at load: when the sheet has no
  ``<dimension>`` (openpyxl's own write-only exports have none), the whole
  sheet is parsed for it, before any budget can stop the reading (22 s of a
  51 s check);
- the shared strings are read through openpyxl's descriptor objects, about
  40 microseconds a string (18 s for 430,000 strings).

Here the sheets are listed without the size lookup (the reader walks the rows
itself) and the shared strings are read with lxml: the text of each ``<si>``'s
``<t>`` elements, phonetic runs left out, as openpyxl's ``Text.content`` does.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

_S = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_SI, _T, _RPH = _S + "si", _S + "t", _S + "rPh"


def open_workbook(path: Path) -> Any:
    """The openpyxl read-only workbook (values, not formulas), opened lean."""
    from openpyxl.reader.excel import ExcelReader
    from openpyxl.worksheet._read_only import ReadOnlyWorksheet
    from openpyxl.xml.constants import SHARED_STRINGS

    class Sheet(ReadOnlyWorksheet):
        def _get_size(self) -> None:
            """No size lookup: the reader walks the stored rows itself."""

    class Reader(ExcelReader):
        def read_strings(self) -> None:
            part = self.package.find(SHARED_STRINGS)
            if part is not None:
                with self.archive.open(part.PartName[1:]) as source:
                    self.shared_strings = shared_strings(source)

        def read_worksheets(self) -> None:
            for sheet, rel in self.parser.find_sheets():
                if rel.target not in self.valid_files or "chartsheet" in rel.Type:
                    continue
                ws = Sheet(self.wb, sheet.name, rel.target, self.shared_strings)
                ws.sheet_state = sheet.state
                self.wb._sheets.append(ws)

    reader = Reader(str(path), read_only=True, data_only=True)
    reader.read()
    return reader.wb


def shared_strings(source: Any) -> list[str]:
    """Each ``<si>``'s text: its own ``<t>`` or its runs' ``<t>``, not ``<rPh>``."""
    from lxml import etree

    strings: list[str] = []
    events = etree.iterparse(
        source, events=("end",), tag=_SI,
        resolve_entities=False, no_network=True, huge_tree=False,
    )  # fmt: skip
    for _, si in events:
        parts = [t.text or "" for t in si.iter(_T) if t.getparent().tag != _RPH]
        strings.append("".join(parts).replace("x005F_", ""))
        si.clear(keep_tail=True)
        while si.getprevious() is not None:
            del si.getparent()[0]
    return strings
