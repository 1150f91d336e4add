"""Long document: project post-mortem (Project Atlas order management migration)."""

B = []
B.append(("title", "Project Atlas Post-Implementation Review"))
B.append(("meta", "Halden & Rowe Wholesale Ltd. Blameless post-mortem of the migration from the ORCA order system to the Meridian order management platform. Prepared by the PMO for the Executive Committee. Review lead: Grace Whitfield, Head of PMO. Issued 8 November 2024."))

B.append(("h1", "1. Why this review exists"))
B.append(("p", "Project Atlas replaced ORCA, the order management system Halden & Rowe had run on an IBM midrange server since 1998, with the Meridian cloud order management platform, implemented by the systems integrator Corvane Systems. The project went live on Monday 19 August 2024, 24 weeks after the planned go-live date of 3 March 2024. Its final cost was £5.1 million against the original approved budget of £3.4 million, an overrun of £1.7 million or 50 per cent. In the two days after go-live the business suffered a 36-hour disruption to order processing that delayed about 2,300 customer orders and led to £212,000 of credits to customers."))
B.append(("p", "The Executive Committee asked the PMO to carry out a full post-implementation review to understand what happened and why, and to recommend changes to the way the company runs large change projects. This review follows the company's blameless format: it focuses on decisions, information and conditions rather than on individuals, and it names people only by role where that helps the reader follow events. Everyone interviewed was told that nothing they said would be used in performance management."))
B.append(("p", "The review team interviewed 27 people, including members of the steering committee, the project team, Corvane's delivery team, the customer service, pricing, warehouse and finance teams, and four customers. It reviewed steering committee papers and minutes, the risk log, test reports, the cutover plan and runbook, incident tickets from the hypercare period, and financial records."))

B.append(("h1", "2. Summary of findings"))
B.append(("p", "Atlas has, in the end, delivered a working platform and most of its intended benefits. Since stabilisation in early September, order entry is faster, customers can place and track orders online, and the business is no longer dependent on a system that only three people fully understood. But the project was late, substantially over budget, and its go-live caused real harm to customers and to the staff who dealt with the consequences."))
B.append(("p", "The review identifies four root causes. First, the complexity of customer-specific pricing was badly underestimated at the business case stage, because nobody profiled the data in ORCA before the estimate was made: the business case assumed about 3,000 bespoke pricing rules, and the real number was 14,200. Second, the integrator's team was unstable during the build, losing its lead architect and three of its seven developers in the spring. Third, testing was squeezed and performance testing in particular was inadequate, largely because a production-like test environment was not available until ten weeks before go-live. Fourth, and most directly responsible for the go-live disruption, the steering committee decided in July to cancel the second dress rehearsal of the cutover in order to protect the go-live date."))
B.append(("p", "None of these causes was the fault of a single person. Each reflects a decision that seemed reasonable to the people making it with the information they had, under the pressures they faced. The recommendations in section 9 are aimed at changing those conditions."))

B.append(("h1", "3. Background"))
B.append(("p", "Halden & Rowe distributes industrial consumables, fasteners, tools and safety equipment to about 9,000 trade customers from three warehouses, at Wednesbury, Warrington and Bellshill. The company processes roughly 4,500 orders a day, of which about 40 per cent were placed by phone or email and keyed by the customer service team in ORCA before the project."))
B.append(("p", "ORCA was heavily customised over 25 years. Its most important and least documented feature was its pricing engine, which held customer-specific contract prices, volume breaks, rebates and promotional overrides negotiated by the sales team over many years. By 2022 the system's hardware was out of support, the software supplier had ended maintenance of the version in use, and two of the three in-house developers who understood the code were within three years of retirement."))
B.append(("p", "The business case for Atlas was approved by the board in September 2022. It proposed moving to Meridian, a cloud platform used by several competitors, with Corvane as implementation partner under a time-and-materials contract with a capped day rate. The approved budget was £3.4 million, including a contingency of £280,000, and the planned go-live was 3 March 2024. The expected benefits were lower running costs, faster order entry, an online ordering portal, and the removal of the ORCA key-person risk."))

