"""Build the labelled sensitivity corpus: python tests/corpus/build.py

Writes real .txt, .vtt, .eml, .docx and .xlsx files into tests/corpus/files/
and one JSON line per file into tests/corpus/labels.jsonl:
``{"file": ..., "sensitive": true|false, "why": ...}``. Non-sensitive files
include near misses that must not be flagged (version numbers, ISBNs, UUIDs,
invoice and SKU codes, digit runs that fail the Luhn check).
"""

from __future__ import annotations

import json
import shutil
import sys
from email.message import EmailMessage
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))

from tests.factories import add_mip_label  # noqa: E402

CONFIDENTIAL_GUID = "f42aa342-8706-4288-bd11-ebb85995028c"
GENERAL_GUID = "87867195-f2b8-4ac2-b0b6-6bb73cb33afc"
UNKNOWN_GUID = "3a9f8b2c-7d1e-4f60-9b2a-5c4d3e2f1a0b"

SENSITIVE_TEXT = {
    "email-address.txt": (
        "email",
        "Please send the signed form to olivia.nguyen@contoso-mail.com by Friday.",
    ),
    "phone-intl.txt": (
        "phone",
        "For urgent issues call the site lead on +44 20 7946 0958 at any time.",
    ),
    "card-number.txt": ("card", "Refund the customer to card 4539 1488 0343 6467, expiry 09/28."),
    "iban.txt": (
        "iban",
        "Supplier bank details: IBAN DE89 3704 0044 0532 0130 00, BIC COBADEFFXXX.",
    ),
    "ssn.txt": ("national id", "Employee record: SSN 536-22-1234, start date 4 March."),
    "nino.txt": ("national id", "UK payroll needs the National Insurance number AB 12 34 56 C."),
    "passport.txt": ("passport", "Travel desk: passport number K7329841, expiring next year."),
    "bank-account.txt": ("bank account", "Wire to account number 004417823, routing 021000021."),
    "dob.txt": (
        "date of birth",
        "New starter form. Date of birth: 14/07/1988. Department: Finance.",
    ),
    "address.txt": ("street address", "Courier the laptop to 742 Evergreen Terrace, Springfield."),
    "salary.txt": (
        "person + salary",
        "Following the review, Daniel Okafor's salary rises to 92,000 from April.",
    ),
    "warning.txt": (
        "person + warning",
        "Priya Raman received a formal warning for missing three shifts.",
    ),
    "health.txt": (
        "health",
        "Tom Becker was diagnosed with type 2 diabetes and needs adjusted hours.",
    ),
    "aws-key.txt": (
        "secret",
        "deploy config:\naws_access_key_id = AKIAIOSFODNN7EXAMPLE\nregion = eu-west-1",
    ),
    "github-token.txt": (
        "secret",
        "CI uses token ghp_1234567890abcdefghijklmnopqrstuvwxyzAB for pushes.",
    ),
    "private-key.txt": (
        "secret",
        "-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEA7\n-----END RSA PRIVATE KEY-----",
    ),
    "password-prose.txt": (
        "secret",
        "The shared admin password is Falcon#2026 until we rotate it.",
    ),
    "slack-token.txt": (
        "secret",
        "Bot token xoxb-123456789012-1234567890123-abcdefghijABCDEFGHIJklmn",
    ),
    "marking-privileged.txt": (
        "marking",
        "ATTORNEY-CLIENT PRIVILEGED\nDraft response to the regulator.",
    ),
    "marking-internal.txt": ("marking", "Internal only: revised org chart for the Lisbon office."),
    "marking-dnf.txt": ("marking", "Do not forward. Board notes on the acquisition timeline."),
    "codename.txt": ("org term", "Status of Project Bluebird: due diligence continues next week."),
    "client-name.md": (
        "org term",
        "# Account plan\n\nRenewal talks with Contoso Pharma start in Q1.",
    ),
}

PLAIN_TEXT = {
    "release-notes.txt": "Release 10.4.2.1 fixes the export bug. Upgrade from 2.3.45-beta or 9.8.7 first.",
    "bibliography.txt": "Sources: ISBN 978-3-16-148410-0 and ISBN 0-306-40615-2, both in the library.",
    "request-log.txt": "Request 123e4567-e89b-12d3-a456-426614174000 retried; trace 550e8400-e29b-41d4-a716-446655440000.",
    "invoices.txt": "Invoices INV-2026-000123 and INV-2026-000124 cover SKU 4000-1234-5678 and SKU 77-1200-33.",
    "order-ids.txt": "Order 4539148803436468 and order 1234567890123456 shipped from the Porto depot.",
    "agenda.txt": "Agenda: 1. Aurora rollout 2. Lisbon scanners 3. Budget for Q1 4. Any other business",
    "password-policy.txt": "The password policy requires rotation every 90 days and 12 characters minimum.",
    "wellbeing.txt": "Mental health awareness week starts Monday; sessions are open to everyone.",
    "dates.txt": "The warehouse opened on 2024-11-05 and the second phase ends 31/03/2027.",
    "stubborn.txt": "The stubborn printer queue was cleared; the road map review moves to Tuesday.",
    "confidentiality-course.md": "# Training\n\nThe confidentiality course covers how we classify documents.",
    "kpis.md": "# KPIs\n\nPick rate 142 per hour, accuracy 99.2%, 38 open tickets, 4 sites live.",
    "meeting-room.txt": "Room 4.12 is booked for the supplier call; dial-in code 481 223 via the app.",
}


