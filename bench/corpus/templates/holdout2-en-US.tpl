# Holdout2 check set, US English. Written apart from the tuning and from holdout: do not tune on it.
===
From: [[PERSON:Aarav Patel]] <[[EMAIL_ADDRESS:aarav.patel@example.com]]>
Sent: Monday, September 9, 2024 4:51 PM
To: support@nubeo.example
Subject: RE: [#448120] wrong name on invoice

hi, the invoice says [[PERSON:Arav Patil]], it should be [[PERSON:Aarav Patel]]. my phone is {{PHONE_US:dash}} if you need to call. thanks
===
Hi [[PERSON:Priyanka]],

I've verified your identity with the last four of your SSN (***-**-6789). For security we never need the full number, so please don't send it over chat.

Your order 112-9930017-4410283 shipped via UPS, tracking 1Z999AA10123456784. Expected delivery: 09/12/2024.

Best,
[[PERSON:Kevin O'Brien]]
Tier 2 Support
===
my ssn is {{US_SSN:raw}} and dob [[DATE_OF_BIRTH:04/17/1988]]. please update the tax form asap
[[PERSON:venkata subramanian]]
===
Hi team,

Customer [[PERSON:Siddharth Iyer]] asked us to bill his LLC instead. EIN: {{US_EIN}}. Billing address: [[STREET_ADDRESS:1420 Maple Ave Apt 3B]], Evanston, IL 60201. Callback number: {{PHONE_US:nat}}.

Thanks,
[[PERSON:Meghan]]
===
Hello [[PERSON:Deepa]],

The card on file (XXXX-XXXX-XXXX-4444) was declined. Total due: $1,299.99. You can update it at any time from Settings > Billing (app version 4.12.0).

Invoice #INV-2024-09-00331 · Due 9/15/24

Nubeo Billing
===
Card: {{VISA:dash}}
Exp: [[CREDENTIAL/CARD_EXPIRY:12/27]]
CVC: {{CVV}}
Name on card: [[PERSON:Rahul Mehta]]
Zip: 94107
===
Hey, my login isn't working. Username [[EMAIL_ADDRESS:jsmith_1984@example.net]], password is [[CREDENTIAL/PASSWORD:Tr0ub4dor&3]]. Also I got a text with code {{OTP6}} but it expired.
— [[PERSON:Jordan]]
===
Hi [[PERSON:Emily]],

Our logs show the last sign-in came from [[IP_ADDRESS:2001:db8:85a3::8a2e:370:7334]] at 2:14 AM ET, not from your usual [[IP_ADDRESS:198.51.100.8]]. If that wasn't you, reset your password right away.

Trust & Safety
===
The SSN you entered ({US_SSN:bad}) isn't valid: numbers starting with 000, 666 or 9 are never issued. Please double-check it against your card.
===
Our ITIN records show {{US_ITIN}} for [[PERSON:Ananya Krishnan]]. Her callback is {{PHONE_US:e164}}; alternate {{PHONE_US:intl}}.
===
Order summary
- Order #: 9941-2210-5587
- Qty 2 x $49.95
- Ship to: [[STREET_ADDRESS:88 Bleecker St, Apt 4F]], New York, NY 10012
- Gift message: "Happy 30th!"
- Placed: Sep 3, 2024 11:02 AM
===
Stripe webhook failing, here's our config so you can check:
`STRIPE_SECRET_KEY={{KEY_STRIPE}}`
`GITHUB_TOKEN={{KEY_GH}}`
Thanks, [[PERSON:Harpreet Singh]]
