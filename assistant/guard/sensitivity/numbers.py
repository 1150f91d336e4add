"""Numbers that identify people or accounts: cards, national IDs, phones, IBANs.

One pass finds every run of digits and separators (Python's re: with many
matches it beats RE2, whose per-match cost is higher); each run is then
classified with checksums (Luhn, mod-97) and phonenumbers' validation, looking
only at a small window around it. Version numbers, ISBNs, UUIDs, invoice and
SKU codes and digit runs that fail their checksum are not reported.
"""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Iterator

import phonenumbers

from assistant.guard.sensitivity.config import DetectorConfig
from assistant.guard.sensitivity.identifiers import digit_ids

Hit = tuple[str, int, int, float]  # kind, start, end, score

DIGIT_RUN = re.compile(r"\d[\d \-.()/]{5,40}\d")
_IBAN_HINT = re.compile(r"[A-Z]{2}\d")
_GROUPS = re.compile(r"\d+")
_IBAN_LONGEST = 34
_IBAN_WORD = re.compile(r"(?i)\biban\b")
_IBAN = re.compile(r"\b([A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?)\b")
# Words before a number that say it is a phone number (on lowered text).
_PHONE_WORDS = re.compile(
    r"tel|phone|mobile|cell|call|fax|whatsapp|ring|sms|text me|reach|contact|"
    r"portable|fixe|handy|ruf|móvil|movil|cellulare|gsm|mob\b|desk|office|messag"
)
_CALL_WORDS = re.compile(r"\b(?:tel|phone|mobile|cell|call|fax|whatsapp|sms|text me)")
_WEAK_PHONE_WORDS = re.compile(r"\b(?:at|on|to|is|registered)\s*:?\s*\(?$")
# A person's own number: "my registered 73803371", "her new 0412 555 019" (lowered
# text). Not "your invoice 20260331-0457": only words that describe a number of one's own.
_POSSESSIVE = re.compile(
    r"\b(?:my|your|his|her|their)\s+(?:(?:registered|new|old|current|usual|personal|private|"
    r"home|work|own|direct|other)\s+)?:?\s*$"
)
# A code, not a number to call, named just before six digits (on lowered text).
_CODE_BEFORE = re.compile(
    r"\b(?:code|pin|passcode|access|id|ref|room|meeting)\s*(?:no\.?|number|#)?\s*:?\s*$"
)
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}")
_PHONE_AFTER = re.compile(r"(?i)^\s*-?\(?(?:office|fax|mobile|cell|desk|home|work|tel|[omhwf]\))")
# Shapes that are phone numbers without any word: national trunk prefix (0...) in
# groups, or North American (555) 123-4567 / 555-123-4567 / 555.123.4567.
_PHONE_SHAPE = re.compile(
    r"^(?:\(?0[1-9][\d)]*[ \-/.]\d[\d \-/.]*|\(\d{3}\)\s?\d{3}[\s.-]\d{4}|\d{3}[.-]\d{3}[.-]\d{4})$"
)
# A date: day or month, or a four-digit year, first; not "519-01-18", a local number.
_DATE_SHAPE = re.compile(r"^(?:\d{1,2}|\d{4})[./-]\d{1,2}[./-](?:\d{2}|\d{4})$")
_EXTENSION = re.compile(r"(?i)^\s*(?:x|ext\.?|extension)\s*\d{1,6}")
_VERSION_WORDS = re.compile(r"(?i)(?:v|version|release|build|ver\.?)\s*$")
_NOT_CARD = re.compile(r"[().\/]")
_VERSION_TABLE = re.compile(r"(?i)\bversions?\b")
_IPV4 = re.compile(r"^\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}$")

