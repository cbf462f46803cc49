# US English.
===
Hi [[PERSON:Jennifer]],

Thanks for reaching out. I checked order #A-102938 from 03/12/2024 and the $49.99 charge was made with the card {{VISA}}. For your security, please don't send full card numbers over email; the last four digits are enough.

Best,
[[PERSON:Kevin]]
Nubeo Support Team
===
Hello,

My name is [[PERSON:Michael Thompson]] and I was charged twice for my subscription. My phone number is {{PHONE_US:nat}} and my email is [[EMAIL_ADDRESS:mthompson@example.com]].

Thanks,
[[PERSON:Mike]]
===
Hi [[PERSON:Michael]],

Sorry about that! I've refunded the duplicate charge of $14.99 (ticket #58213). You'll see it on your statement within 5-10 business days.

Cheers,
[[PERSON:Alicia]]
Customer Support
===
Hi [[PERSON:Sarah]],

Our technician will visit [[STREET_ADDRESS:1458 Maple Avenue, Apt 3B]], Springfield, IL 62704 on Tuesday, May 14 between 8 AM and 12 PM. If you need to reschedule, call us at 1-800-555-0199.

Work order: WO-2024-44120.

Regards,
Field Services
===
Hello,

To verify your identity for the tax form, we need the last four digits of your SSN only. Please do not send your full Social Security number. We removed it from ticket #60012.

> My SSN is {{US_SSN}}

Thanks,
Nubeo Billing
===
Dear Mr. [[PERSON:Robert Williams]],

Your one-time passcode is {{OTP6}}. It expires in 10 minutes. Nubeo will never ask you for this code.

Nubeo Security
===
Hi,

I'm trying to update the payment method. New card: {{MC}}, exp [[CREDENTIAL/CARD_EXPIRY:09/27]], CVC {{CVV}}. Old card ending in 1111 should be removed.

[[PERSON:Emily Davis]]
===
Hi [[PERSON:Emily]],

We can't accept card details by email, so we've deleted them from this conversation. Please update your card at Account > Billing, which is PCI-compliant.

Thanks for understanding,
Support Team
===
Hi [[PERSON:David]],

Your router's public IP is [[IP_ADDRESS:203.0.113.58]]. The admin page is at 192.168.0.1 on your home network. We see firmware 1.4.2.7 on your device; version 1.5.0 fixes the dropouts you described.

Best,
Technical Support
===
Hello Support,

For the W-9, our company's EIN is {{US_EIN}}. Please update the vendor profile for Lakeside Catering LLC at [[STREET_ADDRESS:2200 Lakeshore Drive, Suite 210]], Chicago, IL 60614.

Thanks,
[[PERSON:Patricia Nguyen]]
Office Manager
===
Hi [[PERSON:Patricia]],

Thanks! The vendor profile now shows the updated EIN and address. Invoices from May onward (INV-2024-0512 and later) will reflect the change.

Regards,
Accounts Payable
billing@nubeo.example
===
Hi there,

Your temporary password is [[CREDENTIAL/PASSWORD:Vx9!kL2pQm]]. You'll be asked to change it when you sign in.

If you didn't request a reset, contact support@nubeo.example right away.

Nubeo Support
===
Hi [[PERSON:Jason]],

We noticed that your API key was posted in a public forum: {{KEY_AWS}}. We've rotated it for you. Please generate a new key from the developer console and store it in a secrets manager.

Security Team
===
Hello,

I'm helping my dad, [[PERSON:Richard Allen Brooks]], with his account. His date of birth is [[DATE_OF_BIRTH:April 2, 1951]] and his phone is {{PHONE_US:dash}}.

Thank you,
[[PERSON:Karen]]
===
Hi [[PERSON:Karen]],

For privacy reasons we can only make changes with the account holder. Your dad can call us at (800) 555-0199 and we'll add you as an authorized user in a couple of minutes.

Best,
[[PERSON:Marcus]]
Support Team
===
Hi [[PERSON:Amanda]],

Your order #100293847 shipped today via UPS, tracking number 1Z999AA10123456784. Estimated delivery: Friday, June 7.

Best,
Shipping Team
===
Hi,

The card number I used was {VISA:bad} but it keeps getting declined. Is there an issue on your end?

[[PERSON:Brian Miller]]
===
Hi [[PERSON:Brian]],

The number you typed doesn't pass the card check, so it looks like a digit is off. Please double-check and try again at checkout. Also, we recommend not sending card numbers by email.

Thanks,
Support
===
Hi [[PERSON:Christopher]],

We saw a login from [[IP_ADDRESS:198.51.100.201]] (Denver, CO) and another from [[IP_ADDRESS:2001:db8:4f2a::17]]. If these weren't you, reset your password and enable two-factor authentication.

Security Team
===
Hello,

Please send the refund check to my new address: [[STREET_ADDRESS:77 Harbor View Road]], Portland, ME 04101. My ITIN is {{US_ITIN}} if you need it for the 1099.

[[PERSON:Ana Lucía Morales]]
===
Hi [[PERSON:Ana]],

We've updated your mailing address. You don't need to send your ITIN for refunds; we've removed it from the ticket.

