"""Grant budget, procurement comparison and lab equipment register (.xlsx specs)."""

from helpers import NUMBER_WORDS, money_variants, round_half_up
from sheets import D, read_table

# --------------------------------------------------------------------- grant
ONCOST = 0.28
PAY_RISE = 0.03
POSTS = [  # post, FTE, full-time salary, note
    ("Project Officer", 1.0, 34200, "Leads delivery; in post from month 1"),
    ("Community Engagement Officer", 0.6, 29500, "Volunteer programme and school visits"),
    ("Monitoring Ecologist", 0.2, 41000, "Bird, vegetation and sediment surveys"),
]


def _post_years(fte, salary):
    base = fte * salary * (1 + ONCOST)
    return [round_half_up(base * (1 + PAY_RISE) ** y) for y in range(3)]


STAFF_ROWS = [[p, fte, sal, f"{int(ONCOST * 100)}%"] + _post_years(fte, sal) + [note]
              for p, fte, sal, note in POSTS]
STAFF_YEARS = [sum(r[4 + y] for r in STAFF_ROWS) for y in range(3)]

OTHER_LINES = [  # category, item, y1, y2, y3, note
    ("Capital works", "Replacement tidal sluice at Hollins Creek", 96500, 0, 0,
     "Match funding of £60,000 from Harbourside Water Ltd is additional to this line"),
    ("Capital works", "Seawall breach and channel excavation (120 m)", 0, 64800, 0,
     "Subject to marine licence, applied for January 2025"),
    ("Equipment", "Water-level loggers (12) and telemetry", 8640, 0, 0, ""),
    ("Monitoring", "Drone, bird and vegetation surveys", 6200, 6200, 7450,
     "Year 3 includes the final habitat report"),
    ("Community", "Volunteer days, school visits and open days", 4800, 5200, 5200, ""),
    ("Travel", "Staff and volunteer travel", 1900, 1900, 1900, ""),
]
CAPITAL_YEARS = [sum(l[2 + y] for l in OTHER_LINES if l[0] == "Capital works")
                 for y in range(3)]
OVERHEAD_YEARS = [round_half_up(0.10 * s) for s in STAFF_YEARS]
CONTINGENCY_YEARS = [round_half_up(0.05 * c) for c in CAPITAL_YEARS]
BUDGET_LINES = ([("Staff", "Salaries and on-costs (see Staffing sheet)", *STAFF_YEARS, "")]
                + OTHER_LINES
                + [("Overheads", "Organisational overheads at 10% of staff costs",
                    *OVERHEAD_YEARS, ""),
                   ("Contingency", "Contingency at 5% of capital works", *CONTINGENCY_YEARS,
                    "")])
GRANT_TOTAL = sum(sum(l[2:5]) for l in BUDGET_LINES)
GRANT_NO_OVERHEAD = GRANT_TOTAL - sum(OVERHEAD_YEARS)
STAFF_TOTAL = sum(STAFF_YEARS)
assert GRANT_TOTAL < 500000
BUDGET_HEAD = ["Category", "Item", "Year 1 2025/26 (£)", "Year 2 2026/27 (£)",
               "Year 3 2027/28 (£)", "Notes"]
STAFF_HEAD = ["Post", "FTE", "Full-time salary (£)", "On-costs", "Year 1 (£)",
              "Year 2 (£)", "Year 3 (£)", "Notes"]
YCOLS = BUDGET_HEAD[2:5]


def _grant_total(wb):
    rows = read_table(wb["Budget"], "Category")
    staff = read_table(wb["Staffing"], "Post")
    staff_years = [sum(r[c] for r in staff) for c in STAFF_HEAD[4:7]]
    line = [r for r in rows if r["Category"] == "Staff"][0]
    assert [line[c] for c in YCOLS] == staff_years, "Budget staff line != Staffing sheet"
    return sum(sum(r[c] for c in YCOLS) for r in rows)


def _staff_total(wb):
    return sum(sum(r[c] for c in STAFF_HEAD[4:7]) for r in read_table(wb["Staffing"], "Post"))


