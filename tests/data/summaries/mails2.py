"""E-mails, part 2: budget approval, policy update, incident notice, hiring freeze, escalation."""
from mails import quote

LEXA_DISCLAIMER = (
    "Lexa Systems Ltd is registered in England and Wales (company no. 08812290). This message "
    "is confidential and may contain privileged information. If you are not the intended "
    "recipient, you must not copy, distribute or act on it; please tell the sender and delete it.")

BUDGET_LAUREN = """Hi Martin,

Ahead of the Q1 budget round, I'd like to request £310,000 of capital for IT infrastructure in Q1 2025, broken down as follows:

- Endpoint detection and response licences, renewal and expansion to 1,400 devices: £118,000
- Privileged access management tool (audit finding from March): £74,000
- Firewall replacement at the Bristol and Leeds offices: £58,000
- Core network switches at Leeds (end of support June 2025): £60,000

The first two items close findings from this year's external security audit, and our cyber insurer has made EDR coverage of all devices a condition of renewal in February. The firewalls are out of vendor support from April.

Happy to go through any of this.

Thanks,
Lauren

Lauren Bishop
Head of IT Operations, Lexa Systems
"""

BUDGET_TOM = """Martin,

I've checked Lauren's numbers against the Q1 capital plan. £310k would take IT to £45k over its Q1 allocation. The Leeds switches could move to Q2 without a support gap, as support ends in June. The other three items are either audit actions or insurance conditions.

Tom

Tom Abernethy | FP&A Analyst | Lexa Systems
"""

BUDGET_TOP = """Lauren,

Thanks for the clear breakdown, and thanks Tom for the review.

I'm approving £250,000 for Q1: the EDR licences, the privileged access management tool and the firewall replacements, as requested.

I'm deferring the £60,000 for the Leeds core switches to Q2. Please resubmit it in the Q2 round in April, when we'll have the H1 forecast. Support runs to June, so this shouldn't create a gap, but tell me straight away if that changes.

Two conditions:
1. Purchase orders for the approved items need to be raised by 31 January, or the money goes back into the central pot.
2. Please send Tom a short quarterly spend report against each item.

Martin

--
Martin Cho
Chief Financial Officer
Lexa Systems Ltd

""" + LEXA_DISCLAIMER + """

On Wed, 8 Jan 2025 at 14:20, Tom Abernethy <tom.abernethy@lexasystems.example> wrote:
""" + quote(BUDGET_TOM) + """
>
> On Tue, 7 Jan 2025 at 09:05, Lauren Bishop <lauren.bishop@lexasystems.example> wrote:
""" + quote(BUDGET_LAUREN, 2)

HYBRID = """Dear colleagues,

Following the consultation in the autumn, I am writing to confirm the changes to our hybrid working policy. Thank you to the 1,900 of you who completed the survey and to everyone who came to the listening sessions.

WHAT IS CHANGING

From Monday 3 March 2025, everyone on a hybrid contract will be expected to work from the office for a minimum of three days a week, up from the current guideline of two. Tuesday and Wednesday will be anchor days for the whole company, when we ask everyone to be in. Each team will choose its third day with its manager, and managers should confirm their team's day by 14 February.

Desk booking through the Deskly app will become mandatory at all offices from the same date, because the Manchester and Glasgow offices are now regularly over capacity on Tuesdays and Wednesdays. Unbooked desks will be released at 10:00 each day.

WHO IS NOT AFFECTED

Colleagues with an approved flexible working arrangement, including those with reduced office attendance for health or caring reasons, will continue on their current arrangement. Colleagues on home-based contracts are unaffected. If your circumstances have changed, you can apply for flexible working through the People portal at any time.

HOW ATTENDANCE WILL BE REVIEWED

We will use badge data to look at attendance at team and office level only, to plan space and facilities. It will be reported monthly to the leadership team in aggregate. Managers will discuss attendance with their teams as part of normal one-to-ones.

WHY WE ARE MAKING THIS CHANGE

In the survey, 64% of colleagues said they collaborate better in person, and new joiners told us they learn faster when their team is in the office together. At the same time, many of you value the flexibility of hybrid working, and the policy keeps two days a week for working from home.

NEXT STEPS

- Managers' briefing pack: available on the intranet from 10 February.
- Q&A sessions: 12 February at 12:00 and 18 February at 16:00 (Teams).
- Travel support: the season ticket loan scheme is being extended to cover a three-day-a-week pattern.

If you have any questions, please speak to your manager or your People partner.

Best wishes,

Rebecca Lyons
Chief People Officer
Halford & Keane Group

This email was sent to all UK employees of Halford & Keane Group plc and its subsidiaries. It is for internal use only and must not be forwarded outside the group. Halford & Keane Group plc, registered in England No. 03390117, 1 Exchange Square, Manchester M2 7HA.
"""

