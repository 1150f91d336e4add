"""Extract first: score a document's own sentences and pick the ones a summary needs.

Each sentence is scored on what readers of workplace documents look for:
position (the lead, the first sentence under a heading), the heading it sits
under ("Summary", "Recommendation" count more; "Appendix" less), numbers,
dates, names, decisions, risks and requests, and salience: degree centrality
over TF-IDF sentence vectors (a cheap TextRank). Sentences are picked greedily
within a length budget, near-duplicates dropped, and returned in document
order. Nothing here is written: every pick is a sentence of the document::

    picked = select(split_units(text), count=6)
    [u.text for u in picked]
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from assistant.workflows.grounding import content_words, numbers
from connectors.document import Document
from connectors.email_body import summary_text

_SPLIT = re.compile(r"(?<=[.!?])[\"”’)]?\s+(?=[A-Z0-9\"“‘(£€$])")
_ABBREV = re.compile(r"(?i)\b(?:dr|mr|mrs|ms|st|no|vs|e\.g|i\.e|etc|approx|inc|ltd|fig)\.$")
_CAPS_HEADING = re.compile(r"^(?=.*[A-Z]{3})[A-Z0-9&,'’ -]{3,60}$")  # "WHAT IS CHANGING"
_ITEM = re.compile(r"^\s*(?:[-*•]|\d+[.)])\s+")
_MONEY = re.compile(r"(?:[£€$]\s?\d|\d\s?(?:%|per cent|percent|m\b|k\b|million|bn|billion))")
_DATE = re.compile(
    r"(?i)\b(?:\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*|"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\s+\d{1,2}(?!\d)|"
    r"\d{4}-\d{2}-\d{2}|q[1-4]\s+\d{4})"
)
_DECISION = re.compile(
    r"(?i)\b(?:approved?|agreed|decided|decision|recommend\w*|concluded|endorsed|signed off|"
    r"rejected|declined|awarded?|selected|will proceed|go with)\b"
)
_RISK = re.compile(
    r"(?i)\b(?:at risk|risks?|late|delay\w*|slipp?\w*|overspen\w*|over budget|overrun|shortfall|"
    r"fail\w*|breach\w*|outage|incident|defect|penalt\w*|terminat\w*|behind schedule|missed|"
    r"non-conformit\w*|complaint|escalat\w*|issue)\b"
)
_REQUEST = re.compile(
    r"(?i)\b(?:please|must|required?|asked to|deadline|action|need to|by (?:monday|tuesday|"
    r"wednesday|thursday|friday|\d{1,2} [a-z]+))\b"
)
_GOOD_HEADING = re.compile(
    r"(?i)\b(?:summary|overview|conclusions?|recommendations?|decisions?|key (?:findings|points|"
    r"messages|asks)|outcome|results?|next steps|status|headlines?|impact|findings|assessment|"
    r"major|highlights|what changes|changes)\b"
)
_METADATA = re.compile(
    r"(?i)^(?:prepared by|reporting period|version|author|date|distribution|classification|"
    r"document (?:owner|reference)|issued|circulation|contact|(?:from|to|cc):|submitted|signed by|"
    r"policy owner|owner|sponsor|audience|this (?:report|document|paper|plan|response) "
    r"(?:records|sets out|describes|is)|the review is written|present|apologies|attendees|"
    r"in attendance|company|plan owner|meeting held|the minutes of the|thank you|thanks)\b"
)
_WEAK_HEADING = re.compile(
    r"(?i)\b(?:appendix|annex|glossary|method\w*|acknowledg\w*|contents|distribution|"
    r"references|background|document control|version history|about this)\b"
)


@dataclass(frozen=True)
class Unit:
    """One sentence of the document, where it sits, and what heading it is under."""

    text: str
    order: int  # sentence index in the document
    line: int  # line of the document text, to merge with table facts in order
    heading: str = ""
    first_in_section: bool = False
    score: float = 0.0


def split_sentences(paragraph: str) -> list[str]:
    pieces: list[str] = []
    for piece in _SPLIT.split(paragraph.strip()):
        if pieces and (_ABBREV.search(pieces[-1]) or len(piece.split()) == 1):
            pieces[-1] = f"{pieces[-1]} {piece}"
        else:
            pieces.append(piece)
    return [p.strip() for p in pieces if p.strip()]


def document_sentences(document: Document) -> list[str]:
    """Every sentence of ``document`` a written sentence may stand on: its text line by
    line (table cells joined, heading marks dropped) and, for an email, the reflowed
    body the summary reads. The fence and ``deskmate eval summaries`` both check
    against this list with ``grounding.grounded``."""
    out: list[str] = []
    texts = [document.text] + ([summary_text(document)] if document.kind == "eml" else [])
    for text in texts:
        for line in text.split("\n"):
            line = line.replace(" | ", " ").strip(" #-|")
            out += split_sentences(line) if line else []
    return out


def split_units(text: str, extra: Sequence[tuple[int, str]] = ()) -> list[Unit]:
    """The sentences of ``text`` (headings and table rows skipped) plus ``extra``
    (line, sentence) pairs such as a key-value table's rows, in document order."""
    raw: list[tuple[int, str, str, bool]] = []
    heading, fresh = "", True
    for line_no, line in enumerate(text.split("\n")):
        stripped = line.strip()
        if not stripped:
            continue
        if stripped.startswith("#") or _CAPS_HEADING.match(stripped):
            heading, fresh = stripped.lstrip("#").strip(), True
            continue
        if " | " in stripped or stripped.startswith("|"):
            continue  # table rows: computed by table_facts, not quoted
        for sentence in split_sentences(_ITEM.sub("", stripped)):
            raw.append((line_no, sentence, heading, fresh))
            fresh = False
    raw += [(line_no, sentence, "", False) for line_no, sentence in extra]
    raw.sort(key=lambda r: r[0])
    return [Unit(s, i, ln, h, f) for i, (ln, s, h, f) in enumerate(raw)]


