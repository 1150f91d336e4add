"""The support check: may a written sentence stand on the sentences it came from?

Every sentence a model writes (the bundled 135M model, a larger catalog model or
a cloud endpoint) passes through ``support()`` against its source sentences. It
is supported when

- every number in it occurs in the sources (``18.6m`` and ``£18,600,000`` are
  compared as written numbers, commas removed);
- every capitalised word (a name, a site, a month) occurs in the sources;
- every content word occurs in the sources (compared by a crude stem);
- it states no status, cause or outcome phrase ("on track", "because",
  "approved", ...) unless one source sentence states it together with every
  name the sentence uses ("Lisbon is on track" needs a source saying Lisbon
  and "on track" in one sentence); clauses joined by ";" are bound one by one,
  so a merge of "Lisbon is at risk" and "go-live moved to 13 January" may say
  both, while "Lisbon and Porto are at risk" still needs one source naming both;
- it adds no negation ("not", "no", "never"), and does not repeat a negated
  clause's words ("has not approved") without its negation.

    check = support("Lisbon is at risk.", ["Lisbon is rated at risk after ..."])
    check.ok, check.problems

``grounded(sentence, pool)`` is the one check every surface and the evaluator
use: ``support`` against the ``k`` sentences of ``pool`` closest to the
sentence. Against a bag of many sentences, words from different places could
be stitched into a claim none of them makes ("a refurbishment of the Civic
Centre" from a café's refurbishment and the Civic Centre's car park); against
its closest sentences it cannot. The fence runs it twice on every model answer
(against what the model was given, and against the whole document's sentences
exactly as ``deskmate eval summaries`` does), so nothing shown can be counted
unsupported by the evaluator.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

_NUMBER = re.compile(r"(?<![\w.])\d[\d,]*(?:\.\d+)?")
_NEGATED_CLAUSE = re.compile(
    r"(?i)\b(?:not|no|never|none|nor|without|cannot|\w+n['’]t)\b(?:\s+\S+){0,3}"
)
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
_NEGATION = re.compile(r"(?i)\b(?:not|no|never|none|nor|without|cannot|\w+n['’]t)\b")
# Status, cause and outcome phrases a sentence may repeat but never introduce.
CLAIMS = (
    "on track", "at risk", "late", "delayed", "behind schedule", "ahead of schedule", "on time",
    "on schedule", "approved", "rejected", "declined", "agreed", "decided", "completed",
    "complete", "went live", "is live", "resolved", "closed", "open", "cancelled", "failed",
    "met", "missed", "exceeded", "achieved", "because", "due to", "caused", "driven by",
    "led to", "as a result", "increased", "decreased", "rose", "fell", "risen", "fallen",
    "over budget", "under budget", "within budget", "on budget", "overspend", "underspend",
    "recommended", "recommends", "green", "amber", "red", "satisfied", "lifted", "ongoing",
)  # fmt: skip
_CLAIM = re.compile(r"(?i)\b(?:" + "|".join(re.escape(c) for c in CLAIMS) + r")\b")
STOPWORDS = frozenset(
    """a about above after again against all also am an and any are as at be been before
    being below between both but by can could did do does doing down during each few for
    from further had has have having he her here hers him his how i if in into is it its
    itself just me more most my no nor not of off on once only or other our ours out over
    own same she should so some such than that the their theirs them then there these they
    this those through to too under until up very was we were what when where which while
    who whom why will with would you your yours per via etc one s t its it's this that
    which whose shall may might must also still now new well""".split()
)


def numbers(text: str) -> set[str]:
    """Numbers as written, commas and trailing ``.0`` removed: "1,200" -> "1200"."""
    out = set()
    for raw in _NUMBER.findall(text):
        value = raw.replace(",", "").rstrip(".")
        if "." in value:
            value = value.rstrip("0").rstrip(".")
        out.add(value)
    return out


def words(text: str) -> list[str]:
    return _WORD.findall(text)


def names(text: str) -> set[str]:
    """Capitalised words and acronyms (sentence starts included; see ``support``)."""
    return {w for w in words(text) if w[0].isupper() and len(w) > 1}


def stem(word: str) -> str:
    word = word.lower().strip("'’-")
    for suffix in ("ations", "ation", "ings", "ing", "ies", "ied", "es", "ed", "ly", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: len(word) - len(suffix)][:7]
    return word[:7]


def content_words(text: str) -> set[str]:
    return {stem(w) for w in words(text) if len(w) > 2 and w.lower() not in STOPWORDS}


def claims(text: str) -> set[str]:
    return {m.lower() for m in _CLAIM.findall(text)}


def negated(text: str) -> bool:
    return bool(_NEGATION.search(text))


def negated_words(text: str) -> set[str]:
    """Content words in the three words after each negation ("not approved" -> approv)."""
    out: set[str] = set()
    for match in _NEGATION.finditer(text):
        following = text[match.end() :].split()[:3]
        out |= content_words(" ".join(following))
    return out


def only_negated(sources: Sequence[str]) -> set[str]:
    """Words the sources use only right after a negation."""
    negative = set().union(*(negated_words(s) for s in sources)) if sources else set()
    positive: set[str] = set()
    for source in sources:
        positive |= content_words(_NEGATED_CLAUSE.sub(" ", source))
    return negative - positive


@dataclass(frozen=True)
class Support:
    ok: bool
    problems: tuple[str, ...] = ()


def support(sentence: str, sources: Sequence[str], *, extra_numbers: Iterable[str] = ()) -> Support:
    """Whether ``sentence`` says only what ``sources`` say (see the module docstring).

    ``extra_numbers`` are numbers computed in code from the sources' cells.
    """
    source = " ".join(sources)
    problems: list[str] = []
    allowed = numbers(source) | set(extra_numbers)
    missing = sorted(numbers(sentence) - allowed)
    if missing:
        problems.append(f"numbers not in the source: {', '.join(missing)}")
    source_words = set(words(source))
    lower = {w.lower() for w in source_words}
    unknown = sorted(n for n in names(sentence) if n not in source_words and n.lower() not in lower)
    if unknown:
        problems.append(f"names not in the source: {', '.join(unknown)}")
    stems = content_words(source)
    extra = sorted(content_words(sentence) - stems)
    if extra:
        problems.append(f"words not in the source: {', '.join(extra)}")
    unbound: set[str] = set()
    for clause in sentence.split(";"):  # independent clauses, as a merge joins them
        proper = {n for n in names(clause) if n in source_words}  # names, not capitalised words
        unbound |= {
            c for c in claims(clause)
            if not any(c in claims(s) and proper <= set(words(s)) for s in sources)
        }  # fmt: skip
    if unbound:
        problems.append(f"states what the source does not: {', '.join(sorted(unbound))}")
    if negated(sentence) and not negated(source):
        problems.append("negation added")
    elif not negated(sentence) and content_words(sentence) & only_negated(sources):
        problems.append("negation dropped")
    return Support(not problems, tuple(problems))


def grounded(
    sentence: str, pool: Sequence[str], *, k: int = 3, extra_numbers: Iterable[str] = ()
) -> Support:
    """``support`` against the ``k`` sentences of ``pool`` closest to ``sentence``."""
    return support(sentence, best_sources(sentence, pool, k), extra_numbers=extra_numbers)


def best_sources(sentence: str, candidates: Sequence[str], k: int = 3) -> list[str]:
    """The ``k`` candidates sharing most content words and numbers with ``sentence``."""
    want = content_words(sentence) | numbers(sentence)
    scored = sorted(
        range(len(candidates)),
        key=lambda i: -len(want & (content_words(candidates[i]) | numbers(candidates[i]))),
    )
    return [candidates[i] for i in scored[:k]]
