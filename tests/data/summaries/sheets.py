"""Spreadsheets, part 1: budgets and project trackers."""

# ---------------------------------------------------------------------------
# Facilities budget: quarterly columns, NO totals anywhere (summary must add up)
# ---------------------------------------------------------------------------
FAC_OPEX = [
    ["Electricity", "All sites", 182000, 151000, 164000, 205000, "Fixed-price contract ends 30 Sep 2025; Q3-Q4 assume 9% uplift"],
    ["Gas", "All sites", 64000, 22000, 31000, 88000, "Heating load; Bow workshop moving to heat pump in FY26/27"],
    ["Cleaning contract", "All sites", 96500, 102300, 102300, 102300, "Re-tendered; new rates from Q2 (+6%)"],
    ["Security guarding", "HQ and Leyton depot", 71200, 71200, 71200, 71200, "24/7 at Leyton; weekdays only at HQ"],
    ["Planned maintenance (PPM)", "All sites", 58000, 62500, 60000, 54500, "Includes lift and fire system servicing"],
    ["Reactive repairs", "All sites", 35000, 35000, 40000, 45000, "Higher in winter quarters"],
    ["Waste and recycling", "All sites", 18400, 18400, 19100, 19100, "Food waste collection added at HQ from Q3"],
    ["Business rates", "All sites", 147750, 147750, 147750, 147750, "Based on 2023 revaluation"],
    ["Property insurance", "All sites", 126000, 0, 0, 0, "Annual premium paid in Q1"],
    ["Grounds maintenance", "Leyton depot and Stratford office", 9800, 16200, 14600, 6400, "Seasonal"],
    ["Water", "All sites", 11300, 12100, 12600, 11000, ""],
    ["Helpdesk software", "HQ", 14500, 0, 0, 0, "Annual licence renewal"],
]
FAC_CAPEX = [
    ["Roof replacement", "Leyton depot", 0, 210000, 185000, 0, "1 - critical", "Following November 2024 leak survey; works in dry months"],
    ["LED lighting upgrade, floors 2 to 5", "HQ", 42000, 42000, 0, 0, "2 - high", "Payback 3.1 years"],
    ["EV chargers (12 bays)", "Stratford office", 0, 0, 68000, 0, "3 - medium", "Part-funded by workplace charging grant"],
    ["Fire alarm panel replacement", "Bow workshop", 31500, 0, 0, 0, "1 - critical", "Panel obsolete; parts unavailable"],
    ["HVAC chiller replacement", "HQ", 0, 0, 96000, 144000, "2 - high", "Chiller 22 years old; R22 refrigerant"],
    ["Accessible toilets and lift refurbishment", "Bow workshop", 0, 27000, 27000, 0, "2 - high", "Equality Act compliance"],
]
OPEX_TOTAL = 2885700
CAPEX_TOTAL = 872500


def _check_fac():
    o = sum(sum(r[2:6]) for r in FAC_OPEX)
    c = sum(sum(r[2:6]) for r in FAC_CAPEX)
    if (o, c) != (OPEX_TOTAL, CAPEX_TOTAL):
        return "facilities totals are %d / %d" % (o, c)
    return None