B.append(("h1", "4. Timeline"))
B.append(("table", [
    ["Date", "Event"],
    ["September 2022", "Business case approved: budget £3.4m, go-live 3 March 2024"],
    ["October to December 2022", "Discovery phase with Corvane; pricing complexity flagged as a risk but not quantified"],
    ["January to November 2023", "Build phase; ORCA data extraction tooling developed in parallel"],
    ["December 2023", "System integration testing starts three weeks late"],
    ["15 January 2024", "Data profiling finds 14,200 customer pricing rules, not the 3,000 assumed"],
    ["31 January 2024", "Steering committee approves first replan: go-live moved to 10 June 2024"],
    ["April 2024", "Corvane lead architect leaves; three of seven Corvane developers rotated off"],
    ["May 2024", "User acceptance testing raises 312 defects"],
    ["22 May 2024", "Executive Committee approves budget increase to £4.6m and second replan: go-live 19 August"],
    ["3 June 2024", "Production-like performance test environment finally available"],
    ["13 to 14 July 2024", "First cutover dress rehearsal: data load takes 31 hours against an 18-hour window"],
    ["24 July 2024", "Steering committee cancels second dress rehearsal planned for 3 to 4 August"],
    ["16 to 18 August 2024", "Cutover weekend"],
    ["19 August 2024", "Go-live"],
    ["20 to 21 August 2024", "36-hour disruption to order processing; about 2,300 orders delayed"],
    ["6 September 2024", "Platform declared stable; priority-one defects closed"],
    ["30 September 2024", "Hypercare ends; final cost £5.1m"],
]))

B.append(("h1", "5. What happened, phase by phase"))
B.append(("h2", "5.1 Business case and discovery"))
B.append(("p", "The business case estimated the effort to migrate pricing on the basis of a conversation with the pricing team and a count of the price lists held in ORCA's main pricing table. That table held 2,800 records, which the business case rounded to 3,000. What nobody realised was that ORCA also stored pricing logic in two other places: a table of customer-specific overrides created in the early 2000s when the main table ran out of fields, and a set of hard-coded rules in the order entry programs themselves, added over the years at the request of individual sales managers. Together these held a further 11,400 rules."))
B.append(("p", "During discovery, Corvane's business analyst noted in the discovery report that pricing was 'more complex than typical' and recommended a data profiling exercise. The recommendation was accepted but scheduled for the start of the build phase rather than being done immediately, because the discovery phase was already running two weeks late and the profiling tools needed access to production data, which required a security review. In hindsight, this was the single most consequential scheduling decision in the project, because it meant the build plan and budget were fixed before anyone knew the size of the pricing problem."))
B.append(("p", "Interviewees from the sales team said that they had been asked about price lists, not about the individual arrangements they had negotiated, and that several of them maintained spreadsheets of special deals that they assumed ORCA would handle. The pricing lead told the review that she had raised concerns about the hard-coded rules in a project workshop in November 2022, but that the concern was recorded as a general risk rather than as a scoping issue."))

B.append(("h2", "5.2 Build"))
B.append(("p", "The build phase itself went reasonably well for most of 2023. Meridian's standard order, inventory and invoicing functions needed less configuration than expected, and the warehouse integration with the existing warehouse management system was completed two weeks early. The online portal was built by a separate Corvane team and was ready for testing in October 2023."))
B.append(("p", "Pricing was the exception. When data profiling finally ran in December 2023 and its results were reviewed on 15 January 2024, the team found 14,200 distinct customer pricing rules. About 60 per cent could be expressed in Meridian's standard pricing model. About 30 per cent needed Meridian's custom pricing extension, which Corvane had used before but not at this scale. The remaining 10 per cent, roughly 1,400 rules, were either contradictory, obsolete, or could not be understood without asking the salesperson who created them. Cleansing these required the pricing team and sales managers to review every rule, which took four months."))
B.append(("p", "The steering committee approved a first replan on 31 January 2024, moving go-live to 10 June. The replan added 14 weeks and about £600,000 of cost, most of it Corvane effort on the pricing extension, but it did not add time for the custom pricing logic to be performance tested at realistic volumes. The team's reasoning, recorded in the steering committee minutes, was that Meridian was a proven platform used by much larger companies."))

