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
``PYAP_BUDGET`` pyap windows; after that a candidate that passed the cheap
checks counts as an address unread (fail closed: kept local or redacted).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from typing import Any

import pyap.source_US.data as us_data

Hit = tuple[str, int, int, float]

# English street suffixes, matched case-sensitively (addresses are capitalised):
# our own short list and pyap2's USPS street types of four letters or more.
_OWN_SUFFIXES = (
    "Street", "St", "Avenue", "Ave", "Road", "Rd", "Boulevard", "Blvd", "Lane", "Ln",
    "Drive", "Dr", "Court", "Ct", "Place", "Pl", "Terrace", "Way", "Highway", "Hwy",
    "Parkway", "Pkwy", "Square", "Sq", "Crescent", "Close", "Grove", "Gardens", "Mews",
    "Row", "Hill", "Circle", "Cir", "Trail", "Route", "Crossing", "Walk", "Park", "Green",
    "Ridge", "Loop", "Pike", "Plaza", "Quay", "Wharf", "Apt", "Suite", "Flat", "Unit", "Dam",
)  # fmt: skip
STREET_SUFFIXES = tuple(
    dict.fromkeys(
        _OWN_SUFFIXES
        + tuple(w for w in us_data.street_type_list if re.fullmatch(r"[A-Z][a-z]{3,}", w))
    )
)
# Continental street words: whole words, any case ("rue", "Via", "calle").
_STREET_WORDS = (
    "rue|avenue|boulevard|bd|chemin|allee|impasse|place|quai|route|cours|passage|square|"
    "strasse|str|weg|platz|allee|gasse|ring|damm|ufer|"
    "straat|laan|plein|gracht|kade|singel|dreef|"
    "calle|avenida|avda|plaza|paseo|camino|carrer|ronda|rambla|acceso|alameda|carretera|"
    "glorieta|pasaje|pasadizo|urbanizaci[oó]n|callej[oó]n|"
    "via|viale|piazza|piazzale|corso|largo|vicolo|strada|contrada|borgo|incrocio|canale|"
    "rotonda|stretto|rua|av|travessa|estrada|beco|rotunda|"
    "apartment|appartamento|piso|wohnung|bus|bte"
)
_COMMON_WORDS = {
    "place", "route", "passage", "square", "cours", "via", "bus", "ring", "str", "plaza",
    "corso", "largo", "borgo", "canale", "ronda", "strada", "camino", "bd",
}  # fmt: skip
_STREET_WORDS_RARE = "|".join(w for w in _STREET_WORDS.split("|") if w not in _COMMON_WORDS)
_STREET_WORDS_COMMON = "|".join(w for w in _STREET_WORDS.split("|") if w in _COMMON_WORDS)
# Words ending in a non-ASCII letter: RE2's \b is ASCII-only, so they go apart.
_STREET_WORDS_UNICODE = "allée|straße|travesía|cañada|vía|praça|calçada"
# Germanic compounds end in the street word: Hauptstraße, Katebaan, Lindenweg.
_COMPOUND = (
    r"(?:[A-ZÀ-Ý][A-Za-zÀ-ÿ-]*?(?:straße|strasse|str\.|weg|platz|allee|gasse|-ring|damm"
    r"|Straße|Strasse|Weg|Platz|Allee|Gasse|Ring|Damm"
    r"|straat|laan|plein|gracht|kade|singel|baan|dreef|pad|steeg|hof|boulevard)"
    r"|\b[a-zäöü][a-zäöüß]+(?:weg|straße|strasse|straat|laan|plein|gracht|kade|singel|dreef))"
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
    + r"|\b[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}\b"  # UK
    r"|\b[AC-FHKNPRTV-Y]\d[0-9W] ?[0-9AC-FHKNPRTV-Y]{4}\b"  # Eircode
    r"|\b[A-Z]\d[A-Z] ?\d[A-Z]\d\b"  # Canada
    r"|\b[1-9]\d{3} ?[A-Z]{2}\b"  # Netherlands
    r"|\b\d{5}(?:-\d{4})?\b"  # US ZIP, DE, FR, ES, IT
    r"|\b\d{4}-\d{3}\b"  # Portugal
    r"|\b(?:NSW|VIC|QLD|SA|WA|TAS|NT|ACT),? \d{4}\b"  # Australia
    r"|\b[1-9]\d{3}[ \n][A-ZÀ-Ý][a-zà-ÿ]"  # four digits before a town: BE, AT, CH, DK, NO
)
_POSTCODE = re.compile(
    r"[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}|[AC-FHKNPRTV-Y]\d[0-9W] ?[0-9AC-FHKNPRTV-Y]{4}"
    r"|[A-Z]\d[A-Z] ?\d[A-Z]\d|[1-9]\d{3} ?[A-Z]{2}|\d{5}(?:-\d{4})?|\d{4}-\d{3}"
    r"|(?:NSW|VIC|QLD|SA|WA|TAS|NT|ACT),? \d{4}|[1-9]\d{3}[ \n][A-ZÀ-Ý][a-zà-ÿ]"
)
_NL_NOT = {"AM", "PM", "EU", "UK", "US", "KB", "MB", "GB", "TB", "CET", "UTC"}
_EN = r"\b(?:" + "|".join(STREET_SUFFIXES) + r")\b"
_CONTINENTAL = r"(?i:\b(?:" + _STREET_WORDS + "|" + _STREET_WORDS_UNICODE + r")\b)"
_NUMBER = r"(?:\d{1,5}(?:[/-]\d{1,4})?[A-Za-z]?|S/N)"
_CAP = r"[A-ZÀ-Ý][\w'.-]*"
_PARTICLE = r"(?:(?:de|del|della|di|des|du|da|do|dos|das|la|le|les|van|der|den|am|an|im)\s+)*"
# A house number beside a street word: "14 Kingsway Road", "12 rue des Lilas",
# "Via Roma 12", "Calle Mayor, 5", "Hauptstraße 5".
_NUMBERED_STREET = re.compile(
    rf"\b{_NUMBER},?\s+(?:{_CAP}\s+){{1,4}}{_EN}"
    rf"|\b{_NUMBER},?\s+{_CONTINENTAL}\s+{_PARTICLE}[A-ZÀ-Ý]"
    rf"|{_CONTINENTAL}(?:\s+{_PARTICLE}{_CAP}){{1,4}},?\s+\d{{1,3}}(?:[/-]\d{{1,3}})?[A-Za-z]?\b"
    rf"|{_COMPOUND},?\s+\d{{1,4}}(?:[/-]\d{{1,3}})?[A-Za-z]?\b"
    rf"|\b{_NUMBER},?\s+{_COMPOUND}"
    rf"|\b{_NUMBER},?\s+C\.\s+{_PARTICLE}[A-ZÀ-Ý]"
)
# A house number next to a capitalised word: "8353 Kathleen Highway", "Flat 39g".
_HOUSE = re.compile(
    rf"\b{_NUMBER},?\s+[A-ZÀ-Ý][a-zà-ÿ]+|\b[A-ZÀ-Ý][a-zà-ÿ]+\.?,?\s+{_NUMBER}\b(?![.:]\d)"
)
_EVIDENCE = re.compile(
    rf"{_NUMBERED_STREET.pattern}|{_HOUSE.pattern}|{_EN}|{_CONTINENTAL}\s+{_PARTICLE}[A-ZÀ-Ý]"
    r"|\b(?:APO|FPO|DPO)\b"  # US military mail
)
_STRONG_EVIDENCE = re.compile(
    rf"{_NUMBERED_STREET.pattern}|{_EN}|{_CONTINENTAL}\s+{_PARTICLE}[A-ZÀ-Ý]"
    r"|\b[A-ZÀ-Ý][a-zà-ÿ]{2,}(?:ring|lei)\s+\d{1,4}\b"  # Lindenring 5, Felixlei 7
)
_WEAK_POSTCODE = re.compile(r"\d{4}-\d{3}|[1-9]\d{3}[ \n][A-ZÀ-Ý][a-zà-ÿ]")
_LINES_ABOVE = 3
_SPAN = 160


