"""API keys through a real keyring backend (keyrings.alt's file keyring)."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.guard import keys
from deskmate_base.errors import KeyringError
from tests.conftest import REPO, run_cli

SECRET = "sk-test-Zq8x1MDoNotLeak"


@pytest.fixture
def file_keyring(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    env = {
        "PYTHON_KEYRING_BACKEND": "keyrings.alt.file.PlaintextKeyring",
        "XDG_DATA_HOME": str(tmp_path / "xdg"),
    }
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    import keyring.core

    keyring.core.init_backend()
    yield env
    monkeypatch.undo()
    keyring.core.init_backend()


def test_set_get_delete(file_keyring: dict[str, str]) -> None:
    assert keys.get_key("corp") is None and keys.key_source("corp") == "missing"
    keys.set_key("corp", SECRET + "\n")
    assert keys.get_key("corp") == SECRET and keys.key_source("corp") == "keyring"
    assert keys.delete_key("corp") and not keys.delete_key("corp")


def test_environment_fallback(monkeypatch: pytest.MonkeyPatch) -> None:
    assert keys.env_name("corp-azure") == "DESKMATE_KEY_CORP_AZURE"
    monkeypatch.setenv("DESKMATE_KEY_CORP_AZURE", SECRET)
    assert keys.get_key("corp-azure") == SECRET
    assert keys.key_source("corp-azure") == "environment"


def test_no_keyring_is_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    import keyring.core

    keyring.core.init_backend()
    try:
        with pytest.raises(KeyringError, match="DESKMATE_KEY_CORP"):
            keys.set_key("corp", SECRET)
    finally:
        monkeypatch.undo()
        keyring.core.init_backend()


def test_cli_keys_never_print_the_key(file_keyring: dict[str, str], deskmate_home: Path) -> None:
    policy = REPO / "installer" / "policy.example.toml"
    stored = run_cli("keys", "set", "corp-azure", env=file_keyring, input=SECRET + "\n")
    assert stored.returncode == 0, stored.stderr
    listing = run_cli("keys", "list", "--policy", str(policy), env=file_keyring)
    assert listing.returncode == 0
    lines = dict(line.split(None, 1) for line in listing.stdout.splitlines())
    assert lines["corp-azure"].strip() == "keyring"
    assert lines["litellm-gateway"].startswith("missing")
    for output in (stored.stdout, stored.stderr, listing.stdout, listing.stderr):
        assert SECRET not in output
    for path in deskmate_home.rglob("*"):
        if path.is_file():
            assert SECRET.encode() not in path.read_bytes()
