"""Secrets: cloud keys, tokens, private keys and passwords.

detect-secrets' own plugins do the matching, run only on lines where the
trigger pass saw a secret-like word or prefix. Its entropy plugins are left out
(they flag every UUID and hash) and so is its public-IP plugin. One pattern of
our own covers passwords written in prose ("the password is ..."), which its
keyword plugin only finds in code-like assignments.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import Any

Hit = tuple[str, int, int, float]

_SKIPPED = {"Base64HighEntropyString", "HexHighEntropyString", "IPPublicDetector"}
_PROSE_PASSWORD = re.compile(
    r"(?i)\b(?:password|passwd|pwd|passcode)\b(?:\s+(?:is|was|for \S+ is))?\s*[:=]?\s*"
    r"[\"']?(?P<value>(?=\S*[\d_!@#$%^&*()+=?<>~-])\S{6,64}?)[\"'.,;]?(?:\s|$)"
)


@lru_cache(maxsize=1)
def _plugins() -> list[Any]:
    from detect_secrets.core.plugins.util import get_mapping_from_secret_type_to_class
    from detect_secrets.settings import default_settings

    with default_settings():
        classes: Iterable[Any] = get_mapping_from_secret_type_to_class().values()
        return [cls() for cls in classes if cls.__name__ not in _SKIPPED]


def find_secrets(text: str, line_starts: Iterable[int]) -> Iterator[Hit]:
    starts = sorted(line_starts)
    if not starts:
        return
    plugins = _plugins()
    for start in starts:
        end = text.find("\n", start)
        line = text[start : end if end != -1 else len(text)]
        yield from _scan_line(line, start, plugins)


# An environment-style assignment of a key or secret: WEATHER_API_KEY=wtr_live_4f9c...
_ASSIGNED = re.compile(
    r"(?i)\b\w*(?:api[_-]?key|secret|token|passw(?:or)?d|pwd|access[_-]?key)\w*\s*[:=]\s*[\"']?"
    r"(?P<value>(?=[\w\-+/=.]*\d)(?=[\w\-+/=.]*[A-Za-z])[\w\-+/=.]{12,})"
)


def _scan_line(line: str, offset: int, plugins: list[Any]) -> Iterator[Hit]:
    spans: list[tuple[int, int]] = []
    for plugin in plugins:
        # analyze_string yields the raw values; analyze_line would consult the
        # global settings and could call a plugin's online verify().
        for value in plugin.analyze_string(line):
            pos = line.find(value) if value else -1
            if pos == -1:
                continue
            end = pos + len(value)
            while end < len(line) and not line[end].isspace():  # whole token
                end += 1
            spans.append((pos, end))
    for pattern in (_PROSE_PASSWORD, _ASSIGNED):
        for m in pattern.finditer(line):
            spans.append((m.start("value"), m.end("value")))
    for pos, end in _merge(spans):
        yield "secret", offset + pos, offset + end, 0.9


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged
