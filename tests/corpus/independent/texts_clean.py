# ruff: noqa: E501  (document text reads best as one line per paragraph)
"""Clean near-miss documents for the independent corpus.

These look risky to a keyword matcher (health, passwords, personal data,
long numbers, legal wording, colleague names) but hold no personal data,
no secrets and no individual HR/health/legal matter.  Names appear only as
logistics contacts or first names; no postal addresses, personal phone
numbers, IP addresses or credentials.
"""
import idgen as ID

DOMAIN = "haldenrowe.example"

CLEAN = []

# 16 digits that look card-like but fail Luhn and match no card network.
_DELIVERY_REF = ID.group(ID.not_luhn("7004229188365517"), (4, 4, 4, 4))


def add(file, why, kind, content):
    CLEAN.append({"file": file, "sensitive": False, "why": "clean: " + why,
                  "kind": kind, "content": content})


add("office-move.txt", "office move memo (health & safety, first aid, room contacts)", "text", """\
OFFICE MOVE - LEEDS, FLOORS 3 AND 4
From: Facilities
Date: 14 April 2026

The move from floor 2 to floors 3 and 4 happens over the weekend of 9-10 May. Everything should be ready for Monday 11 May. Please read this note to the end, because some things you're used to are moving.

What you need to do
- Pack your pedestal by 17:00 on Friday 8 May. Crates arrive on Wednesday 6 May; two per person.
- Label each crate with your new desk number (see the floor plans on the intranet).
- Take personal valuables home. The removal firm can't accept liability for them.
- Monitors, docks and keyboards stay where they are; IT will set up the new desks.

Where things will be
- Floor 3: Finance, Analytics, Customer Success. Quiet zone along the east windows.
- Floor 4: Product, Engineering, the Atrium meeting space and the new wellbeing room.
- The wellbeing room (4.12) can be booked in 30-minute slots for prayer, breastfeeding or simply a quiet break. It is not a meeting room, please don't book it for 1:1s.
- First aid: the first aid room moves to 3.02, next to the lifts. The defibrillator will be in the lift lobby on floor 3.

Health and safety
The health and safety team will walk both floors on Friday 8 May with the removal firm to check fire routes and cable runs. Fire evacuation routes change: from floor 4, use the north stairwell only. Fire marshal and first aider rotas will be re-issued on the new floors, and we're still looking for two volunteers for floor 4 - training is paid and takes one day.

Contacts for the move
- Room bookings and the Atrium: Chloe (Facilities)
- Crates, labels and the removal firm: Dev (Facilities)
- IT desk setup: the service desk, as usual, via the portal
- Floor 3 move champion: Martina; floor 4 move champion: Ben

Parking is unaffected. The kitchen on floor 4 opens on 11 May; the floor 3 kitchen opens a week later because the boiler is on back order.

Thanks for your patience - it's going to be a much better space.
""")

add("atlas-status-wk14.md", "project status with budgets, POs, invoices, versions, tickets", "text", """\
# Project Atlas - weekly status, week 14 (30 Mar - 3 Apr 2026)

**Overall: AMBER** (was GREEN) - integration testing slipped by one week; go-live date 8 June still achievable.

## Progress

| Workstream | % complete | RAG | Comment |
|---|---|---|---|
| Data migration | 82% | G | Trial load 3 done: 1,482,331 rows, 99.97% reconciled |
| Integrations | 64% | A | Carrier API v2.3 certification delayed by vendor |
| Reporting | 71% | G | 38 of 53 reports rebuilt |
| Training | 20% | G | Materials drafted, first sessions week 19 |

## Budget

- Approved budget: GBP 1,240,000 (capex 860k / opex 380k).
- Spent to date: GBP 793,410 (64.0%). Forecast at completion: GBP 1,262,500 (+1.8%).
- PO 4500183726 raised for the extra 40 consultancy days (GBP 38,000). Invoice INV-2026-00417 from the integration partner is on hold until milestone M4 is signed off.
- Licence true-up (order ref SO-99120487) comes in at 312 seats, 12 above plan.

## Releases and tickets

- Platform upgraded to 4.12.0 in UAT on 1 April; 4.12.1 hotfix expected 15 April.
- Open defects: 41 (P1: 0, P2: 7, P3: 34). P2s are tracked under INC0012345, INC0012377 and the CHG0048213 change window.
- Label printer firmware 7.3.18 required at all depots; part no. ZT-411-203-EU ordered for the two older units.

## Risks

1. Carrier certification (R-07): if not done by 24 April, go-live moves to 22 June. Mitigation: parallel run with v1 endpoint.
2. Month-end freeze from 27 April to 5 May limits test windows.

## Decisions needed

- Approve the GBP 22,500 contingency draw for the extra test cycle (sponsor decision by 10 April).

Next report: 10 April.
""")

