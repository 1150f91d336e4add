"""Person hits that are places or nationalities, for ``names = "always"``.

spaCy's small English model tags countries and nationalities as people
("Burkina Faso was fun", "I am Jamaican"), and the name of a bridge or a
street too ("Bremervörde bridge"). This module drops such hits:

- the hit, with up to two words before or three after it ("French Guiana",
  "Antigua and Barbuda"), is a country's name in ISO 3166 (pycountry: short,
  common, official and former names) or, from pycountry's gettext catalogues,
  in one of ``LANGUAGES`` ("Ilhas Cook"; one foreign word drops only an NER
  hit: "Guadalupe" is a first name too);
- a single word that is a country's word plus a demonym ending ("Jamaican",
  "Yemeni", "Chinese", "Moroccan") or a country's word less its ending ("Slovak"
  for Slovakia, "Kazakh" for Kazakhstan);
- a hit followed by a lowercase place noun ("Bremervörde bridge"), with a
  place link inside ("Krimpen aan de Lek"), or one word after "in".

pycountry (LGPL-2.1, data only, nothing downloaded) is imported only here and
only when ``names = "always"`` asks; without it nothing is dropped, so more
stays local, never less.
"""

from __future__ import annotations

import os
import re
from functools import lru_cache
from typing import Any

Hit = tuple[str, int, int, float]

_DEMONYM_ENDINGS = ("n", "ns", "an", "ans", "ian", "ians", "ean", "eans", "i", "is", "ese", "ish")
CUED = 0.8  # the highest score names.py gives a name placed by its position
_LOOSE_ENDINGS = {"an", "ans", "ian", "ians", "ean", "eans", "ien", "iens", "ese", "eses", "lese"}
_LONG = ("ese", "ean", "eans", "ian", "ians", "ish")  # replace a final vowel: China, Chinese
_TRIMMED = ("ia", "istan", "stan")
_PLACE_NOUN = re.compile(
    r"\s+(?:bridge|street|road|avenue|lane|river|station|airport|square|harbour|harbor|"
    r"county|district|province|region|village|town|city)\b"
)
# The place noun ends the hit: "Clark Ville", "Caragh Ville bridge".
_PLACE_END = re.compile(r"(?i)\s(?:ville|bridge|street|road|city|town|village)$")
# A lower-case link inside the hit: "Krimpen aan de Lek", "Frankfurt am Main".
_PLACE_LINK = re.compile(
    r"\w\s+(?:aan|am|an|bei|im|sur|sous|upon|nad|pod|u)\s+(?:(?:de|der|den|la|le)\s+)?[^\W\d_]"
)
# A verb of place just before: "based in Zuurdijk", "returned to Teterow".
_PLACE_BEFORE = re.compile(
    r"(?i)\b(?:(?:based|born|located|headquartered|situated|year|years|live|lives|lived|"
    r"living|stay|stayed|holiday|vacation) in|moved (?:here )?(?:from|to)|returned to|"
    r"arrived (?:at|in)|travel(?:l)?(?:ed|ing) to|trip to|visit(?:ed|ing)?|"
    r"(?:fly|flying|flew|drive|driving|drove|going|went|heading|moving) to|"
    r"originally from|(?:i'm|i am|we're|we are) in)\s+$"
)
# One word right after "in": "a warehouse in Győr" ("in Anna's office" is a possessive).
_IN_ONE_WORD = re.compile(r"\bin\s+$")
# An item of a list of names: "Helene, Eleonore, Georgia, Ariane and Curt".
_IN_LIST = re.compile(r",\s*$")
_LIST_NEXT = re.compile(r",|\s+(?:and|&)\s")
_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")


@lru_cache(maxsize=1)
def _countries() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """Country names in English (lowercase), the single words of those names
    that are at least four letters long, and the names in ``LANGUAGES``;
    empty without pycountry."""
    try:
        import pycountry

        entries = [*pycountry.countries, *pycountry.historic_countries]
    except (ImportError, OSError):  # not installed, or a bundle without its data
        return frozenset(), frozenset(), frozenset()
    names: set[str] = set()
    for entry in entries:
        for field in ("name", "common_name", "official_name"):
            value = getattr(entry, field, None)
            if value:
                names.add(value.lower())
                names.add(value.split(",")[0].lower())  # "Korea, Republic of"
    words = {w for name in names for w in _WORD.findall(name) if len(w) >= 4}
    return frozenset(names), frozenset(words), frozenset(_translated(pycountry)) - names


