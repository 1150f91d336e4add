"""The org policy file: parsing, errors with file and line, user tightening."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.guard.policy import Policy, load_policy, parse_policy
from connectors.document import SensitivityLabel
from deskmate_base.errors import PolicyError
from tests.conftest import REPO, run_cli

EXAMPLE = REPO / "installer" / "policy.example.toml"


def test_example_policy_parses() -> None:
    policy = parse_policy(EXAMPLE)
    assert policy.version == "2026.11-1"
    assert [e.name for e in policy.endpoints] == ["corp-azure", "litellm-gateway"]
    azure = policy.endpoints[0]
    assert azure.provider == "azure" and azure.workflows == ("summarize", "notes")
    assert policy.endpoint_for("label") == policy.endpoints[1]
    assert (
        policy.label_route(SensitivityLabel("mip", "", "highly confidential - legal hold"))
        == "blocked"
    )
    assert policy.label_route(SensitivityLabel("mip", "", "General")) == "cloud"
    assert policy.label_route(SensitivityLabel("mip", "deadbeef", "Secret Squirrel")) == "local"
    assert "Project Bluebird" in policy.detectors.org_terms


def test_default_policy_has_no_cloud(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("DESKMATE_POLICY", raising=False)
    policy = load_policy()
    assert policy.endpoints == () and policy.source.startswith("built-in")


def _write(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "policy.toml"
    path.write_text(body, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ('version = "1"\n[cloud\nenabled = true\n', r"not valid TOML: .*line 2"),
        ("[cloud]\nenabled = true\n", "needs a version string"),
        ('version = "1"\n[cloud]\nenabled = "yes"\n', r"line 3: enabled must be true or false"),
        (
            'version = "1"\n[[cloud.endpoints]]\nname = "x"\nprovider = "bard"\n'
            'base_url = "https://a"\nmodel = "m"\n',
            r"line 4: endpoint 'x': provider must be one of",
        ),
        (
            'version = "1"\n[[cloud.endpoints]]\nname = "x"\nprovider = "openai"\n'
            'base_url = "http://evil.example/v1"\nmodel = "m"\n',
            r"line 5: .*https://",
        ),
        ('version = "1"\n[labels]\n"Public" = "anywhere"\n', r"line 3: label route must be"),
        ('version = "1"\n[detectors]\ndisabled = ["telepathy"]\n', r"line 3: unknown detector"),
    ],
)
def test_malformed_policy_names_file_and_line(tmp_path: Path, body: str, message: str) -> None:
    path = _write(tmp_path, body)
    with pytest.raises(PolicyError, match=message) as info:
        parse_policy(path)
    assert str(path) in str(info.value)


def test_bad_policy_on_the_cli_is_one_line_with_exit_code(tmp_path: Path) -> None:
    path = _write(tmp_path, 'version = "1"\n[cloud]\nenabled = "yes"\n')
    doc = tmp_path / "a.txt"
    doc.write_text("hello", encoding="utf-8")
    result = run_cli("check", str(doc), "--policy", str(path))
    assert result.returncode == PolicyError.exit_code
    assert result.stderr.count("\n") == 1 and f"{path}, line 3" in result.stderr
    missing = run_cli("check", str(doc), env={"DESKMATE_POLICY": str(tmp_path / "nope.toml")})
    assert missing.returncode == PolicyError.exit_code and "not found" in missing.stderr


def test_user_settings_only_tighten(tmp_path: Path, deskmate_home: Path) -> None:
    deskmate_home.mkdir(parents=True, exist_ok=True)
    (deskmate_home / "settings.toml").write_text(
        "[cloud]\nenabled = true\nredact_then_cloud = true\n"  # cannot loosen
        '[labels]\n"Confidential" = "cloud"\n"General" = "local"\n'  # only the tightening counts
        '[sensitive_terms]\nterms = ["Nightjar"]\n',
        encoding="utf-8",
    )
    base = _write(
        tmp_path,
        'version = "1"\n[cloud]\nredact_then_cloud = false\n'
        '[sensitive_terms]\nterms = ["Bluebird"]\n',
    )
    policy = load_policy(base)
    assert policy.cloud_enabled and not policy.redact_then_cloud
    assert policy.label_route(SensitivityLabel("mip", "", "Confidential")) == "local"
    assert policy.label_route(SensitivityLabel("mip", "", "General")) == "local"
    assert policy.detectors.org_terms == ("Bluebird", "Nightjar")

    (deskmate_home / "settings.toml").write_text("[cloud]\nenabled = false\n", encoding="utf-8")
    assert not load_policy(base).cloud_enabled


def test_policy_is_frozen() -> None:
    with pytest.raises(AttributeError):
        Policy().cloud_enabled = False  # type: ignore[misc]
