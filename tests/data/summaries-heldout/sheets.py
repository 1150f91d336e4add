"""Data, facts and computed checks for the five .xlsx workbooks.

Each workbook spec: file, kind, sheets (name, rows, header_row, widths, money_cols,
date_cols), facts, false, checks. A check is (fact_id, expected, fn(workbook)).
"""

from datetime import date

from helpers import NUMBER_WORDS, money_variants, pct_variants


def read_table(ws, first_header):
    """Rows below the header row whose first cell is first_header, as dicts."""
    rows = list(ws.iter_rows(values_only=True))
    for i, row in enumerate(rows):
        if row and row[0] == first_header:
            head = list(row)
            out = []
            for r in rows[i + 1:]:
                if r[0] is None:
                    break
                out.append(dict(zip(head, r)))
            return out
    raise KeyError(first_header)


def D(text):
    y, m, d = (int(p) for p in text.split("-"))
    return date(y, m, d)


# --------------------------------------------------------------------- fleet
FLEET_HEAD = ["Vehicle ID", "Registration", "Make / model", "Depot", "Assigned to",
              "Last service", "Next service due", "Odometer (mi)", "Status",
              "Q1 Apr-Jun (£)", "Q2 Jul-Sep (£)", "Q3 Oct-Dec (£)", "Q4 Jan-Mar (£)", "Notes"]
FLEET = [
    ["FL-01", "YK21 HBD", "Ford Transit Custom", "Leeds", "M. Okonkwo", "2024-11-18",
     "2025-05-18", 48210, "OK", 310, 0, 455, 120, ""],
    ["FL-02", "YK21 HBE", "Ford Transit Custom", "Leeds", "J. Pearson", "2024-08-29",
     "2025-02-28", 61944, "Overdue", 280, 640, 0, 0,
     "Off road since 3 March awaiting brake parts; service to follow"],
    ["FL-03", "YK22 OPA", "Vauxhall Vivaro", "Leeds", "S. Begum", "2024-12-09",
     "2025-06-09", 30125, "OK", 0, 295, 0, 410, ""],
    ["FL-04", "YK22 OPC", "Vauxhall Vivaro", "Leeds", "Pool", "2025-01-20",
     "2025-07-20", 27730, "OK", 150, 0, 0, 365, "New tyres fitted January"],
    ["FL-05", "YK19 RTU", "Ford Transit Connect", "Leeds", "T. Walsh", "2024-10-02",
     "2025-04-02", 88410, "Due soon", 520, 0, 610, 0, "Booked 1 April at Armley Motors"],
    ["FL-06", "YK23 BNF", "Renault Master 3.5t", "Sheffield", "K. Shah", "2024-12-16",
     "2025-06-16", 19870, "OK", 0, 210, 395, 0, ""],
    ["FL-07", "YK23 BNG", "Renault Master 3.5t", "Sheffield", "L. Hughes", "2024-11-25",
     "2025-05-25", 22305, "OK", 0, 0, 420, 180, ""],
    ["FL-08", "YK20 WEX", "Ford Transit 350", "Sheffield", "D. Novak", "2024-10-04",
     "2025-04-04", 71206, "Due soon", 340, 760, 0, 215, "Clutch replaced in Q2"],
    ["FL-09", "YK70 LMT", "Ford Transit 350", "Sheffield", "R. Iqbal", "2024-08-19",
     "2025-02-19", 104550, "Overdue", 450, 0, 3860, 290,
     "MOT expired 28 February 2025 - must not be driven; gearbox replaced in Q3 (£3,860)"],
    ["FL-10", "YK21 CDV", "Citroen Berlingo", "Sheffield", "Pool", "2025-02-03",
     "2025-08-03", 35640, "OK", 0, 185, 0, 240, ""],
    ["FL-11", "YK22 HUL", "Iveco Daily 7.2t tail-lift", "Hull", "P. Fenwick", "2024-09-30",
     "2025-03-30", 58320, "Due soon", 610, 0, 890, 0, "Tachograph calibration also due"],
    ["FL-12", "YK22 HUM", "Iveco Daily 7.2t tail-lift", "Hull", "A. Kowalczyk",
     "2024-10-05", "2025-04-05", 54910, "Due soon", 0, 730, 0, 540, ""],
    ["FL-13", "YK23 HUP", "Ford Transit Custom", "Hull", "C. Dunn", "2025-01-13",
     "2025-07-13", 16780, "OK", 0, 0, 260, 195, ""],
    ["FL-14", "YK20 HUR", "Iveco Daily 7.2t tail-lift", "Hull", "B. Ahmed", "2024-09-06",
     "2025-03-06", 96115, "Overdue", 720, 380, 1140, 0,
     "LOLER tail-lift inspection missed 6 March - tail-lift taken out of use"],
    ["FL-15", "YK24 HUT", "Ford E-Transit (electric)", "Hull", "Pool", "2024-12-02",
     "2025-12-02", 8420, "OK", 0, 0, 0, 150, "Annual service interval (EV)"],
    ["FL-16", "YK19 HUV", "Vauxhall Vivaro", "Hull", "G. Lister", "2024-10-07",
     "2025-04-07", 92770, "Due soon", 390, 445, 0, 520, "Timing belt due at 100,000 mi"],
]
for _r in FLEET:
    _r[5], _r[6] = D(_r[5]), D(_r[6])

