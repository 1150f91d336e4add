"""Long document: policy consultation response (Eastholme County Council, home-to-school travel)."""

B = []
B.append(("title", "Home-to-School Travel: Reforming Funding and Eligibility. Response of Eastholme County Council"))
B.append(("meta", "Submitted to the Department for Education on 21 February 2025 (consultation closes 28 February 2025). Approved by Cabinet on 18 February 2025. Signed by Cllr Amina Sheikh, Cabinet Member for Children, Families and Education, and Robert Faulkner-Hale, Director of Children's Services."))

B.append(("h1", "1. Introduction"))
B.append(("p", "Eastholme County Council welcomes the opportunity to respond to the Department's consultation on reforming the funding and eligibility framework for home-to-school travel. The council agrees with the Department that the current arrangements are not sustainable. Home-to-school travel has become one of the fastest-growing pressures on the council's budget, and the statutory framework, much of which dates from the Education Act 1996 and the guidance that followed it, was not designed for the numbers of children with special educational needs and disabilities (SEND) who now travel to school, nor for the state of the transport market in rural England."))
B.append(("p", "However, the council has serious concerns about several of the proposals. In particular, it strongly disagrees with the proposal to increase the statutory walking distances, which in a county like Eastholme would remove free transport from over a thousand children who would then be expected to walk along unlit rural roads without pavements. It also disagrees with the proposal to allow councils to charge families for post-16 SEND transport. It supports the proposals on travel training, and supports in principle the move to a ring-fenced grant, provided the formula properly reflects sparsity."))
B.append(("p", "This response sets out the local context, answers each of the consultation's 18 questions, and closes with the council's five key asks of the Department. It has been informed by a survey of 1,260 Eastholme parents and carers carried out in January 2025, by discussions with the Eastholme Parent Carer Forum, with headteachers through the Schools Forum, and with the county's transport operators at the Operators' Liaison Group."))

B.append(("h1", "2. Home-to-school travel in Eastholme"))
B.append(("p", "Eastholme is a large rural county with a population of about 612,000, two medium-sized towns, Marchbridge and Eastholme itself, and more than 300 villages and hamlets. The county has 318 schools, of which 241 are primary schools, many with fewer than 100 pupils. Eleven special schools serve the county, but three of them are in Marchbridge in the far south, which means that children with complex needs in the north of the county often travel long distances."))
B.append(("p", "In the 2024/25 school year, 6,140 pupils are eligible for free home-to-school travel provided by the council. Of these, 4,220 are mainstream pupils eligible on distance, safety or low-income grounds, and 1,920 are pupils with SEND, most with an education, health and care plan. The council expects to spend £38.2 million on home-to-school travel in 2024/25, against a budget of £31.4 million, an overspend of £6.8 million. Spending has risen by 77 per cent since 2019/20, when it was £21.6 million."))
B.append(("table", [
    ["", "Pupils eligible 2024/25", "Forecast spend 2024/25", "Average cost per pupil"],
    ["Mainstream", "4,220", "£13.5m", "£3,199"],
    ["SEND", "1,920", "£24.7m", "£12,865"],
    ["Total", "6,140", "£38.2m", "£6,221"],
]))
B.append(("p", "Almost two-thirds of the spending, £24.7 million, is on SEND transport, even though SEND pupils make up less than a third of those eligible. The average annual cost of transporting a SEND pupil is £12,865, four times the mainstream figure. The most expensive arrangements are single-occupancy taxis with passenger assistants for pupils with complex medical or behavioural needs. The council currently has 214 single-occupancy routes. The most expensive is a 34-mile journey each way from a village near Wrenhaven to Oakfield Academy in Marchbridge, which costs £19,400 a year for one pupil; there is no closer school that can meet the pupil's needs."))
B.append(("p", "Growth in SEND transport is driven by three factors: the number of children with education, health and care plans in Eastholme has increased by 64 per cent since 2019; the shortage of local specialist places means more children are placed in schools further from home, including 157 in independent special schools outside the county; and the cost of taxi and minibus contracts has risen steeply since 2021, as set out below."))

