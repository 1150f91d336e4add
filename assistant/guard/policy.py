"""The organisation's policy: approved cloud endpoints, label routes, detectors.

IT deploys one TOML file (documented in docs/policy.md, example in
``installer/policy.example.toml``). It is found, in order, at:

1. ``--policy FILE`` or the ``DESKMATE_POLICY`` variable (an error if missing);
2. the machine-wide location: ``%ProgramData%\\Deskmate\\policy.toml`` (Windows),
   ``/Library/Application Support/Deskmate/policy.toml`` (macOS),
   ``/etc/deskmate/policy.toml`` (Linux);
3. otherwise the built-in default: no cloud endpoints, so everything stays local.

The user's ``settings.toml`` in the Deskmate home may only tighten it::

    policy = load_policy()              # machine or default, tightened by the user
    policy.label_route(label)           # "cloud", "local" or "blocked"
"""

from __future__ import annotations

import os
import re
import sys
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import phonenumbers

from assistant.guard.sensitivity.config import (
    BARE_DATE_MODES,
    DEFAULT_MARKINGS,
    DEFAULT_PHONE_REGIONS,
    DETECTORS,
    NAME_MODES,
    DetectorConfig,
)
from assistant.mail.taxonomy import Taxonomy, parse_taxonomy
from assistant.signing.policy import check as check_signature
from assistant.signing.policy import trusted_key
from assistant.usage.time_saved import Baselines
from connectors.document import SensitivityLabel
from deskmate_base import paths
from deskmate_base.errors import PolicyError
from local_models.cloud import PROVIDERS, Endpoint

_LOOPBACK = re.compile(r"http://(?:127\.\d+\.\d+\.\d+|localhost|\[::1\])(?::\d+)?(?:/|$)")
ROUTES = ("cloud", "local", "blocked")  # from least to most strict
WORKFLOWS = ("summarize", "notes", "label")
DEFAULT_LABEL_ROUTES = {
    "public": "cloud",
    "general": "cloud",
    "confidential": "local",
    "highly confidential": "local",
}
DEFAULT_REDACTABLE = (
    "email", "phone", "person", "street_address", "date_of_birth", "passport",
    "national_id", "credit_card", "iban", "bank_account", "org_term",
)  # fmt: skip


@dataclass(frozen=True)
class Policy:
    version: str = "built-in"
    source: str = "built-in default (no cloud endpoints)"
    cloud_enabled: bool = True
    fallback_to_local: bool = True
    redact_then_cloud: bool = False
    redactable: frozenset[str] = frozenset(DEFAULT_REDACTABLE)
    endpoints: tuple[Endpoint, ...] = ()
    label_routes: Mapping[str, str] = field(default_factory=lambda: dict(DEFAULT_LABEL_ROUTES))
    detectors: DetectorConfig = field(default_factory=DetectorConfig)
    taxonomy: Taxonomy = field(default_factory=Taxonomy)
    usage_salt: str = "deskmate"  # org salt for pseudonymous user ids
    k_anonymity: int = 5  # exported groups with fewer users are suppressed
    baselines: Baselines = field(default_factory=Baselines)
    untrusted: str = ""  # why a managed install does not trust its policy (then local-only)
    signature: str = "unmanaged"  # unmanaged, verified or untrusted

    def label_route(self, label: SensitivityLabel) -> str:
        """The route a label allows; unknown or unnamed labels stay local."""
        for key in (label.id, label.name.lower()):
            if key and key in self.label_routes:
                return self.label_routes[key]
        return "local"

    def endpoint_for(self, workflow: str) -> Endpoint | None:
        return next((e for e in self.endpoints if workflow in e.workflows), None)

    def tightened_by(self, user: Mapping[str, Any], source: Path) -> Policy:
        """Apply user settings that make the policy stricter; ignore the rest."""
        cloud = _table(user, "cloud", source)
        terms = _strings(_table(user, "sensitive_terms", source), "terms", source, ())
        marks = _strings(_table(user, "markings", source), "terms", source, ())
        routes = dict(self.label_routes)
        for key, route in _label_routes(_table(user, "labels", source), source).items():
            if ROUTES.index(route) > ROUTES.index(routes.get(key, "local")):
                routes[key] = route
        detectors = replace(
            self.detectors,
            org_terms=self.detectors.org_terms + tuple(terms),
            markings=self.detectors.markings + tuple(m.lower() for m in marks),
        )
        return replace(
            self,
            cloud_enabled=self.cloud_enabled and cloud.get("enabled", True) is not False,
            redact_then_cloud=self.redact_then_cloud
            and cloud.get("redact_then_cloud", True) is not False,
            label_routes=routes,
            detectors=detectors,
        )


def machine_policy_path() -> Path:
    if sys.platform == "win32":
        return Path(os.environ.get("PROGRAMDATA", r"C:\ProgramData")) / "Deskmate" / "policy.toml"
    if sys.platform == "darwin":
        return Path("/Library/Application Support/Deskmate/policy.toml")
    return Path("/etc/deskmate/policy.toml")


