"""``deskmate label``: rules, the model constrained to the taxonomy, corrections,
training, reports, and broken mail."""

from __future__ import annotations

import json
import mailbox
from email.message import EmailMessage
from pathlib import Path

import pytest

from assistant.core import correct_label, label_mail, train_labels
from assistant.mail.taxonomy import DEFAULT_TAXONOMY
from deskmate_base.errors import (
    PolicyError,
    TrainingDataError,
    UnknownMessageError,
    UnsupportedFileError,
)
from tests.conftest import REPO, run_cli

EMAILS = REPO / "tests" / "data" / "emails"


def write_mail(path: Path, sender: str, subject: str, body: str, **headers: str) -> Path:
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = sender, "alex@contoso.com", subject
    msg["Date"] = "Tue, 17 Nov 2026 08:15:00 +0000"
    msg["Message-ID"] = f"<{path.stem}@test>"
    for key, value in headers.items():
        msg[key.replace("_", "-")] = value
    msg.set_content(body)
    path.write_bytes(bytes(msg))
    return path


def test_shipped_classifier_labels_out_of_the_box_with_reasons() -> None:
    files = sorted(EMAILS.glob("*.eml"))[::6]  # one per label
    results = [r for f in files for r in label_mail(f)]
    assert len(results) == 10
    for r in results:
        assert r.error is None and r.method in ("classifier", "phishing") and r.route == "local"
        assert 1 <= len(r.labels) <= 2 and set(r.labels) <= set(DEFAULT_TAXONOMY)
        assert r.priority in ("high", "normal", "low")
        assert "priority:" in r.reason or r.reason.startswith("phishing signals: ")
    suspicious = next(r for r in results if r.source == "suspicious-1.eml")
    assert suspicious.labels == ("Suspicious",) and suspicious.priority == "high"
    assert "c0ntoso-login.net imitates contoso.com" in suspicious.reason
    finance = next(r for r in results if r.source == "finance-1.eml")
    assert finance.labels[0] == "Finance" and finance.reason.startswith("classifier, ")
    assert '"invoice" in the subject' in finance.reason or '"payment"' in finance.reason


def test_model_answers_only_with_taxonomy_labels(tmp_path: Path) -> None:
    """A taxonomy the shipped classifier was not trained for goes to the model."""
    taxonomy = tmp_path / "taxonomy.toml"
    taxonomy.write_text('[email]\ntaxonomy = ["Billing", "Other"]\n', encoding="utf-8")
    files = sorted(EMAILS.glob("*.eml"))[::20]
    results = [r for f in files for r in label_mail(f, taxonomy_path=taxonomy)]
    for r in results:
        assert r.error is None and r.method == "model" and r.route == "local"
        assert r.labels[0] in ("Billing", "Other") and r.reason.startswith("model: ")


def test_rules_override_the_model(tmp_path: Path) -> None:
    mail = write_mail(
        tmp_path / "inv.eml",
        "AP <ap@invoices.contoso.com>",
        "Can we meet Thursday?",
        "Meeting request about invoice 4411.",
    )
    policy = REPO / "installer" / "policy.example.toml"
    (result,) = label_mail(mail, policy_path=policy)
    assert result.labels == ("Finance",) and result.method == "rule"
    assert result.reason.startswith("rule: accounts payable mailbox; normal priority: ")
    taxonomy = tmp_path / "taxonomy.toml"
    taxonomy.write_text(
        '[email]\ntaxonomy = ["Billing", "Other"]\n'
        '[[email.rules]]\nlabel = "Billing"\nkeywords = ["invoice"]\npriority = "high"\n',
        encoding="utf-8",
    )
    (result,) = label_mail(mail, taxonomy_path=taxonomy)
    assert result.labels == ("Billing",) and result.priority == "high"


def test_corrections_train_a_classifier_that_changes_labels(tmp_path: Path) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    for i in range(4):
        write_mail(
            inbox / f"rem{i}.eml",
            f"Vendor {i} <ar@vendor{i}.example>",
            f"Remittance advice batch {i}",
            f"Remittance advice for batch {i}: paid.",
        )
        write_mail(
            inbox / f"park{i}.eml",
            f"Site {i} <site{i}@contoso.com>",
            f"Parking permit renewal {i}",
            f"Your parking permit {i} renews soon.",
        )
    for r in label_mail(inbox):
        correct_label(r.message_id, "finance" if "rem" in r.source else "FYI")
    report = train_labels()
    assert report.corrections == 8 and report.seed == 472 and report.examples == 480
    new = write_mail(
        tmp_path / "new.eml",
        "Vendor 9 <ar@vendor9.example>",
        "Remittance advice batch 9",
        "Remittance advice for batch 9: paid.",
    )
    (result,) = label_mail(new)
    assert result.labels[0] == "Finance" and result.method == "classifier"
    assert '"remittance"' in result.reason