B.append(("h2", "2.1 The transport market"))
B.append(("p", "Eastholme buys almost all home-to-school travel from private operators: two bus companies, around 40 coach and minibus firms, and about 120 taxi and private hire operators. The market has contracted. Eleven operators have left the market since 2022, mostly small taxi firms whose drivers retired or moved to better-paid work in logistics. At the council's main tender round in summer 2024, 38 per cent of the 412 routes offered received only one bid, and 19 routes received no bids at all and had to be covered by the council's own fleet or by emergency direct awards at a premium."))
B.append(("p", "Average contract prices rose by 23 per cent between the 2022 and 2024 tender rounds. Operators cite driver wages, insurance and vehicle costs, and the requirement for passenger assistants on SEND routes, who are increasingly difficult to recruit for split shifts of two hours in the morning and two in the afternoon."))

B.append(("h2", "2.2 Geography and road safety"))
B.append(("p", "Much of Eastholme's road network consists of narrow, unlit lanes without pavements, linking villages to the A and B roads along which most school buses run. Under current law, children aged eight and over are eligible for free transport if they live more than three miles from their nearest suitable school, and younger children if they live more than two miles away; children who live within those distances are eligible if the walking route is assessed as unsafe. The council has assessed 164 routes as unavailable walking routes, meaning that they are too dangerous for a child to walk with an adult, whatever the distance."))
B.append(("p", "The council's road safety team has mapped every primary and secondary school catchment. Many villages are between three and four miles from their secondary school, along routes that are technically walkable but that no parent would consider safe in winter darkness. These are the children most directly affected by the proposal to change walking distances, and the council's response to that proposal is set out under Question 4."))

B.append(("h1", "3. Answers to the consultation questions"))
B.append(("h2", "Part A: Funding"))
B.append(("h3", "Question 1: Do you agree that home-to-school travel should be funded through a ring-fenced grant rather than through the local government finance settlement?"))
B.append(("p", "Agree in principle. At present, home-to-school travel is funded from the council's general resources, and the settlement does not recognise the scale of the cost in rural areas or its recent growth. A ring-fenced grant would make the cost visible and would protect it from competing pressures. However, the council's agreement depends on the formula. A grant distributed on pupil numbers alone would move money away from rural counties, where the cost per pupil is highest, towards urban authorities with good public transport. The council would not support a ring-fenced grant that left it worse off than the current settlement."))
B.append(("h3", "Question 2: Do you agree with the proposed formula factors: pupil numbers, SEND prevalence, deprivation and a sparsity adjustment?"))
B.append(("p", "Partially agree. The four factors are the right ones, but the consultation document proposes that sparsity should carry a weighting of 10 per cent. The council's modelling, shared with the County Councils Network, suggests that this would meet only about 60 per cent of the additional cost that sparsity actually causes in Eastholme. The formula should use a measure of average distance travelled per eligible pupil, which the council already collects, rather than population density, which is a poor proxy for travel distance. A sparsity weighting of at least 25 per cent would be needed to reflect the real costs of rural authorities."))
B.append(("h3", "Question 3: Should the grant be set for a single year or for several years?"))
B.append(("p", "Strongly agree with multi-year settlements. Transport contracts typically run for three to five years, and operators price in the risk that contracts may be ended early when funding is uncertain. A three-year settlement, aligned with the council's contract cycle, would help stabilise the market and could reduce prices."))