QCOLS = FLEET_HEAD[9:13]
FLEET_TOTAL = sum(sum(r[9:13]) for r in FLEET)
FLEET_NO_Q4 = sum(sum(r[9:12]) for r in FLEET)
FLEET_OVERDUE = sum(1 for r in FLEET if r[8] == "Overdue")


def _fleet_total(wb):
    return sum(sum(row[c] for c in QCOLS) for row in read_table(wb["Vehicles"], "Vehicle ID"))


def _fleet_overdue(wb):
    return sum(1 for row in read_table(wb["Vehicles"], "Vehicle ID")
               if row["Status"] == "Overdue")


FLEET_SPEC = {
    "file": "fleet_maintenance_tracker.xlsx",
    "kind": "xlsx",
    "sheets": [
        {"name": "Vehicles",
         "rows": [["Northway Facilities Services - fleet maintenance tracker FY2024/25"],
                  ["Data as at 10 March 2025. Costs ex VAT. Fleet coordinator: Dev Malhotra."],
                  [], FLEET_HEAD] + FLEET,
         "header_row": 4,
         "widths": [10, 11, 24, 10, 13, 12, 15, 13, 10, 13, 13, 13, 13, 60],
         "money_cols": [10, 11, 12, 13], "date_cols": [6, 7], "int_cols": [8]},
        {"name": "Notes",
         "rows": [["Item", "Detail"],
                  ["Service interval", "Every 6 months or 12,000 miles, whichever comes "
                   "first; electric vans annually."],
                  ["Status rules", "Overdue = next service date has passed; Due soon = due "
                   "within 30 days; OK = otherwise."],
                  ["Costs", "Invoice totals for servicing, repairs and tyres. Fuel, "
                   "insurance and leasing are excluded."],
                  ["Q4", "Q4 covers 1 January to 10 March 2025 only."],
                  ["Legal", "A vehicle without a valid MOT, or a tail-lift without a current "
                   "LOLER inspection, must not be used."],
                  ["Contact", "Report defects to Dev Malhotra, fleet coordinator, on "
                   "extension 4471."]],
         "header_row": 1, "widths": [18, 100]},
    ],
    "facts": [
        {"id": "f1", "computed": True,
         "any": [f"{FLEET_OVERDUE} overdue", f"{NUMBER_WORDS[FLEET_OVERDUE]} overdue",
                 f"{FLEET_OVERDUE} vehicles", f"{NUMBER_WORDS[FLEET_OVERDUE]} vehicles"]},
        {"id": "f2", "any": ["FL-09", "YK70 LMT", "MOT expired", "expired MOT"]},
        {"id": "f3", "any": ["FL-14", "YK20 HUR", "LOLER"]},
        {"id": "f4", "any": ["FL-02", "YK21 HBE", "brake parts"]},
        {"id": "f5", "computed": True, "any": money_variants(FLEET_TOTAL)},
        {"id": "f6", "any": ["gearbox", "3,860", "3860"]},
    ],
    "false": [
        {"id": "x1", "any": ["FL-09 OK", "FL-09 is OK", "FL-09 on track"],
         "why": "FL-09 is Overdue with an expired MOT"},
        {"id": "x2", "any": money_variants(FLEET_NO_Q4)[:2],
         "why": "total that leaves out the Q4 column"},
        {"id": "x3", "any": ["no vehicles overdue", "no vehicles are overdue"],
         "why": "three vehicles are Overdue"},
    ],
    "checks": [("f5", FLEET_TOTAL, _fleet_total), ("f1", FLEET_OVERDUE, _fleet_overdue)],
}

