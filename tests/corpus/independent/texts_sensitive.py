# ruff: noqa: E501  (document text reads best as one line per paragraph)
"""Sensitive documents for the independent corpus (all people and data fictional).

Each entry: file, why, kind (text/docx/xlsx/eml/vtt) and content. Company:
Halden & Rowe, offices in Leeds, Dublin, Berlin, Lyon, Amsterdam, Madrid,
Milan and Chicago.  Identifier values come from idgen (checksum-correct).
"""
import idgen as ID

DOMAIN = "haldenrowe.example"

SENSITIVE = []


def add(file, why, kind, content):
    SENSITIVE.append({"file": file, "sensitive": True, "why": why,
                      "kind": kind, "content": content})


# --------------------------------------------------------------------- HR
add("perf-review-q1-2026.docx", "hr: performance review", "docx", [
    ("title", "Performance Review 2025/26 - Confidential"),
    ("p", "Employee: Priya Natarajan (HR-20417)  |  Role: Senior Data Analyst, "
          "Finance Analytics  |  Reviewer: Daniel Okafor, Head of Analytics  |  "
          "Review period: 1 April 2025 - 31 March 2026  |  Meeting held: 9 April 2026"),
    ("h", "1. Summary"),
    ("p", "Priya has had an uneven year. The first half was strong: she rebuilt the "
          "month-end variance model almost single-handedly and the finance business "
          "partners now rely on it for every close. From September onwards her delivery "
          "slipped noticeably. Two board-pack deliverables were late (October and "
          "December), and she missed three of the Tuesday calls with the Brightwater "
          "account team without letting anyone know in advance. When we discussed this "
          "in November Priya told me in confidence that she had been caring for her "
          "father through his final illness, and he died in early December. I have taken "
          "that into account in the overall rating and have not treated the missed calls "
          "as a conduct matter."),
    ("h", "2. Objectives"),
    ("table", [["Objective", "Outcome", "Rating"],
               ["Rebuild month-end variance model", "Delivered in July, adopted by all six business partners", "4 - Exceeds"],
               ["Board-pack analytics on time every month", "Late twice (Oct, Dec); quality stayed high", "2 - Partly meets"],
               ["Mentor one junior analyst", "Regular sessions with Callum until October, then lapsed", "3 - Meets"],
               ["Complete SQL Server certification", "Not started", "1 - Not met"]]),
    ("h", "3. Strengths"),
    ("p", "Technically the strongest analyst in the team. Her documentation is the "
          "model the rest of us should follow, and stakeholders trust her numbers."),
    ("h", "4. Development areas"),
    ("p", "Flagging early when a deadline is at risk. In both late months I found out "
          "on the due date. I would rather know a week ahead and move the work."),
    ("h", "5. Overall rating and pay recommendation"),
    ("p", "Overall rating: 3 - Meets expectations (agreed at the Finance calibration "
          "session on 26 March). I am recommending a merit increase of 3.5%, taking "
          "base salary from GBP 58,400 to GBP 60,444 from 1 July 2026. Priya is not "
          "being put forward for promotion to Lead Analyst this cycle; we agreed to "
          "revisit that at mid-year if the board packs land on time. No performance "
          "improvement plan is required."),
    ("h", "6. Employee comments"),
    ("p", "\"I accept the feedback about the board packs but I think objective 2 should "
          "be a 3. The October delay was caused by the late ledger extract from Dublin, "
          "which is documented in INC0031877.\" - P. Natarajan"),
    ("p", "Signed: Daniel Okafor (reviewer) 9 April 2026 / Priya Natarajan (employee) 10 April 2026"),
])

add("hearing-2026-03-12.vtt", "hr: disciplinary hearing and grievance transcript", "vtt", [
    ("Graham Pike", "Okay, it's ten past two, I think everyone's here. For the recording, this is the disciplinary hearing for Tom Brennan, warehouse operative at the Wakefield site. I'm Graham Pike and I'm chairing. Anna is here from HR to take notes, and Tom has Leila Haddad with him as his union rep."),
    ("Anna Schmidt", "Thanks Graham. Tom, just to confirm, you got the invitation letter and the investigation pack on the fourth, including the three witness statements and the CCTV still?"),
    ("Tom Brennan", "Yeah, I got it. I've read it."),
    ("Graham Pike", "The allegation is that on the twenty-fourth of February, on the loading bay, you shouted and swore at your supervisor, Kevin Marsh, and threw a scanner that hit the racking about a metre from where he was standing. Potentially that's gross misconduct under the policy. Do you want to tell us what happened?"),
    ("Tom Brennan", "I'm not denying I lost my temper. I did shout. But I didn't throw it at him, I threw it down on the pallet and it bounced. And you have to look at why. Kevin has been on my back for months. He calls me lazy in front of the lads, and he gave me every late shift in January after I put in the holiday request for my daughter's operation."),
    ("Leila Haddad", "Graham, I want it noted that Tom raised a formal grievance about Kevin's behaviour on the second of February, three weeks before this, and as far as we know nobody has investigated it. We'd ask that the grievance is heard before any sanction is decided."),
    ("Anna Schmidt", "That's fair. I can confirm the grievance was received. It was logged but it hasn't been assigned to an investigator yet, which is on us."),
    ("Graham Pike", "Tom, any previous warnings?"),
    ("Tom Brennan", "No. Eleven years here, never had a warning."),
    ("Graham Pike", "Alright. The statement from Jodie Price says she heard you say, and I'll quote it, touch my shifts again and see what happens. Did you say that?"),
    ("Tom Brennan", "I might have said something like that. I wasn't threatening him. I'd been up all night at the hospital with my daughter."),
    ("Leila Haddad", "Tom's been under real pressure at home and he's been seeing his GP about stress since December. He's willing to see occupational health if that helps."),
    ("Graham Pike", "Okay. I'm going to adjourn there. I can't make a fair decision until the grievance against Kevin has been looked at, so Anna, can you get someone independent from the Leeds site to pick that up this week? Tom, you stay on normal duties but on days, reporting to Sunita rather than Kevin, until we reconvene. I'd expect that within fifteen working days."),
    ("Anna Schmidt", "I'll confirm today's outcome in writing by Friday with a copy of these notes. And Tom, the employee assistance line is there if you want to talk to someone."),
    ("Tom Brennan", "Thanks."),
])

