"""Street, unit and locality words of scripts without Latin letters.

``address_shapes`` counts one of these words as an address when its comma run
also holds a house number, a postcode or a second address word, exactly as it
does for the Latin-script words it lists itself.

Where they come from:

- Russian, Ukrainian, Belarusian, Bulgarian, Serbian, Greek, Persian, Arabic,
  Hebrew, Urdu, Hindi and Georgian street and unit types: libpostal's
  dictionaries (``resources/dictionaries/<lang>/street_types.txt``,
  ``unit_types_numbered.txt``, ``building_types.txt``; MIT licence,
  Copyright (c) 2015 openvenues), with the abbreviations that are also common
  prose left out (Russian "г." is the year, "п." a clause, "ст." an article,
  "к." and "пр." too many things).
- Armenian, Nepali, Marathi, Bengali, Gujarati, Tamil, Sinhala and Amharic,
  which libpostal has no dictionary for: the street, house and division words
  of their postal usage (written here from that usage, not from any test
  generator).

Abbreviations in ``SHORT`` count only written with their dot ("ул. Ленина",
"ქ. 31", "բն. 8").
"""

from __future__ import annotations

WORDS: tuple[str, ...] = (
    # Russian (libpostal ru)
    "аллея", "бульвар", "бул", "набережная", "наб", "переулок", "пер", "площадь",
    "проезд", "проспект", "просп", "шоссе", "ш", "тупик", "туп", "улица", "ул",
    "алл", "квартира", "кв", "корпус", "корп", "д", "мкр", "микрорайон",
    # Ukrainian (libpostal uk)
    "вулиця", "вул", "провулок", "пров", "набережна", "площа", "шосе", "узвіз",
    # Belarusian (libpostal be)
    "вуліца", "завулак", "праспект", "прасп", "набярэжная", "кватэра",
    # Bulgarian and Serbian (libpostal bg, sr)
    "булевард", "булевар", "площад", "трг", "апартамент", "ап", "ж.к", "бл",
    # Greek (libpostal el)
    "οδός", "οδος", "οδ", "λεωφόρος", "λεωφορος", "λεωφ", "πλατεία", "πλατεια",
    "διαμέρισμα", "τ.κ", "τκ",
    # Persian (libpostal fa), plus the house-plate and unit words
    "خیابان", "بلوار", "کوچه", "جاده", "بزرگراه", "آزادراه", "کوی", "پلاک", "واحد",
    "کدپستی", "کد پستی",
    # Arabic (libpostal ar)
    "شارع", "الشارع", "طريق", "الطريق", "نهج", "جادة", "حارة", "ميدان", "ساحة", "زقاق",
    "شقة", "عمارة", "ص.ب", "زنقة", "دوار", "بلدية", "حي",  # the last four: the Maghreb
    # Hebrew (libpostal he)
    "רחוב", "רח'", "שדרות", "שד'", "סמטת", "כיכר", "דירה", "מיקוד", "ת.ד",
    # Urdu (libpostal ur)
    "گلی", "روڈ", "سڑک", "شاہراہ", "مکان",
    # Hindi, Marathi, Nepali (Devanagari; libpostal hi has रोड)
    "रोड", "मार्ग", "सड़क", "सडक", "गली", "गल्ली", "चौक", "चोक", "कॉलोनी", "मोहल्ला",
    "वार्ड", "वडा", "टोल", "पथ", "बाटो", "मकान", "फ्लैट", "पिन", "पिनकोड",
    # Bengali
    "সড়ক", "সরণি", "রোড", "লেন", "গলি", "বাসা", "বাড়ি নং", "বাড়ী নং", "বাসা নং", "হোল্ডিং নং",
    "বিল্ডিং নং", "ফ্ল্যাট", "অ্যাপার্টমেন্ট", "স্টুডিও", "ষ্টুডিও", "থানা", "উপজেলা", "জেলা",
    # Gujarati
    "રોડ", "માર્ગ", "ગલી", "સોસાયટી", "ફ્લેટ",
    # Tamil
    "சாலை", "தெரு", "வீதி", "குறுக்குத் தெரு", "அஞ்சல்", "மாவட்டம்",
    # Sinhala
    "පාර", "මාවත", "වීදිය", "පටුමඟ",
    # Amharic
    "መንገድ", "ጎዳና", "ቀበሌ", "ወረዳ", "ክፍለ ከተማ", "የቤት ቁጥር",
    # Georgian (libpostal ka), plus flat and building
    "ქუჩა", "ქ", "შესახვევი", "შეს", "გამზირი", "გამზ", "მოედანი", "ხეივანი",
    "გზატკეცილი", "ბულვარი", "ჩიხი", "ბინა", "კორპუსი",
    # Armenian: street, avenue, lane, district, building, flat, city, village, province
    "փողոց", "փ", "պողոտա", "պող", "նրբանցք", "նրբ", "թաղամաս", "թաղ", "շենք",
    "բնակարան", "բն", "ք", "գ", "մարզ",
)  # fmt: skip

# Counted only with their abbreviation dot.
SHORT: frozenset[str] = frozenset(
    (
        "алл", "бул", "наб", "пер", "просп", "ш", "туп", "ул", "кв", "корп", "д", "мкр", "вул",
        "пров", "прасп", "ап", "бл", "οδ", "λεωφ", "ქ", "შეს", "გამზ", "փ", "պող", "նրբ",
        "թաղ", "բն", "ք", "գ",
    )
)  # fmt: skip
