"""Texts of the four shorter .docx documents. Same markup as docs_long_a."""

BOARD_MINUTES = """
# Kestrel Valley Housing Association: Minutes of the Board

Meeting held on Tuesday 11 February 2025 at 18:00 in the Board Room, Alder House, Hebden
Bridge, and by video link.

Present: Margaret Thornley (Chair), Amara Okafor (Chief Executive), Ben Salisu (Finance
Director), Dr Lucy Pennington, Harjit Sandhu, Owen Price (tenant board member), Claire
Mottram. In attendance: Gary Whitfield (Director of Property Services) for item 4; Sophie
Nkemelu (Company Secretary, minutes). Apologies: Richard Vance.

## 1. Welcome, apologies and declarations of interest

The Chair welcomed members and noted that the meeting was quorate. Harjit Sandhu declared
an interest in item 6, as his employer has advised one of the bidders, and left the
meeting for that item.

## 2. Minutes of the previous meeting and matters arising

The minutes of the meeting of 10 December 2024 were approved as a correct record. The
action to complete fire door surveys in the three high-rise blocks at Calder Court was
confirmed as complete; 41 doors have been replaced.

## 3. Chief Executive's report

Amara Okafor reported that the association now owns or manages 1,846 homes. Rent arrears
had risen from 3.1% to 3.9% of the annual rent roll since April, mainly among tenants
moving onto Universal Credit, and the number of empty homes stood at 62. The Regulator of
Social Housing has scheduled an in-depth assessment for June 2025. The Board asked for a
short briefing on the assessment at its April meeting.

## 4. Damp and mould

Gary Whitfield presented the damp and mould report. There are 214 homes with open damp and
mould cases, of which 37 have been assessed as category 1 hazards. New legal time limits
for investigating and repairing such hazards will apply to social landlords from October
2025. The current contractor has been unable to increase capacity, and the average time to
complete a category 1 repair is 61 days.

The Board approved additional spending of £380,000 in 2024/25 and 2025/26 to create a
dedicated in-house damp and mould response team of six operatives and a surveyor. The
Board set a target to resolve all 37 category 1 cases by 31 March 2025. Gary Whitfield
will own this action and report weekly to the Chief Executive. Members asked that
tenants with children or respiratory conditions be prioritised.

## 5. Budget 2025/26

Ben Salisu presented the draft budget for 2025/26, which had been reviewed in detail by
the Audit and Risk Committee on 28 January. It forecasts income of £8.42m and an operating
surplus of £610,000 after the additional damp and mould spending. It assumes a rent
increase of 2.7% from April 2025, in line with the government's limit of CPI plus 1%.
Loan covenants are met in all scenarios tested, with the tightest interest cover at 1.4
times in the downside case.

The Board approved the 2025/26 budget and the rent increase of 2.7%.

## 6. Millbrook Road garage site

Harjit Sandhu left the meeting. The Board considered the sale of the disused garage site at
Millbrook Road, Todmorden, to Pennine Self-Build Community Land Trust for £615,000, which
is £40,000 above the independent valuation. The trust plans to build eight affordable
homes for local people. Claire Mottram asked whether the association could build on the
site itself; Ben Salisu advised that it could not do so within the current development
programme.

The Board approved the sale for £615,000 by five votes to one. Harjit Sandhu then
rejoined the meeting.

## 7. Proposed merger with Fernside Homes

The Chief Executive summarised the approach received from Fernside Homes in November,
proposing a merger of the two associations. The Board discussed the financial case, the
likely effect on local decision-making and the forthcoming regulatory assessment. Members
felt that a merger would divert management attention at a critical time.

The Board decided not to proceed with merger discussions. Instead, the association will
explore a non-binding partnership with Fernside Homes limited to joint procurement of
repairs contracts, and the Board will revisit the question in twelve months.

## 8. Risk register

The Board reviewed the strategic risk register. The highest-rated risk remains compliance
with the new damp and mould duties. The second is cyber security, following a phishing
email in January that led to one staff account being compromised for two hours; the
account was locked and no tenant records were accessed. The Board asked for an external
penetration test before the June assessment.

## 9. Any other business

Owen Price announced that he will step down as tenant board member at the annual general
meeting in September 2025. The Chair thanked him for six years of service.

## Actions

| Action | Owner | Due
| Resolve all 37 category 1 damp and mould cases | Gary Whitfield | 31 March 2025
| Recruit in-house damp and mould response team | Gary Whitfield | 30 April 2025
| Complete sale of Millbrook Road garage site | Ben Salisu | 30 June 2025
| Write to Fernside Homes with the Board's decision | Amara Okafor | 21 February 2025
| Commission external penetration test | Amara Okafor | 31 May 2025
| Briefing on the regulatory assessment | Amara Okafor | 8 April 2025

The next meeting will be held on Tuesday 8 April 2025. The meeting closed at 20:35.
"""

