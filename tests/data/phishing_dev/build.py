"""Our own phishing development set (written by the issue-17 engineer, not the
held-out tests/data/phishing): 20 phishing and 12 legitimate urgent messages in
the seed JSONL format. Used to set the detector's weights; never for the
figures reported on the held-out set.  Run: python tests/data/phishing_dev/build.py
"""

import json
from pathlib import Path

ME = "Alex Morgan <alex.morgan@contoso.com>"


def auth(result, domain):
    return {
        "Authentication-Results": f"mx.contoso.com; spf={result} smtp.mailfrom={domain}; "
        f"dkim={result} header.d={domain}; dmarc={result} header.from={domain}"
    }


def a(text, href):
    return f'<a href="{href}">{text}</a>'


P = "Suspicious"
MESSAGES = [
    # phishing
    (
        P,
        "IT Support <helpdesk@contoso-support.com>",
        "Mailbox storage full",
        f"<p>Your mailbox is full. {a('Click here', 'https://contoso-support.com/owa')} to increase storage.</p>",
        True,
        "",
        auth("none", "contoso-support.com"),
    ),
    (
        P,
        "Microsoft 365 <alerts@micros0ft-365.com>",
        "Action needed: verify your account",
        f"<p>Verify your account within 24 hours or it will be suspended. {a('Verify', 'https://micros0ft-365.com/verify')}</p>",
        True,
        "",
        {},
    ),
    (
        P,
        "Accounts <accounts@contoso.com.billing-portal.net>",
        "Invoice 88213 overdue",
        f"<p>Please see the {a('invoice', 'http://192.0.2.77/inv/88213.html')} and pay today.</p>",
        True,
        "",
        {},
    ),
    (
        P,
        "Daniel Okafor CEO <d.okafor.ceo@gmail.com>",
        "quick favour",
        "Are you available? I need you to buy 6 gift cards for a client today. Keep this between us.",
        False,
        "",
        {},
    ),
    (
        P,
        "DocuSign <dse@docusign-mail.org>",
        "Please review and sign: Contract amendment",
        f"<p>You have a document to review. {a('REVIEW DOCUMENT', 'https://docs-review.web.app/d/1')}</p>",
        True,
        "",
        auth("fail", "docusign-mail.org"),
    ),
    (
        P,
        "Vendor Billing <billing@northwind-traders.com>",
        "Updated bank details for future payments",
        "Please note our new bank account details. Update your records before paying invoice 4410. IBAN: DE00 0000 0000.",
        False,
        "billing.northwind@outlook.com",
        auth("pass", "northwind-traders.com"),
    ),
    (
        P,
        "DHL Express <noreply@dhl-parcel-track.com>",
        "Your parcel is waiting: customs fee",
        f"<p>A customs fee of EUR 1.99 is due. {a('Pay now', 'https://dhl-parcel-track.com/pay')}</p>",
        True,
        "",
        {},
    ),
    (
        P,
        "Security Team <security@contoso.com>",
        "Approve the sign-in request",
        f"<p>We noticed a new sign-in. Confirm your identity now at {a('https://login.contoso.com', 'https://login-contoso.azurewebsites.net/mfa')}</p>",
        True,
        "",
        auth("fail", "contoso.com"),
    ),
    (
        P,
        "HR Department <hr@contoso-hr.info>",
        "2026 salary adjustment letter",
        f"<p>Your salary letter is ready. Sign in to view it: {a('hr.contoso.com/letters', 'https://contoso-hr.info/letters')}</p>",
        True,
        "",
        {},
    ),
    (
        P,
        "PayPal <service@paypa1.com>",
        "Your account has been limited",
        f"<p>Restore your account access: {a('Log in', 'https://paypa1.com/restore')}</p>",
        True,
        "",
        {},
    ),
    (
        P,
        "Lukas Meyer <lukas.meyer@fabrikam.co>",
        "Re: payment run",
        "Hi Alex, please wire the payment to the new account below today, the old one is closed. Thanks, Lukas",
        False,
        "",
        {},
    ),
    (
        P,
        "OneDrive <no-reply@contoso.com>",
        "Sofia shared a file with you",
        f"<p>Sofia García shared 'Q3 bonus.xlsx'. {a('Open', 'http://203.0.113.9/onedrive/open')}</p>",
        True,
        "",
        auth("softfail", "contoso.com"),
    ),
    (
        P,
        "IT Service Desk <it@cοntoso.com>",
        "Password expires in 1 day",
        f"<p>Keep your current password: {a('Keep password', 'https://xn--ontoso-hrf.com/keep')}</p>",
        True,
        "",
        {},
    ),
    (
        P,
        "Apple <id@apple-id-verify.com>",
        "Your Apple ID was locked",
        f"<p>Unlock your account: {a('apple.com/unlock', 'https://apple-id-verify.com/unlock')}</p>",
        True,
        "",
        {},
    ),
    (
        P,
        "Finance Director <finance.director@protonmail.com>",
        "Urgent wire",
        "I need an urgent wire transfer processed immediately for an acquisition. Reply with the time it is done.",
        False,
        "",
        {},
    ),
    (
        P,
        "Zoom <meetings@zoom-invite.net>",
        "You missed a meeting",
        f"<p>Sign in to view the recording: {a('View recording', 'https://zoom-invite.net/rec')}</p>",
        True,
        "",
        {},
    ),
    (
        P,
        "Payroll <payroll@contoso.com>",
        "Direct deposit form",
        "Please confirm your payment details for this month's payroll by replying with your account number.",
        False,
        "payroll-dept@contoso-payroll.com",
        auth("fail", "contoso.com"),
    ),
    (
        P,
        "Adobe Document Cloud <adobe@doc-share.biz>",
        "Invoice_2291.pdf shared",
        f"<p>Log in to view the shared document. {a('Open PDF', 'https://doc-share.biz/adobe/login')}</p>",
        True,
        "",
        {},
    ),
    (
        P,
        "WeTransfer <noreply@wetransfer.com>",
        "You received files",
        f"<p>Files are waiting. {a('wetransfer.com/downloads', 'https://we-transfer-files.top/d')}</p>",
        True,
        "",
        auth("fail", "wetransfer.com"),
    ),
    (
        P,
        "Tom Schulz <tom.schulz.contoso@gmail.com>",
        "are you at your desk?",
        "Are you at your desk? I need a quick task done, I'm in meetings all day.",
        False,
        "",
        {},
    ),
    # legitimate urgent
    (
        "IT/Security",
        "IT Service Desk <it@contoso.com>",
        "Your password expires in 3 days",
        f"<p>Change it at {a('https://it.contoso.com/password', 'https://it.contoso.com/password')} before Friday.</p>",
        True,
        "",
        auth("pass", "contoso.com"),
    ),
    (
        "Action required",
        "Anna Berg <anna.berg@contoso.com>",
        "Urgent: sign the NDA today",
        "Hi Alex, legal needs your signature on the NDA today. It's in the shared folder. Thanks, Anna",
        False,
        "",
        auth("pass", "contoso.com"),
    ),
    (
        "Finance",
        "Accounts Payable <ap@contoso.com>",
        "Payment run closes at 15:00 today",
        f"<p>Submit approvals in {a('erp.contoso.com', 'https://erp.contoso.com/ap')} by 15:00.</p>",
        True,
        "",
        auth("pass", "contoso.com"),
    ),
    (
        "Customer",
        "Jane Doe <jane.doe@adatum.com>",
        "URGENT - orders not syncing",
        "Our orders stopped syncing two hours ago. We need someone on this immediately.",
        False,
        "",
        auth("pass", "adatum.com"),
    ),
    (
        "IT/Security",
        "Microsoft <account-security-noreply@accountprotection.microsoft.com>",
        "Microsoft account security code",
        f"<p>Your security code is 431992. {a('Review activity', 'https://account.live.com/activity')}</p>",
        True,
        "",
        auth("pass", "accountprotection.microsoft.com"),
    ),
    (
        "Action required",
        "DocuSign via Contoso Legal <dse_na2@docusign.net>",
        "Please DocuSign: Supplier agreement",
        f"<p>Anna Berg sent you a document to review and sign. {a('REVIEW DOCUMENT', 'https://na2.docusign.net/Signing/abc')}</p>",
        True,
        "",
        auth("pass", "docusign.net"),
    ),
    (
        "HR",
        "Payroll <payroll@contoso.com>",
        "Check your bank details before the payroll cut-off",
        f"<p>Please check your bank details in {a('hr.contoso.com', 'https://hr.contoso.com/pay')} by Monday.</p>",
        True,
        "",
        auth("pass", "contoso.com"),
    ),
    (
        "Meeting",
        "CEO Office <ceo.office@contoso.com>",
        "Urgent all-hands at 14:00",
        f"<p>Join on Teams: {a('Join meeting', 'https://teams.microsoft.com/l/meetup-join/19')}</p>",
        True,
        "",
        auth("pass", "contoso.com"),
    ),
    (
        "Action required",
        "UPS <pkinfo@ups.com>",
        "Delivery exception: action required",
        f"<p>Your shipment needs an updated address. {a('ups.com/track', 'https://www.ups.com/track?id=1Z')}</p>",
        True,
        "",
        auth("pass", "ups.com"),
    ),
    (
        "Reply needed",
        "Lukas Meyer <lukas.meyer@fabrikam.com>",
        "Need your numbers by noon",
        "Alex, can you send me the Q3 headcount numbers by noon? The board pack goes out today.",
        False,
        "",
        auth("pass", "fabrikam.com"),
    ),
    (
        "Finance",
        "Litware Billing <billing@litwareinc.com>",
        "Invoice INV-2231 overdue",
        f"<p>Invoice INV-2231 is 10 days overdue. {a('View invoice', 'https://billing.litwareinc.com/inv/2231')}</p>",
        True,
        "",
        auth("pass", "litwareinc.com"),
    ),
    (
        "IT/Security",
        "ServiceNow <servicenow@contoso.com>",
        "INC0098 assigned to you: VPN down",
        f"<p>Priority 1 incident. {a('Open incident', 'https://contoso.service-now.com/inc0098')}</p>",
        True,
        "",
        auth("pass", "contoso.com"),
    ),
]

lines = []
for n, (label, sender, subject, body, html, reply_to, headers) in enumerate(MESSAGES, start=1):
    lines.append(
        json.dumps(
            {
                "id": f"dev-{n:02d}",
                "label": label,
                "from": sender,
                "to": ME,
                "subject": subject,
                "body": body,
                "html": html,
                "reply_to": reply_to,
                "headers": headers,
                "kind": "phishing" if label == P else "legit-urgent",
            },
            ensure_ascii=False,
        )
    )
Path(__file__).with_name("messages.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
