"""Signals beside NER for ``[detectors] names = "always"``: where a name stands.

spaCy's small English model misses many names that a reader places at once
from their position: after an honorific ("Ms Shannon Parry"), in a greeting or
a signature, after "call me" or "named", as a speaker's label in a transcript,
or in a list with names NER did find ("Connor, Mariah, David and Anita"); as
the subject of a verb only people do ("Benjamin is a very kind person",
"Oskar lives on ..."), before a degree ("Anna Berg M.Sc."), after a possessive
name label ("Billing address:", "my partner's name"), or alone on a line of an
address block or signature. It also reads firm names as people ("Kelly Inc",
"Patel, James and Liu is a bank", "Poirier Bourdon et Fils"). This module adds
the first and removes the second. No name list is used: positions only.
"""

from __future__ import annotations

import re

Hit = tuple[str, int, int, float]

_UP = "A-ZÀ-ÝĀ-Ž"
_LOW = "a-zà-ÿā-ž"
# One capitalised name word: "Parry", "McHale", "O'Neil", "Jörg-Peter".
_WORD = rf"[{_UP}][{_LOW}]+(?:['’-][{_UP}]?[{_LOW}]+)*|Mc[{_UP}][{_LOW}]+"
_PARTICLE = r"(?:de|du|del|della|van|von|der|den|da|di|le|la)"
_NAME = rf"(?:{_WORD})(?:\s+(?:{_PARTICLE}\s+)?(?:{_WORD})){{0,2}}"
_HONORIFIC = (
    r"(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Sir|Dame|Lady|Lord|Herr|Frau|Mme|Mlle|Sr|Sra|Srta|"
    r"Sig|Sig\.ra|Dhr|Mevr|Ing|Mag|Lic|Dott|Dott\.ssa|Avv|(?i:mr|mrs|ms|dr))"
)
_PARTICLES = rf"(?:{_PARTICLE}\s+)*"
_BY_HONORIFIC = re.compile(rf"\b{_HONORIFIC}\.?\s+{_PARTICLES}({_NAME})")
# Positions where the next capitalised words are a person's name.
_CUES = re.compile(
    r"(?i:\b(?:call me|calls me|called|named|named (?:him|her|them)|name is|follow up with|"
    r"tribute to|(?:billing|shipping|delivery|mailing) address|account holder|"
    r"(?:my|his|her|their|partner's|wife's|husband's) name|correct it to|songwriter|"
    r"singer|player|commenter|author|actor|actress|name's|last name\?|first name\?|i am|i'm|"
    r"this is|says|said|asked|told|ask|contact|dear|hi|hello|hey|thanks|thank you|"
    r"regards|cheers|sincerely|directed by|written by|starring|featuring|shouted at|"
    r"sung by|married|mother|father|son|daughter|wife|husband|brother|sister|kid|"
    r"under)(?!\w))[,:]?\s+"
    rf"(?:Mr\.?\s+|Mrs\.?\s+|Ms\.?\s+|Dr\.?\s+)?{_PARTICLES}({_NAME})"
)
# The subject of a verb only people do ("Benjamin is a very sympathetic person",
# "Christina lives on ...", "Keeva shouted at ...") at a sentence's start.
_HUMAN_SUBJECT = re.compile(
    rf"(?m)(?:^|[.!?]\s+|[:;]\s+){_PARTICLES}((?:{_WORD})(?:\s+(?:{_WORD})){{0,2}})"
    r"(?:,[^,\n]{1,80},)?\s+(?:"
    r"lives|lived|shouted|whispered|said|says|told|asked|replied|smiled|laughed|cried|"
    r"married|was born|grew up|studied|graduated|began writing|spent a year|has given|"
    r"had given|gave|introduced|thanked|apologi[sz]ed|resigned|retired|is from|comes from|"
    r"will be (?:talking|speaking|presenting)|"
    r"(?:is|was) (?:a|an) (?:very |really )?(?:[\w-]+ ){0,3}(?:person|man|woman|girl|boy|guy|"
    r"lady|gentleman|friend)|(?:is|was) (?:very |really )?(?:reliable|kind|friendly|"
    r"sympathetic|honest|polite|rude|pregnant|sick|ill|married|divorced))\b"
)
# "had given Ferdinand his address", "said Niels to Stanislaw"
_RECIPIENT = re.compile(
    rf"\b(?:given|gave|give|told|tell|showed|sent|asked|said \S+ to|wrote to|talked to|"
    rf"spoke to)\s+({_WORD}(?:\s+{_WORD})?)\s*(?:\b(?:his|her|their|that|about|to|for)\b|[!?,.]|$)"
)
# "Amber's address", "Daniel's kid"; "Agathe Fischer B.A."; "a huge Benito Gremese fan".
_OWNER = re.compile(
    rf"\b({_NAME})['’]s\s+(?:address|kid|kids|child|children|son|daughter|wife|husband|"
    r"partner|mother|father|mum|mom|dad|parents|family|birthday|phone|number|email|boss|"
    r"song|songs|novel|book|verses|poems|album|films?|house|home|car|account)\b"
)
_DEGREE = re.compile(
    rf"\b({_NAME}),?\s+(?:B\.\s?A|B\.\s?Sc|B\.\s?Eng|M\.\s?A|M\.\s?Sc|M\.\s?Eng|MBA|"
    r"Ph\.?\s?D|LL\.?\s?M|Dipl\.-Ing|MSc|BSc)\b"
)
_FAN = re.compile(
    rf"\b(?i:a|an|the)\s+(?:huge\s+|big\s+)?({_NAME})\s+(?:fan|concert|novel|biography|"
    r"version|memoir)\b"
)
# A line that is only a name, alone or in a block of short lines (an address
# block, a signature, a quoted header): "> Bertrand Deschamps".
_NAME_LINE = re.compile(
    rf"(?m)^[ \t>]*({_PARTICLES}(?:{_WORD})(?:\s+{_PARTICLES}(?:{_WORD})){{1,3}})[ \t]*$"
)
_SHORT = 60
_REACH = 400  # how far a name line's neighbours are looked for
# "the assistant to Melina Gremese"
_ASSISTANT = re.compile(rf"\b(?:assistant|secretary|deputy) (?:to|of)\s+({_NAME})")
# "add Louis Maillot as a beneficiary"; "Gesine, can I speak to your boss?"
_ROLE = re.compile(rf"\b(?:add|appoint|nominate|remove|list)\s+({_NAME})\s+as\b")
_VOCATIVE = re.compile(
    rf"(?m)(?:^|[.!?]\s+)({_WORD}),\s+(?:can|could|would|will|please|I|you|do|did|are|have)\b"
)
# A span ending in a firm's word is the firm ("Koch Weitzel KG", "Hartnett Orchestra").
_FIRM_END = re.compile(
    r"\b(?:Inc|LLC|Ltd|PLC|GmbH|AG|KG|OHG|SA|SPA|SpA|SARL|S\.A\.R\.L\.|S\.L\.U\.|BV|NV|Group|"
    r"Orchestra|Club|Partners|Associates)\.?$"
)
# A speaker's label at the start of a line: "Jemma: What a wife."
_SPEAKER = re.compile(rf"(?m)^[ \t>]*({_WORD})(?:\s+({_WORD}))?\s*:\s*[\"“]?\S")
# A list of single capitalised words: "Connor, Mariah, David and Anita".
_LIST = re.compile(
    rf"(?:{_WORD})(?:\s*,\s*(?:{_WORD})){{1,}}(?:,?\s+(?:and|&|y|e|et|und|en|och|og|i)\s+(?:{_WORD}))?"
    rf"|(?:{_WORD})\s+(?:and|&)\s+(?:{_WORD})"
)
_ITEM = re.compile(_WORD)
# Firms named after people: "Kelly Inc", "Taylor LLC", "Patel, James and Liu is a bank".
_FIRM_AFTER = re.compile(
    r"(?:,?\s+(?:Inc|LLC|Ltd|Limited|PLC|plc|GmbH|AG|KG|SA|S\.A\.|SAS|SARL|S\.L\.|SL|SpA|S\.p\.A\.|"
    r"s\.r\.l\.|srl|BV|B\.V\.|NV|N\.V\.|AB|AS|A/S|Oy|Sp\.\s?z\s?o\.o\.|Pty|Corp|Co|"
    r"Group|Partners|Associates|LLP|Orchestra|Foundation|Institute|Bank|Company)\b"
    r"|\s+(?:et|&|and|e|y|und|en)\s+(?:Fils|Sons|Söhne|Figli|Hijos|Zonen|Cie)\b)"
    r"|\s+(?:is|was)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,4}"
    r"(?:company|firm|bank|agency|corporation|business|organi[sz]ation|non-profit|nonprofit|"
    r"501\(c\)3|group|band|orchestra|brand|manufacturer|provider|startup|consultancy|chain)"
)
_FIRM_BEFORE = re.compile(r"(?i)\b(?:work(?:s|ed|ing)? (?:for|at)|employed by|joined|from|at)\s+$")
# Capitalised words that are not names where cues put them.
_NOT_NAMES = set(
    "The This That These Those There Then We I It In On At For From To Our Your Their He She "
    "They His Her A An And But Or If When While After Before Please Thanks Thank Hi Hello Dear "
    "Yes No Not So As By Of With All Any Each Every Some Its Is Are Was Were Be What Who How "
    "Why Where Which Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February "
    "March April May June July August September October November December Team Everyone All "
    "Sir Madam Regards Best Cheers Sincerely Subject Date From To Cc Re Fwd Note Total Name "
    "Phone Email Address Title Company Department Action Owner Status Agenda Minutes Bot User "
    "Customer Agent Support Question Answer Q A Today Tomorrow Yesterday Here Now Also Just "
    "Mr Mrs Ms Dr God".split()
)