FACILITIES = {
    "file": "budget_fy2025_facilities.xlsx",
    "title": "Facilities budget FY2025/26 draft v3",
    "author": "Owen Castellanos", "date": "2025-01-14",
    "checks": [_check_fac],
    "sheets": [
        {"name": "Read me", "header_rows": [0], "widths": {0: 34, 1: 70},
         "rows": [
             ["Facilities budget FY2025/26 - DRAFT v3", ""],
             ["Prepared by", "Owen Castellanos, Facilities Finance"],
             ["Status", "Draft for Finance Committee on 28 January 2025"],
             ["Financial year", "1 April 2025 to 31 March 2026 (Q1 = April to June)"],
             ["Currency", "GBP, excluding VAT"],
             ["Sites", "HQ (Aldgate), Leyton depot, Stratford office, Bow workshop"],
             ["FY2024/25 forecast outturn, opex (GBP)", 2712000],
             ["FY2024/25 forecast outturn, capex (GBP)", 1140000],
             ["", ""],
             ["Notes", "Opex and Capex sheets list each line by quarter."],
             ["", "Roof replacement at Leyton depot is the top capital priority after the leak survey in November 2024."],
             ["", "Electricity is the largest single cost line; the fixed-price contract ends on 30 September 2025 and Q3-Q4 assume a 9% uplift."],
             ["", "Headcount sheet shows the in-house facilities team only; contractors are in Opex."],
             ["", "Questions to Owen Castellanos before 21 January 2025."],
         ]},
        {"name": "Opex", "widths": {0: 28, 1: 32, 6: 60}, "freeze": "C2",
         "rows": [["Cost line", "Site", "Q1", "Q2", "Q3", "Q4", "Notes"]] + FAC_OPEX},
        {"name": "Capex", "widths": {0: 40, 1: 18, 6: 14, 7: 55}, "freeze": "C2",
         "rows": [["Project", "Site", "Q1", "Q2", "Q3", "Q4", "Priority", "Notes"]] + FAC_CAPEX},
        {"name": "Headcount", "widths": {0: 30, 3: 50},
         "rows": [
             ["Team", "FTE FY24/25", "FTE FY25/26", "Notes"],
             ["Facilities management", 6, 6, ""],
             ["Maintenance technicians", 4, 5, "One additional multi-skilled technician for Leyton"],
             ["Reception and post room", 5, 4, "Post room merged with reception at HQ"],
             ["Energy and sustainability", 1, 1, ""],
         ]},
    ],
    "facts": [
        {"id": "f1", "computed": True, "any": ["2,885,700", "2885700", "2.89m", "2.886m", "2.89 million", "2,885.7k"]},
        {"id": "f2", "computed": True, "any": ["872,500", "872500", "872.5k", "0.87m", "£873k", "0.87 million"]},
        {"id": "f3", "computed": True, "any": ["3,758,200", "3758200", "3.76m", "3.76 million", "3.758m"]},
        {"id": "f4", "any": ["electricity"]},
        {"id": "f5", "any": ["roof"]},
        {"id": "f6", "any": ["28 January"]},
    ],
    "false": [
        {"id": "x1", "any": ["opex decreases", "opex decreased", "lower opex", "opex falls"],
         "why": "opex of £2,885,700 is up 6.4% on the £2,712,000 FY24/25 outturn"},
        {"id": "x2", "any": ["capex increases", "capex increased", "higher capex", "capex rises"],
         "why": "capex of £872,500 is down from £1,140,000"},
    ],
}

# ---------------------------------------------------------------------------
# Marketing budget: totals row and column PRESENT
# ---------------------------------------------------------------------------
MKT = [
    ["Paid search", 140000, 150000, 150000, 210000],
    ["Paid social", 90000, 110000, 100000, 160000],
    ["Events and trade shows", 85000, 120000, 40000, 105000],
    ["Content and SEO", 55000, 55000, 60000, 60000],
    ["Partner co-marketing", 30000, 45000, 45000, 60000],
    ["Brand and creative", 70000, 40000, 40000, 90000],
    ["Marketing technology", 62500, 62500, 62500, 62500],
    ["Analyst relations", 25000, 0, 25000, 50000],
]
MKT_TOTAL = 2460000
_mkt_rows = [["Channel", "Q1", "Q2", "Q3", "Q4", "FY total", "% of total"]]
for _r in MKT:
    _mkt_rows.append(_r + [sum(_r[1:5]), round(100.0 * sum(_r[1:5]) / MKT_TOTAL, 1)])
_mkt_rows.append(["Total"] + [sum(r[i] for r in MKT) for i in range(1, 5)] + [MKT_TOTAL, 100.0])


def _check_mkt():
    if sum(sum(r[1:5]) for r in MKT) != MKT_TOTAL:
        return "marketing total mismatch"
    return None