add("publishing-programme-q2.docx", "status update with ISBNs, part numbers and budgets", "docx", [
    ("title", "Learning Products - Q2 2026 publishing programme update"),
    ("p", "This update covers the print and e-book titles in the Q2 programme, stock "
          "levels and the spend against the GBP 186,000 production budget. All figures as "
          "at 10 April 2026."),
    ("table", [["Title", "ISBN-13", "Format", "Print run", "Status"],
               ["Ledgerline for Finance Teams, 3rd ed.", "978-1-915432-07-3", "Paperback", "2,500", "At printer, delivery 28 April"],
               ["Ledgerline for Finance Teams, 3rd ed.", "978-1-915432-08-0", "EPUB", "-", "Conversion done, QA 92%"],
               ["Warehouse Analytics in Practice", "978-1-915432-11-0", "Paperback", "1,500", "Proofs back from authors"],
               ["Quick Reference: Month-End Close", "978-1-915432-12-7", "Laminated card", "5,000", "Reprint approved"]]),
    ("h", "Budget"),
    ("p", "Spend to date is GBP 112,640 (60.6%). The laminated card reprint (part no. "
          "QRC-MEC-04-A, supplier quote Q-2026-1183) adds GBP 4,150, within contingency. "
          "Paper prices rose 6.5% in March; the printer has held the Q2 price on PO "
          "4500184410 but warned of a rise from July."),
    ("h", "Stock"),
    ("p", "Warehouse stock of the 2nd edition is down to 214 copies; we expect to sell "
          "through by mid-May, which lines up with the 3rd edition arriving. Returns are "
          "running at 3.2% against 4% last year. Bundle SKU LL-FIN-3E-BNDL (book plus card) "
          "goes live in the web shop with release 4.12.0 of the storefront."),
    ("h", "Next steps"),
    ("bullets", ["Sign off the Warehouse Analytics cover (design round 3) by 17 April.",
                 "Register the two new ISBNs with the distributor feed by 24 April.",
                 "Review Q3 programme and budget at the 5 May planning meeting."]),
])

add("password-reset-howto.md", "password reset how-to without any password", "text", """\
# How to reset your Windows / Microsoft 365 password

You can reset your own password at any time, including from home, without calling the service desk. You need the authenticator app on your phone set up first (see "Setting up MFA").

## If you know your current password

1. Press **Ctrl + Alt + Delete** on your laptop and choose **Change a password**.
2. Enter your current password, then your new one twice.
3. Lock and unlock your laptop so Outlook and Teams pick up the change. If you're working remotely, connect to the VPN first, otherwise your laptop won't hear about the new password until you're next in the office.

## If you've forgotten it or you're locked out

1. On any device, go to the self-service reset page linked from the intranet home page ("Forgot password?").
2. Enter your work email address.
3. Approve the request in the authenticator app, or enter the code sent by text message.
4. Choose a new password and sign in again.

## What makes a good password

- At least 14 characters. A passphrase made of several unrelated words is easier to remember than a short, complicated string.
- Don't reuse a password from any other site or from your personal email.
- You can't reuse any of your last 10 passwords.
- Never tell anyone your password - the service desk will never ask for it, by phone, chat or email.

## Still stuck?

Raise a ticket in the IT portal under **Accounts > Password** or call the service desk from a colleague's Teams. The service desk will verify your identity with a one-time code before unlocking your account. Passwords expire every 365 days, and you'll get reminder emails 14, 7 and 1 days beforehand.
""")

add("newsletter-april-launch.docx", "newsletter naming colleagues at a product launch", "docx", [
    ("title", "The Rowe Report - April 2026"),
    ("h", "Ledgerline 5 is live!"),
    ("p", "After eighteen months of work, Ledgerline 5 went live for all customers on "
          "Tuesday 7 April. More than 2,300 customer accounts moved over in the first 48 "
          "hours with no major incidents - a genuinely brilliant effort. Huge thanks to the "
          "product and engineering teams, and particularly to Hannah, Lukas and Sunita, "
          "who ran the launch war room, and to the Customer Success team, who answered "
          "more than 900 chats on launch day."),
    ("p", "Jonathan opened the launch party in the Atrium on Thursday with cake shaped like "
          "the new dashboard (it tasted better than it looked). If you missed it, the "
          "photos are on the intranet."),
    ("h", "Customer Summit - save the date"),
    ("p", "Our customer summit returns on 17 September at the Northgate Exchange "
          "conference venue. We're looking for speakers - if you've got a customer story "
          "to tell, talk to the events team."),
    ("h", "Welcome and congratulations"),
    ("p", "A warm welcome to the twelve new starters who joined across Leeds, Berlin and "
          "Madrid this month. Congratulations to the Berlin logistics team on their third "
          "quarter in a row with 99.6% on-time despatch, and to the Analytics team for "
          "winning the internal hackathon with their carbon-footprint report."),
    ("h", "Dates for your diary"),
    ("bullets", ["22 April - Earth Day litter pick, meet at reception at 12:30",
                 "30 April - Q1 results all-hands (Teams and the Atrium)",
                 "12-16 May - Wellbeing week (programme on the intranet)"]),
])

add("vendor-review-backup.docx", "vendor comparison of prices and SLAs", "docx", [
    ("title", "Cloud backup - vendor review"),
    ("p", "Purpose: choose a replacement for our current backup service, whose contract "
          "ends on 30 September 2026. Scope: 412 laptops, 38 servers, Microsoft 365 "
          "(mail, OneDrive, SharePoint). Three vendors were shortlisted after the RFI."),
    ("table", [["Criterion", "Vendor A", "Vendor B", "Vendor C"],
               ["Annual price (3-yr term)", "GBP 48,900", "GBP 41,200", "GBP 57,300"],
               ["Price per endpoint / month", "GBP 6.10", "GBP 5.15", "GBP 7.40"],
               ["Uptime SLA", "99.9%", "99.5%", "99.95%"],
               ["Service credits", "10% per 0.1% below", "5% flat", "Up to 25%"],
               ["Restore time objective (1 TB)", "4 hours", "12 hours", "2 hours"],
               ["Data residency", "UK and EU", "EU only", "UK and EU"],
               ["Support hours", "24x7", "Business hours", "24x7"],
               ["Security certifications", "ISO 27001, SOC 2", "ISO 27001", "ISO 27001, SOC 2, Cyber Essentials Plus"]]),
    ("h", "Assessment"),
    ("p", "Vendor B is cheapest but its 12-hour restore objective and business-hours "
          "support don't meet our disaster recovery requirement of 8 hours for tier-1 "
          "systems. Vendor C is strongest technically but costs 17% more than Vendor A "
          "over the term. Vendor A meets every mandatory requirement and offered a 6% "
          "discount for a three-year commitment."),
    ("h", "Recommendation"),
    ("p", "Proceed with Vendor A, subject to a successful 30-day proof of concept on the "
          "Leeds file servers and legal review of the data processing terms. Decision "
          "needed from the IT steering group on 29 April."),
])

