"""The layout stays the architecture: layers import downwards, modules stay small."""

from __future__ import annotations

import ast
from pathlib import Path

from tests.conftest import REPO

PACKAGES = ("assistant", "local_models", "connectors", "deskmate_base", "addin")
MAX_LINES = 500
MAX_ROOT_MODULES = 12


def _modules(package: str) -> list[Path]:
    return sorted((REPO / package).rglob("*.py"))


def _imports(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def test_lower_layers_never_import_assistant() -> None:
    offenders = [
        f"{path.relative_to(REPO)} imports {name}"
        for package in ("local_models", "connectors", "deskmate_base", "addin")
        for path in _modules(package)
        for name in _imports(path)
        if name == "assistant" or name.startswith("assistant.")
    ]
    assert offenders == []


def test_the_base_imports_nothing_of_ours() -> None:
    ours = ("assistant", "local_models", "connectors", "addin")
    for path in _modules("deskmate_base"):
        assert not [n for n in _imports(path) if n.split(".")[0] in ours], path


def test_no_module_passes_500_lines() -> None:
    long = {
        str(path.relative_to(REPO)): n
        for package in PACKAGES
        for path in _modules(package)
        if (n := len(path.read_text(encoding="utf-8").splitlines())) > MAX_LINES
    }
    assert long == {}


def test_the_root_of_assistant_stays_small() -> None:
    root = [p.name for p in (REPO / "assistant").glob("*.py")]
    assert len(root) <= MAX_ROOT_MODULES, root
    for folder in ("guard", "workflows", "mail", "usage", "outputs", "signing", "watch",
                   "api", "desktop", "cli"):  # fmt: skip
        assert (REPO / "assistant" / folder / "__init__.py").is_file(), folder
