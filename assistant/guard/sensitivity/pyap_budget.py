"""pyap2, asked about one window of text at a time, within a budget per text.

pyap is slow (a few milliseconds a window), and a hostile text can be made of
nothing but postcode-like candidates. One text gets at most ``PYAP_BUDGET``
windows; past that a candidate that passed the cheap checks counts as an
address unread (fail closed: kept local or redacted).
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache
from typing import Any

Hit = tuple[str, int, int, float]
PYAP_BUDGET = 1000


class PyapBudget:
    """How many pyap windows one text may still ask."""

    def __init__(self, windows: int | None = None) -> None:
        self.left = PYAP_BUDGET if windows is None else windows


@lru_cache(maxsize=1)
def _parser() -> Any:
    import pyap

    return pyap


def pyap_window(text: str, lo: int, hi: int, budget: PyapBudget) -> Iterator[Hit]:
    """pyap's reading of ``text[lo:hi]`` as a US, UK or Canadian address."""
    if budget.left <= 0:
        yield "street_address", lo, hi, 0.75  # not asked: counted, fail closed
        return
    budget.left -= 1
    window = text[lo:hi]
    pyap = _parser()
    for country in ("US", "GB", "CA"):
        for address in pyap.parse(window, country=country):
            pos = window.find(address.full_address)
            if pos != -1:
                yield "street_address", lo + pos, lo + pos + len(address.full_address), 0.75
                return
