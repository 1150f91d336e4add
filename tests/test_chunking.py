from __future__ import annotations

import pytest

from assistant.workflows.chunking import split_to_budget


def words(text: str) -> int:
    return len(text.split())


def test_short_text_is_one_piece() -> None:
    assert split_to_budget("one two\nthree", 50, words) == ["one two\nthree"]


def test_pieces_respect_budget_and_keep_all_text_in_order() -> None:
    paragraphs = [f"para{i} " + "x " * (i % 7 + 1) for i in range(200)]
    text = "\n".join(paragraphs)
    pieces = split_to_budget(text, 30, words)
    assert len(pieces) > 1
    assert all(words(p) <= 30 for p in pieces)
    assert " ".join(" ".join(pieces).split()) == " ".join(text.split())


def test_overlong_paragraph_and_word_are_split() -> None:
    long_para = "Sentence one is here. " * 40 + "z" * 500
    pieces = split_to_budget(long_para, 20, lambda s: len(s) // 4 + 1)
    assert all(len(p) // 4 + 1 <= 20 for p in pieces)
    assert "".join(pieces).count("z") == 500


def test_tiny_budget_is_refused() -> None:
    with pytest.raises(ValueError):
        split_to_budget("text", 2, words)