B.append(("h2", "5.3 Integrator resourcing"))
B.append(("p", "In April 2024 Corvane's lead architect for the project resigned to join another company, and Corvane moved three of its seven developers to a larger client engagement. Replacements arrived within three weeks, but they had not worked on the project and took a further month to become productive. The knowledge lost included the design rationale for the custom pricing extension, which had not been fully documented."))
B.append(("p", "Corvane's engagement lead told the review that the company had been open about the changes and had offered a discount of £90,000 on its fees in recognition. Halden & Rowe's contract with Corvane contained no key-person clause and no right to approve changes to named team members, so the company had no contractual means to prevent the changes. The project's own risk log had rated integrator resourcing as a low risk throughout 2023."))

B.append(("h2", "5.4 Testing"))
B.append(("p", "User acceptance testing ran from late April to the end of May 2024 and raised 312 defects, 41 of them in pricing. Most were fixed and retested, but the volume meant that the 10 June go-live was no longer credible. On 22 May the Executive Committee approved a second replan, moving go-live to 19 August, and an increase in the budget to £4.6 million. August was chosen because it is the company's quietest month, when many trade customers close for the summer."))
B.append(("p", "Performance testing was the weakest part of the testing programme. A production-like test environment, with the same Meridian configuration and a full copy of the migrated data, was not available until 3 June, because Meridian's environment provisioning for the custom pricing extension required a support ticket that took five weeks to resolve. When performance testing did begin, it was run at 1.2 times average daily order volume rather than at peak volume, and with a test data set in which most customers had simple pricing. The tests passed. They did not reproduce the conditions of a Monday morning after a holiday weekend, when order volume is typically 1.8 times the daily average and many of the large contract customers, whose pricing is most complex, place their weekly orders."))
B.append(("p", "The test manager told the review that he had proposed a peak-volume test with a realistic customer mix, but that building the test data would have taken three weeks that the plan did not have. The proposal was discussed at a project board meeting on 19 June and deferred to post-go-live."))

B.append(("h2", "5.5 Cutover rehearsals and the decision of 24 July"))
B.append(("p", "The cutover plan required two full dress rehearsals: a complete run-through of the data migration, reconciliation and system switch-over, using production data, on a weekend, with the same people and timings as the real cutover. The first dress rehearsal took place on 13 and 14 July. It exposed serious problems. The data load took 31 hours against the 18-hour window allowed in the cutover plan, mainly because the custom pricing rules loaded far more slowly than in earlier partial trial loads. Reconciliation of open orders found 212 discrepancies, and the rollback procedure was not tested because the team ran out of time."))
B.append(("p", "The second dress rehearsal was planned for 3 and 4 August. On 24 July the steering committee met to consider whether to proceed with it. The project team presented two options: hold the second rehearsal as planned, which would leave only ten days to fix any new problems before the 16 August cutover; or cancel the second rehearsal, use the weekend to optimise and re-test the data load in isolation, and proceed to cutover with a longer cutover window of 54 hours, starting on the Friday evening rather than the Saturday morning. A third option, moving go-live into September, was mentioned but not costed; the minutes record that the committee felt a September go-live would collide with the start of the autumn trading peak and with the company's annual price review, and that it would add at least £300,000 in Corvane and internal costs."))
B.append(("p", "The committee chose to cancel the second dress rehearsal. Interviewees described the meeting as pressured but not reckless. The data load optimisation worked: on the cutover weekend, the load finished in 22 hours, comfortably inside the extended window. What the cancelled rehearsal would probably have revealed, in the review team's judgement, was the behaviour of the pricing extension under concurrent load, because a second rehearsal would have included a planned session in which 40 customer service staff entered test orders simultaneously. That session had been cut from the first rehearsal when the data load overran."))

