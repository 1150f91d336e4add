"""Detectors started by a word: one RE2 pass finds every trigger word at once.

Each trigger then gets a precise check in a small window beside it: a
passport number after "passport", a date after "born", an account number after
"account number", a street address before "Street". Markings and org terms are
reported where they stand. Secret and personal-context triggers are handed on
(``Triggers.secret_lines``, ``Triggers.context``) to their own detectors.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache

import re2

from assistant.guard.sensitivity.config import HEALTH_TERMS, PERSONAL_CONTEXT, DetectorConfig

Hit = tuple[str, int, int, float]

PASSPORT = ("passport",)
DOB = ("date of birth", "born on", "born", "dob", "d.o.b", "birth date", "birthdate", "birthday")
BANK = ("account number", "account no", "acct", "bank account", "routing", "aba", "sort code")
NATIONAL = ("national id", "national identity", "id number", "personal id", "social insurance")
# Street suffixes match case-sensitively and as whole words: addresses are capitalised.
STREET_SUFFIXES = (
    "Street", "St", "Avenue", "Ave", "Road", "Rd", "Boulevard", "Blvd", "Lane", "Ln",
    "Drive", "Dr", "Court", "Ct", "Place", "Pl", "Terrace", "Way",
)  # fmt: skip
# Where a secret may stand: known key prefixes, or a secret-like word being assigned.
SECRET_TRIGGER = re2.compile(
    r"AKIA|ASIA|gh[pousr]_|github_pat_|glpat-|xox[abposr]-|sk-|[sr]k_live|-----BEGIN|eyJ|"
    r"(?i:accountkey=|sharedaccesskey|npm_|pypi-|SG\.|sq0|hooks\.slack|discord|://[^/\s:@]+:[^/\s@]+@)|"
    r"(?i:password|passwd|pwd|passcode|secret|token|api[_-]?key|apikey|credential)"
    r"[\w\"']{0,24}\s*(?:[:=]|\bis\b|\bwas\b)"
)

_WINDOW_AFTER = 48
_DATE = re.compile(
    r"\b(?:\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{4}-\d{2}-\d{2}"
    r"|\d{1,2}(?:st|nd|rd|th)? (?:of )?[A-Z][a-z]{2,8},? \d{4}|[A-Z][a-z]{2,8} \d{1,2},? \d{4})\b"
)
_PASSPORT_NO = re.compile(r"\b(?=[A-Z]{0,3}\d)[A-Z0-9]{6,9}\b")
_ACCOUNT_NO = re.compile(r"\b(?:\d{2}-\d{2}-\d{2}|\d[\d -]{4,20}\d)\b")
_NATIONAL_NO = re.compile(r"\b(?=(?:[^\d\n]*\d){5})[A-Z0-9][A-Z0-9 -]{4,16}[A-Z0-9]\b")
_ADDRESS = re.compile(
    r"\b\d{1,5}[A-Za-z]?\s+(?:[A-Z][A-Za-z'.-]+\s+){1,4}"
    r"(?:Street|St\.?|Avenue|Ave\.?|Road|Rd\.?|Boulevard|Blvd\.?|Lane|Ln\.?|Drive|Dr\.?"
    r"|Court|Ct\.?|Place|Pl\.?|Terrace|Way)(?![A-Za-z])"
)


@dataclass
class Triggers:
    """What the trigger pass found, for the detectors that work on windows."""

    hits: list[Hit] = field(default_factory=list)
    secret_lines: set[int] = field(default_factory=set)  # line start offsets
    context: list[tuple[int, int, bool]] = field(default_factory=list)  # start, end, is_health


@lru_cache(maxsize=8)
def _compile(words: tuple[str, ...], streets: bool) -> re2._Regexp:
    longest_first = sorted(words, key=len, reverse=True)
    pattern = "(?i:" + "|".join(re.escape(w) for w in longest_first) + ")"
    if streets:
        pattern += r"|\b(?:" + "|".join(STREET_SUFFIXES) + r")\b"
    return re2.compile(pattern)


@lru_cache(maxsize=8)
def _vocabulary(config: DetectorConfig) -> dict[str, set[str]]:
    roles: dict[str, set[str]] = defaultdict(set)
    groups = {
        "passport": PASSPORT, "date_of_birth": DOB, "bank_account": BANK,
        "national_id": NATIONAL, "marking": config.markings, "org_term": config.org_terms,
    }  # fmt: skip
    for kind, words in groups.items():
        if config.on(kind):
            for word in words:
                roles[word.lower()].add(kind)
    if config.on("person") or config.on("health"):
        for word in PERSONAL_CONTEXT:
            roles[word].add("context")
        for word in HEALTH_TERMS:
            roles[word].add("health_term")
    return roles


def _spans(regex: re2._Regexp, text: str, data: bytes) -> Iterator[tuple[int, int]]:
    """Match spans as character offsets. RE2 runs on the UTF-8 bytes; offsets are
    converted only for actual matches (and not at all for ASCII text)."""
    if len(data) == len(text):
        for m in regex.finditer(data):
            yield m.start(), m.end()
        return
    chars = done = 0
    for m in regex.finditer(data):
        chars += len(data[done : m.start()].decode("utf-8", "ignore"))
        start = chars
        chars += len(data[m.start() : m.end()].decode("utf-8", "ignore"))
        done = m.end()
        yield start, chars


def find_triggers(text: str, config: DetectorConfig) -> Triggers:
    roles = _vocabulary(config)
    found = Triggers()
    streets = config.on("street_address")
    if not roles and not streets and not config.on("secret"):
        return found
    data = text.encode("utf-8")
    if config.on("secret"):
        for start, _ in _spans(SECRET_TRIGGER, text, data):
            found.secret_lines.add(text.rfind("\n", 0, start) + 1)
    if not roles and not streets:
        return found
    for start, end in _spans(_compile(tuple(roles), streets), text, data):
        word = text[start:end]
        if word in STREET_SUFFIXES and streets:
            found.hits.extend(_check("street_address", text, start, end))
            continue
        for kind in roles.get(word.lower(), ()):
            if kind in ("context", "health_term"):
                found.context.append((start, end, kind == "health_term"))
            elif _bounded(text, start, end):
                found.hits.extend(_check(kind, text, start, end))
    return found


def _bounded(text: str, start: int, end: int) -> bool:
    """The trigger is a whole word (not 'born' inside 'stubborn')."""
    before = text[start - 1] if start else " "
    after = text[end] if end < len(text) else " "
    return not (before.isalnum() or (after.isalnum() and text[end - 1].isalnum()))


def _check(kind: str, text: str, start: int, end: int) -> Iterator[Hit]:
    after = text[end : end + _WINDOW_AFTER]
    if kind in ("marking", "org_term"):
        yield kind, start, end, 0.9
    elif kind == "passport":
        m = _PASSPORT_NO.search(after)
        if m:
            yield kind, end + m.start(), end + m.end(), 0.85
    elif kind == "date_of_birth":
        m = _DATE.search(after)
        if m:
            yield kind, end + m.start(), end + m.end(), 0.85
    elif kind == "bank_account":
        m = _ACCOUNT_NO.search(after)
        if m and sum(ch.isdigit() for ch in m.group()) >= 6:
            yield kind, end + m.start(), end + m.end(), 0.8
    elif kind == "national_id":
        m = _NATIONAL_NO.search(after)
        if m:
            yield kind, end + m.start(), end + m.end(), 0.75
    elif kind == "street_address":
        lo = max(0, start - 60)
        for m in _ADDRESS.finditer(text, lo, min(len(text), end + 2)):
            if m.end() >= end:
                yield kind, m.start(), m.end(), 0.75
                break


def find_emails(text: str) -> Iterator[Hit]:
    pos = text.find("@")
    while pos != -1:
        lo = max(0, pos - 64)
        m = _EMAIL.search(text, lo, min(len(text), pos + 255))
        while m and m.end() <= pos:
            m = _EMAIL.search(text, m.end(), min(len(text), pos + 255))
        if m and m.start() <= pos < m.end():
            yield "email", m.start(), m.end(), 0.9
            pos = text.find("@", m.end())
        else:
            pos = text.find("@", pos + 1)


_EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