add("offsite-logistics.eml", "meeting logistics with room names and room extension", "eml", {
    "from": f"Events Team <events@{DOMAIN}>",
    "to": f"Leadership Offsite <offsite-2026@{DOMAIN}>",
    "subject": "Offsite 28-29 April: rooms, timings and travel",
    "date": "Mon, 20 Apr 2026 10:00:00 +0100",
    "body": """\
Hi all,

Here are the logistics for next week's leadership offsite in Leeds.

Tuesday 28 April
08:30  Coffee in the Atrium (floor 4)
09:00  Strategy review - Boardroom A
12:30  Lunch - Atrium
13:30  Breakouts: Pricing (Aire room), Operations (Calder room), People (Wharfe room)
16:00  Readouts - Boardroom A
19:00  Dinner - details in the calendar invite

Wednesday 29 April
09:00  Budget FY27 - Boardroom A
11:30  Wrap-up and actions
13:00  Close, packed lunches available

Boardroom A has the new video bar. Remote attendees should join via the Teams link in the invite; if the room system drops, the room phone is ext. 4410 and the Calder room is ext. 4412.

Travel: please book trains through the travel portal using cost centre OFFSITE-26. Hotel rooms are held under the group booking until 21 April - after that they're released.

Dietary requirements: please reply to this mailbox by Thursday if you haven't already filled in the form.

Thanks,
Events Team
""",
})

add("catalogue-skus-2026.xlsx", "product SKU, quantity and price list", "xlsx", [
    ("Price list", [["SKU", "Description", "Pack size", "Qty on hand", "Unit price (GBP)", "Reorder level", "Supplier code"],
                    ["HR-LBL-100", "Thermal labels 100x150mm", "Roll of 500", 1840, 12.40, 400, "SUP-0113"],
                    ["HR-LBL-050", "Thermal labels 50x25mm", "Roll of 2000", 620, 9.75, 200, "SUP-0113"],
                    ["HR-SCN-HS2", "Handheld scanner HS2", "Each", 46, 389.00, 10, "SUP-0471"],
                    ["HR-SCN-GRP", "Ergonomic scanner grip", "Each", 120, 14.99, 30, "SUP-0471"],
                    ["HR-BOX-S", "Shipping carton small 305x215x150", "Bundle of 25", 310, 11.20, 80, "SUP-0220"],
                    ["HR-BOX-M", "Shipping carton medium 457x305x305", "Bundle of 25", 275, 18.60, 80, "SUP-0220"],
                    ["HR-BOX-L", "Shipping carton large 610x457x457", "Bundle of 10", 140, 21.90, 40, "SUP-0220"],
                    ["HR-TPE-48", "Packing tape 48mm x 66m", "Case of 36", 58, 27.50, 15, "SUP-0302"],
                    ["HR-PLT-EUR", "Euro pallet 1200x800", "Each", 96, 16.00, 25, "SUP-0515"],
                    ["HR-GLV-L", "Work gloves, size L", "Pack of 12", 44, 18.00, 10, "SUP-0644"],
                    ["HR-HVZ-XL", "Hi-vis vest, XL", "Each", 72, 3.85, 20, "SUP-0644"]]),
    ("Notes", [["Prices valid from 1 April 2026 until 30 September 2026, excluding VAT."],
               ["Reorder levels reviewed quarterly by the Wakefield stock team. Items below reorder level are highlighted in the weekly stock report."]]),
])

add("milestones-2026.xlsx", "project milestones with owners' first names and dates", "xlsx", [
    ("Milestones", [["ID", "Milestone", "Owner", "Planned date", "Forecast date", "Status", "Dependency"],
                    ["M1", "Requirements signed off", "Sunita", "16/01/2026", "16/01/2026", "Done", ""],
                    ["M2", "Design authority approval", "Lukas", "13/02/2026", "20/02/2026", "Done", "M1"],
                    ["M3", "Data migration trial 3", "Callum", "27/03/2026", "27/03/2026", "Done", "M2"],
                    ["M4", "Integration build complete", "Lukas", "10/04/2026", "17/04/2026", "At risk", "M2"],
                    ["M5", "Carrier API certification", "Ben", "24/04/2026", "24/04/2026", "On track", "M4"],
                    ["M6", "User acceptance testing", "Hannah", "22/05/2026", "29/05/2026", "On track", "M4, M5"],
                    ["M7", "Training complete", "Martina", "29/05/2026", "29/05/2026", "On track", "M6"],
                    ["M8", "Go-live", "Sunita", "08/06/2026", "08/06/2026", "On track", "M6, M7"],
                    ["M9", "Hypercare exit", "Sunita", "03/07/2026", "03/07/2026", "Not started", "M8"]]),
    ("Key", [["Status values: Done, On track, At risk, Late, Not started. Forecast dates are updated every Friday after the project board."]]),
])

