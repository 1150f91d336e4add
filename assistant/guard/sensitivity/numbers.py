"""Numbers that identify people or accounts: cards, national IDs, phones, IBANs.

One pass finds every run of digits and separators (Python's re: with many
matches it beats RE2, whose per-match cost is higher); each run is then
classified with checksums (Luhn, mod-97) and phonenumbers' validation, looking
only at a small window around it. Version numbers, ISBNs, UUIDs, invoice and
SKU codes and digit runs that fail their checksum are not reported.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import phonenumbers

from assistant.guard.sensitivity.config import DetectorConfig

Hit = tuple[str, int, int, float]  # kind, start, end, score

DIGIT_RUN = re.compile(r"\d[\d \-.()/]{5,40}\d")
_IBAN_HINT = re.compile(r"[A-Z]{2}\d")
_GROUPS = re.compile(r"\d+")
_SSN = re.compile(r"^(\d{3})-(\d{2})-(\d{4})$")
_IBAN = re.compile(r"\b([A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?)\b")
_NINO = re.compile(r"\b[A-CEGHJ-PR-TW-Z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-D]\b")
_PHONE_WORDS = re.compile(r"tel|phone|mobile|cell|call|fax|whatsapp|ring")  # on lowered text
_NINO_PREFIX = re.compile(r"[A-Z]{2} ?$")
_PHONE_SHAPE = re.compile(r"^(?:\(\d{2,4}\)\s?\d{3,4}[\s.-]\d{3,4}|\d{3}[.-]\d{3}[.-]\d{4})$")
_SSN_WORDS = re.compile(r"(?i)ssn|social security")
_CARD_PREFIXES = (
    "4", "34", "37", "36", "38", "30", "35", "51", "52", "53", "54", "55", "6011", "65",
)  # fmt: skip


def luhn_ok(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        n = int(ch)
        if i % 2:
            n = n * 2 - 9 if n > 4 else n * 2
        total += n
    return total % 10 == 0


def iban_ok(iban: str) -> bool:
    s = iban.replace(" ", "")
    if not 15 <= len(s) <= 34:
        return False
    moved = s[4:] + s[:4]
    return int("".join(str(int(ch, 36)) for ch in moved)) % 97 == 1


def _card_brand_ok(digits: str) -> bool:
    if digits.startswith(_CARD_PREFIXES):
        return True
    return 2221 <= int(digits[:4]) <= 2720  # Mastercard 2-series


def find_numbers(text: str, config: DetectorConfig) -> Iterator[Hit]:
    ibans, cards = config.on("iban"), config.on("credit_card")
    ids, phones = config.on("national_id"), config.on("phone")
    iban_end = -1
    for m in DIGIT_RUN.finditer(text):
        start, end = m.span()
        if start < iban_end:
            continue
        # IBAN: country code and check digits sit just before (or at) the digit run.
        if ibans and _IBAN_HINT.search(text, max(0, start - 14), start + 1):
            lo = max(0, start - 12)
            for im in _IBAN.finditer(text, lo, min(len(text), end + 6)):
                if im.end(1) > start and iban_ok(im.group(1)):
                    iban_end = im.end(1)
                    yield "iban", im.start(1), iban_end, 0.95
            if start < iban_end:
                continue
        raw = m.group()
        if cards and end - start >= 13:
            yield from _cards(raw, start)
        # Cheap character tests first: most digit runs are dates, versions and codes.
        before = text[max(0, start - 2) : start]
        if ids and (raw[3:4] == "-" or len(raw) == 9 or before.rstrip()[-1:].isupper()):
            yield from _national_ids(text, raw, start, end)
        if (
            phones
            and (
                before[-1:] == "+"
                # Lowering 24 characters and a case-sensitive search is about twice as
                # fast as (?i) on the text, and this runs for every digit run.
                or _PHONE_WORDS.search(text[max(0, start - 24) : start].lower())
                or _PHONE_SHAPE.match(raw)
            )
        ):
            yield from _phone(text, raw, start, end, config)


def _national_ids(text: str, raw: str, start: int, end: int) -> Iterator[Hit]:
    if raw[3:4] == "-":
        ssn = _SSN.match(raw)
        if ssn and _ssn_valid(*ssn.groups()):
            yield "national_id", start, end, 0.85
    elif len(raw) == 9 and raw.isdigit() and _SSN_WORDS.search(text, max(0, start - 30), start):
        yield "national_id", start, end, 0.8
    if _NINO_PREFIX.search(text, max(0, start - 4), start):
        for nm in _NINO.finditer(text, max(0, start - 4), min(len(text), end + 3)):
            yield "national_id", nm.start(), nm.end(), 0.8


def _cards(raw: str, start: int) -> Iterator[Hit]:
    groups = list(_GROUPS.finditer(raw))
    # Try each contiguous run of groups: a card may sit beside other numbers.
    for i in range(len(groups)):
        digits = ""
        for j in range(i, len(groups)):
            digits += groups[j].group()
            if len(digits) > 19:
                break
            if len(digits) >= 13 and _card_brand_ok(digits) and luhn_ok(digits):
                yield "credit_card", start + groups[i].start(), start + groups[j].end(), 0.95
                return


def _ssn_valid(area: str, group: str, serial: str) -> bool:
    return (
        area not in ("000", "666")
        and not area.startswith("9")
        and group != "00"
        and (serial != "0000")
    )


def _phone(text: str, raw: str, start: int, end: int, config: DetectorConfig) -> Iterator[Hit]:
    plus = start > 0 and text[start - 1] == "+"
    candidate = ("+" if plus else "") + raw
    try:
        number = phonenumbers.parse(candidate, None if plus else config.phone_region)
    except phonenumbers.NumberParseException:
        return
    if phonenumbers.is_valid_number(number):
        yield "phone", start - (1 if plus else 0), end, 0.8
