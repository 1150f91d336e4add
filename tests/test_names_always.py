"""``[detectors] names = "always"``: names placed by their position beside NER,
and firms named after people left out (assistant/guard/sensitivity/names.py)."""

from __future__ import annotations

import pytest

from assistant.guard.sensitivity import DetectorConfig, detect

ALWAYS = DetectorConfig(names="always")


def people(text: str, config: DetectorConfig = ALWAYS) -> list[str]:
    return [
        text[f.start : f.end] for f in detect(text, config=config).findings if f.kind == "person"
    ]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "In case of my child's account, we need to add Ms Shannon Parry as guardian",
            "Shannon Parry",
        ),
        ("Sometimes people call me Ernest", "Ernest"),
        ("Jemma: What a wife.\nMarcus: Remember me?", "Jemma"),
        ("They had 4: Donna, Helen, Mohammed and Amelia.", "Amelia"),
        ("I want to add Louis Maillot as a beneficiary to my account", "Louis Maillot"),
        ("Gesine, can I please speak to your boss?", "Gesine"),
        ("Thanks,\nOrla Brennan", "Orla Brennan"),
    ],
)
def test_a_name_in_a_name_position_is_found(text: str, name: str) -> None:
    assert any(name in found for found in people(text)), people(text)


@pytest.mark.parametrize(
    "text",
    [
        "Kelly Inc is a design agency based in Leeds.",
        "I work for Taylor LLC",
        "Koch Weitzel KG opened a new plant.",
        "Patel, James and Liu is a multinational investment bank.",
    ],
)
def test_firms_named_after_people_are_not_people(text: str) -> None:
    assert people(text) == []


def test_position_signals_are_only_for_names_always() -> None:
    text = "Sometimes people call me Ernest"
    assert people(text, DetectorConfig()) == []  # context mode: a name alone is not sensitive
