"""Long document: HSE site audit of Brackenfield Distribution Centre."""

B = []
B.append(("title", "Health, Safety and Environmental Site Audit: Brackenfield Distribution Centre"))
B.append(("meta", "Corrigan Cold Chain Ltd, Group HSE Audit Programme 2024. Audit dates: 3 to 5 September 2024. Report issued: 16 September 2024. Lead auditor: Margaret Dunleavy (Group HSE). Co-auditor: Kwame Asante (Engineering Compliance). Report reference: HSE-AUD-2024-07."))

B.append(("h1", "1. Purpose and scope"))
B.append(("p", "This report records the findings of the annual health, safety and environmental audit of Brackenfield Distribution Centre, Unit 4, Brackenfield Industrial Park. The audit forms part of the group's rolling programme under which every operating site is audited once a year against the Corrigan HSE Management Standard (issue 6), relevant legislation and the site's own procedures. The previous audit of the site took place in September 2023."))
B.append(("p", "The scope covered all operational areas of the site: the goods-in and dispatch docks, frozen chamber A, chill chamber B, the ambient warehouse and mezzanine pick module, the ammonia refrigeration plant and compressor house, the battery charging room, the maintenance workshop, the yard and gatehouse, the offices and welfare facilities, and the site's environmental arrangements for waste, drainage and refrigerant management. The audit also reviewed training records, contractor management, incident reporting and the status of actions from the 2023 audit. Fleet operations run by the transport division from the same yard were included only in so far as they affect site traffic management."))
B.append(("p", "The audit team spent three days on site, including a night-shift visit between 22:00 and 01:30 on 4 September. We interviewed 31 people, including the general manager, department managers, shift supervisors, agency operatives, two visiting hauliers and the site's two safety representatives. We sampled records covering the period from 1 September 2023 to 31 August 2024."))

B.append(("h1", "2. Overall assessment"))
B.append(("p", "Brackenfield scored 68 per cent against the audit standard, which places it in the Requires Improvement band (55 to 69 per cent). This is a decline from the score of 74 per cent (Satisfactory) achieved at the 2023 audit. The audit raised three major non-conformities, eleven minor non-conformities and seven observations, and recorded five examples of good practice."))
B.append(("p", "It is important to say at the outset that much of the site's day-to-day safety management is sound. Temperature control in the chambers is excellent, the permit-to-work system for hot work and work at height is well run, and the site has an active near-miss reporting culture that many larger sites in the group would envy. The decline in score is driven by a small number of serious gaps in statutory inspection, physical infrastructure and yard management, together with a general slippage in routine record-keeping since the departure of the previous site HSE advisor in March and the six-month gap before his successor, Deepak Chauhan, started in August."))
B.append(("p", "The three major non-conformities each represent a risk of serious injury or a breach of statutory duty and require action within fixed deadlines, as set out in section 4. The general manager, Paul Heseltine, accepted all findings at the closing meeting on 5 September. A corrective action plan is due to Group HSE by 27 September 2024, and a follow-up audit, focused on the major non-conformities and the minor findings relating to fire safety and training, will take place on 9 December 2024."))
B.append(("table", [
    ["Finding category", "2023 audit", "2024 audit"],
    ["Overall score", "74%", "68%"],
    ["Rating", "Satisfactory", "Requires Improvement"],
    ["Major non-conformities", "0", "3"],
    ["Minor non-conformities", "9", "11"],
    ["Observations", "8", "7"],
    ["Good practice examples", "4", "5"],
]))