MARKETING = {
    "file": "budget_marketing_2025.xlsx",
    "title": "Marketing budget 2025 v2",
    "author": "Adrian Volkov", "date": "2024-12-12",
    "checks": [_check_mkt],
    "sheets": [
        {"name": "Channel budget", "bold_rows": [len(_mkt_rows) - 1], "widths": {0: 28},
         "formats": {6: "0.0"}, "rows": _mkt_rows},
        {"name": "Campaigns", "widths": {0: 30, 4: 16, 5: 60},
         "rows": [
             ["Campaign", "Launch", "Budget (GBP)", "Main channels", "Owner", "Notes"],
             ["Orion product launch", "2 October 2025", 420000, "Paid search, paid social, events", "Keisha Raman", "Largest campaign of the year; drives the Q4 peak"],
             ["Spring webinar series", "March 2025", 45000, "Content, paid social", "Daniel Okafor", "Six webinars, one per vertical"],
             ["Partner summit", "June 2025", 95000, "Events, partner co-marketing", "Lucia Ferraro", "Hosted in Manchester; 250 partner attendees expected"],
             ["Brand refresh", "January 2025", 110000, "Brand and creative", "Adrian Volkov", "New visual identity ahead of Orion"],
             ["Customer advocacy programme", "April 2025", 30000, "Content", "Daniel Okafor", "Case studies and review sites"],
         ]},
        {"name": "Changes from v1", "widths": {0: 28, 3: 70},
         "rows": [
             ["Line", "v1 (GBP)", "v2 (GBP)", "Reason"],
             ["Events and trade shows", 500000, 350000, "Cut 30%: dropped two international trade shows with weak pipeline attribution"],
             ["Paid search", 560000, 650000, "Increased to support Orion launch keywords in Q4"],
             ["Total budget", 2520000, 2460000, "Net reduction of 60,000 requested by Finance"],
             ["", "", "", "Approved by Adrian Volkov, Chief Marketing Officer, on 12 December 2024."],
         ]},
    ],
    "facts": [
        {"id": "f1", "any": ["2,460,000", "2460000", "2.46m", "2.46 million", "2,460k"]},
        {"id": "f2", "any": ["paid search"]},
        {"id": "f3", "any": ["Orion"]},
        {"id": "f4", "any": ["30%", "350,000", "350k"]},
        {"id": "f5", "any": ["60,000", "60k", "2.52m", "2,520,000"]},
        {"id": "f6", "any": ["Q4", "797,500", "797.5k", "fourth quarter"]},
    ],
    "false": [
        {"id": "x1", "any": ["events budget increased", "increase in events", "events increased", "more spent on events"],
         "why": "events were cut 30% (500,000 to 350,000)"},
        {"id": "x2", "any": ["paid social largest", "paid social is largest", "biggest is paid social"],
         "why": "paid search (650,000) is the largest channel"},
    ],
}