# Languages of the policy's regions and their neighbours, whose names for
# countries turn up in text: "Aserbajdsjan", "Ilhas Cook", "Isole Vergini".
LANGUAGES = (
    "de fr es it nl pt pt_BR pl cs sk sv da nb_NO nn fi is et lv lt hu ro sl hr bs sq "
    "ca gl eu ga cy tr af id ms".split()
)


def _translated(pycountry: Any) -> list[str]:
    """Country names in ``LANGUAGES`` from pycountry's gettext catalogues
    (lowercase); none where a bundle left the catalogues out."""
    import gettext

    out: list[str] = []
    for language in LANGUAGES:
        try:
            catalogue = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, [language])
        except (OSError, AttributeError):
            continue
        table = getattr(catalogue, "_catalog", {})
        out += [v.lower() for k, v in table.items() if k and isinstance(v, str)]
    return out


def _demonym(word: str, country_words: frozenset[str]) -> bool:
    """A country's word with a demonym ending ("Jamaican", "Yemeni", "Chinese",
    "Cape Verdean", "Swazis" is not), or less its "-ia"/"-stan" ("Slovak",
    "Kazakh"). ``word`` may be hyphenated: its last part counts."""
    w = word.lower().replace("’", "'").split("-")[-1]
    if len(w) < 4:
        return False
    for c in country_words:
        if c[:3] != w[:3]:
            continue
        if any(c[: -len(tail)] == w for tail in _TRIMMED if c.endswith(tail)):
            return True
        for ending in _DEMONYM_ENDINGS:
            stem = w[: -len(ending)]
            if not w.endswith(ending) or len(stem) < 3:
                continue
            if ending in ("n", "ns") and not stem.endswith("a"):
                continue  # "Jamaican", not "Malin"
            # Yemen+i, Jamaica+n; China: chin+ese, Cabo Verde: verd+ean
            if c == stem or (ending in _LONG and c.startswith(stem) and len(c) - len(stem) == 1):
                return True
        # "Moroccan", "Bahamian", "Congolese", "Nigerien": all but the last two
        # letters of the country's word, then a demonym ending.
        shared = len(os.path.commonprefix([c, w]))
        if shared >= max(4, len(c) - 2) and w[shared:] in _LOOSE_ENDINGS:
            return True
    return False


def is_place(text: str, start: int, end: int, foreign: bool = True) -> bool:
    """Whether the person hit ``text[start:end]`` is a country, a nationality
    or a named place; ``foreign``: also when it is one word that names a
    country in another language."""
    english, words, translated = _countries()

    def known(candidate: str) -> bool:  # a single foreign word may be a first name
        name = candidate.lower()
        return name in english or ((foreign or " " in name) and name in translated)

    hit = text[start:end].strip()
    if _PLACE_END.search(hit) or _PLACE_LINK.search(hit):
        return True
    if _PLACE_BEFORE.search(text, max(0, start - 40), start):
        return True
    one_word = " " not in hit and not text.startswith(("'s", "’s"), end)
    if one_word and _IN_ONE_WORD.search(text, max(0, start - 4), start):
        return True
    if _IN_LIST.search(text, max(0, start - 3), start) and _LIST_NEXT.match(text, end):
        return False  # a list's item stays a name
    before = _WORD.findall(text[max(0, start - 40) : start])
    for n in range(0, 3):
        if n and len(before) < n:
            break
        candidate = " ".join([*before[len(before) - n :], hit]) if n else hit
        if known(candidate):
            return True
    after = _WORD.findall(text[end : end + 40])
    for n in range(1, min(3, len(after)) + 1):  # "Antigua and Barbuda", "Bouvet Island"
        if known(" ".join([hit, *after[:n]])):
            return True
    parts = _WORD.findall(hit)
    if 1 <= len(parts) <= 2 and _demonym(parts[-1], words):
        return True  # "Jamaican", "Cape Verdean", "South-American"
    return bool(_PLACE_NOUN.match(text, end))


def not_places(text: str, hits: list[Hit]) -> list[Hit]:
    """The hits less the person hits that are places or nationalities. A
    one-word name placed by its position (names.py scores those at most
    ``CUED``) is checked against English country names only: one-word names
    for countries in other languages are first names too ("Guadalupe",
    "Dominique", "Maurice")."""
    return [h for h in hits if h[0] != "person" or not is_place(text, h[1], h[2], h[3] > CUED)]