GRANT_SPEC = {
    "file": "grant_budget_saltmarsh.xlsx",
    "kind": "xlsx",
    "sheets": [
        {"name": "Budget",
         "rows": [["Saltmarsh Revival: restoring intertidal habitat at Hollins Creek"],
                  ["Applicant: Estuary Wildlife Trust. Funder: Tidewater Foundation, Coastal "
                   "Resilience Fund round 6. Ref TWF-2025-0412."],
                  [], BUDGET_HEAD] + [list(l) for l in BUDGET_LINES]
                 + [[], ["Conditions", "Maximum award £500,000 over three years. Costs "
                         "exclude VAT, which the Trust recovers."],
                    ["Match funding", "£60,000 from Harbourside Water Ltd towards the sluice "
                     "(not included above)."],
                    ["Deadline", "Submission deadline: 16 May 2025, 12:00, via the Tidewater "
                     "Foundation portal."],
                    ["Lead", "Principal investigator: Dr Ines Carvalho, Head of "
                     "Conservation."]],
         "header_row": 4, "widths": [16, 48, 18, 18, 18, 70], "money_cols": [3, 4, 5]},
        {"name": "Staffing",
         "rows": [["Staff costs by post (salary plus 28% on-costs; 3% pay award each April)"],
                  [], STAFF_HEAD] + STAFF_ROWS,
         "header_row": 3, "widths": [30, 6, 20, 10, 12, 12, 12, 40],
         "money_cols": [3, 5, 6, 7]},
    ],
    "facts": [
        {"id": "f1", "computed": True, "any": money_variants(GRANT_TOTAL)},
        {"id": "f2", "any": ["Tidewater"]},
        {"id": "f3", "any": ["16 May"]},
        {"id": "f4", "any": ["sluice", "96,500", "96500"]},
        {"id": "f5", "any": ["Ines Carvalho", "Carvalho"]},
        {"id": "f6", "any": ["60,000", "£60k", "Harbourside", "match funding"]},
        {"id": "f7", "computed": True, "any": money_variants(STAFF_TOTAL)},
    ],
    "false": [
        {"id": "x1", "any": ["requests £500,000", "requesting £500,000", "£500,000 requested"],
         "why": "£500,000 is the maximum award, not the amount requested"},
        {"id": "x2", "any": money_variants(GRANT_NO_OVERHEAD)[:2],
         "why": "total that leaves out the overheads line"},
        {"id": "x3", "any": ["exceeds the maximum", "over the maximum award"],
         "why": "the request is below the £500,000 maximum"},
    ],
    "checks": [("f1", GRANT_TOTAL, _grant_total), ("f7", STAFF_TOTAL, _staff_total)],
}

# --------------------------------------------------------------- procurement
SUPPLIERS = ["Northgate Systems", "Pellham Direct", "Orbis IT Supply", "Calder Tech"]
PRICE_HEAD = ["Item", "Qty"] + [f"{s} (£/unit)" for s in SUPPLIERS] + ["Notes"]
PRICE_ROWS = [
    ["14-inch laptop (Core i5, 16 GB, 512 GB SSD)", 240, 768, 689, 742, 779,
     "Spec per RFQ-2025-031 section 3"],
    ["USB-C docking station", 180, 118, 97, 129, 121, "Hot-desk floors only"],
    ["3-year on-site warranty (uplift)", 240, 0, 64, 0, 38,
     "0 = included in laptop price"],
    ["Imaging and asset tagging", 240, 12, 0, 9, 15, "Pellham Direct: service not offered"],
]
ASSESS_HEAD = ["Supplier", "Lead time (weeks)", "ISO 27001", "Carbon-neutral delivery",
               "Quality score (/50)", "Compliant", "Comments"]
ASSESS_ROWS = [
    ["Northgate Systems", 6, "Yes", "Yes", 41, "Yes", "Incumbent; strong references"],
    ["Pellham Direct", 14, "No", "No", 33, "No",
     "Lowest price but no ISO 27001 certificate and 14-week lead time (8-week maximum)"],
    ["Orbis IT Supply", 5, "Yes", "Yes", 44, "Yes", "Best service score; UK repair centre"],
    ["Calder Tech", 7, "Yes", "No", 38, "Yes", "Highest overall price"],
]


def _supplier_total(rows, supplier):
    col = f"{supplier} (£/unit)"
    return sum(r["Qty"] * r[col] for r in rows)


TOTALS = {s: sum(r[1] * r[2 + i] for r in PRICE_ROWS) for i, s in enumerate(SUPPLIERS)}
COMPLIANT = [r[0] for r in ASSESS_ROWS if r[5] == "Yes"]
WINNER = min(COMPLIANT, key=lambda s: TOTALS[s])
assert WINNER == "Orbis IT Supply" and min(TOTALS, key=TOTALS.get) == "Pellham Direct"


def _proc_award(wb):
    rows = read_table(wb["Price comparison"], "Item")
    ok = [r["Supplier"] for r in read_table(wb["Supplier assessment"], "Supplier")
          if r["Compliant"] == "Yes"]
    best = min(ok, key=lambda s: _supplier_total(rows, s))
    return (best, _supplier_total(rows, best))