# ---------------------------------------------------------------------------
# Store rollout tracker: status column, no summary sheet
# ---------------------------------------------------------------------------
STORES = [
    ["S101", "Harrogate", "North", "Kioskly", "7 Oct 2024", "7 Oct 2024", "Over budget", 96000, 118500, "Priya Shah", "Live. Floor reinforcement under kiosk bank needed; extra £22,500"],
    ["S102", "Carlisle", "North", "Kioskly", "14 Oct 2024", "14 Oct 2024", "Over budget", 88000, 104200, "Priya Shah", "Live. New electrical distribution board required"],
    ["S103", "Swindon", "South West", "Kioskly", "14 Oct 2024", "25 Nov 2024", "Late", 92000, 93000, "Callum Ward", "Landlord consent for shopfront change received late"],
    ["S104", "Wrexham", "Wales", "TillPoint", "21 Oct 2024", "2 Dec 2024", "Late", 90000, 90000, "Rhian Evans", "Kiosk hardware shortage at supplier; 6 units back-ordered"],
    ["S105", "Lincoln", "Midlands", "TillPoint", "28 Oct 2024", "9 Dec 2024", "Late", 94000, 95500, "Tom Greaves", "Store asked to avoid works during half-term trading"],
    ["S106", "Chesterfield", "Midlands", "TillPoint", "11 Nov 2024", "11 Nov 2024", "At risk", 91000, 91000, "Tom Greaves", "Network cabling survey failed; recabling quote awaited"],
    ["S107", "Dundee", "Scotland", "Kioskly", "18 Nov 2024", "18 Nov 2024", "At risk", 97000, 97000, "Fiona Baird", "Install team double-booked with Perth; weekend install proposed"],
    ["S108", "Truro", "South West", "Kioskly", "25 Nov 2024", "25 Nov 2024", "At risk", 99000, 99000, "Callum Ward", "Long travel for install crew; storm season"],
    ["S109", "Bath", "South West", "Kioskly", "30 Sep 2024", "30 Sep 2024", "On track", 93000, 92100, "Callum Ward", "Live"],
    ["S110", "Preston", "North", "TillPoint", "30 Sep 2024", "30 Sep 2024", "On track", 89000, 88400, "Priya Shah", "Live"],
    ["S111", "Stockport", "North", "TillPoint", "7 Oct 2024", "7 Oct 2024", "On track", 90000, 89700, "Priya Shah", "Live"],
    ["S112", "Norwich", "East", "Kioskly", "21 Oct 2024", "21 Oct 2024", "On track", 95000, 94800, "Hassan Ali", "Live"],
    ["S113", "Exeter", "South West", "Kioskly", "4 Nov 2024", "4 Nov 2024", "On track", 92000, 92000, "Callum Ward", "Kiosks delivered"],
    ["S114", "Derby", "Midlands", "TillPoint", "4 Nov 2024", "4 Nov 2024", "On track", 91000, 90500, "Tom Greaves", "Kiosks delivered"],
    ["S115", "Perth", "Scotland", "Kioskly", "18 Nov 2024", "18 Nov 2024", "On track", 94000, 94000, "Fiona Baird", "Install booked"],
    ["S116", "Kendal", "North", "TillPoint", "2 Dec 2024", "2 Dec 2024", "On track", 86000, 86000, "Priya Shah", "Survey complete"],
    ["S117", "Hereford", "Midlands", "TillPoint", "9 Dec 2024", "9 Dec 2024", "On track", 88000, 88000, "Tom Greaves", "Survey complete"],
    ["S118", "Durham", "North", "Kioskly", "13 Jan 2025", "13 Jan 2025", "On track", 93000, 93000, "Priya Shah", "After Christmas trading freeze"],
]


def _check_stores():
    from collections import Counter
    c = Counter(r[6] for r in STORES)
    if c != Counter({"On track": 10, "At risk": 3, "Late": 3, "Over budget": 2}):
        return "store status counts %r" % c
    return None