B.append(("h2", "5.6 Go-live and the 36-hour disruption"))
B.append(("p", "Cutover took place over the weekend of 16 to 18 August and went broadly to plan. The system went live at 06:00 on Monday 19 August. Monday's volume was light, about 3,100 orders, and the system coped, although order entry was slower than expected and customer service staff reported occasional timeouts when pricing large orders."))
B.append(("p", "On Tuesday 20 August, volume rose to about 5,600 orders as customers returning from holiday placed delayed orders, and many of the large contract customers placed their regular orders at once. From about 08:40, the custom pricing extension began to time out under load. Orders that timed out were placed in a retry queue rather than rejected, and the queue grew faster than it could be processed. By 11:00, around 1,200 orders were queued, warehouse pick lists were not being generated, and the Wednesbury warehouse stood largely idle. The portal displayed orders as 'received', so many customers did not know their orders were delayed."))
B.append(("p", "The incident team, led by the CIO, initially treated the problem as a capacity issue and asked Meridian to increase the platform's computing allocation, which it did by early afternoon. This helped only slightly. At 16:30 Corvane identified that the extension was re-evaluating every pricing rule for a customer on every order line, rather than caching them per order, and that for customers with several hundred rules this caused each order to take minutes to price. A fix was written overnight, tested in the performance environment on Wednesday morning, and deployed at 14:10 on Wednesday 21 August. Meanwhile, from Tuesday evening, the pricing team manually priced the largest queued orders and released them in batches."))
B.append(("p", "The queue was cleared by 20:30 on Wednesday, 36 hours after the problems began. In total about 2,300 orders were delayed by between one and three working days. A separate consequence emerged the following week: about 410 orders released during the manual workaround had been shipped at list price instead of contract price, or with rebates missed, because the batch release bypassed part of the pricing logic. Those customers were invoiced incorrectly and had to be credited."))

B.append(("h2", "5.7 Hypercare and stabilisation"))
B.append(("p", "The hypercare period ran until 30 September. During it the project closed 188 defects, including all remaining priority-one defects by 6 September, the date on which the platform was declared stable. The customer service team worked substantial overtime and the company engaged 14 temporary staff for six weeks to handle the backlog of queries and credit notes. Meridian and Corvane kept engineers on site at Wednesbury until mid-September."))
B.append(("p", "At the end of hypercare, 47 defects remained open, none at priority one and nine at priority two. The most significant open items are a reporting discrepancy in rebate accruals, which finance is working around manually, and a limitation in the portal that prevents customers with more than one delivery address from saving default addresses. These defects have been transferred to the business-as-usual support team with a target to close all priority-two defects by 13 December 2024."))

