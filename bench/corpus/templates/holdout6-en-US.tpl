# English of the United States. Sixth check set (holdout6).
===
Ticket US-SOC-2025-30417 · Source: Reddit post in r/NubeoHelp, linked from a Facebook comment · imported 03/15/2025 8:02 AM ET

u/throwaway_fiberless wrote:
"3rd outage this week 🙃 and Nubeo's 'AI assistant' keeps telling me to restart the router. Paying $79.99/mo for THIS? #NubeoDown #WorstISP"

Facebook comment by [[PERSON:Derek Lindqvist]] on the Nubeo US page:
"Same here in Tacoma. Firmware 7.1.0.4 broke everything. My ticket # is 88-20931, nobody called back 🤬"

Direct message from [[PERSON:Derek]], 8:40 AM:
"ok here's my stuff so you can actually find my account: [[PERSON:Derek J. Lindqvist]], {{PHONE_US:nat}}, [[EMAIL_ADDRESS:dlindqvist@mail.example]], service address [[STREET_ADDRESS:3318 N Proctor St, Apt 210]], Tacoma, WA 98407. My public IP keeps changing, right now it's [[IP_ADDRESS:203.0.113.115]]"

---
Reply via DM:
Hi [[PERSON:Derek]], thanks for the details and sorry about the outages. Firmware 7.1.0.5 rolls out to your area tonight and fixes the drop issue. We've credited $26.66 (one-third of a month) to invoice INV-2025-04-118204 and merged ticket 88-20931 into case US-SOC-2025-30417. You can also reach us at 1-800-555-0199. — [[PERSON:Priya]], Nubeo Social Care
===
NUBEO TRAVEL PROTECT — CLAIM FORM (submitted online)
Claim no.: TRV-US-2025-004471 · Policy: NTP-2210937-A · Received: 03/11/2025 6:14 PM ET

Primary insured: [[PERSON:Gregory Okafor]]
Date of birth: [[DATE_OF_BIRTH:05/30/1977]]
Passport number: {{PASS_US}}
Traveling companion: [[PERSON:Ngozi Okafor]] (spouse), passport {{PASS_US}}
Trip: Chicago (ORD) → Madrid (MAD), flight IB 6274, departing 03/02/2025 5:45 PM, booking ref. XK4T9Q
Reason for claim: trip interruption (hospitalization in Madrid, 03/05–03/08/2025)
Amount claimed: $3,482.17 (hospital invoice FT 2025/0091877, EUR 2,890.00)
Phone while abroad: {{PHONE_ES:intl}} · Home phone: {{PHONE_US_FIX:dash}}
Email: [[EMAIL_ADDRESS:greg.okafor@mail.example]]
Home address: [[STREET_ADDRESS:1207 W Belmont Ave, Unit 3F]], Chicago, IL 60657
Reimbursement to card: {{VISA}} (exp. [[CREDENTIAL/CARD_EXPIRY:03/28]])
SSN (for the 1099 if payment exceeds $600): {{US_SSN}}

---
Dear [[PERSON:Gregory]],

We've received claim TRV-US-2025-004471. To finish the review we need the itemized hospital invoice and the airline's change receipt for flight IB 6274. Once approved, payment is issued within 10 business days. Please don't send your full SSN by e-mail again; we already have it on file from the policy application.

Sincerely,
[[PERSON:Hannah Brooks]], Claims Examiner · Nubeo Travel Protect · (800) 555-0199
===
Hi [[PERSON:Marisol]],

Thanks for calling in today. As promised, here's a recap of the information we updated on your account — please check it and reply if anything is wrong:

| Field | Old value | New value |
|-------|-----------|-----------|
| Account holder | [[PERSON:Marisol Ferreira-Tate]] | (no change) |
| Authorized user | [[PERSON:Kenneth Tate]] | [[PERSON:Jasmine Tate]] |
| Mobile | {{PHONE_US:intl}} | {{PHONE_US:e164}} |
| Email | [[EMAIL_ADDRESS:marisol.ft@mail.example]] | [[EMAIL_ADDRESS:marisol.ferreira.tate@correo.example]] |
| Service address | [[STREET_ADDRESS:64 Harbor View Ln]], Portland, ME 04101 | [[STREET_ADDRESS:19 Brackett St, Apt 2]], Portland, ME 04102 |
| Autopay card | Mastercard ending 4444 | {{AMEX}} |
| Account PIN | **** | [[CREDENTIAL/PIN:6203]] |
| Tax ID on file | {{US_ITIN}} | (no change) |

account_number = 7712-0931-44
move_date = 03/22/2025
plan = Fiber 500 ($55.00/mo, promo until 09/2025)
work_order = WO-US-2025-55102

Best,
[[PERSON:Trevor]] · Nubeo Customer Care · support@nubeo.example
===
Subject: Vendor onboarding complete — Cascade Ridge Outfitters LLC — account B2B-US-2025-0088

