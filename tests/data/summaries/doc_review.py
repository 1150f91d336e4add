"""Long document: annual programme review (Greenfold Warm Homes Retrofit Programme, 2024)."""

B = []
B.append(("title", "Greenfold Warm Homes Retrofit Programme: Annual Programme Review 2024"))
B.append(("meta", "Prepared by the Programme Management Office for the Greenfold Housing Partnership Programme Board. Version 1.2, issued 16 December 2024. Programme Director: Helen Okafor."))

B.append(("h1", "Foreword"))
B.append(("p", "This is the second annual review of the Greenfold Warm Homes Retrofit Programme, the four-year partnership through which Northfold Homes, Calder Valley Housing Trust, Riverside Mutual and the borough councils of Greenfold and East Calder are upgrading the energy performance of social rented and low-income owner-occupied homes. The first year was about mobilisation: procuring contractors, surveying stock, and learning how to sequence fabric and heating measures in homes where people continue to live throughout the works. The second year, covered in this review, was meant to be the year in which the programme reached full delivery pace. In places it did. In others it met problems that were partly foreseeable and partly not, and the Board needs to take decisions about the shape of the remaining programme as a result."))
B.append(("p", "The review is written for Board members, for the funder's monitoring officer, and for the tenant and resident representatives who sit on the programme's scrutiny panel. It tries to be candid. Where a site has underperformed we say so and explain why; where we made choices that turned out badly we describe them. The figures in this document are taken from the programme's delivery tracker as at 30 November 2024, extrapolated to 31 December using the contractors' committed December completions, and from the finance ledger closed on 6 December."))

B.append(("h1", "1. Summary of the year"))
B.append(("p", "Across the six delivery sites the programme completed retrofit works in 1,847 homes during calendar year 2024 against a target of 2,200, or 84 per cent of plan. This compares with 1,020 homes completed in 2023, so output almost doubled year on year, but the shortfall against target matters because the programme's funding agreement assumes a steep ramp-up in 2025. Cumulative completions since mobilisation now stand at 2,867 homes out of the 6,500 homes the programme is contracted to deliver."))
B.append(("p", "Three of the six sites, Ashworth, Millbrook and Harrowgate East, finished the year on track or close to it. Two sites, Kestrel Vale and Dunmore Quay, are rated at risk: Kestrel Vale because its main insulation contractor collapsed into administration in the summer, and Dunmore Quay because a cluster of condensation and mould problems after insulation forced us to pause new starts while remedial work was carried out. The sixth site, Saltmarsh, completed its first phase but the second phase, which covers homes in the tidal flood zone, has been delayed and will not start before April 2025."))
B.append(("p", "Total expenditure in the year was £18.6 million against an approved budget of £17.9 million, an overspend of £0.7 million or 3.9 per cent. The overspend is almost entirely explained by two items that were not in the budget: the cost of re-procuring and re-mobilising the Kestrel Vale works after the contractor's failure, and the remedial ventilation programme at Dunmore Quay. Underlying unit costs were close to plan. The average cost per completed home, including programme overheads, was £10,070."))
B.append(("p", "Residents who responded to our post-completion survey were largely positive: 91 per cent said they were satisfied or very satisfied with the finished works, and the average household reported that its homes felt noticeably warmer. The estimated annual carbon saving from the homes completed in 2024 is 3,880 tonnes of carbon dioxide equivalent, roughly 2.1 tonnes per home."))
B.append(("p", "The rest of this review sets out performance site by site, then finance, quality, supply chain and workforce, risks, governance, and our proposals for 2025. The decisions the Board took at its December meeting are recorded in section 8."))

