"""Postal addresses: a street with a house number, or a postcode below a street.

The trigger pass (``keywords.py``) finds street words in the supported
languages and postcode shapes (US ZIP after a state, UK, Irish Eircode,
Canadian, Dutch ``1234 AB`` and the five-digit codes of Germany, France,
Spain and Italy). Each is checked in a small window:

- a street word with a house number beside it ("14 Kingsway Road",
  "Hauptstraße 5", "12 rue des Lilas", "Via Roma 12") is an address;
- a postcode counts when one of the three lines above it (or the text just
  before it on its own line) holds a street word or a house number next to a
  capitalised word, the way an address block is written;
- pyap2, a maintained address parser for US, Canadian and UK free text, reads
  the window around a postcode or street word as a second opinion.

libpostal would do more but needs a data download, so it is not used.

pyap is slow (a few milliseconds a window), and a hostile text can be made of
nothing but postcode-like candidates (issue 15: a 10 MB sheet of words and
numbers asked it 9,000 times and took 98 s). So one text gets at most
``PYAP_BUDGET`` pyap windows (``pyap_budget.py``); after that a candidate that
passed the cheap checks counts as an address unread (fail closed).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import pyap.source_US.data as us_data

from assistant.guard.sensitivity import address_blocks
from assistant.guard.sensitivity.findings import line_begin, line_end
from assistant.guard.sensitivity.pyap_budget import PyapBudget, pyap_window
from assistant.guard.sensitivity.street_types import (
    ADDRESS_CUES,
    COMMON_STREET_WORDS,
    COMPOUND_ENDINGS,
    COMPOUND_ENDINGS_WEAK,
    EN_TYPES,
    EN_TYPES_WEAK,
    LEADING_WORDS,
    STREET_WORDS,
    STREET_WORDS_UNICODE,
)

Hit = tuple[str, int, int, float]

# English street suffixes, matched case-sensitively (addresses are capitalised):
# our own short list and pyap2's USPS street types of four letters or more.
_OWN_SUFFIXES = (
    "Street", "St", "Avenue", "Ave", "Road", "Rd", "Boulevard", "Blvd", "Lane", "Ln",
    "Drive", "Dr", "Court", "Ct", "Place", "Pl", "Terrace", "Way", "Highway", "Hwy",
    "Parkway", "Pkwy", "Square", "Sq", "Crescent", "Close", "Grove", "Gardens", "Mews",
    "Row", "Hill", "Circle", "Cir", "Trail", "Route", "Crossing", "Walk", "Park", "Green",
    "Ridge", "Loop", "Pike", "Plaza", "Quay", "Wharf", "Apt", "Suite", "Flat", "Unit", "Dam",
    "Dpto", "Depto",
)  # fmt: skip
STREET_SUFFIXES = tuple(
    dict.fromkeys(
        _OWN_SUFFIXES
        + tuple(w for w in us_data.street_type_list if re.fullmatch(r"[A-Z][a-z]{3,}", w))
        + tuple(w for w in EN_TYPES if w.isascii())
    )
)
_STREET_WORDS, _COMMON_WORDS = STREET_WORDS, COMMON_STREET_WORDS
_STREET_WORDS_RARE = "|".join(w for w in _STREET_WORDS.split("|") if w not in _COMMON_WORDS)
_STREET_WORDS_COMMON = "|".join(w for w in _STREET_WORDS.split("|") if w in _COMMON_WORDS)
_STREET_WORDS_UNICODE = STREET_WORDS_UNICODE
# Germanic compounds end in the street word: Hauptstraße, Katebaan, Lindenweg.
_COMPOUND = (
    r"(?:[A-ZÀ-ÝĀ-Ž][A-Za-zÀ-ÿĀ-ž-]*?(?:straße|strasse|str\.|weg|platz|allee|gasse|-ring|damm"
    r"|Straße|Strasse|Weg|Platz|Allee|Gasse|Ring|Damm"
    r"|straat|laan|plein|gracht|kade|singel|baan|dreef|pad|steeg|hof|boulevard)"
    r"|\b[a-zäöü][a-zäöüß]+(?:weg|straße|strasse|straat|laan|plein|gracht|kade|singel|dreef)"
    # Belgian, Austrian, Nordic endings, and the weak ones ("Felixlei", "Storgatan")
    r"|[A-ZÀ-ÝĀ-ŽØÆÅ][a-zà-ÿā-žøæå]+(?:"
    + "|".join(COMPOUND_ENDINGS + COMPOUND_ENDINGS_WEAK)
    + r")\b)"
)
_WEAK_ENDING = re.compile(r"[a-zà-ÿā-žøæå](?:" + "|".join(COMPOUND_ENDINGS_WEAK) + r")$")
# "ul. Kwiatowa 12": a street word written as an abbreviation before the name.
_LEADING = r"\b(?:" + "|".join(LEADING_WORDS) + r")\.\s"
# "his address: 2 Jessica Rosebowl", "lives at 14 Birch Close".
_CUE = r"(?i:\b(?:" + "|".join(ADDRESS_CUES) + r"))\b"
# A post-office box: a postal address too once a locality follows it.
_PO_BOX = (
    r"(?i:\bp\.? ?o\.? ?box|\bpost ?office box|\bpostfach|\bpostbus|\bcase postale|"
    r"\bbo[iî]te postale|\bcasella postale|\bapartado de correos|\bskrytka pocztowa)"
    r"\s+\d{1,6}(?: \d{2,4})?\b"
)
# For the trigger pass (RE2 syntax): street words and postcode shapes.
TRIGGER = (
    r"\b(?:"
    + "|".join(STREET_SUFFIXES)
    + r")\b"
    + r"|(?i:\b(?:"
    + _STREET_WORDS_RARE
    + r")\b|\b(?:"
    + _STREET_WORDS_UNICODE
    + "))"
    # Words English prose uses too ("place", "route", "via"): after a house
    # number, or capitalised as in "Via Roma 12", "Place Bellecour 3".
    + r"|\d,? (?i:"
    + _STREET_WORDS_COMMON
    + r")\b|\b(?:"
    + "|".join(w.capitalize() for w in _STREET_WORDS_COMMON.split("|"))
    + r")\b"
    + r"|"
    + _COMPOUND
    + r"|\b[CR]\.\s"  # Spanish "C." for calle, Portuguese "R." for rua
    + r"|"
    + _LEADING
    + r"|"
    + _CUE
    + r"|\b[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}\b"  # UK
    r"|\b[AC-FHKNPRTV-Y]\d[0-9W] ?[0-9AC-FHKNPRTV-Y]{4}\b"  # Eircode
    r"|\b[A-Z]\d[A-Z] ?\d[A-Z]\d\b"  # Canada
    r"|\b[1-9]\d{3} ?[A-Z]{2}\b"  # Netherlands
    r"|\b\d{5}(?:-\d{4})?\b"  # US ZIP, DE, FR, ES, IT
    r"|\b\d{4}-\d{3}\b"  # Portugal
    r"|\b(?:NSW|VIC|QLD|SA|WA|TAS|NT|ACT),? \d{4}\b"  # Australia
    r"|\b\d{4}[ \n][A-ZÀ-ÝĀ-Ž][a-zà-ÿā-ž]"  # four digits before a town: BE, AT, CH, DK, NO
    r"|\b\d{2}-\d{3}\b"  # Poland
    r"|\b\d{5}-?\d{3}[ \n][A-Za-zÀ-ÿĀ-ž]"  # Brazil
    r"|[a-z](?:[- ]|, )\d{6}\b"  # India, Romania: six digits after the town
    r"|[a-z], \d{4}\b"  # "Kimberley, 4839": four digits closing a comma-separated address
     + r"|" + _PO_BOX + r"|\b\d{3} \d{2}[ \n][A-ZÀ-ÝĀ-ŽÅÄÖ][a-zà-ÿā-žåäö]"  # Sweden
)
_POSTCODE = re.compile(
    r"[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}|[AC-FHKNPRTV-Y]\d[0-9W] ?[0-9AC-FHKNPRTV-Y]{4}"
    r"|[A-Z]\d[A-Z] ?\d[A-Z]\d|[1-9]\d{3} ?[A-Z]{2}|\d{5}(?:-\d{4})?|\d{4}-\d{3}"
    r"|(?:NSW|VIC|QLD|SA|WA|TAS|NT|ACT),? \d{4}|\d{4}[ \n][A-ZÀ-ÝĀ-Ž][a-zà-ÿā-ž]"
    r"|\d{2}-\d{3}|\d{3} \d{2}[ \n][A-ZÀ-ÝĀ-ŽÅÄÖ][a-zà-ÿā-žåäö]|[a-z](?:[- ]|, )\d{6}|[a-z], \d{4}"
    r"|\d{5}-?\d{3}[ \n][A-Za-zÀ-ÿĀ-ž]"
)
_NL_NOT = {"AM", "PM", "EU", "UK", "US", "KB", "MB", "GB", "TB", "CET", "UTC"}
_EN = r"\b(?:" + "|".join(STREET_SUFFIXES) + r")\b"
_CONTINENTAL = r"(?i:\b(?:" + _STREET_WORDS + "|" + _STREET_WORDS_UNICODE + r")\b)"
_NUMBER = r"(?:\d{1,5}(?:[/-]\d{1,4}|-[A-Z])?[A-Za-z]?|S/N)"
_CAP = r"[A-ZÀ-ÝĀ-Ž][\w'.-]*"
_PARTICLE = r"(?:(?:de|del|della|di|des|du|da|do|dos|das|la|le|les|van|der|den|am|an|im)\s+)*"
# A house number beside a street word: "14 Kingsway Road", "12 rue des Lilas",
# "Via Roma 12", "Calle Mayor, 5", "Hauptstraße 5".
_NUMBERED_STREET = re.compile(
    rf"\b{_NUMBER},?\s+(?:{_CAP}\s+){{1,4}}{_EN}"
    rf"|\b{_NUMBER},?\s+{_CONTINENTAL}\s+{_PARTICLE}[A-ZÀ-ÝĀ-Ž]"
    rf"|{_CONTINENTAL}(?:\s+{_PARTICLE}{_CAP}){{1,4}},?\s+\d{{1,3}}(?:[/-]\d{{1,3}})?[A-Za-z]?\b"
    rf"|{_COMPOUND},?\s+\d{{1,4}}(?:[/-]\d{{1,3}})?[A-Za-z]?\b"
    rf"|\b{_NUMBER},?\s+{_COMPOUND}"
    rf"|\b{_NUMBER},?\s+C\.\s+{_PARTICLE}[A-ZÀ-ÝĀ-Ž]"
)
# A house number next to a capitalised word: "8353 Kathleen Highway", "Flat 39g".
_HOUSE = re.compile(
    rf"\b{_NUMBER}\.?,?\s+[A-ZÀ-ÝĀ-Ž][a-zà-ÿā-ž]+|\b[A-ZÀ-ÝĀ-Ž][a-zà-ÿā-ž]+\.?,?\s+{_NUMBER}\b(?![.:]\d)"
)
_EVIDENCE = re.compile(
    rf"{_NUMBERED_STREET.pattern}|{_HOUSE.pattern}|{_EN}|{_CONTINENTAL}\s+{_PARTICLE}[A-ZÀ-ÝĀ-Ž]"
    r"|\b(?:APO|FPO|DPO)\b"  # US military mail
)
_STRONG_EVIDENCE = re.compile(
    rf"{_NUMBERED_STREET.pattern}|{_EN}|{_CONTINENTAL}\s+{_PARTICLE}[A-ZÀ-ÝĀ-Ž]"
    r"|\b[A-ZÀ-ÝĀ-Ž][a-zà-ÿā-ž]{2,}(?:ring|lei)\s+\d{1,4}\b"  # Lindenring 5, Felixlei 7
)
_WEAK_POSTCODE = re.compile(
    r"\d{5}-?\d{3}[ \n]\w|\d{4}-\d{3}|\d{4}[ \n][A-ZÀ-ÝĀ-Ž][a-zà-ÿā-ž]|\d{2}-\d{3}"
    r"|\d{3} \d{2}[ \n]\w+"
)
_LINES_ABOVE = 3
_SPAN = 160


def check(text: str, start: int, end: int, budget: PyapBudget | None = None) -> Iterator[Hit]:
    """A trigger-pass match at ``text[start:end]``: street word or postcode; when
    none of the formats here reads it, the layouts of ``address_blocks`` may
    ("Apartment 1" under a house line, "Ruta 5 Sur, km 306", a CEP line)."""
    found = list(_check(text, start, end, budget if budget is not None else PyapBudget()))
    yield from found or address_blocks.beside(text, start)


def _check(text: str, start: int, end: int, budget: PyapBudget) -> Iterator[Hit]:
    word = text[start:end]
    if _POSTCODE.fullmatch(word):
        found = list(_postcode(text, start, end, word, budget))
        yield from found
        if not found and word[4:5].isspace():
            # "8889 Retorno Manzanares": the trigger took a house number and the
            # start of the next word for a postcode; that word may be the street's.
            after = _WORD.match(text, start + 5)
            if after and _is_street_word(after.group()):
                yield from _street(text, after.start(), after.end(), budget)
        return
    if _CUE_RE.fullmatch(word):
        yield from after_cue(text, start, end)
        return
    if _PO_BOX_RE.fullmatch(word):
        if _PO_LOCALITY.match(text, end):  # "PO Box 959\nHardy Flats 0472"
            yield "street_address", start, end, 0.75
        return
    if word[:1].isdigit():  # "12 place": the number, then the word
        start += len(word) - len(word.lstrip("0123456789, "))
    yield from _street(text, start, end, budget)


def _is_street_word(word: str) -> bool:
    return (
        word in _SUFFIX_SET
        or word.lower() in _CONTINENTAL_SET
        or bool(_COMPOUND_RE.fullmatch(word))
    )


def _street(text: str, start: int, end: int, budget: PyapBudget) -> Iterator[Hit]:
    """A street word at ``text[start:end]`` with its house number: tried with small
    patterns anchored at the word (this runs for every street word in the text)."""
    lo = max(0, start - 60, line_begin(text, start))
    hi = min(end + 40, line_end(text, end))
    if not _DIGIT.search(text, lo, hi) and "S/N" not in text[lo:hi]:  # "S/N": no number
        return
    if text[end : end + 1].isalpha() and not text[end - 1].isspace():
        # RE2's \b is ASCII-only: it took "St" of "Stöcklistrasse". The whole
        # word counts if it is a compound street name.
        whole = _WORD.match(text, start)
        if not (whole and _COMPOUND_RE.fullmatch(whole.group())):
            return
        end = whole.end()
    word = text[start:end]
    abbreviation = word[-1:].isspace()  # "C. ", "R. ", "ul. ": the trigger took the space
    if abbreviation:
        end = start + len(word.rstrip())
        if text[max(0, start - 3) : start] == "et ":  # "et al. 2019"
            return
    before, after = text[lo:start], text[end:hi]
    span: tuple[int, int] | None = None
    if word in _SUFFIX_SET:  # English: "14 Kingsway Road"
        m = _EN_BEFORE.search(before)
        if m and (word not in EN_TYPES_WEAK or _placed(text, lo + m.start(), end)):
            span = lo + m.start(), end
    if span is None and (word.lower() in _CONTINENTAL_SET or abbreviation):  # also "Piazza"
        m = _NUMBER_BEFORE.search(before)
        if m and _NAME_AFTER.match(after):  # "12 rue des Lilas"
            span = lo + m.start(), end
        else:
            m = (
                _NAMES_NUMBER_AFTER.match(after)  # "Via Roma 12", "Calle Mayor, 5"
                or _HASH_NUMBER.match(after)  # "Carrera 2A Sur # 74-2"
                or (  # "Avda. Ramón Picarte 9614": abbreviated, with a four-digit number
                    _LONG_NUMBER_AFTER.match(after)
                    if abbreviation or after.startswith(".")
                    else None
                )
            )
            plain = word[:1].isupper() or word.lower() not in _COMMON_WORDS
            english = _EN_BEFORE.search(before) if plain else None  # "182 Groharjeva cesta"
            named = _CAP_BEFORE.search(before)
            number = _SHORT_NUMBER_AFTER.match(after)
            if m:
                span = start, end + m.end()
            elif english:  # "6 Ting Allé"
                span = lo + english.start(), end
            elif named and number:  # "Gunhilds Allé 59"
                span = lo + named.start(), end + number.end()
    elif word not in _SUFFIX_SET and word.lower() not in _CONTINENTAL_SET:
        # a compound: "Hauptstraße 5", "740 Paul-Linke-Straße"
        weak = bool(_WEAK_ENDING.search(word))  # "Vanessaring" or "Engineering"?
        m = (_SHORT_NUMBER_AFTER if weak else _NUMBER_AFTER).match(after)
        if m:
            span = start, end + m.end()
        else:
            m = _NUMBER_BEFORE.search(before) or _EN_BEFORE.search(
                before
            )  # "48 Brønshøj Kirkestræde"
            if m:
                span = lo + m.start(), end
        if span and weak and not _placed(text, span[0], span[1]):
            span = None
    if span is None and word in _FLAT_WORDS:  # an address block around "Apt. 5"
        line_start = line_begin(text, start)
        above = line_begin(text, max(0, line_start - 1))
        house = address_blocks.house_by_flat(text, line_start, start, end)
        if house is not None:  # "Apt. 527 7 Pedersenmarka", "5399 तमांग Apt. 539"
            span = house, end
        elif (
            line_start
            and not text[line_start:start].strip(" \t>?")
            and _HOUSE_LINE.fullmatch(text, above, line_start - 1)
        ):
            span = above, end
    if span:
        yield "street_address", span[0], span[1], 0.75
    elif word in _PYAP_SUFFIXES and _DIGIT.search(before):
        # An English suffix after a house number that our patterns did not take
        # ("221B Baker Street West"): ask pyap.
        yield from pyap_window(text, lo, hi, budget)


_DIGIT = re.compile(r"\d")
# pyap, ~1 ms a call, is asked only about the shapes it parses: the first
# round's English suffixes (not the AS 4590 and Canada Post additions, whose
# weak words such as "Line" or "End" stand in ordinary prose), and US ZIP,
# UK and Canadian postcodes.
_PYAP_SUFFIXES = frozenset(
    _OWN_SUFFIXES + tuple(w for w in us_data.street_type_list if re.fullmatch(r"[A-Z][a-z]{3,}", w))
)
_PYAP_POSTCODE = re.compile(
    r"\d{5}(?:-\d{4})?|[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}|[A-Z]\d[A-Z] ?\d[A-Z]\d"
)
_WORD = re.compile(r"[\w-]+")
_COMPOUND_RE = re.compile(_COMPOUND)
# An address block below a street line: short lines, one ending in a postcode
# or a four- or five-digit code ("South Jamesmouth\n Samoa 2918").
_BLOCK_END = re.compile(r"(?m)^[\s>]*[A-ZÀ-ÝĀ-Ž][^\n\d]{1,40}\s\d{4,5}\s*$")
_SUFFIX_SET = frozenset(STREET_SUFFIXES)
_CONTINENTAL_SET = frozenset(
    w.replace("[oó]", o)
    for w in (_STREET_WORDS + "|" + _STREET_WORDS_UNICODE).split("|")
    for o in ("o", "ó")
)
# A word in a script without Latin letters: names written in it count as capitalised.
_OTHER_SCRIPT = r"[^\W\d_A-Za-zß-ÿĀ-ž][\w'.-]*"
_EN_BEFORE = re.compile(
    rf"\b{_NUMBER},?\s+(?:(?:{_CAP}|{_OTHER_SCRIPT}|\d{{1,3}}(?:st|nd|rd|th))\s+){{1,4}}$"
)
_NUMBER_BEFORE = re.compile(rf"(?<![\d.])\b{_NUMBER},?\s+$")
_NAME_AFTER = re.compile(rf"\s*{_PARTICLE}[A-ZÀ-ÝĀ-Ž][a-zà-ÿā-ž]")
_NAMES_NUMBER_AFTER = re.compile(
    rf"\.?(?:\s+{_PARTICLE}{_CAP}){{1,4}},?\s+(?:(?:N[°º]|Nr\.?|No\.?|#)\s?\d{{1,5}}\b|\d{{1,3}}(?:[/-]\d{{1,3}})?[A-Za-z]?\b|S/N)"
)
_NUMBER_AFTER = re.compile(r",?\s+\d{1,4}(?:[/-]\d{1,3})?[A-Za-z]?\b")
# Colombian numbering: the street's own number, then "#" and the house ("# 74-2").
_HASH_NUMBER = re.compile(
    r"\s+\d{1,3}[A-Zª]?(?:\s+(?:Bis|Sur|Norte|Este|Oeste|[A-Z]))*\s*#\s*\d{1,3}"
)
_LONG_NUMBER_AFTER = re.compile(rf"\.?(?:\s+{_PARTICLE}{_CAP}){{1,4}},?\s+\d{{1,5}}\b")
# A comma-separated address before a four-digit code: a house number (or "No. 9")
# in an earlier segment, and at least two segments.
_COMMA_ADDRESS = re.compile(
    r"(?:(?:^|[,:;]\s*|\b[a-z]+\s+)\d{1,5}[A-Za-z]?\s+[A-ZÀ-ÝĀ-Ž]|\bNo\.?\s*\d{1,5})"
    r"[^\n]*,[^\n]*,\s*$"
)
_TOWN_AFTER = re.compile(r"[ \n][A-ZÀ-ÝĀ-Ž][a-zà-ÿā-ž]")
_CAP_BEFORE = re.compile(r"\b[A-ZÀ-ÝĀ-Ž][a-zà-ÿā-ž]+s?\s+$")
_SHORT_NUMBER_AFTER = re.compile(r",?\s+\d{1,3}(?:[/-]\d{1,3})?[A-Za-z]?\b")  # not a year
_CUE_RE = re.compile(_CUE)
_FLAT_WORDS = frozenset(("Apt", "Suite", "Unit", "Flat", "Dpto", "Depto", "Piso"))
# "5 Jakobsenlia" or "167. Kossuth utca" on its own line, above the flat.
_HOUSE_LINE = re.compile(r"(?:[^\S\n]|[>?])*\d{1,5}[A-Za-z]?\.?\s+[A-ZÀ-ÝĀ-Ž][^\n\d]{1,40}")
_COUNTRY_PREFIX = re.compile(r"\b[A-Z]{1,2}-$")
# A street name and house number ending a line or segment.
_HOUSE_TAIL = re.compile(
    r"[A-ZÀ-ÝĀ-Ž][^\n\d,:;()?!]{1,50}?,?\s(?:N[°º]\s?|Nr\.?\s?|No\.?\s?|#\s?)?\d{1,4}[A-Za-z]?\.?"
    r"(?:[ ,]+(?:Interior|Int\.|Dto\.?|Piso|Oficina|Apt\.?|Apto\.?|Unit|Suite|Sala)\s?\w+)*"
    r"[^\S\n]*$"
)
_PO_BOX_RE = re.compile(_PO_BOX)
_PO_LOCALITY = re.compile(r"(?:,\s*|\s*\n\s*|\s+)(?:\d{4,6}\s+)?[A-ZÀ-ÝĀ-Ž][a-zà-ÿā-ž]")
_SPACE = re.compile(r"\s+")
_PHRASES = frozenset(c for c in ADDRESS_CUES if " " in c)


def is_cue(word: str) -> bool:
    """An address word or phrase ("home address", "lives at") that other roles took."""
    word = word.lower()
    return word in _PHRASES or word.endswith(("address", "adresse", "adres"))


# After an address cue: a colon, "is", a dash or a line end, then the address.
_CUE_AFTER = re.compile(
    r"(?i)(?:\s*(?::|-|–|\bis\b|\bwas\b|\best\b|\bist\b|\bè\b|\bes\b|\bé\b|\bto\b)\s*"
    r"|\s*\n\s*)"
)
# After an address cue: a capitalised street phrase with a number in it,
# "Ruta 5 Sur, km 641", "Av. Alem N° 876", "Cr. 19 # 46-17".
_PHRASE_NUMBER = re.compile(
    rf"(?:[A-ZÀ-ÝĀ-Ž][\w.'-]*|{_OTHER_SCRIPT})(?:[ ,]+[\w.°º#'-]+){{0,5}}?[ ,#°º]+\d{{1,5}}\b"
    rf"|\d{{1,5}}[A-Za-z]?(?:[/-]\d{{1,4}})?,?\s+{_OTHER_SCRIPT}"  # "09 Περιχώρας"
)
_APARTMENT = re.compile(r"(?i)\b(?:apt|apartment|unit|flat|suite|bus|bte|app|appt|whg)\b\.?")
# An address cue used as one: "address:", "Adresse ist", "lives at" (not "to address 3 ...").
_CUE_BEFORE = re.compile(
    r"(?i)(?:\b(?:"
    + "|".join(c for c in ADDRESS_CUES if " " not in c)
    + r")\s*(?::|-|–|\bis\b|\bwas\b|\best\b|\bist\b|\bè\b|\bes\b|\bé\b)|\b(?:"
    + "|".join(c for c in ADDRESS_CUES if " " in c)
    + r")\b)[^\n]{0,40}$"
)
_AT = re.compile(r"\b(?:at|to|in|from)\s+$")
_YEAR = re.compile(r"(?:19|20)\d\d\b")
_LOCALITY_AFTER = re.compile(r",\s*(?:\d{4,5}\s+)?[A-ZÀ-ÝĀ-Ž][a-zà-ÿā-ž]")


def _placed(text: str, start: int, end: int) -> bool:
    """A street whose name ends like an ordinary word ("Vanessaring") counts only
    when the text places it: an address word or a flat before it on its line,
    or a locality after a comma or a postcode after it."""
    line_start = line_begin(text, start)
    before = text[max(line_start, start - 60) : start]
    if _CUE_BEFORE.search(before) or _APARTMENT.search(before):
        return True
    if _AT.search(before) and not _YEAR.match(text, start):  # "is at 7200 Goblet Run"
        return True
    after = text[end : end + 40].split("\n\n")[0]
    if _LOCALITY_AFTER.match(after) or _APARTMENT.search(after) or _POSTCODE.search(after):
        return True
    block = text[end : end + 160].split("\n\n\n")[0].split("\n")[1:5]
    return (
        bool(block)
        and all(len(b) <= 48 for b in block)
        and bool(_BLOCK_END.search("\n".join(block)))
    )


def after_cue(text: str, start: int, end: int) -> Iterator[Hit]:
    """An address cue ("address:", "lives at") with a house number and a
    capitalised name right after it, in either order."""
    phrase = text[start:end].lower() in _PHRASES  # "lives at": the address follows at once
    m = (_SPACE if phrase else _CUE_AFTER).match(text, end)
    house = None
    if m:
        reach = min(len(text), m.end() + 60)
        house = _HOUSE.match(text, m.end(), reach) or _PHRASE_NUMBER.match(text, m.end(), reach)
    if m is None or house is None:  # "address: 88號 學府", "lives at 7а Волгоградска"
        yield from address_blocks.after_cue(text, start, end)
        return
    hi = min(house.end() + 40, line_end(text, house.end()))
    yield "street_address", m.end(), hi, 0.75


def _house_before(text: str, line_start: int, start: int) -> bool:
    """The segment just before a postcode is a street and house number, the way
    continental addresses are written: "Jakobsenekra 1, 7865 Nielsen",
    "Oderská 235\n519 09 Nalžovské Hory", "Parque de Rios, 80\nMaria Helena\n91703423"."""
    same = _COUNTRY_PREFIX.sub("", text[line_start:start]).rstrip()
    if same:
        return same.endswith(",") and bool(_HOUSE_TAIL.search(same[:-1]))
    hi = line_start
    for _ in range(2):  # the line above, or the one above it (a district between)
        if hi == 0:
            return False
        lo = line_begin(text, hi - 1)
        if _HOUSE_TAIL.search(text, lo, hi - 1):
            return True
        hi = lo
    return False


def _postcode(text: str, start: int, end: int, word: str, budget: PyapBudget) -> Iterator[Hit]:
    pin = word[:1].isalpha()  # "Bhopal-192772": the PIN after the town's last letter
    if pin:
        if not text[max(0, start - 12) : start + 1].split()[-1][:1].isupper():
            return
        skip = len(word) - len(word.lstrip("abcdefghijklmnopqrstuvwxyz-, "))
        start, word = start + skip, word[skip:]
        if len(word) == 4:  # "557 Thomas Isitaladi, Kimberley, 4839"
            line = text[line_begin(text, start) : start]
            if not _YEAR.match(word) and _COMMA_ADDRESS.search(line):
                yield "street_address", start - len(line), start + 4, 0.75
                return
            if not _TOWN_AFTER.match(text, start + 4):
                return
            end = start + 6  # "Pudtol, 4332 Quirino": a code before the town, as usual
            word = text[start:end]
    if word.isdigit() and len(word) == 5:
        # Five digits: a ZIP after a state ("IL 60614"), or a continental code
        # before or after a capitalised town ("69003 Lyon", "Brescia, 25131").
        before = text[max(0, start - 24) : start]
        after = text[end : end + 24]
        if not (
            re.search(r"\b(?:[A-Z]\.\s?)?[A-Z]{2,4},?\s*$", before)
            or re.match(r",?\s+[A-ZÀ-ÝĀ-Ž][a-zà-ÿā-ž]", after)
            or re.search(r"[A-ZÀ-ÝĀ-Ž][a-zà-ÿā-ž]+\)?,?\s*$", before)
        ):
            return
    elif word[:1].isdigit() and word[-2:] in _NL_NOT:  # "2026 PM", "1024 KB"
        return
    glued = text[start - 1 : start] == "-" or text[start - 1 : start].isalnum()
    if not pin and glued and not _COUNTRY_PREFIX.search(text, max(0, start - 4), start):
        return
    # Four digits before a town and Portugal's 1234-567 look like years and
    # references too: they need a street above, not only a number.
    weak = bool(_WEAK_POSTCODE.fullmatch(word))
    line_start = line_begin(text, start)
    lo = line_start
    for _ in range(_LINES_ABOVE):
        if lo == 0:
            break
        lo = line_begin(text, lo - 1)
    lo = max(lo, start - _SPAN)
    block = text[lo:start]
    if (_STRONG_EVIDENCE if weak else _EVIDENCE).search(block) or (
        not _YEAR.match(word) and _house_before(text, line_start, start)
    ):
        yield "street_address", lo, end, 0.75
        return
    if _PYAP_POSTCODE.fullmatch(word):  # pyap reads US, Canadian and UK addresses only
        yield from pyap_window(text, lo, min(len(text), end + 20), budget)