add("letter-mkell-0417.docx", "hr: termination letter; uk address; uk NI number", "docx", [
    ("p", "PRIVATE AND CONFIDENTIAL - ADDRESSEE ONLY"),
    ("p", "Mr Marcus Kell\n14 Harcourt Road\nLeeds\nLS6 3HB"),
    ("p", "17 April 2026"),
    ("p", "Dear Marcus,"),
    ("h", "Termination of your employment"),
    ("p", "I am writing to confirm the outcome of the capability hearing held on 15 April "
          "2026, which you attended with your colleague Adam Fairbairn. As I explained at "
          "the hearing, I have decided to terminate your employment with Halden & Rowe Ltd "
          "on the grounds of capability."),
    ("p", "This decision follows the performance improvement plan that began on 6 January "
          "2026 and the review meetings of 3 February and 10 March. Over that period the "
          "accuracy of your stock reconciliations stayed below the 98% standard set out in "
          "the plan (your average was 91.4%), and the two customer credit notes issued in "
          "error in March led to a loss of around GBP 7,200. I took into account the extra "
          "training given in January and your explanation that you found the new ERP "
          "screens difficult, but I was not satisfied that further time would bring the "
          "required improvement."),
    ("p", "You are entitled to four weeks' notice. You will not be asked to work it and "
          "will instead receive a payment in lieu of notice, so your employment ends today, "
          "17 April 2026. Your final salary, the payment in lieu and 6.5 days of accrued "
          "holiday will be paid on 30 April into your usual account. Your P45 will follow "
          f"by post to the address above. It will show your National Insurance number as "
          f"{ID.UK_NINO}, so please tell payroll straight away if that is wrong."),
    ("p", "Please return your laptop, building pass and fuel card to reception at "
          "Wellington Place by 24 April 2026."),
    ("h", "Right of appeal"),
    ("p", "You may appeal against this decision. If you wish to, please write to Catherine "
          "Doyle, HR Director, within seven calendar days of receiving this letter, setting "
          "out your grounds. You may be accompanied at the appeal meeting by a colleague or "
          "trade union representative."),
    ("p", "Yours sincerely,\n\nJonathan Reyes\nOperations Manager, Leeds"),
])

add("absence-jvandijk.txt", "hr/health: sick-leave note with diagnosis", "text", """\
From: Jorrit van Dijk
Sent: Monday 13 April 2026 07:42
To: Marloes Bakker
Subject: off sick - back

Hi Marloes,

Bad news I'm afraid. I saw the huisarts on Saturday because the pain in my lower back has gone down into my left leg, and she thinks it's a herniated disc (L5/S1). She's referred me to a physio and I'm on naproxen plus something stronger for the nights. She doesn't want me sitting at a desk for at least two weeks, so I won't be in before Monday 27 April at the earliest.

Could you just tell the team I'm off sick and not go into detail? I'd rather people didn't know.

I've handed the sprint review to Nick and moved my open tickets over in Jira.

Jorrit

----------------------------------------------------------------
Note added by Marloes Bakker (manager) for the HR file, 13-04-2026

First day of absence: 13-04-2026, reported by email before 09:00 as required. Expected return 27-04-2026, not confirmed.
This is Jorrit's third period of sickness absence in the last 12 months (Sept 2025 - 4 days, migraine; Jan 2026 - 2 days, flu).
I have notified the Arbodienst and a first consultation with the bedrijfsarts is booked for Tuesday 21 April at 10:30.
Please make sure the diagnosis above is NOT passed on to the Arbodienst by us - Jorrit can share it himself if he wants to.
Salary continues at 100% for now.
""")

_COMP = [
    ("E1042", "Sarah Whitfield", "Finance", "G7", 72500, 6800, "4", 5.0),
    ("E1107", "Daniel Okafor", "Analytics", "G8", 88000, 9500, "3", 3.0),
    ("E1133", "Priya Natarajan", "Analytics", "G6", 58400, 3100, "3", 3.5),
    ("E1161", "Callum Reid", "Analytics", "G4", 34200, 900, "3", 4.0),
    ("E1188", "Hannah Lutz", "Product", "G6", 61000, 3600, "4", 5.5),
    ("E1204", "Owen Price", "Customer Success", "G5", 44750, 1200, "-", 0.0),
    ("E1219", "Fiona Gallagher", "Customer Success", "G7", 69800, 5200, "3", 3.0),
    ("E1236", "Marcus Kell", "Operations", "G4", 31900, 0, "1", 0.0),
    ("E1250", "Dorota Kowalski", "Operations", "G5", 41300, 1500, "3", 3.0),
    ("E1277", "Jonathan Reyes", "Operations", "G8", 91200, 11000, "4", 4.5),
    ("E1301", "Leila Haddad", "Warehouse", "G3", 27600, 400, "3", 3.0),
    ("E1315", "Kevin Marsh", "Warehouse", "G4", 33400, 700, "2", 1.5),
]
add("comp-review-fy26.xlsx", "hr: salary and bonus table of named employees", "xlsx", [
    ("FY26 proposals",
     [["Employee ID", "Name", "Department", "Grade", "Base salary (GBP)", "FY25 bonus (GBP)",
       "Rating", "Proposed increase %", "Proposed salary (GBP)"]] +
     [[e, n, d, g, s, b, r, p, round(s * (1 + p / 100))] for e, n, d, g, s, b, r, p in _COMP]),
    ("Notes", [
        ["Confidential - Remuneration Committee pack, meeting of 22 April 2026"],
        ["Merit budget is 4.0% of eligible payroll; current proposals come to 3.2%, leaving headroom for the two retention cases."],
        ["Owen Price: no rating this year because of long-term sickness absence (Oct-Jan); increase deferred to the September review."],
        ["Marcus Kell: employment ended 17 April 2026 - exclude from final totals."],
        ["Any increase above 6% needs CFO sign-off. Please do not forward this file outside the committee."],
    ]),
])