B.append(("h2", "5.8 Governance and status reporting"))
B.append(("p", "Atlas was governed by a steering committee chaired by the Chief Operating Officer as executive sponsor, with the CIO, the Finance Director, the Customer Service Director, the Sales Director and Corvane's engagement lead as members. It met monthly, and fortnightly from June 2024. Below it, a weekly project board chaired by the programme manager managed day-to-day delivery."))
B.append(("p", "The review examined every status report the project produced. The overall status was reported as green until December 2023, amber from January to July 2024, and green again from the week after the 24 July decision until go-live. The reversion to green in late July is hard to justify in retrospect: at that point the data load had overrun by 13 hours in the only rehearsal, rollback had never been tested, and performance testing had been run at well below peak volume. Interviewees said that the status reflected confidence that the plan could be delivered rather than an assessment of the risk remaining in it, and that there was an unspoken expectation that a project that had already slipped twice should not go back to amber."))
B.append(("p", "The board of directors received quarterly updates. The update in February 2024 described the first replan as 'a reset to incorporate fuller understanding of pricing complexity' and did not state the cost increase, which was then still being negotiated with Corvane. The board first saw the revised budget of £4.6 million in June, after the Executive Committee had approved it. The review recommends that boards see budget changes of more than ten per cent before they are approved, not after."))
B.append(("h2", "5.9 What people told us"))
B.append(("p", "Several themes came up repeatedly in interviews. The first was that the pricing problem was 'known but not owned'. Sales managers knew about the special deals, the pricing team knew about the hard-coded rules, and Corvane knew that pricing looked complex, but nobody was responsible for bringing those pieces of knowledge together before the budget was fixed."))
B.append(("p", "The second theme was the weight of the date. After two replans, people at every level felt that a third would damage the credibility of the project and of the IT function. One steering committee member said that the committee had been 'negotiating with the calendar rather than with the evidence'. Another pointed out that August had been chosen precisely because it was quiet, and that nobody had modelled what the first full trading day after the summer holidays would look like."))
B.append(("p", "The third theme was that frontline staff felt excluded from readiness decisions. Customer service team leaders had tested the system in user acceptance testing and had reported that pricing large orders was slow. Their feedback was logged as a performance observation, not as a defect, and did not reach the steering committee. Warehouse managers, by contrast, felt well consulted, which they attributed to the warehouse integration lead holding weekly calls with them from the start of the build."))
B.append(("p", "The fourth theme concerned the supplier relationship. Corvane's team was generally respected, and several Halden & Rowe staff praised individual Corvane developers for their work during the disruption. But the relationship was managed informally, and the company did not use the contractual levers it had, such as the right to require a recovery plan, until after go-live."))
B.append(("h1", "6. Impact"))
B.append(("h2", "6.1 Cost"))
B.append(("table", [
    ["Item", "Original budget (£k)", "Revised budget May 2024 (£k)", "Final cost (£k)"],
    ["Corvane implementation services", "1,650", "2,380", "2,640"],
    ["Meridian licences and environments (to go-live)", "520", "610", "640"],
    ["Internal project team and backfill", "640", "930", "1,050"],
    ["Data migration and cleansing", "180", "390", "420"],
    ["Testing and tooling", "130", "160", "170"],
    ["Hypercare, overtime and temporary staff", "0", "0", "180"],
    ["Contingency", "280", "130", "0"],
    ["Total", "3,400", "4,600", "5,100"],
]))
B.append(("p", "The final project cost of £5.1 million is £1.7 million, or 50 per cent, above the original approved budget of £3.4 million, and £500,000 above the revised budget approved in May 2024. Corvane's discount of £90,000 is already reflected in the figures above. The cost of customer credits, £212,000, and the estimated margin lost on orders cancelled by customers during the disruption, about £380,000, are business impacts rather than project costs and are not included in the £5.1 million."))
B.append(("p", "ORCA has not yet been switched off. It is running in read-only mode so that finance and customer service can look up historical orders and so that its data can be archived. This costs about £26,000 a month in hardware support, software licences and contractor time. The project plan originally assumed ORCA would be decommissioned within a month of go-live."))

B.append(("h2", "6.2 Customers"))
B.append(("p", "About 2,300 orders were delayed, affecting around 1,500 customers. Sixty-three customers cancelled orders, and the sales team recorded 21 formal complaints. Customer credits totalled £212,000, of which £131,000 related to the 410 mispriced orders and £81,000 to goodwill credits and delivery charges refunded for late orders. Two customers, a national facilities management company and a regional housebuilder, have since moved part of their business to a competitor. The four customers interviewed for this review all said that the lack of information during the disruption annoyed them more than the delay itself, because the portal told them their orders had been received when in fact they were stuck."))

