"""The email taxonomy and labeling rules, from the org policy or a taxonomy file.

    [email]
    taxonomy = ["Action required", "Reply needed", "Meeting", ...]
    org_domains = ["contoso.com", "fabrikam.com"]   # phishing look-alikes, internal senders
    student_alone_at = 0.9     # teacher agreement after which the classifier answers alone
    student_min_examples = 20  # ... measured on at least this many teacher labels per label
    keep_days = 30             # labels.db forgets labelled messages after this many days
    training_days = 365        # ... and corrections and teacher labels after this many

    [[email.rules]]
    name = "finance mailbox"           # shown as the reason
    label = "Finance"
    priority = "normal"                # optional
    domain = "invoices.example.com"    # any of: sender (glob), domain, subject (regex),
    keywords = ["invoice", "remittance"]   # keywords (any, in subject or body),
                                       # header = "List-Id: .*announce.*"

Every condition a rule names must hold. Rules run before any model, in order,
and every matching rule adds its label.
"""

from __future__ import annotations

import fnmatch
import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from email.utils import parseaddr
from pathlib import Path
from typing import Any

from connectors.document import Document
from deskmate_base.errors import PolicyError

DEFAULT_TAXONOMY = (
    "Action required", "Reply needed", "Meeting", "FYI", "Finance", "HR", "IT/Security",
    "Customer", "Newsletter", "Suspicious",
)  # fmt: skip
PRIORITIES = ("high", "normal", "low")


@dataclass(frozen=True)
class Rule:
    label: str
    name: str = ""
    priority: str | None = None
    sender: str | None = None
    domain: str | None = None
    subject: str | None = None
    header: str | None = None
    keywords: tuple[str, ...] = ()

    def matches(self, document: Document) -> bool:
        address = parseaddr(document.headers.get("From", ""))[1].lower()
        checks: list[bool] = []
        if self.sender:
            checks.append(fnmatch.fnmatch(address, self.sender.lower()))
        if self.domain:
            domain = address.rpartition("@")[2]
            checks.append(
                domain == self.domain.lower() or domain.endswith("." + self.domain.lower())
            )
        if self.subject:
            checks.append(bool(re.search(self.subject, document.title, re.IGNORECASE)))
        if self.header:
            name, _, pattern = self.header.partition(":")
            value = document.headers.get(name.strip(), "")
            checks.append(bool(value) and bool(re.search(pattern.strip(), value, re.IGNORECASE)))
        if self.keywords:
            text = document.text.lower()
            checks.append(any(k.lower() in text for k in self.keywords))
        return bool(checks) and all(checks)

    def describe(self) -> str:
        return self.name or f"rule for {self.label}"


@dataclass(frozen=True)
class Taxonomy:
    """The labels, the rules, and the email settings of the ``[email]`` table."""

    labels: tuple[str, ...] = DEFAULT_TAXONOMY
    rules: tuple[Rule, ...] = ()
    org_domains: tuple[str, ...] = ()
    student_alone_at: float = 0.9
    student_min_examples: int = 20
    keep_days: int = 30
    training_days: int = 365

    def check_label(self, label: str) -> str:
        """The taxonomy's spelling of ``label`` (case-insensitive), or PolicyError."""
        for known in self.labels:
            if known.lower() == label.strip().lower():
                return known
        raise PolicyError(f"'{label}' is not in the taxonomy; use one of: {', '.join(self.labels)}")


def parse_taxonomy(table: Mapping[str, Any], source: Path) -> Taxonomy:
    """Read an ``[email]`` table (from the policy or a taxonomy file)."""
    labels = table.get("taxonomy", list(DEFAULT_TAXONOMY))
    if not isinstance(labels, list) or not labels or not all(isinstance(x, str) for x in labels):
        raise PolicyError(f"{source}: [email] taxonomy must be a non-empty list of strings")
    taxonomy = Taxonomy(tuple(labels))
    rules = table.get("rules", [])
    if not isinstance(rules, list) or not all(isinstance(r, dict) for r in rules):
        raise PolicyError(f"{source}: email rules must be [[email.rules]] tables")
    parsed = []
    for number, raw in enumerate(rules, start=1):
        where = f"{source}: email rule {number}"
        try:
            label = taxonomy.check_label(str(raw.get("label", "")))
        except PolicyError as exc:
            raise PolicyError(f"{where}: {exc}") from None
        priority = raw.get("priority")
        if priority is not None and priority not in PRIORITIES:
            raise PolicyError(f"{where}: priority must be one of {', '.join(PRIORITIES)}")
        for key in ("subject", "header"):
            if raw.get(key):
                try:
                    re.compile(
                        str(raw[key]).partition(":")[2] if key == "header" else str(raw[key])
                    )
                except re.error as exc:
                    raise PolicyError(f"{where}: {key} is not a valid pattern ({exc})") from None
        keywords = raw.get("keywords", [])
        if not isinstance(keywords, list):
            raise PolicyError(f"{where}: keywords must be a list of strings")
        rule = Rule(
            label=label,
            name=str(raw.get("name", "")),
            priority=priority,
            sender=raw.get("sender"),
            domain=raw.get("domain"),
            subject=raw.get("subject"),
            header=raw.get("header"),
            keywords=tuple(str(k) for k in keywords),
        )
        if not (rule.sender or rule.domain or rule.subject or rule.header or rule.keywords):
            raise PolicyError(f"{where}: a rule needs sender, domain, subject, header or keywords")
        parsed.append(rule)
    domains = table.get("org_domains", [])
    if not isinstance(domains, list) or not all(isinstance(d, str) for d in domains):
        raise PolicyError(f"{source}: [email] org_domains must be a list of domain names")
    numbers: dict[str, float] = {}
    for key, low, high in (
        ("student_alone_at", 0.0, 1.0),
        ("student_min_examples", 1, 100_000),
        ("keep_days", 1, 3650),
        ("training_days", 1, 3650),
    ):
        value = table.get(key, getattr(Taxonomy, key))
        if (
            isinstance(value, bool)
            or not isinstance(value, int | float)
            or not low <= value <= high
        ):
            raise PolicyError(f"{source}: [email] {key} must be a number from {low} to {high}")
        numbers[key] = value
    return Taxonomy(
        taxonomy.labels,
        tuple(parsed),
        org_domains=tuple(d.lower().strip(".") for d in domains),
        student_alone_at=float(numbers["student_alone_at"]),
        student_min_examples=int(numbers["student_min_examples"]),
        keep_days=int(numbers["keep_days"]),
        training_days=int(numbers["training_days"]),
    )


def load_taxonomy_file(path: Path) -> Taxonomy:
    if not path.is_file():
        raise PolicyError(f"taxonomy file not found: {path}")
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise PolicyError(f"{path}: not valid TOML: {exc}") from None
    return parse_taxonomy(data.get("email", data), path)
