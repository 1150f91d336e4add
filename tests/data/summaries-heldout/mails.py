"""Texts, headers and facts for the four .eml messages."""

TAMAR_SIG = """\
Laura Bennett
Senior Buyer, Tamar Pumps Ltd
Unit 7, Langage Business Park, Plymouth PL7 5JY
T +44 1632 960418 | www.tamarpumps.example

Tamar Pumps Ltd is registered in England and Wales, company no. 04417268.
This email and any attachments are confidential and intended solely for
the addressee. If you have received it in error, please notify the sender
and delete it. Tamar Pumps Ltd accepts no liability for loss or damage
caused by software viruses. Contracts are not formed by email unless
confirmed by a signed purchase order."""

OSTRAVA_SIG = """\
Best regards
Petr Dvorak
Key Account Manager
Ostrava Castings s.r.o. | Vitkovicka 12, 703 00 Ostrava, Czech Republic

LEGAL DISCLAIMER: This message and its attachments may contain
confidential or legally privileged information. Any use, copying or
disclosure by anyone other than the intended recipient is prohibited.
Ostrava Castings s.r.o. does not accept liability for any errors or
omissions in the contents of this message."""


def _quote(text):
    return "\n".join(">" if not line else "> " + line for line in text.splitlines())


FIRST = """\
Petr,

The 1,200 HX-220 pump housings on PO 45-88213 (value EUR 58,200) were due
at our Plymouth plant on 7 March. They have not arrived and we have had no
update from your side since the order acknowledgement in January.

Our assembly line 3 will stop on 31 March without them, and the Exe Valley
Water order they feed carries a penalty of £2,500 for each day of late
delivery.

Please confirm by return the cause of the delay, a firm new delivery date
and what you can do to recover the lost time.

Laura

""" + TAMAR_SIG

SECOND = """\
Dear Laura,

I am sorry for the delay and for not updating you sooner.

Our X-ray inspection of the first production batch found gas porosity in
3 of the first 5 castings, above the limit in your drawing HX-220-04 rev C.
We stopped the batch on 4 March, changed the gating design and re-poured.
The new batch passed X-ray and pressure testing on 10 March.

We can offer two options:

 1. Ship all 1,200 housings by sea from Hamburg on 21 March, arriving in
    Plymouth by 22 April.
 2. Split shipment: 400 housings by air from Prague, arriving by
    27 March, and the balance of 800 by sea, arriving by 22 April.

For option 2 we will pay the air freight. Please let me know which option
you prefer by 13 March so that we can book the flight.

""" + OSTRAVA_SIG + """

On Mon, 10 Mar 2025 at 09:05, Laura Bennett <laura.bennett@tamarpumps.example> wrote:
""" + _quote(FIRST)

SHIPMENT_BODY = """\
Petr,

Thank you for the quick re-pour and for setting out the options.

We accept option 2, the split shipment:

  - 400 housings by air, to arrive at our Plymouth plant by 27 March
  - the balance of 800 by sea, to arrive by 22 April

As agreed on the phone this morning, Ostrava Castings will pay the air
freight (your forwarder's quote of EUR 6,840) and will apply a 5% credit
on the PO value (EUR 2,910) against the late balance. Please send a revised
order acknowledgement showing the new dates and the credit by Friday
14 March.

Mike - please re-sequence line 3 so that the first 400 housings go to the
Exe Valley Water order, which carries the penalty clause. The remaining
HX-220 builds can move to the week of 28 April.

Regards,
Laura

""" + TAMAR_SIG + """

On Wed, 12 Mar 2025 at 17:32, Petr Dvorak <petr.dvorak@ostravacastings.example> wrote:
""" + _quote(SECOND) + "\n"