add("press-release-summit.txt", "public press release naming a public venue", "text", """\
FOR IMMEDIATE RELEASE

Halden & Rowe announces Ledgerline Customer Summit 2026

LEEDS, 21 April 2026 - Halden & Rowe, the logistics and finance software company, today announced that its annual customer summit will take place on 17 September 2026 at the Northgate Exchange conference venue.

The one-day event brings together finance, operations and supply-chain leaders from more than 300 organisations. This year's programme focuses on the launch of Ledgerline 5, which went live in April, and on practical uses of forecasting and automation in warehouse operations.

Highlights include:
- A keynote on the future of finance operations from the company's Chief Product Officer
- Customer case studies from the retail, healthcare distribution and public sectors
- Hands-on workshops covering month-end automation, carrier integrations and sustainability reporting
- An expo hall with more than 20 technology partners

"Our customers tell us that the most valuable part of the summit is learning from each other," said the company's Chief Executive. "We've doubled the number of customer-led sessions this year."

Registration opens on 1 May on the company website. Early-bird tickets are available until 30 June, and attendance is free for existing Ledgerline customers.

About Halden & Rowe
Halden & Rowe builds software that helps mid-sized companies run their finance and logistics operations. Founded in 2009, the company has offices in six European countries and the United States and serves more than 2,000 customers.

Media enquiries: please use the press contact form on the company website.
""")

add("change-notice-chg0048213.txt", "IT change notice with hostnames and ports, no IPs", "text", """\
CHANGE NOTICE CHG0048213 - Reporting platform database upgrade

Type: Normal change (approved by CAB on 14 April 2026)
Window: Saturday 25 April 2026, 20:00 - Sunday 26 April 2026, 02:00 (UK time)
Risk: Medium   Impact: Reporting unavailable during window

What is changing
The reporting databases are moving to a new SQL Server version and the Postgres analytics replica is being upgraded from major version 14 to 16. At the same time we are retiring the legacy TLS 1.0 listener.

Systems affected
- sql-rpt-01 and sql-rpt-02 (SQL Server, port 1433)
- pg-analytics (Postgres, port 5432)
- gateway GW-LEEDS-02 (on-premises data gateway, outbound 443 only)
- legacy listener on port 1434 - will be switched off permanently

What you will notice
- Power BI scheduled refreshes between 20:00 and 02:00 will fail. The 06:00 Sunday refresh will run normally.
- Anyone using an old ODBC driver (version 13 or earlier) will need to upgrade to version 18 before Monday 27 April. The software centre package is "ODBC Driver 18 for SQL Server".
- Connection strings that point to port 1434 must be changed to 1433. No other connection details change.

Rollback plan
Database snapshots are taken at 20:15. If validation fails by 01:00 the snapshots are restored and the change is rolled back; a new window will be proposed for 9 May.

Validation
The BI team will run the 14 smoke-test reports listed in KB0019920 and confirm in the change record.

Contacts
Change owner: Database Operations. Raise issues via the IT portal referencing CHG0048213.
""")

add("course-data-privacy-basics.md", "course description about GDPR and personal data (abstract)", "text", """\
# Course: Data Privacy Essentials (DP-101)

**Format:** e-learning, 45 minutes, plus a 10-question assessment (pass mark 80%)
**Audience:** all employees; mandatory for new starters within 30 days and annually afterwards
**Owner:** Legal & Compliance

## Why this course matters

Every team handles personal data - about customers, suppliers, candidates and each other. The UK GDPR and the EU GDPR give people rights over that data and put obligations on us as a business. Fines can reach 4% of global annual turnover, but the bigger cost of getting it wrong is lost trust.

## What you will learn

1. **What counts as personal data.** Names, contact details, online identifiers and location data, as well as less obvious things such as opinions about a person in an email.
2. **Special category data.** Health, ethnicity, religion, trade union membership, biometrics and sexual orientation need extra protection, and a lawful basis plus an additional condition before processing.
3. **National identifiers and financial data.** Why social security numbers, National Insurance numbers, passport numbers and payment card numbers must never be pasted into tickets, chat or spreadsheets, and what to do if you receive them by mistake.
4. **Lawful bases** and when consent is (and isn't) the right one.
5. **Data subject rights**, including subject access requests and the one-month deadline to respond.
6. **Breaches.** How to recognise a personal data breach, and why you must report it to the privacy team immediately - we have 72 hours to notify the regulator.
7. **Sending data outside the company**, including to AI tools and cloud services, and the checks that must happen first.

## Assessment and completion

You'll work through five short scenarios, such as a misdirected email or a request from someone claiming to be a customer. Completion is recorded automatically in the learning portal. Managers receive a monthly report of overdue training.

Questions about the course content can be raised with the privacy team through the Legal & Compliance intranet page.
""")

add("terms-of-use-excerpt.md", "public terms-of-use excerpt", "text", """\
# Ledgerline Online Services - Terms of Use (excerpt)

*Version 7.2, effective 1 March 2026. This excerpt is published on our website and in the product help centre.*

## 4. Acceptable use

4.1 You must not use the Services to store or transmit material that is unlawful, infringes any third party's intellectual property rights, or contains viruses or other malicious code.

4.2 You must not attempt to gain unauthorised access to the Services, interfere with their operation, or use them to send unsolicited marketing.

4.3 We may suspend access to the Services, without liability, if we reasonably believe that you are in breach of this clause 4, provided that we give you notice where it is lawful and practicable to do so.

## 9. Limitation of liability

9.1 Nothing in these Terms limits or excludes liability for death or personal injury caused by negligence, for fraud or fraudulent misrepresentation, or for any other liability that cannot be limited or excluded by law.

9.2 Subject to clause 9.1, we shall not be liable, whether in contract, tort (including negligence), breach of statutory duty or otherwise, for any loss of profits, loss of business, loss of data or any indirect or consequential loss.

9.3 Subject to clause 9.1, our total aggregate liability arising under or in connection with these Terms shall be limited to the fees paid by you in the twelve months before the event giving rise to the claim.

## 12. Governing law and jurisdiction

12.1 These Terms and any dispute or claim arising out of them are governed by the law of England and Wales.

12.2 The courts of England and Wales have exclusive jurisdiction to settle any dispute or claim arising out of or in connection with these Terms, except that consumers resident in Scotland or Northern Ireland may also bring proceedings in their local courts.

## 13. Privacy

13.1 Our use of personal data in connection with the Services is described in our Privacy Notice. Where we process personal data on your behalf, the Data Processing Addendum applies.
""")

