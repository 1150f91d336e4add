"""Detectors started by a word: one RE2 pass finds every trigger word at once.

Each trigger then gets a precise check in a small window beside it: a
passport number after "passport", a date after "born", an account number after
"account number", a street address before "Street". Markings and org terms are
reported where they stand. Secret and personal-context triggers are handed on
(``Triggers.secret_lines``, ``Triggers.context``) to their own detectors.
"""

from __future__ import annotations

import re
from collections import defaultdict, deque
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache

import re2

from assistant.guard.sensitivity import (
    address_blocks,
    address_east_asia,
    address_shapes,
    addresses,
    dates,
)
from assistant.guard.sensitivity.config import HEALTH_TERMS, PERSONAL_CONTEXT, DetectorConfig
from assistant.guard.sensitivity.findings import line_begin, line_end
from assistant.guard.sensitivity.identifiers import LETTER_IDS, is_letter_id, letter_id
from assistant.guard.sensitivity.numbers import IPV6, ip_v6

Hit = tuple[str, int, int, float]

PASSPORT = ("passport", "passeport", "reisepass", "pasaporte", "passaporto", "paspoort")
DOB = (
    "date of birth", "born on", "born", "dob", "d.o.b", "birth date", "birthdate", "birthday",
    "né le", "née le", "né(e) le", "date de naissance", "geboren am", "geboren", "geb.",
    "geburtsdatum", "nacido el", "nacida el", "fecha de nacimiento", "nato il", "nata il",
    "data di nascita", "geboren op", "geboortedatum",
)  # fmt: skip
DRIVER = (
    "driver's license", "driver’s license", "drivers license", "driver license",
    "driver's licence", "driving licence", "driving license", "dl#", "dl no", "license number",
    "licence number", "license no", "licence no", "führerschein", "permis de conduire",
    "carnet de conducir", "patente", "rijbewijs",
)  # fmt: skip
BANK = ("account number", "account no", "acct", "bank account", "routing", "aba", "sort code")
NATIONAL = (
    "national id", "national identity", "id number", "personal id", "social insurance",
    "social security", "ssn", "identity card", "id card", "tax id",
)  # fmt: skip
# Where a secret may stand: known key prefixes, or a secret-like word being assigned.
SECRET_TRIGGER = re2.compile(
    r"AKIA|ASIA|gh[pousr]_|github_pat_|glpat-|xox[abposr]-|sk-|[sr]k_live|-----BEGIN|eyJ|"
    r"(?i:accountkey=|sharedaccesskey|npm_|pypi-|SG\.|sq0|hooks\.slack|discord|://[^/\s:@]+:[^/\s@]+@)|"
    r"(?i:password|passwd|pwd|passcode|secret|token|api[_-]?key|apikey|credential)"
    r"[\w\"']{0,24}\s*(?:[:=]|\bis\b|\bwas\b)"
)

_WINDOW_AFTER = 48
# Numeric dates in any order, and dates with a month name in any language
# ("3 juillet 1985", "12. März 1990", "July 4th, 1976").
_DATE = re.compile(
    r"\b(?:\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{4}[/.-]\d{1,2}[/.-]\d{1,2}"
    r"|\d{1,2}(?:st|nd|rd|th|er|º|°)?\.?\s+(?:of\s+|de\s+)?[^\W\d_]{3,10}\.?,?\s+(?:de\s+)?\d{4}"
    r"|[^\W\d_]{3,10}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4})\b"
)
# Words after which a person's own name follows: "My name is ...", "Name: ...".
NAME_CUES = (
    "my name is", "his name is", "her name is", "name:", "full name", "maiden name", "your name?",
)  # fmt: skip
_CUED_NAME = re.compile(
    r"\s*(?:is\s+|:\s*)?([A-ZÀ-Ý][\w'’.-]+"
    r"(?:[ -](?:[A-ZÀ-Ý][\w'’.-]+|d[eu]|van|von|de|da|del|la|le)){0,4})"
)
# "Name:" starts its line, or follows a word saying whose name it is.
_NAME_LABEL_OWNER = {"", "full", "first", "last", "employee", "customer", "patient", "your"}
_FILE_NAME = re.compile(r"\.[a-z]")
_NOT_A_NAME = {"The", "This", "That", "It", "Not", "No", "Yes", "Unknown", "N/A", "None", "Please"}
_LICENCE_NO = re.compile(r"\b(?=[A-Z0-9-]*\d)[A-Z0-9][A-Z0-9-]{4,18}[A-Z0-9]\b")
_PASSPORT_NO = re.compile(r"\b(?=[A-Z]{0,3}\d)[A-Z0-9]{6,9}\b")
_ACCOUNT_NO = re.compile(r"\b(?:\d{2}-\d{2}-\d{2}|\d[\d -]{4,20}\d)\b")
_NATIONAL_NO = re.compile(r"\b(?=(?:[^\d\n]*\d){5})[A-Z0-9][A-Z0-9 -]{4,16}[A-Z0-9]\b")