# Payment card networks: (first digits from, to, inclusive; prefix length), lengths.
_NETWORKS: tuple[tuple[int, int, int, tuple[int, ...]], ...] = (
    (4, 4, 1, (13, 16, 19)),  # Visa
    (51, 55, 2, (16,)),  # Mastercard
    (2221, 2720, 4, (16,)),  # Mastercard 2-series
    (34, 34, 2, (15,)),  # American Express
    (37, 37, 2, (15,)),
    (6011, 6011, 4, (16, 17, 18, 19)),  # Discover
    (644, 649, 3, (16, 17, 18, 19)),
    (65, 65, 2, (16, 17, 18, 19)),
    (300, 305, 3, (14, 15, 16, 17, 18, 19)),  # Diners Club
    (36, 36, 2, (14, 15, 16, 17, 18, 19)),
    (38, 39, 2, (14, 15, 16, 17, 18, 19)),
    (3500, 3599, 4, (15, 16, 17, 18, 19)),  # JCB (3528-3589, and the rest of 35)
    (3088, 3094, 4, (16,)),  # JCB (older ranges)
    (3096, 3102, 4, (16,)),
    (3112, 3120, 4, (16,)),
    (3158, 3159, 4, (16,)),
    (3337, 3349, 4, (16,)),
    (1800, 1800, 4, (15,)),  # JCB 15-digit
    (2131, 2131, 4, (15,)),
    (2100, 2100, 4, (15,)),
    (62, 62, 2, (16, 17, 18, 19)),  # UnionPay
    (81, 81, 2, (16, 17, 18, 19)),
    (2200, 2204, 4, (16, 17, 18, 19)),  # Mir
    (50, 50, 2, (12, 13, 14, 15, 16, 17, 18, 19)),  # Maestro (50xx), Verve, RuPay
    (604, 604, 4, tuple(range(12, 20))),  # Maestro (0604)
    (56, 69, 2, tuple(range(12, 20))),  # Maestro, RuPay (60), Troy (65), UnionPay
)