B.append(("h2", "Part B: Eligibility"))
B.append(("h3", "Question 4: Do you agree with the proposal to increase the statutory walking distance from three miles to four miles for pupils aged eight and over, and from two miles to two and a half miles for pupils under eight?"))
B.append(("p", "Strongly disagree. This is the proposal that most concerns the council, its members, and the families who responded to the council's survey, 87 per cent of whom opposed it."))
B.append(("p", "The council estimates that 1,140 pupils in Eastholme would lose their eligibility for free transport if the proposal were implemented: 860 secondary pupils and 280 primary pupils. The direct saving would be about £2.9 million a year. But the council does not believe that these children could in practice walk to school. The great majority of them live in villages such as Thornbury Moor, Aldgrove, Castle Linton and Hollins Cross, where the route to school follows unlit lanes or fast A and B roads without footways. On the B4217 between Thornbury Moor and Eastholme Academy, for example, the national speed limit applies, there is no pavement for 2.4 miles, and there were three recorded injury collisions involving pedestrians between 2019 and 2024."))
B.append(("p", "Many of these routes would need to be reassessed as unavailable walking routes, which would restore eligibility on safety grounds. The council's road safety team estimates that at least 620 of the 1,140 pupils would regain eligibility in this way, after an assessment process costing around £400,000 and taking up to two years. For the remainder, families would either need to pay for a seat on a council bus, where the council is able to offer spare seats, or drive their children to school. Either way, the proposal would shift cost onto rural families, increase car traffic around rural schools, and in some cases lead to children walking along dangerous roads. Most of the remaining pupils travel on shared buses that would still have to run for other pupils, so removing their seats saves little. The net saving to the council, after reassessment, administration and the loss of fare income from spare seats, would be well under £1 million a year."))
B.append(("p", "The council asks the Department to withdraw this proposal and retain the existing walking distances."))
B.append(("h3", "Question 5: Should the low-income extended rights be retained?"))
B.append(("p", "Agree. The extended rights for pupils from low-income families, which allow them to attend one of their three nearest schools up to 15 miles away, are used by 410 Eastholme pupils and are important for social mobility. They should be retained in their current form."))
B.append(("h3", "Question 6: Do you agree that eligibility for pupils attending a school on grounds of religion or belief should be removed?"))
B.append(("p", "No view. Eastholme ceased discretionary transport on grounds of religion or belief in 2016, except for pupils already in receipt of it, so the proposal would have no material effect in the county."))
B.append(("h3", "Question 7: Do you agree that councils should be allowed to charge a contribution of up to £600 a year towards post-16 transport for students with SEND?"))
B.append(("p", "Disagree. The council currently provides free transport to 412 post-16 students with SEND. Many of them attend specialist provision at Marchbridge College or the Eastholme Further Education Campus, which offer courses not available closer to home. The council does not charge these students, although it does charge a contribution of £540 a year to mainstream post-16 students who travel on council services, with a 50 per cent reduction for low-income families."))
B.append(("p", "A charge of up to £600 would fall on families who already face substantial additional costs of disability and who, in many cases, have limited ability to work because of caring responsibilities. In the council's survey, 71 per cent of parents of post-16 SEND students said that a charge at this level would cause them financial hardship, and 22 per cent said they might have to withdraw their young person from education. The charge would raise at most about £180,000 a year in Eastholme after exemptions, a small sum relative to the harm it could do. The council would not use this power if granted it, and it asks the Department not to introduce it, because its existence would create pressure on councils to use it."))
B.append(("h3", "Question 8: Should councils be allowed to offer personal travel budgets in place of transport, without the family's agreement?"))
B.append(("p", "Disagree. Personal travel budgets work well for some families, and Eastholme offers them to all SEND families: 286 families currently use them, saving the council an estimated £640,000 a year compared with commissioned transport. But they work because families choose them. Imposing a budget without agreement would, in practice, leave some families unable to get their children to school. The council supports measures to encourage take-up, such as allowing budgets to be used flexibly for fuel, public transport, or paying a trusted neighbour."))
B.append(("h3", "Question 9: Should the statutory guidance on reasonable journey times be made binding?"))
B.append(("p", "Agree, with flexibility. The current guidance suggests maximum journey times of 45 minutes for primary pupils and 75 minutes for secondary pupils. In rural areas these are sometimes exceeded by shared routes that serve several villages. The council supports binding maxima for pupils with SEND, whose journeys should be as short as possible, but asks that mainstream routes be allowed to exceed the guidance by up to 15 minutes where the alternative is a significantly more expensive route serving fewer pupils."))