B.append(("h1", "2. Delivery performance overall"))
B.append(("p", "The programme mixes three broad types of intervention. Fabric measures (cavity wall, loft, external and internal wall insulation, and floor insulation) were installed in 1,702 of the 1,847 homes. Low-carbon heating, mostly air-source heat pumps with a small number of shared ground loops, went into 286 homes. Solar photovoltaic panels were fitted to 410 roofs, mainly at Ashworth and Harrowgate East, where roof orientation and structure allowed it. Most homes received more than one measure, which is why the totals exceed the number of homes."))
B.append(("p", "Output followed a familiar seasonal pattern with an unfamiliar dip in the middle. The first quarter delivered 362 homes, held back by a wet February that stopped external wall insulation for almost three weeks. The second quarter delivered 498 homes, the third only 411 because of the Kestrel Vale stoppage and the Dunmore Quay pause, and the fourth quarter a programme record of 576 as the replacement contractor at Kestrel Vale came up to speed and the Harrowgate East owner-occupier scheme peaked."))
B.append(("p", "Energy performance outcomes were in line with the business case. Of homes that had both a pre-works and a post-works energy performance certificate lodged by the end of November, 78 per cent moved up at least two bands, typically from E or D to C or B. The median modelled reduction in space-heating demand was 41 per cent. Tenants who agreed to share smart meter data with the programme, 233 households in total, saw a median fall in metered gas use of 36 per cent over the heating months compared with the same months of 2023, after weather correction. Average annual fuel bill savings are estimated at £385 per household at October 2024 prices."))
B.append(("table", [
    ["Site", "2024 target (homes)", "2024 completed", "% of target", "Status at 31 December"],
    ["Ashworth", "400", "412", "103%", "On track"],
    ["Millbrook", "350", "341", "97%", "On track"],
    ["Kestrel Vale", "420", "214", "51%", "At risk"],
    ["Dunmore Quay", "380", "301", "79%", "At risk"],
    ["Harrowgate East", "300", "333", "111%", "On track"],
    ["Saltmarsh", "350", "246", "70%", "Delayed (phase 2)"],
    ["Programme", "2,200", "1,847", "84%", "Amber"],
]))

B.append(("h1", "3. Site reviews"))
B.append(("h2", "3.1 Ashworth"))
B.append(("p", "Ashworth is a 1960s estate of 520 low-rise homes on the northern edge of Greenfold, owned by Northfold Homes. It was always expected to be the programme's most straightforward site: the houses have unfilled or poorly filled cavities, shallow lofts and simple roof shapes, and most tenants have lived there for many years and know the housing officers well. The site completed 412 homes in 2024 against a target of 400, and it has now finished fabric works on all but 31 of its homes."))
B.append(("p", "The notable achievement at Ashworth this year was the heat pump pilot in 96 bungalows occupied mainly by older tenants. Declan Furlong, the site manager, and the contractor Hallam & Pryce Building Services ran a resident-led design process in which tenants chose between two indoor unit positions and two control interfaces. Eleven tenants declined a heat pump and kept their gas boilers; the rest have now had a full heating season with the new systems. Call-outs in the first three months averaged 0.4 per home, lower than the manufacturer's own benchmark, and most related to controls rather than hardware."))
B.append(("p", "The one persistent problem at Ashworth has been access. About six per cent of appointments in the first half of the year were missed because nobody was at home, which added roughly two weeks to the overall schedule. From July the site introduced text reminders 48 hours and two hours before each visit and moved to offering Saturday morning slots, and missed appointments fell to just under three per cent. Ashworth's remaining 31 homes include 14 where tenants have so far refused works, and the site team will revisit these with the tenancy sustainment officers in the spring."))

B.append(("h2", "3.2 Millbrook"))
B.append(("p", "Millbrook is technically the hardest site in the programme. Its homes are solid-walled terraces built between 1880 and 1914, many with rear extensions of different ages, and a large part of the area lies within the Millbrook Green conservation area. Amara Nwosu leads the site for Calder Valley Housing Trust. The site completed 341 homes against a target of 350, which at 97 per cent is inside the tolerance the Board set and is therefore reported as on track."))
B.append(("p", "External wall insulation was installed on 188 homes outside the conservation area. Inside it, the planning authority would not permit external insulation on street-facing elevations, so 61 homes received internal wall insulation to the front rooms and external insulation to the rear. Internal insulation is more disruptive and slower, and required tenants to have furniture moved and, in 17 cases, to decant for between two and five nights. The site's decant arrangements with the local hotel on Station Parade worked well and no tenant complaint was upheld about them."))
B.append(("p", "Millbrook also had the programme's most difficult party-wall situation. In Tanner's Row, eight of the programme homes adjoin privately owned houses whose owners initially objected to insulation returns being fixed to the shared walls. After three months of correspondence, six owners agreed and two did not; in those two cases the design was changed to stop the insulation short of the boundary, accepting a small thermal bridge. The episode cost about seven weeks on that street and has been recorded as a lesson for the remaining terraced sites."))