B.append(("h1", "3. Site profile"))
B.append(("p", "Brackenfield is a temperature-controlled distribution centre of approximately 31,000 square metres serving food retail and food service customers in the Midlands and the North West. Frozen chamber A holds 14,200 pallet positions at minus 25 degrees Celsius; chill chamber B holds 9,800 pallet positions at between two and five degrees; and the ambient warehouse, which also houses a two-level mezzanine pick module, holds 6,400 pallet positions. The site has 18 dock doors, of which doors 1 to 8 serve goods-in and doors 9 to 18 serve dispatch."))
B.append(("p", "The site employs 146 people directly and, on a typical day, between 35 and 45 agency operatives, mainly on the night shift. It operates three shifts, six days a week, with a reduced Sunday shift during the peak season from October to December. Refrigeration for both chambers is provided by an ammonia plant with a total charge of approximately 4.8 tonnes, located in a dedicated compressor house on the east side of the building. Three smaller HFC systems serve the offices and the battery charging room."))
B.append(("p", "The management team comprises Paul Heseltine (General Manager), Lucy Brannigan (Warehouse Operations Manager), Tomasz Wojcik (Engineering Manager), Gareth Lloyd-Evans (Transport and Yard Manager), Hannah Osei (People Manager) and Deepak Chauhan (Site HSE Advisor). There are two elected safety representatives, one on days and one on nights."))
B.append(("p", "The site's accident record in the audit period comprised two lost-time injuries. In February an operative slipped on ice that had formed on the floor of the chamber A anteroom and fractured her wrist; she was absent for eleven days and the injury was reported under RIDDOR as an over-seven-day injury. In June a warehouse operative suffered a crushed finger while clearing a jam on the pallet stretch-wrap machine at door 12, losing four days. The site recorded 212 near misses in the first eight months of 2024, up from 164 in the same period of 2023, which we regard as a healthy sign of reporting rather than a deterioration in conditions."))

B.append(("h1", "4. Major non-conformities"))
B.append(("h2", "MNC-01: Ammonia plant pressure relief valves overdue for examination"))
B.append(("p", "The ammonia refrigeration plant is a pressure system subject to a written scheme of examination prepared by the group's insurer. The scheme requires the three pressure relief valves on the high-pressure receiver, and the relief valve on the low-pressure surge drum, to be examined or replaced every 24 months. The last examination was carried out in February 2022, so the examination fell due in February 2024. At the time of the audit it had not been carried out, and the plant had therefore been operating outside its written scheme for approximately seven months."))
B.append(("p", "The records show that the insurer's engineer surveyor was booked to attend in February 2024 and again in May 2024, and that both visits were cancelled, the first by the site because of a plant shutdown clash and the second by the insurer because of illness. No one rebooked the visit after May. The engineering team told us that they had assumed the insurer would rebook automatically. The plant's weekly checks, monthly leak detection tests and annual maintenance by the refrigeration contractor Polar Systems Engineering were all up to date, and there was no evidence that the valves were in poor condition. Nonetheless, operating a pressure system beyond its examination date is a breach of the Pressure Systems Safety Regulations and, in an ammonia plant with a charge of nearly five tonnes, the consequences of a relief valve failure could be severe for people on and off site."))
B.append(("p", "Required action: the examination of all four relief valves must be completed by 30 September 2024. The site must also put in place a tracker of all statutory inspections with named owners and escalation to the general manager when any inspection is within 30 days of its due date. Owner: Tomasz Wojcik, Engineering Manager. During the audit, Mr Wojcik contacted the insurer, who offered a visit on 23 September, and we have asked for the examination report to be sent to Group HSE as soon as it is received."))

B.append(("h2", "MNC-02: Damaged racking in aisle 17, chamber A"))
B.append(("p", "During the walk-round of frozen chamber A on the first morning, the audit team found four rack uprights in aisle 17 with damage that falls within the red risk category of the rack inspection standard: in each case the upright was buckled by more than the permitted deflection, and in one case the steel had split at the base plate. All four uprights were in fully loaded bays, with frozen product on all five beam levels above them."))
B.append(("p", "Red-risk damage requires the affected bays to be offloaded immediately and isolated until repaired. The audit team stopped work in the aisle and the warehouse operations manager arranged for the bays to be offloaded, which was completed by 14:20 on 4 September. The bays have been isolated with barriers and signage. The annual inspection by an accredited rack inspector was last carried out in November 2023 and is due again in November 2024; it is not overdue. However, the site's own procedure requires a weekly visual inspection by trained staff, and the weekly inspection records for chamber A were missing for six consecutive weeks in July and August. We could not establish when the damage occurred. Reach truck drivers interviewed said that the aisle is narrow at the turn from the main gangway and that impacts there are common, particularly when frost builds up on the floor."))
B.append(("p", "Required action: replace the four damaged uprights by 14 October 2024, with no reloading of the bays until replacement and reinspection are complete; reinstate weekly inspections immediately with records reviewed by the operations manager; and assess whether column guards or a change to the aisle entry layout are needed at the aisle 17 turn. Owner: Lucy Brannigan, Warehouse Operations Manager."))