RENEWAL_MEMO = """
# Memo: Renewal of Halvorsen Foods subscription

To: Sales Leadership Team. From: Tomasz Nowak, Account Director. Date: 6 March 2025.
Contract reference: HF-2022-118. Classification: internal.

## Purpose

This memo asks the Sales Leadership Team to approve the terms of a renewal offer to
Halvorsen Foods, whose three-year subscription to our RouteWise transport management
platform expires on 31 May 2025. Under the contract, Halvorsen must sign a renewal by 30
April 2025 or the platform moves to a month-to-month rolling term at list price, which
would make it easy for them to leave.

## Background

Halvorsen Foods distributes chilled and frozen products to independent retailers from
nine depots in England. They use RouteWise to plan about 1,100 deliveries a day and are
one of our three largest food customers. The current annual fee is £174,000. Halvorsen
has been a reference customer for us at two trade shows and in the case study used by our
marketing team.

The relationship was strained in the third quarter of 2024. Platform availability fell to
99.2% in August and September against the 99.7% committed in the service level agreement.
The main incident, on 14 August 2024, left Halvorsen's planners unable to publish routes
for six hours, and drivers at four depots left late. A second, shorter outage followed on
9 September. Our root-cause reports were accepted, but Halvorsen's procurement lead,
Ingrid Solberg, has told us that they have received a competing bid from Corvane
Logistics Software at about £150,000 a year.

## Proposed terms

I recommend that we offer a three-year renewal at £181,000 a year, a 4% increase on the
current fee, giving a total contract value of £543,000. To recognise last year's service
failures and to close the gap with Corvane, the offer would include:

- a one-off service credit of £17,400, equal to 10% of the current annual fee, applied to
  the first invoice of the new term;
- onboarding of two new depots, at Wakefield and Ipswich, at no charge (normally £22,000);
- a tightened service level of 99.8% availability, with automatic credits for any month
  below that level.

Halvorsen's finance director has pressed for a one-year term only. If a three-year term
cannot be agreed, I propose a fallback of a two-year term at no less than £178,000 a year,
without the free onboarding.

## Approval required

The service credit exceeds the 5% discount that account directors may grant, so it needs
the approval of the Chief Revenue Officer, Alison Drury. I ask for approval by 14 March
2025, so that the offer can be presented at the quarterly business review with Halvorsen
in Leeds on 19 March.

## Risks

If Halvorsen does not renew, we lose £174,000 of annual recurring revenue and a valuable
reference customer in the food sector, where Corvane is actively targeting our accounts.
The other risk is precedent: two other customers affected by the August incident may ask
for similar credits. The engineering team has confirmed that the database failover fault
behind the August outage was fixed in release 7.4 in October 2024, and no comparable
incident has occurred since.
"""

OUTAGE_REVIEW = """
# Post-incident review PIR-2025-004: power loss in Data Hall 2, Slough

Cobalt Cloud Services. Incident date: 18 January 2025. Review published: 3 February 2025.
Severity: SEV-1. Incident commander: Joanna Fitzgerald.

## Summary

At 06:52 UTC on Saturday 18 January 2025, rows B and C of Data Hall 2 at our Slough site
(SL2) lost power. 46 hypervisor hosts running 1,318 customer virtual machines went down.
Nineteen customers were affected, including the payments gateway of Lumen Pay, which was
unavailable for 94 minutes. All customer workloads were restored by 10:39 UTC, a total
duration of 3h 47m. Two hosts suffered disk failures on restart; their virtual machines
were recovered from replicas, and no customer data was lost.

## Timeline (UTC)

- 06:40 A short fluctuation on the utility supply causes UPS-2B to transfer to battery.
- 06:52 Battery string 3 in UPS-2B fails and the UPS drops its load. The static transfer
  switch STS-2C fails to transfer the load to UPS-2A. Rows B and C lose power.
- 06:58 Monitoring raises critical alerts for 46 hosts. The on-call engineer, Ravi Menon,
  is paged.
- 07:05 Ravi Menon arrives in Data Hall 2 and confirms that the affected rows are dark.
- 07:31 Joanna Fitzgerald declares a SEV-1 and opens the incident bridge.
- 07:48 First update posted to the public status page, 56 minutes after the start.
- 08:15 Facilities staff place STS-2C into manual bypass and restore power via UPS-2A.
- 09:10 Hosts are powered on in a controlled sequence, storage first.
- 10:39 The last customer virtual machines are confirmed healthy. Incident closed.

## Root causes

The review found two root causes. First, battery string 3 in UPS-2B had degraded without
being detected. Our policy requires impedance testing of every battery string every six
months, but the last test on UPS-2B was carried out 14 months before the incident, after
the test was dropped from the maintenance schedule when the contractor changed. Second, the
static transfer switch STS-2C was running firmware 4.2.1, which contains a known fault
that can block a transfer when the source voltage is unstable. The manufacturer released
firmware 4.2.3 to correct this in October 2024, but the patch was not applied because of
the change freeze over November and December.

A contributing factor was that the battery monitoring alert for UPS-2B was still routed to
a mailbox belonging to a team that was disbanded in 2023. The alert had fired on 2
January 2025 and was never read.

## Impact

Customers with services in rows B and C lost between 94 minutes and 3h 47m of service.
Service credits due under customer contracts total £38,500. The status page update was
posted 56 minutes after the start of the incident, against our commitment of 15 minutes,
and several customers told their account managers that they learned of the outage from
their own users.

## Actions

| ID | Action | Owner | Due
| A1 | Replace all battery strings in UPS-2A and UPS-2B | Gareth Pryce | 28 February 2025
| A2 | Apply STS firmware 4.2.3 to all 14 transfer switches | Ravi Menon | 14 February 2025
| A3 | Restore six-monthly battery impedance tests to the schedule | Gareth Pryce | 31 Jan 2025
| A4 | Re-route all facilities alerts to the on-call rota | Hannah Cole | 31 January 2025
| A5 | Post status page updates within 15 minutes of any SEV-1 | Joanna Fitzgerald | Done

## Decisions

On 29 January 2025 the Operations Board approved capital spending of £212,000 to replace
the battery strings in both UPS systems in Data Hall 2 and to introduce quarterly load-bank
testing of every UPS at all three sites. The board also decided that safety-critical
firmware patches will in future be exempt from change freezes, subject to approval by the
duty director.
"""