Hi [[PERSON:Alicia]],

Welcome aboard! Your business account is set up. Please confirm the details below so our billing team can issue the first invoice:

1. Legal name: Cascade Ridge Outfitters LLC (EIN {{US_EIN}})
2. Billing address: [[STREET_ADDRESS:2250 NW Flanders St, Suite 310]], Portland, OR 97210
3. Accounts-payable contact: [[PERSON:Alicia Nakamura-Reyes]], Controller, {{PHONE_US_FIX:nat}} x214, [[EMAIL_ADDRESS:ap@cascaderidge.example]]
4. Signatory: [[PERSON:Brandon Whitfield]], Managing Member
5. ACH debit: routing 071900524, checking account ending 0093 (authorization ACH-AUTH-0091877)
6. UK subsidiary (Cascade Ridge Ltd), paid by SEPA/BACS to: {{IBAN_GB}}
7. API key for the fleet-tracking integration: {{KEY_STRIPE}}

First invoice: INV-B2B-2025-000318, $18,420.00 net 30 (due 04/30/2025), PO #4500-2093.

Regards,
[[PERSON:Gavin Mercer]]
Enterprise Account Manager, Nubeo
500 Market Street, Suite 400, San Francisco, CA 94105 · billing@nubeo.example · 1-800-555-0199

This message and any attachments are confidential and may be privileged. If you are not the intended recipient, please notify the sender and delete it. Nubeo processes personal information as described in its Privacy Notice, including rights under the California Consumer Privacy Act (CCPA) as amended by the CPRA.
===
ESCALATION SUMMARY — Tier 3 / Fraud — case ESC-US-2025-0611 — 03/18/2025 4:45 PM ET
Prepared by: [[PERSON:Rachel Goldstein]], Team Lead, Retention & Fraud

People involved:
- Customer: [[PERSON:Harold Vance]], SSN on file {{US_SSN}}, DOB [[DATE_OF_BIRTH:December 9, 1941]], landline {{PHONE_US_FIX:intl}}.
- Daughter with power of attorney: [[PERSON:Cynthia Vance-Ortiz]], {{PHONE_US:nat}}, [[EMAIL_ADDRESS:cvanceortiz@mail.example]].
- Caller who impersonated the son: claimed to be "[[PERSON:Mike Vance]]", called from {{PHONE_US:dash}}.
- Agents: [[PERSON:Jamal Carter]] (phone, 03/12), [[PERSON:Erin O'Malley]] (chat, 03/13), [[PERSON:Luis Fernández]] (store #114, 03/14).

Timeline:
1. 03/12 — [[PERSON:Jamal]] added a second line after the caller read the last 4 of the SSN and the account PIN. Over the phone the caller also gave an SSN of {US_SSN:bad}, which is not a valid number.
2. 03/13 — [[PERSON:Erin]] shipped a phone ($1,099.99, order #NB-US-7781290) to [[STREET_ADDRESS:4410 Elm Hollow Ct]], Columbus, OH 43228 — not the customer's address. Login came from IP [[IP_ADDRESS:198.51.100.77]].
3. 03/14 — [[PERSON:Cynthia]] and the customer went to the store; [[PERSON:Luis]] verified ID and froze the account.

Actions: line removed, order canceled (carrier return label 1Z999AA10123456784), new account PIN set in store, temporary password [[CREDENTIAL/PASSWORD:Vance#Reset-0314]]. Police report no. 25-031144 attached. Follow-up call to [[PERSON:Cynthia]] on 03/20.
===
Hi there —

Sorry, I'm on my phone and the web form keeps timing out, so here it is in one go (you asked for everything "as it appears on the account"):

Name: [[PERSON:Oluwaseun "Shay"
Adeyemi]]   ← the form wraps it, sorry
SSN: ({{US_SSN:sp}})
Phone [cell]: {{PHONE_US:raw}} — or my work line, {{PHONE_US_FIX:nat}} ext. 44
Address: [[STREET_ADDRESS:901 Lakeview Terrace,
Apt 12B]] – Madison, WI 53703
Email → [[EMAIL_ADDRESS:shay.adeyemi@correo.example]]
Card to refund: {{DISC:dash}} / exp [[CREDENTIAL/CARD_EXPIRY:08/27]] / CVV {{CVV}}
The 6-digit code you texted me: {{OTP6}} (it says it expires in 10 min)
My old password was '[[CREDENTIAL/PASSWORD:MadTown#2023]]' — I changed it yesterday.

Order #NB-US-1182093 ($149.00, placed 03/03/2025), router model AX3000, firmware 2.0.1.8.

Thanks,
[[PERSON:Shay]]

---
Hi [[PERSON:Shay]], thanks — we found the account. The $149.00 refund (RF-US-66418) goes back to your card in 3–5 business days. For your security we've deleted the card details, the code and your SSN from this conversation; please never share them by message. — [[PERSON:Connor]], Nubeo Support
