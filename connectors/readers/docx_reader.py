"""Word .docx: headings, paragraphs and tables in document order, streamed.

The body is read with lxml's ``iterparse`` straight from the zip, and each
paragraph or table row is turned into text and dropped as soon as it ends, so
memory stays flat however long the document is. python-docx builds the whole
tree (about 6x the XML), expands ``gridSpan`` into a grid (a hostile span of
100,000 columns took minutes) and looks up each paragraph's style (hundreds of
microseconds each); none of that happens here. A spanning cell is one cell.
"""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from connectors.document import Document
from connectors.limits import Limits, TextBudget, check_ooxml
from connectors.mip_labels import ooxml_labels
from deskmate_base.errors import CorruptFileError

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_P, _T, _TBL, _TR, _TC = W + "p", W + "t", W + "tbl", W + "tr", W + "tc"
_PPR, _PSTYLE, _VAL = W + "pPr", W + "pStyle", W + "val"
_BREAKS = {W + "tab": "\t", W + "br": "\n", W + "cr": "\n"}
_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}Relationship"
_OFFICE_DOCUMENT = "/officeDocument"
_DC = "{http://purl.org/dc/elements/1.1/}"


def read_docx(path: Path, limits: Limits) -> Document:
    check_ooxml(path, limits)
    labels, unreadable = ooxml_labels(path)
    budget = TextBudget(limits.max_text_chars)
    with zipfile.ZipFile(path) as archive:
        body = _main_part(archive, path.name)
        styles = _style_names(archive)
        with archive.open(body) as stream:
            for piece in _blocks(stream, styles):
                if piece and not budget.add(piece):
                    break
        title, author = _core_properties(archive)
    return Document(
        text=budget.text(),
        kind="docx",
        title=title,
        author=author,
        size=path.stat().st_size,
        truncated=budget.truncated,
        labels=labels,
        unreadable=unreadable,
    )


def _parse(source: IO[bytes] | bytes) -> Any:
    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
    if isinstance(source, bytes):
        return etree.fromstring(source, parser)
    return etree.parse(source, parser).getroot()


def _main_part(archive: zipfile.ZipFile, name: str) -> str:
    """The main document part named by the package's relationships."""
    try:
        rels = _parse(archive.read("_rels/.rels"))
    except KeyError:
        rels = None
    for rel in rels.iter(_REL) if rels is not None else ():
        if rel.get("Type", "").endswith(_OFFICE_DOCUMENT):
            target = rel.get("Target", "").lstrip("/")
            if target in archive.namelist():
                return target
    if "word/document.xml" in archive.namelist():
        return "word/document.xml"
    raise CorruptFileError(
        f"{name} is damaged and cannot be read (it has no Word document part); "
        "open and re-save it in Office"
    )


def _style_names(archive: zipfile.ZipFile) -> dict[str, str]:
    """styleId -> the name Word shows ("Heading 1", "Title", "List Bullet")."""
    try:
        root = _parse(archive.read("word/styles.xml"))
    except KeyError:
        return {}
    names = {}
    for style in root.iter(W + "style"):
        name = style.find(W + "name")
        value = name.get(W + "val", "") if name is not None else ""
        if value.startswith("heading ") or value in ("title", "subtitle"):
            value = value[0].upper() + value[1:]  # Word's lower-case built-in names
        names[style.get(W + "styleId", "")] = value
    return names


def _core_properties(archive: zipfile.ZipFile) -> tuple[str, str]:
    try:
        root = _parse(archive.read("docProps/core.xml"))
    except KeyError:
        return "", ""
    title, creator = root.find(_DC + "title"), root.find(_DC + "creator")
    return (
        (title.text or "").strip() if title is not None else "",
        (creator.text or "").strip() if creator is not None else "",
    )


def _blocks(stream: IO[bytes], styles: dict[str, str]) -> Iterator[str]:
    """Paragraphs outside tables, and table rows, as text, in document order."""
    from lxml import etree

    events = etree.iterparse(
        stream, events=("end",), tag=(_P, _TR, _TBL),
        resolve_entities=False, no_network=True, huge_tree=False,
    )  # fmt: skip
    for _, element in events:
        tag = element.tag
        if _in_cell(element):
            continue  # read with its row
        if tag == _P:
            yield _paragraph(element, styles)
        elif tag == _TR:
            yield _row(element)
        _drop(element)


def _in_cell(element: Any) -> bool:
    """Inside a table cell (read elements are dropped, so the chain is short)."""
    parent = element.getparent()
    while parent is not None:
        if parent.tag == _TC:
            return True
        parent = parent.getparent()
    return False


def _drop(element: Any) -> None:
    """Free what has been read: this element and the siblings before it."""
    element.clear(keep_tail=True)
    parent = element.getparent()
    while parent is not None and element.getprevious() is not None:
        del parent[0]


def _text(element: Any) -> str:
    parts = []
    for node in element.iter(_T, *_BREAKS):
        parts.append(node.text or "" if node.tag == _T else _BREAKS[node.tag])
    return "".join(parts)


def _paragraph(element: Any, styles: dict[str, str]) -> str:
    text = _text(element).strip()
    if not text:
        return ""
    style = ""
    if len(element) and element[0].tag == _PPR:
        style_ref = element[0].find(_PSTYLE)
        style = styles.get(style_ref.get(_VAL, ""), "") if style_ref is not None else ""
    if style == "Title":
        return f"# {text}"
    if style.startswith("Heading"):
        level = style.removeprefix("Heading").strip()
        depth = int(level) if level.isdigit() else 1
        return f"{'#' * min(depth + 1, 6)} {text}"
    if style.startswith("List"):
        return f"- {text}"
    return text


def _row(row: Any) -> str:
    """One row's cells as written (a nested table's text stays in its cell)."""
    cells: list[str] = []
    for cell in row.iter(_TC):
        if _owner_row(cell) is not row:
            continue  # a cell of a table nested in this row's cells
        paragraphs = (_text(p) for p in cell.iter(_P))
        value = " ".join(" ".join(paragraphs).split())
        if not cells or cells[-1] != value:  # merged cells repeat; show once
            cells.append(value)
    return " | ".join(cells) if any(cells) else ""


def _owner_row(cell: Any) -> Any:
    parent = cell.getparent()
    while parent is not None and parent.tag != _TR:
        parent = parent.getparent()
    return parent
