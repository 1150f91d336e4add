"""E-mails, part 1: supplier thread, forwarded customer escalation, two HTML newsletters."""


def quote(text, level=1):
    """Prefix every line with '>' markers, as a mail client does for a reply."""
    mark = ">" * level + " "
    return "\n".join((mark + line).rstrip() if line else mark.rstrip() for line in text.strip("\n").split("\n"))


HARTWELL_DISCLAIMER = (
    "This email and any attachments are confidential and intended solely for the addressee. "
    "If you have received it in error please notify the sender and delete it. Hartwell Valves "
    "Ltd, registered in England No. 02918844, Unit 7 Foundry Way, Sheffield S9 2RT. Hartwell "
    "accepts no liability for any damage caused by viruses transmitted by this email.")

TRENT_DISCLAIMER = (
    "CONFIDENTIALITY NOTICE: The information in this email is confidential and may be legally "
    "privileged. It is intended solely for the addressee. Access to this email by anyone else "
    "is unauthorised. Trentside Pumps Ltd is registered in England and Wales, company number "
    "04411732. Registered office: 2 Canal Wharf, Leeds LS11 5PS.")

SUPPLIER_GRAHAM = """Dear Priya,

I am sorry to advise that shipment of PO 45120088 (1,200 x DN50 stainless ball valves, part HV-5020) will be delayed. Our foundry supplier in Brno found a casting defect in the current batch of valve bodies, and the affected castings have been scrapped and re-poured. The revised ex-works date means the shipment will now arrive at your Leeds site on 25 November instead of the confirmed date of 4 November.

I appreciate this causes you difficulty. We can offer to air-freight part of the order from the first good castings, which should be ready on 5 November. Air freight for 300 units would cost approximately £8,400. We would be prepared to discuss sharing this cost.

Please let me know how you would like to proceed.

Kind regards,

Graham Fielding
Key Account Manager
Hartwell Valves Ltd
T: 0114 496 0231 | M: 07700 900418

""" + HARTWELL_DISCLAIMER

SUPPLIER_ROB = """Priya,

300 units would cover the Aquaflow order, which is due to ship on 15 November. Without them we miss that ship date, and under the Aquaflow framework the late delivery penalty is £1,500 per day. Everything else on Line 2 can wait for the sea shipment on the 25th if we pull forward the Severn Water pump sets.

If we go for air freight I need to know by Friday so I can re-sequence Line 2 next week.

Rob

Rob Henshaw | Production Planner | Trentside Pumps Ltd
"""

SUPPLIER_TOP = """Hi Graham,

Thanks for the call this afternoon. To confirm what we agreed:

- Hartwell will air-freight 300 of the 1,200 valves to arrive at our Leeds site by 8 November.
- The air freight cost of £8,400 will be split 50/50, so £4,200 each. Please invoice our share separately, quoting PO 45120088.
- The remaining 900 valves will follow by sea and arrive on 25 November.
- Hartwell will send a formal revised delivery schedule by Monday 4 November.

Rob, please re-sequence the Line 2 build plan so the 300 air-freighted units go to the Aquaflow order for the 15 November shipment, and pull forward the Severn Water pump sets as you suggested.

Graham, can you please reply to confirm the above?

Regards,
Priya

--
Priya Kaur
Procurement Manager
Trentside Pumps Ltd
T: 0113 496 0772

""" + TRENT_DISCLAIMER + """

-----Original Message-----
From: Rob Henshaw <rob.henshaw@trentsidepumps.co.uk>
Sent: 31 October 2024 10:12
To: Priya Kaur <priya.kaur@trentsidepumps.co.uk>
Subject: RE: PO 45120088 - DN50 ball valves - revised delivery date

""" + quote(SUPPLIER_ROB) + """
>
> From: Graham Fielding <g.fielding@hartwellvalves.co.uk>
> Sent: 30 October 2024 16:05
> To: Priya Kaur <priya.kaur@trentsidepumps.co.uk>
> Cc: Rob Henshaw <rob.henshaw@trentsidepumps.co.uk>
> Subject: PO 45120088 - DN50 ball valves - revised delivery date
>
""" + quote(SUPPLIER_GRAHAM, 2)

