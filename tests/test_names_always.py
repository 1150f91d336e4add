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


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Tamsin is a very kind person.", "Tamsin"),
        ("Halvard spent a year at Norvik AS as an intern.", "Halvard"),
        ("What's your last name? Brakstad", "Brakstad"),
        ("She named her Ingeborg", "Ingeborg"),
        ("Shipping address: Rosalind Achterberg", "Rosalind Achterberg"),
        ("Please call Wiebke Sundqvist M.Sc. tomorrow.", "Wiebke Sundqvist"),
        ("Ottoline, the plumber, said the pipe had burst.", "Ottoline"),
        ("Hello, this is de Severin Lluch Puga. Who are you?", "Severin Lluch Puga"),
        ("I'd like to join accounts with ms. Heinz-Dieter", "Heinz-Dieter"),
    ],
)
def test_a_name_by_its_verb_label_or_degree_is_found(text: str, name: str) -> None:
    """The position signals added in the second round; main's code missed each."""
    assert any(name in found for found in people(text)), people(text)


def test_a_name_line_counts_in_a_block_not_under_a_heading() -> None:
    assert people("Marit Okonkwo-Hale") == ["Marit Okonkwo-Hale"]
    assert "Olaug Brenne" in people("Kind regards\nOlaug Brenne\nBrenne Bygg AS")
    assert people("Quarterly Report\nRevenue grew by 4% in the north region.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Burkina Faso was fun to visit!",
        "I am Jamaican but I live in Ghana.",
        "Who's coming to French Guiana with me?",
        "The Kazakh government began the process.",
        "I am Cape Verdean but I live in Peru.",
        "Bremervörde bridge is falling down.",
        "I work for Poirier Bourdon et Fils",
    ],
)
def test_countries_nationalities_and_places_are_not_people(text: str) -> None:
    """spaCy's small model tags each of these as a person (checked against main)."""
    assert people(text) == []


def test_a_country_word_that_is_a_first_name_stays_in_a_list_of_names() -> None:
    found = people("They had 3: Aloisia, Georgia, Helene and Curt.")
    assert "Georgia" in found and "Jordan Smith" in people("Jordan Smith lives on Birch Lane.")


def test_without_pycountry_no_person_is_dropped(monkeypatch: pytest.MonkeyPatch) -> None:
    """Fail closed: without the country list a nationality stays a person (local)."""
    import sys

    from assistant.guard.sensitivity import places

    monkeypatch.setitem(sys.modules, "pycountry", None)
    places._countries.cache_clear()
    try:
        assert people("I am Jamaican but I live in Ghana.") == ["Jamaican"]
    finally:
        places._countries.cache_clear()


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Please forward the minutes to Fru Ingrid Dahl.", "Ingrid Dahl"),
        ("The lease was signed by pani Zofia Wrona last week.", "Zofia Wrona"),
        ("Appointment with MUDr. Radka Horáčková at nine.", "Radka Horáčková"),
        ("We read Hannelore Brixius's report twice.", "Hannelore Brixius"),
        ("The mural in the lobby was painted by Osvaldo Quiroga.", "Osvaldo Quiroga"),
        ("Stop tapping the table, Wendelin!", "Wendelin"),
        ("Which name goes on the badge? Guest: Ilse Marquardt", "Ilse Marquardt"),
        ("Radka Horáčková of Vltava Stroje s.r.o. is the keynote speaker.", "Radka Horáčková"),
        ("Why is Torvald so quiet today?", "Torvald"),
        ("Meet our founders: Ebbe, Signe and Halvor.", "Halvor"),
        ("The funeral of Aurelio Bassani is on Friday.", "Aurelio Bassani"),
        ("I went over the figures with van Houten yesterday.", "van Houten"),
        (
            "Several people were thanked, including Odile Ferrand of Lumicor SA and "
            "Brightwave Ltd's Nuno Teixeira.",
            "Nuno Teixeira",
        ),
        ("Rainer and Gudrun were doctors in Kassel for years.", "Gudrun"),
        ("You can tell Liesel was a big fan of the old plan.", "Liesel"),
        ("📍 Ilse Marquardt\n📍 Lindenweg 4\n📍 34117 Kassel", "Ilse Marquardt"),
        ("Seamus MacAodha\nUnit 4, Quay Road\nGalway", "Seamus MacAodha"),
        ("Blanca de la Fuente will be presenting the results.", "Blanca de la Fuente"),
        ("We need to add Szabó T. Ildikó as guardian on the account.", "Szabó T. Ildikó"),
        ("Please add Candela Sofia Ruiz Peralta as a beneficiary.", "Candela Sofia Ruiz Peralta"),
        ("Marguerite D'Souza will be speaking after lunch.", "Marguerite D'Souza"),
        ("Mirela: Where were you?\nDominique: At the depot.", "Dominique"),
    ],
)
def test_a_name_placed_by_syntax_in_the_third_round_is_found(text: str, name: str) -> None:
    """Positions added in the third round (tuned on generator seeds 5, 6 and 8);
    these sentences are written here, not taken from the generator."""
    assert any(name in found for found in people(text)), people(text)


@pytest.mark.parametrize(
    "text",
    [
        "Mission Statement: deliver the new roadmap by the end of the third quarter.",
        "I work for Lindqvist Bygg HB",
        "Strnad Valenta k.s. opened a second plant in Brno.",
        "Stichting van Galen opened a new office in Utrecht.",
        "The Olmedo y Asociados S.L.N.E Orchestra played at the gala.",
        "Ilhas Cook was lovely in May.",
        "I am Moroccan but I live in Oslo.",
        "The Nigerien delegation arrived late.",
        "We are driving to Krimpen aan de Lek tomorrow.",
        "- Budget Review\n- Team Update\n- Next Steps",
        "Our offices in Frankfurt am Main close at noon.",
        "Who is flying to Antigua en Barbuda in March?",
        "Kertész és Fodor Kft. opened a warehouse in Győr.",
        "Claes, Peeters en Wouters CV is a design agency based in Gent.",
    ],
)
def test_near_misses_of_the_third_round_are_not_people(text: str) -> None:
    """Firms, places, countries in other languages, nationalities and headings
    beside the new positions: none of them is a person."""
    assert people(text) == []


def test_span_index_answers_as_a_scan_of_every_span_does() -> None:
    """names.py asks "does a name overlap / does a firm hold this hit" through
    a sorted index (a text with thousands of names and firms was quadratic);
    it must give the same answers as checking every span."""
    import random

    from assistant.guard.sensitivity.names import _Spans

    rng = random.Random(14)
    for _ in range(200):
        spans = []
        for _ in range(rng.randint(0, 12)):
            a = rng.randint(0, 60)
            spans.append((a, a + rng.randint(1, 15)))
        index = _Spans(spans)
        for _ in range(20):
            a = rng.randint(0, 70)
            b = a + rng.randint(1, 15)
            assert index.overlaps(a, b) == any(a < e and s < b for s, e in spans)
            assert index.contains(a, b) == any(s <= a and b <= e for s, e in spans)