Best regards,
Customer Care
===
Hi [[PERSON:Jessica]],

Your plan renews on 07/01/2024 at $29.99/month. Your account number is 4410-2231-09. You can change plans anytime in the app (version 6.2.0 or later).

Cheers,
Nubeo Support
===
Hi,

Quick question: I got an SMS with code {{OTP6}} that I didn't request. Also someone called from {{PHONE_US:intl}} asking for my password. Is that you?

[[EMAIL_ADDRESS:jessica.w@example.net]]
===
Hi [[PERSON:Jessica]],

No, Nubeo will never call to ask for your password or codes. Please don't share anything with that caller. We've locked your account sessions as a precaution and flagged the number.

Security Team
===
Dear Ms. [[PERSON:Linda Garcia]],

We received your passport number {{PASS_US}} for the international roaming verification. Verification is complete; you can now use your line abroad.

Regards,
International Services
===
Hi [[PERSON:Tom]],

Your new line {{PHONE_US:nat}} is active. Your SIM PIN is [[CREDENTIAL/PIN:7291]]. Keep it safe.

Nubeo Wireless
===
Hi,

My SSN is {{US_SSN:sp}}, my DOB is [[DATE_OF_BIRTH:11/23/1978]], and I live at [[STREET_ADDRESS:3120 Oak Street]], Austin, TX 78704. Can I get the credit check done over email?

[[PERSON:Daniel Rodriguez]]
===
Hi [[PERSON:Daniel]],

We can't run credit checks over email. Please use the secure form in the app; your information is encrypted there. We've deleted the details you sent from this thread.

Best,
Sales Support
===
Hello,

Please update the billing contact to [[PERSON:Stephanie Clark]], [[EMAIL_ADDRESS:stephanie.clark@example.com]], {{PHONE_US_FIX:intl}}.

Thanks
===
Hi [[PERSON:Stephanie]],

You're now the billing contact for account 88120045. Invoices are sent on the 1st of each month.

Regards,
Billing Team
===
Hi [[PERSON:Olivia]],

The $120.00 credit was applied to invoice INV-2024-0677. Your balance is now $0.00. Thanks for your patience during the outage on May 3 (2:15 PM to 4:40 PM ET).

Best,
[[PERSON:Kevin]]
===
Hi,

I'm a contractor. For the 1099, my SSN is {{US_SSN:raw}}. The one on file, {US_SSN:bad}, is wrong.

[[PERSON:Jose Hernandez]]
===
Hi [[PERSON:Jose]],

Thanks. We've corrected your tax information in our vendor system and removed the numbers from this ticket. You can confirm the update in the vendor portal.

Accounts Payable
===
Hi team,

Here is the token for the webhook test: {{KEY_GH}}. Please delete this message after you copy it.

[[PERSON:Ryan Cooper]]
Developer Relations
===
Hi [[PERSON:Ryan]],

We've revoked that token since it was shared in a support ticket. Please create a new one and configure it directly in the dashboard; never paste tokens into tickets.

Security Team
===
Hi [[PERSON:Rebecca]],

Your replacement device (model NX-200, serial SN4471882901) will ship to [[STREET_ADDRESS:915 Pine Street, Unit 12]], Seattle, WA 98101. Please return the old one within 14 days using the prepaid label.

Best,
Returns Team
===
Hello,

My American Express is {{AMEX}}. Can you charge the annual plan ($199) to it?

[[PERSON:William Johnson]]
===
Hi [[PERSON:William]],

For your security we don't process card numbers sent by email; we've removed it. You can pay the annual plan at Account > Billing > Change plan.

Thanks,
Support Team
===
Hi [[PERSON:Megan]],

Happy to help! Your confirmation code for the store pickup is PICK-5520. Bring a photo ID. Store hours: 10 AM to 8 PM, Monday through Saturday, at 500 Market Street, Suite 400, San Francisco.

Best,
Retail Support
===
Hi,

I'd like to close my account. Full name [[PERSON:Matthew Scott Baker]], phone {{PHONE_US:e164}}, zip code 30301.
===
Hi [[PERSON:Matthew]],

Your account has been closed. The final bill (INV-2024-0991, $18.42) will be charged on June 30 to the card ending in 4444.

Best regards,
Customer Care
===
Hi [[PERSON:Lauren]],

We sent a verification code to your phone ending in 0123. Enter it within 5 minutes. If it doesn't arrive, request a new one; the current one is {{OTP6}}.

Nubeo Support
===
Hi [[PERSON:Grace]],

For the wire refund we have your account as {{IBAN_GB:raw}} (UK) under [[PERSON:Grace Whitfield]]. It takes 2-3 business days.

Best,
Payments Team
===
Hi,

Please charge my Discover card {{DISC:dash}} for invoice INV-2024-1102. Billing zip 10001.

[[PERSON:Kimberly Adams]]
===
Hello,

My wife's name is [[PERSON:Nicole Turner]] and her cell is {{PHONE_US:00}}. Her Diners Club card {{DINERS}} expired last month; please use mine instead, ending in 0005.

[[PERSON:Andrew Turner]]