_PEOPLE = [
    ("Sarah Whitfield", "12/03/1981", "27 Moorland Avenue", "Leeds", "LS6 1AT", "07700 900418", "James Whitfield", "Husband", "07700 900419"),
    ("Callum Reid", "29/10/1998", "Flat 5, 61 Hyde Park Road", "Leeds", "LS6 1PY", "07700 900502", "Morag Reid", "Mother", "01632 960271"),
    ("Dorota Kowalski", "17/11/1979", "8 Ashgrove Close", "Wakefield", "WF2 7QB", "07700 900377", "Piotr Kowalski", "Brother", "07700 900378"),
    ("Tom Brennan", "04/06/1974", "112 Dewsbury Road", "Wakefield", "WF2 9BS", "07700 900650", "Claire Brennan", "Wife", "07700 900651"),
    ("Leila Haddad", "21/01/1990", "3 Chapel Street", "Ossett", "WF5 8AJ", "07700 900233", "Samir Haddad", "Father", "01632 960845"),
    ("Kevin Marsh", "08/08/1983", "45 Bradford Road", "Batley", "WF17 5PW", "07700 900712", "Lisa Marsh", "Partner", "07700 900713"),
    ("Jodie Price", "15/05/1995", "19 Westfield Grove", "Wakefield", "WF1 3RP", "07700 900188", "Ann Price", "Mother", "07700 900189"),
    ("Graham Pike", "30/12/1969", "The Old Forge, Main Street", "Bramham", "LS23 6QA", "07700 900904", "Helen Pike", "Wife", "07700 900905"),
]
add("site-contacts-export.xlsx", "hr: dates of birth and home addresses of named staff", "xlsx", [
    ("Wakefield + Leeds",
     [["Employee", "Date of birth", "Home address", "Town/City", "Postcode", "Personal mobile",
       "Emergency contact", "Relationship", "Emergency phone"]] + [list(p) for p in _PEOPLE]),
    ("About this export", [
        ["Exported from PeopleHub on 14/04/2026 by Anna Schmidt for the fire warden grab-packs at Wakefield and the Leeds office."],
        ["Keep one printed copy in the sealed grab-pack at each site. Shred the old 2025 copies and delete this file once the packs have been updated."],
        ["Dates of birth are included because the ambulance service asked for them after the February incident."],
    ]),
])

add("calibration-scores-h2.docx", "hr: appraisal scores and grades per named person", "docx", [
    ("title", "Operations calibration - H2 2025/26 appraisal scores"),
    ("p", "Calibration session held 26 March 2026 (Jonathan Reyes, Graham Pike, Fiona "
          "Gallagher, Anna Schmidt for HR). Scores below are post-calibration and are the "
          "ones to be loaded into PeopleHub. Distribution target was roughly 15% / 70% / "
          "15%; we landed at 2 / 7 / 2 across the eleven people in scope."),
    ("table", [["Name", "Team", "Objectives (1-5)", "Behaviours (1-5)", "Overall grade", "Calibration note"],
               ["Jonathan Reyes", "Ops leadership", "4.5", "4.0", "A - Exceptional", "Succession candidate for Ops Director"],
               ["Dorota Kowalski", "Warehouse", "3.5", "4.0", "B - Strong", "Absence this year not held against objectives"],
               ["Kevin Marsh", "Warehouse", "3.0", "2.0", "C - Developing", "Behaviours lowered pending grievance outcome"],
               ["Tom Brennan", "Warehouse", "3.0", "2.5", "C - Developing", "Disciplinary open - grade to be reviewed"],
               ["Leila Haddad", "Warehouse", "3.5", "3.5", "B - Strong", ""],
               ["Jodie Price", "Warehouse", "4.0", "4.0", "B - Strong", "Ready for team leader role"],
               ["Marcus Kell", "Stock control", "1.5", "2.5", "D - Below", "PIP failed; exited 17/04"],
               ["Sunita Varma", "Stock control", "4.5", "4.5", "A - Exceptional", "Promote to G6 in July"],
               ["Adam Fairbairn", "Stock control", "3.0", "3.5", "B - Strong", ""],
               ["Owen Price", "Customer Success", "-", "-", "Not rated", "Long-term sick Oct-Jan; deferred"],
               ["Fiona Gallagher", "Customer Success", "3.5", "4.0", "B - Strong", ""]]),
    ("p", "Actions: HR to load grades by 3 April; managers to hold feedback conversations "
          "before 17 April. Grades for Kevin and Tom are provisional and must not be shared "
          "with either of them until the hearing and grievance are concluded."),
])

add("rtw-meeting-owen.vtt", "health/hr: return-to-work meeting, mental health", "vtt", [
    ("Fiona Gallagher", "Hi Owen, good to see you. Thanks for coming in. This is just the return to work chat, nothing formal. Anna's joined from HR so we can sort the phased return properly."),
    ("Owen Price", "Hi both. Yeah, it's a bit strange being back after three months but it's good."),
    ("Anna Schmidt", "Take your time. Owen, your fit notes said depression and anxiety, and the last one from your GP recommends a phased return. Is it okay if we talk through what would help?"),
    ("Owen Price", "Sure. So I've been on sertraline since November, the dose went up in January and that's when things started to get better. I'm also seeing a counsellor every Thursday afternoon through the EAP, the six sessions, and I've got three left."),
    ("Fiona Gallagher", "Thursday afternoons are fine. We'll just block them in your calendar as unavailable, nobody needs to know why."),
    ("Owen Price", "Thanks. The main thing is I'd rather not go straight back onto the escalations queue. That's a lot of what tipped me over, the angry calls all day."),
    ("Anna Schmidt", "That makes sense. What we'd suggest is four weeks: first two weeks three days a week, mornings only, on the knowledge base project with no customer calls. Weeks three and four, four days, and you pick up a small set of accounts rather than the queue. Full pay throughout."),
    ("Owen Price", "That sounds good, honestly."),
    ("Fiona Gallagher", "And I'll check in with you every Monday. If anything feels too much you tell me and we slow it down. We'll also do an occupational health referral so they can advise on anything longer term."),
    ("Owen Price", "Okay. Can I ask what the team's been told?"),
    ("Fiona Gallagher", "Only that you were off sick and you're coming back on a phased return. Nothing else, and that stays the case unless you want to share more."),
    ("Owen Price", "Thanks, I appreciate that."),
])