B.append(("h2", "MNC-03: Pedestrian segregation in the yard"))
B.append(("p", "The site yard handles around 160 heavy goods vehicle movements a day. Visiting drivers are directed to a welfare cabin near the gatehouse, from which they must walk to the dispatch office at door 9 to collect paperwork. There is no marked or protected pedestrian route between the welfare cabin and the dispatch office; drivers walk along the edge of the yard, crossing the reversing zone in front of doors 9 to 12. The 2023 audit raised this as a minor non-conformity and the site agreed to install a marked route by December 2023. That action was not completed."))
B.append(("p", "Since then, two near misses have been recorded in which pedestrians were nearly struck by reversing vehicles: on 11 July a visiting driver walking to the dispatch office stepped behind a trailer that was reversing onto door 10, and on 29 July a site employee crossing to the smoking shelter was nearly struck by a tractor unit manoeuvring to couple to a trailer. During the audit we observed eleven pedestrians crossing the reversing zone in a 40-minute period. Because the finding was raised last year and not addressed, and because there have been two near misses, we have escalated it to a major non-conformity."))
B.append(("p", "Required action: install a physically segregated pedestrian walkway with barriers from the welfare cabin to the dispatch office, with a marked and controlled crossing point, by 31 October 2024. Until the walkway is in place, a banksman must be present at doors 9 to 12 whenever vehicles are reversing, and visiting drivers must be escorted or required to remain in the cab or welfare cabin. Owner: Gareth Lloyd-Evans, Transport and Yard Manager. The interim banksman arrangement was in place from the second day of the audit."))

B.append(("h1", "5. Minor non-conformities"))
B.append(("p", "The eleven minor non-conformities are listed below with the required action, owner and target date. Most relate to records or routine checks that lapsed during the period without a site HSE advisor. None is individually serious, but taken together they explain much of the fall in the site's score."))
B.append(("table", [
    ["Ref", "Finding", "Required action", "Owner", "Target date"],
    ["MIN-01", "Fire door FD-22 between the chill chamber anteroom and dispatch found wedged open on two occasions", "Remove wedges; fit hold-open device linked to fire alarm", "Tomasz Wojcik", "31 October 2024"],
    ["MIN-02", "Monthly emergency lighting tests not recorded for June and August 2024", "Complete tests; add to planned maintenance schedule", "Tomasz Wojcik", "30 September 2024"],
    ["MIN-03", "Forklift pre-use checks completed for 82% of shifts sampled", "Daily supervisor check of completion; toolbox talk", "Lucy Brannigan", "30 September 2024"],
    ["MIN-04", "Three agency operatives in chamber A without thermal gloves; warm-up break log incomplete", "Issue PPE at agency induction; supervisors to sign break log", "Lucy Brannigan", "Immediate"],
    ["MIN-05", "Waste transfer notes for general waste missing for May to July 2024", "Obtain copies from waste contractor; monthly file check", "Deepak Chauhan", "31 October 2024"],
    ["MIN-06", "Yard drainage oil interceptor last emptied 14 months ago (required every six months)", "Empty and inspect interceptor; add to schedule", "Tomasz Wojcik", "30 September 2024"],
    ["MIN-07", "23 of 146 employees overdue for manual handling refresher training", "Deliver refresher training to all overdue staff", "Hannah Osei", "30 November 2024"],
    ["MIN-08", "Battery charging room eyewash bottle expired; extraction fan not on maintenance schedule", "Replace eyewash; add fan to planned maintenance", "Tomasz Wojcik", "Immediate"],
    ["MIN-09", "No COSHH assessment for the new floor cleaning chemical introduced in May", "Complete assessment and brief cleaning team", "Deepak Chauhan", "30 September 2024"],
    ["MIN-10", "Thorough examination certificate for dock leveller 7 not on file", "Obtain certificate or arrange examination", "Tomasz Wojcik", "31 October 2024"],
    ["MIN-11", "Site induction records incomplete for 2 of 9 contractors on site during audit", "Induct contractors; gatehouse check before issuing passes", "Gareth Lloyd-Evans", "Immediate"],
]))
B.append(("p", "Two of these findings deserve brief comment. The forklift pre-use check rate of 82 per cent (MIN-03) was based on a sample of 220 checklists from three weeks in July and August. Completion was close to 100 per cent on the day shift and fell to around 65 per cent on the night shift, where supervisors told us that pressure to load the first dispatch wave by 04:00 meant checks were sometimes skipped. The cold-store PPE finding (MIN-04) was observed on the night visit; the three operatives had been supplied by a new agency that started at the site in August and had not been issued thermal gloves at induction. All three were withdrawn from the chamber until gloves were issued."))
B.append(("p", "The training finding (MIN-07) is concentrated in two groups: 14 of the 23 overdue employees are reach truck drivers on the night shift, and six are maintenance technicians. The people manager explained that refresher sessions scheduled for April and May were cancelled when the previous HSE advisor left, as he had delivered them himself. The site has since booked an external trainer for four sessions in October and November."))