BRIGHTWELL_FWD = """Mark, Jo,

Forwarding the email below from Brightwell Foods' procurement director, received this morning. This is serious. Brightwell is worth about £1.1m a year to us and their contract is up for renewal in February. This is the third missed delivery to their Wakefield bakery in five weeks.

They want a call with someone at executive level by Friday 15 November. Could you both join? I'd suggest Thursday afternoon. I'd like to offer a credit of £18,000 covering the three failed deliveries and the emergency flour they bought in, and to come with a root cause and a corrective plan, which they have asked for within five working days.

From what the Wakefield depot has told me, all three failures were on the Tuesday night trunk run from Goole, which has had no regular driver since September.

Sophie

Sophie Turner
Senior Account Manager, Food Sector
Carrow Freight Services
M: 07700 900633

---------- Forwarded message ---------
From: Alan Pearce <alan.pearce@brightwellfoods.co.uk>
Date: Tue, 12 Nov 2024 at 08:41
Subject: Failed delivery 5 November - formal complaint
To: Sophie Turner <sophie.turner@carrowfreight.co.uk>
Cc: Helen Marsh <helen.marsh@brightwellfoods.co.uk>

Sophie,

I am writing to make a formal complaint about the failure of Carrow Freight to deliver our scheduled flour and sugar consignment to the Wakefield bakery on 5 November. This follows the failed deliveries on 8 October and 22 October. That is three missed deliveries in five weeks.

On each occasion we were told on the morning of the delivery that the vehicle had not left Goole. On 5 November the bakery ran out of flour at 11:00 and we lost most of a production shift, around 38,000 units, and had to buy emergency stock from a local supplier at a significant premium. Two of our own customers received short deliveries as a result.

We have begun a review of alternative logistics suppliers. We require a written root cause analysis and corrective action plan within five working days of this email. Please also treat this email as formal notice under clause 14.2 of our agreement: if there is a further service failure before the renewal date, we will exercise our right to terminate the agreement.

I would like to discuss this with a member of your executive team this week.

Regards,

Alan Pearce
Procurement Director
Brightwell Foods Ltd

This email and any files transmitted with it are confidential and intended solely for the use of the individual or entity to whom they are addressed. Brightwell Foods Ltd, registered in England No. 06120954. Registered office: Brightwell House, Calder Park, Wakefield WF2 7AW. Please consider the environment before printing this email.
"""

ALLHANDS_TEXT = """THE WEEKLY WIRE - November edition
Oakridge Insurance internal newsletter

1. WE'RE MOVING: 40 CANAL STREET FROM 6 JANUARY
The London team moves to our new office at 40 Canal Street on Monday 6 January 2025. The last working day at Fenwick House is Friday 20 December. Packing crates arrive on 9 December; everything must be packed and labelled by 5pm on 19 December. The new office has 30% fewer desks than Fenwick House, so desk booking will be needed from day one.

2. Q3 RESULTS
Gross written premium for the third quarter was £214m, up 12% on the same quarter last year, led by the commercial property book. The combined ratio improved to 94.2%. Thanks to everyone for a strong quarter.

3. WELCOME TO OUR NEW CTO
Dr Amelia Hart joins as Chief Technology Officer on 2 December from Lockwood Mutual, where she led their move to cloud claims processing. She will host an open Q&A in the Fenwick House atrium on 5 December at 12:30.

4. BENEFITS ENROLMENT CLOSES 29 NOVEMBER
The annual benefits window closes at midnight on Friday 29 November. If you do nothing, your current choices roll over, except for the cycle-to-work scheme, which must be renewed each year. The new dental plan is available for the first time this year.

5. WINDOWS 11 UPGRADE
All laptops must be upgraded to Windows 11 by 13 December. Laptops that have not been upgraded will lose access to the network after that date. Book a slot on the IT portal; the upgrade takes about 90 minutes.

6. VOLUNTEERING
Colleagues have volunteered 1,240 hours so far this year, against our target of 1,500. The Canal Street food bank team needs six more volunteers for December.

7. SAVE THE DATE
The winter party is on Thursday 12 December at The Foundry, Shoreditch, from 6pm.

You are receiving this because you are an Oakridge Insurance employee. Internal Communications, Fenwick House, London EC3.
"""