add("training-schedule-may.xlsx", "training schedule with rooms and dates", "xlsx", [
    ("May 2026", [["Date", "Time", "Course", "Room", "Trainer", "Places", "Booked"],
                  ["05/05/2026", "09:30-12:30", "Ledgerline 5 for finance users", "Aire room", "Product Academy", 12, 11],
                  ["06/05/2026", "13:30-16:30", "Ledgerline 5 for warehouse leads", "Wakefield training room", "Product Academy", 10, 6],
                  ["07/05/2026", "10:00-11:00", "Data Privacy Essentials refresher", "Teams", "Legal & Compliance", 200, 143],
                  ["12/05/2026", "09:00-17:00", "First aid at work (day 1 of 3)", "Calder room", "External provider", 8, 8],
                  ["13/05/2026", "09:00-17:00", "First aid at work (day 2 of 3)", "Calder room", "External provider", 8, 8],
                  ["14/05/2026", "09:00-17:00", "First aid at work (day 3 of 3)", "Calder room", "External provider", 8, 8],
                  ["19/05/2026", "09:30-16:30", "Fire marshal training", "Wharfe room", "Health and safety team", 12, 9],
                  ["20/05/2026", "14:00-15:30", "Mental health awareness for managers", "Teams", "Wellbeing partner", 40, 22],
                  ["27/05/2026", "09:30-12:30", "Excel: pivot tables and Power Query", "Aire room", "BI team", 12, 12],
                  ["28/05/2026", "10:00-12:00", "Manual handling", "Wakefield training room", "Health and safety team", 15, 7]]),
    ("How to book", [["Book through the learning portal. Cancellations less than 48 hours before a course are charged to the team's cost centre (external courses only)."]]),
])

add("canteen-menu-week-19.txt", "cafeteria menu", "text", """\
STAFF CAFE - MENU FOR WEEK 19 (4-8 MAY 2026)
Floor 4 kitchen, open 08:00-14:30

Monday 4 May - Bank holiday, cafe closed

Tuesday 5 May
- Soup: roasted tomato and red pepper (vg, gf)
- Main: chicken katsu curry with sticky rice
- Veggie: sweet potato and chickpea katsu (vg)
- Pudding: lemon drizzle cake

Wednesday 6 May
- Soup: leek and potato (v, gf)
- Main: beef lasagne with garlic bread and salad
- Veggie: spinach and ricotta cannelloni (v)
- Pudding: apple crumble with custard

Thursday 7 May
- Soup: Thai carrot and coconut (vg, gf)
- Main: fish and chips with mushy peas (Friday special moved to Thursday this week)
- Veggie: halloumi burger with sweet potato fries (v)
- Pudding: chocolate brownie (gf option available)

Friday 8 May
- Soup: minestrone (vg)
- Main: build-your-own burrito bowl
- Veggie: jackfruit burrito bowl (vg)
- Pudding: fruit salad and frozen yoghurt

Every day: salad bar, jacket potatoes, sandwiches, fresh fruit.

Prices: soup GBP 2.20, mains GBP 4.80, pudding GBP 1.90. Card and phone payments only.

Allergens: all 14 major allergens are listed on the cards at the counter. If you have an allergy, please ask the team before ordering - we're happy to check ingredients. Key: v = vegetarian, vg = vegan, gf = gluten free.

Coming up in week 20: themed Italian day on Wednesday and a wellbeing week smoothie bar.
""")

add("release-notes-4.12.0.md", "product release notes with version numbers", "text", """\
# Ledgerline 4.12.0 - Release notes

**Release date:** 1 April 2026
**Upgrade path:** direct from 4.10.x and 4.11.x. Customers on 4.9 or earlier must upgrade to 4.10.6 first.

## New features

- **Carrier API v2.3 support.** Rate shopping now supports the new surcharge fields. Enable it under Settings > Carriers.
- **Bulk credit notes.** Create up to 500 credit notes from a CSV upload (LL-8841).
- **Month-end checklist.** A configurable checklist with owners and due dates, exportable to Excel (LL-8902).
- **Dark mode** for the web client (beta).

## Improvements

- Dashboard load time reduced by 38% on accounts with more than 50,000 invoices.
- The audit log now records changes to payment terms and credit limits (LL-8795).
- CSV exports use ISO 8601 dates by default; the old format can be selected per user.

## Fixed issues

- LL-8760: Rounding difference of 0.01 on multi-currency invoices with more than 99 lines.
- LL-8811: Scheduled reports sent twice when the schedule was edited after midnight UTC.
- LL-8834: Label printing failed on printers with firmware older than 7.3.18.
- LL-8857: The password reset page did not respect the customer's branding settings.
- LL-8870: Search returned no results for invoice numbers containing a slash.

## Deprecations

- The SOAP API will be removed in 5.0. Please migrate to REST API v3 before 31 December 2026.
- TLS 1.0 and 1.1 are no longer supported for inbound connections.

## Known issues

- In dark mode some chart legends are hard to read (LL-8915, fix planned for 4.12.1).
- Customers with more than 200 warehouses may see a slower first load after the upgrade while indexes are rebuilt.

For full details see the 4.12.0 upgrade guide in the help centre.
""")

