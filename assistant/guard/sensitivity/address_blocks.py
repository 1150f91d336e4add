"""Addresses in scripts without Latin letters, recognised by their layout.

Where no street word is written, an address in Devanagari, Tamil, Arabic,
Greek or Armenian script still has the layout of an address:

- a postal block: a line with a house number and a name in another script, and
  at most four lines below it a short line ending in a postcode
  ("92 तमांग\\nचंबा 099150", "01/131 எழில்முகிலன்\\nநெல்லூர்-995413",
  "667 حسنی چهار راه\\nجنوب بنيامين, اصفهان 6322");
- a street line ending in a house number, then a line starting with a postcode
  and a town ("Κορωνίδου 51,\\n829 13 Πύργος");
- in English prose, "at", "to" or "in", a house number and one to four words in
  another script that close the clause ("The restaurant is at 26 Աբովյան.").

Latin-script addresses are ``addresses.py``'s and ``address_shapes``'; none of
these shapes fires on Latin letters alone. Every look is bounded: at most four
lines or 320 characters above, one clause after.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from assistant.guard.sensitivity.findings import line_begin
from assistant.guard.sensitivity.street_types import STREET_WORDS, STREET_WORDS_UNICODE

Hit = tuple[str, int, int, float]

# A letter of a script without Latin letters (not ASCII, Latin-1, Latin
# Extended A and B, or Vietnamese's Latin Extended Additional).
OTHER = r"[^\W\d_A-Za-z\u00C0-\u024F\u1E00-\u1EFF]"
_OTHER_RE2 = r"[^\x00-\x{24F}\x{1E00}-\x{1EFF}\s\d\pP\pS]"
# A house number: "6", "65/107", "9в", "0б/2", "355號"; not a year ("2025年").
_OTHER_LETTER = re.compile(OTHER)
_HOUSE = r"(?!(?:19|20)\d\d(?!\d))\d{1,5}(?:(?![年月日時分])[^\W\d_])?(?:[/-]\d{1,4}[^\W\d_]?)?"

# For the trigger pass (RE2): a code at a line start before a word in another
# script (before the known formats, which would take its digits), and a house
# number after "at/to/in" before one (after them).
CODE_TRIGGER = r"(?m:^)[ \t>?]*(?:ΤΚ ?|Τ\.Κ\. ?)?(?:\d{4,6}|\d{3} \d{2,3}) " + _OTHER_RE2
_AT_OTHER = r"(?:\b(?:at|to|in)|,)[ \t]+\p{Nd}{1,5}\pL?(?:[/-]\p{Nd}{1,4}\pL?)?[ \t]+" + _OTHER_RE2
_CODE_LINE = re.compile(
    r"[ \t>?]*(?:ΤΚ ?|Τ\.Κ\. ?)?(?!(?:19|20)\d\d )(?:\d{4,6}|\d{3} \d{2,3}) " + OTHER
)
# In Latin script the whole clause is the trigger, so that nothing else is
# swallowed when it is not an address: "at 834 Avenida 5.", "at 2 Vizovická",
# "lives at 5 T.ƏLİYEV, Naxçıvan".
_CAPITALISED = r"[A-ZÀ-ÝĀ-ŽƏ][^\s,;:?!]*"
# After the number: capitalised words, numbers, name particles ("Setor de
# Campos") and lower-case street words ("Kossuth út", "Vrhovci, cesta XI").
_STREET_PART = (
    r"(?:" + _CAPITALISED + r"|\d{1,4}[A-Za-z]?|(?:de|da|do|dos|das|del|di|la|le|van|von|der)"
    + r"|(?:" + STREET_WORDS + "|" + STREET_WORDS_UNICODE + r"))"
)  # fmt: skip
_LATIN_AT_TRIGGER = (
    r"\bat[ \t]+(?:(?:Số|No\.?|Nr\.?|N[°º])[ \t]*)?\d{1,5}[A-Za-z]?(?:[/-]\d{1,4}[A-Za-z]?){0,2}\.?"
    r"[ \t]+" + _CAPITALISED + r"(?:[ \t]+" + _STREET_PART + r"){0,3}"
    r"(?:,[ \t]+" + _CAPITALISED + r"(?:[ \t]+" + _CAPITALISED + r"){0,2})?"
    r"[ \t]*(?:[?!;\n]|\.(?:\s|$)|$)"
)
_LATIN_AT = re.compile(_LATIN_AT_TRIGGER)
# Times, units, currencies and calendar words after "at 10": not a street.
_NOT_STREET = frozenset(
    "am pm a.m. p.m. noon midnight sharp cet cest utc gmt est pst eur usd gbp chf gb mb kb tb "
    "percent euros dollars pounds monday tuesday wednesday thursday friday saturday sunday "
    "january february march april may june july august september october november december "
    "today tomorrow tonight".split()
)
_AT_HOUSE = re.compile(r"(?:at|to|in|,)[ \t]+" + _HOUSE + r"[ \t]+" + OTHER)


def is_trigger(word: str) -> bool:
    return any(shape.fullmatch(word) for shape, _ in _LAYOUTS)


def check(text: str, start: int, end: int) -> Iterator[Hit]:
    """The check of the layout whose trigger ``text[start:end]`` is."""
    word = text[start:end]
    for shape, layout in _LAYOUTS:
        if shape.fullmatch(word):
            yield from layout(text, start, end)
            return


def _time_or_unit(words: list[str]) -> bool:
    """A time, unit, currency or calendar word among ``words``: not a street."""
    return any(w.lower() in _NOT_STREET for w in words)


# A house line: a house number, then a name in another script, ending its line;
# the number starts the line or follows English ("...the same: 6 वर्मा", "to 92
# तमांग"), not a label in the same script ("Итого: 3 позиции").
_HOUSE_FIRST = re.compile(
    r"(?:^[ \t>?]*|(?<=[a-z][:?])[ \t]+|\b(?:to|at|in|is)[ \t]+)"
    + _HOUSE + r"[ \t]+" + OTHER + r"[^\n]{0,80}$",
    re.MULTILINE,
)  # fmt: skip
# Or a name in another script, then the house number ("गुरुङ्ग कुना घर 59"), with
# only locality lines, no numbers, between it and the code: a form's lines
# ("Количество 5\nЦена 200\nИтого 1000") all have numbers.
_HOUSE_LAST = re.compile(
    OTHER + r"[^\s\d]*(?:[ \t]+" + OTHER + r"[^\s\d]*){0,5}[ \t]+" + _HOUSE + r",?[ \t]*$"
)
_DIGIT = re.compile(r"\d")
_LINES_ABOVE = 4
_REACH = 320
_CODE_LINE_WORDS = 6
_HOUSE_LINE_WORDS = 7
_YEAR = re.compile(r"(?:19|20)\d\d")
_PROSE_AFTER = re.compile(r"[ \t]+[a-z]")


def postal_block(text: str, line_start: int, start: int, end: int) -> Iterator[Hit]:
    """A code ending a short line, below a house number and a name in another
    script on one of the four lines above."""
    if (
        end < len(text)
        and not (
            text[end] in "\n?!.,"
            or _PROSE_AFTER.match(text, end)  # "... 32533 last night."
            or text[end].isspace()
            and text[end : end + 40].lstrip(" \t")[:1] in ("\n", "")
        )
    ):
        return
    if len(text[line_start:start].split()) > _CODE_LINE_WORDS or not line_start:
        return
    if _YEAR.fullmatch(text, start, end):
        return
    if not _OTHER_LETTER.search(text, line_start, start):
        return  # the code follows a word in another script, not only Latin ones
    lo = line_start
    for _ in range(_LINES_ABOVE):
        if lo <= 0 or start - lo > _REACH:
            return
        above = line_begin(text, lo - 1)
        house = _HOUSE_FIRST.search(text, above, lo - 1)
        if not house and lo < line_start and not _DIGIT.search(text, lo, line_start):
            house = _HOUSE_LAST.search(text, above, lo - 1)
        if house and len(text[house.start() : lo - 1].split()) <= _HOUSE_LINE_WORDS:
            yield "street_address", house.start(), end, 0.7
            return
        lo = above


# "Apt. 527 7 Pedersenmarka", "Apt. 233 84/398 ரஞ்சிதா": the flat, then a house
# number and a street name; "5399 तमांग Apt. 539": a house and a name, then the flat.
_NAMED = r"(?:[A-ZÀ-ÝĀ-Ž]|" + OTHER + ")"  # a capital, or a letter of a script without case
_FLAT_THEN_HOUSE = re.compile(
    r"\.?\s*\d{1,5}[A-Za-z]?,?\s+\d{1,5}[A-Za-z]?(?:/\d{1,4})?\.?\s+" + _NAMED
)
_HOUSE_THEN_FLAT = re.compile(r"\d{1,5}(?:[/-]\d{1,4})?\s+" + _NAMED + r"[^\n]{0,40}$")


# Flat and office words that ``addresses.py`` does not take as street suffixes
# (they are common words elsewhere), with their number: "Oficina 4", "Studio 52".
FLAT_TRIGGER = r"\b(?:Apartment|Apartamento|Apto|Oficina|Of|Local|Studio|Dto|Torre)\.? \d{1,5}\b"
_FLAT = re.compile(FLAT_TRIGGER)
# The house line above a flat line: "167 Calle 1", "5-89 Dg. 100C", "92 TaraPark".
_HOUSE_ABOVE = re.compile(
    r"[ \t>?]*\d{1,5}[A-Za-z]?(?:[/-]\d{1,4}[A-Za-z]?)?\.?[ \t]+" + _NAMED + r"[^\n]{1,40}"
)


def flat(text: str, start: int, end: int) -> Iterator[Hit]:
    """ "Oficina 4" under "88 Calle 8", or beside a house number and a name."""
    line_start = line_begin(text, start)
    word_end = start + len(text[start:end].split()[0].rstrip("."))
    house = house_by_flat(text, line_start, start, word_end)
    if house is not None:
        yield "street_address", house, end, 0.7
    elif line_start and not text[line_start:start].strip(" \t>?"):
        above = line_begin(text, line_start - 1)
        if _HOUSE_ABOVE.fullmatch(text, above, line_start - 1):
            yield "street_address", above, end, 0.7


_FLAT_REACH = 60  # the house and its name just before the flat word


def house_by_flat(text: str, line_start: int, start: int, end: int) -> int | None:
    """Where the address starts when a flat word ("Apt") at ``text[start:end]``
    stands beside a house number and a name; None when it does not."""
    if _FLAT_THEN_HOUSE.match(text, end):
        return start
    house = _HOUSE_THEN_FLAT.search(text, max(line_start, start - _FLAT_REACH), start)
    return house.start() if house else None


# A street line that ends in a house number: "Κορωνίδου 51,", "Μπίκα 696-820,".
_STREET_LINE = re.compile(OTHER + r"[^\n\d]{1,60}\s" + _HOUSE + r",?[ \t]*$")
# The town after the code: one to three words in another script.
_TOWN = re.compile(OTHER + r"[^\s,.;:?!]*(?:[ \t]" + OTHER + r"[^\s,.;:?!]*){0,2}")


def _code_line(text: str, start: int, end: int) -> Iterator[Hit]:
    """ "829 13 Πύργος" below "Κορωνίδου 51,": a postcode and a town under a street."""
    line_start = line_begin(text, start)
    if line_start != start or not line_start:
        return
    above = line_begin(text, line_start - 1)
    street = _STREET_LINE.search(text, above, line_start - 1)
    town = _TOWN.match(text, end - 1)
    if street and town:
        yield "street_address", street.start(), town.end(), 0.7


# What may follow the words after "at 26": the clause's end.
_CLAUSE_END = re.compile(r"[ \t]*(?:[.;:?!\n]|$|(?:after|before|in|for|last|and|on)\b)")
_AT = re.compile(r"(?:at|to|in|,)[ \t]+")
_OTHER_WORDS = re.compile(OTHER + r"[^\s,.;:?!]*(?:[ \t]+" + OTHER + r"[^\s,.;:?!]*){0,3}")
# A street type in English after the name: "at 4 सेनगुप्ता St.", "450 කුලතුංග Cliff"
_LATIN_TYPE = re.compile(r"(?:[ \t]+[A-Z][a-z]{1,12}\.?){1,2}(?=[\s,.;:?!]|$)")
_LOCALITY = re.compile(r",[ \t]*" + OTHER + r"[^\s,.;:?!]*(?:[ \t]+[^\s,.;:?!]+){0,2}")


def _at_house(text: str, start: int, end: int) -> Iterator[Hit]:
    """ "at 26 Աբովյան" or ", 20 Պռոշյան, Հրազդան" closing a clause: a house
    number, one to four words in another script (and perhaps an English street
    type), perhaps a locality after a comma ("at 3 PM", "in 2025" never start)."""
    words = _OTHER_WORDS.match(text, end - 1)
    if not words:
        return
    pos = words.end()
    latin = _LATIN_TYPE.match(text, pos)
    pos = latin.end() if latin else pos
    locality = _LOCALITY.match(text, pos)
    if text[start] == "," and not locality:
        return  # ", 5 <words>" in a list is not yet an address
    pos = locality.end() if locality else pos
    if _CLAUSE_END.match(text, pos) or text.startswith(",", pos):
        at = _AT.match(text, start)
        yield "street_address", at.end() if at else start, pos, 0.7


_YEAR_AFTER_AT = re.compile(r"at[ \t]+(?:19|20)\d\d\b")


def _latin_at(text: str, start: int, end: int) -> Iterator[Hit]:
    """ "at 834 Avenida 5." closing its clause, unless a time, unit, currency or
    date follows the number ("at 10 PM.", "at 20 Euros.", "at 2025 Berlin")."""
    words = text[start:end].rstrip(" \t.?!;\n").replace(",", " ").split()[2:]
    if _YEAR_AFTER_AT.match(text, start) or _time_or_unit(words):
        return
    at = _AT.match(text, start)
    stop = start + len(text[start:end].rstrip(" \t?!;\n."))
    yield "street_address", at.end() if at else start, stop, 0.7


# ", 971 Av. Alvear, Comodoro Rivadavia." after "at" and a firm's name: a house
# number and a street, then a locality, closing the sentence.
_PARTICLES = r"(?:de|del|da|do|dos|di|la|le|van|von|der|des|du)"
_LIST_TRIGGER = (
    r",[ \t]+\d{1,5}[A-Za-z]?(?:[/-]\d{1,4}[A-Za-z]?)?\.?[ \t]+"
    + r"(?:" + _CAPITALISED + "|" + _PARTICLES + r")(?:[ \t]+[^\s,;:?!]+){0,4}"
    + r",[ \t]+" + _CAPITALISED + r"(?:[ \t]+" + _CAPITALISED + r"){0,2}"
    + r"[ \t]*(?:[?!;\n]|\.(?:\s|$)|$)"
)  # fmt: skip
_LIST = re.compile(_LIST_TRIGGER)
# "at" and a name earlier in the same sentence ("We'll meet Friday at Ayala, Chavez
# and Mansilla, ..."), not "at the expo, 12 New Leads, Berlin."
_AT_BEFORE = re.compile(r"\bat[ \t]+" + _NAMED + r"(?![^\n]*[.?!]\s+[A-Z])[^\n]*$")
_LIST_REACH = 120


def _listed(text: str, start: int, end: int) -> Iterator[Hit]:
    if not _AT_BEFORE.search(text, max(0, start - _LIST_REACH), start):
        return
    words = text[start:end].strip(" ,\t.?!;\n").replace(",", " ").split()
    if _YEAR.fullmatch(words[0]) or _time_or_unit(words[1:]):
        return
    yield "street_address", start + 2, start + len(text[start:end].rstrip(" \t?!;\n.")), 0.7


# After an address cue ("his address:", "lives at"): a house number in any form
# ("5a/8", "7а", "88號") and one to four words, closing the clause.
_CUED = re.compile(
    r"[ \t]*(?::|-|\bis\b)?[ \t]*(" + _HOUSE + r")[ \t]+(?:" + _NAMED + r")[^\s,.;:?!]*"
    r"(?:[ \t]+[^\s,.;:?!]+){0,3}(?:,[ \t]*" + _NAMED + r"[^\s,.;:?!]*(?:[ \t]+[^\s,.;:?!]+){0,2})?"
)


def after_cue(text: str, start: int, end: int) -> Iterator[Hit]:
    """An address cue's address that ``addresses.after_cue`` did not read."""
    m = _CUED.match(text, end, min(len(text), end + 120))
    if m and _CLAUSE_END.match(text, m.end()):
        words = text[m.start(1) : m.end()].replace(",", " ").split()[1:]
        if not _time_or_unit(words):
            yield "street_address", m.start(1), m.end(), 0.7