B.append(("h2", "3.3 Kestrel Vale"))
B.append(("p", "Kestrel Vale is the largest single site in the programme: six medium-rise blocks of system-built flats, 1,140 homes in total, built in 1972 and owned by Riverside Mutual. Its 2024 target was 420 homes. It completed 214, or 51 per cent, and it is rated at risk going into 2025."))
B.append(("p", "The immediate cause was the failure of Brightline Insulation Ltd, the specialist contractor holding the Kestrel Vale over-cladding package. Brightline entered administration on 17 July 2024. Although the programme's monitoring had picked up late payment complaints from Brightline's subcontractors in May, the company's filed accounts and credit reports did not show distress, and the administration was announced with two working days' notice. Site works stopped that week. Scaffolding on Blocks B and C stayed up but was unused for nine weeks, and the programme paid £74,000 to retain it rather than lose it to the scaffolding firm's other clients."))
B.append(("p", "Martin Sokolowski, the site lead, and the procurement team used the regional construction framework to appoint Castlegate Retrofit Ltd as replacement contractor, and Castlegate started on site on 23 September. Castlegate has had to re-survey work that Brightline had part-completed, and found that on Block B about 40 per cent of the insulation boards already fixed had been installed with insufficient mechanical fixings; these are being removed and refixed at the programme's cost, because recovery from Brightline's administrators is unlikely to yield more than a few pence in the pound."))
B.append(("p", "The second issue at Kestrel Vale is regulatory. Block D is seven storeys and just over 18 metres high, which makes it a higher-risk building under the building safety regime. Works to its external wall need approval from the Building Safety Regulator before they can start. The application was submitted in August; the regulator asked for further information about the fire performance of the proposed system in October, and the programme now expects a decision in February 2025. Until then, 186 homes in Block D cannot be started. If approval slips beyond the spring, Kestrel Vale's 2025 target will not be achievable."))
B.append(("p", "Residents at Kestrel Vale have been patient, but the scaffolding that stood idle through August and September generated 22 complaints and a petition to the local councillor. The site team has since moved to monthly drop-in sessions in the Block A community room and a weekly newsletter pushed under every door. Castlegate's current rate of 14 to 16 completions a week is sufficient to finish Blocks A to C by the autumn if it can be sustained."))

B.append(("h2", "3.4 Dunmore Quay"))
B.append(("p", "Dunmore Quay is a former harbour neighbourhood of terraced houses and small blocks of flats, owned partly by Greenfold Borough Council and partly by Northfold Homes. Fiona Gallacher leads the site. It completed 301 homes against a target of 380 (79 per cent) and is rated at risk."))
B.append(("p", "The difficulty at Dunmore Quay was one of quality rather than capacity. In April, housing officers began to receive reports of condensation and black mould in homes that had been insulated in the previous winter. An investigation by the programme's retrofit coordinator found that in 37 homes the ventilation strategy specified in the retrofit design had not been fully installed: trickle vents had been omitted from replacement windows, and in some kitchens and bathrooms the extract fans fitted were undersized or had been wired to the lighting circuit so that they only ran while the light was on. Insulating a home without adequate ventilation traps moisture, and the harbour-side location made the problem worse."))
B.append(("p", "The programme paused new starts at Dunmore Quay for six weeks in May and June while every completed home on the site was inspected. The 37 affected homes have all received remedial works: continuous mechanical extract ventilation, new trickle vents, mould treatment and redecoration. Four households were temporarily rehoused during the remedial works because of health concerns, including two with young children. The remedial programme cost £296,000. The contractor concerned has accepted responsibility for about half of this sum under the contract's defects provisions and the balance is being pursued."))
B.append(("p", "Dunmore Quay generated 38 of the programme's 146 formal complaints in 2024, more than any other site. Satisfaction at the site recovered to 84 per cent among homes completed after the pause, but it remains the site with the most work to do on resident confidence. The ventilation failures also prompted the changes to sign-off procedures described in section 5 and the Board decision recorded in section 8."))

