"""Spreadsheets, part 2: hiring plan, vendor scoring, capex requests, incident log."""

# ---------------------------------------------------------------------------
# Engineering hiring plan: quarterly hire counts, no totals
# ---------------------------------------------------------------------------
HIRES = [
    # req, team, role, level, location, q1, q2, q3, q4, salary midpoint, priority, manager, notes
    ["ENG-101", "Platform", "Senior backend engineer", "L4", "London", 2, 1, 0, 0, 98000, "P1", "Ruth Abara", "Scale fleet telemetry ingestion"],
    ["ENG-102", "Platform", "Staff engineer", "L5", "London", 1, 0, 0, 0, 128000, "P1", "Ruth Abara", "Technical lead for platform re-architecture"],
    ["ENG-103", "Platform", "Site reliability engineer", "L3", "Krakow", 0, 2, 1, 0, 62000, "P2", "Ruth Abara", "Follow-the-sun on-call from Krakow"],
    ["ENG-104", "Perception", "Machine learning engineer", "L4", "London", 1, 1, 1, 0, 105000, "P1", "Dr Imran Qureshi", "Obstacle detection model retraining"],
    ["ENG-105", "Perception", "Research scientist", "L5", "Cambridge", 0, 1, 0, 0, 120000, "P2", "Dr Imran Qureshi", "Joint post with university lab"],
    ["ENG-106", "Perception", "Data annotation lead", "L3", "Krakow", 0, 1, 0, 0, 48000, "P2", "Dr Imran Qureshi", "Builds in-house labelling team"],
    ["ENG-107", "Controls", "Embedded software engineer", "L3", "Bristol", 1, 1, 1, 1, 72000, "P1", "Gavin Ellery", "Motor controller firmware"],
    ["ENG-108", "Controls", "Senior controls engineer", "L4", "Bristol", 1, 0, 1, 0, 92000, "P1", "Gavin Ellery", "Safety-rated motion control"],
    ["ENG-109", "Hardware", "Electronics engineer", "L3", "Bristol", 0, 1, 0, 1, 68000, "P2", "Nadia Petrova", "Gen 4 power board"],
    ["ENG-110", "Hardware", "Mechanical engineer", "L3", "Bristol", 1, 0, 1, 0, 64000, "P2", "Nadia Petrova", "Gripper redesign"],
    ["ENG-111", "QA", "QA automation engineer", "L3", "Krakow", 0, 2, 1, 0, 52000, "P2", "Marek Zielinski", "Hardware-in-the-loop test rigs"],
    ["ENG-112", "QA", "Test lead", "L4", "Krakow", 0, 0, 1, 0, 70000, "P3", "Marek Zielinski", ""],
    ["ENG-113", "Product", "Product manager", "L4", "London", 1, 0, 1, 0, 95000, "P2", "Sofia Mendes", "Fleet management software"],
    ["ENG-114", "Product", "Product designer", "L3", "London", 0, 1, 0, 0, 75000, "P3", "Sofia Mendes", "Operator console UX"],
    ["ENG-115", "Security", "Security engineer", "L4", "London", 1, 0, 0, 1, 102000, "P1", "Ruth Abara", "Customer security reviews are blocking deals"],
    ["ENG-116", "Engineering management", "Engineering manager and Krakow site lead", "L5", "Krakow", 1, 0, 0, 0, 96000, "P1", "Ruth Abara", "Must start before other Krakow hires"],
]
HIRE_TOTAL, HIRE_SALARY = 32, 2618000


def _check_hires():
    n = sum(sum(r[5:9]) for r in HIRES)
    s = sum(sum(r[5:9]) * r[9] for r in HIRES)
    q = [sum(r[i] for r in HIRES) for i in range(5, 9)]
    if (n, s, q) != (HIRE_TOTAL, HIRE_SALARY, [10, 11, 8, 3]):
        return "hiring totals %r %r %r" % (n, s, q)
    return None


