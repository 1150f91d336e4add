"""The add-in manifests, filled in for the port the local service uses."""

from __future__ import annotations

from pathlib import Path

from assistant import __version__
from assistant.api.app import ADDIN_DIR
from assistant.outputs.write import write_text_atomic

TEMPLATES = ("deskmate-office.xml", "deskmate-outlook.xml")


def manifest_version() -> str:
    """Office wants four numbers: 0.1.0 -> 0.1.0.0."""
    parts = (__version__.split(".") + ["0", "0", "0"])[:4]
    return ".".join(parts)


def render(name: str, port: int) -> str:
    template = (ADDIN_DIR / "manifests" / name).read_text(encoding="utf-8")
    return template.replace("{{PORT}}", str(port)).replace("{{VERSION}}", manifest_version())


def write_manifests(port: int, folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name in TEMPLATES:
        out = folder / name
        write_text_atomic(out, render(name, port))
        written.append(out)
    return written