HR_BODY = """\
Hi all,

Forwarding this from HR because a few of you asked about it at Monday's
huddle. The short version:

- It's up to £300 per person, once every three years - not every year.
- Only things bought on or after 1 April 2025 count; the old £150 annual
  allowance finishes on 31 March.
- Chairs need a DSE assessment first, so book that before you buy.
- Claims go through MyHR with itemised receipts. If you want to use this
  year's window, get your claim in by 30 June.

Any questions, ask me or Grace's team directly.

Dan

Dan Mercer
Team Manager, Motor Claims
Halcyon Insurance plc

---------- Forwarded message ---------
From: HR Policy Team <hr.policy@halcyoninsure.example>
Date: Tue, 11 Mar 2025 at 16:05
Subject: Clarification: home-working equipment allowance
To: All line managers <line-managers@halcyoninsure.example>

Dear colleagues,

Since the new Home-Working Equipment Policy was announced on 3 March, we
have received a number of questions. This note clarifies the points raised
most often. Please share it with your teams.

1. How much can employees claim?
Up to £300 per employee, once in any three-year period. This replaces the
previous allowance of £150 a year, which ends on 31 March 2025. Unused
amounts of the old allowance cannot be carried over.

2. Who is eligible?
Employees with a hybrid or home-working arrangement in their contract who
work from home at least two days a week. Agency workers and contractors
are not eligible.

3. What does it cover?
Desks, monitors, keyboards, mice, headsets and desk lamps. Office chairs
are covered only after a display screen equipment (DSE) assessment by
Occupational Health has recommended one. Broadband, printers, mobile
phones and furniture other than desks are not covered.

4. How do employees claim?
Through the Expenses section of MyHR, with itemised receipts, within 60
days of purchase. Items must be bought on or after 1 April 2025. Claims
for the first window must be submitted by 30 June 2025; later claims will
be paid in the following quarterly payroll run.

5. Is it taxable?
No. Equipment provided mainly for work is not treated as a taxable
benefit, as long as it is claimed through MyHR and not through payroll.

6. What happens if someone leaves?
Employees who leave within 12 months of a claim must either return the
equipment or repay 50% of the amount claimed.

Questions should go to hr.policy@halcyoninsure.example. The policy owner
is Grace Ofori, Head of Reward.

Kind regards,
HR Policy Team
Halcyon Insurance plc
"""

AUDIT_BODY = """\
Dear Paul,

Thank you for Friday's meeting. As promised, here is the updated list of
items we still need before fieldwork starts, and the revised timetable for
the audit of the year ended 31 January 2025.

Timetable
- Final prepared-by-client (PBC) items due: Friday 4 April 2025
- Fieldwork: 7-25 April 2025 (on site at the Perth head office in the
  first week, remote thereafter)
- Clearance meeting with the Audit Committee: 3 June 2025
- Target signing date: 20 June 2025

Your facility agreement with Northern Mercantile Bank requires audited
accounts within six months of the year end, that is by 31 July 2025. The
20 June date leaves some slack, but not much if fieldwork slips, and a
late filing would be a breach of the covenant.

Outstanding items (nine in total)

Critical - fieldwork cannot start without these:
1. Bank confirmation authority letter for Northern Mercantile Bank - not
   yet signed. The bank needs four weeks to respond, so this is now urgent.
2. Stock count reconciliation for the Aviemore warehouse. The count on
   31 January showed stock £46,200 lower than the ledger, and we have not
   yet had an explanation.
3. Lease schedule and calculations under FRS 102 for the new Inverness
   store, which opened in November.

Other items:
4. Fixed asset additions over £10,000, with invoices
5. Payroll reconciliation for January
6. Aged creditors listing at 31 January
7. Board minutes from October 2024 to date
8. Gift card liability calculation
9. Solicitors' letters on the dispute with Cairn Textiles

Fees
Our engagement letter assumes that all PBC items are received by the
agreed date. If the critical items arrive after 4 April we will have to
re-plan the team, and our additional fee would be £6,500.

I'd be grateful if Anna could send items 4 to 9 as they become available
rather than all at once. Let me know if a call this week would help.

Kind regards,
Fiona

Fiona McAllister CA
Audit Manager
Hartley Grant LLP, Chartered Accountants
12 Atholl Crescent, Edinburgh EH3 8HA

Hartley Grant LLP is a limited liability partnership registered in
Scotland. This email is confidential and may be privileged. If you are
not the intended recipient, please tell us and delete it. We do not
accept responsibility for changes made to this message after it was sent.
"""
