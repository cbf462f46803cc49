# English of the United States. Fifth check set (holdout5).
===
Subject: RE: RE: Account transfer after my father's passing — case US-EST-20931

Hi [[PERSON:Melissa]],

I'm very sorry for your loss. We've received the documents and the account is now in your name as of 03/14/2025. The final invoice on your father's account (INV-2025-04417, $87.40) has been waived, and the autopay on the old card was turned off.

Warm regards,

[[PERSON:Jordan Ellis-Park]]
Senior Specialist, Customer Care Escalations | Nubeo
billing@nubeo.example | 1-800-555-0199 (Mon–Fri, 8 AM–8 PM ET)
Nubeo, 500 Market Street, Suite 400

CONFIDENTIALITY NOTICE: This e-mail and any attachments are confidential and intended solely for the addressee. If you received it in error, please notify the sender and delete it. Nubeo will never ask for your full SSN or password by e-mail.

On Wed, Mar 12, 2025 at 7:54 PM, [[PERSON:Melissa Harrington]] <[[EMAIL_ADDRESS:mharrington.home@mail.example]]> wrote:
> Hello,
> As requested, here is what you need to move my dad's account to me:
> - His name: [[PERSON:Robert Allen Harrington]], SSN {{US_SSN}}, born [[DATE_OF_BIRTH:August 3, 1946]]
> - My info: SSN {{US_SSN}}, cell {{PHONE_US:nat}}
> - Service address (his house, where I now live): [[STREET_ADDRESS:2217 Willow Creek Rd]], Asheville, NC 28803
> I typed his SSN wrong on your web form the first time ({US_SSN:bad}), please ignore that one.
> Thank you,
> [[PERSON:Melissa]]
>
> On Mon, Mar 10, 2025 at 10:02 AM, Nubeo Billing <billing@nubeo.example> wrote:
>> Hi [[PERSON:Melissa]], to transfer the account we'll need the account holder's information and yours. Case US-EST-20931.
>> — Nubeo Billing
===
[Saved reply: "ID-VERIFY-OK" — replace every [BRACKETED FIELD] and delete unused lines before sending]

Hi [Customer First Name] / Hi [[PERSON:Terrence]],

Thanks for your patience. We've verified your identity with the following details:

- Account holder: [Full Name] → [[PERSON:Terrence O'Neal Whitaker]]
- SSN (last 4 only, please!): [SSN last 4] → ***-**-6120
- ITIN on file for your spouse, [[PERSON:Amara Whitaker]]: [ITIN] → {{US_ITIN}}
- Phone: [Phone] → {{PHONE_US:dash}}
- Email: [Email] → [[EMAIL_ADDRESS:t.whitaker@mail.example]]
- Address: [Address] → [[STREET_ADDRESS:88 Lakeshore Dr, Unit 12C]], Chicago, IL 60611
- Verification code sent to your phone: [Code] → {{OTP6}}

Your ticket number is [Ticket #] 4471-209 and your new plan (Fiber 1 Gig, $70/mo) starts on [Start Date].

Best,
[Agent Name]
[[PERSON:Kayla]] — Nubeo Support
===
hey so im dictating this while driving sorry no punctuation my name is [[PERSON:kevin doyle]] my number is {{PHONE_US:raw}} and my wife [[PERSON:stacy]] is {{PHONE_US:intl}} the internet has been out since friday we pay 64.99 every month on the card {{AMEX:raw}} exp [[CREDENTIAL/CARD_EXPIRY:04/28]] security code {{CVV}} just so you can check it fast the address is [[STREET_ADDRESS:417 north elm street apt 2]] in springfield oh and my ssn is {{US_SSN:sp}} if you need it the tech said ticket 0031-77821 call me back thanks

---
Hi [[PERSON:Kevin]], thanks for reaching out. For your security please never send your full card number, security code or SSN in a message — we've removed them from the ticket. There's an outage in your area (incident 55-2091) and a technician is scheduled for Tuesday 3/18 between 8 and 12. — [[PERSON:Marcus]], Nubeo Support
===
INTERNAL NOTE — do not send — ticket SEC-US-2025-0733 — 03/13/2025 11:48 PM ET

Summary for Trust & Safety (SIM-swap attempt):
* Customer: [[PERSON:Alejandra Moreno-Quinn]], DOB [[DATE_OF_BIRTH:1989-10-02]], SSN on file {{US_SSN}} (over the phone she read out {US_SSN:bad}, which can't be a real SSN — she misread her card)
* Passport shown on video call: {{PASS_US}}
* Contact: {{PHONE_US:intl}} / [[EMAIL_ADDRESS:ale.mq@mail.example]]
* Logins: [[IP_ADDRESS:198.51.100.14]] (hers, home) and [[IP_ADDRESS:203.0.113.77]] at 3:02 AM (not hers). She says "my laptop's IP is [[IP_ADDRESS:192.168.0.15]]"; our router admin page at 192.168.1.1 is unrelated.
* She pasted a GitHub token into the chat thinking it was "the code": {{KEY_GH}} — told her to revoke it.
* Also pasted the header from her browser's dev tools: Authorization: Bearer [[CREDENTIAL/TOKEN:eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJjdXN0LTU1ODgxMiIsInNjb3BlIjoiYWNjb3VudCIsImlhdCI6MTc0MTkwOTY4MCwiZXhwIjoxNzQxOTEzMjgwfQ.EDaKLuTddhvKfyiuV7eDVOhgYn_DQX_45aA89DCbvSc]] — session revoked.
* Temporary password issued: [[CREDENTIAL/PASSWORD:Wq7!nR4#tLz9]] (expires in 24 h). The real code we texted her was {{OTP6}}.
* App version 12.0.3.4 on iOS 18.3.1.
Handed off to [[PERSON:Keisha]] at 11:55 PM.
===
Subject: Chargeback notice / dispute — order #NB-US-7781290

To whom it may concern,

I am disputing the following charges and have already opened a chargeback with my bank (dispute ID CB-2025-031144):

1. 03/02/2025 at 11:47 PM — $249.99 — order #NB-US-7781290 (Nubeo Mesh Router X2, firmware 3.1.0.12)
2. 03/02/2025 at 11:49 PM — $249.99 — the same order charged again, reference {LUHN:16}
3. Shipping: UPS tracking 1Z999AA10123456784, marked "delivered" on 03/05 at 2:10 PM to an address that is not mine.

Both charges went to my Visa {{VISA}} (exp. [[CREDENTIAL/CARD_EXPIRY:12/26]]). My other card ending in 0005 was not involved. Invoice numbers: INV-2025-11873 and INV-2025-11874.

I called 1-800-555-0199 twice and was told to write to billing@nubeo.example. My details:
[[PERSON:Patricia Gomez-Reilly]]
[[STREET_ADDRESS:930 Sycamore Ave, Apt 4]], Sacramento, CA 95816
{{PHONE_US:nat}} / [[EMAIL_ADDRESS:pgreilly@mail.example]]
(My business EIN, in case you invoice the company instead: {{US_EIN}}.)

---
Draft reply:
Hi [[PERSON:Patricia]], we've confirmed the duplicate charge and refunded $249.99 (refund RF-US-66102). The first order was shipped to the wrong address by our carrier; a replacement is on its way, and please return any package delivered by mistake to 500 Market Street, Suite 400. Once the refund posts, please let your bank know so they can close the dispute. — [[PERSON:Dana]], Nubeo Billing
===
Hi! / ¡Hola! I'm writing for my grandmother, who only reads Spanish — le explico todo en español abajo 👇

Details / datos:
• Account holder / titular: [[PERSON:Esperanza Villalobos]] (DOB / fecha de nacimiento: [[DATE_OF_BIRTH:11/22/1941]])
• Her ITIN / su ITIN: {{US_ITIN}}
• Her phone / su teléfono: {{PHONE_US_FIX:intl}} — mine / el mío: {{PHONE_US:e164}}
• Address / dirección: [[STREET_ADDRESS:1450 S Alamo St, Apt 3]], San Antonio, TX 78204
• Email (mine, she doesn't have one): [[EMAIL_ADDRESS:lucia.villalobos@mail.example]]
• Pay the refund to my card, please / el reembolso a mi tarjeta: {{DISC}} (exp [[CREDENTIAL/CARD_EXPIRY:06/27]])

Abuela, ya les escribí: el técnico viene el jueves 3/20 de 1 a 5 pm, y el reembolso de $35.00 (pedido #45-11873) llega en 5 días. No le des tu número de seguro social a nadie que te llame.

Thanks / gracias,
[[PERSON:Lucía Villalobos]]

---
Hi [[PERSON:Lucía]] / hola: all set. The refund of $35.00 for order 45-11873 is on its way (ref. RF-US-66240), and the visit for 3/20 is confirmed. — [[PERSON:Tyler]], Nubeo Support