add("wellbeing-week-programme.docx", "wellbeing week programme (health topics, no individuals)", "docx", [
    ("title", "Wellbeing Week - 12 to 16 May 2026"),
    ("p", "Wellbeing week is back, timed to coincide with Mental Health Awareness Week. "
          "All sessions are free, open to everyone and can be attended in person or on "
          "Teams unless marked otherwise. Book through the learning portal."),
    ("table", [["Day", "Session", "Where", "Time"],
               ["Tuesday", "Sleep better: the science and the habits", "Atrium + Teams", "12:30-13:15"],
               ["Tuesday", "Desk yoga and stretching", "Wellbeing room 4.12", "16:00-16:30"],
               ["Wednesday", "Managing stress at month-end (for finance teams)", "Aire room", "12:30-13:30"],
               ["Wednesday", "Free health checks (blood pressure, cholesterol)", "First aid room 3.02", "09:00-15:00"],
               ["Thursday", "Menopause at work: open conversation", "Teams", "12:30-13:30"],
               ["Thursday", "Couch to 5k launch run", "Meet at reception", "17:30"],
               ["Friday", "Financial wellbeing: pensions explained", "Atrium + Teams", "12:00-13:00"]]),
    ("h", "Support available all year"),
    ("p", "Our Employee Assistance Programme offers free, confidential counselling, legal "
          "and financial advice 24 hours a day. Details are on the intranet wellbeing page. "
          "We also have trained mental health first aiders in every office - their names "
          "are on the poster in each kitchen."),
    ("p", "The health checks are run by an external provider and results go only to the "
          "person tested; nothing is shared with the company."),
])

add("absence-policy-summary.md", "generic sickness absence policy summary", "text", """\
# Sickness absence - policy summary (UK)

This is a short summary of the full Sickness Absence Policy on the intranet. If anything here conflicts with the full policy, the full policy applies.

## Reporting absence

- Call or message your line manager **before 09:00** (or one hour before your shift starts) on the first day. A message to a colleague or a team chat post is not enough.
- Tell your manager roughly how long you expect to be off. You don't have to give medical details if you'd rather not.
- Keep in touch at agreed intervals if the absence goes beyond three days.

## Evidence

- Up to 7 calendar days: self-certify through PeopleHub when you return.
- More than 7 calendar days: a fit note from your GP or hospital doctor is required.
- Fit notes saying "may be fit for work" will be discussed with you so we can consider adjustments such as reduced hours or different duties.

## Pay

- Company sick pay depends on length of service, from 4 weeks at full pay in year one to 26 weeks at full pay after five years, followed by the same period at half pay.
- Statutory Sick Pay is included in, not paid on top of, company sick pay.

## Return to work

- Managers hold a short return-to-work conversation after every absence. It is a supportive check-in, not a disciplinary meeting.
- Where absence is long-term or frequent, we may ask for an occupational health referral, with your consent.

## Absence reviews

Reviews are triggered by 3 periods or 8 days of absence in a rolling 12 months. Absence related to disability, pregnancy or an injury at work is recorded separately and is not counted towards triggers.

## Confidentiality

Medical information is kept by HR only and shared with your manager only with your agreement.
""")

add("sprint-42-retro.vtt", "sprint retrospective transcript (no personal data)", "vtt", [
    ("Lukas Brandt", "Okay, let's start. Sprint forty-two retro. We closed thirty-one of thirty-six story points, so not bad. Let's do what went well first."),
    ("Sunita Varma", "The carrier mock server made a huge difference. We weren't blocked on the vendor's sandbox once this sprint."),
    ("Ben Okafor", "Agreed. And pairing on the label printer bug was good, we found the firmware issue in half a day instead of going back and forth in tickets."),
    ("Lukas Brandt", "Nice. What didn't go so well?"),
    ("Hannah Lutz", "The UAT environment was down for most of Wednesday after the 4.12.0 deploy, and nobody told the testers until lunchtime. We lost about a day of testing."),
    ("Sunita Varma", "That was the migration script. It ran fine on staging but the UAT database had the old schema from the February refresh."),
    ("Ben Okafor", "Also, stand-ups are creeping past fifteen minutes again. Some days it was twenty-five."),
    ("Lukas Brandt", "Yeah, that's on me. Okay, actions. First, environment refreshes for UAT every sprint, not ad hoc. Sunita, can you own that with the platform team?"),
    ("Sunita Varma", "Sure. I'll raise a change so it's scheduled on the Monday of each sprint."),
    ("Lukas Brandt", "Second, when an environment is down, post in the testing channel within thirty minutes, with an estimate. Third, stand-up: we'll take detailed discussions offline and I'll keep time."),
    ("Hannah Lutz", "Can we also add the carrier certification to the board as its own item? It keeps slipping because it's nobody's ticket."),
    ("Lukas Brandt", "Good shout. Ben, can you create that and link it to milestone M5?"),
    ("Ben Okafor", "Will do."),
    ("Lukas Brandt", "Great, thanks everyone. Next sprint planning is Monday at ten in the Aire room."),
])

