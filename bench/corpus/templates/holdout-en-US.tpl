# Holdout check set, US English. Written apart from the tuning: do not tune on it.
===
Hi [[PERSON:Brittany]],

Thanks for confirming. I've updated the shipping address on order #88-41022 to [[STREET_ADDRESS:742 Evergreen Terrace]], Springfield, OR 97477.

Best regards,
[[PERSON:Derek Olsen]]
Customer Care Specialist | Nubeo Inc.
500 Market Street, Suite 400, San Francisco, CA 94105

On Tue, Jun 11, 2024 at 2:03 PM [[PERSON:Brittany Walsh]] <[[EMAIL_ADDRESS:bwalsh@example.com]]> wrote:
> Please send it to my new place, [[STREET_ADDRESS:742 Evergreen Terrace]]. My cell is {{PHONE_US:nat}} if the driver needs it.
===
Hi [[PERSON:Marcus]],

Here's what we have on file for the account:

- Account holder: [[PERSON:Marcus J. Whitfield]]
- Phone: {{PHONE_US:dash}}
- Email: [[EMAIL_ADDRESS:mj.whitfield@example.net]]
- Plan: Unlimited Plus ($65/mo)
- Member since: 04/2019

Let me know if anything needs to change.

Thanks,
[[PERSON:Priya]]
===
Hello,

I need to fix my tax info. My SSN is {{US_SSN}} and my date of birth is [[DATE_OF_BIRTH:June 3, 1982]]. The 1099 you sent shows the wrong number.

Regards,
[[PERSON:Theresa Kowalski]]
===
Hi [[PERSON:Tyler]],

Your refund of $1,284.50 for order 112-4471902-5530011 was issued today. The card ending in 4242 will show it in 3-5 business days. Reference: RF-20240612-0091.

If you have questions, call 1-800-555-0199 (Mon-Fri, 8am-6pm PT).

Nubeo Billing
===
Hey [[PERSON:Ashley]],

Heads up: the config file you attached includes live credentials.

```
AWS_ACCESS_KEY_ID={{KEY_AWS}}
DB_PASSWORD=[[CREDENTIAL/PASSWORD:pg_Adm1n!2024]]
```

Please rotate both and send us the file again without them.

Thanks,
Platform Support
===
Chat transcript — 06/12/2024

[3:41 PM] Visitor: hi my card got declined
[3:41 PM] Nubeo Bot: I'm sorry to hear that! Can you tell me the last 4 digits?
[3:42 PM] Visitor: its {{DISC}}
[3:42 PM] Agent [[PERSON:Kayla]]: Thanks! Please don't share the full number here, I've masked it in our records.
[3:43 PM] Visitor: oh sorry. zip is 30301 if that helps
===
Hi [[PERSON:Luis]],

We received your W-7 copy. For our records we only need the ITIN, which you listed as {{US_ITIN}}. Your business EIN ({{US_EIN}}) is already on the vendor profile.

Regards,
Vendor Onboarding
===
Hi [[PERSON:Nathan]],

Your voicemail has been reset. Your temporary voicemail PIN is [[CREDENTIAL/PIN:8264]]; you'll be asked to choose a new one the first time you call in.

Also, the device you used yesterday connected from [[IP_ADDRESS:2001:db8:4f1c::1a2]].

Nubeo Wireless
===
Hi [[PERSON:Olivia]],

For the international roaming add-on we need to verify your identity. You sent passport number {{PASS_US}}, issued 2019 — that's all we need. Please don't email us a photo of the passport.

Your confirmation number is 8812-0045-7731.

Thanks,
Roaming Team
