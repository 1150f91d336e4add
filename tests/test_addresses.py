"""Postal addresses in formats the first detectors were not written around
(street types of AU/NZ, Canada and the UK, Belgian, Austrian and Nordic compounds,
Polish and Portuguese forms, streets placed by an address word), and the near
misses that must stay cloud-eligible."""

from __future__ import annotations

import pytest

from assistant.guard.sensitivity import detect


@pytest.mark.parametrize(
    "text",
    [
        "Please send the parcel to 14 Wattle Esplanade, Cairns QLD 4870.",
        "The restaurant is at 7 Harbour Byway",  # an AS 4590 type, no postcode
        "Her new place: 3 Banksia Circuit",
        "41 Kowhai Rise\nFlat 2\nNapier",  # a weak type, placed by the flat below
        "Je loge au 9 Croissant du Lac, Laval",
        "Stuur het naar 00 Jasonlei, Koksijde",  # Belgian -lei beside a locality
        "Sein neue Anschrift: 640 Pircherring",  # Austrian -ring after an address word
        "Anschrift: Brunnenzeile 7, 1160 Wien",
        "Kontor: Storgatan 12\n114 51 Stockholm",
        "Nørregade 14, 1165 København K",
        "ul. Kwiatowa 12\n00-950 Warszawa",
        "R. de Públia Hortênsia, S/N\n2639-963 Vila Nova de Santo André",
        "S/N Largo Henriques, Rio Maior",
        "His address: 2 Jessica Rosebowl",
        "My home address is 14 Birch Something",  # no street word at all
        "She lives at 88 Pohutukawa, Hamilton",
        "Send it to PO Box 959\nGreytown 5742",  # a post-office box with its locality
        "Postfach 12 04, 8021 Zürich",
        "Flat 12, Residency Road\nBengaluru-560025",  # an Indian PIN after the town
        "The office is at 85/045\nSardar Patel Marg, Jaipur 302001",
        "Circuito Zacatecas 468 Interior 6\nSan Pedro, QRO 49258",  # Mexican state and CP
        "The shop is at 8889 Retorno Manzanares",
        "Kontoret ligger på 6 Ting Allé",  # Danish street in English order
        "Gunhilds Allé 59\n9599 Vejby",
        "48 Brønshøj Kirkestræde\nApt. 705",
        "The restaurant is at 6 Stöcklistrasse",  # RE2's ASCII \b before "ö"
        "Tatabányai utca 183.\nH-2909 Budakeszi",  # a country letter before the code
        "Storgata 12, 0155 Oslo",  # the street and number before a four-digit code
        "Oderská 235\n519 09 Nalžovské Hory",
        "Rua das Flores, 80\nJardim América\n01413-000 São Paulo / SP",  # a district between
        "Av. Mar del Plata N° 498\nPosadas",
        "5 Jakobsenlia\n Apt. 5\n Dahl",  # an address block around the flat
        "> 172 Vizovická\n> Apt. 346\n> Mnichovice",
        "Apt. 527 7 Pedersenmarka\nVegardborg",
        "Ahdekaunokintie 4\n00100 Helsinki",
        "How do I change my address to Ruta 5 Sur, km 641?",  # an address word, then "to"
        "Soseaua Ababei Nr. 86\nSibiu, 532017",  # Romanian street word, six-digit code
        "Carrera 2A Sur # 74-2\nUnguía, Chocó",  # Colombian numbering
        "Avda. Ramón Picarte 9614\nLos Ángeles",
        "We meet at 182 Groharjeva cesta, Ajdovščina",
        "85 Arturo Alessandri Palma\n Dpto. 91\n Olivar",
        "Send it to 557 Thomas Isitaladi, Kimberley, 4839",  # a code closing the address
        "Holding No. 121, Middle BagharTala, Habiganj, 5434",
        "The shop is at 55 Jalan Rungkut Industri, Bima",
    ],
)
def test_addresses_in_many_countries_are_found(text: str) -> None:
    assert "street_address" in detect(text).kinds, text