add("supplier-invoice-query.eml", "supplier invoice query with POs, invoice ids and a non-card 16-digit reference", "eml", {
    "from": f"Accounts Payable <ap@{DOMAIN}>",
    "to": "Accounts Receivable <accounts@packaging-supplier.example>",
    "subject": "Query on invoice 20260331-0457 / PO 4500183911",
    "date": "Thu, 09 Apr 2026 11:20:00 +0100",
    "body": f"""\
Hello,

We've received your invoice 20260331-0457 dated 31 March for GBP 14,882.40 (incl. VAT) against our purchase order 4500183911, but we can't approve it yet for two reasons:

1. The invoice bills 1,200 bundles of SKU HR-BOX-M at GBP 18.60, but our goods receipt note GRN-77120 shows 1,150 bundles delivered to the Wakefield site on 27 March. The difference is 50 bundles (GBP 930.00 + VAT).

2. The unit price on the PO is GBP 17.95 under the price agreement valid until 30 June (agreement ref PA-2025-118). The invoice uses GBP 18.60.

Could you please issue a credit note for the difference, or a corrected invoice, quoting our PO number? Your delivery reference on the paperwork was {_DELIVERY_REF}, and the consignment tracking number was JD0002 2145 8830 19.

Our payment terms are 45 days from the date we receive a valid invoice, so the due date will be recalculated from the corrected document. Remittance advice is sent automatically by the payment run on Tuesdays and Fridays.

Kind regards,
Accounts Payable
Halden & Rowe Ltd
VAT registration and bank details are printed on our purchase orders.
""",
})

add("calibration-log-lab2.md", "equipment calibration log with serial numbers and readings", "text", """\
# Test lab 2 - equipment calibration log, Q1 2026

Maintained by the QA lab. Instruments are calibrated against reference standards traceable to national standards. Certificates are stored in the QA document system under the certificate numbers below.

| Asset | Instrument | Serial no. | Calibrated | Next due | Result | Certificate |
|---|---|---|---|---|---|---|
| QA-0117 | Digital scale 60 kg | 8034117256 | 12/01/2026 | 12/07/2026 | Pass (+0.02%) | CAL-26-0041 |
| QA-0118 | Digital scale 6 kg | 8034117301 | 12/01/2026 | 12/07/2026 | Pass (-0.01%) | CAL-26-0042 |
| QA-0203 | Label verifier | LV-2290-55817 | 02/02/2026 | 02/02/2027 | Pass, grade A | CAL-26-0109 |
| QA-0231 | Thermometer probe | TP-88-104492 | 16/02/2026 | 16/08/2026 | Adjusted, then pass | CAL-26-0133 |
| QA-0240 | Drop tester | DT-5-00917 | 03/03/2026 | 03/03/2027 | Pass | CAL-26-0178 |
| QA-0244 | Humidity chamber | HC-300-77120 | 17/03/2026 | 17/09/2026 | Fail - sensor drift 4.1% RH | CAL-26-0201 |

## Notes

- QA-0231 read 0.6 °C high at the 4 °C check point and was adjusted on site. Post-adjustment readings were within ±0.1 °C across the range -20 °C to +40 °C.
- QA-0244 failed: humidity readings drifted 4.1% RH at 85% set point (tolerance ±2%). The chamber is quarantined and labelled "DO NOT USE". Replacement sensor (part no. HS-85-RH-02) ordered on PO 4500184077, expected 24 April. Tests scheduled in the chamber during April have been moved to the external lab.
- All other instruments within tolerance. Next quarterly review: 30 June 2026.
""")

add("nda-template.docx", "blank mutual NDA template with placeholders", "docx", [
    ("title", "Mutual Non-Disclosure Agreement (template v3.1)"),
    ("p", "Guidance: use this template for early-stage discussions with prospective "
          "partners and suppliers. Do not amend clauses 4 to 7 without approval from Legal. "
          "Replace everything in square brackets before sending."),
    ("p", "This Agreement is made on [DATE] between Halden & Rowe Ltd (\"H&R\") and "
          "[COUNTERPARTY LEGAL NAME], a company registered in [JURISDICTION] under number "
          "[COMPANY NUMBER] (the \"Counterparty\")."),
    ("h", "1. Purpose"),
    ("p", "The parties wish to exchange Confidential Information for the purpose of "
          "[DESCRIBE THE PROPOSED PROJECT] (the \"Purpose\")."),
    ("h", "2. Confidential Information"),
    ("p", "\"Confidential Information\" means all information disclosed by one party to the "
          "other, in any form, that is marked as confidential or would reasonably be "
          "regarded as confidential, including business plans, pricing, software and "
          "customer information."),
    ("h", "3. Obligations"),
    ("p", "Each party shall keep the other's Confidential Information secret, use it only "
          "for the Purpose, and disclose it only to employees and advisers who need to know "
          "it and are bound by equivalent obligations."),
    ("h", "4. Exceptions"),
    ("p", "The obligations do not apply to information that is or becomes public other "
          "than through breach of this Agreement, was already lawfully known to the "
          "recipient, or must be disclosed by law or by a regulator."),
    ("h", "5. Term"),
    ("p", "This Agreement lasts for [TWO] years from the date above, and the obligations of "
          "confidentiality survive for [THREE] years after it ends."),
    ("h", "6. Governing law"),
    ("p", "This Agreement is governed by the law of England and Wales."),
    ("p", "Signed for H&R: [NAME, TITLE]        Signed for the Counterparty: [NAME, TITLE]"),
])