B.append(("h2", "Part C: Commissioning and the market"))
B.append(("h3", "Question 10: Do you agree with a national procurement framework for home-to-school taxi and minibus contracts?"))
B.append(("p", "Partially agree. The council would welcome a national framework that councils could choose to use, with standard contract terms, driver and vehicle standards and a simplified process for small operators to qualify. This would reduce bureaucracy for operators who work across council boundaries. It should not be mandatory, because councils that have developed strong local markets may achieve better prices through their own procurement."))
B.append(("h3", "Question 11: Should there be a national cap on the rates councils pay for taxi and minibus contracts?"))
B.append(("p", "Disagree. A rate cap would not work in a market where over a third of routes attract only one bid. In Eastholme, a cap set near the national average would leave many rural routes uncovered, because operators would simply decline to bid. Councils would then have to run the routes themselves at higher cost or make emergency awards outside the framework. The council's experience is that prices fall when more operators compete, not when prices are capped. The Department should instead invest in expanding the market, for example through the driver recruitment measures proposed under Question 12."))
B.append(("h3", "Question 12: Do you support national action to recruit and retain drivers and passenger assistants?"))
B.append(("p", "Strongly agree. The council supports a national recruitment campaign, a faster and cheaper route to licensing for home-to-school drivers, and funding for councils to pay passenger assistants for the whole day rather than for split shifts. In 2024 Eastholme had an average of 37 vacancies for passenger assistants at any one time, which forced it to double up some routes or keep children at home on some days."))
B.append(("h3", "Question 13: Should councils be encouraged to run their own fleets?"))
B.append(("p", "Agree. Eastholme has run a small in-house fleet of 26 minibuses since 2019, which covers 61 routes, mostly SEND routes that the market could not or would not serve at a reasonable price. The fleet's average cost per route is about 18 per cent lower than comparable contracted routes. The council plans to expand the fleet to 40 vehicles by 2027 and would welcome capital funding to accelerate this, particularly for electric minibuses, which are currently too expensive for the council to buy at scale without support."))

B.append(("h2", "Part D: Independence and travel training"))
B.append(("h3", "Question 14: Do you support the proposed national independent travel training fund of £30 million?"))
B.append(("p", "Strongly agree. Independent travel training teaches young people with SEND to travel safely on their own, usually by public transport, and is one of the few interventions that both improves outcomes for young people and reduces costs. Eastholme's own programme, Step Ahead, has trained 148 young people since 2021, of whom 131 now travel independently. The council estimates that Step Ahead saves £1.1 million a year in transport costs, against a running cost of £280,000. Just as importantly, young people who complete the programme report greater confidence and independence, and several have gone on to part-time work that they could not otherwise have reached."))
B.append(("p", "The council asks that the national fund be distributed to councils on a multi-year basis, so that programmes can employ trainers on permanent contracts, and that it recognise that travel training in rural areas is harder, because there are fewer public transport routes to train on. In some parts of northern Eastholme there is no bus service suitable for a school journey at all."))
B.append(("h3", "Question 15: Should councils be required to offer travel training to every eligible young person aged 14 and over?"))
B.append(("p", "Agree, provided the duty is funded. The council would expect to need about 12 additional trainers to meet such a duty, at a cost of about £520,000 a year, and the duty should not be introduced until the national fund is in place."))