ALLHANDS_HTML = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>The Weekly Wire - November</title>
<style>body{font-family:Arial,sans-serif;color:#222} h2{color:#0b4f6c} .box{border:1px solid #ccd;padding:12px;margin:10px 0}</style>
</head><body>
<table width="640" align="center" cellpadding="0" cellspacing="0"><tr><td>
<h1 style="background:#0b4f6c;color:#fff;padding:16px">The Weekly Wire <span style="font-size:14px">November edition</span></h1>
<p style="font-size:12px;color:#667">Oakridge Insurance internal newsletter</p>
<div class="box"><h2>1. We're moving: 40 Canal Street from 6 January</h2>
<p>The London team moves to our new office at <b>40 Canal Street</b> on <b>Monday 6 January 2025</b>. The last working day at Fenwick House is <b>Friday 20 December</b>. Packing crates arrive on 9 December; everything must be packed and labelled by 5pm on 19 December. The new office has 30% fewer desks than Fenwick House, so desk booking will be needed from day one.</p></div>
<div class="box"><h2>2. Q3 results</h2>
<p>Gross written premium for the third quarter was <b>&pound;214m, up 12%</b> on the same quarter last year, led by the commercial property book. The combined ratio improved to 94.2%. Thanks to everyone for a strong quarter.</p></div>
<div class="box"><h2>3. Welcome to our new CTO</h2>
<p><b>Dr Amelia Hart</b> joins as Chief Technology Officer on 2 December from Lockwood Mutual, where she led their move to cloud claims processing. She will host an open Q&amp;A in the Fenwick House atrium on 5 December at 12:30.</p></div>
<div class="box"><h2>4. Benefits enrolment closes 29 November</h2>
<p>The annual benefits window closes at midnight on <b>Friday 29 November</b>. If you do nothing, your current choices roll over, except for the cycle-to-work scheme, which must be renewed each year. The new dental plan is available for the first time this year.</p></div>
<div class="box"><h2>5. Windows 11 upgrade</h2>
<p>All laptops must be upgraded to Windows 11 by <b>13 December</b>. Laptops that have not been upgraded will lose access to the network after that date. Book a slot on the IT portal; the upgrade takes about 90 minutes.</p></div>
<div class="box"><h2>6. Volunteering</h2>
<p>Colleagues have volunteered 1,240 hours so far this year, against our target of 1,500. The Canal Street food bank team needs six more volunteers for December.</p></div>
<div class="box"><h2>7. Save the date</h2>
<p>The winter party is on Thursday 12 December at The Foundry, Shoreditch, from 6pm.</p></div>
<p style="font-size:11px;color:#889">You are receiving this because you are an Oakridge Insurance employee. Internal Communications, Fenwick House, London EC3. <a href="https://intranet.oakridge.example/unsubscribe">Manage preferences</a></p>
</td></tr></table>
</body></html>
"""

GREEN_HTML = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Greener Together - Q4 2024</title>
<style>body{font-family:Helvetica,Arial,sans-serif;color:#1d2b1f;background:#f3f7f2} td.card{background:#fff;padding:14px} .kpi{font-size:28px;font-weight:bold;color:#2e7d32}</style>
</head><body>
<table role="presentation" width="600" align="center" cellspacing="0" cellpadding="0">
<tr><td style="background:#2e7d32;color:#fff;padding:18px"><h1 style="margin:0">Greener Together</h1><p style="margin:4px 0 0">Verity Packaging sustainability update, Q4 2024</p></td></tr>
<tr><td class="card">
<p>Hello everyone,</p>
<p>Here is our end-of-year round-up from the Sustainability team. It has been a big year: our emissions are falling, a major solar project is live, and we have some new ways for you to get involved.</p>
</td></tr>
<tr><td class="card"><table width="100%"><tr>
<td align="center"><div class="kpi">-18%</div><div>Scope 1 and 2 emissions vs 2022 baseline</div></td>
<td align="center"><div class="kpi">1.2 MW</div><div>new solar array at Telford</div></td>
<td align="center"><div class="kpi">3%</div><div>of waste sent to landfill</div></td>
</tr></table></td></tr>
<tr><td class="card"><h2>Emissions down 18%</h2>
<p>Our combined Scope 1 and 2 emissions for the twelve months to September were 18% lower than our 2022 baseline. The biggest contributions came from the compressed air leak programme at Telford, which saved 210 MWh of electricity, and the switch to a renewable electricity tariff at Dundalk. We are on course for our target of a 30% reduction by the end of 2026, but the remaining cuts will be harder: most of what is left comes from gas used for steam and heating.</p></td></tr>
<tr><td class="card"><h2>Telford solar array commissioned</h2>
<p>The 1.2 MW rooftop solar array at Telford was commissioned on 14 November. It is expected to generate about 1,050 MWh a year, around 14% of the site's electricity. A similar 400 kW array is proposed for Rotherham in next year's capital plan.</p></td></tr>
<tr><td class="card"><h2>Waste to landfill down to 3%</h2>
<p>Only 3% of our waste went to landfill this year, down from 9% in 2023, thanks to the new segregation stations and the plastics recycling contract at Rotherham.</p></td></tr>
<tr><td class="card"><h2>CDP score upgraded</h2>
<p>Our CDP climate disclosure score has been upgraded from C to B, which two of our largest customers require from their packaging suppliers.</p></td></tr>
<tr><td class="card"><h2>EV salary sacrifice scheme launches 1 February</h2>
<p>From 1 February 2025 all permanent employees can lease a fully electric car through salary sacrifice. Information sessions will run at every site in January, and a calculator will be on the intranet from 6 January.</p></td></tr>
<tr><td class="card"><h2>Become a green champion</h2>
<p>We are looking for green champions at each site to help run energy walk-rounds and waste audits. Nominate yourself to <a href="mailto:sustainability@veritypackaging.example">the Sustainability team</a> by <b>17 January</b>.</p></td></tr>
<tr><td style="font-size:11px;color:#667;padding:12px">Verity Packaging Ltd, Sustainability team. You are receiving this internal newsletter as a Verity employee.</td></tr>
</table>
</body></html>
"""

DOCS = [
    {
        "file": "thread_supplier_delay_hartwell.eml",
        "date": "2024-10-31",
        "headers": [
            ("From", "Priya Kaur <priya.kaur@trentsidepumps.co.uk>"),
            ("To", "Graham Fielding <g.fielding@hartwellvalves.co.uk>"),
            ("Cc", "Rob Henshaw <rob.henshaw@trentsidepumps.co.uk>"),
            ("Subject", "RE: RE: PO 45120088 - DN50 ball valves - revised delivery date"),
            ("Date", "Thu, 31 Oct 2024 16:42:10 +0000"),
            ("Message-ID", "<20241031164210.7731@trentsidepumps.co.uk>"),
            ("In-Reply-To", "<20241031101200.5521@trentsidepumps.co.uk>"),
            ("References", "<20241030160500.1180@hartwellvalves.co.uk> <20241031101200.5521@trentsidepumps.co.uk>"),
        ],
        "text": SUPPLIER_TOP,
        "facts": [
            {"id": "f1", "any": ["25 November", "25 Nov", "November 25"]},
            {"id": "f2", "any": ["1,200", "1200"]},
            {"id": "f3", "any": ["air freight", "air-freight", "airfreight", "by air", "air-freighted"]},
            {"id": "f4", "any": ["300 units", "300 valves", "300 of", "300 air"]},
            {"id": "f5", "any": ["8,400", "4,200", "50/50", "split"]},
            {"id": "f6", "any": ["Aquaflow", "15 November"]},
        ],
        "false": [
            {"id": "x1", "any": ["no delay", "not delayed", "still due 4 November", "still arriving 4 November"],
             "why": "the shipment is delayed from 4 November to 25 November"},
            {"id": "x2", "any": ["Hartwell will pay all", "Hartwell covers the full", "Hartwell pays the full", "Trentside pays the full"],
             "why": "the £8,400 air freight cost is split 50/50"},
        ],
    },
    {
        "file": "fwd_customer_escalation_brightwell.eml",
        "date": "2024-11-12",
        "headers": [
            ("From", "Sophie Turner <sophie.turner@carrowfreight.co.uk>"),
            ("To", "Mark Ellison <mark.ellison@carrowfreight.co.uk>, Jo Adeyemi <jo.adeyemi@carrowfreight.co.uk>"),
            ("Subject", "Fwd: Failed delivery 5 November - formal complaint"),
            ("Date", "Tue, 12 Nov 2024 10:15:33 +0000"),
            ("Message-ID", "<20241112101533.4410@carrowfreight.co.uk>"),
        ],
        "text": BRIGHTWELL_FWD,
        "facts": [
            {"id": "f1", "any": ["Brightwell"]},
            {"id": "f2", "any": ["1.1m", "1.1 million", "1,100,000"]},
            {"id": "f3", "any": ["terminate", "termination", "clause 14.2", "alternative suppliers", "alternative logistics"]},
            {"id": "f4", "any": ["three missed", "3 missed", "third missed", "three failed", "3 failed"]},
            {"id": "f5", "any": ["15 November", "Friday 15", "by Friday"]},
            {"id": "f6", "any": ["18,000", "18k", "£18"]},
            {"id": "f7", "any": ["five working days", "5 working days", "root cause"]},
        ],
        "false": [
            {"id": "x1", "any": ["Brightwell is satisfied", "customer is satisfied", "contract renewed", "Brightwell has renewed"],
             "why": "Brightwell has issued formal notice and is reviewing alternative suppliers"},
            {"id": "x2", "any": ["one missed delivery", "a single missed delivery", "single failed delivery"],
             "why": "there were three missed deliveries in five weeks"},
        ],
    },
    {
        "file": "newsletter_weekly_wire_november.eml",
        "date": "2024-11-18",
        "headers": [
            ("From", "Internal Communications <internal.comms@oakridge-insurance.example>"),
            ("To", "All London Staff <london.staff@oakridge-insurance.example>"),
            ("Subject", "The Weekly Wire: office move date, Q3 results, benefits deadline"),
            ("Date", "Mon, 18 Nov 2024 08:00:00 +0000"),
            ("Message-ID", "<weeklywire-2024-11@oakridge-insurance.example>"),
        ],
        "text": ALLHANDS_TEXT,
        "html": ALLHANDS_HTML,
        "facts": [
            {"id": "f1", "any": ["Canal Street", "6 January"]},
            {"id": "f2", "any": ["12%", "214m"]},
            {"id": "f3", "any": ["Amelia Hart"]},
            {"id": "f4", "any": ["29 November"]},
            {"id": "f5", "any": ["13 December", "Windows 11"]},
            {"id": "f6", "any": ["20 December", "Fenwick House"]},
        ],
        "false": [
            {"id": "x1", "any": ["premium fell", "down 12%", "revenue fell", "results fell"],
             "why": "gross written premium rose 12% to £214m"},
            {"id": "x2", "any": ["29 December", "move on 20 December", "moving on 20 December"],
             "why": "benefits close 29 November; the move is 6 January (20 December is the last day at Fenwick House)"},
        ],
    },
    {
        "file": "newsletter_sustainability_q4.eml",
        "date": "2024-12-09",
        "headers": [
            ("From", "Sustainability Team <sustainability@veritypackaging.example>"),
            ("To", "All Employees <all.staff@veritypackaging.example>"),
            ("Subject", "Greener Together: our Q4 2024 sustainability update"),
            ("Date", "Mon, 09 Dec 2024 09:30:00 +0000"),
            ("Message-ID", "<greener-together-2024-q4@veritypackaging.example>"),
        ],
        "html": GREEN_HTML,
        "facts": [
            {"id": "f1", "any": ["18%", "18 per cent"]},
            {"id": "f2", "any": ["1.2 MW", "1.2MW", "1.2 megawatt"]},
            {"id": "f3", "any": ["1 February", "February 1", "salary sacrifice"]},
            {"id": "f4", "any": ["3%", "landfill"]},
            {"id": "f5", "any": ["CDP"]},
            {"id": "f6", "any": ["17 January", "green champion"]},
        ],
        "false": [
            {"id": "x1", "any": ["emissions rose", "emissions increased", "emissions have risen", "increase in emissions"],
             "why": "emissions fell 18%"},
            {"id": "x2", "any": ["30% target met", "met the 30%", "30% target achieved", "achieved its 30%"],
             "why": "the 30% target is for end of 2026; current reduction is 18%"},
        ],
    },
]
