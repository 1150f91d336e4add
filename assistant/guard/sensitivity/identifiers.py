"""National identifiers, checked with python-stdnum's validators.

Strong identifiers carry a checksum or a check letter that random numbers
rarely pass, and count wherever they stand: US SSN written ``123-45-6789``,
French INSEE/NIR (mod 97 key), Italian codice fiscale, Spanish DNI and NIE
(check letter), UK National Insurance numbers (their letter shape). Weak
ones are plain digit runs whose checksum one number in ten or eleven passes
(Dutch BSN, German Steuer-ID, Irish PPS, Canadian SIN, SSN without dashes):
they count only beside a word that names an identifier. Passports and
driver's licences have no common checksum and are found after their words
(``keywords.py``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from stdnum.ca import sin
from stdnum.ch import ssn as ch_ssn
from stdnum.de import idnr
from stdnum.es import dni, nie
from stdnum.fr import nir
from stdnum.ie import pps
from stdnum.it import codicefiscale
from stdnum.nl import bsn
from stdnum.us import ssn

Hit = tuple[str, int, int, float]

# Identifiers written with letters; matched (case-sensitively) in the trigger pass.
LETTER_IDS = (
    r"\b[A-Z]{6}\d{2}[A-EHLMPRST]\d{2}[A-Z]\d{3}[A-Z]\b"  # codice fiscale
    r"|\b[XYZ][- ]?\d{7}[- ]?[A-Z]\b"  # NIE
    r"|\b\d{8}[- ]?[A-Z]\b"  # DNI
    r"|\b\d{7}[A-W][A-IW]?\b"  # Irish PPS
)
_LETTER_ID = re.compile(LETTER_IDS)
_NINO = re.compile(r"\b[A-CEGHJ-PR-TW-Z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-D]\b")
_NINO_LOOSE = re.compile(r"\b[A-Z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-Z]\b")
_NINO_PREFIX = re.compile(r"[A-Z]{2} ?$")
_SSN_DASHED = re.compile(r"^\d{3}-\d{2}-\d{4}$")
# Words that name an identifier, in the languages of the supported regions.
_ID_WORDS = re.compile(
    r"(?i)ssn|social security|social insurance|\bsin\b|national (?:id|insurance)|\bni\b|"
    r"nino|\bid\b|identi|tax|bsn|burgerservice|sofi|steuer|idnr|pps|"
    r"personal (?:public service )?number|"
    r"personnummer|citizen|sécurité sociale|securite sociale|insee|nir\b|dni|nie\b|"
    r"codice fiscale|fiscal|número|numero|nummer"
)
_SEPARATORS = str.maketrans("", "", " .-/")
_SSN_WORDS = re.compile(r"(?i)ssn|social security")
_LOOK_BACK = 40


def digit_ids(text: str, raw: str, start: int, end: int) -> Iterator[Hit]:
    """National ids in one run of digits and separators at ``text[start:end]``."""
    compact = raw.translate(_SEPARATORS)
    n = len(compact)
    if n not in (9, 11, 13, 15) and not text[max(0, start - 2) : start].strip():
        return  # no id of this length, and no NINO letters before it
    if not compact.isdigit():
        return
    if _SSN_DASHED.match(raw):
        if ssn.is_valid(raw):
            yield "national_id", start, end, 0.85
        return
    if n == 15 and nir.is_valid(compact):
        yield "national_id", start, end, 0.85
        return
    if n == 13 and compact.startswith("756") and ch_ssn.is_valid(compact):  # Swiss AHV
        yield "national_id", start, end, 0.85
        return
    if n == 13 and raw[:1] in "12" and _named(text, start):  # NIR without its key
        yield "national_id", start, end, 0.75
        return
    if n == 9 and _named(text, start):
        us = ssn.is_valid(compact) and _SSN_WORDS.search(text, max(0, start - 40), start)
        if us or bsn.is_valid(compact) or sin.is_valid(compact):
            yield "national_id", start, end, 0.8
    elif n == 11 and _named(text, start) and idnr.is_valid(compact):
        yield "national_id", start, end, 0.8
    if _NINO_PREFIX.search(text, max(0, start - 4), start):
        # The NINO shape; beside an identifier word, any two letters and suffix.
        shape = _NINO_LOOSE if _named(text, max(0, start - 4)) else _NINO
        for m in shape.finditer(text, max(0, start - 4), min(len(text), end + 3)):
            yield "national_id", m.start(), m.end(), 0.8


def letter_id(text: str, start: int, end: int) -> Iterator[Hit]:
    """A match of ``LETTER_IDS`` in the trigger pass, validated."""
    value = text[start:end]
    compact = value.replace("-", "").replace(" ", "")
    if len(compact) == 16 and codicefiscale.is_valid(compact):
        yield "national_id", start, end, 0.9
    elif compact[:1] in "XYZ" and nie.is_valid(compact):
        yield "national_id", start, end, 0.85
    elif (len(compact) == 9 and dni.is_valid(compact)) or (
        8 <= len(compact) <= 9 and pps.is_valid(compact) and _named(text, start)
    ):
        yield "national_id", start, end, 0.8


def _named(text: str, start: int) -> bool:
    return bool(_ID_WORDS.search(text, max(0, start - _LOOK_BACK), start))


def is_letter_id(word: str) -> bool:
    return bool(_LETTER_ID.fullmatch(word))
