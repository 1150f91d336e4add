"""Signed org policies: any change is caught, and an untrusted policy means local-only."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from assistant.signing.policy import check, keygen, sign
from deskmate_base.errors import PolicyError, SigningKeyError
from tests import factories
from tests.conftest import REPO, run_cli

EXAMPLE = REPO / "installer" / "policy.example.toml"


@pytest.fixture
def signed(tmp_path: Path) -> tuple[Path, Path, Path]:
    private, public = keygen(tmp_path / "keys")
    policy = tmp_path / "policy.toml"
    shutil.copyfile(EXAMPLE, policy)
    sign(policy, private)
    return policy, private, public


def test_every_one_byte_change_is_caught(signed: tuple[Path, Path, Path]) -> None:
    policy, _, public = signed
    key = public.read_bytes()
    assert check(policy, key) is None
    for target in (policy, policy.with_name("policy.toml.sig")):
        original = target.read_bytes()
        for position in range(len(original)):
            changed = bytearray(original)
            changed[position] ^= 0x01
            target.write_bytes(bytes(changed))
            assert check(policy, key) is not None, (target.name, position)
        target.write_bytes(original)
    assert check(policy, key) is None


def test_other_keys_and_missing_files(signed: tuple[Path, Path, Path], tmp_path: Path) -> None:
    policy, _, _ = signed
    _, stranger = keygen(tmp_path / "other")
    assert "does not match" in check(policy, stranger.read_bytes())
    policy.with_name("policy.toml.sig").unlink()
    assert "not signed" in check(policy, stranger.read_bytes())
    assert "no org policy" in check(None, stranger.read_bytes())
    with pytest.raises(SigningKeyError, match="exists already"):
        keygen(tmp_path / "other")


def _managed_check(policy: Path, public: Path, doc: Path) -> dict:
    env = {"DESKMATE_POLICY_PUBKEY": str(public), "DESKMATE_KEY_CORP_AZURE": "k"}
    result = run_cli("check", str(doc), "--json", "--policy", str(policy), env=env)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_managed_install_trusts_only_a_signed_policy(
    signed: tuple[Path, Path, Path], tmp_path: Path
) -> None:
    policy, _, public = signed
    doc = factories.make_docx(tmp_path / "plan.docx")
    assert _managed_check(policy, public, doc)["route"] == "cloud"  # signed: cloud allowed

    text = policy.read_text("utf-8")
    policy.write_text(
        text.replace("redact_then_cloud = false", "redact_then_cloud = true"), "utf-8"
    )
    tampered = _managed_check(policy, public, doc)
    assert tampered["route"] == "local"
    assert tampered["reasons"][-1]["kind"] == "policy_untrusted"
    assert "does not match its signature" in tampered["reasons"][-1]["message"]

    policy.with_name("policy.toml.sig").unlink()
    assert _managed_check(policy, public, doc)["reasons"][-1]["kind"] == "policy_untrusted"

    env = {"DESKMATE_POLICY_PUBKEY": str(public), "DESKMATE_KEY_CORP_AZURE": "k"}
    result = run_cli("summarize", str(doc), "--max-tokens", "16", "--policy", str(policy), env=env)
    assert result.returncode == 0
    assert "deskmate: note: the org policy" in result.stderr and "local-only" in result.stderr


def test_api_health_reports_an_untrusted_policy(
    signed: tuple[Path, Path, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from starlette.testclient import TestClient

    from assistant.api.app import create_app
    from tests.services import in_process

    policy, _, public = signed
    policy.write_text(policy.read_text("utf-8") + "\n# edited\n", "utf-8")
    monkeypatch.setenv("DESKMATE_POLICY", str(policy))
    monkeypatch.setenv("DESKMATE_POLICY_PUBKEY", str(public))
    app = create_app(port=8765, secret="s", pane_dir=tmp_path, same_user=in_process)
    with TestClient(app, base_url="https://localhost:8765") as client:
        bare = client.get("/api/health").json()
        health = client.get("/api/health", headers={"Authorization": "Bearer s"}).json()
    assert bare == {"ok": True}  # without a session: no path, no reason
    assert health["policy_signature"] == "untrusted"
    assert "local-only" in health["policy_untrusted"]


def test_cli_sign_and_verify(tmp_path: Path) -> None:
    keys = tmp_path / "keys"
    assert run_cli("policy", "keygen", "--out", str(keys)).returncode == 0
    assert (keys / "policy-signing.key").stat().st_mode & 0o077 == 0
    policy = tmp_path / "policy.toml"
    shutil.copyfile(EXAMPLE, policy)
    signed = run_cli("policy", "sign", str(policy), "--key", str(keys / "policy-signing.key"))
    assert signed.returncode == 0 and (tmp_path / "policy.toml.sig").is_file()
    pub = str(keys / "policy-signing.pub")
    assert run_cli("policy", "verify", str(policy), "--pubkey", pub).returncode == 0
    policy.write_text(policy.read_text("utf-8") + " ", "utf-8")
    bad = run_cli("policy", "verify", str(policy), "--pubkey", pub)
    assert bad.returncode == PolicyError.exit_code and "does not match" in bad.stderr
    broken = tmp_path / "broken.toml"
    broken.write_text("version = [", "utf-8")
    refused = run_cli("policy", "sign", str(broken), "--key", str(keys / "policy-signing.key"))
    assert (
        refused.returncode == PolicyError.exit_code and not (tmp_path / "broken.toml.sig").exists()
    )