B.append(("h2", "3.5 Harrowgate East"))
B.append(("p", "Harrowgate East was the programme's outstanding performer in 2024, completing 333 homes against a target of 300 (111 per cent). Unlike the other sites, about half of its homes are owner-occupied, and the owner-occupier element is delivered through a grant scheme administered by East Calder Borough Council in which eligible households on low incomes receive fully funded works and others make a contribution on a sliding scale."))
B.append(("p", "Take-up of the owner-occupier scheme was far stronger than forecast. The scheme had budgeted for 120 owner-occupied homes in 2024; it completed 171, with owner contributions totalling £0.9 million. Samuel Achebe, the council's private sector housing lead, attributes the response to the street-by-street approach: when a few households on a street signed up, their neighbours could see the works and talk to them, and sign-ups on that street typically doubled within a month. The scheme is now oversubscribed and has a waiting list of 212 households."))
B.append(("p", "Harrowgate East also delivered the largest solar PV installation in the programme, on 188 homes, and piloted battery storage in 20 of them. The batteries have performed well technically, but at current prices the additional bill savings do not justify the cost for most households, and the Board is not being asked to extend battery storage beyond the pilot."))

B.append(("h2", "3.6 Saltmarsh"))
B.append(("p", "Saltmarsh is a small coastal settlement of 450 homes in the south of the programme area. The site was planned in two phases: phase 1, covering 246 homes on higher ground, and phase 2, covering 104 homes in the tidal flood zone along Marsh Lane and the Embankment. Phase 1 was completed in November, on time and to a high standard, under Jonah Whitcombe's leadership. Phase 2 was due to start in June 2024 and has not started."))
B.append(("p", "The delay arises from flood resilience. Homes in the flood zone need ground-floor measures that can survive inundation, and the retrofit designs for phase 2 therefore combine insulation with flood-resilient floors, raised electrical sockets and, in many cases, relocating heating plant to the first floor. These designs require consent from the Environment Agency for works affecting the sea wall at the Embankment, and that consent has taken longer than expected. The Agency has now indicated that it expects to determine the application in March 2025. The programme is planning for a phase 2 start in April 2025, subject to consent."))
B.append(("p", "Because phase 2 was always expected to be the slowest part of the site, its delay accounts for 104 of the 2024 shortfall at Saltmarsh. Residents in the flood zone have been told about the delay through a public meeting in the village hall on 3 October, attended by about 60 people, and individual letters."))

B.append(("h1", "4. Finance"))
B.append(("p", "Programme expenditure in 2024 was £18.6 million against the approved annual budget of £17.9 million. The table below sets out spending by category. Capital works, at £15.2 million, were within one per cent of the budgeted figure for the homes actually delivered; the overspend arises from two categories that had no budget at the start of the year."))
B.append(("table", [
    ["Category", "Budget 2024 (£m)", "Actual 2024 (£m)", "Variance (£m)"],
    ["Capital works", "15.3", "15.2", "-0.1"],
    ["Retrofit assessment, design and coordination", "1.1", "1.1", "0.0"],
    ["Programme management", "1.1", "1.0", "-0.1"],
    ["Resident engagement and decants", "0.4", "0.4", "0.0"],
    ["Dunmore Quay remedial works", "0.0", "0.3", "+0.3"],
    ["Kestrel Vale re-procurement and re-mobilisation", "0.0", "0.6", "+0.6"],
    ["Total", "17.9", "18.6", "+0.7"],
]))
B.append(("p", "The Kestrel Vale costs of £0.6 million comprise scaffold retention (£74,000), the premium in Castlegate's rates over Brightline's original rates for the remaining work (about £310,000 for 2024), remedial refixing of Brightline's defective boards on Block B (£142,000) and legal and procurement costs. The Dunmore Quay remedial figure of £296,000 is shown gross; recovery of around £150,000 from the contractor is expected in 2025 and will be credited to the programme when received."))
B.append(("p", "Funding for the year came from three sources: grant from the Clean Heat Transition Fund of £12.4 million, partner contributions from the three housing associations and two councils of £5.3 million, and owner-occupier contributions at Harrowgate East of £0.9 million. The partners have funded the overspend in proportion to their shares of the programme, which has required Riverside Mutual, as owner of Kestrel Vale, to take an additional £0.35 million to its own board in November."))
B.append(("p", "Rachel Ingram, the programme's finance lead, has flagged a more significant issue for the years ahead. The grant agreement pays the fund's contribution per completed home and sets a final claim date of 31 March 2026. At the current delivery rate, the programme will not complete its remaining 3,633 homes by that date, and grant for homes completed after it would be lost unless the fund agrees to vary the agreement. In addition, the unit cost assumptions in the grant agreement were set in 2022 and do not reflect the cost of the higher-risk building requirements at Kestrel Vale or the flood resilience works at Saltmarsh."))

