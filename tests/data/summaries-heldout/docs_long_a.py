"""Long warehouse network review, part A (front matter and sections 1-6).

Markup: '# ' title, '## ' heading, '### ' sub-heading, '- ' bullet, '|' table row
(first row is the header), anything else a paragraph. Blank lines separate blocks.
"""

TEXT = """
# UK Warehouse Network Review 2025

Final report to the Operations Steering Committee. Marlow & Finch Homewares Ltd.
Prepared by the Network Strategy team. Version 1.3, 7 March 2025. Commercial in confidence.

## 1. Purpose and scope

In September 2024 the Chief Operating Officer, Daniel Achebe, asked the Network Strategy
team to review how the company stores, picks and moves goods across its six UK sites. Two
things prompted the request. The first was property: the lease on the Thurrock distribution
centre expires on 24 June 2026, and the landlord, Bramwell Property Trust, is entitled to
twelve months' notice of any intention to leave. The second was service. During the four
weeks before Christmas 2023, online next-day orders met their delivery promise only 86.2%
of the time, and store replenishment loads arrived on average 1.8 days later than planned.

The review team was led by Priya Raman, Director of Network Strategy, working with Tom
Hargreaves (transport analytics), Elena Vasquez (property and finance), Kwame Mensah (labour
planning) and Ruth Linley (warehouse systems). The engineering consultancy Peveril Partners
surveyed every building and modelled the automation options, and the property adviser
Sandford Lisle tested our rent and build-cost assumptions with agents in each local market.

Fieldwork ran for fourteen weeks, from 30 September 2024 to 3 January 2025, so that the
team could watch peak 2024 first-hand at every site rather than reconstruct it afterwards.
Unless stated otherwise, figures cover the financial year from 4 February 2024 to
1 February 2025 (FY24). Costs exclude VAT and are shown at FY24 prices. Where we quote
forecasts, they are the Finance base case agreed with the Chief Financial Officer,
Henrietta Osborne, in December 2024.

The report is arranged as follows. Sections 2 to 8 describe the network as it is today,
first as a whole and then site by site. Sections 9 to 13 cover transport, people and
safety, systems and automation, inventory and customer service, and property and
sustainability. Section 14 appraises the three options the committee asked us to examine.
The committee's decisions of 4 March 2025 are recorded in Section 15, the principal risks
to delivering them in Section 16, and the immediate next steps in Section 17.

## 2. The network at a glance

Marlow & Finch sells furniture, kitchenware, textiles and decorative goods through 187
stores in Great Britain and through its website and app. In FY24 the network shipped 38.6
million units: 22.4 million went direct to customers' homes and 16.2 million to stores.
Online orders therefore accounted for 58% of units, and for the first time the network
despatched more parcels than it did store cages.

The six sites differ sharply in age, size and cost. The table below summarises them; cost
per unit is the site's operating cost (labour, property, equipment and utilities, but not
outbound transport) divided by the units it despatched.

| Site | Opened | Size (sq ft) | Tenure | FY24 units (m) | Share | Cost per unit
| Doncaster iPort (DC1) | 2017 | 412,000 | Freehold | 15.8 | 41% | £0.61
| Daventry DIRFT (DC2) | 2019 | 268,000 | Lease to 2036 | 8.9 | 23% | £0.74
| Avonmouth (DC3) | 2012 | 185,000 | Lease to 2031 | 5.8 | 15% | £0.79
| Thurrock (DC4) | 1994 | 156,000 | Lease to June 2026 | 5.0 | 13% | £0.93
| Motherwell Eurocentral (DC5) | 2008 | 98,000 | Freehold | 2.3 | 6% | £0.84
| Warrington Omega (RC1) | 2020 | 74,000 | Lease to 2030 | 0.8 | 2% | £1.12

Taken together, the buildings cost £28.3 million to run in FY24, an average of 73p per
unit despatched. Doncaster, the newest large site and the only one with extensive
automation, is by some distance the cheapest. Thurrock is the most expensive of the five
distribution centres, for reasons explored in Section 7. Warrington's high unit cost
reflects the nature of returns work, where every item is opened, inspected and graded by
hand, and should not be compared directly with the outbound sites.

Each site plays a distinct role. Doncaster is the national centre for small and medium
items and handles most online orders. Daventry holds bulky furniture and is connected by
rail to the ports of Felixstowe and Southampton. Avonmouth serves 34 stores in the South
West and Wales and receives imports through Royal Portbury Dock. Thurrock serves 58 stores
in London and the South East and sits five miles from the London Gateway container
terminal. Motherwell serves the 21 Scottish stores and Scottish online customers, and
Warrington processes returns from every channel.

## 3. Demand and volume trends

The shift to online shopping has reshaped the work inside the buildings. In FY21 online
orders made up 46% of units shipped; by FY24 the figure was 58%. An online order contains
on average 2.3 units and leaves as one or two parcels, whereas a store delivery averages
340 units on roll cages. The same volume of sales now requires roughly three times as
many picks, packs and labels as it did four years ago.

Demand is also more seasonal than it was. October to December accounted for 31% of annual
online units in FY24. The busiest week of the year, week 48 beginning 25 November 2024,
saw 1.92 million units leave the network, against a weekly average of 742,000. A smaller
spring peak in April and May is driven by the garden range: parasols, rattan sets and
barbecues are bulky, arrive in a narrow window from Asian suppliers and fill the marshalling
areas at Avonmouth and Thurrock for six to eight weeks each year.

Bulky furniture is the fastest-growing category. Unit sales of sofas, beds and wardrobes
rose 22% in FY24, helped by the Harlow sofa range launched in March 2024, which sold
41,000 units in its first ten months. Bulky items need two-person home delivery, wide
aisles, specialist handling equipment and a great deal of floor space per pound of sales.

Store replenishment volume is falling slowly. Nine stores will close during 2025 under the
estate plan announced in January 2025, and the remaining stores are carrying less
backroom stock. Finance's base case forecasts 52.0 million units a year by FY28, with a
high case of 57 million and a low case of 45 million. Under the base case, online orders
would account for 66% of units by FY28 and bulky items for 14% of the cubic volume shipped.

The committee should note that none of the current buildings was designed for this mix.
Doncaster was specified in 2015 for a network that was 35% online; Thurrock predates the
company's website by four years.

## 4. Doncaster iPort (DC1)

Doncaster is the flagship of the network. The 412,000 sq ft freehold building opened in
2017 beside the iPort rail terminal and shipped 15.8 million units in FY24. Its general
manager, Sean Kilbride, runs a permanent team of 640 colleagues, supplemented at peak by
up to 410 agency workers.

Most small-item picking takes place in an AutoStore grid commissioned in 2021, holding
41,000 bins served by 38 robots and nine picking ports. Each port averaged 410 units per
hour during FY24, roughly four times the rate of a picker walking a manual aisle. During
peak the grid ran at 93% bin fill, close to the practical ceiling; once fill passes about
95% the robots spend more time digging for bins than delivering them and throughput falls.

Doncaster suffered the single most damaging incident of peak 2024. At 14:10 on 26 November
a drive motor on the tilt-tray sorter failed. The replacement part was held by the
manufacturer at its depot in Tilburg and did not reach the site until 20:30, by which time
23,400 online orders had missed their despatch cut-off. The company issued goodwill
vouchers worth £118,000 to affected customers. Since January 2025 the site has held two
spare drive motors, at a cost of £46,000, and has a revised maintenance contract with a
four-hour on-site response.

Peak labour was the other pressure point. To bring agency staff on shift quickly, the
site shortened new-starter induction from three days to a day and a half in November. The
pick error rate among new starters doubled to 0.41%, and customer contacts about wrong or
missing items rose accordingly. Mr Kilbride has since reinstated the full induction and
wants to open a permanent training bay with six practice pick stations.

Space is tight but not exhausted. The mezzanine pick faces ran at 88% utilisation across
the year, and the 96 dock doors coped with peak only because inbound deliveries were moved
to night shifts. However, level three of the mezzanine, about 60,000 sq ft, has never been
fitted out. Peveril Partners estimate that racking, lighting and sprinklers for that level
would cost £1.9 million and would add capacity for roughly 3 million units a year.

## 5. Daventry DIRFT (DC2)

Daventry, at the Daventry International Rail Freight Terminal, opened in 2019 and is held
on a lease to 2036. The 268,000 sq ft building handles the company's bulky range and
shipped 8.9 million units in FY24. Its general manager is Lorna Baptiste, who leads 455
permanent colleagues. Some 62% of the site's inbound containers arrive by rail from
Felixstowe and Southampton, which keeps the site's inbound transport cost the lowest in
the network.

On 12 September 2024 a routine racking inspection found 37 damaged uprights in aisles 14
to 22, the result of a reach truck striking a frame during a night shift. Four bays had to
be emptied for eleven days while repairs were made, and the repair bill came to £84,000.
The site has since fitted upright protectors throughout the bulky aisles and introduced
speed limiting on its reach trucks.

Yard congestion is a chronic problem. In peak 2024 trailers waited an average of 3.4 hours
between arriving and being unloaded, against a target of 1.5 hours, and on the worst days
the queue spilled onto the estate road. The building has 48 dock doors, of which 12 are
adapted for the 45-foot curtain-siders used by the two-person home delivery partner,
HomeRun 2-Man.

Daventry also hosted the company's autonomous mobile robot pilot in the summer of 2024,
described in Section 11. The pilot was run in a 30,000 sq ft zone of small accessories
that had been moved from Doncaster to relieve the AutoStore grid.

Daventry has one strategic asset that no other site offers. The landlord, Halden Estates,
owns an adjacent 11.5-acre plot with outline planning consent for a 190,000 sq ft
warehouse, referred to in this report as Daventry phase 2. Halden has offered to build a
unit to our specification and let it on a 15-year lease at £8.40 per sq ft. Its
contractor estimates a build period of 13 months from signature of the agreement for
lease. Local labour is more plentiful around Daventry than around Thurrock, though wage
competition is intense (see Section 10).

## 6. Avonmouth (DC3)

Avonmouth, on the Severnside industrial estate west of Bristol, opened in 2012 and is
leased until 2031. The 185,000 sq ft site, managed by Marek Zielinski, serves 34 stores in
the South West and Wales and the online customers in those regions, and it receives about
18% of the company's import containers through Royal Portbury Dock. It shipped 5.8 million
units in FY24 at a cost of 79p per unit.

The site's most serious exposure is flooding. It lies in tidal flood zone 3. During a storm
surge on 11 February 2024 water entered the service yard to a depth of 15 cm, and the site
lost power for seven hours when the local substation was flooded. No stock was damaged,
but outbound loads were delayed by a full day. At the July 2024 renewal the insurer, Lyra
Mutual, raised the flood excess on the site from £50,000 to £250,000. A regional flood
defence scheme for the Severnside area is due to complete in 2027, but until then the site
relies on its own measures. Peveril Partners have costed demountable flood barriers for
the yard and the raising of the main electrical switchgear above the predicted flood
level at £1.1 million.

Avonmouth also had the network's most serious safety incident of the year. On 3 August
2024 a counterbalance forklift reversing out of a trailer struck a picker who had stepped
into a marked exclusion zone; the colleague suffered a broken ankle and was off work for
nine weeks. The incident was reported under RIDDOR. Mr Zielinski has since installed blue
warning lights on every truck, physical barriers at the dock edge and pedestrian-detection
sensors on the six trucks that work the loading bays.

The site runs the legacy StockLine 4 warehouse management system, as does Thurrock. The
implications of this are discussed in Section 11. Avonmouth is also where the company has
trialled hydrotreated vegetable oil in its own lorries, described in Section 9.
"""
