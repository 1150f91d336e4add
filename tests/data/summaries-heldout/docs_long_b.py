"""Long warehouse network review, part B (sections 7-12). Same markup as part A."""

TEXT = """
## 7. Thurrock (DC4)

Thurrock is the oldest building in the network. It was built in 1994 for a food wholesaler
and taken over by Marlow & Finch in 2006. The 156,000 sq ft site, managed by Fiona
Gallagher, serves 58 stores in London and the South East, and shipped 5.0 million units in
FY24. It is five miles from the London Gateway container terminal, which makes it the
natural entry point for imports from Asia destined for the south-east stores.

The building is worn out. Its eaves height of 10 metres allows only five levels of pallet
racking, against seven at Doncaster. The site logged 23 roof leaks between January 2024
and January 2025, and water damage led to stock write-offs of £62,000 over the year. The
building's energy performance certificate is rated E. Heating, lighting and fire systems
are all close to the end of their design lives, and Peveril Partners found that the
sprinkler system would not meet current insurer standards if the racking were altered.

Operations at Thurrock relied on paper pick lists until March 2023, when the site moved on
to StockLine 4 with handheld scanners. Productivity has improved since then but remains
the lowest in the network, and the site's cost of 93p per unit is half as high again as
Doncaster's. Because Thurrock holds a separate stock of 9,800 product lines, of which
6,100 are also held at Doncaster, it is responsible for much of the network's costly
rebalancing between sites (see Section 12).

The workforce is the site's greatest strength. Thurrock employs 212 permanent colleagues
with an average length of service of 11.4 years, the longest in the company. A union is
recognised for collective bargaining, and relations with local representatives are good.
Absence at Thurrock is the lowest in the network at 3.8%, and the site's accuracy on store
deliveries has been above 99.5% in every quarter since 2022.

The current rent is £7.52 per sq ft, or about £1.17 million a year. In January 2025 the
landlord, Bramwell Property Trust, indicated that a new ten-year lease would be offered at
£9.85 per sq ft, an increase of 31%. Sandford Lisle regard this as close to market for a
building of this age in the Thames corridor, where vacancy is below 2%. On exit, the
company will owe the landlord dilapidations, estimated by Sandford Lisle at £1.3 million;
a provision for this amount has been held on the balance sheet since FY22, so it is not
counted again in the options appraisal.

## 8. Motherwell Eurocentral (DC5) and Warrington Omega (RC1)

Motherwell, on the Eurocentral estate beside the M8, is a 98,000 sq ft freehold built in
2008. The general manager, Callum Reid, runs a team of 118 colleagues who serve the 21
Scottish stores and about 600,000 online units a year for Scottish postcodes. The site
shipped 2.3 million units in FY24 at 84p per unit. Utilisation is low: the building
averaged 61% of usable pallet positions across the year and peaked at only 74%.

Weather is the site's main operational risk. On 21 January 2025 heavy snow closed the
approach roads for five hours, and 14 store deliveries were missed. Mr Reid has proposed
subletting 20,000 sq ft of surplus space to Clydeside Foods, a regional food distributor,
which would bring in about £160,000 a year in rent. Finance supports the idea in
principle, but the sublet would need the agreement of the company's lenders because the
site is part of the security package for the revolving credit facility.

Warrington Omega is the network's returns centre. The 74,000 sq ft leased building, managed
by Aisha Bello, opened in 2020 and processed 4.3 million returned units in FY24. The online
return rate averaged 11.2%, though only 6% for bulky items, which are mostly collected by
HomeRun 2-Man and returned to Daventry. Each item is opened, inspected and graded: grade A
goes back on sale as new, grade B is sold through the outlet stores and grade C goes to
recycling or to the charity partner Second Nest.

Returns after Christmas overwhelmed the site. The backlog peaked at 86,000 unprocessed
units on 13 January 2025, and it took until 7 February to clear. Only 54% of resaleable
returns were back on sale within ten days of arrival, against a target of 80%, which left
stock in limbo during the January sale. Ms Bello attributes the backlog to a shortage of
trained graders and to a single inbound dock that cannot separate parcel returns from
store returns. Warrington sent 0.8 million resaleable units back into the network in FY24.

## 9. Transport

The company runs its own fleet of 148 tractor units and 310 trailers, including 46
double-deck trailers, operating under goods vehicle licences held at Doncaster, Daventry
and Avonmouth. Store deliveries from Thurrock and Motherwell are subcontracted to Carrow
Haulage under a contract that runs until March 2027. Home deliveries of small items are
carried by two parcel carriers: Swiftpost, which carries about 70% of parcels, and Kestrel
Express, which carries the rest. Bulky home deliveries are made by HomeRun 2-Man.

Outbound transport cost £37.9 million in FY24, of which diesel accounted for £11.6 million.
Empty running, the share of fleet kilometres driven without a load, averaged 19%. A backhaul
scheme that collects from suppliers on the return leg now carries 7% of inbound volume,
and Tom Hargreaves estimates that this could double if loads were planned across sites
rather than depot by depot.

Parcel capacity was the bottleneck of peak 2024. Swiftpost capped the company at 85,000
parcels a day from 25 November. On 2 December 61,000 parcels that had been picked and
packed could not be collected and rolled over to the following day, accounting for most of
the missed delivery promises that week. Kestrel Express could not absorb the overflow at
short notice. Contract talks for peak 2025 began in February, and the company is seeking a
committed daily capacity of 110,000 parcels across the two carriers.

Since April 2024, twelve tractor units based at Avonmouth have run on hydrotreated
vegetable oil instead of diesel. Measured over ten months, carbon emissions from those
vehicles fell by 84%, but fuel cost rose by 14p per litre. The trial has been extended for
a further year while the fuel supplier, Western Biofuels, tests whether it can supply
Doncaster and Daventry from a single storage tank at each site.

The driver market is tight. In January 2025 the fleet had 27 driver vacancies, most of
them at Doncaster, and Carrow Haulage reported similar shortages on the Thurrock routes.
Tom Hargreaves modelled the transport effect of closing Thurrock. Serving the London and
South East stores directly from Doncaster and Daventry would add 2.9 million vehicle
kilometres a year, because the stem mileage from Doncaster to central London is about 170
miles. Adding a small cross-dock near the M25, where trunked loads from the Midlands are
broken down into store deliveries, would reduce the additional distance to 0.6 million
kilometres a year.

## 10. People and safety

The network employs 2,140 permanent colleagues. At peak, agency workers supplied by
Brightwork Recruitment made up 31% of hours worked. Absence averaged 6.2% across the year
against a target of 4%, and 38% of new starters left within 90 days. Base pay rose to
£12.45 an hour in April 2024. A pay deal of 4.6% for 2025 was settled in January with the
recognised unions at Thurrock and Avonmouth and applied across all sites.

Labour markets vary sharply between sites. Around Daventry, 14 large warehouses have opened
within ten miles since 2020, and the median warehouse operative wage there is now £12.70,
above the company's rate. Doncaster recruits comfortably. Motherwell has a stable, local
workforce. Kwame Mensah's labour model shows that any option which moves work to Daventry
must recruit and train substantially more staff there during 2025 and 2026, in the
most competitive labour market in the network.

Safety performance deteriorated. There were 14 RIDDOR-reportable incidents in FY24, up
from 11 in FY23, and the lost-time injury frequency rate rose from 1.4 to 1.9 per 100,000
hours worked. Apart from the Avonmouth forklift collision described in Section 6, the most
frequent causes were manual handling of bulky items at Daventry and slips on wet floors
near Thurrock's leaking roof. The Health and Safety Manager, Gordon Tait, has introduced a
network-wide programme of forklift telematics, which records impacts and prevents
unlicensed operators from starting a truck; it was installed at Doncaster and Avonmouth in
January 2025 and will reach the other sites by June.

### Recruitment and training in practice

The review team followed a cohort of 38 agency workers who started at Doncaster on 4
November 2024. Twelve did not return after their first week, mostly citing the length of
the walk from the car park to the mezzanine and the early start of the 05:30 shift. Of the
26 who stayed, nine were offered permanent contracts in January. Brightwork Recruitment's
account manager, Shona Gilmour, told us that candidates now compare warehouse offers on
shift patterns and transport as much as on pay, and that a free shuttle bus from Doncaster
station, as run by two neighbouring employers, would do more for retention than a further
pay rise.

Training capacity is uneven across the network. Doncaster and Daventry each employ two
full-time trainers; Avonmouth, Thurrock and Motherwell rely on experienced colleagues who
train new starters alongside their normal work. Forklift licences are the main
constraint: the network issued 264 new or renewed licences in FY24, and each course takes
a trainer out of the operation for a week. Any transfer of volume between sites will need
a plan for training as well as recruitment, because new starters at Daventry will have to
be productive within weeks of joining during the transfer period.

## 11. Systems and automation

Two warehouse management systems are in use. Doncaster, Daventry, Motherwell and Warrington
run Korvex WMS 9. Avonmouth and Thurrock run StockLine 4, supplied by Delmont Software.
Delmont has confirmed that standard support for StockLine 4 ends on 31 December 2025, and
it has offered extended support for a further twelve months at a cost of £420,000. Running
two systems means there is no single view of stock across the network: the systems
exchange data with the finance system in a nightly batch at 02:00, so an item that is in
stock at Thurrock can appear unavailable to an online customer served from Doncaster
until the following morning.

The company has migrated a site once before. When Motherwell moved to Korvex in 2022, the
cut-over weekend overran and the site lost stock visibility for three days, during which
store deliveries were made from a manual list. Ruth Linley's lessons-learned review of that
migration recommended a full dress rehearsal, a stock count on the weekend of cut-over and
a freeze on new product lines for two weeks either side.

The autonomous mobile robot pilot ran at Daventry from 3 June to 30 August 2024. Twenty-four
robots supplied by PathMate Robotics carried totes between pickers in a 30,000 sq ft zone
of small accessories, so that each picker stayed within a few aisles rather than walking
the whole zone. Pick rates rose from 118 to 158 order lines per hour, an improvement of
34%. Walking distance per picker fell by 61%, and mis-picks fell from 0.32% to 0.19%. There
were two software outages, totalling nine hours, both traced to a wireless access point
that has since been replaced.

PathMate is a young company. It was founded in 2018, employs about 140 people and raised
a third round of venture funding in 2024. Peveril Partners consider its technology sound
but note that the company is not yet profitable, and they advise that any large contract
should include escrow of the fleet management software and a buy-out price for the
robots if the supplier fails.

## 12. Inventory and customer service

At the end of FY24 the network held stock worth £214 million at cost. Of this, 12%, or
£25.7 million, had been in stock for more than 180 days, much of it seasonal textiles and
discontinued kitchenware. Availability in peak week was 94.1%, against a target of 97%.

Service to stores has slipped. On-time-in-full delivery to stores averaged 92.3% across
the year against a target of 98%, with the worst results in the London region in
December. Online service improved on 2023, but the next-day promise was met for only
88.7% of orders during peak 2024, against a target of 95%. The customer service team
logged 4,912 complaints in November 2024, of which 38% concerned late delivery, and the
company's average public review score fell from 4.1 to 3.7 stars over the autumn.

Stock is often in the wrong place. In FY24 the network moved 1.4 million units between its
own sites at a cost of £2.1 million, mainly to rebalance lines held at both Thurrock and
Doncaster. Around 40% of these transfers were made in the ten weeks before Christmas, when
trunking capacity was most expensive. A single national stock of small items, held at
fewer sites, would remove most of this cost and would make more stock visible to online
customers at any moment.

### What store managers and customers told us

Between October and December the review team visited eleven stores and interviewed their
managers about the service they receive from the network. The picture varied by region.
Stores served from Doncaster and Avonmouth were broadly satisfied, although the manager of
the Cardiff Bay store, Gethin Morgan, described weekly deliveries that arrived complete but
in the wrong sequence, so that garden furniture blocked the stockroom door for most of May.

The strongest complaints came from London. Stores served from Thurrock reported frequent
short deliveries in December, when lines that Thurrock had sold through were not
replenished from Doncaster in time. The manager of the Lewisham store, Patience Adjei,
kept a log of 46 lines that were out of stock on her shop floor on 14 December while
Doncaster held more than six weeks of cover for each of them. The Croydon and Kingston
managers told the same story in different words. None of them criticised the Thurrock
team, whose drivers and loaders they praised; the problem is the split between two stocks.

Scottish stores had a different concern. Deliveries from Motherwell are reliable, but the
Glasgow Braehead and Aberdeen stores lose up to a day of selling whenever bulky items have
to travel from Daventry on a shared trunk. Scottish customers ordering sofas online waited
an average of 11 days for delivery, against 6 days in England.

The customer view came from 1,850 responses to a post-delivery survey run in January 2025.
Customers rated the condition of their goods highly, at 4.5 out of 5, but rated delivery
time and tracking information at only 3.2. Free-text comments mentioned missed
two-person delivery slots more than any other single issue: HomeRun 2-Man missed 3.9% of
booked slots in December, most of them in the South East, where its vans were routed out
of Daventry on journeys of more than three hours.
"""