B.append(("h2", "6.3 Staff"))
B.append(("p", "The customer service team of 52 people bore the brunt of the disruption, handling around 3,800 calls in the week of go-live, more than double the usual volume, many from frustrated customers. Staff interviewed described the week as the worst in their time with the company. Warehouse teams at Wednesbury were sent home early on Tuesday afternoon and then worked overtime on Thursday and Friday to clear the backlog. The pricing team of six worked through Tuesday night. The company has since recognised these teams with a one-off payment and a thank-you event, but several interviewees said they had raised concerns about go-live readiness in July and felt unheard."))

B.append(("h1", "7. Benefits delivered"))
B.append(("p", "Despite the problems, Atlas is now delivering most of the benefits in the business case. Average order entry time for phone and email orders has fallen from 6.5 minutes in ORCA to 3.8 minutes in Meridian. The online portal went live with the platform and by the end of October was handling 23 per cent of orders, against a business case target of 20 per cent by the end of the first year. Pricing is now held in a single, documented model rather than three places, and the 1,400 obsolete or contradictory rules have been retired. Once ORCA is decommissioned, annual running costs are forecast to be about £410,000 lower than the ORCA baseline."))
B.append(("p", "The business case's financial benefits were calculated on a go-live of March 2024. The 24-week delay means about £190,000 of running-cost savings planned for 2024 will not be realised, and the payback period has lengthened from 4.1 years to 6.3 years when the additional cost is included."))

B.append(("h1", "8. What went well"))
B.append(("ul", [
    "The standard order, inventory and invoicing functions were configured with little customisation and have worked reliably since go-live.",
    "The warehouse integration was delivered early and caused no issues at cutover.",
    "The data load optimisation after the first dress rehearsal cut the load time from 31 hours to 22 hours.",
    "The pricing team's cleansing of 14,200 rules, while slow, produced a pricing model that the business now understands better than at any time in the last decade.",
    "The incident response on 20 and 21 August was energetic, and the manual release of queued orders limited the damage even though it caused the mispricing.",
    "The online portal has exceeded its adoption target.",
]))

B.append(("h1", "9. Recommendations"))
B.append(("p", "The review makes twelve recommendations. They apply to all future change projects with a budget over £500,000, unless stated otherwise. The Executive Committee is asked to accept them and to assign implementation to the PMO, which will report progress quarterly. The Head of PMO, Grace Whitfield, will own the implementation plan, with all recommendations in place by 31 March 2025."))
B.append(("ol", [
    "Data before budget: no business case for a system replacement may be approved until the data to be migrated has been profiled, including any logic held in code, spreadsheets or secondary tables.",
    "Two full dress rehearsals are mandatory before any cutover of a customer-facing system. A dress rehearsal may only be cancelled by the Executive Committee, not by a project steering committee, and only with a written assessment of what the rehearsal was intended to test.",
    "Performance testing must be carried out at no less than two times peak hourly volume, with a realistic mix of customers and transactions, in a production-like environment, and must pass before a go-live date is confirmed.",
    "Projects over £1 million will have independent assurance reviews at the end of discovery, before user acceptance testing, and before go-live, carried out by someone outside the project's reporting line.",
    "Supplier contracts for implementation services must include key-person clauses naming the lead architect and other critical roles, with rights to approve replacements and a minimum handover period.",
    "Go-live decisions must include an explicitly costed 'delay' option, so that steering committees can compare the cost of delay with the risk of proceeding.",
    "Customer-facing systems must show customers the true status of their orders during an incident; the portal's 'received' status will be changed to reflect processing state.",
    "Every go-live must have a tested rollback plan, with a decision point and named decision-maker.",
    "Business readiness reviews must include frontline staff, and concerns raised by frontline teams must be recorded in the risk log with a response.",
    "Manual workarounds used during incidents must be reviewed by finance before orders are released, to prevent mispricing.",
    "Project risk logs must be reviewed by the PMO monthly against a standard checklist of common failure modes, including supplier resourcing and environment availability.",
    "Decommissioning of legacy systems must be planned and budgeted as part of the project, with a fixed date, rather than left to business-as-usual.",
]))