PAYMENTS_INITIAL = """MAJOR INCIDENT - INITIAL NOTIFICATION

Incident: INC-77310
Service: Online card payments (web and app checkout)
Start: 12 November 2024, 14:02
Status: Investigating
Impact: A large proportion of card payments on tillway.example and in the Tillway app are failing at checkout with "payment declined". In-store payments are not affected.

Our payment service provider, PayNorth, has confirmed that they are seeing errors. Next update by 15:00.

Tillway Service Desk
"""

PAYMENTS_TOP = """MAJOR INCIDENT - RESOLVED

Incident: INC-77310
Service: Online card payments (web and app checkout)
Start: 12 November 2024, 14:02
End: 12 November 2024, 16:16
Duration: 2 hours 14 minutes
Status: Resolved

WHAT HAPPENED
Between 14:02 and 16:16, 8,900 online card payment attempts failed. PayNorth, our payment service provider, has confirmed that the failures were caused by a configuration change on their side to fraud screening rules, which wrongly flagged a large share of card-not-present transactions. PayNorth rolled the change back at 16:09 and payments recovered fully by 16:16. No Tillway systems were changed during the incident and no card data was exposed.

IMPACT
- 8,900 failed payment attempts, affecting an estimated 6,300 customers.
- Orders worth about £410,000 were affected. Around 60% of that value has since been recovered, as customers retried successfully later in the afternoon or evening.
- Customer contact centre volumes were three times normal between 14:30 and 17:00.

NEXT STEPS
- PayNorth will provide a full root cause analysis by 19 November. Owner: Dan Whitlock, Incident Manager.
- Customers whose payment failed and who did not complete an order will receive an apology email with a 10% discount voucher, sent by 15 November. Owner: Customer Experience team.
- Payments Engineering will review whether Tillway's payment monitoring could have detected the problem faster; the first alert was raised 11 minutes after failures began.
- Commercial will assess whether the incident breaches PayNorth's service level agreement.

Dan Whitlock
Incident Manager, Tillway Retail

Tillway Retail Ltd. Internal communication. Registered office: Tillway House, 20 Mercer Road, Northampton NN3 6RX. Registered in England No. 05112876.

-----Original Message-----
From: Tillway Service Desk <servicedesk@tillway.example>
Sent: 12 November 2024 14:25
To: Major Incident Stakeholders <mi-stakeholders@tillway.example>
Subject: MAJOR INCIDENT: INC-77310 Online card payments failing

""" + quote(PAYMENTS_INITIAL)

FREEZE_CEO = """All,

As discussed at last week's leadership offsite, and given our first-half trading, we are introducing a freeze on all external hiring, effective today, until 31 March 2025.

The freeze covers new roles and backfills. The only automatic exemption is backfills for regulated roles where we must maintain minimum staffing by law, such as our pharmacists and registered managers. All other requests must go to the exceptions panel (Ngozi, Ian and me), which will meet fortnightly.

Offers already accepted will be honoured. Offers made but not yet accepted should be discussed with Ngozi before any further contact with the candidate.

I know this is difficult, and I am grateful for your support.

Carla

Carla Montague
Chief Executive
"""

