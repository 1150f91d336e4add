"""Sensitivity labels recorded in files: Microsoft Purview (MIP) and email headers.

- OOXML (.docx, .xlsx): ``docProps/custom.xml`` properties
  ``MSIP_Label_<GUID>_Enabled`` / ``_Name``, and ``docMetadata/LabelInfo.xml``
  (newer Office; ids only, no names).
- Email: the ``msip_labels`` header (the same key=value pairs, ``;``-separated)
  and the RFC 2156 ``Sensitivity`` header (Personal, Private, Company-Confidential).

A part that exists but cannot be parsed is reported as unreadable, so the
router can keep the file local.
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path
from xml.etree import ElementTree

from connectors.document import SensitivityLabel

_MSIP_KEY = re.compile(r"^MSIP_Label_([0-9a-fA-F-]{36})_(\w+)$")
_GUID = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")
_MAX_PART = 4 * 1024 * 1024


def ooxml_labels(path: Path) -> tuple[tuple[SensitivityLabel, ...], tuple[str, ...]]:
    """(labels, unreadable part names) of an OOXML file already checked by limits."""
    props: dict[str, dict[str, str]] = {}
    unreadable: list[str] = []
    with zipfile.ZipFile(path) as archive:
        names = set(archive.namelist())
        for part in ("docProps/custom.xml", "docMetadata/LabelInfo.xml"):
            if part not in names:
                continue
            try:
                if archive.getinfo(part).file_size > _MAX_PART:
                    raise ValueError("part too large")
                root = ElementTree.fromstring(archive.read(part))
            except (ElementTree.ParseError, ValueError, zipfile.BadZipFile):
                unreadable.append(part)
                continue
            if part.startswith("docProps"):
                _custom_props(root, props)
            else:
                _label_info(root, props)
    return _labels(props), tuple(unreadable)


def _custom_props(root: ElementTree.Element, props: dict[str, dict[str, str]]) -> None:
    for prop in root:
        match = _MSIP_KEY.match(prop.get("name", ""))
        if match:
            value = "".join(prop.itertext()).strip()
            props.setdefault(match.group(1).lower(), {})[match.group(2).lower()] = value


def _label_info(root: ElementTree.Element, props: dict[str, dict[str, str]]) -> None:
    for element in root.iter():
        if element.tag.endswith("}label") or element.tag == "label":
            guid = _GUID.search(element.get("id", ""))
            if guid:
                entry = props.setdefault(guid.group().lower(), {})
                entry.setdefault("enabled", element.get("enabled", "1"))
                if element.get("removed") == "1":
                    entry["enabled"] = "0"


def _labels(props: dict[str, dict[str, str]]) -> tuple[SensitivityLabel, ...]:
    labels = []
    for guid, fields in sorted(props.items()):
        if fields.get("enabled", "true").lower() in ("true", "1"):
            labels.append(SensitivityLabel(source="mip", id=guid, name=fields.get("name", "")))
    return tuple(labels)


def email_labels(msip_header: str, sensitivity_header: str) -> tuple[SensitivityLabel, ...]:
    props: dict[str, dict[str, str]] = {}
    for pair in msip_header.split(";"):
        key, _, value = pair.strip().partition("=")
        match = _MSIP_KEY.match(key.strip())
        if match:
            props.setdefault(match.group(1).lower(), {})[match.group(2).lower()] = value.strip()
    labels = list(_labels(props))
    if sensitivity_header.strip():
        labels.append(
            SensitivityLabel(source="sensitivity_header", id="", name=sensitivity_header.strip())
        )
    return tuple(labels)
