"""Long warehouse network review, part C (sections 13-17 and appendices)."""

TEXT = """
## 13. Property and sustainability

The company has committed publicly to cut its scope 1 and 2 emissions by 42% by 2030
against an FY19 baseline. In FY24 those emissions were 41,200 tonnes of carbon dioxide
equivalent, of which 78% came from transport fuel and the rest mainly from electricity and
gas used in the buildings.

Doncaster's 2.1 MW rooftop solar array, commissioned in May 2023, now supplies 38% of the
site's electricity. A 0.8 MW array is planned for Motherwell, subject to a structural
survey of the roof that is due in April 2025. Avonmouth has an energy performance
certificate rating of C and Daventry a rating of B.

Thurrock is the outlier. Its E rating is permitted today, but the government has proposed
that commercial buildings let on new leases should reach at least a B rating by 2030.
Sandford Lisle estimate that bringing Thurrock to that standard would cost about £3.4
million, and Bramwell Property Trust has said it will not contribute. Any new building at
Daventry would be designed to a BREEAM Excellent standard with a 1.6 MW solar array, and
Halden Estates has agreed to fund the array within the rent.

### Energy costs

Electricity and gas cost the network £4.6 million in FY24, up from £2.9 million in FY22,
after the fixed-price contracts agreed before the energy crisis expired. The company now
buys power through a flexible purchasing contract managed by Elena Vasquez's team, which
buys blocks of energy up to eighteen months ahead. Doncaster's solar output saved about
£310,000 in FY24. Thurrock's gas-fired warm-air heaters are the least efficient plant in
the estate, and its electricity use per unit shipped is more than double Doncaster's,
largely because of old high-bay lighting that has never been replaced with LEDs.

## 14. Options appraisal

The committee asked the review team to appraise three options for the network in the
South East. All three assume that Doncaster, Avonmouth, Motherwell and Warrington remain
open, and all three are compared against the FY24 cost base over a ten-year period at a
discount rate of 8%.

### Option A: renew and refurbish Thurrock

Under Option A the company would accept a new ten-year lease at Thurrock at or near £9.85
per sq ft and refurbish the building, replacing the roof, upgrading the sprinklers and
fitting LED lighting and new heating. The refurbishment would cost £6.8 million, with a
further £3.4 million before 2030 to meet the proposed energy standard. Thurrock would still
need to move from StockLine 4 to Korvex. Running costs would rise by about £0.4 million a
year because of the higher rent, and the split stock between Thurrock and Doncaster would
remain. Option A is the least disruptive for colleagues but does nothing to improve
service or cost.

### Option B: exit Thurrock and expand at Daventry

Under Option B the company would leave Thurrock when the lease expires and take the new
190,000 sq ft unit at Daventry phase 2 from Halden Estates, equipped with autonomous mobile
robots of the kind tested in the 2024 pilot. Small items now held at Thurrock would move to
Doncaster, using the unfitted level three of the mezzanine; bulky items and the London
Gateway import flow would move to Daventry. A leased 40,000 sq ft cross-dock at Purfleet,
close to the M25 and to the existing Thurrock workforce, would receive trunked loads from
the Midlands and deliver to the London and South East stores.

The one-off cost of Option B is £14.6 million, made up as follows.

| Cost element | £ million
| Automation and racking, including Doncaster mezzanine level three | 6.1
| Fit-out of Daventry phase 2 and the Purfleet cross-dock | 3.9
| Redundancy, retention and relocation | 2.3
| Dual running during the transfer of volume | 1.6
| Systems and integration | 0.7

Once fully operational, Option B would save £5.2 million a year from FY27, mainly through
lower cost per unit at Daventry and Doncaster, the end of inter-site rebalancing, and the
lower rent per unit of capacity. The payback period is 2.8 years. Option B would also
remove the company's worst-rated building from the estate.

### Option C: new national distribution centre at Peterborough

Under Option C the company would build a 350,000 sq ft distribution centre at Alconbury,
near Peterborough, to replace both Thurrock and Daventry. This would create the most
efficient long-term network, with an annual saving of £7.3 million, but it would cost £41
million and pay back over 5.6 years. The earliest realistic opening date is spring 2028,
almost two years after the Thurrock lease ends, and the Daventry lease cannot be broken
until 2029. Option C would therefore require a long extension at Thurrock, which Bramwell
Property Trust has said it would grant only for a minimum of five years.

### Comparison

| Criterion | Option A | Option B | Option C
| One-off cost | £6.8m | £14.6m | £41m
| Annual saving from FY27 | -£0.4m | £5.2m | £7.3m (from FY29)
| Payback | none | 2.8 years | 5.6 years
| Service improvement | Low | High | High, but late
| Deliverability by June 2026 | High | Medium | Not possible
| Effect on emissions | Small | Moderate reduction | Large reduction

The review team recommended Option B as the only option that improves service and cost
within the time available before the Thurrock lease ends.

## 15. Decisions of the Operations Steering Committee

The Operations Steering Committee met on 4 March 2025, chaired by Daniel Achebe, with the
Chief Financial Officer, the HR Director and the Chief Information Officer in attendance.
Having considered a draft of this report, the committee made the following decisions.

- The committee approved Option B, to be delivered as Project Meridian, with a one-off
  budget of £14.6 million. The company will exit Thurrock on or before 24 June 2026, when
  the lease expires.
- Priya Raman was appointed Programme Director for Project Meridian and is accountable to
  the committee for its delivery. She will report progress to the committee monthly.
- Daventry phase 2 is to be operational by 1 May 2026, giving seven weeks to transfer the
  remaining Thurrock volume before the lease ends.
- The committee rejected Option C. The Peterborough proposal will not be revisited before
  the next network strategy review in 2028.
- The committee deferred any decision on Motherwell until the Q3 2025 review, pending the
  roof survey and the lenders' view on the proposed sublet to Clydeside Foods.
- The committee approved £1.1 million for flood resilience at Avonmouth, to be installed
  before the winter tide season, independently of Project Meridian.
- Avonmouth will migrate from StockLine 4 to Korvex WMS 9, with cut-over on the weekend of
  14 September 2025, ahead of the end of StockLine support on 31 December 2025. The
  migration will be funded from the IT budget at an estimated cost of £950,000. Thurrock
  will not be migrated; it will run on StockLine 4 under extended support until it closes.
- Formal collective consultation with the 212 Thurrock colleagues will begin on 2 June
  2025, led by the HR Director, Nadia Osei. Every Thurrock colleague will be offered a
  role at the Purfleet cross-dock or relocation support before any redundancy is
  considered.

The Chief Financial Officer noted that the £14.6 million will be funded from the existing
capital plan by deferring the refit of 11 stores from 2025 to 2026. The committee asked
that the decision be announced to colleagues at Thurrock in person by Fiona Gallagher and
Priya Raman before any wider communication.

## 16. Risks to delivery

The review team and the committee identified seven principal risks. The committee judged a
construction delay at Daventry phase 2 to be the biggest single risk to the programme.
The timetable leaves only seven weeks between the planned opening on 1 May 2026 and the
end of the Thurrock lease. If the new unit is late, the company could find itself with
nowhere to hold Thurrock's stock. The outline planning consent carries a condition limiting
night-time lorry movements that has yet to be discharged, ground investigations on the plot
are incomplete, and the lead time for structural steel is currently 22 weeks.

The main mitigation is an option to extend the Thurrock lease for a short period if the
build slips. Bramwell Property Trust has indicated that it would grant a six-month
extension option in return for a premium of £1.4 million. The committee considers this
too high and has asked Priya Raman to negotiate a premium below £0.9 million and report
back by 30 April 2025. In addition, Halden Estates will be asked to accept liquidated
damages for late completion, and steel will be ordered as soon as the agreement for lease
is signed.

| ID | Risk | Likelihood | Impact | Owner
| R1 | Construction delay at Daventry phase 2 | Medium | High | Priya Raman
| R2 | Avonmouth WMS cut-over fails or overruns | Medium | High | Ruth Linley
| R3 | Thurrock colleagues leave before the exit date | High | Medium | Nadia Osei
| R4 | Avonmouth floods before barriers are installed | Low | High | Marek Zielinski
| R5 | Parcel carrier capacity falls short in peak 2025 | Medium | Medium | Tom Hargreaves
| R6 | PathMate Robotics fails financially | Low | Medium | Ruth Linley
| R7 | Daventry cannot recruit enough staff | High | Medium | Lorna Baptiste

The Avonmouth cut-over (R2) is the second most serious risk. It falls ten weeks before
peak 2025, and a failure on the scale of the 2022 Motherwell migration would leave 34
stores without reliable stock data in the run-up to Christmas. The fallback is to buy
Delmont's extended support for Avonmouth and postpone the cut-over to January 2026, which
the committee agreed should be decided no later than 1 August 2025 after the dress
rehearsal.

Retaining Thurrock colleagues until the exit date (R3) matters because the site's
experienced team is needed to run peak 2025. A retention bonus of 15% of annual pay,
payable to colleagues who stay until their release date, is included in the redundancy,
retention and relocation line of the budget. The risk that Daventry cannot recruit enough
staff (R7) will be addressed by opening recruitment in January 2026 and by offering a
relocation package to volunteers from Thurrock.

The flood risk at Avonmouth (R4) is rated low in likelihood but high in impact; the
barriers approved by the committee are due to be installed by 31 October 2025. For the
parcel capacity risk (R5), contracts for peak 2025 should be signed by 30 June 2025. For
the supplier risk (R6), the PathMate contract will include software escrow and a robot
buy-back clause.

## 17. Next steps

- 14 March 2025: first meeting of the Project Meridian programme board.
- 31 March 2025: agreement for lease with Halden Estates signed; steel ordered.
- 30 April 2025: Priya Raman reports on the Thurrock extension premium.
- 2 June 2025: formal consultation begins at Thurrock.
- 24 June 2025: notice served on Bramwell Property Trust, twelve months before expiry.
- 1 August 2025: go or no-go decision on the Avonmouth cut-over after the dress rehearsal.
- 14 September 2025: Avonmouth cut-over to Korvex WMS 9.
- 1 May 2026: Daventry phase 2 operational.
- 24 June 2026: Thurrock lease ends and the site is handed back.

## Appendix A. Data sources

Volumes and costs are taken from the Korvex and StockLine transaction histories for FY24
and from the management accounts closed on 14 February 2025. Transport data comes from the
fleet telematics system and from carrier invoices. Building condition information comes
from surveys carried out by Peveril Partners between October and December 2024. Rent and
build-cost assumptions were provided by Sandford Lisle in January 2025. Labour market data
is drawn from regional job-board postings collected by Kwame Mensah over twelve weeks.

## Appendix B. Glossary

- AMR: autonomous mobile robot, a wheeled robot that carries totes between pickers.
- Cross-dock: a building where incoming loads are sorted straight onto outbound vehicles
  without being put into storage.
- OTIF: on time in full, the share of deliveries that arrive on the agreed day complete.
- RIDDOR: the regulations under which serious workplace injuries are reported to the
  Health and Safety Executive.
- WMS: warehouse management system, the software that directs receiving, storage,
  picking and despatch.
"""