def test_priority_comes_from_signals_not_the_label(tmp_path: Path) -> None:
    from assistant.mail.labeling import priority_for
    from assistant.mail.taxonomy import Taxonomy
    from connectors.mailbox import read_mailbox

    def doc(name: str, sender: str, subject: str, body: str, **headers: str):
        (item,) = read_mailbox(write_mail(tmp_path / name, sender, subject, body, **headers))
        return item.document

    taxonomy = Taxonomy(org_domains=("contoso.com",))
    urgent = doc(
        "u.eml", "CFO Maria Lindqvist <maria@contoso.com>", "Budget", "Send it by Friday."
    )
    level, why = priority_for(urgent, ("Finance",), taxonomy)
    assert level == "high" and why == (
        'deadline "by friday", sender is CFO, sent to you alone, internal sender'
    )
    outside = doc("o.eml", "Vendor <v@vendor.example>", "Budget", "Send it by Friday.")
    assert priority_for(outside, ("Finance",), taxonomy)[0] == "normal"
    bulk = doc("b.eml", "News <n@contoso.com>", "Today only", "Offer.", List_Unsubscribe="<x>")
    assert priority_for(bulk, ("Finance",), taxonomy) == ("low", "bulk mail")


def test_a_blocked_message_is_skipped_and_the_rest_labelled(tmp_path: Path) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    write_mail(inbox / "a.eml", "Ann <ann@contoso.com>", "Lunch menu", "Soup today.")
    write_mail(inbox / "b.eml", "Bo <bo@contoso.com>", "Hold", "Privileged.", Sensitivity="Private")
    policy = tmp_path / "policy.toml"
    policy.write_text('version = "b"\n[labels]\nPrivate = "blocked"\n', encoding="utf-8")
    results = {r.source: r for r in label_mail(inbox, policy_path=policy)}
    assert results["a.eml"].error is None and results["a.eml"].labels
    assert results["b.eml"].error == (
        "policy does not allow processing this message: label 'Private'"
    )


def test_correction_errors(tmp_path: Path) -> None:
    with pytest.raises(PolicyError, match="not in the taxonomy"):
        correct_label("x@test", "Gossip")
    with pytest.raises(UnknownMessageError, match="label it first"):
        correct_label("never-seen@test", "FYI")
    custom = tmp_path / "taxonomy.toml"
    custom.write_text('[email]\ntaxonomy = ["Billing", "Other"]\n', encoding="utf-8")
    with pytest.raises(TrainingDataError, match="at least 6 examples"):
        train_labels(taxonomy_path=custom)


def test_mbox_with_a_broken_message_and_xlsx_report(tmp_path: Path) -> None:
    import openpyxl

    box_path = tmp_path / "inbox.mbox"
    box = mailbox.mbox(str(box_path))
    for name in ("finance-1.eml", "newsletter-1.eml"):
        box.add((EMAILS / name).read_bytes())
    box.add(b"From: \n\n")  # headers but nothing in them
    box.flush()
    box.close()
    out = tmp_path / "labels.xlsx"
    policy = REPO / "installer" / "policy.example.toml"
    result = run_cli("label", str(box_path), "--out", str(out), "--policy", str(policy))
    assert result.returncode == 0, result.stderr
    assert "skipped inbox.mbox#3" in result.stderr and "Traceback" not in result.stderr
    wb = openpyxl.load_workbook(out)
    ws = wb["Labels"]
    rows = list(ws.iter_rows(values_only=True))
    assert rows[0] == (
        "Date",
        "Sender",
        "Subject",
        "Labels",
        "Priority",
        "Reason",
        "Route",
        "Message ID",
    )
    assert len(rows) == 3 and ws.freeze_panes == "A2" and ws.auto_filter.ref == "A1:H3"
    assert ws.column_dimensions["C"].width == 48
    newsletter = next(r for r in rows if r[2] == "Contoso Weekly: November edition")
    assert newsletter[3] == "Newsletter" and newsletter[4] == "low"
    assert [r[0] for r in wb["Errors"].iter_rows(values_only=True)] == ["Source", "inbox.mbox#3"]


def test_json_output_and_bad_paths(tmp_path: Path) -> None:
    result = run_cli("label", str(EMAILS / "suspicious-1.eml"), "--json")
    assert result.returncode == 0, result.stderr
    (row,) = json.loads(result.stdout)
    assert (
        row["message_id"] == "suspicious-1@eval.deskmate" and row["labels"][0] in DEFAULT_TAXONOMY
    )
    broken = tmp_path / "broken.eml"
    broken.write_bytes(b"\x00\x01garbage")
    result = run_cli("label", str(broken))
    assert result.returncode == 5 and "no readable messages" in result.stderr
    msg = tmp_path / "mail.msg"
    msg.write_bytes(b"x")
    with pytest.raises(UnsupportedFileError, match=r"deskmate\[msg\]"):
        label_mail(msg)


def test_label_train_is_a_subcommand_not_a_path(tmp_path: Path) -> None:
    """`label train` trains (and says why it cannot yet); it never labels a path."""
    custom = tmp_path / "taxonomy.toml"
    custom.write_text('[email]\ntaxonomy = ["Billing", "Other"]\n', encoding="utf-8")
    result = run_cli("label", "train", "--taxonomy", str(custom))
    assert result.returncode == TrainingDataError.exit_code == 20
    assert "at least 6 examples" in result.stderr and "Traceback" not in result.stderr
    missing = run_cli("label", "correct", "never-seen@test", "FYI")
    assert missing.returncode == UnknownMessageError.exit_code == 19
