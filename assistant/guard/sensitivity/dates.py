"""Dates that may be someone's date of birth though no birth word stands beside them.

A date after "born" or "date of birth" is found by the trigger pass
(``keywords.py``). This module judges a *bare* full date (day, month and
year), matched by ``TRIGGER`` in the same pass, by the policy's
``[detectors] bare_dates``:

- ``"personal"`` (the default): the date is old enough to be a living
  adult's birth date (its year 16 to 110 years before today), is not written
  with a time of day (a timestamp records an event), is not introduced in its
  sentence by an event word ("founded", "signed", "dated", "released"...), and
  either the whole text is short (a reply, a form field, a subject line:
  nothing around it says what the date is) or its sentence has a personal word
  (I, my, she, his, Mr, employee, patient...);
- ``"always"``: any such old date that is not a timestamp;
- ``"off"``: bare dates are never reported.

Two-digit years ("12/03/85") are too ambiguous to count bare.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterator

Hit = tuple[str, int, int, float]

MIN_AGE, MAX_AGE = 16, 110  # years before today
SHORT_TEXT = 300  # characters: a text this short has nothing else to say what a date is

# Month names (and their common abbreviations) in the languages of the
# supported regions: en, de, fr, nl, es, it, pt, sv, da, no, pl (genitive).
_MONTHS = (
    "january|february|march|april|may|june|july|august|september|october|november|december|"
    "jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|"
    "januar|jänner|februar|märz|maerz|mai|juni|juli|oktober|dezember|"
    "janvier|février|fevrier|mars|avril|juin|juillet|août|aout|septembre|octobre|novembre|"
    "décembre|decembre|"
    "januari|februari|maart|mei|augustus|"
    "enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|"
    "noviembre|diciembre|"
    "gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre|"
    "janeiro|fevereiro|março|maio|junho|julho|setembro|outubro|novembro|dezembro|"
    "maj|augusti|marts|"
    "stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|września|października|"
    "listopada|grudnia"
)
_YEAR = r"(?:1[89]|20)\d\d"
# For the trigger pass (RE2 syntax): day-month-year in figures either way
# round, ISO year-month-day, and dates with a month name.
TRIGGER = (
    rf"\b\d{{1,2}}[/.-]\d{{1,2}}[/.-]{_YEAR}\b"
    rf"|\b{_YEAR}[/.-]\d{{1,2}}[/.-]\d{{1,2}}\b"
    rf"|(?i:\b\d{{1,2}}(?:st|nd|rd|th|er|º|°|\.)?\s+(?:of\s+|de\s+)?(?:{_MONTHS})\.?,?\s+"
    rf"(?:de\s+)?{_YEAR}\b"
    rf"|\b(?:{_MONTHS})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+{_YEAR}\b)"
)
_TRIGGER = re.compile(TRIGGER)
_NUMERIC = re.compile(r"^(\d{1,4})[/.-](\d{1,2})[/.-](\d{1,4})$")
_YEAR_IN = re.compile(r"\b(?:1[89]|20)\d\d\b")
_TIME_AFTER = re.compile(r",?\s*(?:T|at\s+|à\s+|um\s+|om\s+|alle\s+|a las\s+)?\d{1,2}[:h.]\d{2}\b")
# Words that make a date an event's, not a person's ("founded on 3 May 1987").
_EVENT = re.compile(
    r"(?i)\b(?:founded|established|incorporated|opened|launched|released|published|signed|"
    r"dated|effective|enacted|built|completed|issued|expir\w*|valid|renewed|registered|"
    r"acquired|merged|listed|filed|closed|held|began|started|ended|deadline|due|"
    r"gegründet|fondée?|fundada|fondata|opgericht|unterzeichnet|signé|firmado|firmato|"
    r"getekend)\b"
)
_PERSONAL = re.compile(
    r"(?i)\b(?:i|i'm|i've|me|my|mine|he|she|his|her|him|mr|mrs|ms|miss|dr|employee|patient|"
    r"applicant|candidate|customer|client|child|son|daughter|wife|husband|partner|"
    r"mother|father|ich|mein|meine|er|sie|je|mon|ma|moi|il|elle|ik|mijn|hij|zij|yo|mi|él|"
    r"ella|io|lui|lei|eu|meu|minha)\b"
)
_SENTENCE_END = re.compile(r"[.!?](?=\s)|\n")


def is_trigger(word: str) -> bool:
    """A trigger-pass match that is a full date (and so for ``check``)."""
    return word[-1:].isdigit() and bool(_TRIGGER.fullmatch(word))


def check(
    text: str, start: int, end: int, mode: str, today: datetime.date | None = None
) -> Iterator[Hit]:
    """A full date at ``text[start:end]``: a possible date of birth under ``mode``."""
    if mode == "off" or not _old(text[start:end], today or datetime.date.today()):
        return
    if _TIME_AFTER.match(text, end, min(len(text), end + 16)):
        return
    if mode == "personal":
        cuts = [m.end() for m in _SENTENCE_END.finditer(text, max(0, start - 120), start)]
        lo = cuts[-1] if cuts else max(0, start - 120)
        m = _SENTENCE_END.search(text, end, min(len(text), end + 120))
        hi = m.start() if m else min(len(text), end + 120)
        if _EVENT.search(text, lo, start):
            return
        if len(text) > SHORT_TEXT and not _PERSONAL.search(text, lo, hi):
            return
    yield "date_of_birth", start, end, 0.7


def _old(date: str, today: datetime.date) -> bool:
    """The date's year is 16 to 110 years before today, and it is a real date."""
    m = _NUMERIC.match(date)
    if m:
        a, b, c = (int(g) for g in m.groups())
        year, day_month = (a, (b, c)) if len(m.group(1)) == 4 else (c, (a, b))
        if not (1 <= min(day_month) <= 12 and max(day_month) <= 31):
            return False
    else:
        found = _YEAR_IN.search(date)
        if not found:
            return False
        year = int(found.group())
    return MIN_AGE <= today.year - year <= MAX_AGE