B.append(("h1", "5. Quality and resident experience"))
B.append(("p", "The Dunmore Quay ventilation failures were the most serious quality problem the programme has experienced, and they exposed a gap in our assurance. Under our original process, the installer self-certified ventilation works and the retrofit coordinator reviewed a sample of photographs. That sampling did not catch the omission of trickle vents or the wiring of extract fans to lighting circuits, both of which are easy to spot on site and hard to spot in photographs. From September the programme moved to an independent ventilation check in every home before handover, carried out by the quality lead's team rather than the installer. Siobhan Reilly, the programme's quality lead, reports that the new checks found minor ventilation defects in nine per cent of homes inspected between September and November across all sites, all of which were corrected before sign-off."))
B.append(("p", "The post-completion resident survey received 1,112 responses, a response rate of 60 per cent. Overall satisfaction was 91 per cent. The most common positive comments concerned warmth and lower bills; the most common negative comments concerned mess and dust during internal works, the length of time scaffolding stood, and communication about appointment changes. Satisfaction among tenants who received heat pumps was 88 per cent, slightly below the average, with the main concern being unfamiliarity with controls. The programme has produced a short illustrated guide and video on heat pump controls in five languages, and will offer a home visit four weeks after installation to every heat pump household from January."))
B.append(("p", "The programme received 146 formal complaints in 2024, of which 38 related to Dunmore Quay, 29 to Kestrel Vale, 24 to Millbrook, 21 to Ashworth, 19 to Harrowgate East and 15 to Saltmarsh. Of the 146, 61 were upheld in full or in part. Two complaints were escalated to the Housing Ombudsman; one, relating to the temporary rehousing of a family at Dunmore Quay, is still under investigation."))
B.append(("p", "There were no reportable safety incidents to residents in 2024. Contractors recorded two reportable injuries to workers: a fall from a stepladder at Millbrook in March, and a hand injury from a cutting tool at Ashworth in October. Both were investigated, and the programme's site safety standard now requires podium steps rather than stepladders for internal insulation work."))

B.append(("h1", "6. Supply chain and workforce"))
B.append(("p", "The Brightline failure has led the programme to reconsider how it monitors contractor financial health. Credit reports and annual accounts proved to be lagging indicators. From January the programme will ask its principal contractors for monthly aged creditor reports, will run a short quarterly survey of their key subcontractors about payment performance, and will hold project bank accounts for any package over £2 million so that subcontractors are paid directly."))
B.append(("p", "Heat pump installation capacity remains the programme's tightest constraint. The programme needs roughly 900 heat pump installations in 2025 and 2026 combined, against the 286 it achieved in 2024. Only two of the programme's installers hold the necessary certification, and between them they currently employ 23 qualified heat pump engineers. Both have said they would expand if the programme could offer a firm pipeline of work beyond March 2026, which it cannot do under the current grant agreement."))
B.append(("p", "To grow local capacity, the programme worked with Greenfold College to launch a retrofit skills course in September. The first cohort of 18 learners includes eight people from the programme's own neighbourhoods, recruited through the housing associations' employment support teams. Fourteen of the 18 have work placements with programme contractors. The college has agreed to run two cohorts in 2025 if the programme can continue to guarantee placements."))
B.append(("p", "Materials supply was generally stable in 2024. Mineral wool insulation prices fell by about four per cent over the year, while the price of the phenolic boards used for internal insulation rose by eleven per cent. Lead times for heat pumps shortened from around 14 weeks at the start of the year to six weeks by the autumn."))