@dataclass
class Triggers:
    """What the trigger pass found, for the detectors that work on windows."""

    hits: list[Hit] = field(default_factory=list)
    secret_lines: set[int] = field(default_factory=set)  # line start offsets
    context: list[tuple[int, int, bool]] = field(default_factory=list)  # start, end, is_health


_RE2_MEMORY = 64 << 20
_ADDRESS_TRIGGER = re2.compile(addresses.TRIGGER)  # a word both address passes know


@lru_cache(maxsize=8)
def _compile(
    words: tuple[str, ...],
    streets: bool,
    ids: bool,
    ips: bool,
    bare_dates: bool,
    layouts: bool = True,
) -> re2._Regexp:
    longest_first = sorted(words, key=len, reverse=True)
    parts = ["(?i:" + "|".join(re.escape(w) for w in longest_first) + ")"] if words else []
    if bare_dates:  # before the postcodes: "12 March 1985" is a date, not "1985 ..."
        parts.append(dates.TRIGGER)
    if ids:
        parts.append(LETTER_IDS)
    if ips:
        parts.append(IPV6)
    if streets and layouts:  # a code line starts before the known formats' postcode
        parts.append(address_blocks.CODE_TRIGGER)
    if streets:
        parts.append(addresses.TRIGGER)
        parts.append(address_east_asia.TRIGGER)  # before the shapes' "k", "[^\x00-\x7F] 12345"
        parts.append(address_shapes.TRIGGER)  # after: the known formats go first
    if streets and layouts:
        parts.append(address_blocks.TRIGGER)
    # A bigger memory budget than RE2's 8 MB default: with the street, postcode and
    # date alternatives the DFA outgrows it on non-ASCII text and RE2 falls back to
    # its NFA, several times slower per match.
    options = re2.Options()
    options.max_mem = _RE2_MEMORY
    return re2.compile("|".join(parts), options)


@lru_cache(maxsize=8)
def _vocabulary(config: DetectorConfig) -> dict[str, set[str]]:
    roles: dict[str, set[str]] = defaultdict(set)
    groups = {
        "passport": PASSPORT, "date_of_birth": DOB, "bank_account": BANK,
        "national_id": NATIONAL, "marking": config.markings, "org_term": config.org_terms,
        "driver_license": DRIVER,
    }  # fmt: skip
    for kind, words in groups.items():
        if config.on(kind):
            for word in words:
                roles[word.lower()].add(kind)
    if config.on("person"):
        for word in NAME_CUES:
            roles[word].add("person")
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


class _Rescan:
    """The trigger pass's matches. A layout trigger (``address_blocks``) spans a
    whole clause or line; when its check finds nothing, ``again`` scans what it
    swallowed once more without the layout triggers, before the pass goes on."""

    def __init__(self, text: str, data: bytes, regex: re2._Regexp) -> None:
        self._text = text
        self._spans = _spans(regex, text, data)
        self._pending: deque[tuple[int, int]] = deque()

    def __iter__(self) -> Iterator[tuple[int, int]]:
        while True:
            if self._pending:
                yield self._pending.popleft()
                continue
            span = next(self._spans, None)
            if span is None:
                return
            yield span

    def again(self, start: int, end: int, regex: re2._Regexp) -> None:
        part = self._text[start : end + _RESCAN_AFTER]
        spans = _spans(regex, part, part.encode("utf-8"))
        self._pending.extend((start + a, start + b) for a, b in spans if start + a < end)


_RESCAN_AFTER = 40  # a match that starts inside the swallowed text may end after it