B.append(("h1", "10. Actions already under way"))
B.append(("p", "Several actions are already in progress. The CIO has asked Meridian and Corvane to add a permanent peak-volume performance test to the release process for the pricing extension, and the first such test ran successfully on 22 October at 2.5 times peak volume. The customer service director has written personally to every customer whose order was delayed by more than two days. The portal's order status messages were changed on 14 October to show 'received', 'priced' and 'released to warehouse' separately."))
B.append(("p", "The most important outstanding action is the decommissioning of ORCA. The archive of historical orders and invoices has been exported and validated, and the finance team has confirmed that it can meet its audit and tax obligations from the archive. The CIO has committed to switch ORCA off and return its hardware by 31 January 2025. Until then, the £26,000 a month running cost continues. The review recommends that the Executive Committee track this date closely, because a similar decommissioning for the company's previous warehouse system, due in 2019, took 14 months longer than planned."))

B.append(("h1", "11. Conclusion"))
B.append(("p", "Atlas replaced a fragile and unsupported system with a modern platform that is now working well, and it retired a key-person risk that had worried the board for years. It also cost half as much again as planned, arrived nearly six months late, and caused a serious disruption to customers. The root causes were not technical surprises but familiar project failures: estimating before understanding the data, weak control over supplier resourcing, squeezed testing, and a go-live decision in which the cost of delay was vivid and the risk of proceeding was not. The recommendations in this review are intended to make those failures less likely next time. The company's next major programme, the replacement of the warehouse management system at all three sites, is due to begin discovery in the spring of 2025 and should be the first to apply them."))

B.append(("h1", "12. Management responses"))
B.append(("p", "The draft of this review was shared with the Executive Committee, the CIO and Corvane before issue. Their responses are summarised here."))
B.append(("p", "The Chief Operating Officer, as executive sponsor, accepted the findings in full and said that the 24 July decision had been his recommendation to the committee. He asked that the review record that the committee had been told the load optimisation was the main outstanding risk, and that on that point the committee's judgement proved correct; the failure came from a risk that had not been presented to it. He supports recommendation 6, the requirement to cost a delay option, and has asked for it to apply to all projects regardless of size."))
B.append(("p", "The CIO accepted the findings and the recommendations. He noted that the performance environment delay was caused by a Meridian support backlog that Halden & Rowe could not control, but agreed that the project should have escalated it to Meridian's account management within days rather than weeks. He has already opened a quarterly service review with Meridian, the first of which took place on 17 October."))
B.append(("p", "The Finance Director asked that the review note that the revised budget of £4.6 million approved in May did not include any contingency, which made a further overrun likely, and that finance had flagged this in its paper to the Executive Committee at the time. The review team has confirmed that this is correct."))
B.append(("p", "Corvane Systems accepted the findings on resourcing and documentation and has agreed, without charge, to produce full design documentation for the custom pricing extension by 20 December 2024. Corvane disagreed with one point in an earlier draft, which implied that its developers had not tested the pricing extension at all under load; the review has been amended to make clear that Corvane did run load tests, but with the simplified data set provided by the project. Corvane also stated that it would welcome key-person clauses in future contracts, which it now offers as standard to new clients."))
B.append(("p", "The Customer Service Director asked that the review's recommendations on frontline involvement be given particular priority. She has proposed that customer service team leaders should have a formal sign-off on go-live readiness for any system their teams use, and the PMO will include this in the implementation plan for recommendation 9."))
B.append(("h1", "Appendix: Incident log for 20 and 21 August 2024"))
B.append(("table", [
    ["Time", "Event"],
    ["Tue 20 Aug, 08:40", "First reports from customer service of pricing timeouts on large orders"],
    ["Tue 20 Aug, 09:15", "Major incident declared; CIO takes incident command"],
    ["Tue 20 Aug, 10:05", "Wednesbury warehouse reports no new pick lists since 09:20"],
    ["Tue 20 Aug, 11:00", "Retry queue reaches about 1,200 orders"],
    ["Tue 20 Aug, 13:30", "Meridian increases computing allocation; minor improvement"],
    ["Tue 20 Aug, 16:30", "Corvane identifies per-line re-evaluation of pricing rules as the cause"],
    ["Tue 20 Aug, 18:00", "Pricing team starts manual pricing and batch release of the largest queued orders"],
    ["Tue 20 Aug, 19:45", "Customer service director emails top 200 customers about delays"],
    ["Wed 21 Aug, 02:30", "Caching fix completed by Corvane; handed to test"],
    ["Wed 21 Aug, 10:50", "Fix passes test in performance environment"],
    ["Wed 21 Aug, 14:10", "Fix deployed to production; pricing times return to normal"],
    ["Wed 21 Aug, 20:30", "Queue cleared; incident downgraded"],
    ["Tue 27 Aug", "Finance identifies about 410 orders shipped at incorrect prices during manual release"],
]))
B.append(("h1", "Appendix: People interviewed (by role)"))
B.append(("table", [
    ["Role", "Organisation", "Number"],
    ["Executive sponsor (Chief Operating Officer)", "Halden & Rowe", "1"],
    ["Chief Information Officer", "Halden & Rowe", "1"],
    ["Programme manager and project team", "Halden & Rowe", "6"],
    ["Customer service managers and advisers", "Halden & Rowe", "5"],
    ["Pricing team", "Halden & Rowe", "3"],
    ["Warehouse managers (Wednesbury, Warrington, Bellshill)", "Halden & Rowe", "3"],
    ["Finance business partner", "Halden & Rowe", "1"],
    ["Engagement lead, test lead and developer", "Corvane Systems", "3"],
    ["Customers", "External", "4"],
]))