add("regulatory-digest-april.md", "public legal/regulatory news digest", "text", """\
# Regulatory digest - April 2026

A monthly round-up from Legal & Compliance of public developments that may affect how we work. Nothing here is legal advice on a specific matter - if you think something affects your area, talk to the legal team.

## EU Pay Transparency Directive

Member states must transpose the directive by 7 June 2026. From then, job adverts in our EU offices will need to include the pay range, and employees will be able to request information about average pay levels by gender for people doing the same work. HR is updating the recruitment templates for Berlin, Lyon, Amsterdam, Madrid and Milan. Annual gender pay gap reporting starts later for companies of our size.

## EU AI Act

The obligations for general-purpose AI models already apply, and rules for high-risk systems follow in August 2026. Our use of AI assistants for drafting documents is not high-risk, but tools that screen job applicants would be. The AI use register on the intranet must be updated before any new AI tool is trialled.

## UK data protection reform

The Data (Use and Access) Act is being brought into force in stages. Changes include a clearer basis for legitimate interests in some cases and new rules on automated decision-making. Our privacy notices will be reviewed by the end of Q3.

## Late payment

The UK government has confirmed plans to strengthen late payment reporting for large companies. Our average payment time to suppliers last half-year was 31 days against 45-day terms.

## Upcoming dates

- 30 April: Modern slavery statement published on the website.
- 7 June: Pay transparency transposition deadline.
- 2 August: AI Act high-risk obligations (subject to any delay agreed at EU level).
""")

add("vpn-faq.txt", "VPN FAQ mentioning IP addresses and passwords abstractly", "text", """\
VPN - FREQUENTLY ASKED QUESTIONS
IT Service Desk knowledge article KB0017741, reviewed April 2026

Do I need the VPN?
Only for a few internal systems: the finance ERP, the reporting warehouse and some file shares. Microsoft 365, Teams and the intranet work without it.

How do I connect?
Open the VPN client from the system tray and click Connect. It signs you in with your normal work account and asks you to approve a prompt in the authenticator app. You never need to type a separate VPN password.

Why does it say my IP address is not allowed?
You're probably on a network that blocks VPN traffic, such as some hotel or guest Wi-Fi. Try your phone's hotspot. The VPN decides which address you get automatically - there is nothing to configure.

The VPN connects but websites are slow.
Disconnect when you don't need it. Video calls in particular are better without the VPN because Teams traffic goes directly to Microsoft.

I approved an MFA prompt I didn't start. What should I do?
Report it straight away through the "Report a security concern" button in the IT portal, then change your password. Someone may know your password; approving the prompt lets them in. From May, prompts will show a two-digit number to match, which makes this much harder.

Can I use the VPN on my personal computer?
No. The VPN only works on company-managed laptops.

Can I use a commercial VPN service instead?
No. Personal VPN services are not allowed on company laptops because they hide malicious traffic from our security tools.

Who do I contact if it still doesn't work?
Raise a ticket under Network > VPN in the IT portal and include a screenshot of any error message.
""")

add("fire-drill-notice.eml", "fire drill notice with role contacts", "eml", {
    "from": f"Health and Safety <healthandsafety@{DOMAIN}>",
    "to": f"All Leeds Staff <leeds-all@{DOMAIN}>",
    "subject": "Fire drill - Wednesday 22 April, morning",
    "date": "Fri, 17 Apr 2026 15:30:00 +0100",
    "body": """\
Hi everyone,

We'll be holding a fire drill at the Leeds office on Wednesday 22 April some time between 10:00 and 11:30. This is our first drill since the new fire doors were fitted on floor 2.

When the alarm sounds:
- Leave by the nearest fire exit. Don't use the lifts.
- Don't stop to collect belongings or finish calls.
- Go to the assembly point in the car park by the bike shelters and report to your floor's fire marshal (they'll be wearing yellow vests).
- Don't go back in until a fire marshal tells you it's safe.

If you have a mobility issue or any other reason you might need help evacuating and you haven't yet got a personal emergency evacuation plan, please contact the health and safety team this week so we can put one in place before the drill. These plans are kept confidential.

Visitors must be escorted out by their host, so please check your calendar that morning.

We'll time the evacuation and share the results afterwards. Last time it took 4 minutes 20 seconds; our target is under 4 minutes.

Thanks,
Health and Safety team
""",
})

add("town-hall-qa.vtt", "all-hands Q&A transcript about roadmap and office (no personal data)", "vtt", [
    ("Jonathan Reyes", "Right, we've got about ten minutes for questions. The first one from the Q&A board is about the office move. Will there be enough desks on floors three and four?"),
    ("Chloe Adams", "Yes. We're going from two hundred and ten desks to two hundred and forty, and we've kept the desk-booking app, so on Tuesdays and Wednesdays you'll need to book. Floor plans are on the intranet now."),
    ("Jonathan Reyes", "Next question: is Ledgerline 5 going to replace the 4.x line completely, and when?"),
    ("Hannah Lutz", "Eventually, yes. Version 4.12 is the last feature release for the 4.x line. We'll support it with security fixes until the end of 2027, and we're aiming to move ninety percent of customers to 5 within eighteen months."),
    ("Jonathan Reyes", "Someone's asked whether the hybrid working policy is changing. Short answer: no. Three days in the office is still the guideline, and teams can agree which days."),
    ("Sunita Varma", "There's a question about training for the new version. Are we getting it internally?"),
    ("Hannah Lutz", "We are. The Product Academy is running sessions in May, the schedule is on the learning portal, and there'll be recordings for anyone who can't make it."),
    ("Jonathan Reyes", "Last one. What are the priorities for the second half of the year? Three things: getting customers onto version 5, the carrier integrations in Atlas, and the customer summit in September. If your work doesn't connect to one of those, talk to your manager about whether it should still be on the list."),
    ("Jonathan Reyes", "Thanks everyone. The recording and the slides will be on the intranet this afternoon."),
])