ENG_HIRING = {
    "file": "hiring_plan_engineering_2025.xlsx",
    "title": "Engineering hiring plan 2025",
    "author": "Ruth Abara", "date": "2025-01-08",
    "checks": [_check_hires],
    "sheets": [
        {"name": "Plan", "freeze": "D2",
         "widths": {1: 22, 2: 40, 4: 11, 9: 18, 11: 18, 12: 48},
         "rows": [["Req ID", "Team", "Role", "Level", "Location", "Q1 hires", "Q2 hires", "Q3 hires",
                   "Q4 hires", "Salary midpoint (GBP)", "Priority", "Hiring manager", "Notes"]] + HIRES},
        {"name": "Assumptions", "widths": {0: 30, 1: 90},
         "rows": [
             ["Assumption", "Detail"],
             ["Company", "Parallax Robotics Ltd, Engineering department"],
             ["Plan owner", "Ruth Abara, VP Engineering"],
             ["Current engineering headcount", "84 (31 December 2024)"],
             ["On-costs", "Add 24% to salary for employer NI, pension and benefits (UK); 19% for Poland"],
             ["Start dates", "Assume hires start mid-quarter"],
             ["Funding condition", "Q1 and Q2 hires are funded from existing cash. Q3 and Q4 hires are conditional on the Series C round closing, targeted for June 2025."],
             ["Krakow hub", "New engineering hub in Krakow opens in Q2 2025; the site lead (ENG-116) must be hired in Q1"],
             ["Recruitment fees", "Agency use limited to L5 roles; all other roles through direct sourcing"],
             ["Approval", "Plan approved by the CEO and CFO on 7 January 2025"],
         ]},
        {"name": "Current headcount", "widths": {0: 24},
         "rows": [
             ["Team", "Headcount at 31 Dec 2024"],
             ["Platform", 22], ["Perception", 14], ["Controls", 17], ["Hardware", 12],
             ["QA", 8], ["Product", 6], ["Security", 2], ["Engineering management", 3],
         ]},
    ],
    "facts": [
        {"id": "f1", "computed": True, "any": ["32 hires", "32 roles", "32 new", "32 positions", "32 people", "total of 32", "32 in total", "32 engineers"]},
        {"id": "f2", "computed": True, "any": ["2,618,000", "2618000", "2.618m", "2.62m", "2.62 million", "2,618k"]},
        {"id": "f3", "any": ["Krakow", "Kraków"]},
        {"id": "f4", "any": ["Series C"]},
        {"id": "f5", "any": ["Platform"]},
    ],
    "false": [
        {"id": "x1", "any": ["Q4 is the busiest", "most hires in Q4", "peak in Q4", "Q4 has the most"],
         "why": "Q4 has the fewest hires (3); Q2 has the most (11)"},
        {"id": "x2", "any": ["hiring freeze", "no funding condition", "unconditionally funded"],
         "why": "Q3-Q4 hires are conditional on the Series C round"},
    ],
}

# ---------------------------------------------------------------------------
# 3PL vendor scoring: weighted totals PRESENT, pricing totals PRESENT
# ---------------------------------------------------------------------------
VENDORS = ["Halcyon Logistics", "Brennock Supply Chain", "TransEuro Fulfilment", "Marrow & Pike (incumbent)"]
CRITERIA = [
    ("Service quality and KPIs", 0.25, [4.6, 4.0, 3.2, 3.2]),
    ("Cost", 0.25, [3.6, 4.2, 4.6, 2.8]),
    ("IT and integration", 0.15, [4.4, 3.6, 3.0, 3.4]),
    ("Capacity and scalability", 0.15, [4.2, 4.0, 3.4, 2.8]),
    ("Sustainability", 0.10, [4.5, 3.5, 3.0, 3.1]),
    ("Financial stability", 0.10, [3.9, 4.2, 3.4, 4.6]),
]
_score_rows = [["Criterion", "Weight"] + ["%s raw (1-5)" % v.split(" (")[0] for v in VENDORS]
               + ["%s weighted" % v.split(" (")[0] for v in VENDORS]]
for name, w, raw in CRITERIA:
    _score_rows.append([name, w] + raw + [round(w * x, 3) for x in raw])
_totals = [round(sum(w * raw[i] for _, w, raw in CRITERIA), 2) for i in range(4)]
_score_rows.append(["Weighted total (out of 5)", 1.0, "", "", "", ""] + _totals)
_score_rows.append(["Rank", "", "", "", "", ""] + [1, 2, 3, 4])