PYAP_BUDGET = 1000


class PyapBudget:
    """How many pyap windows one text may still ask (see the module's docstring)."""

    def __init__(self, windows: int | None = None) -> None:
        self.left = PYAP_BUDGET if windows is None else windows


def check(text: str, start: int, end: int, budget: PyapBudget | None = None) -> Iterator[Hit]:
    """A trigger-pass match at ``text[start:end]``: street word or postcode."""
    budget = budget if budget is not None else PyapBudget()
    word = text[start:end]
    if _POSTCODE.fullmatch(word):
        yield from _postcode(text, start, end, word, budget)
        return
    if word[:1].isdigit():  # "12 place": the number, then the word
        start += len(word) - len(word.lstrip("0123456789, "))
    yield from _street(text, start, end, budget)


def _street(text: str, start: int, end: int, budget: PyapBudget) -> Iterator[Hit]:
    """A street word at ``text[start:end]`` with its house number: tried with small
    patterns anchored at the word (this runs for every street word in the text)."""
    lo = max(0, start - 60, text.rfind("\n", 0, start) + 1)
    nl = text.find("\n", end)
    hi = min(len(text), end + 40, nl if nl != -1 else len(text))
    if not _DIGIT.search(text, lo, hi):
        return
    word = text[start:end]
    if word[:2] in ("C.", "R."):  # the trigger took the space after the abbreviation
        end = start + 2
    before, after = text[lo:start], text[end:hi]
    span: tuple[int, int] | None = None
    if word in _SUFFIX_SET:  # English: "14 Kingsway Road"
        m = _EN_BEFORE.search(before)
        if m:
            span = lo + m.start(), end
    elif word.lower() in _CONTINENTAL_SET or word[:2] in ("C.", "R."):
        m = _NUMBER_BEFORE.search(before)
        if m and _NAME_AFTER.match(after):  # "12 rue des Lilas"
            span = lo + m.start(), end
        else:
            m = _NAMES_NUMBER_AFTER.match(after)  # "Via Roma 12", "Calle Mayor, 5"
            if m:
                span = start, end + m.end()
    else:  # a compound: "Hauptstraße 5", "740 Paul-Linke-Straße"
        m = _NUMBER_AFTER.match(after)
        if m:
            span = start, end + m.end()
        else:
            m = _NUMBER_BEFORE.search(before)
            if m:
                span = lo + m.start(), end
    if span:
        yield "street_address", span[0], span[1], 0.75
    elif word in _SUFFIX_SET and _DIGIT.search(before):
        # An English suffix after a house number that our patterns did not take
        # ("221B Baker Street West"): ask pyap.
        yield from _pyap(text, lo, hi, budget)


