"""Addresses in scripts without Latin letters: street words (address_words) and
layouts (address_blocks), with the near misses that must stay clean."""

from __future__ import annotations

import pytest

from assistant.guard.sensitivity import detect


@pytest.mark.parametrize(
    "text",
    [
        "Please send it to ул. Садовая, д. 14, кв. 3, 191023.",  # Russian words
        "Новий офіс: вул. Хрещатик 22, Київ",  # Ukrainian
        "Deliver to ალაზნის ქ. 31, ბოლნისი today.",  # Georgian ქ. and a house
        "It is ք. Գյումրի, 3104, Աբովյան 12",  # Armenian city word and code
        "My flat is at Λεωφ. Κηφισίας 73, Αθήνα",  # Greek avenue
        "Home: خیابان ولیعصر، پلاک 12، تهران",  # Persian street and plate
        "Our office: شارع التحرير 15، القاهرة",  # Arabic street
        "Please write to רחוב הרצל 10, תל אביב",  # Hebrew street
        "I moved to पोखरा मार्ग वडा 7\nकास्की 33700",  # Nepali road and ward
        "It is 01/131 எழில்நகர்\nசென்னை-600017",  # Tamil house line, city-PIN
        "Send it to 12 गांधी नगर\nभोपाल 462001 please",  # house line, code line
        "Billing:\n7 Ծաղիկ\nApt. 4\nԳյումրի\nՀայաստան 3104",  # block with a unit line
        "I live at Κορωνίδου 51,\n829 13 Πύργος.",  # Greek street line, code and town
        "The restaurant is at 26 Աբովյան.",  # English prose, house, another script
        "We'll meet at Acme Ltd, 20 Պռոշյան, Հրազդան",
        "The bus stops at 4 सेनगुप्ता St.",
        "We'll meet Friday at Ayala, Chavez and Mansilla, 971 Av. Alvear, Comodoro Rivadavia",
        "The restaurant is at 2 Vizovická.",  # Latin, no street word: the clause's shape
        "Lunch is at 834 Avenida 5",
        "Acme Ltd\n\n88 Calle 8\nOficina 4\nRío Gallegos",  # an office word under a house
        "Sra. Luz Oficina 42 21 Av. Resistencia\nSanta Rosa",
        "Billing:\n    6-6 Calle 8A Apartamento 5\n    Colón",
        "Please write to הרצל 12, רמת גן, 5225512",  # Israel: street first, a 7-digit code
        "New address: Партизанска 9в\n1000 Скопје",  # a Cyrillic letter after the house
        "It is বাড়ী নং ১২, গুলশান, ঢাকা, ১২১২",  # Bengali words and digits
        "The office is at ৩৫৫ আলমনগর এভিনিউ.",
        "She gave me her address: 88號 學府",  # a house number with 號 after a cue
        "Send it to 臺北市中山區民生東路3段5號8樓",  # a road with a section
        "Please send it to Váci utca 97.\nH-2088 Tatabánya",  # Hungarian street words
        "Meet me at 16 زنقة نوي - سيق after lunch",  # a Maghreb lane
        "Send it to Las Hortensias 299\nParral, Región del Maule",  # Chile: the region line
        "The letter arrived at Ruta 5 Sur, km 306 last night.",  # a rural road and km
        "The restaurant is at 80 Setor de Campos",  # a particle after the number
        "The restaurant is at 241. Kossuth út",  # a lower-case street word
        "The restaurant is at Số 7/51/155 Lê Lợi",
        "Núcleo Aragão\nMonte São José\n76583-149 Almeida / AP",  # a Brazilian CEP line
    ],
)
def test_addresses_in_other_scripts_are_found(text: str) -> None:
    assert "street_address" in detect(text).kinds, text


@pytest.mark.parametrize(
    "text",
    [
        "В 2025 г., 15 сотрудников перешли в новый отдел.",  # "г." is the year
        "См. п. 5, ст. 12 договора.",  # clause and article, not address words
        "Το γραφείο της Αθήνας έχει 12 άτομα.",  # a city and a count
        "Our 上海 office opened in 2019 with 30 staff.",
        "Shipped 3 طرود to Cairo on Monday.",  # a count before a word in another script
        "Version 2 of the हिंदी guide, 14 pages",
        "The party starts at 10 PM.",  # a time, a currency, a year, a date
        "Tickets are at 20 Euros.",
        "Founded at 2025 Berlin.",
        "The review is at 3 March.",
        "We met at the expo, 12 New Leads, Berlin.",  # no firm named after "at"
        "In 2025, 12 New Customers, Berlin.",
        "Local 12 union meeting\nStudio 4 booked",  # office words without a house above
        "Release 5, Berlin, 1012345",  # a Latin run: the street must lead in another script
        "Sales rose 12%\nChile, Región de Valparaíso leads",  # a region line, no street above
        "Meet at 10 Central time.",  # a lower-case word that is not a street word
        "會議在2025年 台北\n出席 12345",  # a year is not a house number
    ],
)
def test_other_script_near_misses_stay_clean(text: str) -> None:
    assert "street_address" not in detect(text).kinds, text


def test_a_national_card_named_as_a_card_is_a_card() -> None:
    # Luhn-valid, outside the international networks' ranges (a national scheme)
    assert "credit_card" in detect("I lost my card 9064279287757441 today").kinds
    assert "credit_card" not in detect("Invoice 9064279287757441 is paid").kinds


def test_an_iban_with_a_letter_bban_is_an_iban() -> None:
    assert "iban" in detect("My IBAN is UA19247146RLPNSYMQUEXAYJWOHRD").kinds


def test_a_short_iban_counts_only_when_named() -> None:
    assert "iban" in detect("My IBAN is TH917525799359").kinds  # mod-97 holds, 14 characters
    assert "iban" not in detect("Ref TH917525799359 on the order").kinds


def test_local_numbers_beside_a_call_word_are_phones() -> None:
    assert "phone" in detect("Can someone call me on 519-01-18?").kinds
    assert "phone" in detect("Please call me at 00755 920048 tomorrow").kinds
    assert "phone" not in detect("Meeting notes from 12-01-18").kinds