B.append(("h1", "7. Risks and issues"))
B.append(("p", "The programme's risk register was reviewed in full in November. The principal risks going into 2025 are summarised below. The highest-rated risk is that the programme cannot complete the contracted number of homes before the grant claim deadline of 31 March 2026, which would expose the partners to the loss of grant on every home completed after that date. The extension request described in section 8 is the main mitigation."))
B.append(("table", [
    ["Ref", "Risk", "Rating", "Owner", "Main mitigation"],
    ["R1", "Contracted homes not completed before grant deadline of 31 March 2026", "Very high", "Helen Okafor", "Request 12-month extension; accelerate Kestrel Vale"],
    ["R2", "Building Safety Regulator approval for Kestrel Vale Block D delayed beyond spring 2025", "High", "Martin Sokolowski", "Early engagement; fire engineer appointed"],
    ["R3", "Heat pump installer capacity insufficient for 900 installations", "High", "Rajiv Menon", "Pipeline commitments; Greenfold College course"],
    ["R4", "Further contractor financial failure", "Medium", "Rajiv Menon", "Monthly creditor reports; project bank accounts"],
    ["R5", "Repeat of ventilation defects leading to damp and mould", "Medium", "Siobhan Reilly", "Independent ventilation sign-off in every home"],
    ["R6", "Environment Agency consent for Saltmarsh phase 2 not granted by March 2025", "Medium", "Jonah Whitcombe", "Revised design submitted; fallback scope without sea wall works"],
    ["R7", "Construction cost inflation above 5% a year", "Medium", "Rachel Ingram", "Fixed-price packages; uplift request to funder"],
]))
B.append(("p", "Two issues carried over from 2023 have been closed: the shortage of retrofit assessors, which was resolved by training six housing officers as assessors, and the dispute with East Calder Borough Council's building control team about the classification of external wall insulation on two-storey houses, resolved in April."))

B.append(("h1", "8. Governance and decisions"))
B.append(("p", "The Programme Board met six times in 2024, chaired by Elaine Tranter, Chief Executive of Northfold Homes. The resident scrutiny panel met quarterly and, at its own request, visited Dunmore Quay in July and Kestrel Vale in October. Its report on the Dunmore Quay ventilation failures was discussed in full at the September Board."))
B.append(("p", "At its meeting on 11 December 2024, having considered a draft of this review, the Board took the following decisions:"))
B.append(("ol", [
    "To submit a formal request to the Clean Heat Transition Fund for a 12-month extension of the programme, moving the final grant claim date from 31 March 2026 to 31 March 2027. Helen Okafor is to submit the request by 31 January 2025.",
    "To request an uplift of £4.2 million in grant to reflect the higher-risk building requirements at Kestrel Vale, the flood resilience works at Saltmarsh and construction inflation since 2022. The request will be submitted alongside the extension request.",
    "To start Saltmarsh phase 2 in April 2025, subject to Environment Agency consent, and to authorise the fallback scope if consent has not been granted by 31 March 2025.",
    "To make independent ventilation sign-off mandatory on every site from 1 January 2025 and to build it into all new contracts.",
    "To keep Kestrel Vale and Dunmore Quay at risk and to receive a recovery report on each at every Board meeting until they are returned to on track.",
    "Not to extend the battery storage pilot at Harrowgate East.",
]))
B.append(("p", "The Board noted that if the Fund declines the extension, the partners will need to decide by June 2025 whether to reduce the programme's scope to the number of homes achievable by March 2026, currently estimated at around 5,200, or to fund the completion of the remaining homes from their own resources."))

B.append(("h1", "9. Lessons learned"))
B.append(("p", "The programme office ran lessons-learned sessions at each site in October. Several themes recurred. First, the programme relied too heavily on self-certification by installers; independent checks of critical items such as ventilation are worth their cost. Second, financial due diligence on contractors must be continuous, not a one-off at procurement. Third, resident communication suffers most when works stop unexpectedly, as at Kestrel Vale and Dunmore Quay, and the programme needs a ready-made communication plan for stoppages. Fourth, the street-by-street model at Harrowgate East shows that visible progress sells the programme better than leaflets."))
B.append(("p", "Some lessons are more specific. At Millbrook, party-wall agreements should be started at the design stage, not at mobilisation. At Saltmarsh, consents for works near flood defences should be sought as early as possible, ideally before design is finalised. At Ashworth, Saturday appointments and text reminders should be standard everywhere. And at Kestrel Vale, the programme should not have allowed a single specialist contractor to hold the whole over-cladding package for six blocks."))