# ----------------------------------------------------------------- health
add("oh-referral-dkowalski.docx", "health: occupational health referral with DOB", "docx", [
    ("title", "Occupational Health Referral"),
    ("p", "Referring manager: Graham Pike, Site Manager, Wakefield DC\n"
          "Employee: Dorota Kowalski, Warehouse Team Leader (nights)\n"
          "DOB 17/11/1979   Employee no. E1250\n"
          "Date of referral: 8 April 2026   Urgency: routine (within 4 weeks)"),
    ("h", "Reason for referral"),
    ("p", "Dorota has had five periods of absence since September 2025 totalling 23 days. "
          "She has told me that she was diagnosed with rheumatoid arthritis in January after "
          "months of joint pain and swelling in her hands and knees, and that she started "
          "methotrexate in February. She also continues to get migraines, which she links to "
          "the night shift pattern. She is keen to stay in her role and has not asked to "
          "reduce her hours, but on bad days she finds the walking distances on the mezzanine "
          "and the use of the handheld scanners very painful."),
    ("h", "Questions for the occupational health adviser"),
    ("bullets", [
        "Is Dorota fit to continue working night shifts, and if not, what pattern would you recommend?",
        "Are there adjustments to equipment (e.g. lighter scanners, ergonomic grips) or duties that would help?",
        "Is the condition likely to be considered a disability under the Equality Act 2010?",
        "Is any further absence likely, for example for infusions or hospital appointments?",
        "Does the medication have side effects we should take into account for forklift authorisation?",
    ]),
    ("h", "Employee consent"),
    ("p", "I have discussed this referral with Dorota and she has seen the content of this "
          "form. She consents to the referral and to the report being shared with me and "
          "with HR (Anna Schmidt). She has asked to see the report before it is released."),
    ("p", "Signed: G. Pike        Employee signature: D. Kowalski        Date: 08/04/2026"),
])

add("adjustments-request.eml", "health: accommodation request naming a condition", "eml", {
    "from": f"Hannah Lutz <h.lutz@{DOMAIN}>",
    "to": f"People Team <people@{DOMAIN}>",
    "cc": f"Rui Carvalho <r.carvalho@{DOMAIN}>",
    "subject": "Request for workplace adjustments",
    "date": "Wed, 08 Apr 2026 16:05:00 +0100",
    "body": """\
Hi People team,

I'd like to make a formal request for some workplace adjustments, and Rui (my manager) is copied as we've already talked about it informally.

In January I was diagnosed with ADHD by a consultant psychiatrist at the Leeds adult ADHD service, after a long wait. I've also had generalised anxiety disorder for several years, which is managed but gets worse when I'm overloaded. I started medication (lisdexamfetamine) in February and I'm still in the titration phase, so some days are better than others.

What would help most:

1. Noise-cancelling headphones and a regular desk in the quiet zone on the 4th floor rather than hot-desking near the kitchen.
2. Agendas sent before meetings and written actions after them. I lose verbal instructions very easily.
3. A flexible start between 8:00 and 10:00 while the medication dose is being adjusted, as mornings are hard.
4. Being able to block two hours of focus time each afternoon without it being overridden.

I've started an Access to Work application and they may contact you for a workplace assessment. I'm happy to share the psychiatrist's letter with Occupational Health but would prefer it doesn't go on my general HR file.

Please could you keep this between HR, Rui and OH? I haven't told the wider team and I'm not ready to yet.

Thanks,
Hannah
""",
})

# ------------------------------------------------------------------ legal
add("advice-brightwater-claim.docx", "legal: privileged advice on a dispute", "docx", [
    ("p", "PRIVILEGED & CONFIDENTIAL - LEGAL ADVICE - PREPARED IN CONTEMPLATION OF LITIGATION"),
    ("title", "Brightwater Logistics Ltd v Halden & Rowe Ltd - preliminary advice"),
    ("p", "To: Nadia Sheikh, General Counsel\nFrom: Carrow Lane LLP (E. Marston, partner)\nDate: 10 April 2026"),
    ("h", "1. Background"),
    ("p", "Brightwater's solicitors sent a letter before claim on 27 March 2026 alleging "
          "repeated breaches of the service levels in schedule 4 of the Master Services "
          "Agreement dated 1 June 2023, and claiming GBP 1.38m in lost revenue and "
          "re-procurement costs. They say the outages of 14 and 21 January 2026 caused "
          "them to miss carrier cut-offs for around 11,000 parcels."),
    ("h", "2. Our assessment"),
    ("p", "In our view the limitation of liability in clause 17.2 (capped at 12 months' "
          "fees, approximately GBP 410,000) is likely to be upheld, and the exclusion of "
          "loss of profit in clause 17.4 is clearly drafted. We put the prospects of "
          "limiting any liability to the cap at 60-65%. The main weakness is the email "
          "from your account manager, Steve Hollis, of 22 January in which he wrote that "
          "'we know the platform wasn't ready and we pushed it anyway'. Brightwater will "
          "argue that this supports deliberate default and takes the matter outside the "
          "cap. We do not think that argument is strong, but it will make settlement more "
          "expensive if disclosed."),
    ("h", "3. Recommendations"),
    ("bullets", [
        "Issue a litigation hold today covering the account team, the platform engineering team and the January incident records.",
        "Do not discuss the outages with Brightwater outside the formal correspondence; all contact should go through us.",
        "Respond to the letter before claim by 24 April, denying liability above the cap but proposing mediation.",
        "Authority to settle: in our view a settlement in the range GBP 250,000 - 320,000 would represent good value compared with the cost and risk of proceedings.",
    ]),
    ("p", "This advice is given to Halden & Rowe Ltd for the purpose of the dispute and "
          "should not be forwarded outside the legal team and the executive committee, "
          "as doing so may waive privilege."),
])

