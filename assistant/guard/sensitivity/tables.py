"""Tables of people: a header naming a person column and a sensitive column.

A salary sheet is sensitive even when no single cell matches a pattern:
"Name | Grade | Base salary" over rows of values says what the rows are.
Readers write spreadsheet rows and Word tables as cells joined by `` | ``
(markdown tables and tab-separated text look the same here). A header line
with a person column (name, employee, staff, patient, ...) and a sensitive one
(salary, compensation, bonus, date of birth, address, diagnosis, grade,
rating, ...), followed by at least one row with as many cells, is reported
as ``personal_table`` over the header; the router keeps the whole document
local for it, since redacting a header would not hide the rows.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

Hit = tuple[str, int, int, float]

_PERSON = re.compile(
    r"(?i)\b(?:name|names|employee|employees|staff|colleague|full name|first name|surname|"
    r"last name|forename|worker|member|patient|candidate|applicant|student|customer|"
    r"person|manager|contractor|nom|prénom|mitarbeiter|nachname|vorname|naam|nombre|"
    r"apellido|nome|cognome|dipendente|empleado)\b"
)
_SENSITIVE = re.compile(
    r"(?i)\b(?:salary|salaries|compensation|pay|payroll|bonus|wage|wages|"
    r"date of birth|dob|birth ?date|birthday|age|address|home address|postcode|"
    r"diagnosis|condition|medical|health|sick|sickness|absence|disability|"
    r"grade|rating|performance|appraisal|score|disciplinary|warning|"
    r"ssn|national insurance|ni number|nino|bsn|tax id|iban|bank|account|"
    r"nationality|religion|ethnicity|gender|marital|"
    r"mobile|personal phone|personal email|salaire|gehalt|salario|stipendio|"
    r"geburtsdatum|date de naissance|fecha de nacimiento|data di nascita)"
)
_SEPARATOR = re.compile(r"\s*\|\s*|\t")
_RULE = re.compile(r"^[\s|:\-+]*$")  # a markdown |---|---| line


def find_tables(text: str) -> Iterator[Hit]:
    if "|" not in text and "\t" not in text:
        return
    lines = text.split("\n")
    offset = 0
    offsets = []
    for line in lines:
        offsets.append(offset)
        offset += len(line) + 1
    for i, line in enumerate(lines):
        if ("|" not in line and "\t" not in line) or not _PERSON.search(line):
            continue
        cells = _cells(line)
        if len(cells) < 2:
            continue
        person = [j for j, c in enumerate(cells) if _PERSON.search(c)]
        sensitive = [j for j, c in enumerate(cells) if _SENSITIVE.search(c)]
        if not person or not sensitive or set(sensitive) <= set(person) and len(cells) < 3:
            continue
        if any(len(c) > 40 for c in cells):  # prose with bars, not a header
            continue
        if _has_rows(lines, i + 1, len(cells)):
            yield "personal_table", offsets[i], offsets[i] + len(line), 0.85


def _cells(line: str) -> list[str]:
    return [c for c in _SEPARATOR.split(line.strip().strip("|")) if c.strip()]


def _has_rows(lines: list[str], start: int, width: int) -> bool:
    for line in lines[start : start + 3]:
        if _RULE.match(line):
            continue
        cells = _SEPARATOR.split(line.strip().strip("|"))
        return abs(len(cells) - width) <= 1 and width >= 2
    return False