VOL = {"pallet_weeks": 728000, "inbound": 46000, "lines": 2300000, "orders": 520000}
RATES = [  # storage/pallet/week, inbound/pallet, pick/line, despatch/order, mgmt fee
    [2.35, 3.10, 0.42, 1.05, 54600],
    [2.20, 2.90, 0.40, 0.95, 31000],
    [2.05, 2.80, 0.38, 0.98, 45200],
    [2.60, 3.30, 0.45, 1.00, 10400],
]
_price_rows = [["Cost element", "Annual volume"] + [v.split(" (")[0] for v in VENDORS]]
_labels = [("Storage (per pallet per week)", "pallet_weeks"), ("Inbound handling (per pallet)", "inbound"),
           ("Picking (per order line)", "lines"), ("Despatch (per order)", "orders")]
_annual = [[0] * 5 for _ in range(4)]
for i, (label, _key) in enumerate(_labels):
    _price_rows.append([label + " rate (GBP)", ""] + [r[i] for r in RATES])
for i, (label, key) in enumerate(_labels):
    vals = [int(round(r[i] * VOL[key])) for r in RATES]
    for j in range(4):
        _annual[j][i] = vals[j]
    _price_rows.append([label + " annual cost (GBP)", VOL[key]] + vals)
for j in range(4):
    _annual[j][4] = RATES[j][4]
_price_rows.append(["Account management fee (GBP per year)", ""] + [r[4] for r in RATES])
_price_rows.append(["Total modelled annual cost (GBP)", ""] + [sum(a) for a in _annual])


def _check_3pl():
    if _totals != [4.18, 3.96, 3.55, 3.2]:
        return "3PL weighted totals %r" % _totals
    if [sum(a) for a in _annual] != [3420000, 3180000, 3050000, 3610000]:
        return "3PL annual costs %r" % [sum(a) for a in _annual]
    return None


THREE_PL = {
    "file": "vendor_scoring_3pl_tender.xlsx",
    "title": "3PL tender evaluation",
    "author": "Kofi Mensah", "date": "2025-02-03",
    "checks": [_check_3pl],
    "sheets": [
        {"name": "Scoring", "bold_rows": [len(_score_rows) - 2], "widths": {0: 30},
         "formats": {1: "0%"}, "rows": _score_rows},
        {"name": "Pricing", "bold_rows": [len(_price_rows) - 1], "widths": {0: 42, 1: 14},
         "formats": {2: "#,##0.00", 3: "#,##0.00", 4: "#,##0.00", 5: "#,##0.00"}, "rows": _price_rows},
        {"name": "Recommendation", "widths": {0: 26, 1: 100},
         "rows": [
             ["Item", "Detail"],
             ["Tender", "Outsourced warehousing and e-commerce fulfilment for Lumen Home Goods, UK, from 1 July 2025"],
             ["Evaluation panel", "Kofi Mensah (Head of Logistics, chair), Jade Whitaker (Finance), Ollie Park (IT), Nina Sorensen (Customer Service)"],
             ["Recommendation", "Award a five-year contract to Halcyon Logistics, highest weighted score (4.18 out of 5)"],
             ["Cost", "Halcyon's modelled annual cost is 3,420,000, which is 190,000 (5.3%) less than the incumbent Marrow & Pike at 3,610,000, but 240,000 more than Brennock"],
             ["Why not the cheapest", "TransEuro is cheapest but scored lowest on service quality in site visits and reference calls; Brennock is a close second on score and remains the fallback option"],
             ["Key risk", "Halcyon will serve Lumen from its new Daventry site, which is not due to be operational until May 2025, leaving about eight weeks before contract start"],
             ["Mitigation", "Contractual readiness milestone on 30 April 2025; if missed, negotiate a 3-month extension with Marrow & Pike (incumbent contract ends 30 June 2025)"],
             ["Decision needed", "Executive approval by 21 February 2025 to allow a 16-week implementation"],
         ]},
    ],
    "facts": [
        {"id": "f1", "any": ["Halcyon"]},
        {"id": "f2", "any": ["4.18"]},
        {"id": "f3", "any": ["3,420,000", "3.42m", "3.42 million", "3420000"]},
        {"id": "f4", "any": ["Daventry"]},
        {"id": "f5", "any": ["190,000", "190k", "5.3%"]},
        {"id": "f6", "any": ["1 July 2025", "July 2025", "21 February"]},
    ],
    "false": [
        {"id": "x1", "any": ["recommends Brennock", "Brennock is recommended", "award to Brennock", "recommends TransEuro"],
         "why": "Halcyon is recommended; Brennock is the fallback"},
        {"id": "x2", "any": ["Halcyon is the cheapest", "Halcyon is cheapest", "cheapest bidder Halcyon", "Halcyon, the cheapest"],
         "why": "TransEuro is cheapest; Halcyon is third-cheapest"},
        {"id": "x3", "any": ["Daventry is already operational", "Daventry already open", "Daventry is live", "Daventry site already"],
         "why": "the Daventry site is not operational until May 2025"},
    ],
}

