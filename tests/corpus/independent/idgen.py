"""Checksum-correct (but fictional) identifiers for the independent corpus.

Every scheme that has a check digit/letter is computed here rather than typed
by hand, so the values stay valid if someone edits the base digits.
``build.py`` cross-checks them with python-stdnum when it is installed.
"""


# --- payment cards --------------------------------------------------------
def luhn_ok(number: str) -> bool:
    digits = [int(c) for c in number if c.isdigit()]
    total = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def luhn_complete(body: str) -> str:
    """Append the Luhn check digit to ``body``."""
    for check in "0123456789":
        if luhn_ok(body + check):
            return body + check
    raise AssertionError("unreachable")


def group(number: str, sizes, sep=" ") -> str:
    out, pos = [], 0
    for size in sizes:
        out.append(number[pos:pos + size])
        pos += size
    assert pos == len(number), (number, sizes)
    return sep.join(out)


VISA = group(luhn_complete("453914880343646"), (4, 4, 4, 4))
MASTERCARD_2 = group(luhn_complete("229741063358172"), (4, 4, 4, 4), "-")
AMEX = group(luhn_complete("37449163802751"), (4, 6, 5))
DISCOVER = group(luhn_complete("601108452937164"), (4, 4, 4, 4), "-")
JCB = group(luhn_complete("353016729480635"), (4, 4, 4, 4))
MAESTRO_18 = group(luhn_complete("67591264803719452"), (4, 4, 4, 4, 2))
UNIONPAY_19 = group(luhn_complete("621483069271534068"), (4, 4, 4, 4, 3))


def not_luhn(number: str) -> str:
    """For clean files: a long reference number that is NOT Luhn-valid."""
    assert not luhn_ok(number), number
    return number


# --- national identifiers -------------------------------------------------
US_SSN = "538-47-2916"            # no checksum; area/group/serial all allowed
UK_NINO = "JT 48 21 73 C"         # no checksum; prefix JT is an issued series
PASSPORT_IN = "Z5829174"          # Indian passport format (letter + 7 digits)
US_DL_CA = "D4821937"             # California licence format (letter + 7)


def fr_nir(thirteen: str) -> str:
    """French NIR/INSEE: key = 97 - (number mod 97), shown in usual blocks."""
    key = 97 - int(thirteen) % 97
    n = thirteen
    return f"{n[0]} {n[1:3]} {n[3:5]} {n[5:7]} {n[7:10]} {n[10:13]} {key:02d}"


def nl_bsn(first8: str) -> str:
    """Dutch BSN, '11-proef': sum(d_i * (9..2)) - d9 == 0 (mod 11)."""
    s = sum(int(d) * w for d, w in zip(first8, range(9, 1, -1), strict=True))
    check = s % 11
    if check > 9:
        raise ValueError("choose other base digits for BSN")
    return first8 + str(check)


def de_steuer_id(first10: str) -> str:
    """German Steuer-ID, ISO 7064 MOD 11,10 check digit."""
    assert first10[0] != "0"
    counts = sorted((first10.count(c) for c in set(first10)), reverse=True)
    assert counts[0] in (2, 3) and counts[1] == 1, "one digit must repeat"
    product = 10
    for d in first10:
        total = (int(d) + product) % 10 or 10
        product = (total * 2) % 11
    check = (11 - product) % 10
    n = first10 + str(check)
    return f"{n[0:2]} {n[2:5]} {n[5:8]} {n[8:11]}"


_DNI_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE"


def es_dni(eight: str) -> str:
    return eight + _DNI_LETTERS[int(eight) % 23]


def es_nie(prefix: str, seven: str) -> str:
    """Spanish NIE: X/Y/Z count as 0/1/2 for the DNI letter algorithm."""
    return prefix + seven + _DNI_LETTERS[int(str("XYZ".index(prefix)) + seven) % 23]


_CF_ODD = dict(zip("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ",
                   [1, 0, 5, 7, 9, 13, 15, 17, 19, 21] +
                   [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3,
                    6, 8, 12, 14, 16, 10, 22, 25, 24, 23], strict=True))


def it_codice_fiscale(first15: str) -> str:
    total = 0
    for i, c in enumerate(first15):
        if i % 2 == 0:  # 1st, 3rd, ... character (odd in 1-based counting)
            total += _CF_ODD[c]
        else:
            total += int(c) if c.isdigit() else ord(c) - ord("A")
    return first15 + chr(ord("A") + total % 26)


def ie_ppsn(seven: str) -> str:
    s = sum(int(d) * w for d, w in zip(seven, range(8, 1, -1), strict=True))
    return seven + "WABCDEFGHIJKLMNOPQRSTUV"[s % 23]


FR_NIR = fr_nir("1850769383047")          # male, 07/1985, Lyon 3e (69383)
NL_BSN = nl_bsn("27481659")
DE_STEUER_ID = de_steuer_id("4703689281")
ES_DNI = es_dni("48213576")
ES_NIE = es_nie("Y", "4827103")
IT_CF = it_codice_fiscale("RMNGLI90B54F205")  # Giulia Romano, 14/02/1990, Milano
IE_PPSN = ie_ppsn("8472615")

ALL = {
    "visa": VISA, "mastercard": MASTERCARD_2, "amex": AMEX,
    "discover": DISCOVER, "jcb": JCB, "maestro": MAESTRO_18,
    "unionpay": UNIONPAY_19, "us_ssn": US_SSN, "uk_nino": UK_NINO,
    "fr_nir": FR_NIR, "nl_bsn": NL_BSN, "de_idnr": DE_STEUER_ID,
    "es_dni": ES_DNI, "es_nie": ES_NIE, "it_cf": IT_CF, "ie_pps": IE_PPSN,
    "passport": PASSPORT_IN, "us_dl": US_DL_CA,
}