def find_triggers(text: str, config: DetectorConfig) -> Triggers:
    roles = _vocabulary(config)
    found = Triggers()
    streets, ids, ips = (config.on(k) for k in ("street_address", "national_id", "ip_address"))
    bare = config.on("date_of_birth") and config.bare_dates != "off"
    if not (roles or streets or ids or ips or bare or config.on("secret")):
        return found
    data = text.encode("utf-8")
    if config.on("secret"):
        for start, _ in _spans(SECRET_TRIGGER, text, data):
            found.secret_lines.add(line_begin(text, start))
    if not (roles or streets or ids or ips or bare):
        return found
    pyap_budget = addresses.PyapBudget()
    shaped_until = -1  # the end of the last address found by address_shapes
    flags = (streets, ids, ips, bare)
    spans = _Rescan(text, data, _compile(tuple(roles), *flags))
    for start, end in spans:
        word = text[start:end]
        kinds = roles.get(word.lower())
        if not kinds:
            if bare and dates.is_trigger(word):
                found.hits.extend(dates.check(text, start, end, config.bare_dates))
            elif ips and ":" in word:
                found.hits.extend(ip_v6(text, start, end))
            elif ids and is_letter_id(word):
                ids_found = list(letter_id(text, start, end))
                found.hits.extend(ids_found)
                if streets and not ids_found:  # "88975140 Lima": a CEP, not a DNI
                    found.hits.extend(addresses.check(text, start, end, pyap_budget))
            elif streets and address_east_asia.is_trigger(word):
                found.hits.extend(address_east_asia.check(text, start, end))
            elif streets:
                if address_blocks.is_trigger(word):  # "at 26 Աբովյան", "829 13 Πύργος"
                    hits = list(address_blocks.check(text, start, end))
                    found.hits.extend(hits)
                    if not hits:  # what it swallowed: ", 5 ш. Родниковое", "62241 Κ"
                        spans.again(start + 1, end, _compile(tuple(roles), *flags, False))
                    continue
                if word[1:2] in (" ", "-") and not word[0].isascii() or word.startswith(", "):
                    # a code after a comma or a letter of another script: ", 677119", "चंबा 099150"
                    start, word = start + 2, word[2:]
                shape = address_shapes.is_trigger(word)
                known = not shape or _ADDRESS_TRIGGER.fullmatch(word) is not None
                hits = list(addresses.check(text, start, end, pyap_budget)) if known else []
                if hits or start < shaped_until:  # inside an address the shapes found
                    pass
                else:
                    if shape:  # "Jalan 1/18F, Seksyen 2", "Salyan rayonu, ..."
                        hits = list(address_shapes.check(text, start, end))
                    elif word[-1:].isdigit():  # "44 High Indawo, Welkom, 9169"
                        hits = list(address_shapes.numbered_run(text, start, end))
                    shaped_until = max((h[2] for h in hits), default=shaped_until)
                found.hits.extend(hits)
            continue
        if streets and addresses.is_cue(word):  # "home address: 14 ...", "lives at 5 ..."
            found.hits.extend(addresses.after_cue(text, start, end))
        for kind in kinds:
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
    if kind == "org_term" or (kind == "marking" and _as_marking(text, start, end)):
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
    elif kind == "person":
        owner = text[line_begin(text, start) : start].strip().lower()
        if text[start:end].lower() == "name:" and owner not in _NAME_LABEL_OWNER:
            return
        m = _CUED_NAME.match(after)
        if m and m.group(1).split()[0] not in _NOT_A_NAME and not _FILE_NAME.search(m.group(1)):
            last = m.group(1).split()[-1]
            full_stop = last.endswith(".") and last.count(".") == 1 and len(last) > 3  # "Trupp."
            yield kind, end + m.start(1), end + m.end(1) - full_stop, 0.85
    elif kind == "driver_license":
        m = _LICENCE_NO.search(after)
        if m:
            yield kind, end + m.start(), end + m.end(), 0.8


def _as_marking(text: str, start: int, end: int) -> bool:
    """A marking stands as one: in capitals, at the start of its line, on a short
    line of its own, or as a label ("Confidential:"). "Kept confidential" in a
    sentence and an NDA's defined term "Confidential Information" are prose."""
    if _DEFINED_TERM.match(text, end):
        return False
    word = text[start:end]
    if word.isupper():
        return True
    line_start = line_begin(text, start)
    stop = line_end(text, end)
    return (
        not text[line_start:start].strip(" \t#*_>[(-|\"'")
        or stop - line_start <= _SHORT_LINE
        or text[end : end + 1] in (":", "]", ")")
    )


_DEFINED_TERM = re.compile(r"(?i)\s+information\b")
_SHORT_LINE = 40


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
