"""Specs (file, text, metadata, facts) for the five .docx documents."""

import docs_long_a
import docs_long_b
import docs_long_c
import docs_short


def _budget_total(doc):
    """Sum the relocation budget lines and compare with the stated Total row."""
    table = doc.tables[0]
    rows = [[c.text for c in r.cells] for r in table.rows][1:]
    lines = [int(v.replace(",", "")) for k, v in rows if k != "Total"]
    stated = [int(v.replace(",", "")) for k, v in rows if k == "Total"][0]
    assert sum(lines) == stated, (sum(lines), stated)
    return stated


def _option_b_cost(doc):
    """The Option B cost elements must add up to the £14.6m one-off cost."""
    table = [t for t in doc.tables if t.rows[0].cells[0].text == "Cost element"][0]
    vals = [float(r.cells[1].text) for r in list(table.rows)[1:]]
    return round(sum(vals), 1)


SPECS = [
    {
        "file": "warehouse_network_review_2025.docx",
        "kind": "docx",
        "title": "UK Warehouse Network Review 2025",
        "author": "Network Strategy team",
        "text": docs_long_a.TEXT + docs_long_b.TEXT + docs_long_c.TEXT,
        "facts": [
            {"id": "f1", "any": ["Option B", "Project Meridian", "exit Thurrock",
                                 "close Thurrock"]},
            {"id": "f2", "any": ["£14.6m", "14.6 million", "14.6m"]},
            {"id": "f3", "any": ["£5.2m", "5.2 million", "5.2m"]},
            {"id": "f4", "any": ["24 June 2026", "June 2026"]},
            {"id": "f5", "any": ["construction delay", "build delay", "construction slip",
                                 "delay at Daventry"]},
            {"id": "f6", "any": ["Priya Raman", "Raman"]},
            {"id": "f7", "any": ["14 September 2025", "StockLine", "Avonmouth cut-over",
                                 "WMS migration"]},
        ],
        "false": [
            {"id": "x1", "any": ["Option C approved", "Option C was approved",
                                 "Peterborough approved"],
             "why": "Option C (Peterborough) was rejected; Option B was approved"},
            {"id": "x2", "any": ["£16.4m", "16.4 million"],
             "why": "transposed one-off cost; the approved budget is £14.6m"},
            {"id": "x3", "any": ["Thurrock lease renewed", "Thurrock lease was renewed"],
             "why": "the company exits Thurrock when the lease ends"},
        ],
        "checks": [("f2", 14.6, _option_b_cost)],
    },
    {
        "file": "board_minutes_feb2025.docx",
        "kind": "docx",
        "title": "Minutes of the Board, 11 February 2025",
        "author": "Sophie Nkemelu",
        "text": docs_short.BOARD_MINUTES,
        "facts": [
            {"id": "f1", "any": ["8.42"]},
            {"id": "f2", "any": ["2.7%", "2.7 per cent"]},
            {"id": "f3", "any": ["615,000", "£615k", "Millbrook Road"]},
            {"id": "f4", "any": ["not to proceed", "not proceed", "merger rejected",
                                 "declined the merger"]},
            {"id": "f5", "any": ["380,000", "£380k", "response team"]},
            {"id": "f6", "any": ["31 March 2025", "31 March"]},
            {"id": "f7", "any": ["Gary Whitfield", "Whitfield"]},
        ],
        "false": [
            {"id": "x1", "any": ["merger approved", "merger was approved", "merger agreed"],
             "why": "the Board decided not to proceed with the merger"},
            {"id": "x2", "any": ["£651,000", "651,000"],
             "why": "wrong sale price; the garage site sells for £615,000"},
            {"id": "x3", "any": ["budget rejected", "budget was rejected"],
             "why": "the 2025/26 budget was approved"},
        ],
        "checks": [],
    },
    {
        "file": "contract_renewal_memo_halvorsen.docx",
        "kind": "docx",
        "title": "Renewal of Halvorsen Foods subscription",
        "author": "Tomasz Nowak",
        "text": docs_short.RENEWAL_MEMO,
        "facts": [
            {"id": "f1", "any": ["£181,000", "181,000", "£181k"]},
            {"id": "f2", "any": ["30 April"]},
            {"id": "f3", "any": ["Corvane"]},
            {"id": "f4", "any": ["17,400", "£17.4k", "service credit"]},
            {"id": "f5", "any": ["Alison Drury", "Drury", "14 March"]},
            {"id": "f6", "any": ["543,000", "£543k"]},
        ],
        "false": [
            {"id": "x1", "any": ["Corvane selected", "Corvane chosen"],
             "why": "Halvorsen has not chosen Corvane; the renewal is still being offered"},
            {"id": "x2", "any": ["£534,000", "534,000", "£184,000"],
             "why": "wrong contract value / fee"},
        ],
        "checks": [],
    },
    {
        "file": "outage_post_incident_review.docx",
        "kind": "docx",
        "title": "PIR-2025-004 power loss in Data Hall 2",
        "author": "Joanna Fitzgerald",
        "text": docs_short.OUTAGE_REVIEW,
        "facts": [
            {"id": "f1", "any": ["3h 47m", "3 hours 47", "227 minutes"]},
            {"id": "f2", "any": ["battery string", "battery"]},
            {"id": "f3", "any": ["firmware", "4.2.3", "transfer switch"]},
            {"id": "f4", "any": ["38,500", "£38.5k"]},
            {"id": "f5", "any": ["Gareth Pryce", "Pryce", "28 February"]},
            {"id": "f6", "any": ["1,318", "1318"]},
            {"id": "f7", "any": ["212,000", "£212k"]},
        ],
        "false": [
            {"id": "x1", "any": ["4h 47m", "2h 47m", "4 hours 47"],
             "why": "wrong duration; the outage lasted 3h 47m"},
            {"id": "x2", "any": ["Data Hall 1", "Data Hall 3"],
             "why": "only Data Hall 2 was affected"},
            {"id": "x3", "any": ["£385,000", "83,500"],
             "why": "wrong service-credit amount; credits total £38,500"},
        ],
        "checks": [],
    },
    {
        "file": "office_relocation_plan.docx",
        "kind": "docx",
        "title": "Office relocation plan",
        "author": "Helen Achterberg",
        "text": docs_short.RELOCATION_PLAN,
        "facts": [
            {"id": "f1", "any": ["12-14 September", "12 September", "13 September"]},
            {"id": "f2", "any": ["30 September"]},
            {"id": "f3", "any": ["742,300", "742300", "£742.3k", "£742k"]},
            {"id": "f4", "any": ["licence for alterations", "landlord licence", "licence"]},
            {"id": "f5", "any": ["Helen Achterberg", "Achterberg"]},
            {"id": "f6", "any": ["130 desks", "0.7 desks", "ratio of 0.7", "shared desks"]},
            {"id": "f7", "any": ["186 staff", "186 people", "186"]},
        ],
        "false": [
            {"id": "x1", "any": ["£724,300", "724,300"],
             "why": "wrong budget total; the lines add up to £742,300"},
            {"id": "x2", "any": ["move in October", "October move"],
             "why": "the move is on 12-14 September 2025"},
        ],
        "checks": [("f3", 742300, _budget_total)],
    },
]