def cued_names(text: str, ner: list[tuple[int, int]]) -> list[Hit]:
    """Names placed by their position, and those in a list beside a name NER found."""
    out: list[Hit] = []
    signals = (_BY_HONORIFIC, _CUES, _ROLE, _VOCATIVE, _HUMAN_SUBJECT, _RECIPIENT, _OWNER)
    for regex in (*signals, _DEGREE, _FAN, _ASSISTANT):
        for m in regex.finditer(text):
            span = _trim(text, m.start(1), m.end(1))
            if span:
                out.append(("person", span[0], span[1], 0.8))
    # Windows of _REACH characters, never the whole text before or after a
    # line: a text of many name-like lines must not cost a copy of itself each.
    first = len(text) - len(text.lstrip())
    last = len(text.rstrip())
    for m in _NAME_LINE.finditer(text):
        before = text[max(0, m.start() - _REACH) : m.start()].rstrip("\n").rpartition("\n")[2]
        after = text[m.end() : m.end() + _REACH].lstrip("\n").partition("\n")[0]
        alone = m.start() <= first and m.end() >= last
        quoted = text[m.start() : m.start(1)].strip() == ">"
        if alone or quoted or _block_line(before) or _block_line(after):
            span = _trim(text, m.start(1), m.end(1))
            if span:
                out.append(("person", span[0], span[1], 0.75))
    for m in _SPEAKER.finditer(text):
        if m.group(1) not in _NOT_NAMES:
            out.append(("person", m.start(1), m.end(m.lastindex or 1), 0.8))
    found = ner + [(a, b) for _, a, b, _ in out]
    for m in _LIST.finditer(text):
        items = [i for i in _ITEM.finditer(m.group()) if i.group() not in _NOT_NAMES]
        spans = [(m.start() + i.start(), m.start() + i.end()) for i in items]
        if any(any(a < e and s < b for s, e in found) for a, b in spans):
            out += [("person", a, b, 0.75) for a, b in spans]
    return out


