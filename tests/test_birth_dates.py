"""Bare dates: a full date with no birth word may still be someone's date of birth
(``[detectors] bare_dates``, assistant/guard/sensitivity/dates.py)."""

from __future__ import annotations

import datetime

import pytest

from assistant.guard.policy import PolicyError, parse_policy
from assistant.guard.sensitivity import DetectorConfig, detect

YEAR = datetime.date.today().year - 41  # an adult's birth year, whenever the test runs
RECENT = datetime.date.today().year - 3
PERSONAL, ALWAYS, OFF = (DetectorConfig(bare_dates=m) for m in ("personal", "always", "off"))
# A clean paragraph long enough that a date in it is not "a short text".
FILLER = (
    "The facilities team will repaint the third floor next week and the lifts will be "
    "serviced on Thursday. Please keep the corridors clear and use the east stairs while "
    "the work goes on. Questions go to the facilities desk as usual. "
) * 2


def kinds(text: str, config: DetectorConfig = PERSONAL) -> set[str]:
    return detect(text, config=config).kinds


@pytest.mark.parametrize(
    "text",
    [
        f"It's {YEAR}-03-12",
        f"Here you go: 12/03/{YEAR}",
        f"12.03.{YEAR}",
        f"3 juillet {YEAR}",
        f"March 3, {YEAR}.",
        f"le 14 février {YEAR}, à Lyon",
    ],
)
def test_an_old_full_date_in_a_short_text_is_a_possible_birth_date(text: str) -> None:
    assert "date_of_birth" in kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        f"Logged {YEAR}-03-12 10:15:02 by the backup job",  # a timestamp
        f"When: {YEAR}-06-28 13:15\nWhere: the main hall",
        f"The company was founded on 3 May {YEAR} in Leeds.",  # an event's date
        f"The lease was signed 12/03/{YEAR}.",
        f"Version 2 was released on 12.03.{YEAR}.",
        f"The warehouse opens on 12/03/{RECENT}.",  # too recent to be an adult's
        "The building dates from 12 March 1890.",  # more than 110 years ago
        f"Invoice 12/03/{YEAR % 100:02d} attached",  # two-digit year: too ambiguous
        f"Our history: the first shop sold bread on 4 June {YEAR}. " + FILLER,  # long, no person
    ],
)
def test_dates_that_are_not_birth_dates_stay_cloud_eligible(text: str) -> None:
    assert "date_of_birth" not in kinds(text)


def test_in_a_long_text_an_old_date_counts_beside_a_personal_word() -> None:
    assert "date_of_birth" in kinds(FILLER + f"My details for the form: 4 June {YEAR}. Thanks.")
    assert "date_of_birth" in kinds(FILLER + f"Employee record: 04/06/{YEAR}, Leeds site.")
    assert "date_of_birth" not in kinds(FILLER + f"The archive starts on 4 June {YEAR}.")


def test_the_policy_chooses_how_bare_dates_count() -> None:
    founded = f"The company was founded on 3 May {YEAR}."
    assert "date_of_birth" in kinds(founded, ALWAYS)
    assert "date_of_birth" not in kinds(f"{YEAR}-03-12 10:15", ALWAYS)  # still a timestamp
    assert "date_of_birth" not in kinds(f"It's {YEAR}-03-12", OFF)
    assert "date_of_birth" in kinds(
        f"Date of birth: 12/03/{YEAR}", OFF
    )  # a birth word still counts


def test_policy_reads_bare_dates_and_rejects_unknown_modes(tmp_path) -> None:
    path = tmp_path / "policy.toml"
    path.write_text('version = "1"\n[detectors]\nbare_dates = "off"\n', encoding="utf-8")
    assert parse_policy(path).detectors.bare_dates == "off"
    path.write_text('version = "1"\n[detectors]\nbare_dates = "sometimes"\n', encoding="utf-8")
    with pytest.raises(PolicyError, match="bare_dates"):
        parse_policy(path)
