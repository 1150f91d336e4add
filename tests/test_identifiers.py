"""Direct identifiers across countries: phones in national formats, national
ids with their checksums, every card network, addresses with postcodes,
dates of birth in local formats, IP addresses; and the near misses that
must stay clear."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.guard.policy import parse_policy
from assistant.guard.sensitivity import DetectorConfig, detect
from assistant.guard.sensitivity.numbers import card_network_ok, luhn_ok
from deskmate_base.errors import PolicyError

FOUND = [
    # phones: national formats of several regions, extensions, +country (0)
    ("Call me on 0161 496 0631 please.", "phone", "0161 496 0631"),
    ("Portable : 06 12 34 56 78", "phone", "06 12 34 56 78"),
    ("Tel. +49 (0)30 901820 for the office.", "phone", "+49 (0)30 901820"),
    ("Reach me at 217-977-6317x066 after five.", "phone", "217-977-6317x066"),
    ("Mobiel: 06-12345678", "phone", "06-12345678"),
    ("móvil 612 345 678", "phone", "612 345 678"),
    # national ids
    ("Her SSN: 536-22-1234", "national_id", "536-22-1234"),
    ("numéro de sécurité sociale : 1 85 07 69 383 047 54", "national_id", "1 85 07 69 383 047 54"),
    ("Codice fiscale RSSMRA85T10A562S", "national_id", "RSSMRA85T10A562S"),
    ("DNI 12345678Z", "national_id", "12345678Z"),
    ("NIE X1234567L", "national_id", "X1234567L"),
    ("BSN 111222333 confirmed", "national_id", "111222333"),
    ("Steuer-ID 47 036 892 816", "national_id", "47 036 892 816"),
    ("NI number ZZ 91 41 77 T", "national_id", "ZZ 91 41 77 T"),
    # cards, by network
    ("Maestro 6759 1264 8037 1945 21", "credit_card", "6759 1264 8037 1945 21"),
    ("UnionPay 6214 8306 9271 5340 684", "credit_card", "6214 8306 9271 5340 684"),
    ("card 213144978690732", "credit_card", "213144978690732"),  # JCB, 15 digits
    ("Amex 3782 822463 10005", "credit_card", "3782 822463 10005"),
    ("Mastercard 2221 0000 0000 0009", "credit_card", "2221 0000 0000 0009"),
    ("Diners 3056 9309 0259 04", "credit_card", "3056 9309 0259 04"),
    ("Discover 6011 1111 1111 1117", "credit_card", "6011 1111 1111 1117"),
    # addresses
    ("12 rue des Lilas\n69003 Lyon", "street_address", "12 rue des Lilas\n69003"),
    ("Hauptstraße 5\n10115 Berlin", "street_address", "Hauptstraße 5\n10115"),
    ("Keizersgracht 123\n1015 CJ Amsterdam", "street_address", "Keizersgracht 123\n1015 CJ"),
    ("Via Roma 12\n00184 Roma", "street_address", "Via Roma 12\n00184"),
    ("Calle Mayor 5\n28013 Madrid", "street_address", "Calle Mayor 5\n28013"),
    ("8353 Kathleen Highway Apt. 681\nLake Victoria, VI 39349", "street_address",
     "8353 Kathleen Highway Apt. 681\nLake Victoria, VI 39349"),
    ("Flat 3\n14 Kingsway\nSheffield S1 2AB", "street_address",
     "Flat 3\n14 Kingsway\nSheffield S1 2AB"),
    ("Apartment 4, 22 Harbour View\nDublin D02 X285", "street_address",
     "Apartment 4, 22 Harbour View\nDublin D02 X285"),
    # dates of birth, drivers' licences, IPs
    ("Je suis né le 3 juillet 1985 à Lyon", "date_of_birth", "3 juillet 1985"),
    ("geboren am 12.03.1990 in Köln", "date_of_birth", "12.03.1990"),
    ("Date of birth: 1924-12-07", "date_of_birth", "1924-12-07"),
    ("Driving licence MORGA657054SM9IJ", "driver_license", "MORGA657054SM9IJ"),
    ("keep getting address 59.3.205.22 blocked", "ip_address", "59.3.205.22"),
    ("login from 2001:db8::1 failed", "ip_address", "2001:db8::1"),
]  # fmt: skip

NEAR_MISSES = [
    "Release 4.12.0 ships on 2026-04-08, see INV-2026-0042.",
    "Upgrade to v4.12.0.1 tonight.",
    "Meet at 10:30:00 in room 4; dial-in code 481 223 via the app.",
    "Via the portal in 2026 we place 3 orders.",
    "ISBN 978-3-16-148410-0 and part 4000-1234-5678 shipped.",
    "The budget is 125000 EUR for 12 sites in Lyon and Porto.",
    "BSN 111222334 is only an example with a bad checksum.",
    "Reference 1234 5678 9012 3456 is not a card.",
    "These plans are kept confidential by the team.",
    '"Confidential Information" means what the parties exchange.',
]


@pytest.mark.parametrize(("text", "kind", "value"), FOUND, ids=[f[0][:24] for f in FOUND])
def test_finds_identifier(text: str, kind: str, value: str) -> None:
    scan = detect(text)
    spans = [text[f.start : f.end] for f in scan.findings if f.kind == kind]
    assert value in spans, [(f.kind, text[f.start : f.end]) for f in scan.findings]


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_near_miss_is_clear(text: str) -> None:
    scan = detect(text)
    assert scan.findings == (), [(f.kind, text[f.start : f.end]) for f in scan.findings]


def test_cards_need_network_length_and_luhn() -> None:
    assert card_network_ok("6759126480371945") and luhn_ok("4539148803436467")
    assert not card_network_ok("9999126480371945")  # no network starts with 99
    assert card_network_ok("4539148803436")  # Visa also has 13 digits
    assert not card_network_ok("37828224631000")  # Amex is 15 digits, not 14


def test_phone_regions_decide_national_formats() -> None:
    text = "Our Manchester number is 0161 496 0631."
    assert "phone" in detect(text).kinds
    assert "phone" not in detect(text, config=DetectorConfig(phone_regions=("US",))).kinds
    # beside a word for calling, a number is a phone number whatever the regions
    called = "Call 0161 496 0631 today."
    assert "phone" in detect(called, config=DetectorConfig(phone_regions=("US",))).kinds


def _policy(tmp_path: Path, detectors: str) -> Path:
    path = tmp_path / "policy.toml"
    path.write_text(f'version = "1"\n[detectors]\n{detectors}\n', encoding="utf-8")
    return path


def test_policy_keeps_old_phone_region_and_reads_new_keys(tmp_path: Path) -> None:
    old = parse_policy(_policy(tmp_path, 'phone_region = "us"')).detectors
    assert old.phone_regions[0] == "US" and "GB" in old.phone_regions
    new = parse_policy(
        _policy(tmp_path, 'phone_regions = ["GB"]\nnames = "always"\nip_addresses = false')
    ).detectors
    assert new.phone_regions == ("GB",) and new.names == "always"
    assert not new.on("ip_address")
    assert "ip_address" not in detect("from 59.3.205.22", config=new).kinds


@pytest.mark.parametrize("bad", ['names = "sometimes"', 'phone_regions = ["XX"]'])
def test_policy_rejects_bad_detector_settings(tmp_path: Path, bad: str) -> None:
    with pytest.raises(PolicyError):
        parse_policy(_policy(tmp_path, bad))


TABLE_CLEAR = [
    "Milestone | Owner | Due\nBeta | Ana | 2026-05-01",  # names beside dates, no personal column
    "Product | SKU | Price\nWidget | W-1 | 12.50",
    "We pay | grade | later",  # bars in prose, no rows below
]


@pytest.mark.parametrize("text", TABLE_CLEAR)
def test_tables_without_a_personal_column_pair_are_clear(text: str) -> None:
    assert "personal_table" not in detect(text).kinds


def test_names_always_flags_a_name_without_context() -> None:
    text = "Ask Priya Natarajan about the rollout plan."
    assert "person" not in detect(text).kinds  # context: a name alone is not sensitive
    always = detect(text, config=DetectorConfig(names="always"))
    assert [text[f.start : f.end] for f in always.findings if f.kind == "person"] == [
        "Priya Natarajan"
    ]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Hello, my name is Sébastien du Martins and I need help.", "Sébastien du Martins"),
        ("Date: 2015-08-18\nName: Jörg-Peter Lorch\nPhone: unknown", "Jörg-Peter Lorch"),
        ("Her maiden name is Trupp.", "Trupp"),
    ],
)
def test_a_name_given_as_ones_own_is_personal(text: str, name: str) -> None:
    assert name in [text[f.start : f.end] for f in detect(text).findings if f.kind == "person"]


@pytest.mark.parametrize("text", ["Project name: Aurora", "The file name is Report.docx"])
def test_names_of_things_are_not_people(text: str) -> None:
    assert "person" not in detect(text).kinds


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        ("I get no message on my registered 73803371. Could you look?", True),
        ("Can someone call me on +54 9 3478 6843? I have questions.", True),  # short plan
        ("Please stop sending messages to 08191620", True),
        ("Please call me at 29 80 15 tomorrow", True),  # six digits beside a phone word
        ("For the supplier call, dial-in code 481 223 via the app", False),  # a code, not a phone
        ("Meeting ID: 482 193 on the conference phone", False),
        ("We have received your invoice 20260331-0457 dated 31 March.", False),
        ("Your order 45001839 has shipped.", False),
    ],
)
def test_numbers_a_person_calls_their_own(text: str, phone: bool) -> None:
    assert ("phone" in detect(text).kinds) is phone
