"""Signals beside NER for ``[detectors] names = "always"``: where a name stands.

spaCy's small English model misses many names that a reader places at once
from their position: after an honorific ("Ms Shannon Parry"), in a greeting or
a signature, after "call me" or "named", as a speaker's label in a transcript,
or in a list with names NER did find ("Connor, Mariah, David and Anita"); as
the subject of a verb only people do ("Benjamin is a very kind person",
"Oskar lives on ..."), before a degree ("Anna Berg M.Sc."), after a possessive
name label ("Billing address:", "my partner's name"), or alone on a line of an
address block or signature; after "by", before a possessive ("Rebecca Miller's
Cautionary Tales"), as a vocative closing a clause ("Don't go, Liliana!"), as
the answer to a question about a name, as the holder of a role only people
hold ("X of Firm is the CEO"), after a noun only people have ("the funeral
of X"). It also reads firm names as people ("Kelly Inc", "Patel, James and Liu
is a bank", "Poirier Bourdon et Fils", "Horváth és Kovács Kft."). This module
adds the first and removes the second. No name list is used: positions only.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from itertools import accumulate

Hit = tuple[str, int, int, float]

_UP = "A-ZÀ-ÝĀ-Ž"
_LOW = "a-zà-ÿā-ž"
# One capitalised name word: "Parry", "McHale", "O'Neil", "Jörg-Peter".
_WORD = (
    rf"(?:Ma?c|[OD]['’])[{_UP}][{_LOW}]+(?:-[{_UP}][{_LOW}]+)?"
    rf"|[{_UP}][{_LOW}]+(?:['’-][{_UP}]?[{_LOW}]+)*"
)
_PARTICLE = r"(?:de|du|des|del|della|dos|das|do|van|von|der|den|ter|ten|da|di|le|la|zu|af)"
# Up to four parts with particles and initials between: "Blanca de la Fuente",
# "Constanza Maria Belen Gonzalez", "Nagy S. Erzsébet" (initials as in Hungarian).
_INITIAL = rf"[{_UP}]\."
_NAME = (
    rf"(?:{_INITIAL}\s+)?(?:{_WORD})"
    rf"(?:\s+(?:{_PARTICLE}\s+){{0,2}}(?:{_WORD}|{_INITIAL}(?=\s+[{_UP}]))){{0,3}}"
)
# Titles before a name in the languages of the policy's regions: "Fru Paulsen",
# "pani Ewa Sydor", "MUDr. Věra Vítková", "Dña. Pilar Soto".
_HONORIFIC = (
    r"(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Sir|Dame|Lady|Lord|Herr|Frau|Hr|Fr|Fru|Frk|Mme|Mlle|Sr|Sra|"
    r"Srta|Dra|Dña|Sig|Sig\.ra|Sig\.na|Signor|Signora|Dhr|Mevr|Mej|Ing|Mag|Lic|Dott|Dott\.ssa|"
    r"Avv|Mgr|Bc|Doc|MUDr|MVDr|JUDr|PhDr|RNDr|(?i:mr|mrs|ms|dr|pan|pani|paní|pán|hr|fru|herr|"
    r"frau|sr|sra|dhr|mevr))"
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
    r"sung by|by|married|mother|father|son|daughter|wife|husband|brother|sister|kid|"
    r"(?:change|correct|update|set) it to|also features|heard|under)(?!\w))[,:]?\s+"
    rf"(?:ex-\S+\s+)?(?:{_HONORIFIC}\.?\s+)?{_PARTICLES}({_NAME})"
)
# The subject of a verb only people do ("Benjamin is a very sympathetic person",
# "Christina lives on ...", "Keeva shouted at ...") at a sentence's start.
_HUMAN_SUBJECT = re.compile(
    rf"(?m)(?:^[ \t]*|[.!?]\s+|[:;]\s+|\b(?:tell|know|knew|think|thought|guess|sure) )"
    rf"{_PARTICLES}({_NAME}(?:\s+(?:and|&)\s+{_PARTICLES}{_NAME})?)"
    r"(?:,[^,\n]{1,80},)?\s+(?:"
    r"lives|lived|shouted|whispered|said|says|told|asked|replied|smiled|laughed|cried|"
    r"married|was born|grew up|studied|graduated|began writing|spent a year|has given|"
    r"had given|gave|introduced|thanked|apologi[sz]ed|resigned|retired|is from|comes from|"
    r"explained|recalled|admitted|insisted|confessed|"
    r"flew|drove|walked|(?:[a-z]+ed|put|wrote|sang|made|took|lost|left) (?:his|her)|"
    r"will be (?:talking|speaking|presenting)|"
    r"(?:is|was|are|were) (?:a |an )?(?:very |really |huge |big )?(?:[\w.'’-]+ ){0,4}"
    r"(?:person|man|woman|girl|boy|guy|lady|gentleman|friend|fan|people|friends|couple|"
    r"brothers|sisters|twins|engineers?|musicians?|singers?|songwriters?|writers?|doctors?|"
    r"nurses?|teachers?|lawyers?|students?)|"
    r"(?:is|was) (?:very |really )?(?:reliable|kind|friendly|"
    r"sympathetic|honest|polite|rude|pregnant|sick|ill|married|divorced))\b"
)
# "had given Ferdinand his address", "said Niels to Stanislaw"
_RECIPIENT = re.compile(
    rf"\b(?:given|gave|give|told|tell|showed|sent|asked|said {_NAME} to|wrote to|talked to|"
    rf"spoke to)\s+({_WORD}(?:\s+{_WORD})?)\s*(?:\b(?:his|her|their|that|about|to|for)\b|[!?,.]|$)"
)
# "Amber's address", "Daniel's kid"; "Agathe Fischer B.A."; "a huge Benito Gremese fan".
_OWNER = re.compile(
    rf"\b({_NAME})['’]s\s+(?:address|kid|kids|child|children|son|daughter|wife|husband|"
    r"partner|mother|father|mum|mom|dad|parents|family|birthday|phone|number|email|boss|"
    r"song|songs|novel|book|verses|poems|album|films?|house|home|car|account)\b"
)
# "Rebecca Miller's Cautionary Tales", "Katrina Castaneda's killers": a possessive
# of two or more name words (a firm's is dropped by not_firms).
_OWNER_FULL = re.compile(rf"\b((?:{_WORD})\s+{_PARTICLES}(?:{_WORD})(?:\s+(?:{_WORD}))?)['’]s\b")
# A vocative closing a clause: "Don't go to town, Liliana!", "Remember me, Sem?",
# "leave me Haley, four hungry children".
_VOCATIVE_END = re.compile(rf",\s+({_WORD})\s*[!?]|\b(?:me|us)\s+({_WORD})\s*[,!?]")
# A noun only a person has, then "of" and the name: "The true gender of Thekla",
# "the funeral of Ana Pinto"; "the late Carmel Divenney".
_ATTRIBUTE_OF = re.compile(
    r"\b(?:gender|age|birthday|death|funeral|wife|husband|widow|mother|father|son|daughter|"
    r"biography|memoir|portrait|murder|killers?|grave|spouse|parents)\s+of\s+"
    rf"{_PARTICLES}({_NAME})|\bthe late\s+({_NAME})"
)
# A name a lower-case particle starts, after a lower-case word: "my take on del Roig".
_PARTICLE_LED = re.compile(rf"\b([a-z]+),?\s+((?:{_PARTICLE}\s+)+(?:{_WORD}))")
# Lower-case words inside place names: "Krimpen aan de Lek", "Frankfurt am Main".
_PLACE_LINKS = set("aan am an bei im op sur sous upon nad pod u en in".split())
# Items of a list of people with their firms: "including Jessica Chapman of
# Stafford-Rocha, Jones Ltd's Travis Hoffman and Per Larsen of Pedersen A/S".
_INCLUDING = re.compile(r"\b(?:including|such as|among them|among others)\s+[^.!?\n]{1,400}")
_OF_FIRM_ITEM = re.compile(
    rf"(?:^|,\s+|\band\s+)(?:{_HONORIFIC}\.?\s+)?({_WORD}\s+{_PARTICLES}{_NAME})\s+of\b"
    rf"|['’]s\s+(?:{_HONORIFIC}\.?\s+)?({_WORD}\s+{_PARTICLES}{_NAME})(?=,|\s+and\b|\s*$)"
)
# The answer to a question about a name: "What's the name on the account? User: Ana Lima"
_ANSWER = re.compile(
    rf"(?m)(?i:\bname\b)[^?\n]{{0,60}}\?\s*(?:[{_UP}]\w*:\s*)?"
    rf"(?:{_HONORIFIC}\.?\s+)?{_PARTICLES}({_NAME})[ \t]*[.!]?[ \t]*$"
)
# A role only a person holds: "Julie de Blanco of Busquets S.L. is the CEO of the year",
# "Daniël Kolen from Salet Groep is the keynote speaker".
_ROLE_HOLDER = re.compile(
    rf"(?m)(?:^[ \t]*|[.!?]\s+){_PARTICLES}({_NAME})"
    r"(?:\s+(?:of|from|at)\s+(?:[^.;\n]|\.(?!\s+[A-Z])){1,60}?)?"
    r"\s+(?:is|was|will be)\s+(?:the|our|a|an)\s+(?:new\s+|keynote\s+|guest\s+|main\s+)?"
    r"(?:CEO|CFO|CTO|COO|founder|co-founder|speaker|chairman|chairwoman|chairperson|"
    r"president|host|winner|author)\b"
)
# "Why is Lennart so impulsive?"; "have you heard Isa Janssen speak yet?"
_IS_SO = re.compile(
    rf"\b(?:is|was|isn't|wasn't)\s+{_PARTICLES}({_NAME})\s+(?:so|always|never|still)\s+[a-z]"
    rf"|\b(?:heard|seen|saw|watched|met)\s+({_NAME})\s+(?:speak|sing|talk|say|play|perform)\b"
)
# A list after a noun for people: "our 3 founders: Cox, Hughes and Cross".
_PEOPLE_LIST = re.compile(
    r"\b(?:founders|co-founders|children|kids|sons|daughters|siblings|grandchildren|"
    r"members|partners|guests|twins|parents)\b[^:\n]{0,20}:\s*"
)
_DEGREE = re.compile(
    rf"\b({_NAME}),?\s+(?:B\.\s?A|B\.\s?Sc|B\.\s?Eng|M\.\s?A|M\.\s?Sc|M\.\s?Eng|MBA|"
    r"Ph\.?\s?D|LL\.?\s?M|Dipl\.-Ing|MSc|BSc|CSc|DrSc|Ph\.?D\.|MBA)(?!\w)"
)
_FAN = re.compile(
    rf"\b(?i:a|an|the)\s+(?:huge\s+|big\s+)?({_NAME})\s+(?:fan|concert|novel|biography|"
    r"version|memoir)\b"
)
# A line that is only a name, alone or in a block of short lines (an address
# block, a signature, a quoted header): "> Bertrand Deschamps".
_PARTICLE_WORDS = set(_PARTICLE[3:-1].split("|"))
_LINE_PARTICLES = rf"(?:{_PARTICLE}[ \t]+)*"
# Before it, a quote mark or an icon ("> ", "📍 "), never a list's bullet or a number.
_NAME_LINE = re.compile(
    rf"(?m)^[ \t]*(?:[^\w\s*•·–-]+[ \t]*)?"
    rf"({_LINE_PARTICLES}(?:{_WORD})(?:[ \t]+{_LINE_PARTICLES}(?:{_WORD})){{1,3}})[ \t]*$"
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
# Words that open a firm's or a foundation's name: "Stichting van Bovenen".
_FIRM_START = (
    r"(?:Stichting|Stiftung|Fundacja|Fundación|Fundação|Fondation|Fondazione|Grupa|Grupo|"
    r"Gruppo|Groupe|Spółdzielnia|Gabinety|Instituto|Institut|Banco|Banque|Compañía|"
    r"Companhia|Société|Cabinet|Agencja|Firma|Studio|Hermanos|Fratelli|Gebr|Gebroeders)"
)
# A span ending in a firm's word is the firm ("Koch Weitzel KG", "Hartnett Orchestra").
# Legal forms and firm words in the policy's regions: "Malm Isaksson HB",
# "Strnad Valenta k.s.", "Cousin Wicht Sàrl", "Nunes Ltda", "Macedo Garcia - ME".
_SUFFIX = (
    r"(?:Inc|LLC|Ltd|Ltda|Limited|PLC|plc|GmbH|mbH|AG|KG|OHG|GbR|e\.K\.|SA|S\.A\.|SAS|SARL|"
    r"S\.A\.R\.L\.|Sàrl|SNC|S\.L\.|SL|S\.L\.U\.|S\.L\.N\.E|S\.Com\.|SPA|SpA|S\.p\.A\.|"
    r"s\.r\.l\.|srl|s\.n\.c\.|BV|B\.V\.|NV|N\.V\.|VOF|AB|HB|KB|AS|ASA|A/S|ApS|I/S|Oy|Oyj|"
    r"Sp\.\s?z\s?o\.o\.|s\.c\.|S\.C\.|sp\.\s?[jk]\.|a\.s\.|k\.s\.|v\.o\.s\.|s\.r\.o\.|spol\.|"
    r"CV|CVBA|BVBA|VZW|ry|RA|SCA|SCS|Zrt|Nyrt|Kft|Kht|Bt|Rt|j?d\.o\.o\.?|d\.d\.|s\.p\.|SE|"
    r"RFH|ANS|"
    r"ME|EI|EIRELI|Pty|Corp|Co|LLP|Group|Groep|Gruppe|Grupo|Gruppo|Holding|Partners|"
    r"Associates|Asociados|Orchestra|Club|Foundation|Fundacja|Institute|Bank|Company)"
)
_HEIRS = r"(?:Fils|Sons|Söhne|Figli|figli|Hijos|Filhos|Zonen|Cie|syn|Syn|synové|társa|Társa)"
# Words that open a firm's or a foundation's name: "Stichting van Bovenen".
_FIRM_START = (
    r"(?:Stichting|Stiftung|Fundacja|Fundación|Fundação|Fondation|Fondazione|Grupa|Grupo|"
    r"Gruppo|Groupe|Spółdzielnia|Gabinety|Instituto|Institut|Banco|Banque|Compañía|"
    r"Companhia|Société|Cabinet|Agencja|Firma|Studio|Hermanos|Fratelli|Gebr|Gebroeders)"
)
# A span ending in a firm's word is the firm ("Koch Weitzel KG", "Hartnett Orchestra").
_FIRM_END = re.compile(rf"(?:^|\s|-){_SUFFIX}\.?$|\b{_HEIRS}$")
# A speaker's label at the start of a line: "Jemma: What a wife."
_SPEAKER = re.compile(rf"(?m)^[ \t>]*({_WORD})(?:\s+({_WORD}))?\s*:\s*[\"“]?\S")
# A list of single capitalised words: "Connor, Mariah, David and Anita".
_AND = r"(?:and|&|y|e|et|und|en|och|og|i|és|a)"
_LIST = re.compile(
    rf"(?:{_WORD})(?:\s*,\s*(?:{_WORD})){{1,}}(?:,?\s+{_AND}\s+(?:{_WORD}))?"
    rf"|(?:{_WORD})\s+{_AND}\s+(?:{_WORD})"
)
_ITEM = re.compile(_WORD)
# Firms named after people: "Kelly Inc", "Taylor LLC", "Patel, James and Liu is a bank".
_FIRM_AFTER = re.compile(
    rf"(?:,?\s+(?:-\s+)?{_SUFFIX}(?!\w)"
    rf"|\s+(?:et|&|and|e|y|und|en|i|a|és)\s+{_HEIRS}\b)"
    r"|\s+(?:is|was)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,4}"
    r"(?:company|firm|bank|agency|corporation|business|organi[sz]ation|non-profit|nonprofit|"
    r"501\(c\)3|group|band|orchestra|brand|manufacturer|provider|startup|consultancy|chain)"
)
_FIRM_BEFORE = re.compile(r"(?i)\b(?:work(?:s|ed|ing)? (?:for|at)|employed by|joined|from|at)\s+$")
# Right after "work for", a capitalised name that follows no title is the employer.
_EMPLOYER = re.compile(r"(?i)\b(?:work(?:s|ed|ing)? for|employed by)\s+$")
_FIRM_NAME = re.compile(
    rf"{_LINE_PARTICLES}(?:{_WORD})(?:[ \t]+{_LINE_PARTICLES}(?:{_WORD})){{0,2}}"
)
_FOUNDED = re.compile(rf"\b{_FIRM_START}\.?\s+{_FIRM_NAME.pattern}")
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
    more = (_OWNER_FULL, _VOCATIVE_END, _ANSWER, _ROLE_HOLDER, _IS_SO, _ATTRIBUTE_OF)
    for regex in (*signals, *more, _DEGREE, _FAN, _ASSISTANT):
        for m in regex.finditer(text):
            group = m.lastindex or 1
            span = _trim(text, m.start(group), m.end(group))
            if span:
                out.append(("person", span[0], span[1], 0.8))
    for m in _PARTICLE_LED.finditer(text):
        if m.group(1) not in _PLACE_LINKS and m.group(1) not in _PARTICLE_WORDS:
            out.append(("person", m.start(2), m.end(2), 0.75))
    for m in _INCLUDING.finditer(text):
        for item in _OF_FIRM_ITEM.finditer(m.group()):
            group = item.lastindex or 1
            span = _trim(text, m.start() + item.start(group), m.start() + item.end(group))
            if span:
                out.append(("person", span[0], span[1], 0.75))
    for m in _PEOPLE_LIST.finditer(text):
        listed = _LIST.match(text, m.end())
        if listed:
            items = [i for i in _ITEM.finditer(listed.group()) if i.group() not in _NOT_NAMES]
            out += [("person", m.end() + i.start(), m.end() + i.end(), 0.75) for i in items]
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
    speakers = list(_SPEAKER.finditer(text))
    for m in speakers if len(speakers) >= 2 else []:  # a transcript, not one "Mission:" line
        if m.group(1) not in _NOT_NAMES:
            out.append(("person", m.start(1), m.end(m.lastindex or 1), 0.8))
    found = _Spans(ner + [(a, b) for _, a, b, _ in out])
    for m in _LIST.finditer(text):
        items = [i for i in _ITEM.finditer(m.group()) if i.group() not in _NOT_NAMES]
        spans = [(m.start() + i.start(), m.start() + i.end()) for i in items]
        if any(found.overlaps(a, b) for a, b in spans):
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
            firms.append((m.start(), after.end() if after else m.end()))
    firms += [m.span() for m in _FOUNDED.finditer(text)]
    for m in _FIRM_NAME.finditer(text):
        after = _FIRM_AFTER.match(text, m.end())
        if after:
            firms.append((m.start(), after.end()))
        elif _EMPLOYER.search(text, max(0, m.start() - 30), m.start()):
            firms.append((m.start(), m.end()))  # "I work for da Conceição"
    spans = _Spans(firms)
    return [
        h
        for h in hits
        if h[0] != "person"
        or not (_FIRM_END.search(text[h[1] : h[2]]) or spans.contains(h[1], h[2]))
    ]


class _Spans:
    """Spans sorted by start with the furthest end reached so far: whether one
    overlaps or holds a span in O(log n), not a scan of all of them each time
    (a text with thousands of names and firms)."""

    def __init__(self, spans: list[tuple[int, int]]):
        spans = sorted(spans)
        self.starts = [a for a, _ in spans]
        self.reach = list(accumulate((b for _, b in spans), max))

    def overlaps(self, start: int, end: int) -> bool:
        i = bisect_left(self.starts, end)
        return i > 0 and self.reach[i - 1] > start

    def contains(self, start: int, end: int) -> bool:
        i = bisect_right(self.starts, start)
        return i > 0 and self.reach[i - 1] >= end