add("settlement-okonjo-notes.md", "legal: settlement negotiation with ex-employee", "text", """\
# WITHOUT PREJUDICE - Okonjo v Halden & Rowe (ET case 6001873/2026)

*Internal notes - Legal & HR only. Do not save to the shared HR drive.*

**Call with claimant's solicitors (Pryor Whitcombe), 15 April 2026, 11:00**
Present: Nadia Sheikh (GC), Catherine Doyle (HR Director); for the claimant, Joel Pryor.

## Where we are

Rachel Okonjo (former Regional Sales Manager, dismissed 6 December 2025) has brought claims for unfair dismissal and sex discrimination, including a pregnancy-related allegation about the way her role was restructured while she was on maternity leave. ACAS early conciliation closed on 2 March. Preliminary hearing listed for 9 June 2026.

Our counsel's view (see separate advice) is that the unfair dismissal claim is defensible on process, but the discrimination claim carries real risk because the restructure paper was drafted while she was on leave and the two male RSMs were not consulted in the same way. Uncapped compensation exposure in the worst case is estimated at GBP 120,000-150,000 plus costs.

## Offer made today

- GBP 42,500 as compensation for loss of office, paid within 14 days of signature (first GBP 30,000 tax-free).
- Agreed reference in the form attached to the draft settlement agreement.
- Contribution of GBP 750 + VAT to her legal costs.
- Mutual non-disparagement; confidentiality clause limited so it does not prevent disclosures to regulators or the police.

Joel Pryor said his client would "not get out of bed for less than 70" and wants an apology letter from the CEO. He accepted that 70 was an opening position.

## Authority and next steps

- Board authority obtained up to **GBP 55,000** plus the reference. No apology letter.
- Next call Tuesday 21 April. Nadia to move to GBP 48,000 if they come down below 60.
- Catherine to check whether Rachel's company car allowance for December was paid (she says it wasn't).
""")

# --------------------------------------------- international personal data
add("new-address-sheffield.eml", "uk address and mobile number", "eml", {
    "from": f"Callum Reid <c.reid@{DOMAIN}>",
    "to": f"HR Helpdesk <hrhelp@{DOMAIN}>",
    "subject": "Change of address from 1 May",
    "date": "Thu, 16 Apr 2026 12:31:00 +0100",
    "body": """\
Hi,

I'm moving at the end of the month and wanted to get my details updated before payroll closes. From Friday 1 May my address will be:

Flat 2
37 Clarendon Road
Sheffield
S10 3TQ

My mobile stays the same (07700 900123) but I no longer have a landline, so please remove the old 0113 number from my record.

Can you also change my emergency contact? It should now be my partner, Ellie Sutton, on 07700 900587, instead of my mum.

I'll still be working from the Leeds office three days a week, so no change to my contract location as far as I know. Let me know if you need proof of address for anything.

Thanks,
Callum
""",
})

add("address-update-dublin.eml", "ireland address with eircode; irish PPS number", "eml", {
    "from": f"Aoife Brennan <a.brennan@{DOMAIN}>",
    "to": f"Payroll Ireland <payroll.ie@{DOMAIN}>",
    "subject": "Re: please confirm your details for the Revenue update",
    "date": "Tue, 14 Apr 2026 09:47:00 +0100",
    "body": f"""\
Hi Declan,

Sorry for the slow reply, I was on leave last week. Here are the updated details:

New address (since 28 March):
Apartment 12, The Granary
Hanover Quay
Dublin 2
D02 VK60

Mobile: +353 87 412 6638
PPS number: {ID.IE_PPSN} (unchanged, but you asked me to confirm it for the RPN)

The old address in Rathmines can be removed. I've updated it with Revenue myself through myAccount, so the next Revenue Payroll Notification should pick it up.

One more thing: my bank is changing from AIB to Revolut from the May payroll. I'll send the new details through the secure form rather than email.

Thanks,
Aoife

> On 6 Apr 2026, at 10:02, Payroll Ireland wrote:
> Hi Aoife, we've had post returned from your Rathmines address. Could you
> confirm your current address and PPS number so we can update your record
> before the April run? Thanks, Declan
""",
})

add("umzug-anschrift.eml", "germany address, phone numbers, Steuer-ID", "eml", {
    "from": f"Jonas Hartmann <j.hartmann@{DOMAIN}>",
    "to": f"Personalabteilung Berlin <personal.berlin@{DOMAIN}>",
    "subject": "Neue Anschrift und Lohnsteuerdaten ab Mai",
    "date": "Mon, 13 Apr 2026 08:15:00 +0200",
    "body": f"""\
Hallo Frau Neumann,

wie gestern kurz besprochen, hier meine neuen Daten für die Personalakte und die Lohnabrechnung:

Neue Anschrift ab 1. Mai 2026:
Lindenstraße 42, 3. OG links
10969 Berlin

Telefon privat: 030 6142 8837
Mobil: +49 151 2384 5567

Meine steuerliche Identifikationsnummer bleibt gleich ({ID.DE_STEUER_ID}), aber durch die Heirat wechsle ich ab Juni in die Steuerklasse III. Die Heiratsurkunde reiche ich nach, sobald ich sie vom Standesamt Friedrichshain-Kreuzberg habe.

Außerdem wechsle ich die Krankenkasse von der AOK Nordost zur Techniker Krankenkasse. Die Mitgliedsbescheinigung sollte Ihnen direkt zugehen.

Bitte die alte Adresse in der Wrangelstraße ab Mai nicht mehr für Post verwenden.

Vielen Dank und viele Grüße
Jonas Hartmann
Team Logistik Berlin
""",
})

