# English of the United States. Fourth check set (holdout4).
===
--- Web form submission: "Verify my identity" (received 03/12/2025 2:14 PM ET) ---
Full name: [[PERSON:Dwayne Carter-Holloway]]
SSN: {{US_SSN}}
Date of birth: [[DATE_OF_BIRTH:11/04/1979]]
Phone: {{PHONE_US:nat}}
Email: [[EMAIL_ADDRESS:dwayne.ch@mail.example]]
Mailing address: [[STREET_ADDRESS:4821 Maple Ridge Dr, Apt 5B]], Columbus, OH 43215
Reason: Locked out after 3 failed logins. Old SSN on file may be wrong ({US_SSN:bad}).
--- end of submission ---

Hi [[PERSON:Dwayne]], thanks — we've verified your identity and unlocked the account. Your case number is US-ID-558812. — [[PERSON:Kayla]], Nubeo Support
===
Hi team, pasting the rows from our spreadsheet for the 3 seats we're adding (sorry, tabs got weird):

Name	Email	Phone	Tax ID	Card on file
[[PERSON:Priya Raman]]	[[EMAIL_ADDRESS:priya.raman@brightloop.example]]	{{PHONE_US:e164}}	ITIN {{US_ITIN}}	**** 1881
[[PERSON:Marcus Webb]]	[[EMAIL_ADDRESS:mwebb@brightloop.example]]	{{PHONE_US:dash}}	n/a	{{MC}}
[[PERSON:Jenna O'Malley]]	[[EMAIL_ADDRESS:jomalley@brightloop.example]]	{{PHONE_US_FIX:intl}}	n/a	**** 0005

Company EIN: {{US_EIN}}. PO number 4500-7781-2290, invoice INV-2025-00871 ($2,340.00).

Thanks,
[[PERSON:Priya]]
===
hey!! 👋 quick q, xq my bill went up to $64.99?? 😤 i'm on the Básico plan
mi cuenta is under [[PERSON:Yadira Castañeda]], email [[EMAIL_ADDRESS:yadi.castaneda@correo.example]]
tb my husband's line {{PHONE_US:nat}} got charged twice
order #{LUHN:14} from Feb 28
thx!! 🙏

---
Hi [[PERSON:Yadira]]! Hola 😊 The price went up because the promo ended on 3/1. We refunded the double charge on your husband's line ($19.99). Saludos, [[PERSON:Tyler]] — Nubeo Support
===
Call transcript — 1-800-555-0199 — Agent: [[PERSON:Brianna]] — 03/14/2025 09:22

Agent: Thanks for calling Nubeo, this is [[PERSON:Brianna]], how can I help?
Customer: Hi, uh, yeah, so I'm, um, trying to reset my password and the text never comes.
Agent: Sorry about that. Can I get the phone number on the account?
Customer: Sure, it's, uh, five five five, oh one four two... wait, no, area code first, two oh one, five five five, oh one four two.
Agent: Got it. And your name?
Customer: [[PERSON:Gary Lindqvist]].
Agent: Thanks, [[PERSON:Gary]]. For verification, last four of your social?
Customer: Uh, four four one nine.
Agent: Perfect. I just sent the code to {{PHONE_US:intl}}.
Customer: Oh, okay, got it, it's {{OTP6}}.
Agent: You can enter it in the app — version 7.3.2 or later. Your ticket is 0031-77821.
===
From: [[PERSON:Rachel Donovan]] <[[EMAIL_ADDRESS:rdonovan@nubeo-partners.example]]>
Sent: Thursday, March 13, 2025 4:51 PM
To: billing@nubeo.example
Subject: FW: FW: RE: Wrong EIN on invoices — ESCALATION

Team, escalating — third time this customer writes in. Please fix before month-end close.

---------- Forwarded message ----------
From: [[PERSON:Anthony Russo]] <[[EMAIL_ADDRESS:anthony@russoplumbing.example]]>
Date: Wed, Mar 12, 2025 at 8:03 AM
Subject: RE: Wrong EIN on invoices

Our EIN is {{US_EIN}}. Every invoice since January (INV-2025-00112, -00187, -00243) shows someone else's. Billing address: [[STREET_ADDRESS:1190 Harbor Blvd, Suite 210]], Tampa, FL 33602. My cell: {{PHONE_US:dash}}.

For the refund, wire to our account at the German supplier bank if that's easier: {{IBAN_DE}}.

[[PERSON:Anthony Russo]]
Owner, Russo Plumbing LLC

> On Feb 27, 2025, Nubeo Billing <billing@nubeo.example> wrote:
> Hi [[PERSON:Anthony]], we've opened ticket 98-22014. Our office: 500 Market Street, Suite 400.
> — [[PERSON:Dana]]
===
INTERNAL NOTE — account recovery / security — ticket SEC-US-2025-0419

Customer [[PERSON:Olivia Bennett-Shaw]] (passport {{PASS_US}}, DOB [[DATE_OF_BIRTH:1991-07-22]]) reports a takeover.
- Logged in from [[IP_ADDRESS:203.0.113.201]] on 3/10, she's never been to that location.
- Her home IP is [[IP_ADDRESS:192.168.0.23]] per her router page (the router admin is at 192.168.1.1, irrelevant).
- She pasted her AWS key into the chat: {{KEY_AWS}} — told her to rotate it.
- Also pasted a private key from her deploy server:
[[CREDENTIAL/PRIVATE_KEY:-----BEGIN OPENSSH PRIVATE KEY-----
b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW
QyNTUxOQAAACDm3fXy7QhN2vKpLw9tRzA0bC8sYh1JqW5xE4uVnGkPfAAAAJgq0Gm5KtBp
-----END OPENSSH PRIVATE KEY-----]]
- Temporary password issued: [[CREDENTIAL/PASSWORD:Tq9#vLm2!pRz]] (expires in 24 h).
Escalated to [[PERSON:Keisha]] on Trust & Safety. Tracking for the replacement YubiKey: 1Z999AA10123456784.