def load_policy(path: Path | None = None) -> Policy:
    """The policy in force: explicit file, DESKMATE_POLICY, machine file or default."""
    explicit = path or (
        Path(os.environ["DESKMATE_POLICY"]) if os.environ.get("DESKMATE_POLICY") else None
    )
    if explicit is not None and not explicit.is_file():
        if explicit.exists():  # a folder, FIFO or device (/dev/zero): never read it
            raise PolicyError(
                f"the policy {explicit} is not a regular file; check --policy or DESKMATE_POLICY"
            )
        raise PolicyError(f"policy file not found: {explicit}; check --policy or DESKMATE_POLICY")
    chosen = explicit or (machine_policy_path() if machine_policy_path().is_file() else None)
    key = trusted_key()
    problem = check_signature(chosen, key) if key is not None else None
    if problem:
        # A managed install trusts only a policy IT signed: without one, no cloud at all.
        policy = Policy(
            source=f"built-in local-only policy ({problem})",
            cloud_enabled=False,
            untrusted=f"{problem}; Deskmate runs local-only until IT installs a signed policy",
            signature="untrusted",
        )
    else:
        policy = parse_policy(chosen) if chosen else Policy()
        if key is not None:
            policy = replace(policy, signature="verified")
    settings = paths.home() / "settings.toml"
    if settings.is_file():
        policy = policy.tightened_by(_read_toml(settings), settings)
    return policy


def parse_policy(path: Path) -> Policy:
    data = _read_toml(path)
    raw = path.read_text(encoding="utf-8", errors="replace")
    version = data.get("version")
    if not isinstance(version, str) or not version.strip():
        raise PolicyError(f'{path}: the policy needs a version string, e.g. version = "2026.11"')
    cloud = _table(data, "cloud", path)
    detectors = _table(data, "detectors", path)
    disabled = set(_strings(detectors, "disabled", path, ()))
    unknown = disabled - set(DETECTORS)
    if unknown:
        raise PolicyError(
            _at(
                path,
                raw,
                "disabled",
                f"unknown detector {sorted(unknown)[0]!r}; known: {', '.join(DETECTORS)}",
            )
        )
    if not _bool(detectors, "ip_addresses", path, raw, True):
        disabled.add("ip_address")
    names = str(detectors.get("names", "context"))
    if names not in NAME_MODES:
        raise PolicyError(_at(path, raw, "names", 'names must be "context" or "always"'))
    bare_dates = str(detectors.get("bare_dates", "personal"))
    if bare_dates not in BARE_DATE_MODES:
        raise PolicyError(
            _at(path, raw, "bare_dates", 'bare_dates must be "personal", "always" or "off"')
        )
    redactable = _strings(cloud, "redactable", path, DEFAULT_REDACTABLE)
    return Policy(
        version=version.strip(),
        source=str(path),
        cloud_enabled=_bool(cloud, "enabled", path, raw, True),
        fallback_to_local=_bool(cloud, "fallback_to_local", path, raw, True),
        redact_then_cloud=_bool(cloud, "redact_then_cloud", path, raw, False),
        redactable=frozenset(redactable),
        endpoints=tuple(_endpoint(e, path, raw) for e in _list(cloud, "endpoints", path)),
        label_routes={**DEFAULT_LABEL_ROUTES, **_label_routes(_table(data, "labels", path), path)},
        detectors=DetectorConfig(
            enabled=frozenset(DETECTORS) - disabled,
            min_score=_number(detectors, "min_score", path, raw, 0.5),
            person_min_score=_number(detectors, "person_min_score", path, raw, 0.7),
            phone_regions=_phone_regions(detectors, path, raw),
            names=names,
            bare_dates=bare_dates,
            markings=tuple(
                m.lower()
                for m in _strings(_table(data, "markings", path), "terms", path, DEFAULT_MARKINGS)
            ),
            org_terms=tuple(_strings(_table(data, "sensitive_terms", path), "terms", path, ())),
        ),
        taxonomy=parse_taxonomy(_table(data, "email", path), path),
        usage_salt=str(_table(data, "usage", path).get("salt", "deskmate")),
        k_anonymity=_k(_table(data, "usage", path), path, raw),
        baselines=_baselines(_table(data, "time_saved", path), path, raw),
    )


def _phone_regions(table: Mapping[str, Any], path: Path, raw: str) -> tuple[str, ...]:
    """``phone_regions`` (a list), with the older single ``phone_region`` tried first."""
    regions = [r.upper() for r in _strings(table, "phone_regions", path, DEFAULT_PHONE_REGIONS)]
    old = table.get("phone_region")
    if old is not None:
        regions.insert(0, str(old).upper())
    unknown = [r for r in regions if r not in phonenumbers.SUPPORTED_REGIONS]
    if unknown:
        raise PolicyError(_at(path, raw, "phone_region", f"unknown phone region {unknown[0]!r}"))
    return tuple(dict.fromkeys(regions))