STORE_TRACKER = {
    "file": "tracker_self_checkout_rollout.xlsx",
    "title": "Self-checkout rollout tracker",
    "author": "Farah Haddad", "date": "2024-11-01",
    "checks": [_check_stores],
    "sheets": [
        {"name": "Stores", "freeze": "C2",
         "widths": {1: 14, 2: 12, 4: 14, 5: 16, 6: 12, 7: 12, 8: 16, 9: 13, 10: 60},
         "rows": [["Store ID", "Store", "Region", "Install partner", "Planned go-live", "Forecast go-live",
                   "Status", "Budget (GBP)", "Forecast cost (GBP)", "Owner", "Comment"]] + STORES},
        {"name": "Notes", "widths": {0: 26, 1: 80},
         "rows": [
             ["Item", "Detail"],
             ["Programme", "Harbury Foodstores self-checkout rollout, wave 2 (18 stores)"],
             ["Programme lead", "Farah Haddad"],
             ["Target", "All 18 stores live by 31 January 2025"],
             ["Status key", "On track / At risk / Late / Over budget"],
             ["Christmas trading freeze", "No installs from 16 December 2024 to 5 January 2025"],
             ["Steering", "Weekly on Tuesdays; exceptions escalated to Retail Operations Director"],
             ["Last updated", "1 November 2024"],
         ]},
    ],
    "facts": [
        {"id": "f1", "any": ["Swindon"]},
        {"id": "f2", "any": ["Wrexham"]},
        {"id": "f3", "any": ["Lincoln"]},
        {"id": "f4", "any": ["Harrogate"]},
        {"id": "f5", "any": ["Carlisle"]},
        {"id": "f6", "any": ["Chesterfield", "Dundee", "Truro"]},
    ],
    "false": [
        {"id": "x1", "any": ["Swindon on track", "Swindon is on track", "Wrexham on track", "Lincoln on track"],
         "why": "Swindon, Wrexham and Lincoln are Late"},
        {"id": "x2", "any": ["Harrogate on track", "Harrogate within budget", "Harrogate is on budget", "Carlisle within budget"],
         "why": "Harrogate and Carlisle are Over budget"},
        {"id": "x3", "any": ["all stores on track", "all 18 on track", "every store on track"],
         "why": "only 10 of 18 stores are on track"},
    ],
}

# ---------------------------------------------------------------------------
# IT portfolio tracker: status column, money in GBP thousands, no total row
# ---------------------------------------------------------------------------
PORTFOLIO = [
    ["P01", "ERP upgrade (SAP S/4HANA)", "CFO", "Neil Armitage", "Test", "Late", 2400, 1980, 2520, "30 Nov 2024", "28 Apr 2025", "Data migration defects; cutover moved after year-end close"],
    ["P02", "Data centre exit", "CIO", "Sunita Rao", "Migrate", "Over budget", 1200, 1310, 1650, "31 Mar 2025", "31 Mar 2025", "Dual running costs; two extra migration waves for legacy apps"],
    ["P03", "Laptop refresh", "CIO", "Mo Farah-Quinn", "Deploy", "On track", 850, 520, 840, "28 Feb 2025", "28 Feb 2025", "1,150 of 1,900 devices issued"],
    ["P04", "Zero trust network access", "CISO", "Ewa Nowak", "Build", "At risk", 640, 210, 700, "30 Jun 2025", "31 Jul 2025", "Vendor integration with legacy VPN harder than planned"],
    ["P05", "Service desk replacement", "CIO", "Gary Holt", "Build", "On track", 380, 150, 375, "31 Mar 2025", "31 Mar 2025", ""],
    ["P06", "Payroll system upgrade", "HR Director", "Amy Liu", "Test", "On track", 260, 190, 255, "31 Jan 2025", "31 Jan 2025", "Parallel run in December"],
    ["P07", "Customer portal v2", "Sales Director", "Jonas Berg", "Build", "At risk", 720, 340, 760, "31 May 2025", "30 Jun 2025", "Two senior developers resigned; contractors being onboarded"],
    ["P08", "Microsoft 365 E5 migration", "CIO", "Gary Holt", "Deploy", "On track", 300, 120, 300, "31 Mar 2025", "31 Mar 2025", ""],
    ["P09", "Warehouse Wi-Fi upgrade", "COO", "Sunita Rao", "Deploy", "On track", 190, 60, 185, "28 Feb 2025", "28 Feb 2025", "3 of 5 sites done"],
    ["P10", "Backup and disaster recovery modernisation", "CIO", "Ewa Nowak", "Build", "Over budget", 410, 380, 515, "31 Dec 2024", "31 Jan 2025", "Storage prices up 22%; extra immutable backup tier"],
    ["P11", "Contract management system", "General Counsel", "Amy Liu", "Plan", "On track", 140, 35, 140, "30 Apr 2025", "30 Apr 2025", ""],
    ["P12", "BI platform consolidation", "CFO", "Jonas Berg", "Build", "On track", 330, 95, 320, "30 Jun 2025", "30 Jun 2025", ""],
    ["P13", "Telephony move to Teams Phone", "COO", "Gary Holt", "Deploy", "On track", 220, 180, 215, "31 Dec 2024", "31 Dec 2024", ""],
    ["P14", "PCI DSS v4 compliance", "CISO", "Ewa Nowak", "Build", "At risk", 270, 120, 290, "31 Mar 2025", "31 Mar 2025", "Mandatory deadline 31 March 2025; scanning tool not yet procured"],
]
PORT_BUDGET, PORT_FORECAST = 8310, 9065


