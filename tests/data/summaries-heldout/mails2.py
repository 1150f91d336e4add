"""HTML newsletter text and the specs (headers, facts) for the four .eml files."""

import mails

_STORY = """<tr><td style="padding:16px 24px;border-bottom:1px solid #d9e2ec;">
<h2 style="font-family:Georgia,serif;color:#0b4f6c;margin:0 0 8px 0;">{title}</h2>
{body}
</td></tr>"""

STORIES = [
    ("Atrium Caf&eacute; refurbishment",
     "<p>The Atrium Café will close from <strong>Monday 7 April to Friday 18 April</strong> "
     "while the kitchen and seating area are refurbished. During the closure a food truck in "
     "the north car park will serve hot food and drinks from 08:00 to 14:00. The café "
     "reopens on Tuesday 22 April, after the Easter bank holiday, with a new salad bar and "
     "longer opening hours.</p>"),
    ("New staff parking permits from 1 May",
     "<p>From <strong>1 May 2025</strong> everyone who parks at the Civic Centre will need a "
     "staff parking permit. Permits cost <strong>&pound;12 per month</strong>, taken through "
     "payroll, and can be applied for on the intranet until 22 April. Blue badge holders and "
     "staff working night shifts are exempt. Income from the scheme will pay for the new "
     "covered cycle store and the extension of the lunchtime shuttle bus to the railway "
     "station.</p>"),
    ("Three Bridges bike ride raises &pound;8,460",
     "<p>Thank you to the 64 colleagues who rode the 40-mile Three Bridges route on Saturday "
     "1 March. Together you raised <strong>£8,460</strong> for St Cuthbert's Hospice, beating "
     "last year's total by more than £2,000. Special mention to the waste services team, "
     "who rode the whole route on a tandem in high-visibility jackets.</p>"),
    ("Comings and goings",
     "<p>We welcome <strong>Olusegun Bakare</strong>, our new Director of Finance, who joins "
     "on 24 March from a neighbouring county council. We also say goodbye to Janet Rigby from "
     "the registrars' office, who retires at the end of March after 31 years of service; "
     "there will be cake in the Council Chamber foyer on 27 March at 15:00.</p>"),
    ("IT: enrol in LockBox by 30 April",
     "<p>The new LockBox password manager is now available to all staff. Everyone must "
     "enrol by <strong>30 April 2025</strong>. On 1 May the old shared password spreadsheets "
     "on the team drives will be deleted. Short enrolment sessions run every Tuesday and "
     "Thursday at 12:30 on Teams; the IT service desk can help on extension 2200.</p>"),
    ("Staff survey: last call",
     "<p>The annual staff survey closes on <strong>28 March</strong>. So far 41% of "
     "colleagues have responded, against our target of 65%. It takes about ten minutes and "
     "your answers are anonymous. Teams that reach 65% will be entered into a draw for a "
     "&pound;200 team lunch.</p>"),
]

NEWSLETTER_HTML = (
    "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">"
    "<title>The Riverside Roundup - March 2025</title></head>\n"
    "<body style=\"margin:0;background:#eef2f5;\">\n"
    "<table role=\"presentation\" width=\"640\" align=\"center\" cellpadding=\"0\" "
    "cellspacing=\"0\" style=\"background:#ffffff;font-family:Arial,sans-serif;"
    "font-size:15px;line-height:1.5;color:#243b53;\">\n"
    "<tr><td style=\"background:#0b4f6c;color:#ffffff;padding:20px 24px;\">"
    "<h1 style=\"margin:0;font-size:26px;\">The Riverside Roundup</h1>"
    "<p style=\"margin:4px 0 0 0;\">Staff news from Riverside Borough Council &mdash; "
    "March 2025</p></td></tr>\n"
    + "\n".join(_STORY.format(title=t, body=b) for t, b in STORIES)
    + "\n<tr><td style=\"padding:16px 24px;font-size:12px;color:#627d98;\">"
    "<p>The Riverside Roundup is published by Internal Communications. Send story ideas "
    "to <a href=\"mailto:news@riversidebc.example\">news@riversidebc.example</a>.</p>"
    "<p>You are receiving this because you are a member of staff at Riverside Borough "
    "Council. This email is not monitored for replies.</p></td></tr>\n"
    "</table>\n</body></html>\n"
)