B.append(("h2", "Part E: Implementation"))
B.append(("h3", "Question 16: Do you agree that the changes should take effect from September 2026?"))
B.append(("p", "Disagree. The timetable is too short. The changes would require the council to reassess the eligibility of thousands of pupils, reassess hundreds of walking routes, consult on and rewrite its home-to-school travel policy, and re-let a large number of transport contracts. Families choose schools a year or more in advance, and need to know before they apply what transport help they will receive. Secondary school applications for September 2026 close on 31 October 2025, before the Department's final guidance is likely to be published."))
B.append(("p", "The council asks for a minimum lead time of two years between publication of final statutory guidance and implementation. If final guidance were published in the summer of 2025, this would mean implementation from September 2027 at the earliest."))
B.append(("h3", "Question 17: Should transitional protection be provided for pupils who currently receive free transport?"))
B.append(("p", "Strongly agree. No pupil who currently receives free transport should lose it part way through a phase of education. The council asks for transitional protection that allows every pupil eligible under the current rules to keep their transport until the end of their current school phase, that is, until they finish primary school, secondary school, or post-16 education. Without this, a child could lose their transport in the middle of their GCSE courses because the rules changed after they started at the school."))
B.append(("h3", "Question 18: Do you have any comments on the proposed data collection requirements?"))
B.append(("p", "The council agrees that better national data would help, and already collects most of the proposed data items. However, the proposed termly return would require changes to the council's transport management system and additional staff time. The council estimates a one-off cost of £85,000 and an ongoing cost of about £40,000 a year. These are new burdens and should be funded by the Department."))

B.append(("h1", "4. The impact on Eastholme families"))
B.append(("p", "The council's survey of parents and carers, to which 1,260 people responded, asked how families would be affected by the main proposals. The responses show clearly how dependent rural families are on school transport. Among families living in villages, 64 per cent said they had no practical alternative to the school bus; 41 per cent had no car available during the school run, either because they had no car or because it was used by a working parent; and 29 per cent said that one parent would have to reduce their working hours if the bus were withdrawn."))
B.append(("p", "The council also heard directly from families at four public meetings held in Castle Linton, Aldgrove, Wrenhaven and Marchbridge in January. At the Aldgrove meeting, a parent of three children explained that her eldest, aged 14, would be expected to walk 3.6 miles along the A1083 to Aldgrove High School under the proposed rules, leaving home at 07:15 in the dark for half the school year. At Wrenhaven, parents of children with SEND spoke about the difficulty of finding and keeping passenger assistants, and about children who arrive at school distressed after long journeys. At Marchbridge, a group of post-16 students from Marchbridge College spoke about how travel training had allowed them to travel to college and part-time jobs on their own."))
B.append(("p", "Headteachers told the council that they expect attendance to fall if transport is withdrawn. The headteacher of Castle Linton Primary School, which has 86 pupils, said that 30 of them currently travel by school taxi or minibus, and that if the walking distance changed, she feared that some families would move their children to schools in Eastholme town that parents pass on the way to work, which would threaten the viability of a village school that is also the hub of its community."))

B.append(("h1", "5. Financial implications for the council"))
B.append(("p", "The council has modelled the combined effect of the proposals on its budget, assuming the Department adopts them as drafted. The results are summarised below. The figures are for a full year once changes are implemented, at 2024/25 prices."))
B.append(("table", [
    ["Proposal", "Estimated annual effect on council spending", "Comment"],
    ["Walking distance change (Q4)", "Saving £0.7m to £0.9m net", "Gross saving £2.9m, offset by route reassessments and restored eligibility"],
    ["Post-16 SEND charge (Q7)", "Income up to £0.18m", "The council would not use this power"],
    ["Personal travel budgets without agreement (Q8)", "Not modelled", "Council opposes"],
    ["National rate cap (Q11)", "Cost increase likely", "Routes left uncovered would need in-house provision or emergency awards"],
    ["Independent travel training duty and fund (Q14, Q15)", "Saving £0.6m to £1.2m", "Depends on the level of national funding"],
    ["New data collection (Q18)", "Cost £0.04m a year plus £0.085m one-off", "New burdens funding requested"],
]))
B.append(("p", "Even on the most favourable assumptions, the proposals would save the council between £1.3 million and £2.1 million a year, well short of the £6.8 million gap between the council's 2024/25 budget and its forecast spending. The council's view is that the central problem is not eligibility rules but funding and the cost of SEND transport, and that the consultation does not address it. The Department's own figures suggest that spending on home-to-school travel in England has risen by over 60 per cent since 2019, and every county council the council has spoken to reports a similar pattern to Eastholme's."))
B.append(("p", "The council has taken significant steps of its own to control costs. Since 2022 it has re-tendered all routes on a combined basis, merging 74 routes into 41; expanded personal travel budgets and the in-house fleet; introduced a route optimisation system that has saved an estimated £900,000 a year; and increased the number of local specialist school places by opening a new 80-place special school in Eastholme town in September 2024. Without these measures the overspend in 2024/25 would have exceeded £9 million."))