# ------------------------------------------------------------------ training
MODULES = ["Data Protection 2025", "Cyber Security Essentials", "Fire Safety Awareness"]
STATUS = {"C": "Complete", "I": "In progress", "N": "Not started"}
DEPARTMENTS = [
    ("Finance", "Marion Blake", [
        ("Ahmed Latif", "Accountant", "CCC"), ("Beth Cooper", "Payroll Officer", "CCC"),
        ("Callum Frost", "Finance Assistant", "CCI"), ("Diane Morley", "Senior Accountant", "CCC"),
        ("Eamon Kerr", "Procurement Officer", "CIC"),
        ("Fatima Noor", "Accounts Payable Clerk", "CCC"),
        ("Greg Hollis", "Revenues Officer", "CCC"), ("Hannah Yates", "Treasury Analyst", "CNC")]),
    ("Depot Services", "Stuart Ramsden", [
        ("Ian Clegg", "Refuse Loader", "CNN"), ("Jason Firth", "HGV Driver", "NNC"),
        ("Kelly Marsh", "Depot Supervisor", "CCC"),
        ("Liam Doyle", "Street Cleansing Operative", "NNN"),
        ("Mohammed Rafiq", "HGV Driver", "CNC"), ("Nina Popescu", "Fleet Administrator", "CCI"),
        ("Oliver Grant", "Refuse Loader", "NNC"),
        ("Paul Sutcliffe", "Grounds Maintenance Operative", "INC")]),
    ("Customer Contact", "Yvonne Ashby", [
        ("Rachel Innes", "Customer Adviser", "CCC"), ("Sam Oduya", "Customer Adviser", "CIC"),
        ("Tara Quinn", "Team Leader", "CCC"), ("Usman Bashir", "Customer Adviser", "CCC"),
        ("Vicky Lord", "Customer Adviser", "ICC"), ("Wesley Boyd", "Complaints Officer", "CCC"),
        ("Xenia Petrova", "Customer Adviser", "CCC"), ("Zoe Harker", "Customer Adviser", "CNC")]),
    ("Planning", "Dr Aled Rhys", [
        ("Amy Stringer", "Planning Officer", "CCC"),
        ("Bilal Hussain", "Enforcement Officer", "CIC"),
        ("Carla Mendes", "Senior Planner", "CCC"), ("Declan Boyle", "Planning Technician", "CNI"),
        ("Erin Walsh", "Conservation Officer", "CCC"), ("Faisal Karim", "Planning Officer", "ICC"),
        ("Gemma Royle", "Planning Officer", "CCC"), ("Hugo Barnes", "Policy Planner", "CNN")]),
    ("ICT", "Priti Chauhan", [
        ("Isaac Obi", "Service Desk Analyst", "CCC"), ("Jade Moss", "Network Engineer", "CCC"),
        ("Kieran Lowe", "Developer", "CCC"), ("Leila Haddad", "Security Analyst", "CCC"),
        ("Marcus Reid", "Service Desk Analyst", "CCI"), ("Naomi Tan", "Business Analyst", "CCC"),
        ("Owen Lacey", "Infrastructure Engineer", "CCC"),
        ("Pia Sorensen", "Data Officer", "CCC")]),
]
TRAIN_HEAD = ["Employee", "Job title"] + MODULES
DEPT_DONE = {d: sum(code.count("C") for _, _, code in staff) for d, _, staff in DEPARTMENTS}
DEPT_ALL = {d: 3 * len(staff) for d, _, staff in DEPARTMENTS}
TRAIN_DONE = sum(DEPT_DONE.values())
TRAIN_ALL = sum(DEPT_ALL.values())
LOWEST = min(DEPT_DONE, key=lambda d: DEPT_DONE[d] / DEPT_ALL[d])
BELOW_80 = [d for d in DEPT_DONE if DEPT_DONE[d] / DEPT_ALL[d] < 0.8 and d != LOWEST]
assert LOWEST == "Depot Services" and BELOW_80 == ["Planning"], (LOWEST, BELOW_80)