B.append(("h1", "6. Observations"))
B.append(("p", "Observations are not non-conformities but are areas where the audit team believes improvement would reduce risk or cost. The site is asked to consider them and report its response in the corrective action plan."))
B.append(("ol", [
    "Mezzanine edge protection: the pallet gate at the upper mezzanine loading point has a gap of about 300 millimetres at one side when open, through which cartons could fall onto the pick aisle below. A simple infill panel would address this.",
    "Noise: the noise assessment for the compressor house dates from 2020. Since then a fourth compressor has been installed. A new assessment is advisable, and hearing protection signage at the compressor house door has faded.",
    "First aid cover on nights: the night shift has one trained first aider for up to 38 people, spread across three chambers. The group standard is met, but if the first aider is on a break or absent there is no cover. Training one more night-shift first aider is recommended.",
    "Lone working in the chambers: operatives working alone in chamber A at night rely on radio contact. The site should consider man-down alarms, which are in use at two other group cold stores.",
    "Housekeeping in the maintenance workshop was poor on the first day of the audit, with offcuts, an oily rag bin overflowing and a trailing extension cable across the walkway. It had improved noticeably by the third day.",
    "Welfare for visiting drivers: the driver welfare cabin has one toilet, which was out of order on the first day. Drivers used the warehouse toilets, which requires them to cross the yard (see MNC-03).",
    "Energy: several dock door seals on the chill chamber side are worn, causing visible air leakage and frost build-up. Replacing the seals would save energy and reduce the ice formation that contributed to the February slip.",
]))

B.append(("h1", "7. Good practice"))
B.append(("p", "The audit team recorded five examples of good practice that we will share with other sites in the group."))
B.append(("ul", [
    "Temperature monitoring: wireless probes in both chambers report every two minutes to a central dashboard with escalating alarms to the duty manager and on-call engineer. System availability over the audit period was 99.7 per cent, and every alarm we sampled had a recorded response within the target time.",
    "Permit to work: hot work and work at height permits were complete, correctly authorised and closed out. Permit holders interviewed could explain the controls in their own words.",
    "Ammonia leak detection: detectors in the compressor house and chamber evaporator areas are tested monthly with calibration gas, with results recorded and signed. The emergency response plan was tested with the local fire service in April.",
    "Near-miss reporting: 212 near misses were reported in eight months, each reviewed at the daily operations meeting. Operatives told us that they see action taken on their reports, which encourages further reporting.",
    "F-gas register: the register for the three HFC systems is complete, with leak checks at the required frequency and records of refrigerant added and recovered.",
]))