SPECS = [
    {
        "file": "shipment_delay_thread.eml", "kind": "eml",
        "headers": {
            "From": "Laura Bennett <laura.bennett@tamarpumps.example>",
            "To": "Petr Dvorak <petr.dvorak@ostravacastings.example>",
            "Cc": "Mike Rowe <mike.rowe@tamarpumps.example>",
            "Subject": "RE: PO 45-88213 - delayed shipment of HX-220 pump housings",
            "Date": "Thu, 13 Mar 2025 10:14:00 +0000",
            "Message-ID": "<20250313101400.4471@tamarpumps.example>",
            "In-Reply-To": "<20250312173200.9120@ostravacastings.example>",
            "References": "<20250310090500.3318@tamarpumps.example> "
                          "<20250312173200.9120@ostravacastings.example>",
        },
        "body": mails.SHIPMENT_BODY, "subtype": "plain", "cte": "8bit",
        "facts": [
            {"id": "f1", "any": ["split shipment", "split delivery", "option 2"]},
            {"id": "f2", "any": ["27 March"]},
            {"id": "f3", "any": ["22 April"]},
            {"id": "f4", "any": ["porosity"]},
            {"id": "f5", "any": ["6,840", "5% credit", "2,910"]},
            {"id": "f6", "any": ["45-88213"]},
            {"id": "f7", "any": ["14 March", "order acknowledgement"]},
        ],
        "false": [
            {"id": "x1", "any": ["1,200 by air", "1,200 housings by air"],
             "why": "only 400 go by air; the balance of 800 goes by sea"},
            {"id": "x2", "any": ["Tamar Pumps will pay", "Tamar will pay"],
             "why": "the supplier, Ostrava Castings, pays the air freight"},
            {"id": "x3", "any": ["order cancelled", "shipment cancelled"],
             "why": "the order is not cancelled; a split shipment was agreed"},
        ],
        "checks": [],
    },
    {
        "file": "fwd_hr_equipment_allowance.eml", "kind": "eml",
        "headers": {
            "From": "Dan Mercer <dan.mercer@halcyoninsure.example>",
            "To": "Motor Claims Team <motor-claims@halcyoninsure.example>",
            "Subject": "Fwd: Clarification: home-working equipment allowance",
            "Date": "Wed, 12 Mar 2025 08:47:00 +0000",
            "Message-ID": "<20250312084700.7702@halcyoninsure.example>",
        },
        "body": mails.HR_BODY, "subtype": "plain", "cte": "8bit",
        "facts": [
            {"id": "f1", "any": ["£300"]},
            {"id": "f2", "any": ["three years", "3 years", "three-year", "3-year"]},
            {"id": "f3", "any": ["30 June"]},
            {"id": "f4", "any": ["DSE", "display screen"]},
            {"id": "f5", "any": ["MyHR"]},
            {"id": "f6", "any": ["£150", "31 March"]},
            {"id": "f7", "any": ["50%", "50 per cent"]},
        ],
        "false": [
            {"id": "x1", "any": ["covers broadband", "broadband is covered"],
             "why": "broadband is explicitly not covered"},
            {"id": "x2", "any": ["agency workers are eligible", "agency workers eligible"],
             "why": "agency workers and contractors are not eligible"},
            {"id": "x3", "any": ["31 July"],
             "why": "the first claim window closes on 30 June"},
        ],
        "checks": [],
    },
    {
        "file": "newsletter_march2025.eml", "kind": "eml",
        "headers": {
            "From": "Internal Communications <news@riversidebc.example>",
            "To": "All staff <all-staff@riversidebc.example>",
            "Subject": "The Riverside Roundup - March 2025",
            "Date": "Fri, 14 Mar 2025 07:30:00 +0000",
            "Message-ID": "<roundup-2025-03@riversidebc.example>",
        },
        "body": NEWSLETTER_HTML, "subtype": "html", "cte": "quoted-printable",
        "facts": [
            {"id": "f1", "any": ["7 April", "18 April", "Atrium"]},
            {"id": "f2", "any": ["£12", "parking permit"]},
            {"id": "f3", "any": ["8,460", "8460", "£8.5k"]},
            {"id": "f4", "any": ["LockBox", "30 April", "password manager"]},
            {"id": "f5", "any": ["Olusegun Bakare", "Bakare"]},
            {"id": "f6", "any": ["28 March", "staff survey"]},
        ],
        "false": [
            {"id": "x1", "any": ["£4,860", "4,860"],
             "why": "wrong amount; the bike ride raised £8,460"},
            {"id": "x2", "any": ["Director of HR", "HR Director"],
             "why": "Olusegun Bakare is the new Director of Finance"},
            {"id": "x3", "any": ["from 1 June"],
             "why": "parking permits start on 1 May"},
        ],
        "checks": [],
    },
    {
        "file": "audit_outstanding_items.eml", "kind": "eml",
        "headers": {
            "From": "Fiona McAllister <fiona.mcallister@hartleygrant.example>",
            "To": "Paul Ridgeway <paul.ridgeway@glenmoreoutdoor.example>",
            "Cc": "Anna Lindqvist <anna.lindqvist@glenmoreoutdoor.example>",
            "Subject": "Glenmore Outdoor FY2024/25 audit - outstanding items and timetable",
            "Date": "Mon, 17 Mar 2025 11:20:00 +0000",
            "Message-ID": "<20250317112000.5521@hartleygrant.example>",
        },
        "body": mails.AUDIT_BODY, "subtype": "plain", "cte": "8bit",
        "facts": [
            {"id": "f1", "any": ["4 April"]},
            {"id": "f2", "any": ["46,200", "Aviemore"]},
            {"id": "f3", "any": ["authority letter", "bank confirmation"]},
            {"id": "f4", "any": ["20 June"]},
            {"id": "f5", "any": ["31 July", "covenant", "facility agreement"]},
            {"id": "f6", "any": ["6,500", "£6.5k"]},
            {"id": "f7", "any": ["FRS 102", "Inverness", "lease schedule"]},
        ],
        "false": [
            {"id": "x1", "any": ["£64,200", "£42,600"],
             "why": "wrong stock difference; it is £46,200"},
            {"id": "x2", "any": ["£5,600", "£65,000"],
             "why": "wrong additional fee; it is £6,500"},
        ],
        "checks": [],
    },
]