# ---------------------------------------------------------------------------
# Capex requests by plant: quarterly columns, no totals on any sheet
# ---------------------------------------------------------------------------
PLANTS = {
    "Rotherham": [
        ["Corrugator steam system upgrade", "Efficiency", 120000, 180000, 0, 0, 2.6, "Craig Booth", "Reduces gas use by an estimated 14%"],
        ["Forklift fleet conversion, LPG to electric (8 trucks)", "Sustainability", 0, 96000, 0, 0, 4.0, "Craig Booth", ""],
        ["Roof-mounted solar PV, 400 kW", "Sustainability", 0, 0, 210000, 110000, 6.5, "Sarah Kettle", "Roof survey passed"],
        ["Die-cutter guarding upgrade", "Health and safety", 45000, 0, 0, 0, None, "Sarah Kettle", "Required after HSE visit in October 2024"],
    ],
    "Telford": [
        ["Flexo press line 3 replacement", "Capacity", 0, 650000, 900000, 250000, 4.8, "Anil Mistry", "Line 3 is 24 years old; unplanned downtime 11% in 2024"],
        ["Warehouse racking extension", "Capacity", 85000, 0, 0, 0, 3.0, "Anil Mistry", ""],
        ["Compressed air leak programme and VSD compressor", "Efficiency", 0, 62000, 0, 0, 1.7, "Joanne Pugh", ""],
        ["Fire suppression system for ink store", "Health and safety", 140000, 0, 0, 0, None, "Joanne Pugh", "Insurer requirement by 30 June 2025"],
    ],
    "Dundalk": [
        ["Baler and waste compaction", "Sustainability", 0, 0, 75000, 0, 3.5, "Eoin Brady", ""],
        ["Quality vision inspection system", "Quality", 0, 110000, 110000, 0, 2.9, "Eoin Brady", "Customer complaints on print defects up 40%"],
        ["ERP shop-floor terminals", "IT", 38000, 0, 0, 0, None, "Siobhan Kerr", ""],
        ["Boiler replacement, gas to heat pump", "Sustainability", 0, 0, 160000, 280000, 8.2, "Siobhan Kerr", "Eligible for SEAI grant (not netted off)"],
    ],
}
CAPEX_TOTAL_ALL = 3621000


def _check_capex():
    t = {k: sum(sum(r[2:6]) for r in v) for k, v in PLANTS.items()}
    if t != {"Rotherham": 761000, "Telford": 2087000, "Dundalk": 773000} or sum(t.values()) != CAPEX_TOTAL_ALL:
        return "capex plant totals %r" % t
    return None


_plant_sheets = []
for _plant, _rows in PLANTS.items():
    _plant_sheets.append({
        "name": _plant, "widths": {0: 50, 1: 18, 6: 14, 7: 14, 8: 50}, "formats": {6: "0.0"},
        "rows": [["Project", "Category", "Q1 (GBP)", "Q2 (GBP)", "Q3 (GBP)", "Q4 (GBP)", "Payback (years)",
                  "Sponsor", "Notes"]] + [[x if x is not None else "n/a" for x in r] for r in _rows],
    })

