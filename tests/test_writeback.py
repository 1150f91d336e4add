"""Summaries written into copies of Office files, and email threads."""

from __future__ import annotations

import json
from email.message import EmailMessage
from pathlib import Path

import pytest

from connectors.quoted_replies import split_thread
from deskmate_base.errors import OutputExistsError, UnsupportedFileError
from tests import factories
from tests.conftest import run_cli


def test_docx_insert_keeps_the_original_and_its_formatting(report_docx: Path) -> None:
    import docx

    before = factories.sha256(report_docx)
    original = docx.Document(str(report_docx))
    result = run_cli("summarize", str(report_docx), "--insert", "--max-tokens", "48")
    assert result.returncode == 0, result.stderr
    copy = report_docx.with_name("aurora.summary.docx")
    assert f"written to {copy}" in result.stdout
    assert factories.sha256(report_docx) == before
    doc = docx.Document(str(copy))
    styles = [(p.style.name, p.text) for p in doc.paragraphs]
    assert styles[0] == ("Heading 1", "Summary")
    assert styles[1][0] == "List Bullet" and styles[1][1]
    rest = styles[-len(original.paragraphs) :]
    assert rest == [(p.style.name, p.text) for p in original.paragraphs]
    assert len(doc.tables) == len(original.tables) == 1
    assert doc.core_properties.title == "Aurora migration status"
    again = run_cli("summarize", str(report_docx), "--insert", "--max-tokens", "16")
    assert again.returncode == OutputExistsError.exit_code


def test_xlsx_insert_adds_a_first_sheet_to_a_copy(budget_xlsx: Path) -> None:
    import openpyxl

    before = factories.sha256(budget_xlsx)
    result = run_cli("summarize", str(budget_xlsx), "--insert", "--max-tokens", "48")
    assert result.returncode == 0, result.stderr
    assert factories.sha256(budget_xlsx) == before
    wb = openpyxl.load_workbook(budget_xlsx.with_name("budget.summary.xlsx"))
    assert wb.sheetnames == ["Summary", "Budget", "Notes"]
    sheet = wb["Summary"]
    assert sheet["A1"].value == "Summary" and str(sheet["A3"].value).startswith("• ")
    assert wb["Budget"]["C2"].value == 120000


def test_xlsx_copy_says_when_charts_are_not_kept(tmp_path: Path) -> None:
    import openpyxl
    from openpyxl.chart import BarChart, Reference

    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    for row in [["Site", "Pallets"], ["Porto", 120], ["Lisbon", 80]]:
        ws.append(row)
    chart = BarChart()
    chart.add_data(Reference(ws, min_col=2, min_row=1, max_row=3), titles_from_data=True)
    ws.add_chart(chart, "D2")
    path = tmp_path / "pallets.xlsx"
    wb.save(str(path))
    result = run_cli("summarize", str(path), "--insert", "--max-tokens", "32")
    assert result.returncode == 0 and "does not keep the original's charts" in result.stderr


def test_insert_refuses_other_types(tmp_path: Path) -> None:
    path = tmp_path / "notes.md"
    path.write_text("# Notes\n\nShip Aurora.\n", encoding="utf-8")
    result = run_cli("summarize", str(path), "--insert")
    assert (
        result.returncode == UnsupportedFileError.exit_code and "--insert works on" in result.stderr
    )


@pytest.mark.parametrize(
    ("body", "authors"),
    [
        (
            "Agreed.\n\nOn Mon, 16 Nov 2026 at 09:30, Priya Shah <p@x.com> wrote:\n> Ship it?\n>\n"
            "> On Sun, 15 Nov 2026, Luis Ortega <l@x.com> wrote:\n> > Ready to ship.\n",
            ["Luis Ortega", "Priya Shah", "Ana"],
        ),
        (
            "OK, approved.\n\n-----Original Message-----\nFrom: Tom Becker <tom@x.com>\n"
            "Sent: Monday, 16 November 2026 10:00\nTo: Ana\nSubject: Memo\n\nCan you approve it?\n",
            ["Tom Becker", "Ana"],
        ),
        ("Just one message, no quotes.", ["Ana"]),
    ],
)
def test_split_thread(body: str, authors: list[str]) -> None:
    assert [m.author for m in split_thread(body, "Ana")] == authors


def test_thread_summary_says_who_asked_what_and_what_is_open(tmp_path: Path) -> None:
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = "Ana Lima <ana@x.com>", "team@x.com", "Re: go-live"
    msg.set_content(
        "Thanks. Luis, can you send the cut-over plan by Friday? Is the night shift covered?\n\n"
        "On Mon, 16 Nov 2026 at 09:30, Priya Shah <priya@x.com> wrote:\n"
        "> Should we move the go-live to December?\n"
    )
    path = tmp_path / "thread.eml"
    path.write_bytes(bytes(msg))
    result = run_cli("summarize", str(path), "--json", "--max-tokens", "32")
    assert result.returncode == 0, result.stderr
    thread = json.loads(result.stdout)["thread"]
    assert thread["messages"] == 2 and thread["participants"] == ["Priya Shah", "Ana Lima"]
    assert {"who": "Priya Shah", "question": "Should we move the go-live to December?"} in thread[
        "asked"
    ]
    assert thread["still_open"] == [
        "Ana Lima asked: Is the night shift covered?",
        "Luis: Send the cut-over plan (by Friday)",
    ]
