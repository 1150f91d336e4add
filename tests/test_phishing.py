"""The phishing stage: signals on real .eml messages, reasons naming them, and
legitimate urgent mail left alone. Figures on the held-out set are in test_eval."""

from __future__ import annotations

import json
from pathlib import Path

from assistant.core import label_mail
from assistant.mail.phishing import inspect, lookalike
from assistant.mail.seed_set import read_seed
from connectors.mailbox import mail_item
from tests.conftest import REPO

DEV = REPO / "tests" / "data" / "phishing_dev"
ORG = ("contoso.com", "fabrikam.com")


def _mail(headers: dict[str, str], body: str, html: bool = False) -> bytes:
    from email.message import EmailMessage

    msg = EmailMessage()
    msg["To"] = "Alex Morgan <alex.morgan@contoso.com>"
    for key, value in headers.items():
        msg[key] = value
    msg.set_content(body, subtype="html" if html else "plain")
    return bytes(msg)


def _verdict(headers: dict[str, str], body: str, html: bool = False):
    document = mail_item(_mail(headers, body, html), "test").document
    assert document is not None
    return inspect(document, ORG)


def test_link_text_naming_one_domain_but_going_to_a_raw_ip() -> None:
    verdict = _verdict(
        {"From": "Contoso Billing <billing@contoso.com>", "Subject": "Invoice 4471"},
        '<p>See <a href="http://198.51.100.23/inv">contoso.com/invoices/4471</a></p>',
        html=True,
    )
    assert verdict.suspicious
    assert "goes to the raw address 198.51.100.23" in verdict.reason


def test_link_text_naming_another_domain_and_plain_text_links() -> None:
    verdict = _verdict(
        {"From": "IT <it@contoso.com>", "Subject": "Password"},
        "Keep it here: https://it.contoso.com/keep <https://it-contoso.web.app/keep>",
    )
    assert "link text says it.contoso.com but goes to it-contoso.web.app" in verdict.reason


def test_lookalikes_homoglyphs_and_brands() -> None:
    assert lookalike("c0ntoso.com", ORG) == "contoso.com"
    assert lookalike("xn--ontoso-hrf.com", ORG) == "contoso.com"  # punycode of a homoglyph
    assert lookalike("сontoso.com", ORG) == "contoso.com"  # Cyrillic с
    assert lookalike("rnicrosoft.com", ORG) == "microsoft.com"
    assert lookalike("contoso-it.com", ORG) == "contoso.com"
    assert lookalike("microsoft.account-check.com", ORG) == "microsoft.com"
    for real in ("contoso.com", "it.contoso.com", "accountprotection.microsoft.com",
                 "docusign.net", "contoso.service-now.com", "adatum.com"):  # fmt: skip
        assert lookalike(real, ORG) is None, real


def test_gift_cards_reply_to_and_failed_authentication() -> None:
    ceo = _verdict(
        {"From": "Daniel Okafor CEO <d.okafor@gmail.com>", "Subject": "quick favour"},
        "Are you available? Buy six gift cards for a client today and send me the codes.",
    )
    assert ceo.suspicious and {s.name for s in ceo.signals} >= {"gift_card"}
    payroll = _verdict(
        {
            "From": "Vendor <billing@northwind.example>",
            "Reply-To": "northwind.billing@outlook.com",
            "Subject": "New bank details",
            "Authentication-Results": "mx.contoso.com; spf=fail; dkim=none; dmarc=fail",
        },
        "Please update your records: our new bank account details are below.",
    )
    kinds = {s.name for s in payroll.signals}
    assert payroll.suspicious and {"reply_to_elsewhere", "auth_failed"} <= kinds
    assert "replies go to outlook.com, not northwind.example" in payroll.reason


def test_legitimate_urgent_internal_mail_is_not_flagged() -> None:
    verdict = _verdict(
        {
            "From": "IT Service Desk <it@contoso.com>",
            "Subject": "Your password expires today",
            "Authentication-Results": "mx.contoso.com; spf=pass; dkim=pass; dmarc=pass",
        },
        '<p>Change it today at <a href="https://it.contoso.com/pw">it.contoso.com/pw</a></p>',
        html=True,
    )
    assert not verdict.suspicious and verdict.score == 0


def test_our_development_set() -> None:
    """Our own 32 messages (20 phishing, 12 legitimate urgent), used for tuning."""
    kinds = [json.loads(x)["kind"] for x in (DEV / "messages.jsonl").read_text().splitlines()]
    examples = read_seed(DEV)
    assert len(examples) == len(kinds) == 32
    caught = sum(
        inspect(d, ORG).suspicious
        for (d, _), k in zip(examples, kinds, strict=True)
        if k == "phishing"
    )
    flagged = sum(
        inspect(d, ORG).suspicious
        for (d, _), k in zip(examples, kinds, strict=True)
        if k != "phishing"
    )
    assert caught == 20 and flagged == 0


def test_the_whole_pipeline_on_the_held_out_phishing_set() -> None:
    """Phishing stage, then the classifier (whose Suspicious needs a signal): the
    issue's target, >= 90% of 43 phishing Suspicious, <= 1 in 8 of 20 legitimate."""
    held_out = REPO / "tests" / "data" / "phishing"
    kinds = {
        row["file"]: row["kind"]
        for row in map(json.loads, (held_out / "labels.jsonl").read_text().splitlines())
    }
    policy = REPO / "installer" / "policy.example.toml"
    results = label_mail(held_out, policy_path=policy)
    phishing = [r for r in results if kinds[r.source] == "phishing"]
    legit = [r for r in results if kinds[r.source] != "phishing"]
    assert len(phishing) == 43 and len(legit) == 20
    caught = sum(r.labels[0] == "Suspicious" for r in phishing)
    flagged = sum(r.labels[0] == "Suspicious" for r in legit)
    assert caught / 43 >= 0.9 and flagged / 20 <= 1 / 8, (caught, flagged)
    assert all(r.priority == "high" for r in phishing if r.labels[0] == "Suspicious")


def test_pipeline_says_suspicious_high_with_the_signals(tmp_path: Path) -> None:
    eml = tmp_path / "lure.eml"
    eml.write_bytes(
        _mail(
            {
                "From": "Microsoft 365 <alerts@micros0ft-365.com>",
                "Subject": "Verify now",
                "Message-ID": "<lure@test>",
            },  # fmt: skip
            '<p>Verify your account: <a href="http://203.0.113.5/login">Sign in</a></p>',
            html=True,
        )
    )
    (result,) = label_mail(eml)
    assert result.labels == ("Suspicious",) and result.priority == "high"
    assert result.method == "phishing" and result.route == "local"
    assert "micros0ft-365.com imitates microsoft.com" in result.reason
    assert "203.0.113.5" in result.reason