B.append(("h1", "8. Environmental management"))
B.append(("p", "The site's environmental performance is generally acceptable, with two minor non-conformities (MIN-05 and MIN-06) noted above. Electricity consumption in the audit period was 9.8 gigawatt hours, a reduction of three per cent on the previous year, attributed mainly to the replacement of chamber lighting with LEDs in late 2023. The site's target of a five per cent reduction was not met."))
B.append(("p", "Waste arisings were 1,430 tonnes, of which 91 per cent was recycled or recovered. The largest streams were cardboard and plastic film from inbound deliveries. About 38 tonnes of food waste, mostly rejected deliveries and damaged product, was sent to anaerobic digestion. The site has no permit breaches or environmental complaints from neighbours recorded in the audit period, although two neighbours complained in May about reversing alarms at night; the transport manager responded by switching the site's shunter vehicles to white-noise reversing alarms."))
B.append(("p", "Surface water from the yard drains through an oil interceptor to the industrial estate's drainage system. The interceptor has not been emptied for 14 months (MIN-06). When we lifted the inspection cover the oil layer was visible but well below the alarm level. A spill kit was present at each fuelling point, and the spill kits we checked were complete."))

B.append(("h1", "9. Fire safety"))
B.append(("p", "The fire risk assessment was reviewed in January 2024 by an external assessor and is current. Its 14 recommendations had all been closed except two: the replacement of a damaged fire door in the ambient warehouse, scheduled for October, and the review of evacuation arrangements for the mezzanine, which is in progress. The fire alarm is tested weekly, and the records were complete. The last full evacuation drill, on the day shift in May, cleared the building in four minutes and ten seconds. No night-shift drill has been held since November 2022; one should be carried out before the peak season."))
B.append(("p", "Fire doors were generally in good condition, with the exception of FD-22 (MIN-01), which operatives wedge open to move roll cages between the chill chamber anteroom and the dispatch marshalling area. A hold-open device linked to the alarm system would allow this without compromising the door's function in a fire. Emergency lighting tests were not recorded for two months (MIN-02), but an annual duration test in March was recorded and passed."))

