"""Addresses in countries no street rule names: a general shape, not a format.

``addresses.py`` knows the street words and postcodes of the countries it was
written for. Elsewhere an address is still recognisable by its shape: a short
run of comma-separated parts on one line that holds an address word (a street,
lane, ward, district or village word, in any of the languages below) together
with a second address part: a house number ("6", "65/107", "b. 6", "Số 19"), a
postcode, or another address word in another part. One address word alone
("the Phố Cổ tour", "our Jalan office") or a number alone is not an address.

The words are the street and administrative-division words of Azerbaijani,
Vietnamese, Albanian, Uzbek, Swahili and Malay (from their postal usage, not
from any test generator). They are rare in office prose in other languages, and
each still needs a second part beside it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from assistant.guard.sensitivity import address_blocks, address_words
from assistant.guard.sensitivity.findings import line_begin

Hit = tuple[str, int, int, float]

# Whole words, any case. Abbreviations keep their dot.
_ASCII_WORDS = (
    # Azerbaijani
    "pr", "prospekti", "ray", "rayonu", "qes", "k", "mikrorayon", "mkr",
    # Vietnamese (the ASCII ones)
    "Khu", "Thon", "TP", "Quan", "Huyen",
    # Albanian
    "Rruga", "Rr", "Lagjja", "Lagja", "Bulevardi", "Blv", "Sheshi", "Pallati", "Shkalla",
    # Uzbek
    "mahallasi", "tumani", "viloyati", "shahri", "kv", "ulitsa", "ul",
    # Swahili
    "mtaa", "barabara", "kitalu",
    # Malay
    "Jln", "Lorong", "Lrg", "Taman", "Tmn", "Persiaran", "Lebuh", "Lebuhraya", "Kampung",
    "Kg", "Seksyen", "Darul", "Bandar",
)  # fmt: skip
_UNICODE_WORDS = (
    # Azerbaijani
    "küç", "küçə", "küçəsi", "şəhəri", "ş", "qəs", "qəsəbəsi", "kəndi", "döngəsi", "dalanı",
    "məhəlləsi",
    # Vietnamese
    "Đường", "Phố", "Ngõ", "Ngách", "Hẻm", "Khóm", "Ấp", "Phường", "Xã", "Quận", "Huyện",
    "Tỉnh", "Thành phố", "Thị trấn", "Thôn",
    # Uzbek
    "ko'chasi", "ko‘chasi", "koʻchasi", "ko’chasi", "shoh ko'chasi",
) + address_words.WORDS  # fmt: skip
_ABBREVIATIONS = frozenset(("pr", "ray", "qes", "k", "mkr", "TP", "Rr", "Blv", "kv", "ul"))
_UNICODE_ABBREVIATIONS = frozenset(("küç", "qəs", "ş")) | address_words.SHORT
_SHORT = frozenset(w.lower() for w in _ABBREVIATIONS | _UNICODE_ABBREVIATIONS)
_ABBREVIATION_END = re.compile(r"\.(?:[\s,]|$)")
_CASED = frozenset(("Khu", "Thon", "TP", "Quan", "Huyen", "Rr", "Blv", "Kg"))

# For the trigger pass (RE2): ASCII words with ASCII word bounds; the others
# are checked for their bounds in Python (RE2's \b is ASCII-only).
TRIGGER = (
    r"(?i:\b(?:"
    + "|".join(sorted((re.escape(w) for w in _ASCII_WORDS if w not in _CASED), key=len)[::-1])
    + r")\b)|\b(?:"
    + "|".join(re.escape(w) for w in _CASED)
    + r")\b|(?i:"
    + "|".join(
        sorted(
            (re.escape(w) + (r"\." if w in _UNICODE_ABBREVIATIONS else "") for w in _UNICODE_WORDS),
            key=len,
        )[::-1]
    )
    # "Calle 8 N° 837": a street number, then the house's; codes after a comma or
    # after a word in another script
    + r")|\d[A-Z]? N[°º] ?\d|, \d{6,7}\b|[^\x00-\x7F][ -](?:\d{3,7}|\d{10})\b"
)
_WORDS = frozenset(w.lower() for w in _ASCII_WORDS + _UNICODE_WORDS)
_CUE = re.compile(
    r"(?<![\w'‘’ʻ])(?:"
    + "|".join(sorted((re.escape(w) for w in _ASCII_WORDS + _UNICODE_WORDS), key=len)[::-1])
    + r")(?![\w'‘’ʻ])",
    re.IGNORECASE,
)
# A house or flat number: "6", "65/107", "3/96/389", "b. 6", "m. 1", "Số 19",
# "No. 5", "9Y"; not a year, a time, a decimal, an amount or a version.
_HOUSE = re.compile(
    r"(?<![\w.,/:$€£%()-])(?:(?:b|m|d|No|Nr|nr|Số|kv|dom|ap|apt)\.?\s?)?"
    r"(?!(?:19|20)\d\d\b)\d{1,5}[^\W\d_]?(?:/\d{1,5}[^\W\d_]?){0,2}"
    r"(?![\w:%$€£/-]|[.,]\d|\s+[a-z]+\b)"  # not "Seksyen 2 of the handbook"
)
_POSTCODE = re.compile(r"(?<![\w-])(?:[A-Z]{2}\s?\d{4}|\d{5,6})(?![\w-])")
# Where the address run ends: a line, a sentence, a question.
_STOP = re.compile(
    r"[\n?!;:()\"]|(?<=[^\W\d_]{4})\.\s+|\s(?:and|or|after|before|in case|last|for|but)\s"
)
_REACH = 70


def is_trigger(word: str) -> bool:
    return word.lower().rstrip(".") in _WORDS or bool(_NUMERO.fullmatch(word))


_NUMERO = re.compile(r"\d[A-Z]? N[°º] ?\d")
# "Camino 8 N° 27", "Av. 5 N° 744": a named or numbered street, then N° and the house.
_NUMERO_STREET = re.compile(r"[A-ZÀ-Ý][\w'.-]*\.?\s+\d{1,4}[A-Z]?\s+N[°º]\s?\d{1,5}\b")
_RUN_END = re.compile(r",\s+(?!(?:19|20)\d\d\b)\d{4,7}$")  # Israel's codes have 7
_SEGMENT_HOUSE = re.compile(
    r"(?:[^\W\d_]{1,4}\.\s?)?\d{1,4}[A-Za-z]?(?:/\d{1,4})?"  # "6", "д. 6/9", "b. 7"
    r"(?:\s+[^\W\d_]{1,4}\.\s?\d{1,4})?"  # "д. 82 к. 89"
    r"(?:\s+(?![a-zß-ÿ])[^\W\d_][\w'’.-]*(?:\s+[^\W\d_][\w'’.-]*){0,3})?"  # "44 High Indawo"
)
_ABBREVIATED_HOUSE = re.compile(
    r"[^\W\d_]{1,4}\.\s?\d{1,4}[A-Za-z]?(?:/\d{1,4})?(?:\s+[^\W\d_]{1,4}\.\s?\d{1,4})?"
)
# A capital, or a letter of a script without case.
_NAMED = re.compile(r"(?<!\w)(?![a-zß-ÿ])[^\W\d_]")
_RUN_SEGMENTS = 5
_OTHER_SCRIPT_STREET = re.compile(
    address_blocks.OTHER + r"\S*(?:\s+\S+){0,3}\s\d{1,5}[^\W\d_]?(?:/\d{1,4})?"
)


def numbered_run(text: str, start: int, end: int) -> Iterator[Hit]:
    """A postcode-like number no country rule placed: an address when it closes a
    run of short comma parts holding a house number and a named part, in any
    script ("44 High Indawo, Welkom, 9169", "наб. Пугачева, д. 6/9, 677119")."""
    lo = max(0, start - 100, line_begin(text, start))
    tail = _RUN_END.search(text, lo, end)
    if not tail:
        yield from address_blocks.postal_block(text, lo, start, end)
        return
    segments = text[lo : tail.start()].split(",")[-_RUN_SEGMENTS:]
    run: list[str] = []
    for segment in reversed(segments):
        words = segment.split()
        if not words or any(c in segment for c in "?!:;()") or len(words) > _PART_WORDS:
            # prose before the address: from a house number in its last words
            words = words[-_PART_WORDS:]
            first = next((i for i, w in enumerate(words) if w[:1].isdigit()), len(words))
            run.append(" ".join(words[first:] or words[-1:]))
            break
        run.append(segment.strip())
    named = any(_NAMED.search(part) for part in run)
    # The house number leads the run ("44 High Indawo, ...") or is written with
    # its word anywhere in it ("..., д. 6/9, 677119"); "Sprint 4, 2 Teams" is neither.
    housed = bool(_SEGMENT_HOUSE.fullmatch(run[-1])) or any(
        _ABBREVIATED_HOUSE.fullmatch(part) for part in run
    )
    # In a script without Latin letters the street may lead: "גובר רבקה 49, ..."
    housed = housed or bool(_OTHER_SCRIPT_STREET.fullmatch(run[-1]))
    if named and housed and len(run) >= 2:
        yield "street_address", max(lo, tail.start() - len(", ".join(reversed(run)))), end, 0.7


def check(text: str, start: int, end: int) -> Iterator[Hit]:
    """An address word at ``text[start:end]``: an address when the run of comma
    parts around it holds a house number, a postcode or another address word."""
    word = text[start:end]
    if _NUMERO.fullmatch(word):
        lo = max(0, start - 40)
        m = _NUMERO_STREET.search(text, lo, min(len(text), end + 5))
        if m and m.start() <= start < m.end():
            yield "street_address", m.start(), m.end(), 0.7
        return
    if end < len(text) and text[end].isalnum() or start and text[start - 1].isalnum():
        return  # part of a longer word (RE2's \b is ASCII-only)
    if start and text[start - 1] in "'‘’ʻ-":
        return
    dot = end - 1 if word.endswith(".") else end
    if word.rstrip(".").lower() in _SHORT and not _ABBREVIATION_END.match(text, dot):
        return  # "pr", "k", "ş" count only written as abbreviations: "pr.", "k." (not "k.s.")
    lo, hi = _run(text, start, end)
    houses = [m for m in _HOUSE.finditer(text, lo, hi) if m.start() >= end or m.end() <= start]
    postcodes = list(_POSTCODE.finditer(text, lo, hi))
    parts = [(m.start(), m.end()) for m in houses + postcodes]
    parts = [p for p in parts if _close(text, (start, end), p)]
    if not parts:  # a second address word in another part (the slower search)
        others = [m for m in _CUE.finditer(text, lo, hi) if not (m.start() <= start < m.end())]
        parts = [(m.start(), m.end()) for m in others if _separate(text, start, end, m)]
        parts = [p for p in parts if _close(text, (start, end), p)]
    if not parts:
        return
    first = min(start, *(a for a, _ in parts))
    last = max(end, *(b for _, b in parts))
    yield "street_address", first, last, 0.7


def _separate(text: str, start: int, end: int, other: re.Match[str]) -> bool:
    """Another address word in another comma part ("Salyan rayonu, Quşçu qəs.")."""
    a, b = sorted(((start, end), (other.start(), other.end())))
    if "," not in text[a[1] : b[0]]:
        return False
    word = other.group()
    return not (word.lower() in _SHORT and not _ABBREVIATION_END.match(text, other.end()))


def _close(text: str, a: tuple[int, int], b: tuple[int, int]) -> bool:
    """Nothing but short comma parts between the two: "Khu 58 Hùng Vương, Phường"
    is one address, "TP. Huế, a firm that is a 501(c)3" is not."""
    (_, gap_start), (gap_end, _) = sorted((a, b))
    for part in text[gap_start:gap_end].split(","):
        words = part.split()
        if len(words) > _PART_WORDS or sum(bool(_PROSE_WORD.fullmatch(w)) for w in words) > 1:
            return False
    return True


_PART_WORDS = 4
_PROSE_WORD = re.compile(r"[a-z]+")  # "the firm is a": English prose, not an address part


def _run(text: str, start: int, end: int) -> tuple[int, int]:
    """The stretch of the line around the word, up to a sentence or clause end."""
    lo = max(0, start - _REACH)
    hi = min(len(text), end + _REACH)
    before = list(_STOP.finditer(text, lo, start))
    if before:
        lo = before[-1].end()
    after = _STOP.search(text, end, hi)
    if after:
        hi = after.start()
    return lo, hi