CAPEX_PLANTS = {
    "file": "capex_requests_fy2025_plants.xlsx",
    "title": "Capex requests FY2025, manufacturing plants",
    "author": "Harriet Lowe", "date": "2025-01-20",
    "checks": [_check_capex],
    "sheets": [
        {"name": "Cover", "widths": {0: 30, 1: 90},
         "rows": [
             ["Item", "Detail"],
             ["Submission", "Verity Packaging Ltd: FY2025 capital expenditure requests from the three plants"],
             ["Prepared by", "Harriet Lowe, Group Financial Controller"],
             ["Group capex envelope FY2025", 4500000],
             ["Approval rule", "Any single project over 250,000 requires Board approval; others approved by the Executive Committee"],
             ["Board meeting", "Requests over the threshold go to the Board on 13 March 2025"],
             ["Currency", "GBP (Dundalk converted at 0.84 GBP per EUR)"],
             ["Note", "Plant sheets list requests by quarter of spend. Health and safety projects have no payback calculation."],
         ]},
    ] + _plant_sheets,
    "facts": [
        {"id": "f1", "computed": True, "any": ["3,621,000", "3621000", "3.62m", "3.621m", "3.62 million", "3,621k"]},
        {"id": "f2", "any": ["Flexo", "press line"]},
        {"id": "f3", "computed": True, "any": ["2,087,000", "2087000", "2.09m", "2.087m", "2.09 million"]},
        {"id": "f4", "any": ["4.5m", "4.5 million", "4,500,000", "4500000"]},
        {"id": "f5", "any": ["250,000", "250k", "Board approval", "13 March"]},
        {"id": "f6", "computed": True, "any": ["879,000", "879k", "0.88m", "879000"]},
    ],
    "false": [
        {"id": "x1", "any": ["exceeds the envelope", "over the envelope", "exceeds the £4.5m", "above the envelope"],
         "why": "requests total 3,621,000, within the 4.5m envelope"},
        {"id": "x2", "any": ["Rotherham is the largest", "Dundalk is the largest", "Rotherham has the largest", "Dundalk has the largest"],
         "why": "Telford has the largest request (2,087,000)"},
    ],
}

# ---------------------------------------------------------------------------
# Incident log
# ---------------------------------------------------------------------------
INCIDENTS = [
    ["INC-3088", "2024-07-03", "Internet banking", "Sev3", 42, 1800, "Change", "Slow page loads after CDN rule change", "Closed", "Web Platform"],
    ["INC-3092", "2024-07-09", "Open banking API", "Sev2", 118, 9400, "Third party", "Aggregator certificate mismatch; API calls rejected", "Closed", "Integration"],
    ["INC-3097", "2024-07-18", "Card payments gateway", "Sev3", 25, 600, "Capacity", "Intermittent timeouts at lunchtime peak", "Closed", "Payments"],
    ["INC-3101", "2024-07-26", "Statements service", "Sev3", 240, 0, "Software defect", "Monthly statements batch failed; rerun overnight", "Closed", "Core Banking"],
    ["INC-3104", "2024-08-02", "Mobile app", "Sev3", 55, 3200, "Change", "Push notifications not delivered after app release", "Closed", "Mobile"],
    ["INC-3107", "2024-08-14", "Card payments gateway", "Sev1", 312, 48200, "Change", "TLS cipher list change broke connections to card scheme; all card payments declined for 5h 12m", "Closed", "Payments"],
    ["INC-3111", "2024-08-20", "Internal email", "Sev3", 90, 0, "Third party", "Email delays from provider incident", "Closed", "Workplace IT"],
    ["INC-3116", "2024-08-27", "Faster Payments", "Sev2", 64, 5100, "Change", "Firewall rule change blocked outbound payment messages", "Closed", "Payments"],
    ["INC-3120", "2024-09-02", "Internet banking", "Sev3", 30, 1200, "Software defect", "Transaction search returning no results for some users", "Closed", "Web Platform"],
    ["INC-3124", "2024-09-05", "Data warehouse", "Sev3", 300, 0, "Capacity", "Overnight load overran; morning reports late", "Closed", "Data"],
    ["INC-3129", "2024-09-09", "Mobile app login", "Sev1", 95, 120000, "Third party", "Identity provider outage; customers unable to log in to the app", "Closed", "Mobile"],
    ["INC-3133", "2024-09-12", "Contact centre telephony", "Sev2", 47, 2300, "Hardware", "Session border controller failover did not trigger", "Closed", "Workplace IT"],
    ["INC-3138", "2024-09-16", "Mobile app", "Sev3", 20, 700, "Change", "Incorrect balance display for joint accounts after release", "Closed", "Mobile"],
    ["INC-3142", "2024-09-19", "Direct debits", "Sev2", 150, 14600, "Software defect", "Duplicate direct debit collections for 14,600 customers; refunds issued", "Closed", "Core Banking"],
    ["INC-3147", "2024-09-23", "Internet banking", "Sev3", 35, 900, "Change", "Login page styling broken in older browsers", "Closed", "Web Platform"],
    ["INC-3151", "2024-09-25", "Open banking API", "Sev2", 80, 6200, "Unknown", "Elevated error rates; root cause under investigation", "Open", "Integration"],
    ["INC-3158", "2024-09-27", "Card payments gateway", "Sev3", 15, 400, "Change", "Refund messages delayed after config change", "Open", "Payments"],
    ["INC-3160", "2024-09-30", "Data warehouse", "Sev3", 120, 0, "Unknown", "Missing records in risk reporting extract", "Open", "Data"],
]