B.append(("h1", "9A. Area-by-area notes"))
B.append(("p", "This section records what the audit team saw in each operational area, including points that did not result in a formal finding. It is intended to help area managers prioritise their own improvement work."))
B.append(("h2", "Goods-in docks (doors 1 to 8)"))
B.append(("p", "Goods-in was orderly on all three days. Dock levellers and vehicle restraints were in working order on seven of the eight doors; door 3's vehicle restraint was out of service awaiting a part and the door was correctly tagged out, with inbound vehicles diverted to door 4. Trailer creep was controlled by the restraint and traffic light system, and drivers we observed waited in the goods-in waiting room while their vehicles were unloaded. Temperature checks on arriving frozen loads were carried out for every delivery we observed and two loads were correctly rejected for being above minus 15 degrees at the rear doors."))
B.append(("h2", "Frozen chamber A"))
B.append(("p", "Apart from the racking damage in aisle 17 (MNC-02) and the agency PPE finding on nights (MIN-04), chamber A was in good order. Aisle floors were largely free of ice except at the entrance strip curtains, where frost build-up was visible beside doors 2 and 5. Reach trucks are fitted with cab heaters and blue-spot pedestrian warning lights. Operatives working in the chamber follow a 90-minute exposure limit followed by a 20-minute warm-up break; the break log was fully completed on days and incomplete on nights. The emergency release handles on the inside of the chamber personnel doors were tested during the audit and all worked."))
B.append(("h2", "Chill chamber B"))
B.append(("p", "Chamber B is the busiest area of the site and runs close to full capacity from September onwards. Gangways were partly obstructed by pallets of product awaiting put-away on the first afternoon, which forced pedestrians to step into the reach truck lanes; the operations manager explained that a late inbound from a dairy customer had arrived outside its booking slot. The chamber's racking was in good condition. The anteroom to dispatch is where fire door FD-22 is located (MIN-01), and it is also where roll cages accumulate during the evening dispatch wave, so the area needs a marked holding zone."))
B.append(("h2", "Ambient warehouse and mezzanine pick module"))
B.append(("p", "The ambient warehouse holds dry goods and packaging. A racking installer was extending aisles 40 to 44 during the audit, under a permit and within a fenced exclusion zone; the installation work was well controlled. On the mezzanine, pickers work at two levels and send cartons down spiral chutes to the dispatch conveyor. Edge protection was sound except at the pallet gate noted in the observations. Pick rates on the mezzanine are displayed on screens, and several pickers said the displays made them feel rushed; the site may wish to review how the information is used."))
B.append(("h2", "Compressor house and ammonia plant"))
B.append(("p", "The compressor house was clean, well lit and secure, with access restricted to trained engineering staff and the refrigeration contractor. Emergency breathing apparatus and chemical suits were in date, and the emergency shutdown buttons at both exits were clearly marked. Ammonia detectors, as noted in section 7, are tested monthly. The only serious issue in this area is the overdue relief valve examination (MNC-01). The engineering manager also told us that two of the four compressors are now 19 years old and that the refrigeration contractor has recommended replacing them within three years; this is a capital planning matter rather than an audit finding, but it should be reflected in the site's asset plan."))
B.append(("h2", "Battery charging room"))
B.append(("p", "The site operates a mixed fleet of lead-acid and lithium-ion trucks. Lead-acid batteries are charged in a dedicated room with extraction and an eyewash station. The eyewash bottle had expired in June and the extraction fan is not on the maintenance schedule (MIN-08). Battery watering is carried out with an automatic system and the technicians wore face shields and gloves when we observed them. Lithium-ion trucks are charged at opportunity chargers along the warehouse wall; the site should confirm with its insurer whether the fire risk assessment adequately covers these chargers, which were installed after the January review."))
B.append(("h2", "Maintenance workshop"))
B.append(("p", "The workshop is small and was cluttered on the first day (observation 5). Machine guarding on the pillar drill and bench grinder was in place, and the grinder's tool rest was correctly adjusted. Welding is carried out under hot work permits in a screened bay. The workshop's COSHH cabinet was well organised, but the safety data sheet file was two years out of date and did not include the new floor cleaning chemical (MIN-09)."))
B.append(("h2", "Gatehouse, security and offices"))
B.append(("p", "The gatehouse controls entry for all vehicles and visitors. Visitor sign-in and the issue of high-visibility vests worked well, but the induction check for contractors was not carried out (MIN-11). CCTV covers the yard and docks and footage is kept for 30 days. Offices and welfare areas for staff were clean and adequate, with a canteen that operates on all three shifts. Display screen assessments for office staff were up to date."))
B.append(("h1", "9B. Emergency preparedness and occupational health"))
B.append(("p", "The site's major emergency scenario is an ammonia release. The emergency plan identifies two assembly points, one on the west car park and one at the far end of the trailer park, so that staff can muster upwind of the compressor house whichever way the wind is blowing; a windsock on the compressor house roof is visible from both. In April the site ran a joint exercise with the fire and rescue service simulating a leak from a valve on the chamber A evaporator. The exercise report records that the building was evacuated in just over six minutes and that the fire service liaison worked well, but also that the gatehouse did not stop an inbound delivery from entering the yard for eight minutes after the alarm, and that the list of off-site neighbours to notify was out of date. The list has since been revised and now includes Brackenfield Primary School, about 600 metres to the south-west, and the two food manufacturers on the adjacent plots."))
B.append(("p", "Spill and first-aid equipment was present and in date across the site, with the exception of the battery room eyewash noted above. The site holds two defibrillators, at the gatehouse and in the canteen, both checked weekly. Eight staff on days and one on nights are trained first aiders, which is why observation 3 recommends an additional night-shift first aider."))
B.append(("p", "Occupational health support is provided by an external provider. Employees who work regularly in chamber A receive an annual cold-exposure health questionnaire; 58 questionnaires were completed in 2024 and two employees were referred for assessment, one of whom has been redeployed to ambient work on medical advice. Audiometry was last carried out for the twelve staff who work in or near the compressor house in 2022 and is due again this year; it should be scheduled alongside the new noise assessment recommended in observation 2. The site's sickness absence rate in the audit period was 4.6 per cent, close to the group average, and musculoskeletal complaints accounted for about a third of the days lost, which reinforces the importance of completing the overdue manual handling refreshers."))
B.append(("h1", "10. People, training and contractors"))
B.append(("p", "The site's training matrix covers all directly employed staff and is held by the people manager. Apart from the manual handling refreshers (MIN-07), mandatory training was up to date: all 41 reach truck and counterbalance drivers hold current licences, all engineering staff have current ammonia awareness training, and all supervisors have completed the group's two-day safety leadership course."))
B.append(("p", "Agency operatives receive a site induction delivered by the agency's on-site coordinator using material prepared by the site. We reviewed the inductions of 12 agency operatives and found them complete, but noted that the induction does not include practical cold-store training, which the permanent staff receive. Given that most chamber A work at night is carried out by agency staff, the site should consider extending the cold-store module to agency starters."))
B.append(("p", "Nine contractors were working on site during the audit, including the refrigeration contractor, a racking installer working in the ambient warehouse, cleaners and a roofing contractor. Permits and risk assessments were in good order, but two contractors, both from the roofing firm, had no record of site induction (MIN-11). The gatehouse issued them passes on the basis of their contractor card without checking the induction register."))