def _check_costs():
    t = [b for b in B if b[0] == "table"][1][1]
    rows = t[1:-1]
    sums = [sum(int(r[i].replace(",", "")) for r in rows) for i in (1, 2, 3)]
    if sums != [3400, 4600, 5100]:
        return "cost table sums %r" % sums
    return None


DOCS = [{
    "file": "post_mortem_project_atlas.docx",
    "title": "Project Atlas Post-Implementation Review",
    "author": "Grace Whitfield",
    "date": "2024-11-08",
    "long": True,
    "blocks": B,
    "checks": [_check_costs],
    "facts": [
        {"id": "f1", "any": ["24 weeks", "24-week", "19 August", "six months late", "nearly six months"]},
        {"id": "f2", "any": ["5.1m", "5.1 million", "5,100"]},
        {"id": "f3", "any": ["3.4m", "3.4 million", "50%", "50 per cent", "1.7m", "1.7 million"]},
        {"id": "f4", "any": ["36-hour", "36 hours", "36 hour", "2,300", "2300"]},
        {"id": "f5", "any": ["14,200", "14200", "pricing rules"]},
        {"id": "f6", "any": ["dress rehearsal"]},
        {"id": "f7", "any": ["31 January 2025", "decommission"]},
        {"id": "f8", "any": ["212,000", "212k", "£212"]},
    ],
    "false": [
        {"id": "x1", "any": ["on budget", "within budget", "under budget"],
         "why": "final cost £5.1m against £3.4m budget (+50%)"},
        {"id": "x2", "any": ["went live on time", "went live as planned", "launched on schedule", "go-live was on time"],
         "why": "go-live was 24 weeks late (19 August instead of 3 March)"},
        {"id": "x3", "any": ["no customer impact", "without customer impact", "no impact on customers", "smooth go-live"],
         "why": "a 36-hour disruption delayed about 2,300 orders and cost £212,000 in credits"},
        {"id": "x4", "any": ["ORCA has been decommissioned", "ORCA was decommissioned", "ORCA was switched off"],
         "why": "ORCA is still running read-only; decommissioning is due by 31 January 2025"},
    ],
}]