B.append(("h1", "5A. Equality, environmental and road safety implications"))
B.append(("p", "The consultation's equality impact assessment concludes that the proposals would have no significant adverse effect on people with protected characteristics. The council does not agree with that conclusion. The proposals on post-16 charging and on personal travel budgets would fall entirely on disabled young people and their families. The walking distance proposal would fall most heavily on families in rural areas, which are not a protected group, but within those families it would fall disproportionately on mothers, who in the council's survey made up 78 per cent of the parents who said they would have to reduce working hours to take children to school. The council asks the Department to revisit its equality assessment and to publish the evidence on which it relies."))
B.append(("p", "There are also environmental consequences. The council estimates that if the walking distance proposal were implemented without reassessment of routes, around 700 additional car journeys would be made to and from Eastholme schools each school day, adding roughly 1.4 million car miles a year and about 480 tonnes of carbon dioxide. This would run directly counter to the council's climate strategy, adopted in 2021, which commits it to reducing transport emissions by 40 per cent by 2030, and to the government's own aims for active travel, which in rural Eastholme can only mean safe walking and cycling routes that do not yet exist."))
B.append(("p", "More cars around schools also create road safety risks for the children who do walk. Several of the county's rural primary schools sit on narrow village streets with no space for parents to park. The headteacher of Hollins Cross Church of England Primary School told the council that on the two days in November when the school's minibus contract lapsed and parents drove children in, a delivery lorry was unable to pass the school for 25 minutes and a child was clipped by a wing mirror. The council's road safety team has recorded 14 minor collisions near school entrances in the county since 2022, all at times when parents were dropping off or collecting children."))
B.append(("p", "Finally, the council notes that its highways budget cannot fund the footways that would be needed to make rural walking routes safe. The council has costed a continuous footway along the 2.4 unprotected miles of the B4217 between Thornbury Moor and Eastholme Academy at about £3.1 million, more than the county's entire annual budget for new footways. Making the 164 routes already assessed as unavailable safe for walking would cost many times that."))
B.append(("h1", "5B. How this response was prepared"))
B.append(("p", "The council's response was prepared by the Transport Commissioning service with input from SEND, Admissions, Road Safety, Finance and Legal Services. Officers met the Eastholme Parent Carer Forum on 9 and 23 January 2025, the Schools Forum on 16 January, and the Operators' Liaison Group on 30 January. The parent and carer survey ran from 6 to 31 January and received 1,260 responses, of which 392 were from families of children with SEND. The Children and Young People Scrutiny Committee considered a draft of the response on 11 February and recommended two changes, both accepted: a stronger statement on transitional protection, and the inclusion of the equality concerns set out above. Cabinet approved the final response on 18 February 2025."))
B.append(("h1", "5C. Further proposals from Eastholme"))
B.append(("p", "The consultation does not ask about several changes that the council believes would reduce costs without harming children. The council offers them here for the Department's consideration."))
B.append(("p", "Cross-boundary commissioning. At present each council commissions transport for its own pupils, even when pupils from neighbouring authorities travel to the same school. Twenty-three Eastholme pupils and 17 pupils from neighbouring Westmarch travel daily to the same two special schools in Westmarch, in 19 separate vehicles. A joint arrangement piloted with Westmarch in the summer term of 2024 merged six of those routes into three and saved about £68,000 over the term. Statutory guidance should actively encourage such arrangements and clarify how costs and responsibilities are shared."))
B.append(("p", "Passenger assistant standards. There is no national standard for the training of passenger assistants, so each council trains its own and assistants must often repeat training when they work for a different council or operator. A national training standard and a portable record of training, similar to the one used for taxi drivers in some areas, would make recruitment easier and reduce costs for operators."))
B.append(("p", "Joint commissioning with health services. Some children with complex medical needs are transported to school by the council and to hospital appointments by the NHS patient transport service, often on the same day and sometimes in vehicles that pass each other on the same roads. The council has been working with the Eastholme and Marchbridge Integrated Care Board on a joint commissioning trial for 12 children, and would welcome national guidance that removes the barriers to pooling budgets for this purpose."))
B.append(("p", "Capital funding for local specialist places. The single most effective way to reduce SEND transport costs is to educate more children close to home. Each place the council creates in a local special school or resourced provision saves, on average, about £9,000 a year in transport compared with a placement outside the county. The council's capital programme will create 240 additional local places by 2027, but it has a further 180 places ready to build if capital funding were available. The council asks the Department to recognise the transport savings in its assessment of bids for special school capital."))
B.append(("p", "Timing of school days. In two market towns the council has worked with schools to stagger start times by 20 minutes so that the same vehicles can serve a primary and a secondary school in sequence. This has allowed nine routes to be withdrawn. National guidance encouraging schools to cooperate on timings, and clarifying that councils may ask them to do so, would help spread this practice."))
B.append(("h1", "6. Key asks of the Department"))
B.append(("p", "In summary, Eastholme County Council asks the Department to:"))
B.append(("ol", [
    "Withdraw the proposal to increase statutory walking distances, and retain the current distances of two miles for pupils under eight and three miles for pupils aged eight and over.",
    "Introduce a ring-fenced grant only with a formula that includes a sparsity weighting of at least 25 per cent based on average distance travelled, and with a guarantee that no council receives less than under the current settlement.",
    "Provide transitional protection so that every pupil currently eligible keeps free transport until the end of their current phase of education, and allow at least two years between final guidance and implementation, so that no changes take effect before September 2027.",
    "Not introduce a power to charge for post-16 SEND transport.",
    "Fund the £30 million independent travel training programme on a multi-year basis, and treat the proposed data collection as a new burden with full funding.",
]))
B.append(("p", "The council would also urge the Department to address the underlying driver of cost growth, the supply of local specialist school places, in its forthcoming SEND reforms, and to work with the Department for Transport on the rural bus network, which is the only sustainable alternative to dedicated school transport in many parts of the county."))

