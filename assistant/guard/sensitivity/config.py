"""Detector switches, thresholds and word lists, as policy sets them."""

from __future__ import annotations

from dataclasses import dataclass

# Every detector, by the finding kind it produces (secrets produce "secret").
DETECTORS = (
    "email",
    "phone",
    "credit_card",
    "iban",
    "national_id",
    "passport",
    "bank_account",
    "date_of_birth",
    "street_address",
    "person",
    "health",
    "secret",
    "marking",
    "org_term",
    "ip_address",
    "driver_license",
    "personal_table",
    "topic",
)

# Regions whose national formats are tried for numbers written without +country:
# North America and the common European ones.
DEFAULT_PHONE_REGIONS = (
    "US", "CA", "GB", "IE", "DE", "FR", "NL", "BE", "ES", "IT", "PT", "AT", "CH",
    "SE", "DK", "NO", "FI", "PL",
)  # fmt: skip
NAME_MODES = ("context", "always")
# A full date with no birth word beside it: see dates.py.
BARE_DATE_MODES = ("personal", "always", "off")

DEFAULT_MARKINGS = (
    "confidential",
    "strictly confidential",
    "attorney-client privileged",
    "attorney-client privilege",
    "attorney client privileged",
    "privileged and confidential",
    "internal only",
    "internal use only",
    "do not forward",
    "do not distribute",
    "not for distribution",
    "not for external distribution",
)

# Words that make a nearby name personal (HR, pay, health, identity).
PERSONAL_CONTEXT = (
    "salary",
    "compensation",
    "pay rise",
    "payslip",
    "bonus",
    "diagnos",
    "medical",
    "sick leave",
    "sick note",
    "written warning",
    "formal warning",
    "final warning",
    "disciplinary",
    "performance review",
    "performance improvement",
    "termination",
    "dismissal",
    "grievance",
    "home address",
    "lives at",
    "date of birth",
    "pregnan",
    "disability",
    "therapy",
    "prescri",
    "health condition",
    "medical leave",
    "maternity",
    "tribunal",
    "background check",
    "criminal record",
    # family and guardianship
    "my wife",
    "my husband",
    "my partner",
    "my son",
    "my daughter",
    "my mother",
    "my father",
    "my child",
    "guardian",
    "next of kin",
    "maiden name",
    "spouse",
    # accounts and customer-service requests
    "my account",
    "account holder",
    "my order",
    "my card",
    "my address",
    "my name is",
    "my phone",
    "my number",
    "contact details",
    "please update",
    "refund",
    # HR
    "appraisal",
    "probation",
    "redundan",
    "resignation",
    "absence",
    "return to work",
    "return-to-work",
    "occupational health",
    "reasonable adjustment",
    "workplace adjustment",
    "investigation",
    "misconduct",
    "harassment",
    "whistleblow",
    "sickness",
    "payroll",
    # health
    "hospital",
    "clinic",
    "psychiatr",
    "counsell",
    "symptom",
    "treatment",
    "gp ",
    # legal and money owed
    "lawsuit",
    "litigation",
    "settlement",
    "solicitor",
    "attorney",
    "legal advice",
    "claim against",
    "owes",
    "owed",
    "debt",
    "arrears",
    "overdue",
    "visa",
    "immigration",
)

HEALTH_TERMS = (
    "diagnos",
    "medical condition",
    "prescri",
    "therapy",
    "cancer",
    "diabetes",
    "hiv",
    "depression",
    "anxiety disorder",
    "pregnan",
    "disability",
    "sick leave",
    "surgery",
    "chemotherapy",
    "mental health",
    "medication",
    "illness",
)


@dataclass(frozen=True)
class DetectorConfig:
    """What to detect. Built from the org policy (``[detectors]`` and friends)."""

    enabled: frozenset[str] = frozenset(DETECTORS)
    min_score: float = 0.5  # findings scoring below are dropped
    person_min_score: float = 0.7  # NER confidence for names in personal context
    # Regions tried, in order, for phone numbers written without +country.
    phone_regions: tuple[str, ...] = DEFAULT_PHONE_REGIONS
    names: str = "context"  # "context": names beside personal context; "always": any name
    bare_dates: str = "personal"  # old full dates without a birth word (dates.py)
    markings: tuple[str, ...] = DEFAULT_MARKINGS
    org_terms: tuple[str, ...] = ()
    context_window: int = 100  # characters either side of a personal-context word

    def on(self, kind: str) -> bool:
        return kind in self.enabled