B.append(("h1", "10. Priorities for 2025"))
B.append(("p", "The 2025 delivery plan, which the Board will consider in February, proposes a target of 2,400 completions. That target assumes Castlegate sustains its current rate at Kestrel Vale, that Block D receives regulatory approval in February, that Dunmore Quay returns to full pace from January, and that Saltmarsh phase 2 starts in April. The plan also assumes that Ashworth completes its final homes by June and that its site team then moves to support Dunmore Quay."))
B.append(("p", "The programme office's priorities for the first quarter of 2025 are: submitting the extension and uplift requests by 31 January; bringing in project bank accounts for the two largest packages; completing heat pump aftercare visits for every 2024 installation; agreeing the 2025 college cohorts; and concluding the recovery of remedial costs at Dunmore Quay. Rajiv Menon, Head of Delivery, will lead the Kestrel Vale recovery plan, and Siobhan Reilly will report on the first quarter of mandatory ventilation sign-off to the April Board."))
B.append(("p", "The programme ends 2024 with a delivery machine that works well on straightforward stock, a clearer understanding of where it is fragile, and a funding question that the partners must settle in the first half of 2025. The Programme Board is asked to approve this review for publication to residents and to the Fund."))

B.append(("h1", "Appendix A: Delivery by quarter"))
B.append(("table", [
    ["Site", "Q1", "Q2", "Q3", "Q4", "Total 2024"],
    ["Ashworth", "98", "112", "104", "98", "412"],
    ["Millbrook", "61", "92", "88", "100", "341"],
    ["Kestrel Vale", "58", "74", "12", "70", "214"],
    ["Dunmore Quay", "79", "56", "72", "94", "301"],
    ["Harrowgate East", "52", "86", "79", "116", "333"],
    ["Saltmarsh", "14", "78", "56", "98", "246"],
    ["Total", "362", "498", "411", "576", "1,847"],
]))
B.append(("h1", "Appendix B: Programme contacts"))
B.append(("table", [
    ["Role", "Name", "Organisation"],
    ["Programme Board chair", "Elaine Tranter", "Northfold Homes"],
    ["Programme Director", "Helen Okafor", "Greenfold Housing Partnership"],
    ["Head of Delivery", "Rajiv Menon", "Greenfold Housing Partnership"],
    ["Finance lead", "Rachel Ingram", "Greenfold Housing Partnership"],
    ["Quality lead", "Siobhan Reilly", "Greenfold Housing Partnership"],
    ["Site lead, Ashworth", "Declan Furlong", "Northfold Homes"],
    ["Site lead, Millbrook", "Amara Nwosu", "Calder Valley Housing Trust"],
    ["Site lead, Kestrel Vale", "Martin Sokolowski", "Riverside Mutual"],
    ["Site lead, Dunmore Quay", "Fiona Gallacher", "Greenfold Borough Council"],
    ["Private sector housing lead, Harrowgate East", "Samuel Achebe", "East Calder Borough Council"],
    ["Site lead, Saltmarsh", "Jonah Whitcombe", "Northfold Homes"],
]))