B.append(("h1", "11. Status of 2023 audit actions"))
B.append(("p", "The 2023 audit raised 17 actions. Fourteen have been closed and verified. Three remain open: the yard pedestrian route, now escalated as MNC-03; the replacement of worn dock door seals, now an observation; and the review of lone working arrangements in the chambers, also now an observation. The open actions were all assigned to managers who have since changed roles, and the site's action tracker had not been updated to transfer ownership."))

B.append(("h1", "12. Management commitment and culture"))
B.append(("p", "In interviews the team found a generally positive safety culture among permanent staff. Operatives knew how to report hazards and most could name the site's top three risks without prompting. Supervisors were visible on the floor and several operatives described specific cases in which supervisors had stopped work for safety reasons. The safety committee meets monthly, although it did not meet in April or May, and its minutes show that the yard pedestrian route was raised by the day-shift safety representative at five of the seven meetings held since January."))
B.append(("p", "Less positively, the agency operatives we spoke to on the night shift were less confident about reporting and less aware of the site's procedures, and several said they felt under pressure to meet pick rates. The site's management team was open about the strain caused by operating without an HSE advisor for six months, and the audit team recognises that the general manager and engineering manager absorbed much of the advisor's work during that period alongside their own roles. The appointment of Deepak Chauhan in August should allow the site to rebuild its routine compliance, but he will need clear support and priorities."))

B.append(("h1", "13. Conclusions and next steps"))
B.append(("p", "Brackenfield Distribution Centre is rated Requires Improvement, with a score of 68 per cent. The site's core operational controls are good, but the lapse in the ammonia plant's statutory examination, the damaged racking in aisle 17 and the long-standing failure to separate pedestrians from reversing vehicles in the yard are serious failings that must be corrected quickly. Most of the minor findings are record-keeping lapses that should be straightforward to fix now that the site has an HSE advisor in post."))
B.append(("p", "The site must submit its corrective action plan to Group HSE by 27 September 2024. The three major non-conformities must be closed by their deadlines: the relief valve examination by 30 September, the racking repair by 14 October and the yard walkway by 31 October. Group HSE will track progress fortnightly with the general manager. The follow-up audit on 9 December 2024 will verify closure of the major non-conformities and of MIN-01, MIN-02, MIN-04 and MIN-07. If any major non-conformity remains open at the follow-up audit, the matter will be escalated to the Group Operations Director, Caroline Mbeki, in line with the audit procedure."))
B.append(("p", "The audit team thanks the staff of Brackenfield for their cooperation and openness during the audit, and in particular the night-shift team for their time during a busy dispatch wave."))

B.append(("h1", "Appendix A: Scoring by section"))
B.append(("table", [
    ["Section of standard", "Maximum", "Score 2023", "Score 2024"],
    ["Leadership and management", "60", "44", "42"],
    ["Risk assessment and safe systems", "80", "57", "55"],
    ["Statutory inspection and maintenance", "80", "58", "44"],
    ["Workplace and traffic management", "70", "45", "40"],
    ["Fire and emergency arrangements", "50", "38", "36"],
    ["Training and competence", "50", "36", "33"],
    ["Contractor management", "30", "24", "22"],
    ["Environmental management", "50", "36", "35"],
    ["Monitoring, reporting and review", "30", "24", "25"],
    ["Total", "500", "362 (72%)", "332 (66%)"],
]))
B.append(("p", "Note: the overall scores of 74 per cent for 2023 and 68 per cent for 2024 each include a two per cent adjustment for the good practice examples recorded at the audit (section 7 for 2024), in line with the audit procedure, which allows up to three per cent credit for documented good practice."))

