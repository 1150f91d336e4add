"""Split text into pieces that each fit a token budget.

Splits prefer paragraph boundaries, then sentences, then words; a single
overlong word is cut by characters. Pieces keep document order.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

CountTokens = Callable[[str], int]

_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


def split_to_budget(text: str, budget: int, count: CountTokens) -> list[str]:
    """Pack ``text`` into as few pieces as possible, each at most ``budget`` tokens."""
    if budget < 8:
        raise ValueError("token budget too small to split into")
    chunks: list[str] = []
    current: list[str] = []
    used = 0
    for unit, tokens in _units(text, budget, count):
        if current and used + tokens > budget:
            chunks.append("\n".join(current))
            current, used = [], 0
        current.append(unit)
        used += tokens + 1  # the joining newline
    if current:
        chunks.append("\n".join(current))
    return chunks


def _units(text: str, budget: int, count: CountTokens) -> Iterator[tuple[str, int]]:
    """Yield (piece, tokens) with every piece within ``budget``."""
    for paragraph in text.split("\n"):
        paragraph = paragraph.strip()
        if not paragraph:
            continue
        tokens = count(paragraph)
        if tokens <= budget:
            yield paragraph, tokens
            continue
        for sentence in _SENTENCE_END.split(paragraph):
            yield from _fit(sentence, budget, count)


def _fit(piece: str, budget: int, count: CountTokens) -> Iterator[tuple[str, int]]:
    tokens = count(piece)
    if tokens <= budget:
        yield piece, tokens
        return
    words = piece.split(" ")
    if len(words) > 1:
        half = len(words) // 2
        yield from _fit(" ".join(words[:half]), budget, count)
        yield from _fit(" ".join(words[half:]), budget, count)
        return
    step = max(1, len(piece) * budget // (tokens + 1))
    for start in range(0, len(piece), step):
        yield from _fit(piece[start : start + step], budget, count)
