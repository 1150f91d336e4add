"""Small helpers shared by the data modules and build.py."""

from decimal import ROUND_HALF_UP, Decimal


def round_half_up(x, places=0):
    """Round like a spreadsheet does (0.5 goes up), not banker's rounding."""
    q = Decimal(1).scaleb(-places)
    d = Decimal(str(x)).quantize(q, rounding=ROUND_HALF_UP)
    return int(d) if places == 0 else float(d)


def _trim(num_text):
    return num_text[:-2] if num_text.endswith(".0") else num_text


def money_variants(value, cur="£"):
    """Renderings of a whole-currency total: '48,310', '48310', '£48.3k', '£1.23m'."""
    value = int(value)
    out = [f"{value:,}", str(value)]
    if value >= 1_000_000:
        m = value / 1_000_000
        out += [f"{cur}{m:.2f}m", f"{m:.2f} million", f"{cur}{_trim(f'{m:.1f}')}m"]
    elif value >= 1_000:
        k = value / 1_000
        out += [f"{cur}{_trim(f'{k:.1f}')}k", f"{cur}{round_half_up(k)}k"]
    seen = []
    for v in out:
        if v not in seen:
            seen.append(v)
    return seen


def pct_variants(numer, denom):
    """'77.5%', '78%', '77.5 per cent' for numer/denom."""
    p = numer * 100 / denom
    one = _trim(f"{round_half_up(p, 1):.1f}")
    whole = str(round_half_up(p))
    out = [f"{one}%", f"{whole}%", f"{one} per cent", f"{one} percent"]
    seen = []
    for v in out:
        if v not in seen:
            seen.append(v)
    return seen


NUMBER_WORDS = {1: "one", 2: "two", 3: "three", 4: "four", 5: "five", 6: "six",
                7: "seven", 8: "eight", 9: "nine", 10: "ten"}