PROC_SPEC = {
    "file": "laptop_price_comparison.xlsx",
    "kind": "xlsx",
    "sheets": [
        {"name": "Price comparison",
         "rows": [["RFQ-2025-031 laptop refresh - unit prices ex VAT, bids opened 3 March "
                   "2025"], [], PRICE_HEAD] + PRICE_ROWS,
         "header_row": 3, "widths": [44, 6, 18, 18, 18, 18, 40],
         "money_cols": [3, 4, 5, 6]},
        {"name": "Supplier assessment",
         "rows": [ASSESS_HEAD] + ASSESS_ROWS,
         "header_row": 1, "widths": [20, 12, 10, 14, 12, 10, 80]},
        {"name": "Recommendation",
         "rows": [["Recommendation"],
                  ["Scope: 240 laptops and 180 docking stations for the Leeds and York offices."],
                  ["Award to Orbis IT Supply, the lowest-priced compliant bid."],
                  ["Pellham Direct is cheapest overall but is non-compliant: it holds no "
                   "ISO 27001 certificate and quotes a 14-week lead time."],
                  ["Approval required from the Finance Director, Karen Whitlock, by 4 April "
                   "2025."],
                  ["Orders must be placed by 11 April 2025 so that deployment finishes before "
                   "Windows 10 support ends on 14 October 2025."],
                  ["Prepared by Neil Gaskell, IT Procurement, 7 March 2025."]],
         "header_row": 1, "widths": [110]},
    ],
    "facts": [
        {"id": "f1", "any": ["Orbis"]},
        {"id": "f2", "computed": True, "any": money_variants(TOTALS[WINNER])},
        {"id": "f3", "any": ["ISO 27001", "non-compliant", "14-week", "14 weeks"]},
        {"id": "f4", "any": ["4 April"]},
        {"id": "f5", "any": ["Karen Whitlock", "Whitlock"]},
        {"id": "f6", "any": ["240 laptops", "240 units", "240 devices"]},
    ],
    "false": [
        {"id": "x1", "any": ["Pellham recommended", "Pellham Direct recommended",
                             "recommends Pellham", "Pellham Direct is recommended"],
         "why": "Pellham Direct is non-compliant and not recommended"},
        {"id": "x2", "any": ["Northgate recommended", "recommends Northgate",
                             "Northgate Systems recommended"],
         "why": "Orbis, not Northgate, is recommended"},
    ],
    "checks": [("f2", (WINNER, TOTALS[WINNER]), _proc_award)],
}

# ------------------------------------------------------------ lab equipment
LAB_HEAD = ["Asset no.", "Equipment", "Make / model", "Room", "Custodian", "Purchased",
            "Cost (£)", "Last check", "Next due", "Status", "Notes"]
LAB = [
    ["ULT-01", "Ultra-low freezer (-80 C)", "Polaris ULF-700", "B2.16", "Dr Sarah Kim",
     "2019-02-11", 10400, "2024-11-04", "2025-11-04", "In service",
     "Now also holding samples from ULT-03; at 95% capacity"],
    ["ULT-02", "Ultra-low freezer (-80 C)", "Polaris ULF-700", "B2.16", "Dr Sarah Kim",
     "2021-07-19", 11250, "2024-11-04", "2025-11-04", "In service", ""],
    ["ULT-03", "Ultra-low freezer (-80 C)", "Polaris ULF-500", "B2.14", "Dr Sarah Kim",
     "2013-05-10", 8900, "2024-11-04", "2025-11-04", "Out of service",
     "Compressor failed 3 March 2025; samples moved to ULT-01; replacement quote £11,900 "
     "awaiting approval"],
    ["BSC-01", "Class II biosafety cabinet", "Aerion BioGuard 1200", "B2.10", "Dr Tom Ellery",
     "2018-09-03", 7600, "2024-09-12", "2025-09-12", "In service", ""],
    ["BSC-02", "Class II biosafety cabinet", "Aerion BioGuard 1200", "B2.11", "Dr Tom Ellery",
     "2018-09-03", 7600, "2024-01-22", "2025-01-22", "Calibration overdue",
     "Annual containment test overdue; not to be used for Category 2 work until tested"],
    ["CEN-01", "Refrigerated centrifuge", "Kovar RC-16", "B2.12", "Dr Maya Fernandes",
     "2020-03-15", 14300, "2024-10-01", "2025-10-01", "In service", ""],
    ["CEN-02", "Ultracentrifuge", "Kovar UC-90", "B2.12", "Dr Maya Fernandes",
     "2015-11-30", 62000, "2024-06-18", "2025-06-18", "In service",
     "Rotor log 1,870 runs; rotor de-rating due at 2,000"],
    ["PCR-01", "qPCR system", "Lumigen Q-96", "B2.20", "Dr Kofi Asante", "2022-01-24",
     28500, "2024-07-08", "2025-07-08", "In service", ""],
    ["PCR-02", "Thermal cycler", "Lumigen T-48", "B2.20", "Dr Kofi Asante", "2017-04-04",
     4950, "2024-02-15", "2025-02-15", "Calibration overdue",
     "Block temperature verification overdue"],
    ["BAL-01", "Analytical balance (0.1 mg)", "Sartell AX-220", "B2.08", "Dr Femi Adeyemi",
     "2019-06-06", 3200, "2024-03-01", "2025-03-01", "Calibration overdue",
     "UKAS calibration visit booked for 19 March"],
    ["BAL-02", "Precision balance (10 mg)", "Sartell PX-4200", "B2.08", "Dr Femi Adeyemi",
     "2021-06-06", 1450, "2024-09-01", "2025-09-01", "In service", ""],
    ["AUT-01", "Benchtop autoclave (60 L)", "Steriflow 60L", "B2.05", "Dr Femi Adeyemi",
     "2014-08-18", 12800, "2024-03-21", "2025-03-21", "In service",
     "Insurer's pressure-vessel inspection due 21 March 2025; do not use after that date "
     "without a pass"],
    ["SPEC-01", "UV-Vis spectrophotometer", "Optima S-300", "B2.20", "Dr Kofi Asante",
     "2018-10-10", 6700, "2024-10-10", "2025-10-10", "In service", ""],
    ["INC-01", "CO2 incubator", "Aerion CellTherm 170", "B2.10", "Dr Tom Ellery",
     "2020-05-05", 5900, "2024-11-20", "2025-11-20", "In service", ""],
    ["MIC-01", "Confocal microscope", "Nordlicht CX-5", "B2.22", "Dr Maya Fernandes",
     "2019-01-15", 348000, "2024-08-20", "2025-08-20", "In service",
     "Service contract expires 30 June 2025; renewal quote £21,600"],
    ["FPLC-01", "Protein purification system", "Kovar PureFlow", "B2.12",
     "Dr Maya Fernandes", "2016-02-22", 39000, "2024-12-05", "2025-12-05", "Out of service",
     "Pump head leak; engineer visit booked for 18 March"],
]
for _r in LAB:
    _r[5], _r[7], _r[8] = D(_r[5]), D(_r[7]), D(_r[8])