_DIGIT = re.compile(r"\d")
_SUFFIX_SET = frozenset(STREET_SUFFIXES)
_CONTINENTAL_SET = frozenset((_STREET_WORDS + "|" + _STREET_WORDS_UNICODE).split("|"))
_EN_BEFORE = re.compile(rf"\b{_NUMBER},?\s+(?:{_CAP}\s+){{1,4}}$")
_NUMBER_BEFORE = re.compile(rf"(?<![\d.])\b{_NUMBER},?\s+$")
_NAME_AFTER = re.compile(rf"\s*{_PARTICLE}[A-ZÀ-Ý][a-zà-ÿ]")
_NAMES_NUMBER_AFTER = re.compile(
    rf"(?:\s+{_PARTICLE}{_CAP}){{1,4}},?\s+(?:\d{{1,3}}(?:[/-]\d{{1,3}})?[A-Za-z]?\b|S/N)"
)
_NUMBER_AFTER = re.compile(r",?\s+\d{1,4}(?:[/-]\d{1,3})?[A-Za-z]?\b")


def _postcode(text: str, start: int, end: int, word: str, budget: PyapBudget) -> Iterator[Hit]:
    if word.isdigit() and len(word) == 5:
        # Five digits: a ZIP after a state ("IL 60614"), or a continental code
        # before or after a capitalised town ("69003 Lyon", "Brescia, 25131").
        before = text[max(0, start - 24) : start]
        after = text[end : end + 24]
        if not (
            re.search(r"\b[A-Z]{2},?\s*$", before)
            or re.match(r",?\s+[A-ZÀ-Ý][a-zà-ÿ]", after)
            or re.search(r"[A-ZÀ-Ý][a-zà-ÿ]+\)?,?\s*$", before)
        ):
            return
    elif word[:1].isdigit() and word[-2:] in _NL_NOT:  # "2026 PM", "1024 KB"
        return
    if text[start - 1 : start] == "-" or text[start - 1 : start].isalnum():  # PA-2025-118
        return
    # Four digits before a town and Portugal's 1234-567 look like years and
    # references too: they need a street above, not only a number.
    weak = bool(_WEAK_POSTCODE.fullmatch(word))
    line_start = text.rfind("\n", 0, start) + 1
    lo = line_start
    for _ in range(_LINES_ABOVE):
        if lo == 0:
            break
        lo = text.rfind("\n", 0, lo - 1) + 1
    lo = max(lo, start - _SPAN)
    block = text[lo:start]
    if (_STRONG_EVIDENCE if weak else _EVIDENCE).search(block):
        yield "street_address", lo, end, 0.75
        return
    yield from _pyap(text, lo, min(len(text), end + 20), budget)


@lru_cache(maxsize=1)
def _parser() -> Any:
    import pyap

    return pyap


def _pyap(text: str, lo: int, hi: int, budget: PyapBudget) -> Iterator[Hit]:
    if budget.left <= 0:
        yield "street_address", lo, hi, 0.75  # not asked: counted, fail closed
        return
    budget.left -= 1
    window = text[lo:hi]
    pyap = _parser()
    for country in ("US", "GB", "CA"):
        for address in pyap.parse(window, country=country):
            pos = window.find(address.full_address)
            if pos != -1:
                yield "street_address", lo + pos, lo + pos + len(address.full_address), 0.75
                return
