"""Workbooks near 10 MB (issue 15, second round), written as SpreadsheetML.

The package parts are the ones Excel writes (content types, relationships,
workbook, sheets, shared strings); the sheet XML is streamed into the zip so a
10 MB file takes seconds to build. Each builder takes ``cells`` (how many value
cells it writes) so tests use small ones and bench/xlsx_10mb.py the 10 MB ones.
"""

from __future__ import annotations

import random
import zipfile
from collections.abc import Iterator
from pathlib import Path
from xml.sax.saxutils import escape

_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PKG = "http://schemas.openxmlformats.org/package/2006/relationships"
_CT = "application/vnd.openxmlformats-officedocument.spreadsheetml"
_WORDS = ("depot invoice approved pending Lisbon Porto scanner pallet rollout firmware "
          "audit freight budget quarter review supplier contract").split()  # fmt: skip


def _col(index: int) -> str:
    name = ""
    index += 1
    while index:
        index, rem = divmod(index - 1, 26)
        name = chr(65 + rem) + name
    return name


def _rows(cells: int, width: int, kind: str, rng: random.Random) -> Iterator[str]:
    """``<row>`` elements holding ``cells`` value cells, ``width`` to a row."""
    row = 0
    while cells > 0:
        row += 1
        parts = []
        for c in range(min(width, cells)):
            ref = f"{_col(c)}{row}"
            if kind == "empty":  # a cell with no value: parsed, never text
                parts.append(f'<c r="{ref}"/>')
            elif kind == "tiny":  # the smallest value, packs best
                parts.append(f'<c r="{ref}"><v>1</v></c>')
            elif kind == "number":
                parts.append(f'<c r="{ref}"><v>{rng.randint(0, 10**9) / 100}</v></c>')
            elif kind == "shared":
                index = (row * width + c) % _SHARED_COUNT[0]
                parts.append(f'<c r="{ref}" t="s"><v>{index}</v></c>')
            else:  # inline text
                text = " ".join(rng.choice(_WORDS) for _ in range(4))
                parts.append(f'<c r="{ref}" t="inlineStr"><is><t>{text} {row}</t></is></c>')
        cells -= width
        yield f'<row r="{row}">{"".join(parts)}</row>'


_SHARED_COUNT = [1]


def _write_sheet(archive: zipfile.ZipFile, name: str, rows: Iterator[str], merges: int = 0) -> None:
    with archive.open(name, "w", force_zip64=True) as out:
        out.write(f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                  f'<worksheet xmlns="{_NS}"><sheetData>'.encode())  # fmt: skip
        chunk: list[str] = []
        for row in rows:
            chunk.append(row)
            if len(chunk) >= 200:
                out.write("".join(chunk).encode())
                chunk = []
        out.write(("".join(chunk) + "</sheetData>").encode())
        if merges:  # <mergeCells> after the data, as Excel writes them
            out.write(f'<mergeCells count="{merges}">'.encode())
            for i in range(0, merges, 1000):
                out.write("".join(f'<mergeCell ref="A{2 * j + 1}:B{2 * j + 2}"/>'
                                  for j in range(i, min(merges, i + 1000))).encode())  # fmt: skip
            out.write(b"</mergeCells>")
        out.write(b"</worksheet>")


def build(
    path: Path, *, sheets: int = 1, cells: int = 1000, width: int = 12, kind: str = "number",
    shared: int = 0, merges: int = 0, seed: int = 15,
) -> Path:  # fmt: skip
    """A workbook of ``sheets`` sheets sharing ``cells`` value cells between them.
    ``kind``: number, tiny (all 1), empty (no value), shared (cells point into
    ``shared`` unique strings) or inline. ``merges`` merged ranges follow sheet 1's data."""
    rng = random.Random(seed)
    _SHARED_COUNT[0] = max(1, shared)
    overrides = [f'<Override PartName="/xl/worksheets/sheet{i}.xml" '
                 f'ContentType="{_CT}.worksheet+xml"/>' for i in range(1, sheets + 1)]  # fmt: skip
    if shared:
        overrides.append(f'<Override PartName="/xl/sharedStrings.xml" '
                         f'ContentType="{_CT}.sharedStrings+xml"/>')  # fmt: skip
    types = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
        'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
        f'<Override PartName="/xl/workbook.xml" ContentType="{_CT}.sheet.main+xml"/>'
        + "".join(overrides)
        + "</Types>"
    )
    rels = (f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{_PKG}">'
            f'<Relationship Id="rId1" Type="{_R}/officeDocument" Target="xl/workbook.xml"/>'
            "</Relationships>")  # fmt: skip
    book_rels = [f'<Relationship Id="rId{i}" Type="{_R}/worksheet" '
                 f'Target="worksheets/sheet{i}.xml"/>' for i in range(1, sheets + 1)]  # fmt: skip
    if shared:
        book_rels.append(f'<Relationship Id="rId{sheets + 1}" Type="{_R}/sharedStrings" '
                         f'Target="sharedStrings.xml"/>')  # fmt: skip
    workbook = (f'<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="{_NS}" '
                f'xmlns:r="{_R}"><sheets>'
                + "".join(f'<sheet name="Sheet {i}" sheetId="{i}" r:id="rId{i}"/>'
                          for i in range(1, sheets + 1))
                + "</sheets></workbook>")  # fmt: skip
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", types)
        archive.writestr("_rels/.rels", rels)
        archive.writestr("xl/workbook.xml", workbook)
        archive.writestr("xl/_rels/workbook.xml.rels",
                         f'<?xml version="1.0" encoding="UTF-8"?><Relationships '
                         f'xmlns="{_PKG}">{"".join(book_rels)}</Relationships>')  # fmt: skip
        if shared:
            with archive.open("xl/sharedStrings.xml", "w", force_zip64=True) as out:
                out.write(f'<?xml version="1.0" encoding="UTF-8"?><sst xmlns="{_NS}" '
                          f'count="{shared}" uniqueCount="{shared}">'.encode())  # fmt: skip
                for i in range(shared):
                    text = " ".join(rng.choice(_WORDS) for _ in range(3))
                    text = f"{escape(text)} {i} {rng.randint(0, 10**6)}"
                    out.write(f"<si><t>{text}</t></si>".encode())
                out.write(b"</sst>")
        per_sheet = max(1, cells // sheets)
        for i in range(1, sheets + 1):
            _write_sheet(archive, f"xl/worksheets/sheet{i}.xml",
                         _rows(per_sheet, width, kind, rng), merges if i == 1 else 0)  # fmt: skip
    return path


def near(path: Path, target_mb: float, **kwargs: object) -> Path:
    """``build`` with ``cells`` (and ``shared``, when given) scaled so the file is
    about ``target_mb`` MB: one small build measures the bytes per cell."""
    probe_cells = 20_000
    scale_shared = bool(kwargs.get("shared"))
    probe = dict(kwargs, cells=probe_cells)
    if scale_shared:
        probe["shared"] = probe_cells
    build(path, **probe)  # type: ignore[arg-type]
    per_cell = path.stat().st_size / probe_cells
    cells = int(target_mb * 2**20 / per_cell)
    for _ in range(2):  # a second pass corrects for fixed per-sheet overhead
        final = dict(kwargs, cells=cells)
        if scale_shared:
            final["shared"] = cells
        build(path, **final)  # type: ignore[arg-type]
        size = path.stat().st_size / 2**20
        if abs(size - target_mb) < 0.05 * target_mb:
            break
        cells = int(cells * target_mb / size)
    return path