LAB_TOTAL = sum(r[6] for r in LAB)
LAB_CAL_OVERDUE = sum(r[9] == "Calibration overdue" for r in LAB)


def _lab_total(wb):
    return sum(r["Cost (£)"] for r in read_table(wb["Register"], "Asset no."))


def _lab_overdue(wb):
    return sum(r["Status"] == "Calibration overdue"
               for r in read_table(wb["Register"], "Asset no."))


LAB_SPEC = {
    "file": "lab_equipment_register.xlsx",
    "kind": "xlsx",
    "sheets": [
        {"name": "Register",
         "rows": [["Hartfield University, Department of Molecular Biology - equipment "
                   "register, Biosciences Building level 2"],
                  ["As at 12 March 2025. Lab manager: Dr Femi Adeyemi."], [], LAB_HEAD] + LAB,
         "header_row": 4, "widths": [10, 30, 22, 8, 20, 12, 11, 12, 12, 20, 70],
         "money_cols": [7], "date_cols": [6, 8, 9]},
        {"name": "Key",
         "rows": [["Status", "Meaning"],
                  ["In service", "Available for use; checks in date"],
                  ["Calibration overdue", "Next due date has passed; do not use for "
                   "regulated work until checked"],
                  ["Out of service", "Faulty or awaiting repair; do not use"]],
         "header_row": 1, "widths": [22, 70]},
    ],
    "facts": [
        {"id": "f1", "any": ["ULT-03", "freezer"]},
        {"id": "f2", "any": ["11,900", "11900", "£11.9k"]},
        {"id": "f3", "any": ["BSC-02", "biosafety cabinet", "safety cabinet"]},
        {"id": "f4", "any": ["21 March", "pressure-vessel", "pressure vessel"]},
        {"id": "f5", "computed": True,
         "any": [f"{n} {w}" for n in (LAB_CAL_OVERDUE, NUMBER_WORDS[LAB_CAL_OVERDUE])
                 for w in ("overdue", "calibration")]},
        {"id": "f6", "computed": True, "any": money_variants(LAB_TOTAL)},
        {"id": "f7", "any": ["FPLC-01", "FPLC", "protein purification"]},
    ],
    "false": [
        {"id": "x1", "any": ["BSC-02 in service", "BSC-02 is in service"],
         "why": "BSC-02 is Calibration overdue"},
        {"id": "x2", "any": ["freezer repaired", "freezer is working", "freezer back in service"],
         "why": "ULT-03 freezer is Out of service awaiting replacement"},
        {"id": "x3", "any": ["ULT-03 in service", "ULT-03 is in service"],
         "why": "ULT-03 is Out of service"},
    ],
    "checks": [("f6", LAB_TOTAL, _lab_total), ("f5", LAB_CAL_OVERDUE, _lab_overdue)],
}