RELOCATION_PLAN = """
# Office relocation plan: Fenwick House to Quayside Exchange

Northumbria Actuarial Partners. Plan owner: Helen Achterberg, Facilities Manager.
Version 2.0, approved by the Partners' Committee on 20 February 2025.

## Why we are moving

Our lease at Fenwick House, 22 Grey Street, Newcastle upon Tyne, ends on 30 September 2025
and cannot be extended, because the landlord intends to convert the building into flats.
After a search of eleven buildings, the partners chose floors 4 and 5 of Quayside
Exchange, a refurbished office building on the Quayside with a ten-year lease and a break
at year five. The new space is 18,400 sq ft, against 24,000 sq ft at Fenwick House.

## How the new office will work

We have 186 staff. Occupancy surveys over six weeks in late 2024 found that no more than
58% of desks were ever in use on the same day. The Partners' Committee therefore decided
to move to shared desks, with 130 desks for 186 people, a ratio of 0.7 desks per person.
Desks will be booked through the Deskly app. Only 12 roles with specialist equipment,
mainly in the pensions administration team, will keep fixed desks. Each floor will have
two quiet rooms, six meeting rooms and a collaboration area.

## Timetable

- 2 June 2025: fit-out contractor Rowan Interiors starts on site.
- 28 August 2025: leased fibre line installed and tested.
- 1 September 2025: practical completion of the fit-out.
- 12-14 September 2025: move weekend; staff work from home on Friday 12 September.
- 15 September 2025: first working day at Quayside Exchange.
- 30 September 2025: Fenwick House handed back to the landlord.

## Budget

| Item | Cost (£)
| Fit-out and furniture (Rowan Interiors) | 468,000
| IT network, Wi-Fi and meeting-room technology | 121,500
| Removals and crate hire | 38,600
| Archive digitisation and offsite storage | 44,200
| Dilapidations at Fenwick House | 52,000
| Professional fees (project manager, surveyor) | 18,000
| Total | 742,300

The Partners' Committee approved a budget envelope of £750,000, leaving a contingency of
£7,700. Any spending above the envelope must be approved by the managing partner, David
Okonjo.

## Records and archives

Fenwick House holds about 1,400 boxes of paper client records. Records less than seven
years old will be scanned by Keepsafe Archives, and older records will be moved to
Keepsafe's secure offsite store in Gateshead. The compliance team must sign off the
retention schedule by 30 May 2025 so that scanning can begin in June.

## Key risks

The biggest risk is that the landlord of Quayside Exchange has not yet signed the licence
for alterations, which the fit-out needs before Rowan Interiors can start on 2 June. Our
solicitors expect signature in April, but if it slips beyond mid-May the fit-out will not
be complete before the move weekend. Helen Achterberg is chasing this weekly, and the
partners have agreed that staff could work from home for up to two weeks if necessary.

The second risk is the fibre connection. The leased line was ordered on 10 February with
an installation date of 28 August. If the installation slips, the IT lead, Sam Doherty,
will provide temporary 5G routers, which would support the office at reduced speed.

## Responsibilities

Helen Achterberg owns the overall plan and the relationship with Rowan Interiors and the
landlord. Sam Doherty owns IT and the fibre connection. Each team has a move champion, who
will organise the packing of team cupboards and confirm that personal items have been
cleared by Thursday 11 September.
"""
