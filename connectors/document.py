"""The one shape every reader returns: text plus metadata."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class SensitivityLabel:
    """A sensitivity label on a file: a Microsoft Purview (MIP) label, or an
    email's RFC 2156 ``Sensitivity`` header. ``id`` is a lowercase GUID or empty;
    ``name`` may be empty when the file records only the id."""

    source: str  # "mip" or "sensitivity_header"
    id: str
    name: str

    def as_json(self) -> dict[str, str]:
        return {"source": self.source, "id": self.id, "name": self.name}


@dataclass(frozen=True)
class Document:
    """A readable file's text and what we know about it.

    ``kind`` is the reader's name (docx, xlsx, text, eml). ``sheets`` lists a
    workbook's sheet names; ``headers`` an email's main headers. ``truncated``
    says the text stopped at the reader's bound (see ``connectors.limits``).
    ``links`` holds an email's links as (visible text, href), for the phishing checks.
    """

    text: str
    kind: str
    title: str = ""
    author: str = ""
    size: int = 0
    sheets: tuple[str, ...] = ()
    headers: dict[str, str] = field(default_factory=dict)
    truncated: bool = False
    labels: tuple[
        SensitivityLabel, ...
    ] = ()  # Purview/MIP sensitivity labels, never email categories
    unreadable: tuple[str, ...] = ()
    links: tuple[tuple[str, str], ...] = ()  # an email's links: (visible text, href)

    @property
    def words(self) -> int:
        return len(self.text.split())