add("changement-adresse-lyon.eml", "france address, phone, NIR, DOB (né le)", "eml", {
    "from": f"Thomas Girard <t.girard@{DOMAIN}>",
    "to": f"RH Lyon <rh.lyon@{DOMAIN}>",
    "subject": "Changement d'adresse et affiliation mutuelle",
    "date": "Fri, 10 Apr 2026 14:22:00 +0200",
    "cte": "quoted-printable",
    "body": f"""\
Bonjour Camille,

Suite à mon déménagement, voici mes nouvelles coordonnées à mettre à jour dans le dossier du personnel :

12 rue des Lilas
69003 Lyon

Portable : 06 12 34 56 78
Fixe : 04 78 62 19 05

Pour l'affiliation de ma compagne à la mutuelle, l'organisme me demande de vous transmettre mon numéro de sécurité sociale : {ID.FR_NIR}. Je suis né le 3 juillet 1985 à Lyon, si jamais ils ont besoin de vérifier.

Ma compagne, Élodie Marchand, sera ayant droit à partir du 1er mai. Je vous envoie son attestation de droits Ameli par le portail RH plutôt que par mail.

Merci beaucoup et bonne fin de semaine,
Thomas Girard
Service Client - site de Lyon
""",
})

add("adreswijziging-sdevries.txt", "netherlands postcode address, BSN", "text", f"""\
HR helpdesk - ticket HRS-20931
Category: Personal details / address change
Opened: 09-04-2026 10:14 by Sanne de Vries (Amsterdam, Finance)
Assigned: Marloes Bakker

Request (from employee):
"Hi, I moved last weekend. Could you update my address? New address: Van Woustraat 118-2, 1073 LV Amsterdam. My phone number stays 06 4182 7395. The municipality has already registered me (BRP), so the Belastingdienst should have it too. Thanks!"

Agent notes:
- Checked new address against the BRP extract the employee uploaded (uittreksel dated 07-04-2026). Matches.
- Verified identity on Teams video with her passport before making changes.
- BSN {ID.NL_BSN} confirmed against the copy of the ID on file. No change needed for loonheffing.
- Travel allowance recalculated: new commute is 6.1 km (was 14.8 km from Diemen), so the monthly reiskostenvergoeding drops from EUR 118.40 to EUR 48.80 from May.
- Old address (Arent Krijtsstraat, Diemen) archived.

Resolution: Address and commuting distance updated in AFAS. Employee informed by email 09-04-2026 15:02. Ticket closed.
""")

add("onboarding-madrid-barcelona.docx", "spain addresses, DNI and NIE of new hires", "docx", [
    ("title", "New starters - Spain - May 2026"),
    ("p", "Checklist for the two hires joining the Iberia sales team on 4 May. Please "
          "complete the alta in the Seguridad Social (via Sistema RED) at least one day "
          "before the start date. Contracts are indefinido, jornada completa."),
    ("h", "1. Lucía Fernández García - Account Executive, Madrid"),
    ("table", [["Item", "Detail", "Status"],
               ["DNI", ID.ES_DNI, "Copy received 02/04"],
               ["Address", "Calle de Embajadores 57, 4º izq., 28012 Madrid", "Confirmed"],
               ["Mobile", "+34 612 48 93 07", "Confirmed"],
               ["Nº afiliación SS", "Pending - she has one, sending photo", "Open"],
               ["Bank account", "Provided via secure form", "Done"],
               ["Laptop + phone", "Ordered 03/04", "Done"]]),
    ("h", "2. Matteo Conti - Partner Manager, Barcelona"),
    ("p", "Italian national resident in Spain since 2022. He is an EU citizen, so no work "
          "permit is needed, but we need the NIE on the contract and for the alta."),
    ("table", [["Item", "Detail", "Status"],
               ["NIE", ID.ES_NIE, "Certificado de registro received"],
               ["Address", "Carrer de Provença 214, 2n 1a, 08036 Barcelona", "Confirmed"],
               ["Mobile", "+34 655 902 314", "Confirmed"],
               ["Nº afiliación SS", "08/1234567/40 (to verify)", "Open"],
               ["Bank account", "Still using Italian IBAN - ask for Spanish one", "Open"]]),
    ("h", "Notes"),
    ("p", "Matteo has asked that his home address is not shown on the team contact sheet. "
          "Lucía's start date may move to 11 May if her notice period is not shortened; "
          "she will confirm by 20 April."),
])

add("payroll-setup-gromano.md", "italy address, codice fiscale, DOB", "text", f"""\
# Payroll setup - Milan office - Giulia Romano

_Prepared by Milan HR for the external payroll bureau (Studio Bernasconi). Send via the bureau portal only._

Giulia joins as **Senior UX Designer** on **4 May 2026**, CCNL Commercio, livello 1, full time, with a 6-month probation period (periodo di prova).

## Personal details for the LUL and UniEmens

| Field | Value |
|---|---|
| Name | Giulia Romano |
| Codice fiscale | {ID.IT_CF} |
| Born | 14/02/1990, Milano |
| Residence | Via Carlo Farini 31, 20159 Milano (MI) |
| Mobile | +39 347 218 6604 |
| Marital status | Single, no dependants for detrazioni |

## Pay

- RAL EUR 46,000 over 14 mensilità.
- Meal vouchers EUR 8/day (electronic).
- Welfare plan: EUR 500 credit from 2027.

## Open points

1. Giulia is moving from Turin; the previous employer's CU 2026 is still to arrive. Please don't apply the previous-employer deductions until we have it.
2. She asked for TFR to go to the Fon.Te. pension fund rather than staying with the company. Form to be signed on day one.
3. She has a certified **legge 104** status for a family member and may request the related monthly permits. HR to handle; keep this off the line manager's copy.

Contact: Francesca Moretti, HR Milan.
""")

add("relocation-chicago-kalvarez.eml", "us address (apt, ZIP+4), phone ext, SSN, driver's licence", "eml", {
    "from": f"Kevin Alvarez <k.alvarez@{DOMAIN}>",
    "to": f"US People Ops <peopleops.us@{DOMAIN}>",
    "subject": "Relocation to Chicago - paperwork",
    "date": "Wed, 15 Apr 2026 17:48:00 -0700",
    "body": f"""\
Hi Megan,

Thanks for sending the relocation packet. Answers to your questions below so you can set me up on the Illinois payroll entity before my first day in Chicago (May 11).

New home address (lease starts May 1):
1420 W Addison St, Apt 3B
Chicago, IL 60613-3507

Phone: my cell is (773) 555-0193. Until April 30 you can still reach me at the Irvine office on (949) 555-0127 ext. 342.

For the W-4 and the state IL-W-4, my social security number is {ID.US_SSN}. I'm claiming married filing jointly; my wife doesn't work at the moment.

For the I-9 re-verification, I'll bring my California driver license ({ID.US_DL_CA}, exp. 08/2028) plus my social security card as the List B and C documents. I'll swap to an Illinois license within the 90 days but probably not before I start.

The movers (Atlas, booking 88-31027) are scheduled for April 27-28. Could you confirm the lump-sum relocation payment will be grossed up? The offer letter says "up to $12,000" but doesn't mention tax.

Also, I'd like to keep my current dental plan if possible - my son has orthodontic treatment mid-way through.

Thanks,
Kevin
""",
})