def luhn_ok(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        n = int(ch)
        if i % 2:
            n = n * 2 - 9 if n > 4 else n * 2
        total += n
    return total % 10 == 0


def iban_ok(iban: str, shortest: int = 15) -> bool:
    """Mod-97 over an IBAN's characters; ``shortest`` is 15 (Norway's) unless a
    text names it an IBAN (a scheme's short test IBANs, "My IBAN is TH91...")."""
    s = iban.replace(" ", "")
    if not shortest <= len(s) <= 34:
        return False
    moved = s[4:] + s[:4]
    return int("".join(str(int(ch, 36)) for ch in moved)) % 97 == 1


def card_network_ok(digits: str) -> bool:
    """True when the digits start in a payment network's IIN range at one of its lengths."""
    n = len(digits)
    for low, high, width, lengths in _NETWORKS:
        if n in lengths and low <= int(digits[:width]) <= high:
            return True
    return False


def find_numbers(text: str, config: DetectorConfig) -> Iterator[Hit]:
    ibans, cards = config.on("iban"), config.on("credit_card")
    ids, phones, ips = config.on("national_id"), config.on("phone"), config.on("ip_address")
    iban_end = -1
    for m in DIGIT_RUN.finditer(text):
        start, end = m.span()
        if start < iban_end:
            continue
        # IBAN: country code and check digits sit just before (or at) the digit run.
        if ibans and _IBAN_HINT.search(text, max(0, start - 14), start + 1):
            lo = max(0, start - 12)
            # to the longest IBAN's end: a BBAN may be mostly letters after a short digit run
            for im in _IBAN.finditer(text, lo, min(len(text), start + _IBAN_LONGEST)):
                named = _IBAN_WORD.search(text, max(0, im.start(1) - 20), im.start(1))
                if im.end(1) > start and iban_ok(im.group(1), 12 if named else 15):
                    iban_end = im.end(1)
                    yield "iban", im.start(1), iban_end, 0.95
            if start < iban_end:
                continue
        raw = m.group()
        glue = text[start - 1 : start]
        if glue.isalpha() or (glue == "-" and text[start - 2 : start - 1].isalnum()):
            continue  # part of a code: INV-2026-0042, KB0017741
        if ips and raw.count(".") == 3 and _IPV4.match(raw):
            found = list(_ipv4(text, raw, start, end))
            if found:
                yield from found
                continue
        plus = text[start - 1 : start] == "+"
        if cards and end - start >= 12 and not plus and not _NOT_CARD.search(raw):
            card_word = _CARD_WORD.search(text, max(0, start - 40), start) is not None
            found = list(_cards(raw, start, card_word))
            if found:
                yield from found
                continue
        if ids:
            yield from digit_ids(text, raw, start, end)
        if phones:
            yield from _phone(text, raw, start, end, config)


def _ipv4(text: str, raw: str, start: int, end: int) -> Iterator[Hit]:
    if not all(int(part) <= 255 for part in raw.split(".")):
        return
    if _VERSION_WORDS.search(text, max(0, start - 10), start):  # v4.12.0.1
        return
    if _VERSION_TABLE.search(text, max(0, start - 200), start):  # a column of versions
        return
    if text[start - 1 : start] in ("v", "V") or text[end : end + 1] == ".":
        return
    yield "ip_address", start, end, 0.8


def ip_v6(text: str, start: int, end: int) -> Iterator[Hit]:
    """A match of ``IPV6`` in the trigger pass, validated."""
    try:
        ipaddress.IPv6Address(text[start:end])
    except ValueError:
        return
    yield "ip_address", start, end, 0.8


IPV6 = r"(?i:\b(?:[0-9a-f]{1,4}:){2,7}[0-9a-f]{0,4}(?::[0-9a-f]{1,4})*\b|::[0-9a-f]{1,4}\b)"


# "card 9540 9931 3187 6116": a national scheme outside the ranges above (Prostir,
# Elcart...) is still a card to any reader when a card word names it and Luhn holds.
_CARD_WORD = re.compile(
    r"(?i)\b(?:card|carte|karte|tarjeta|carta|kaart|cartão|karta|карт[аыу]|картк[аиу])\b"
)


def _cards(raw: str, start: int, named: bool = False) -> Iterator[Hit]:
    groups = list(_GROUPS.finditer(raw))
    # Try each contiguous run of groups: a card may sit beside other numbers.
    for i in range(len(groups)):
        digits = ""
        for j in range(i, len(groups)):
            digits += groups[j].group()
            if len(digits) > 19:
                break
            whole = i == 0 and j == len(groups) - 1
            # A short card (12 to 14 digits) must be the whole run, not the
            # tail of a longer reference number.
            network = card_network_ok(digits) or (named and whole and len(digits) >= 13)
            if len(digits) >= (12 if whole else 15) and network and luhn_ok(digits):
                yield "credit_card", start + groups[i].start(), start + groups[j].end(), 0.95
                return


def _phone(text: str, raw: str, start: int, end: int, config: DetectorConfig) -> Iterator[Hit]:
    after = text[end : end + 16]
    glued = after[:1].isalpha() and not _EXTENSION.match(after)
    if text[start - 1 : start].isalpha() or glued:  # a code such as KB0017741
        return
    plus = text[max(0, start - 2) : start].rstrip("( ").endswith("+")
    # Lowering 28 characters and a case-sensitive search is about twice as
    # fast as (?i) on the text, and this runs for every digit run.
    before = text[max(0, start - 28) : start].lower()
    cued = (
        plus
        or _PHONE_WORDS.search(before)
        or _PHONE_AFTER.match(after)
        or _POSSESSIVE.search(before)
    )
    shaped = _PHONE_SHAPE.match(raw) or _WEAK_PHONE_WORDS.search(before)
    if not (cued or shaped) or _DATE_SHAPE.match(raw) or _ISO_DATE.match(raw):
        return
    digits = sum(ch.isdigit() for ch in raw)
    # Six digits only beside a phone word: Luxembourg and small exchanges ("call 29 80 15"),
    # not a code named just before ("the call's dial-in code 481 223").
    if digits < (6 if cued else 7) or digits > 15 or (not cued and digits < 9):
        return
    if digits == 6 and _CODE_BEFORE.search(before):
        return
    lo = text.rfind("+", max(0, start - 2), start) if plus else start
    ext = _EXTENSION.match(after)
    hi = end + (ext.end() if ext else 0)
    window = text[lo:hi]
    regions = (None,) if plus else config.phone_regions
    possible = False
    for region in regions:
        try:
            number = phonenumbers.parse(window, region)
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number(number):
            yield "phone", lo, hi, 0.8
            return
        possible = possible or phonenumbers.is_possible_number(number)
    # Beside a phone word or after +, a number of a possible length is enough:
    # made-up and newly allocated ranges fail validation but are still numbers.
    if possible and (cued or shaped):
        yield "phone", lo, hi, 0.7
    elif digits >= 8 and _CALL_WORDS.search(before) and not _CODE_BEFORE.search(before):
        # "call me at 00755 920048": a number written beside a word for calling
        # is a phone number to any reader, even where no plan here knows it.
        yield "phone", lo, hi, 0.6
    elif plus and digits >= 8 and _PHONE_WORDS.search(before):
        # "call me on +54 9 3478 6843": an international number beside a phone
        # word is a phone number to any reader, even where its plan says too short.
        yield "phone", lo, hi, 0.6