def _check_inc():
    from collections import Counter
    sev = Counter(r[3] for r in INCIDENTS)
    status = Counter(r[8] for r in INCIDENTS)
    cause = Counter(r[6] for r in INCIDENTS)
    if (sev["Sev1"], sev["Sev2"], sev["Sev3"], status["Open"], cause["Change"], len(INCIDENTS)) != (2, 5, 11, 3, 7, 18):
        return "incident counts %r %r %r" % (sev, status, cause)
    if max(INCIDENTS, key=lambda r: r[4] if r[3] == "Sev1" else 0)[0] != "INC-3107":
        return "longest Sev1 is not INC-3107"
    return None


INCIDENT_LOG = {
    "file": "incident_log_q3_2024.xlsx",
    "title": "Service incident log Q3 2024",
    "author": "Service Management", "date": "2024-10-02",
    "checks": [_check_inc],
    "sheets": [
        {"name": "Incidents", "freeze": "B2",
         "widths": {1: 12, 2: 26, 4: 10, 5: 12, 6: 16, 7: 70, 8: 9, 9: 16},
         "rows": [["ID", "Opened", "Service", "Severity", "Duration (min)", "Customers affected",
                   "Root cause category", "Summary", "Status", "Resolver team"]] + INCIDENTS},
        {"name": "Summary", "widths": {0: 22},
         "rows": [
             ["Severity", "Count"],
             ["Sev1", 2], ["Sev2", 5], ["Sev3", 11],
             ["", ""],
             ["Report", "Calloway Bank service incidents, 1 July to 30 September 2024"],
             ["Prepared for", "Operational Resilience Committee, 8 October 2024"],
             ["Important business service tolerance", "Card payments: maximum tolerable disruption 4 hours"],
         ]},
        {"name": "Problem records", "widths": {0: 10, 1: 70, 2: 16, 3: 14},
         "rows": [
             ["Problem", "Description", "Owner", "Target date"],
             ["PRB-221", "Change validation: configuration changes to payment connectivity reached production without scheme connectivity tests (INC-3107, INC-3116, INC-3158)", "Head of Payments Engineering", "31 Dec 2024"],
             ["PRB-224", "Identity provider single point of failure for mobile login (INC-3129); evaluate secondary provider", "Head of Mobile", "31 Mar 2025"],
             ["PRB-227", "Direct debit duplicate collection defect (INC-3142)", "Head of Core Banking", "15 Nov 2024"],
         ]},
    ],
    "facts": [
        {"id": "f1", "any": ["INC-3107", "312 min", "5h 12m", "5 hours 12", "card payment"]},
        {"id": "f2", "any": ["INC-3129", "identity provider", "mobile app login", "120,000"]},
        {"id": "f3", "computed": True, "any": ["3 open", "three open", "three remain open", "3 remain open", "3 still open", "three still open"]},
        {"id": "f4", "any": ["4 hours", "tolerance", "four hours"]},
        {"id": "f5", "any": ["duplicate direct debit", "direct debit", "14,600"]},
        {"id": "f6", "computed": True, "any": ["7 of 18", "seven of 18", "seven of the 18", "7 of the 18", "change-related", "changes caused"]},
    ],
    "false": [
        {"id": "x1", "any": ["no Sev1", "no severity 1", "no major incidents", "no P1"],
         "why": "there were two Sev1 incidents"},
        {"id": "x2", "any": ["all incidents closed", "all incidents are closed", "all incidents resolved", "no open incidents"],
         "why": "three incidents remain open"},
    ],
}

DOCS = [ENG_HIRING, THREE_PL, CAPEX_PLANTS, INCIDENT_LOG]