@pytest.mark.parametrize(
    "text",
    [
        "The FY 2026 Year End close starts on Monday.",
        "Teams: 4 Engineering, 2 Sales and 1 Design.",
        "Our Spring 2026, Berlin conference is booked.",
        "Smith et al. 2019 found the same effect.",
        "Team 4 Engineering\nNext steps are below.",
        "Sprint 3 Front End work continues.",
        "The 2 Upper Floors are closed for painting.",
        "Kanzlei 2026: neue Öffnungszeiten.",
        "Release 12 Top Features for admins.",
        "We shipped 40 Dell Laptops, Monitors and docks last week.",
        "Email address: the shared inbox is on the wiki.",
        "Ticket 4471 Reopened after the upgrade.",
        "Order 2026 Delivery, Berlin warehouse",
        "The PO box on the form is optional.",
        "Release 2026 Highlights",
        "Phase 1, 2026 Budget review",  # a year is not a postcode after a house-like segment
        "Table 3\nRevenue by region",
        "Room 4\nApt. booking opens on Monday",
        "We sent 3 Files via email.",
        "Please address to the Board 3 questions.",
        "Team 4 met in Berlin, Munich, 2026 was busy.",  # a year is not a code
        "Release 3 Notes, Known Issues, 1024",  # no house number before the commas
    ],
)
def test_near_misses_are_not_addresses(text: str) -> None:
    assert "street_address" not in detect(text).kinds, text


# General address shapes (address_shapes.py): countries no street rule names.
@pytest.mark.parametrize(
    "text",
    [
        "Ünvan: Bakı şəhəri, Nizami küçəsi, b. 12, m. 4",  # Azerbaijani words and b./m.
        "Please deliver to Gəncə ş., Atatürk pr., b. 3",
        "Send it to Số 12 Ngõ 45 Phố Huế, Quận Hai Bà Trưng, Hà Nội",
        "The office is at 21 Đường Lê Lợi, Phường Bến Nghé",
        "Rruga Myslym Shyri, Pallati 5, Tiranë",
        "Toshkent shahri, Amir Temur ko'chasi",  # two address words in two parts
        "Lorong Tun Ismail 3, Seksyen 8, Kuantan",
        "Mtaa wa Moi, Kitalu 12, Nakuru",
        "Camino 3 N° 412, Temuco",  # a numbered street, then N° and the house
        "ул. Ленина, д. 5 кв. 12, 630099",  # any script: house word and number, code
        "12 Mkhize Indlela, Durban, 4001",  # house and street, locality, code
        "Her address: 27 Ερμού, Αθήνα",  # a name in another script after a cue
        "The shop is at 140 福田 Street",
        "Ship it to 15 गांधी मार्ग\nजयपुर 302001",  # a code below a house in another script
        "Ship it to 15 گلستان\nشیراز 71345",
    ],
)
def test_general_address_shapes_are_found(text: str) -> None:
    assert "street_address" in detect(text).kinds, text


@pytest.mark.parametrize(
    "text",
    [
        "Meeting in Room 12, Block B, Building 4.",  # room numbers and building codes
        "Version 3.2, build 4512, released in Berlin.",
        "Order 48213 ships to Warsaw, Poland, 3 pallets.",  # order numbers with places
        "Invoice 5521 for the Hanoi office, 12 items",
        "Python 3.11, Windows 10, 16 Cores",
        "The Phố Cổ walking tour starts at 9.",  # one address word, a number far off
        "Our Jalan Ampang office moves in 2027.",  # one address word and a year
        "Taman Negara trip: 12 people, 3 days.",
        "Quarterly report, Kuala Lumpur, 2026",  # a year closes the run, not a code
        "Ticket 5, Berlin team, 10500 EUR",
        "Seksyen 2 of the handbook covers leave.",
        "During 2006, Havlíčková k.s. invested in new designs.",  # "k.s." is a firm
        "Celebrating its 10th year in TP. Huế, the firm is a 501(c)3 charity.",
        "Итого: 3 позиции\nСумма 12000",  # a count and a total, not a house and a code
        "Количество 5\nЦена 200\nИтого 1000",  # a form's lines, each with its number
        "Позиций 3\nСумма 12000",
        "Отдел продаж 4\nМосква\nВыручка 250000 рублей",  # a figure, then words: not a code
        "The Athens team has 12 people.\nΑθήνα 2024",
        "We met at 5 北京 offices and 3 Seoul ones.",
        "Shipped to 12 Երևան stores, and 4 more",
        "Отчёт за 2026\nКраков 2025",  # years are not codes
        "Send to Łódź 90001 units of stock, 12 lines",
    ],
)
def test_general_shape_near_misses_are_not_addresses(text: str) -> None:
    assert "street_address" not in detect(text).kinds, text