FREEZE_TOP = """Dear all,

The exceptions panel met yesterday and considered the first ten requests. The outcomes are below. Six requests were approved and four were rejected.

Approved (6):
1. Compliance analyst, Risk (regulatory deadline for the consumer duty review)
2. Senior payroll officer, Finance (single point of failure since October)
3. Two warehouse team leaders, Daventry (peak season cover; fixed-term to 31 March)
4. Information security engineer, IT (condition of cyber insurance renewal)
5. Pharmacist, Leicester branch (regulated role, confirmed as exempt)
6. Customer service adviser, Welsh language (statutory Welsh-language service)

Rejected (4):
1. Marketing executive, Brand (can be covered by the agency retainer)
2. Data scientist, Pricing (to be reconsidered at the end of the freeze)
3. Office coordinator, Head Office (duties to be shared across the team)
4. Second HR business partner, Operations (to be covered by an interim arrangement)

Managers whose requests were rejected can ask the panel to reconsider if circumstances change materially. The next panel meeting is on 14 February; requests must reach me by 10 February. The freeze itself remains in place until 31 March 2025 and will be reviewed at the March leadership meeting.

Kind regards,
Ngozi

Ngozi Adebayo
HR Director
Pennant Health & Retail

This email is confidential and intended only for the named recipients. If you have received it in error, please notify the sender and delete it. Pennant Health & Retail Ltd, registered in England No. 07744021.

On Mon, 20 Jan 2025 at 08:30, Carla Montague <carla.montague@pennanthr.example> wrote:
""" + quote(FREEZE_CEO)

STLUKES_CUSTOMER = """Dear Mr Okoye,

I am writing to escalate the repeated failures of the Radian PACS imaging system at St Luke's University Hospital.

In the last two weeks there have been three unplanned outages: on 29 October (3 hours), 4 November (4.5 hours) and 8 November (2 hours), a total of 9.5 hours. During each outage clinicians could not view images on the wards or in the emergency department, and radiologists could not report. Our radiology reporting backlog now stands at 640 studies, including 85 urgent CT studies that have breached their reporting targets. We have had to divert two stroke patients to Kingsmead General.

Your contract commits Radian to 99.9% monthly availability. Our own monitoring shows availability of 98.6% in October, and November is already worse. Your support desk has treated each outage as a separate ticket and we have still not received an explanation of the cause.

We require:
1. A named senior engineer on site at St Luke's until the system is stable.
2. A written root cause analysis within five working days.
3. Service credits for October in accordance with Schedule 4 of the contract.
4. A weekly review call with Radian's senior management until further notice.

I have copied our Chief Executive and the Medical Director. If I do not receive a satisfactory response by Friday, I will escalate this to our legal team.

Yours sincerely,

Dr Rachel Osei
Director of Digital Services
St Luke's University Hospital NHS Foundation Trust

This e-mail and any attachments are confidential and may be legally privileged. If you are not the intended recipient, please notify the sender immediately and delete it. Any views or opinions expressed are solely those of the author and do not necessarily represent those of the Trust. St Luke's University Hospital NHS Foundation Trust monitors e-mail traffic for security purposes.
"""

STLUKES_TOP = """Dear Dr Osei,

Thank you for your email, and I am sorry. Three outages in two weeks on a system your clinicians depend on is not acceptable, and I understand the effect on patients and on your radiology team.

I have escalated this to our VP of Customer Operations, Helena Marsh, who is copied. We have agreed the following:

1. Senior engineer on site: Daniel Pryce, our principal PACS engineer, will be on site at St Luke's from Monday 18 November and will stay until the system has run for 30 days without an unplanned outage.
2. Root cause analysis: our initial finding is that all three outages started with failover problems on the database cluster after a storage firmware update on 28 October. We will send a full written root cause analysis by Friday 22 November.
3. Service credits: we accept that October availability was below the 99.9% commitment. We will apply the service credit under Schedule 4, which is 10% of the monthly service fee, £7,250, to your next invoice.
4. Weekly review: Helena and I will join a weekly call with you from next week. My assistant will propose times.

We will also provide two additional remote radiologist reporting licences free of charge for the next month to help clear the backlog of 640 studies.

Yours sincerely,

Samuel Okoye
Director of Customer Support, UK Health
Radian Health Systems Ltd
M: 07700 900812

Radian Health Systems Ltd, registered in England No. 09901234. This message contains confidential information and is intended only for the addressee.

On 11 Nov 2024, at 17:48, Rachel Osei <rachel.osei@stlukes.nhs.example> wrote:
""" + quote(STLUKES_CUSTOMER)