def write_eml(path: Path, subject: str, body: str, headers: dict[str, str] | None = None) -> None:
    msg = EmailMessage()
    msg["From"] = "Operations Team <ops@northwind.example>"
    msg["To"] = "All staff <staff@northwind.example>"
    msg["Subject"] = subject
    msg["Date"] = "Tue, 17 Nov 2026 08:15:00 +0000"
    for key, value in (headers or {}).items():
        msg[key] = value
    msg.set_content(body)
    path.write_bytes(bytes(msg))


def write_docx(
    path: Path, title: str, paragraphs: list[str], table: list[list[str]] | None = None
) -> None:
    import docx

    doc = docx.Document()
    doc.core_properties.title = title
    doc.add_heading(title, level=1)
    for text in paragraphs:
        doc.add_paragraph(text)
    if table:
        grid = doc.add_table(rows=len(table), cols=len(table[0]))
        for r, row in enumerate(table):
            for c, value in enumerate(row):
                grid.cell(r, c).text = value
    doc.save(str(path))


def write_xlsx(path: Path, title: str, rows: list[list[object]]) -> None:
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "Data"
    for row in rows:
        ws.append(row)
    wb.properties.title = title
    wb.save(str(path))


def vtt(lines: list[tuple[str, str]]) -> str:
    out = ["WEBVTT", ""]
    for i, (who, text) in enumerate(lines):
        out += [f"00:{i:02d}:00.000 --> 00:{i:02d}:05.000", f"<v {who}>{text}", ""]
    return "\n".join(out)


