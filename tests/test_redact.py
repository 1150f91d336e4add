from __future__ import annotations

from assistant.guard.redact import Redaction
from assistant.guard.sensitivity import detect

TEXT = (
    "Olivia Nguyen received a formal warning. Write to olivia@example.com or "
    "call +44 20 7946 0958. Olivia Nguyen's manager copies olivia@example.com."
)


def test_same_value_same_placeholder_and_nothing_left() -> None:
    red = Redaction(TEXT, detect(TEXT).findings)
    assert "olivia@example.com" not in red.text and "7946" not in red.text
    assert "Olivia Nguyen" not in red.text
    assert red.text.count("[EMAIL_1]") == 2 and "[EMAIL_2]" not in red.text
    assert red.text.count("[PERSON_1]") == 2
    assert "[PHONE_1]" in red.text
    assert red.restore(red.text) == TEXT


def test_restore_tolerates_altered_placeholders() -> None:
    red = Redaction(TEXT, detect(TEXT).findings)
    answer = "Reply to [email_1], cc (EMAIL 1); ring <Phone-1>. Also [ PERSON_1 ] and [PERSON_12]."
    restored = red.restore(answer)
    assert restored.count("olivia@example.com") == 2
    assert "+44 20 7946 0958" in restored and "Olivia Nguyen" in restored
    assert "[PERSON_12]" in restored  # not a placeholder of this request


def test_placeholders_avoid_the_documents_own_text() -> None:
    text = "Literal [EMAIL_1] in the text; real one: ann@example.com"
    red = Redaction(text, detect(text).findings)
    assert "[EMAIL_2]" in red.text and red.restore(red.text) == text


def test_forget_drops_the_mapping() -> None:
    red = Redaction(TEXT, detect(TEXT).findings)
    red.forget()
    assert red.count == 0 and red.restore("[EMAIL_1]") == "[EMAIL_1]"
