"""Word .docx: headings, paragraphs and tables in document order (python-docx)."""

from __future__ import annotations

from pathlib import Path

from connectors.document import Document
from connectors.limits import Limits, TextBudget, check_ooxml
from connectors.mip_labels import ooxml_labels


def read_docx(path: Path, limits: Limits) -> Document:
    import docx
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    check_ooxml(path, limits)
    labels, unreadable = ooxml_labels(path)
    doc = docx.Document(str(path))
    budget = TextBudget(limits.max_text_chars)
    for block in doc.iter_inner_content():
        if isinstance(block, Paragraph):
            piece = _paragraph_text(block)
        elif isinstance(block, Table):
            piece = _table_text(block)
        else:  # pragma: no cover - python-docx yields only these two
            continue
        if piece and not budget.add(piece):
            break
    props = doc.core_properties
    return Document(
        text=budget.text(),
        kind="docx",
        title=props.title or "",
        author=props.author or "",
        size=path.stat().st_size,
        truncated=budget.truncated,
        labels=labels,
        unreadable=unreadable,
    )


def _paragraph_text(paragraph) -> str:
    text = paragraph.text.strip()
    if not text:
        return ""
    style = (paragraph.style.name if paragraph.style is not None else "") or ""
    if style == "Title":
        return f"# {text}"
    if style.startswith("Heading"):
        level = style.removeprefix("Heading").strip()
        depth = int(level) if level.isdigit() else 1
        return f"{'#' * min(depth + 1, 6)} {text}"
    if style.startswith("List"):
        return f"- {text}"
    return text


def _table_text(table) -> str:
    rows = []
    for row in table.rows:
        cells: list[str] = []
        for cell in row.cells:
            value = " ".join(cell.text.split())
            if not cells or cells[-1] != value:  # merged cells repeat; show once
                cells.append(value)
        if any(cells):
            rows.append(" | ".join(cells))
    return "\n".join(rows)