DOCS = [
    {
        "file": "thread_q1_budget_approval.eml",
        "date": "2025-01-09",
        "headers": [
            ("From", "Martin Cho <martin.cho@lexasystems.example>"),
            ("To", "Lauren Bishop <lauren.bishop@lexasystems.example>"),
            ("Cc", "Tom Abernethy <tom.abernethy@lexasystems.example>"),
            ("Subject", "Re: Q1 2025 IT capital request - £310k"),
            ("Date", "Thu, 09 Jan 2025 11:07:45 +0000"),
            ("Message-ID", "<CAF9q1budget.20250109110745@lexasystems.example>"),
            ("In-Reply-To", "<CAF9q1budget.20250108142000@lexasystems.example>"),
        ],
        "text": BUDGET_TOP,
        "facts": [
            {"id": "f1", "any": ["250,000", "250k"]},
            {"id": "f2", "any": ["310,000", "310k"]},
            {"id": "f3", "any": ["60,000", "60k"]},
            {"id": "f4", "any": ["Leeds", "switches"]},
            {"id": "f5", "any": ["31 January", "January 31", "31 Jan"]},
            {"id": "f6", "any": ["Q2", "April"]},
        ],
        "false": [
            {"id": "x1", "any": ["approved all £310", "£310,000 was approved", "approved £310", "approved the full £310"],
             "why": "only £250,000 of £310,000 was approved; £60,000 deferred"},
            {"id": "x2", "any": ["request rejected", "request was rejected", "declined the request", "rejected the request"],
             "why": "most of the request was approved"},
        ],
    },
    {
        "file": "policy_update_hybrid_working.eml",
        "date": "2025-01-27",
        "headers": [
            ("From", "Rebecca Lyons <rebecca.lyons@halfordkeane.example>"),
            ("To", "All UK Colleagues <all.uk@halfordkeane.example>"),
            ("Subject", "Hybrid working: changes from 3 March 2025"),
            ("Date", "Mon, 27 Jan 2025 09:00:00 +0000"),
            ("Message-ID", "<hybrid-policy-2025@halfordkeane.example>"),
        ],
        "text": HYBRID,
        "facts": [
            {"id": "f1", "any": ["3 March", "March 3"]},
            {"id": "f2", "any": ["three days", "3 days", "three office days"]},
            {"id": "f3", "any": ["Tuesday", "anchor day"]},
            {"id": "f4", "any": ["Deskly", "desk booking"]},
            {"id": "f5", "any": ["flexible working", "home-based", "unaffected", "not affected"]},
            {"id": "f6", "any": ["14 February", "team day", "third day"]},
        ],
        "false": [
            {"id": "x1", "any": ["five days a week", "fully remote", "four days a week", "4 days a week"],
             "why": "the minimum is three office days a week"},
            {"id": "x2", "any": ["desk booking is optional", "booking is optional", "booking remains optional"],
             "why": "desk booking becomes mandatory"},
        ],
    },
    {
        "file": "incident_notice_online_payments.eml",
        "date": "2024-11-12",
        "headers": [
            ("From", "Dan Whitlock <dan.whitlock@tillway.example>"),
            ("To", "Major Incident Stakeholders <mi-stakeholders@tillway.example>"),
            ("Subject", "RE: MAJOR INCIDENT: INC-77310 Online card payments failing - RESOLVED"),
            ("Date", "Tue, 12 Nov 2024 18:05:00 +0000"),
            ("Message-ID", "<INC77310.resolved@tillway.example>"),
            ("In-Reply-To", "<INC77310.initial@tillway.example>"),
        ],
        "text": PAYMENTS_TOP,
        "facts": [
            {"id": "f1", "any": ["2 hours 14", "2h 14m", "2h14", "134 minutes", "two hours"]},
            {"id": "f2", "any": ["8,900", "8900"]},
            {"id": "f3", "any": ["PayNorth"]},
            {"id": "f4", "any": ["19 November", "November 19"]},
            {"id": "f5", "any": ["410,000", "410k", "£410"]},
            {"id": "f6", "any": ["10%", "voucher"]},
            {"id": "f7", "any": ["resolved", "recovered"]},
        ],
        "false": [
            {"id": "x1", "any": ["still ongoing", "not yet resolved", "remains unresolved", "still investigating"],
             "why": "the incident is resolved"},
            {"id": "x2", "any": ["caused by Tillway", "Tillway's own change", "Tillway configuration change", "internal Tillway change"],
             "why": "cause was a PayNorth configuration change; no Tillway systems were changed"},
        ],
    },
    {
        "file": "thread_hiring_freeze_exceptions.eml",
        "date": "2025-01-31",
        "headers": [
            ("From", "Ngozi Adebayo <ngozi.adebayo@pennanthr.example>"),
            ("To", "Leadership Team <leadership@pennanthr.example>"),
            ("Subject", "Re: Hiring freeze until 31 March - exceptions panel outcomes"),
            ("Date", "Fri, 31 Jan 2025 15:20:00 +0000"),
            ("Message-ID", "<freeze-panel-1@pennanthr.example>"),
            ("In-Reply-To", "<freeze-announce@pennanthr.example>"),
        ],
        "text": FREEZE_TOP,
        "facts": [
            {"id": "f1", "any": ["31 March"]},
            {"id": "f2", "any": ["six were approved", "6 approved", "six approved", "six requests", "6 of 10", "six of the ten", "six of ten", "Approved (6)"]},
            {"id": "f3", "any": ["four were rejected", "4 rejected", "four rejected", "four requests", "Rejected (4)"]},
            {"id": "f4", "any": ["regulated"]},
            {"id": "f5", "any": ["14 February", "10 February"]},
            {"id": "f6", "any": ["compliance analyst", "information security", "pharmacist"]},
        ],
        "false": [
            {"id": "x1", "any": ["freeze lifted", "freeze has been lifted", "freeze ended", "freeze was lifted"],
             "why": "the freeze remains in place until 31 March 2025"},
            {"id": "x2", "any": ["all exceptions approved", "all ten approved", "all 10 approved", "all requests approved"],
             "why": "six approved, four rejected"},
        ],
    },
    {
        "file": "escalation_st_lukes_pacs.eml",
        "date": "2024-11-12",
        "headers": [
            ("From", "Samuel Okoye <samuel.okoye@radianhealth.example>"),
            ("To", "Rachel Osei <rachel.osei@stlukes.nhs.example>"),
            ("Cc", "Helena Marsh <helena.marsh@radianhealth.example>"),
            ("Subject", "RE: ESCALATION - repeated PACS outages at St Luke's"),
            ("Date", "Tue, 12 Nov 2024 12:31:00 +0000"),
            ("Message-ID", "<radian-esc-4471@radianhealth.example>"),
            ("In-Reply-To", "<stlukes-pacs-escalation@stlukes.nhs.example>"),
        ],
        "text": STLUKES_TOP,
        "facts": [
            {"id": "f1", "any": ["St Luke", "St. Luke"]},
            {"id": "f2", "any": ["three outages", "3 outages", "9.5 hours"]},
            {"id": "f3", "any": ["98.6%", "99.9%"]},
            {"id": "f4", "any": ["640"]},
            {"id": "f5", "any": ["7,250", "7.25k", "service credit"]},
            {"id": "f6", "any": ["22 November", "November 22"]},
            {"id": "f7", "any": ["18 November", "on site", "on-site", "Daniel Pryce"]},
        ],
        "false": [
            {"id": "x1", "any": ["SLA was met", "met the SLA", "availability target was met", "SLA was achieved"],
             "why": "October availability was 98.6% against a 99.9% commitment"},
            {"id": "x2", "any": ["a single outage", "only one outage", "one-off outage"],
             "why": "three outages in two weeks"},
        ],
    },
]