B.append(("h1", "7. Conclusion and contact"))
B.append(("p", "Eastholme County Council shares the Department's aim of a home-to-school travel system that is fair, sustainable and focused on children who need it most. It will continue to work with the Department, with other councils through the County Councils Network, and with families and operators in Eastholme to achieve that aim. The council would welcome the opportunity to discuss this response with officials, and would be pleased to host a visit so that officials can see for themselves the routes on which rural children travel to school."))
B.append(("p", "This response was approved by the council's Cabinet on 18 February 2025. Enquiries about it should be addressed to Priya Chandrasekhar, Head of Transport Commissioning, Eastholme County Council, County Hall, Marchbridge."))
B.append(("p", "Cllr Amina Sheikh, Cabinet Member for Children, Families and Education. Robert Faulkner-Hale, Director of Children's Services."))

B.append(("h1", "Annex A: Summary of the council's answers"))
B.append(("table", [
    ["Question", "Topic", "Council position"],
    ["Q1", "Ring-fenced grant", "Agree in principle"],
    ["Q2", "Formula factors", "Partially agree: sparsity weighting of at least 25%"],
    ["Q3", "Multi-year settlements", "Strongly agree"],
    ["Q4", "Increase statutory walking distances", "Strongly disagree"],
    ["Q5", "Retain low-income extended rights", "Agree"],
    ["Q6", "Remove religion or belief eligibility", "No view"],
    ["Q7", "Charge up to £600 for post-16 SEND transport", "Disagree"],
    ["Q8", "Personal travel budgets without agreement", "Disagree"],
    ["Q9", "Binding journey times", "Agree, with flexibility"],
    ["Q10", "National procurement framework", "Partially agree: voluntary framework"],
    ["Q11", "National rate cap", "Disagree"],
    ["Q12", "Driver and assistant recruitment", "Strongly agree"],
    ["Q13", "Council-run fleets", "Agree"],
    ["Q14", "£30m travel training fund", "Strongly agree"],
    ["Q15", "Travel training duty from age 14", "Agree, if funded"],
    ["Q16", "Implementation from September 2026", "Disagree: two-year lead time needed"],
    ["Q17", "Transitional protection", "Strongly agree"],
    ["Q18", "Data collection", "Agree, as a funded new burden"],
]))

