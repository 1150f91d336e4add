"""Summaries that never invent: the support check, table facts, email cleaning,
extraction, the model's fence, and progress events (real files, the real model)."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import pytest

from assistant.evaluate_summaries import score, verified_numbers
from assistant.workflows import fence
from assistant.workflows.extract import Unit, select, split_units
from assistant.workflows.grounding import support
from assistant.workflows.progress import ProgressEvent
from assistant.workflows.summarize import SummaryOptions, summarize
from assistant.workflows.table_facts import table_facts
from connectors import read_document
from connectors.email_body import summary_text
from local_models.backend import Completion, Message

SOURCE = (
    "Lisbon is rated at risk because the fit-out contractor is seven weeks behind schedule, "
    "and go-live has moved to 13 January 2025."
)


@pytest.mark.parametrize(
    ("sentence", "problem"),
    [
        ("The port of Lisbon is now ready to go live.", "words not in the source: live, port"),
        ("Lisbon is on track for 13 January 2025.", "states what the source does not: on track"),
        ("Lisbon go-live moved to 21 January 2025.", "numbers not in the source: 21"),
        ("Madrid is at risk because the contractor is behind schedule.", "names not in"),
        ("Lisbon is not at risk.", "negation"),
    ],
)
def test_support_check_rejects_what_the_source_does_not_say(sentence: str, problem: str) -> None:
    check = support(sentence, [SOURCE])
    assert not check.ok
    assert any(problem in p for p in check.problems), check.problems


def test_support_check_accepts_a_faithful_shorter_sentence() -> None:
    assert support("Lisbon is at risk; go-live moved to 13 January 2025.", [SOURCE]).ok


def _tracker_xlsx(path: Path) -> Path:
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "Sites"
    ws.append(["Site", "Q1", "Q2", "Status", "Budget (GBP)", "Forecast (GBP)"])
    ws.append(["Porto", 100000, 20000, "On track", 120000, 118000])
    ws.append(["Lisbon", None, 50000, "At risk", 50000, 65000])  # Q1 empty, not a number
    ws.append(["Milan", 30000, 30000, "Late", 60000, 60000])
    notes = wb.create_sheet("Notes")
    notes.append(["Item", "Detail"])
    notes.append(["Owner", "Elena Marquez, programme manager for all three sites"])
    wb.save(path)
    return path


def test_table_facts_are_computed_from_cells_and_labelled(tmp_path: Path) -> None:
    document = read_document(_tracker_xlsx(tmp_path / "tracker.xlsx"))
    facts = table_facts(document.text)
    text = "\n".join(f.text for f in facts)
    assert "total 230,000 over Q1-Q2" in text  # 100,000 + 20,000 + 50,000 + 30,000 + 30,000
    assert "largest Porto 120,000" in text
    assert "At risk (1): Lisbon" in text and "Late (1): Milan" in text
    assert "Lisbon 65,000 against 50,000" in text  # forecast over budget, by header
    assert "Lisbon: 120000" not in text and "Lisbon 0" not in text
    derived = [d for f in facts for d in f.derived]
    assert "230000" in verified_numbers(derived, document.text)


def test_a_wrong_computed_number_is_not_verified(tmp_path: Path) -> None:
    from assistant.workflows.table_facts import Derived

    text = "Q1 | 100000 | 20000"
    assert verified_numbers([Derived("120000", "sum", ("100000", "20000"))], text) == {"120000"}
    assert verified_numbers([Derived("130000", "sum", ("100000", "20000"))], text) == set()
    assert verified_numbers([Derived("50000", "sum", ("30000", "20000"))], text) == set()


def _thread_eml(path: Path) -> Path:
    message = EmailMessage()
    message["From"] = "Priya Kaur <priya@example.com>"
    message["To"] = "Graham Fielding <graham@example.com>"
    message["Subject"] = "RE: Laptop Refresh - Vendor A"
    message.set_content(
        "Hi Graham,\n\nThanks for the call. To confirm what we agreed, the Laptop Refresh\n"
        "goes to Vendor B and 300 laptops arrive on 25 November.\n\n"
        "Kind regards,\nPriya\n\nCONFIDENTIALITY NOTICE: This email is confidential and\n"
        "intended solely for the addressee.\n\n"
        "On Mon, 4 Nov 2024, Graham Fielding <graham@example.com> wrote:\n"
        "> Vendor A cannot deliver the Laptop Refresh before 9 December because of a\n"
        "> chip shortage at their supplier.\n> Graham\n"
    )
    path.write_bytes(bytes(message))
    return path


def test_email_loses_headers_quotes_signature_and_disclaimer(tmp_path: Path) -> None:
    document = read_document(_thread_eml(tmp_path / "thread.eml"))
    text = summary_text(document)
    assert "Vendor B and 300 laptops arrive on 25 November." in text  # wrapped lines joined
    assert "chip shortage" in text  # the quoted message, unquoted
    gone = (">", "Subject:", "From:", "Kind regards", "CONFIDENTIALITY", "wrote:", "Hi Graham")
    assert not [g for g in gone if g in text]
    summary = summarize(document, _NoModel(), SummaryOptions(use_model=False))
    assert summary.bullets and not any(">" in b for b in summary.bullets)
    assert len(set(summary.bullets)) == len(summary.bullets)


def test_extraction_keeps_document_order_and_drops_near_duplicates() -> None:
    text = (
        "# Status\nThe Lisbon centre is at risk and go-live moved to 13 January 2025.\n"
        "Lisbon centre is at risk, and its go-live moved to 13 January 2025.\n"
        "Staff morale is good and the canteen reopened after painting works.\n"
        "## Finance\nForecast cost rose to €19.1 million against a budget of €18.4 million.\n"
    )
    units = split_units(text)
    assert [u.heading for u in units] == ["Status", "Status", "Status", "Finance"]
    picked = select(units, count=2)
    assert [u.text[:14] for u in picked] == ["The Lisbon cen", "Forecast cost "]
    assert all(isinstance(u, Unit) for u in picked)


class _Scripted:
    """A backend that answers with fixed text: here, one that invents."""

    name = "scripted"
    context_length = 2048

    def __init__(self, answer: str) -> None:
        self.answer = answer
        self.calls = 0

    def chat(self, messages: Sequence[Message], *, max_tokens: int, **_: Any) -> Completion:
        self.calls += 1
        return Completion(self.answer, self.name, 50, 10, "stop")

    def stream(self, messages: Sequence[Message], *, max_tokens: int, **_: Any) -> Iterator[str]:
        yield self.answer

    def count_tokens(self, text: str) -> int:
        return len(text.split())


class _NoModel(_Scripted):
    def __init__(self) -> None:
        super().__init__("")


def test_fence_drops_what_a_model_invents() -> None:
    long_sentence = (
        "The Lisbon general ledger centre, which was planned for 1 November, is rated at risk "
        "because the fit-out contractor Construtora Almada is about seven weeks behind schedule "
        "and the landlord has not approved the ventilation changes."
    )
    invented = _Scripted("The port of Lisbon is now ready to go live on 21 January.")
    attempt = fence.compress(long_sentence, invented)
    assert not attempt.accepted and attempt.text == long_sentence
    honest = _Scripted(
        "The Lisbon centre, planned for 1 November, is at risk because Construtora Almada is "
        "seven weeks behind schedule."
    )
    assert fence.compress(long_sentence, honest).accepted


def test_summary_on_the_bundled_model_invents_nothing(report_docx: Path) -> None:
    events: list[ProgressEvent] = []
    steps: list[tuple[int, int]] = []
    document = read_document(report_docx)
    from assistant.requests import local_backend

    summary = summarize(
        document,
        local_backend(None),
        SummaryOptions(max_tokens=160),
        progress=lambda i, n: steps.append((i, n)),
        events=events.append,
    )
    row = {"file": "aurora.docx", "facts": [], "false": []}
    scored = score(row, document, summary.bullets, summary, 0.0)
    assert summary.bullets
    assert scored.invented_numbers == [] and scored.invented_names == []
    assert scored.unsupported == []
    assert steps and steps[0] == (1, 1)  # the old (index, total) callback still works
    assert events[0].stage == "selecting" and events[-1].stage == "done"
    assert [e.elapsed for e in events] == sorted(e.elapsed for e in events)
    assert all(e.estimate >= 0 for e in events) and events[-1].estimate == 0


def test_progress_line_shows_elapsed_and_estimate() -> None:
    from assistant.cli.progress_line import ProgressLine

    line = ProgressLine("Summarizing", enabled=False)
    assert line.text(line.started + 4.2) == "Summarizing… 4 s elapsed"
    line(ProgressEvent("writing", 2, 4, elapsed=3.0, estimate=5.0))
    text = line.text(line.started + 4.0)
    assert text == "Summarizing: model step 2 of 4, 4 s elapsed, about 4 s left"
    late = line.text(line.started + 9.0)
    assert late == "Summarizing: model step 2 of 4, 9 s elapsed, finishing this step"