def _dept_rates(wb):
    rates = {}
    for d, _, _ in DEPARTMENTS:
        rows = read_table(wb[d], "Employee")
        vals = [row[m] for row in rows for m in MODULES]
        rates[d] = (sum(v == "Complete" for v in vals), len(vals))
    return rates


def _train_overall(wb):
    r = _dept_rates(wb).values()
    return (sum(a for a, _ in r), sum(b for _, b in r))


def _train_lowest(wb):
    r = _dept_rates(wb)
    d = min(r, key=lambda k: r[k][0] / r[k][1])
    return (d,) + r[d]


def _train_planning(wb):
    return _dept_rates(wb)["Planning"]


def _dept_sheet(name, head, staff):
    rows = [[f"Department: {name}"], [f"Head of department: {head}"],
            ["Status as at 14 March 2025"], [], TRAIN_HEAD]
    rows += [[n, t] + [STATUS[c] for c in code] for n, t, code in staff]
    return {"name": name, "rows": rows, "header_row": 5, "widths": [20, 30, 22, 26, 22]}


TRAINING_SPEC = {
    "file": "training_completion_2024-25.xlsx",
    "kind": "xlsx",
    "sheets": [
        {"name": "Read me",
         "rows": [["Ashgrove District Council - mandatory training completion 2024/25"],
                  [],
                  ["Mandatory modules", "; ".join(MODULES)],
                  ["Deadline", "All three modules must be completed by 31 March 2025."],
                  ["Escalation", "Departments below 80% completion at the deadline will be "
                   "reported to the Executive Team on 7 April 2025."],
                  ["How to read", "One sheet per department; each cell shows Complete, "
                   "In progress or Not started for one employee and module."],
                  ["Owner", "Rosa Delgado, Learning & Development Lead"],
                  ["Source", "Extract from the LearnPoint system, 14 March 2025"]],
         "header_row": 0, "widths": [20, 100]},
    ] + [_dept_sheet(d, h, s) for d, h, s in DEPARTMENTS],
    "facts": [
        {"id": "f1", "computed": True,
         "any": pct_variants(TRAIN_DONE, TRAIN_ALL) + [f"{TRAIN_DONE} of {TRAIN_ALL}"]},
        {"id": "f2", "computed": True,
         "any": pct_variants(DEPT_DONE[LOWEST], DEPT_ALL[LOWEST])[:2] + [LOWEST]},
        {"id": "f3", "any": ["31 March", "31/03/2025"]},
        {"id": "f4", "computed": True,
         "any": pct_variants(DEPT_DONE["Planning"], DEPT_ALL["Planning"])[:2]},
        {"id": "f5", "any": ["Executive Team", "7 April"]},
        {"id": "f6", "any": ["Rosa Delgado", "Delgado"]},
    ],
    "false": [
        {"id": "x1", "any": ["Depot Services highest", "Depot Services leads",
                             "Depot Services top"],
         "why": "Depot Services has the lowest completion rate"},
        {"id": "x2", "any": ["ICT lowest", "ICT has the lowest"],
         "why": "ICT has the highest completion rate"},
    ],
    "checks": [("f1", (TRAIN_DONE, TRAIN_ALL), _train_overall),
               ("f2", (LOWEST, DEPT_DONE[LOWEST], DEPT_ALL[LOWEST]), _train_lowest),
               ("f4", (DEPT_DONE["Planning"], DEPT_ALL["Planning"]), _train_planning)],
}