B.append(("h1", "Annex B: Examples of affected routes"))
B.append(("table", [
    ["Village", "School", "Distance", "Route conditions", "Pupils who would lose eligibility"],
    ["Thornbury Moor", "Eastholme Academy", "3.4 miles", "B4217, national speed limit, no footway for 2.4 miles", "46"],
    ["Aldgrove (Upper Green)", "Aldgrove High School", "3.6 miles", "A1083, unlit, narrow verge", "38"],
    ["Castle Linton", "Linton Vale School", "3.2 miles", "Unlit lane, two blind bends, no verge", "29"],
    ["Hollins Cross", "Marchbridge Grammar", "3.8 miles", "Lane then A-road crossing without controlled crossing", "22"],
    ["Wrenhaven (Mill End)", "Wrenhaven Community College", "3.5 miles", "Bridleway flooded in winter; alternative via B-road without footway", "31"],
]))


DOCS = [{
    "file": "consultation_response_school_transport.docx",
    "title": "Home-to-School Travel consultation: response of Eastholme County Council",
    "author": "Priya Chandrasekhar",
    "date": "2025-02-21",
    "long": True,
    "blocks": B,
    "facts": [
        {"id": "f1", "any": ["38.2m", "38.2 million"]},
        {"id": "f2", "any": ["walking distance"]},
        {"id": "f3", "any": ["1,140", "1140"]},
        {"id": "f4", "any": ["post-16", "post 16"]},
        {"id": "f5", "any": ["two-year", "two year", "2-year", "two years", "September 2027"]},
        {"id": "f6", "any": ["travel training", "Step Ahead"]},
        {"id": "f7", "any": ["transitional protection", "transitional"]},
        {"id": "f8", "any": ["6.8m", "6.8 million", "overspend"]},
    ],
    "false": [
        {"id": "x1", "any": ["supports raising the walking", "agrees with raising", "supports increased walking distances", "supports increasing walking"],
         "why": "the council strongly disagrees with raising the statutory walking distances"},
        {"id": "x2", "any": ["supports charging", "agrees with charging", "supports the £600", "supports a post-16 charge"],
         "why": "the council disagrees with a power to charge for post-16 SEND transport"},
        {"id": "x3", "any": ["opposes travel training", "disagrees with travel training", "opposes the £30m", "opposes the travel training"],
         "why": "the council strongly supports the £30m travel training fund"},
        {"id": "x4", "any": ["supports a rate cap", "supports the rate cap", "agrees with rate caps", "backs a rate cap"],
         "why": "the council disagrees with a national rate cap"},
    ],
}]
