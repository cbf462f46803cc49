# US English. Third check set (holdout3), written by another hand.
===
Hi [[PERSON:Brandon]],

Thanks for your patience. Your refund of $129.00 for order #NB-US-448120 (payment reference {LUHN:16}) has been issued to the Visa ending in 1881. Depending on your bank it can take 5-10 business days to post.

If anything else comes up, give us a call at 1-800-555-0199.

Best regards,
[[PERSON:Tiffany Nguyen]]
Customer Care, Nubeo
===
hey so i need to update my billing info

name: [[PERSON:Derek Whitfield]]
new card: {{DISC}} exp [[CREDENTIAL/CARD_EXPIRY:02/28]] cvc {{CVV}}
billing address: [[STREET_ADDRESS:2219 Oak Ridge Dr, Apt 12]], Charlotte, NC 28205
phone {{PHONE_US:dash}}

thx
===
Hi [[PERSON:Derek]],

For your security we removed the card details from this ticket (#4471203) and did not save them. Please add the new card yourself under Account > Billing in the Nubeo app; our agents can't enter card numbers for you.

Thanks,
[[PERSON:Marcus]]
===
From: [[PERSON:Jacqueline Ortiz]] <[[EMAIL_ADDRESS:jortiz.cpa@mail.example]]>
Sent: Thursday, November 7, 2024 3:18 PM
To: billing@nubeo.example
Subject: W-9 for Ortiz Bookkeeping LLC

Hello,

Your AP team asked for our W-9 details before paying invoice INV-2024-00912 ($2,450.00). Our EIN is {{US_EIN}}. Remit-to address: [[STREET_ADDRESS:88 Harbor View Rd, Suite 210]], Virginia Beach, VA 23451.

Thanks,
[[PERSON:Jackie]]
===
Chat transcript - Nubeo Support - 11/12/2024

[2:04 PM] [[PERSON:Olivia]] (Nubeo): Hi! You're chatting with [[PERSON:Olivia]]. How can I help?
[2:04 PM] Customer: I'm trying to verify my identity for the Nubeo Pay card and it keeps failing
[2:05 PM] [[PERSON:Olivia]] (Nubeo): Sorry about that. What name and date of birth did you enter?
[2:05 PM] Customer: [[PERSON:Terrence Holloway]], [[DATE_OF_BIRTH:June 3, 1990]]. SSN {{US_SSN}}
[2:06 PM] [[PERSON:Olivia]] (Nubeo): Thank you. I see the issue: the SSN on file was entered as {US_SSN:bad}, which isn't a valid number. I've reset the verification so you can try again.
[2:07 PM] Customer: ok thanks [[PERSON:olivia]]
===
YOUR APP CHARGED ME $49.99 THREE TIMES ON 10/28, 10/29 AND 10/30. I WANT ALL OF IT BACK. MY ACCOUNT IS ACC-00918273 AND MY NUMBER IS {{PHONE_US:nat}}. DO NOT SEND ME ANOTHER SURVEY.

- [[PERSON:RAYMOND KOWALSKI]]
===
Hi [[PERSON:Raymond]],

You're right, and I'm sorry. Two of those charges were duplicates caused by a billing bug in version 6.3.0 of the app. I've refunded $99.98 (refund ID RF-77120456) and credited one free month.

Regards,
[[PERSON:Priya Raman]]
Escalations Team
===
Hi support,

Our integration started failing after we rotated keys. For reference, here's what's in our config right now (I know, I know):

AWS_ACCESS_KEY_ID={{KEY_AWS}}
GITHUB_TOKEN={{KEY_GH}}
NUBEO_WEBHOOK_URL=https://hooks.nubeo.example/v2/in/8812

The service runs on [[IP_ADDRESS:198.51.100.77]] port 8443, behind a load balancer at 10.20.0.5. Request ID from the error: req_9f8e7d6c5b4a.

[[PERSON:Kenji Watanabe]]
Platform Engineer
===
Hi [[PERSON:Kenji]],

Please revoke both credentials right away, since they were shared in plain text. Also, the session token in your previous message (Authorization: Bearer [[CREDENTIAL/TOKEN:eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJhY2N0XzQ0MTIiLCJpYXQiOjE3MzEwMDAwMDB9.u3Kq9xYbV2mZ7pLrT8wNcE4sHdA1fGjQ0oXiB6eRkMs]]) should be considered exposed. Ticket #88120 stays open until you confirm.

-- [[PERSON:Hannah]], Developer Support
===
Hello,

I'm applying for the Nubeo Pay business account as a sole proprietor. I don't have an SSN yet, so here's my ITIN: {{US_ITIN}}. Passport number {{PASS_US}}, born [[DATE_OF_BIRTH:04/17/1986]]. Mailing address: [[STREET_ADDRESS:1502 W Lincoln Ave, Unit 4]], San Jose, CA 95125. Cell {{PHONE_US:e164}}.

[[PERSON:Ana Lucía Moreno]]