# Chile: "Las Hortensias 299\nParral, Región del Maule", where the region line is
# the only sign; and a rural address, "Ruta 5 Sur, km 306".
_REGION_TRIGGER = r"\bRegi[oó]n del? "
_REGION = re.compile(_REGION_TRIGGER)
_STREET_ABOVE = re.compile(
    _NAMED + r"[^\n\d]{1,60}\s\d{1,5}[A-Za-z]?"
    r"(?:\s+(?:Of\.|Dpto\.|Depto\.|Piso|Casa|Local)\s*\d{1,5})?[ \t]*$"
)
_TOWN_BEFORE = re.compile(r"[ \t>?]*" + _NAMED + r"[^\n\d,]{0,40},[ \t]*$")
_KM = re.compile(r"Ruta [^\s,]{1,8}(?: Sur| Norte)?, km \d{1,4}\b")


def _region(text: str, start: int, end: int) -> Iterator[Hit]:
    line_start = line_begin(text, start)
    if not line_start or not _TOWN_BEFORE.fullmatch(text, line_start, start):
        return
    above = line_begin(text, line_start - 1)
    street = _STREET_ABOVE.search(text, above, line_start - 1)
    if street:
        yield "street_address", street.start(), end, 0.7


# Brazil: a CEP, the town, "/" and the state: "36451-227 Jesus / RS".
_CEP = re.compile(r"\d{5}-\d{3}[ \t\n]+[A-ZÀ-Ý][^\n/]{0,40}/[ \t]?[A-Z]{2}\b")


def beside(text: str, start: int) -> Iterator[Hit]:
    """A known format's trigger at ``start`` that its own check did not take: a
    flat word the known formats list ("Apartment 1" under a house line), "Ruta
    5 Sur, km 306" (a rural address), "36451-227 Jesus / RS" (a Brazilian CEP)."""
    m = _FLAT.match(text, start)
    if m:
        yield from flat(text, start, m.end())
        return
    m = _KM.match(text, start) or _CEP.match(text, start)
    if m:
        yield "street_address", start, m.end(), 0.7


# For the trigger pass (RE2), after the known formats: the layouts above.
TRIGGER = "|".join((_AT_OTHER, _LATIN_AT_TRIGGER, FLAT_TRIGGER, _LIST_TRIGGER, _REGION_TRIGGER))

# Each layout trigger's shape and its check, in the order they are tried.
_LAYOUTS: tuple[tuple[re.Pattern[str], Callable[[str, int, int], Iterator[Hit]]], ...] = (
    (_CODE_LINE, _code_line),
    (_AT_HOUSE, _at_house),
    (_LATIN_AT, _latin_at),
    (_FLAT, flat),
    (_LIST, _listed),
    (_REGION, _region),
)
