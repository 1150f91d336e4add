"""Build the labelled email set: python tests/data/emails/build.py

Writes one .eml per message and labels.jsonl with {"file", "label"}: 60
hand-written workplace emails, six per label of the default taxonomy.
"""

from __future__ import annotations

import json
from email.message import EmailMessage
from pathlib import Path

HERE = Path(__file__).resolve().parent

# label -> [(sender, subject, body, extra headers)]
EMAILS: dict[str, list[tuple[str, str, str, dict[str, str]]]] = {
    "Action required": [
        (
            "Grace Kim <grace.kim@contoso.com>",
            "Please approve the Q1 hiring plan by Wednesday",
            "Hi, the Q1 hiring plan is in the shared folder. Please approve it in the portal by Wednesday so HR can open the roles.",
            {},
        ),
        (
            "Procurement <procurement@contoso.com>",
            "Action needed: sign the supplier contract",
            "The Fabrikam supply contract is ready for your signature in DocuSign. Please sign before Friday.",
            {},
        ),
        (
            "Omar Haddad <omar.haddad@contoso.com>",
            "Submit your timesheet today",
            "Your timesheet for last week is missing. Please submit it today so payroll can close.",
            {},
        ),
        (
            "Facilities <facilities@contoso.com>",
            "Move your desk items before the office move",
            "Please pack and label your desk items before Thursday evening; the movers arrive Friday morning.",
            {},
        ),
        (
            "Lena Fischer <lena.fischer@contoso.com>",
            "Review needed: pricing slide for the board",
            "Could you review slide 7 with the new pricing and send corrections by noon tomorrow?",
            {},
        ),
        (
            "Compliance <compliance@contoso.com>",
            "Complete the mandatory data protection training",
            "Our records show you have not completed the data protection course. Complete it by 30 November.",
            {},
        ),
    ],
    "Reply needed": [
        (
            "Marco Rossi <marco.rossi@contoso.com>",
            "Quick question about the Porto numbers",
            "Do the Porto numbers in your report include returns, or are they gross? Let me know.",
            {},
        ),
        (
            "Sofia Alves <sofia.alves@fabrikam.example>",
            "Are you available for a call next week?",
            "Would Tuesday or Wednesday afternoon work for a short call about the renewal? Let me know which suits you.",
            {},
        ),
        (
            "Ben Carter <ben.carter@contoso.com>",
            "Which template should I use?",
            "For the customer letter, should I use the 2025 template or the new one from marketing?",
            {},
        ),
        (
            "Hannah Weber <hannah.weber@contoso.com>",
            "Did you get my draft?",
            "I sent the draft agenda yesterday. Did it reach you, and is anything missing?",
            {},
        ),
        (
            "Diego Lopez <diego.lopez@contoso.com>",
            "Can you confirm the delivery address?",
            "The courier asks whether the parcel should go to the Lisbon office or to the warehouse. Which one?",
            {},
        ),
        (
            "Aisha Bello <aisha.bello@contoso.com>",
            "Your thoughts on the vendor shortlist?",
            "What do you think of the three vendors on the shortlist? I'd like your view before I reply to them.",
            {},
        ),
    ],
    "Meeting": [
        (
            "Calendar <calendar@contoso.com>",
            "Invitation: Aurora steering group, Thu 10:00",
            "You are invited to the Aurora steering group on Thursday at 10:00 in room 4.12. Agenda attached.",
            {},
        ),
        (
            "Nina Patel <nina.patel@contoso.com>",
            "Rescheduled: weekly ops sync moves to 14:00",
            "The weekly ops sync moves to 14:00 today because of the all-hands. Same Teams link.",
            {},
        ),
        (
            "Calendar <calendar@contoso.com>",
            "Updated invitation: budget review",
            "The budget review has moved to Monday 9:30. Please accept the updated invitation.",
            {},
        ),
        (
            "Paul Martin <paul.martin@contoso.com>",
            "Meeting notes and next session",
            "Thanks for joining the planning workshop. The next session is on 3 December at 13:00.",
            {},
        ),
        (
            "Calendar <calendar@contoso.com>",
            "Canceled: supplier call on Friday",
            "The supplier call on Friday has been canceled. A new time will follow.",
            {},
        ),
        (
            "Yuki Tanaka <yuki.tanaka@contoso.com>",
            "Booking a room for the quarterly review",
            "I booked room 2.05 for the quarterly review on the 12th from 10 to 12. Invite to follow.",
            {},
        ),
    ],
    "FYI": [
        (
            "Chris Evans <chris.evans@contoso.com>",
            "FYI: Lisbon scanners arrived",
            "Just so you know, the new scanners arrived in Lisbon this morning. No action needed.",
            {},
        ),
        (
            "Operations <ops@contoso.com>",
            "Heads up: network maintenance on Saturday",
            "For your information, the network will be down on Saturday from 22:00 to 23:00 for maintenance.",
            {},
        ),
        (
            "Julia Novak <julia.novak@contoso.com>",
            "Slides from today's talk",
            "Sharing the slides from today's talk for reference. Nothing needed from you.",
            {},
        ),
        (
            "PMO <pmo@contoso.com>",
            "Status: Aurora phase 2 complete",
            "Phase 2 of Aurora is complete. The full report is on the intranet for anyone interested.",
            {},
        ),
        (
            "Ravi Kumar <ravi.kumar@contoso.com>",
            "Out of office next Monday",
            "I will be out of office next Monday. Priya covers for me.",
            {},
        ),
        (
            "Site Lead <site.lead@contoso.com>",
            "Porto warehouse reached 99% accuracy",
            "Good news for the record: Porto reached 99% picking accuracy last week.",
            {},
        ),
    ],
    "Finance": [
        (
            "Accounts Payable <ap@contoso.com>",
            "Invoice INV-2026-0412 received",
            "We received invoice INV-2026-0412 from Fabrikam for 18,400 EUR. It is queued for payment.",
            {},
        ),
        (
            "Finance Team <finance@contoso.com>",
            "November expense reports close on the 28th",
            "Expense reports for November must be in by the 28th for reimbursement this month.",
            {},
        ),
        (
            "Treasury <treasury@contoso.com>",
            "Payment run completed",
            "This week's supplier payment run completed; remittance advice has been sent.",
            {},
        ),
        (
            "Budget Office <budget@contoso.com>",
            "Q4 forecast variance",
            "The Q4 forecast shows a 4% variance against budget in logistics. Details in the attached sheet.",
            {},
        ),
        (
            "Ines Costa <ines.costa@contoso.com>",
            "Purchase order for label printers",
            "Here is the purchase order for the label printers, cost centre 4410, total 6,200 EUR.",
            {},
        ),
        (
            "Billing <billing@northwind.example>",
            "Your statement for October",
            "Your October statement is ready. The balance due is 2,310 EUR, payable within 30 days.",
            {},
        ),
    ],
    "HR": [
        (
            "HR Team <hr@contoso.com>",
            "Open enrolment for benefits starts Monday",
            "Benefits open enrolment starts Monday. Review your pension and health options in the HR portal.",
            {},
        ),
        (
            "People Team <people@contoso.com>",
            "Your annual leave balance",
            "You have 9 days of annual leave left this year. Remember to book them before December 31.",
            {},
        ),
        (
            "Recruiting <recruiting@contoso.com>",
            "Interview panel for the analyst role",
            "You are on the interview panel for the analyst role. Candidate CVs are in the recruiting system.",
            {},
        ),
        (
            "HR Team <hr@contoso.com>",
            "Updated parental leave policy",
            "The parental leave policy has been updated. The new policy is on the HR intranet.",
            {},
        ),
        (
            "People Team <people@contoso.com>",
            "Performance review cycle opens",
            "The year-end performance review cycle opens next week. Self-assessments are due on the 15th.",
            {},
        ),
        (
            "Payroll <payroll@contoso.com>",
            "Payslips are available",
            "Your November payslip is now available in the HR portal.",
            {},
        ),
    ],
    "IT/Security": [
        (
            "IT Service Desk <servicedesk@contoso.com>",
            "Scheduled laptop patching tonight",
            "Laptops will receive security updates tonight. Leave your laptop on and connected.",
            {},
        ),
        (
            "Security Team <security@contoso.com>",
            "New MFA requirement for VPN",
            "From Monday, VPN access requires multi-factor authentication. Enrol your phone in the portal.",
            {},
        ),
        (
            "IT Service Desk <servicedesk@contoso.com>",
            "Ticket INC-88213 resolved",
            "Your ticket INC-88213 about the printer driver has been resolved.",
            {},
        ),
        (
            "Security Team <security@contoso.com>",
            "Phishing test results for your team",
            "Last month's phishing simulation: 12% of your team clicked. Training is assigned.",
            {},
        ),
        (
            "IT Operations <itops@contoso.com>",
            "Email migration this weekend",
            "Mailboxes move to the new server this weekend. Outlook may ask you to sign in again.",
            {},
        ),
        (
            "IT Service Desk <servicedesk@contoso.com>",
            "Your new laptop is ready",
            "Your replacement laptop is ready for pickup at the IT desk on floor 2.",
            {},
        ),
    ],
    "Customer": [
        (
            "Sofia Alves <sofia.alves@fabrikam.example>",
            "Order 55120 arrived damaged",
            "Two pallets of order 55120 arrived damaged. We need replacements before the weekend.",
            {},
        ),
        (
            "James Wright <j.wright@tailspin.example>",
            "Feedback on the new delivery slots",
            "Our stores like the new delivery slots, but the 6:00 slot is too early for Lisbon.",
            {},
        ),
        (
            "Purchasing <purchasing@wingtip.example>",
            "Quote request for 2027 volumes",
            "Please send a quote for 2027 volumes: 1,200 pallets a month across three sites.",
            {},
        ),
        (
            "Emma Laurent <emma.laurent@adatum.example>",
            "Complaint about late shipment",
            "This is the third late shipment this month. We expect an explanation and a plan.",
            {},
        ),
        (
            "Support <support@litware.example>",
            "Renewal of our service agreement",
            "Our service agreement ends in January. We would like to renew with the same terms.",
            {},
        ),
        (
            "Kenji Mori <kenji.mori@fabrikam.example>",
            "Thanks for the quick turnaround",
            "Thank you for handling our urgent order so quickly. The stores were very happy.",
            {},
        ),
    ],
    "Newsletter": [
        (
            "Contoso News <news@contoso.com>",
            "Contoso Weekly: November edition",
            "In this edition: the Porto opening, new canteen menu, and the charity run results.",
            {"List-Unsubscribe": "<mailto:unsubscribe@contoso.com>"},
        ),
        (
            "Logistics Today <newsletter@logisticstoday.example>",
            "This week in supply chain",
            "Top stories: port congestion eases, new EU packaging rules, and warehouse robots.",
            {"List-Unsubscribe": "<https://logisticstoday.example/unsub>"},
        ),
        (
            "Tech Digest <digest@techdigest.example>",
            "Your weekly tech digest",
            "Five articles we think you'll like, from cloud costs to keyboard shortcuts.",
            {"List-Unsubscribe": "<https://techdigest.example/u>"},
        ),
        (
            "Events <events@expo.example>",
            "Register now for Logistics Expo 2027",
            "Early-bird registration for Logistics Expo 2027 is open until December 15.",
            {"List-Unsubscribe": "<mailto:stop@expo.example>"},
        ),
        (
            "Learning <learning@contoso.com>",
            "New courses this month",
            "New this month on the learning portal: Excel tips, negotiation basics, and first aid.",
            {"List-Id": "<learning.contoso.com>"},
        ),
        (
            "Industry Insights <insights@analyst.example>",
            "Monthly market report",
            "Our monthly market report is out: demand, prices and capacity across Europe.",
            {"List-Unsubscribe": "<https://analyst.example/unsub>"},
        ),
    ],
    "Suspicious": [
        (
            "IT Helpdesk <it-support@c0ntoso-login.net>",
            "Your password expires today - verify now",
            "Your mailbox password expires today. Click the link below to verify your credentials or lose access.",
            {},
        ),
        (
            "CEO Office <ceo.office@contoso-exec.co>",
            "Urgent wire transfer needed",
            "I need you to process a confidential wire transfer of 48,000 EUR today. Do not tell anyone.",
            {},
        ),
        (
            "DHL Express <delivery@dhl-parcel-track.info>",
            "Parcel held: pay customs fee",
            "Your parcel is held at customs. Pay the 2.99 EUR fee within 24 hours via the link.",
            {},
        ),
        (
            "Microsoft 365 <no-reply@m365-security-alert.com>",
            "Unusual sign-in activity",
            "We detected unusual sign-in activity. Confirm your identity by entering your password here.",
            {},
        ),
        (
            "Payroll Update <payroll@contoso-hr-update.com>",
            "Update your bank details for salary",
            "To receive your salary, update your bank details on this form before Friday.",
            {},
        ),
        (
            "Gift Card Team <rewards@giftcards-bonus.biz>",
            "You have won a 500 EUR gift card",
            "Congratulations! Claim your 500 EUR gift card by entering your employee login.",
            {},
        ),
    ],
}


def build() -> list[dict[str, str]]:
    rows = []
    for label, emails in EMAILS.items():
        slug = label.lower().replace(" ", "-").replace("/", "-")
        for number, (sender, subject, body, extra) in enumerate(emails, start=1):
            name = f"{slug}-{number}.eml"
            msg = EmailMessage()
            msg["From"] = sender
            msg["To"] = "Alex Morgan <alex.morgan@contoso.com>"
            msg["Subject"] = subject
            msg["Date"] = f"Mon, {number + 9} Nov 2026 09:{number * 7:02d}:00 +0000"
            msg["Message-ID"] = f"<{slug}-{number}@eval.deskmate>"
            for key, value in extra.items():
                msg[key] = value
            msg.set_content(
                f"Hi Alex,\n\n{body}\n\nBest regards,\n{sender.split('<')[0].strip()}\n"
            )
            (HERE / name).write_bytes(bytes(msg))
            rows.append({"file": name, "label": label})
    with (HERE / "labels.jsonl").open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row) + "\n")
    return rows


if __name__ == "__main__":
    print(f"{len(build())} emails")