def _block_line(line: str) -> bool:
    """A line of an address block or a signature: short, not a sentence."""
    line = line.strip(" >\t")
    return 0 < len(line) < _SHORT and not line.endswith((".", "!", "?", ":"))


def _trim(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Drop leading and trailing words that are not names ("Thanks Monday")."""
    words = [(m.start(), m.end()) for m in _ITEM.finditer(text, start, end)]
    words = [(a, b) for a, b in words if text[a:b] not in _NOT_NAMES]
    if not words:
        return None
    return words[0][0], words[-1][1]


def not_firms(text: str, hits: list[Hit]) -> list[Hit]:
    """The person hits that are not part of a firm's name."""
    firms = []
    for m in _LIST.finditer(text):
        after = _FIRM_AFTER.match(text, m.end())
        employer = _FIRM_BEFORE.search(text, max(0, m.start() - 30), m.start())
        if after or (employer and len(_ITEM.findall(m.group())) >= 3):
            firms.append((m.start(), m.end()))
    for m in re.finditer(rf"(?:{_WORD})(?:\s+(?:{_WORD}))?", text):
        if _FIRM_AFTER.match(text, m.end()):
            firms.append((m.start(), m.end()))
    return [
        h
        for h in hits
        if h[0] != "person"
        or not (
            _FIRM_END.search(text, h[1], h[2]) or any(a <= h[1] and h[2] <= b for a, b in firms)
        )
    ]