def _k(table: Mapping[str, Any], path: Path, raw: str) -> int:
    value = table.get("k_anonymity", 5)
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise PolicyError(_at(path, raw, "k_anonymity", "k_anonymity must be a whole number >= 1"))
    return value


def _baselines(table: Mapping[str, Any], path: Path, raw: str) -> Baselines:
    try:
        return Baselines.from_table(table)
    except ValueError as exc:
        key = next(iter(table), "time_saved")
        raise PolicyError(_at(path, raw, key, str(exc))) from None


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        # tomllib says "... (at line 3, column 7)": keep that, name the file.
        raise PolicyError(f"{path}: not valid TOML: {exc}") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise PolicyError(f"cannot read policy file {path}: {exc}") from None


def _at(path: Path, raw: str, key: str, message: str) -> str:
    """Prefix an error with the file and the line where ``key`` is set."""
    for number, line in enumerate(raw.splitlines(), start=1):
        if re.match(rf"\s*\"?{re.escape(key)}\"?\s*=", line):
            return f"{path}, line {number}: {message}"
    return f"{path}: {message}"


def _table(data: Mapping[str, Any], key: str, path: Path) -> Mapping[str, Any]:
    value = data.get(key, {})
    if not isinstance(value, dict):
        raise PolicyError(f"{path}: [{key}] must be a table")
    return value


def _list(data: Mapping[str, Any], key: str, path: Path) -> list[Mapping[str, Any]]:
    value = data.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
        raise PolicyError(f"{path}: {key} must be a list of tables ([[cloud.{key}]])")
    return value


def _strings(data: Mapping[str, Any], key: str, path: Path, default: tuple[str, ...]) -> list[str]:
    value = data.get(key, list(default))
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise PolicyError(f"{path}: {key} must be a list of strings")
    return value


def _bool(data: Mapping[str, Any], key: str, path: Path, raw: str, default: bool) -> bool:
    value = data.get(key, default)
    if not isinstance(value, bool):
        raise PolicyError(_at(path, raw, key, f"{key} must be true or false, not {value!r}"))
    return value


def _number(data: Mapping[str, Any], key: str, path: Path, raw: str, default: float) -> float:
    value = data.get(key, default)
    if isinstance(value, bool) or not isinstance(value, int | float) or not 0 <= value <= 1:
        raise PolicyError(_at(path, raw, key, f"{key} must be a number from 0 to 1"))
    return float(value)


def _label_routes(table: Mapping[str, Any], path: Path) -> dict[str, str]:
    routes = {}
    for key, route in table.items():
        if route not in ROUTES:
            raw = path.read_text(encoding="utf-8", errors="replace")
            raise PolicyError(
                _at(path, raw, key, f"label route must be one of {', '.join(ROUTES)}")
            )
        routes[key.strip().lower()] = route
    return routes


def _endpoint(data: Mapping[str, Any], path: Path, raw: str) -> Endpoint:
    name = data.get("name")
    if not isinstance(name, str) or not re.fullmatch(r"[a-z0-9][a-z0-9_-]{0,40}", name):
        raise PolicyError(
            _at(
                path,
                raw,
                "name",
                "each endpoint needs a name of lowercase letters, digits, '-' or '_'",
            )
        )
    provider = data.get("provider")
    if provider not in PROVIDERS:
        raise PolicyError(
            _at(
                path,
                raw,
                "provider",
                f"endpoint '{name}': provider must be one of {', '.join(PROVIDERS)}",
            )
        )
    for key in ("base_url", "model"):
        if not isinstance(data.get(key), str) or not data[key].strip():
            raise PolicyError(_at(path, raw, key, f"endpoint '{name}' needs {key}"))
    if not (data["base_url"].startswith("https://") or _LOOPBACK.match(data["base_url"])):
        raise PolicyError(
            _at(
                path,
                raw,
                "base_url",
                f"endpoint '{name}': base_url must start with https:// (http only for loopback)",
            )
        )
    workflows = _strings(data, "workflows", path, WORKFLOWS)
    bad = set(workflows) - set(WORKFLOWS)
    if bad:
        raise PolicyError(
            _at(path, raw, "workflows", f"endpoint '{name}': unknown workflow {sorted(bad)[0]!r}")
        )
    return Endpoint(
        name=name,
        provider=provider,
        base_url=data["base_url"].strip(),
        model=data["model"].strip(),
        workflows=tuple(workflows),
        api_version=str(data.get("api_version", Endpoint.api_version)),
        timeout_s=float(data.get("timeout_s", Endpoint.timeout_s)),
        max_retries=int(data.get("max_retries", Endpoint.max_retries)),
        context_tokens=int(data.get("context_tokens", Endpoint.context_tokens)),
    )