def build(root: Path) -> list[dict[str, object]]:
    files = root / "files"
    shutil.rmtree(files, ignore_errors=True)
    files.mkdir(parents=True)
    labels: list[dict[str, object]] = []

    def add(name: str, sensitive: bool, why: str) -> Path:
        labels.append({"file": name, "sensitive": sensitive, "why": why})
        return files / name

    for name, (why, text) in SENSITIVE_TEXT.items():
        add(name, True, why).write_text(text + "\n", encoding="utf-8")
    for name, text in PLAIN_TEXT.items():
        add(name, False, "near miss or ordinary text").write_text(text + "\n", encoding="utf-8")

    # Transcripts
    add("standup.vtt", False, "ordinary meeting").write_text(
        vtt(
            [
                ("Ana", "Porto is live and scanning went fine."),
                ("Luis", "Lisbon is waiting for the firmware; I will chase the vendor."),
                ("Ana", "Let's review the budget on Thursday."),
            ]
        ),
        encoding="utf-8",
    )
    add("retro.vtt", False, "ordinary meeting").write_text(
        vtt(
            [
                ("Kim", "The release went out on time, version 3.2.1."),
                ("Raj", "Next sprint we focus on the export speed."),
            ]
        ),
        encoding="utf-8",
    )
    add("hr-call.vtt", True, "health in personal context").write_text(
        vtt(
            [
                ("Manager", "Before we start, Sarah Jensen is on sick leave after surgery."),
                ("HR", "Noted, her return plan is due next month."),
            ]
        ),
        encoding="utf-8",
    )
    add("card-over-phone.vtt", True, "card number").write_text(
        vtt(
            [
                ("Agent", "Can you read me the card number?"),
                ("Caller", "It is 5500 0000 0000 0004, expiry next June."),
            ]
        ),
        encoding="utf-8",
    )

    # Email
    write_eml(
        add("newsletter.eml", False, "newsletter"),
        "Northwind news: November",
        "This month: the Aurora rollout reached 12 sites, and the canteen reopens.",
    )
    write_eml(
        add("invite.eml", False, "meeting invite"),
        "Budget review Thursday",
        "Hi all, the budget review moves to Thursday 10:00 in room 4.12. Agenda attached.",
    )
    write_eml(
        add("general-label.eml", False, "General label"),
        "Office move",
        "The Lisbon office moves to the second floor next week.",
        {
            "msip_labels": f"MSIP_Label_{GENERAL_GUID}_Enabled=True; "
            f"MSIP_Label_{GENERAL_GUID}_Name=General;"
        },
    )
    write_eml(
        add("vendor-update.eml", False, "ordinary mail"),
        "Firmware ETA",
        "The vendor confirmed the scanner firmware 4.1.7 ships on 18 November.",
    )
    write_eml(
        add("confidential-label.eml", True, "Confidential label"),
        "Acquisition update",
        "Please review the attached timeline.",
        {
            "msip_labels": f"MSIP_Label_{CONFIDENTIAL_GUID}_Enabled=True; "
            f"MSIP_Label_{CONFIDENTIAL_GUID}_Name=Confidential;"
        },
    )
    write_eml(
        add("sensitivity-header.eml", True, "Sensitivity header"),
        "Personal matter",
        "Can we talk tomorrow?",
        {"Sensitivity": "Company-Confidential"},
    )
    write_eml(
        add("phone-in-body.eml", True, "phone"),
        "Call me",
        "My mobile is +1 415 555 2671 if the site is down.",
    )
    write_eml(
        add("password-mail.eml", True, "secret"),
        "VPN access",
        "Your temporary password: Sunrise!8421 - change it at first login.",
    )

    # Word
    write_docx(
        add("project-plan.docx", False, "ordinary report"),
        "Aurora project plan",
        ["Phase 3 moves the Lisbon and Porto warehouses.", "Training runs in November."],
        [["Milestone", "Due"], ["Porto live", "2026-12-05"], ["Lisbon live", "2026-12-12"]],
    )
    write_docx(
        add("minutes.docx", False, "ordinary minutes"),
        "Ops minutes",
        ["Scanner firmware 4.1.7 is expected mid-November.", "Budget is on track."],
    )
    write_docx(
        add("general-label.docx", False, "General label"),
        "Canteen menu",
        ["Soup of the day and salads."],
    )
    add_mip_label(files / "general-label.docx", GENERAL_GUID, "General")
    write_docx(
        add("public-label.docx", False, "Public label"),
        "Press release",
        ["Northwind opens a new depot in Porto."],
    )
    add_mip_label(files / "public-label.docx", "0e5e2e37-1c77-4f0a-9a4e-8a8c3b4f7d10", "Public")
    write_docx(
        add("catalogue.docx", False, "SKUs and versions"),
        "Parts catalogue",
        ["Scanner model SX-200 firmware 4.1.7.", "Battery pack SKU 4000-1234-5678."],
    )
    write_docx(
        add("confidential-label.docx", True, "Confidential label"),
        "Board pack",
        ["Quarterly figures for the board."],
    )
    add_mip_label(files / "confidential-label.docx", CONFIDENTIAL_GUID, "Confidential")
    write_docx(
        add("unknown-label.docx", True, "unnamed label id only"),
        "Draft",
        ["Draft numbers for discussion."],
    )
    add_mip_label(files / "unknown-label.docx", UNKNOWN_GUID, None, label_info=True)
    write_docx(
        add("warning-letter.docx", True, "person + warning"),
        "Letter",
        ["Dear Marcus Lee,", "This letter confirms the final warning issued on 3 November."],
    )
    write_docx(
        add("card-table.docx", True, "card in table"),
        "Refunds",
        ["Refunds to process:"],
        [["Customer", "Card"], ["Order 88", "4111 1111 1111 1111"]],
    )
    write_docx(
        add("marked.docx", True, "marking"),
        "Strategy",
        ["STRICTLY CONFIDENTIAL", "Options for the Porto site."],
    )

    # Excel
    write_xlsx(
        add("budget.xlsx", False, "ordinary budget"),
        "Budget",
        [["Region", "Q1", "Q2"], ["North", 120000, 130500], ["South", 95000, 99000]],
    )
    write_xlsx(
        add("inventory.xlsx", False, "SKUs"),
        "Inventory",
        [["SKU", "Qty"], ["4000-1234-5678", 40], ["77-1200-33", 12], ["INV-2026-42", 3]],
    )
    write_xlsx(
        add("kpis.xlsx", False, "KPIs"),
        "KPIs",
        [["Week", "Pick rate"], ["2026-W44", 141.5], ["2026-W45", 143.2]],
    )
    write_xlsx(
        add("versions.xlsx", False, "versions"),
        "Versions",
        [["Component", "Version"], ["scanner", "4.1.7"], ["portal", "10.4.2.1"]],
    )
    write_xlsx(
        add("payroll.xlsx", True, "names, salaries, IBANs"),
        "Payroll",
        [["Name", "Salary", "IBAN"], ["Elena Petrova", 64000, "GB82 WEST 1234 5698 7654 32"]],
    )
    write_xlsx(
        add("contacts.xlsx", True, "emails and phones"),
        "Contacts",
        [
            ["Name", "Email", "Phone"],
            ["Sam Ortiz", "sam.ortiz@fabrikam.example", "+33 1 42 68 53 00"],
        ],
    )
    write_xlsx(
        add("hc-label.xlsx", True, "Highly Confidential label"),
        "Forecast",
        [["Quarter", "Revenue"], ["Q1", 1.2e6]],
    )
    add_mip_label(
        files / "hc-label.xlsx", "c179f820-d535-4b2f-b252-8a9c4ac14ec6", "Highly Confidential"
    )

    with (root / "labels.jsonl").open("w", encoding="utf-8") as fh:
        for row in labels:
            fh.write(json.dumps(row) + "\n")
    return labels


if __name__ == "__main__":
    rows = build(HERE)
    print(f"{len(rows)} files, {sum(bool(r['sensitive']) for r in rows)} sensitive")