def score_units(units: Sequence[Unit], title: str = "") -> list[Unit]:
    """Each unit with its score (see the module docstring)."""
    central = _centrality([u.text for u in units])
    title_words = content_words(title)
    total = max(len(units), 1)
    scored = []
    for unit, salience in zip(units, central, strict=True):
        text = unit.text
        length = len(text.split())
        score = 1.2 / (1 + unit.order / 4) + 0.4 * (1 - unit.order / total)
        score += 0.35 if unit.first_in_section else 0.0
        if _GOOD_HEADING.search(unit.heading):
            score += 0.45
        if _WEAK_HEADING.search(unit.heading):
            score -= 0.6
        score += 0.22 * min(len(numbers(text)), 4) + (0.2 if _MONEY.search(text) else 0.0)
        score += 0.25 if _DATE.search(text) else 0.0
        score += 0.08 * min(sum(1 for w in text.split()[1:] if w[:1].isupper()), 4)
        score += 0.45 if _DECISION.search(text) else 0.0
        score += 0.35 if _RISK.search(text) else 0.0
        score += 0.2 if _REQUEST.search(text) else 0.0
        score += 0.1 * min(len(content_words(text) & title_words), 3)
        score += 1.0 * salience
        if length < 6:
            score -= 2.0
        elif length > 55:
            score -= 0.5
        if _METADATA.match(text):
            score -= 2.5
        if text.endswith("?") or text.endswith(":"):
            score -= 0.6
        scored.append(Unit(text, unit.order, unit.line, unit.heading, unit.first_in_section,
                           round(score, 4)))  # fmt: skip
    return scored


def select(units: Sequence[Unit], count: int, max_words: int = 0, title: str = "") -> list[Unit]:
    """Up to ``count`` best units within ``max_words`` (0: no limit), in document order,
    with no two near-duplicates."""
    if count <= 0:
        return []
    chosen: list[Unit] = []
    seen: list[set[str]] = []
    used = 0
    for unit in sorted(score_units(units, title), key=lambda u: -u.score):
        if len(chosen) >= count:
            break
        if len(unit.text.split()) < 6:
            continue
        words = content_words(unit.text) | numbers(unit.text)
        if any(near_duplicate(words, other) for other in seen):
            continue
        length = len(unit.text.split())
        if max_words and chosen and used + length > max_words:
            continue
        chosen.append(unit)
        seen.append(words)
        used += length
    return sorted(chosen, key=lambda u: u.order)


def near_duplicate(a: set[str], b: set[str], threshold: float = 0.6) -> bool:
    """Two sentences that say the same: most of the smaller one's words are in the other."""
    if not a or not b:
        return False
    return len(a & b) / min(len(a), len(b)) >= threshold


def _centrality(sentences: Sequence[str]) -> list[float]:
    """Mean cosine similarity of each sentence's TF-IDF vector to all others, scaled to 0..1."""
    bags = [Counter(content_words(s)) for s in sentences]
    if len(bags) < 3:
        return [0.0] * len(bags)
    df = Counter(w for bag in bags for w in bag)
    n = len(bags)
    vectors = []
    for bag in bags:
        vec = {w: c * math.log(1 + n / df[w]) for w, c in bag.items()}
        norm = math.sqrt(sum(v * v for v in vec.values())) or 1.0
        vectors.append({w: v / norm for w, v in vec.items()})
    index: dict[str, list[int]] = {}
    for i, vec in enumerate(vectors):
        for w in vec:
            index.setdefault(w, []).append(i)
    sums = [0.0] * n
    for w, rows in index.items():
        if len(rows) > n // 2 or len(rows) < 2:
            continue  # too common to tell sentences apart, or shared by none
        for i in rows:
            weight = vectors[i][w]
            sums[i] += weight * sum(vectors[j][w] for j in rows if j != i)
    top = max(sums) or 1.0
    return [s / top for s in sums]