B.append(("h1", "Appendix C: Resident case studies"))
B.append(("p", "The following short accounts were gathered by the resident scrutiny panel and are published with the residents' permission. Names have been changed."))
B.append(("h3", "Mrs Patel, Ashworth bungalow, heat pump pilot"))
B.append(("p", "Mrs Patel is 79 and has lived in her bungalow on Linnet Close since 1988. She was one of the first tenants to agree to a heat pump, mainly, she says, because her gas boiler had broken down twice in the previous winter. The installation took four days. She found the first fortnight confusing, because the radiators felt cooler to the touch than she was used to, and she rang the helpline three times. After a home visit in which the installer's engineer set the system to run at a steady temperature rather than in bursts, she reports that the house has never been so evenly warm. Her electricity bill has risen and her gas bill has disappeared; overall she estimates she is paying about £30 a month less than last winter."))
B.append(("h3", "The Kowalski family, Kestrel Vale Block B"))
B.append(("p", "The Kowalskis live on the fifth floor of Block B with three children. Scaffolding went up outside their windows in May and stayed there, unused, from mid-July until late September after Brightline's collapse. During that time the family kept the curtains closed most of the day because workers had previously been able to see in, and they felt unsafe leaving windows open because the scaffold gave access to the flat. Mr Kowalski organised the petition to the local councillor. Since Castlegate took over, the family's flat has been completed, and he describes the finished result as good, but says the programme should have told residents much sooner what was happening and why the scaffold could not come down."))
B.append(("h3", "Mr and Mrs Doherty, Harrowgate East owner-occupiers"))
B.append(("p", "The Dohertys own a 1930s semi-detached house on Orchard Way and qualified for a 50 per cent contribution under the sliding scale. They paid £6,400 towards cavity wall insulation, loft top-up, a heat pump and a solar array. They heard about the scheme because three houses on their street had scaffolding up at the same time and a neighbour showed them her new heat pump. Their main complaint was the six-week wait between survey and installation; their main praise was for the installation team, who, they say, left the house cleaner than they found it."))
B.append(("h3", "Ms Adeyemi, Dunmore Quay"))
B.append(("p", "Ms Adeyemi's two-bedroom terraced house on Chandlers Walk was insulated in January. By April there was black mould in the back bedroom where her four-year-old son sleeps. She was one of the four households temporarily rehoused while remedial work was done and spent 19 nights in a serviced apartment in the town centre. She says the remedial team were thorough and apologetic, and the house is now dry, but that it took three phone calls before anyone from the programme came to look at the mould, and she would not have agreed to the works if she had known this could happen. Her complaint is the one currently with the Housing Ombudsman."))
B.append(("h3", "Saltmarsh flood zone residents' group"))
B.append(("p", "Residents of Marsh Lane formed a small group after the October public meeting to press for phase 2 to go ahead. Their spokesperson, a retired harbour pilot, told the scrutiny panel that residents understand the need for flood consents but are frustrated that neighbours a few hundred metres up the hill have already had their works. The group has asked to be consulted on the flood-resilient floor designs before they are finalised, and the site team has agreed to hold a design workshop with them in January."))


def _check_tables():
    rows = [r for r in B if r[0] == "table"][-2][1][1:-1]
    totals = [sum(int(r[i]) for r in rows) for i in range(1, 6)]
    if totals != [362, 498, 411, 576, 1847]:
        return "appendix A totals wrong: %r" % totals
    return None


DOCS = [{
    "file": "annual_programme_review_2024.docx",
    "title": "Greenfold Warm Homes Retrofit Programme: Annual Programme Review 2024",
    "author": "Helen Okafor",
    "date": "2024-12-16",
    "long": True,
    "blocks": B,
    "checks": [_check_tables],
    "facts": [
        {"id": "f1", "any": ["1,847", "1847"]},
        {"id": "f2", "any": ["2,200", "2200", "84%", "84 per cent"]},
        {"id": "f3", "any": ["18.6m", "18.6 million", "18,600,000"]},
        {"id": "f4", "any": ["Kestrel Vale"]},
        {"id": "f5", "any": ["Dunmore Quay", "Dunmore"]},
        {"id": "f6", "any": ["March 2027", "12-month extension", "12 month extension", "one-year extension"]},
        {"id": "f7", "any": ["4.2m", "4.2 million", "4,200,000"]},
        {"id": "f8", "any": ["Saltmarsh"]},
    ],
    "false": [
        {"id": "x1", "any": ["Kestrel Vale on track", "Vale is on track", "Vale remains on track"],
         "why": "Kestrel Vale is rated at risk after its contractor went into administration"},
        {"id": "x2", "any": ["Dunmore Quay on track", "Quay is on track", "Quay remains on track"],
         "why": "Dunmore Quay is rated at risk after ventilation/mould failures"},
        {"id": "x3", "any": ["no overspend", "programme under budget", "programme was under budget", "programme within budget"],
         "why": "spend was £18.6m against a £17.9m budget, an overspend of £0.7m"},
        {"id": "x4", "any": ["exceeded the 2,200", "beat the 2,200", "2,200 target was met", "met its annual target"],
         "why": "the programme delivered 1,847 homes, 84% of the 2,200 target"},
    ],
}]