def _check_port():
    b = sum(r[6] for r in PORTFOLIO)
    f = sum(r[8] for r in PORTFOLIO)
    if (b, f) != (PORT_BUDGET, PORT_FORECAST):
        return "portfolio totals %d / %d" % (b, f)
    return None


IT_PORTFOLIO = {
    "file": "tracker_it_portfolio_nov2024.xlsx",
    "title": "IT project portfolio tracker, November 2024",
    "author": "Portfolio Office", "date": "2024-11-29",
    "checks": [_check_port],
    "sheets": [
        {"name": "Portfolio", "freeze": "C2",
         "widths": {1: 40, 2: 14, 3: 16, 5: 12, 6: 12, 7: 14, 8: 18, 9: 14, 10: 14, 11: 60},
         "rows": [["ID", "Project", "Sponsor", "Project manager", "Phase", "Status", "Budget (GBP k)",
                   "Spend to date (GBP k)", "Forecast at completion (GBP k)", "Planned finish",
                   "Forecast finish", "Key issue / next step"]] + PORTFOLIO},
        {"name": "Status key", "widths": {0: 14, 1: 90},
         "rows": [
             ["Status", "Definition"],
             ["On track", "Forecast finish and forecast cost within 5% of plan"],
             ["At risk", "Credible threat to date or cost; mitigation under way"],
             ["Late", "Forecast finish more than 4 weeks after planned finish"],
             ["Over budget", "Forecast at completion more than 10% above budget"],
         ]},
        {"name": "Changes this month", "widths": {0: 10, 1: 90},
         "rows": [
             ["ID", "Change since October report"],
             ["P01", "Moved from At risk to Late: go-live re-planned to 28 April 2025 after mock cutover 2 failed reconciliation"],
             ["P10", "Moved from At risk to Over budget"],
             ["P14", "New At risk: PCI DSS v4 deadline is fixed by the card schemes and cannot move"],
             ["P13", "On track for completion in December"],
         ]},
    ],
    "facts": [
        {"id": "f1", "any": ["ERP"]},
        {"id": "f2", "any": ["data centre exit", "data center exit"]},
        {"id": "f3", "computed": True, "any": ["8,310", "8310", "8.31m", "8.31 million", "8.3m"]},
        {"id": "f4", "computed": True, "any": ["9,065", "9065", "9.07m", "9.065m", "9.07 million", "9.1m"]},
        {"id": "f5", "any": ["PCI", "zero trust", "customer portal"]},
        {"id": "f6", "any": ["backup", "disaster recovery"]},
        {"id": "f7", "any": ["28 April", "28 Apr", "April 2025"]},
    ],
    "false": [
        {"id": "x1", "any": ["ERP upgrade on track", "ERP is on track", "ERP on track"],
         "why": "the ERP upgrade is Late (forecast 28 April 2025 vs 30 November 2024)"},
        {"id": "x2", "any": ["centre exit on track", "center exit on track", "centre exit within budget", "centre exit on budget"],
         "why": "data centre exit is Over budget (forecast 1,650k vs 1,200k)"},
        {"id": "x3", "any": ["portfolio under budget", "portfolio within budget", "under budget overall", "portfolio is on budget"],
         "why": "forecast 9,065k exceeds total budget 8,310k"},
    ],
}

DOCS = [FACILITIES, MARKETING, STORE_TRACKER, IT_PORTFOLIO]