add("visa-invitation-rmenon.txt", "passport number and DOB (dd.mm.yyyy)", "text", f"""\
To: Travel Desk
From: Stefanie Koch (Engineering Manager, Berlin)
Date: 7 April 2026
Subject: Invitation letter needed - Schengen business visa for Ravi Menon

Hi team,

Ravi Menon from the Pune engineering centre is joining us in Berlin for the platform migration work from 18 May to 5 June 2026. He needs an invitation letter from Halden & Rowe GmbH for his Schengen visa appointment at VFS Bangalore on 23 April, so we need the letter by 17 April at the latest.

Details as they appear in his passport:

  Full name: Ravi Krishnan Menon
  Born 21.09.1988 in Kochi, India
  Passport no. {ID.PASSPORT_IN}, issued 12.03.2019 (Cochin), valid until 11.03.2029
  Nationality: Indian

Please state in the letter that Halden & Rowe GmbH covers flights, the hotel (Motel One Berlin-Ostbahnhof, 18.05.-05.06.) and travel health insurance, and that he remains employed and paid by Halden & Rowe India Pvt Ltd during the trip. The visa type is C, single entry.

Ravi's wife and daughter are not travelling with him, so only one letter is needed.

The cost centre for the trip is 4410-PLAT. Please send the signed letter as a PDF to me and to Ravi, and post the original to the Pune office address on file.

Thanks,
Stefanie
""")

# ------------------------------------------------------------ payment cards
add("expenses-march-dokafor.xlsx", "payment cards (visa, mastercard 2-series, amex) in expense claim", "xlsx", [
    ("Claim",
     [["Date", "Merchant", "Category", "Amount", "Currency", "Paid with", "Receipt", "Comment"],
      ["02/03/2026", "LNER", "Rail", 148.60, "GBP", f"Corporate Visa {ID.VISA}", "Yes", "Leeds-London for Brightwater meeting"],
      ["02/03/2026", "Hilton Tower Bridge", "Hotel", 236.00, "GBP", f"Corporate Visa {ID.VISA}", "Yes", "1 night"],
      ["05/03/2026", "Uber", "Taxi", 31.40, "GBP", f"Personal Mastercard {ID.MASTERCARD_2}", "Yes", "Corporate card declined"],
      ["11/03/2026", "Lufthansa", "Flight", 412.87, "EUR", f"Personal Amex {ID.AMEX}", "Yes", "Berlin offsite - card blocked again"],
      ["12/03/2026", "Restaurant Nobelhart", "Client dinner", 386.50, "EUR", f"Personal Amex {ID.AMEX}", "Yes", "4 attendees, see list"],
      ["19/03/2026", "Pret A Manger", "Subsistence", 9.85, "GBP", f"Personal Mastercard {ID.MASTERCARD_2}", "No", "Receipt lost"]]),
    ("Claimant", [
        ["Claimant", "Daniel Okafor (E1107), Analytics"],
        ["Approver", "Sarah Whitfield"],
        ["Note to Finance", "Three of these went on my own cards because the corporate Visa kept getting declined abroad. I've put the full card numbers so you can match them to the statements I've attached - please reimburse the personal ones to my salary account."],
        ["Finance note", "Please do not put full card numbers in claims - use the last four digits only. Flagged to the expenses team on 24/03."],
    ]),
])

add("complaint-duplicate-charge.eml", "payment cards (discover, jcb) in customer complaint", "eml", {
    "from": "Lauren Mitchell <lauren.mitchell.home@mailbox.example>",
    "to": f"Customer Support <support@{DOMAIN}>",
    "subject": "Charged twice for annual plan - need refund ASAP",
    "date": "Sat, 11 Apr 2026 21:14:00 -0500",
    "body": f"""\
Hello,

This is the third time I'm writing about this and I'm getting really frustrated.

On March 30 I renewed my Ledgerline Pro annual subscription (account LM-448210). The checkout page froze, so I tried again. Both attempts went through and I was charged $588.00 twice on my Discover card, {ID.DISCOVER}. Your chat agent told me on April 2 that one charge would be reversed in 5 to 7 business days. Nothing has been reversed.

Then yesterday I tried to add my daughter as a user, which should have been $49, and it charged my JCB card ending 6351 instead of the Discover, even though I never saved the JCB on your site as far as I know. The full number is {ID.JCB}, so you can look it up on your side.

I need:
- the duplicate $588.00 refunded to the Discover card,
- the $49 moved off the JCB card, and
- confirmation that the JCB card has been deleted from my account.

If this isn't sorted by Wednesday I will dispute both charges with my banks and cancel the subscription.

Lauren Mitchell
""",
})