B.append(("h1", "Appendix B: People interviewed"))
B.append(("table", [
    ["Name or role", "Department", "Shift"],
    ["Paul Heseltine, General Manager", "Management", "Days"],
    ["Lucy Brannigan, Warehouse Operations Manager", "Operations", "Days"],
    ["Tomasz Wojcik, Engineering Manager", "Engineering", "Days"],
    ["Gareth Lloyd-Evans, Transport and Yard Manager", "Transport", "Days"],
    ["Hannah Osei, People Manager", "People", "Days"],
    ["Deepak Chauhan, Site HSE Advisor", "HSE", "Days"],
    ["Night shift manager and three night supervisors", "Operations", "Nights"],
    ["Two safety representatives", "Operations", "Days and nights"],
    ["Eleven warehouse operatives, six of them agency", "Operations", "Days and nights"],
    ["Four maintenance technicians and the refrigeration contractor", "Engineering", "Days"],
    ["Two visiting hauliers and the gatehouse officer", "Transport", "Days"],
]))

B.append(("h1", "Appendix C: Timeline of audit visit"))
B.append(("table", [
    ["Date and time", "Activity"],
    ["3 September, 08:30", "Opening meeting with site management team"],
    ["3 September, 09:30 to 16:00", "Document review; walk-round of docks, ambient warehouse and mezzanine"],
    ["4 September, 08:00 to 12:00", "Chamber A and chamber B walk-round; racking damage identified in aisle 17"],
    ["4 September, 13:00 to 17:00", "Compressor house, engineering records, battery charging room"],
    ["4 September, 22:00 to 01:30", "Night-shift visit; agency PPE finding; yard observation"],
    ["5 September, 09:00 to 13:00", "Interviews, training records, contractor records, environmental review"],
    ["5 September, 15:00", "Closing meeting; findings accepted by the general manager"],
]))


def _check_scores():
    t = [b for b in B if b[0] == "table"][2][1]
    rows = t[1:-1]
    mx = sum(int(r[1]) for r in rows)
    s23 = sum(int(r[2]) for r in rows)
    s24 = sum(int(r[3]) for r in rows)
    if (mx, s23, s24) != (500, 362, 332):
        return "appendix A scores add up to %r" % ((mx, s23, s24),)
    return None


DOCS = [{
    "file": "site_audit_brackenfield_2024.docx",
    "title": "HSE Site Audit: Brackenfield Distribution Centre",
    "author": "Margaret Dunleavy",
    "date": "2024-09-16",
    "long": True,
    "blocks": B,
    "checks": [_check_scores],
    "facts": [
        {"id": "f1", "any": ["Requires Improvement"]},
        {"id": "f2", "any": ["68%", "68 per cent", "68 percent"]},
        {"id": "f3", "any": ["three major", "3 major"]},
        {"id": "f4", "any": ["ammonia", "relief valve"]},
        {"id": "f5", "any": ["aisle 17", "racking"]},
        {"id": "f6", "any": ["pedestrian", "walkway"]},
        {"id": "f7", "any": ["30 September", "30 Sept", "Sept 30", "September 30"]},
        {"id": "f8", "any": ["9 December", "9 Dec", "December 9"]},
    ],
    "false": [
        {"id": "x1", "any": ["rated Good", "rating of Good", "rated Outstanding", "rated Inadequate"],
         "why": "the 2024 rating is Requires Improvement"},
        {"id": "x2", "any": ["no major non-conformit", "no major findings", "no major issues", "no major non-conformances"],
         "why": "the audit raised three major non-conformities"},
        {"id": "x3", "any": ["score improved", "improved from 74", "up from 74", "improvement on 2023"],
         "why": "the score fell from 74% in 2023 to 68%"},
    ],
}]