add("refund-escalations-wk15.md", "payment cards (maestro 18-digit, unionpay 19-digit) in support log", "text", f"""\
# Billing escalations - week 15 (6-10 April 2026)

Owner: Customer Support Tier 2 - compiled by Fiona Gallagher for the Monday billing review.

## Summary

- 23 billing escalations opened, 19 closed. Median time to resolve 2.6 days (target 3).
- Two cases breached PCI handling rules (full card numbers pasted into tickets by agents). Both tickets have been redacted in Zendesk, but the numbers are still in this week's export below and in the agents' email trail - **this document must be deleted after the review.**

## Open cases needing a decision

**ZD-771204 - Martin Fischer (Vienna), Maestro**
Customer charged in GBP instead of EUR after the currency switch. Agent copied the card details from the call: Maestro {ID.MAESTRO_18}, exp 09/28. Refund of GBP 86.00 approved, re-charge of EUR 99.00 pending customer consent.

**ZD-771388 - Wei Zhang (Shanghai reseller), UnionPay**
Reseller paid three annual licences on a UnionPay card, {ID.UNIONPAY_19}. Our payment provider settled only two, then retried and settled three more - five charges of USD 1,140 in total. Finance to refund two charges; reseller asks for the refund to go back to the same card rather than by bank transfer.

**ZD-771455 - Emily Carter (Manchester)**
Disputed the renewal, says she cancelled in February. Cancellation confirmation found in her inbox screenshot. Refund approved, no card details in ticket.

## Actions

1. Fiona to run a refresher on the card-handling script with the two agents involved (Tuesday).
2. Ask the payments team whether the retry logic that caused the UnionPay duplicates is fixed in release 4.12.1.
3. Delete this document and the raw export after the review meeting.
""")

# -------------------------------------------------------- security/secrets
add("incident-report-sir-2026-041.md", "security incident with IP addresses tied to an employee", "text", """\
# Security Incident Report SIR-2026-041

| | |
|---|---|
| Classification | Confidential - Security & HR |
| Status | Contained, under HR review |
| Opened | 02 April 2026 06:51 (automated alert) |
| Handler | Priyanka Desai, Security Operations |

## What happened

At 06:48 on 2 April our identity provider raised an "impossible travel" alert for the account **m.webb** (Martin Webb, Procurement Manager, Leeds). The account had a successful sign-in at 23:12 on 1 April from 10.14.22.187, which is Martin's assigned address on the Leeds office VPN pool (laptop HLD-LT-0231), followed at 02:37 by a sign-in from 203.0.113.54, geolocated to Bucharest, using a valid MFA approval.

Between 02:37 and 03:20 the session from 203.0.113.54 created an inbox rule forwarding all messages containing "invoice" or "remittance" to an external address, and downloaded the supplier bank-details spreadsheet from SharePoint. A second session from 198.51.100.23 attempted to sign in at 04:05 and was blocked by conditional access.

## Containment

- Account disabled at 07:02, sessions revoked, inbox rule removed.
- Laptop HLD-LT-0231 isolated via EDR and collected for imaging.
- Supplier bank-details changes frozen for 14 days; Accounts Payable told to call back on known numbers for any change request.

## Findings so far

Martin approved an MFA push at 02:36. In interview on 3 April he said he was woken by his phone and approved it without reading it. He also admitted using the same password for his personal email, which appears in a 2025 breach dataset. There is no evidence at this stage that he was involved deliberately.

## Next steps

- HR (Anna Schmidt) to decide whether this goes through the disciplinary process under the acceptable use policy.
- Roll out number matching for MFA to Procurement and Finance by 30 April.
- Notify the DPO: the spreadsheet contained sole-trader suppliers' bank details, so this may be a reportable breach (decision due 4 April, 72-hour window).
""")

add("powerbi-reporting-connection.md", "secret: connection strings with passwords", "text", """\
# How to connect Power BI to the reporting warehouse

Last updated 3 April 2026 by the BI team. Ask in #bi-help if something doesn't work.

The finance dashboards read from the `ReportingDW` SQL database and, for the newer product-usage reports, from the Postgres analytics replica. Until the service principal setup is finished (BI-412), everyone uses the shared service accounts below.

## 1. SQL warehouse (finance dashboards)

1. In Power BI Desktop choose **Get data > SQL Server**.
2. Pick **Advanced options** and paste this connection string:

```
Server=tcp:sql-rpt-01.haldenrowe.example,1433;Database=ReportingDW;User ID=svc_powerbi;Password=Vq8#tLm2!Rz5wKp9;Encrypt=True;TrustServerCertificate=False;Connection Timeout=30;
```

3. Choose **Import** mode, not DirectQuery - the warehouse can't take the load during month-end.

## 2. Postgres analytics replica (product usage)

Install the Npgsql connector first (version 4.0.x, the newer one breaks the gateway). Then use:

```
postgresql://analytics_ro:Hj7$pQ2xN9wLs4@pg-analytics.haldenrowe.example:5432/warehouse?sslmode=require
```

If Power BI asks for the password separately, it's the part between the colon and the @.

## 3. Scheduled refresh

Publish to the **Finance Reporting** workspace and set the gateway to `GW-LEEDS-02`. Refreshes run at 06:00 and 13:00. Don't schedule more than two per day.

## Known issues

- The 05:30 ETL sometimes overruns on the first working day of the month; if your 06:00 refresh fails, just run it manually after 07:00.
- Please don't share this page outside the BI and Finance teams. The accounts will be rotated when BI-412 is done.
""")

add("weather-feed-integration.txt", "secret: API key and client secret in how-to", "text", """\
Weather feed integration - setup notes (route planning service)
Owner: Platform team. Written by Lukas Brandt, 8 April 2026.

We pull hourly forecasts from the weather data provider to adjust delivery ETAs in the route planner. This page explains how to get the integration running on a dev machine.

1. Clone route-planner and check out the branch feature/weather-eta.

2. Create a file called .env in the repo root with the following. These are the production credentials - we only have one paid account, so please don't hammer it from local tests, use the cached fixtures where you can.

   WEATHER_API_BASE=https://api.weather-provider.example/v3
   WEATHER_API_KEY=wtr_live_4f9c2a7e81b34d6fa0c5e7b9d2f61a83
   WEATHER_OAUTH_CLIENT_ID=hr-route-planner
   WEATHER_OAUTH_CLIENT_SECRET=Zk3pR8vQx1Lm6TnB0sWc4YhE7jUa9GdF

3. Run "make weather-smoke". It calls the /forecast/hourly endpoint for the Wakefield depot and should print 48 rows.

4. If you get HTTP 429, you've hit the rate limit (600 calls/hour for the whole account). Wait for the hour to roll over.

The key was meant to go into the vault months ago (PLAT-2291). Until then, do not commit the .env file - it's in .gitignore, but double-check before pushing. If you think the key has leaked, tell me and I'll rotate it in the provider portal; the route planner will be down for about ten minutes while the new key propagates.
""")
