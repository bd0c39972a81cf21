"""The posk@greve.dk mails of blind set 3 (Dialogmøde om Rammeaftale 2027-2028,
registration by 17 June 2026). Each call of mail() writes one .eml and its label."""
from gen_lib import mail, P, q, b, qp, b64, ical_reply, NL

EV = "dialog2026"
UID = "040000008200E00074C5B7101A82E00800000000DEMO2026DIALOGMOEDE"
T = "Dialogmøde om Rammeaftale 2027-2028"


def outlook_reply(frm_name, frm, subj_prefix, ics, plain="", mid="", lang="da-DK", extra=""):
    return f"""Received: from EUR05-DB8-obe.outbound.protection.outlook.com (mail-db8eur05on2101.outbound.protection.outlook.com [40.107.20.101])
\tby mx.greve.dk with ESMTPS; {{DATE}}
From: {q(frm_name)} <{frm}>
To: Sekretariatet for Rammeaftale =?iso-8859-1?Q?Sj=E6lland?= <posk@greve.dk>
Subject: {q(subj_prefix + ": " + T)}
Thread-Topic: {q(T)}
Thread-Index: AdrK2xT0pQ7e3bH9QkC0mX3yZ1aR2w==
Date: {{DATE}}
Message-ID: <{mid}>
Accept-Language: {lang}, en-US
Content-Language: {lang}
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
{extra}MIME-Version: 1.0
Content-Type: multipart/alternative;
\tboundary="_000_{mid[:12]}_"

--_000_{mid[:12]}_
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64

{b64(plain)}

--_000_{mid[:12]}_
Content-Type: text/calendar; charset="utf-8"; method=REPLY
Content-Transfer-Encoding: base64

{b64(ics)}

--_000_{mid[:12]}_--
"""


def gen():
    # 001 Outlook accept, no comment, Holbæk.
    mail("imip-accepteret-holbaek-uden-kommentar", "posk", outlook_reply(
        "Lars Kjeldgaard", "lakj@holb.dk", "Accepteret",
        ical_reply("ACCEPTED", "Lars Kjeldgaard", "lakj@holb.dk", "20260603T055612Z"),
        mid="AM9PR03MB6722C1F0D5A84B2B9E2D63A4C71A2@AM9PR03MB6722.eurprd03.prod.outlook.com"),
        "rsvp", EV, "processed", True,
        [P("lakj@holb.dk", "Lars Kjeldgaard", "Holbæk Kommune", "andet", "accepted")],
        note="no comment: role unknown (andet), lunch unknown")

    # 002 Outlook accept with comment, Lejre, Windows time zone block.
    mail("imip-accepteret-lejre-handicapraad-frokost", "posk", outlook_reply(
        "Bodil Kragh", "bokr@lejre.dk", "Accepteret",
        ical_reply("ACCEPTED", "Bodil Kragh", "bokr@lejre.dk", "20260603T061140Z",
                   comment="Jeg kommer som formand for Handicaprådet i Lejre. Jeg spiser gerne med til frokost."),
        plain="Jeg kommer som formand for Handicaprådet i Lejre. Jeg spiser gerne med til frokost.\n",
        mid="DB7PR02MB4437B2D7C3E1F0A6C1D9E88AB1@DB7PR02MB4437.eurprd02.prod.outlook.com"),
        "rsvp", EV, "processed", True,
        [P("bokr@lejre.dk", "Bodil Kragh", "Lejre Kommune", "handicapraad", "accepted", True)])

    # 003 English Outlook accept, Region Sjælland, head of unit, no lunch.
    mail("imip-accepted-english-region-chef", "posk", outlook_reply(
        "Sarah Whitfield", "sawh@regionsjaelland.dk", "Accepted",
        ical_reply("ACCEPTED", '"Whitfield, Sarah"', "sawh@regionsjaelland.dk", "20260603T062233Z",
                   comment="I'll attend on behalf of Psychiatry Region Zealand, where I'm head of unit (afdelingschef). No lunch for me, thanks.",
                   summary_prefix="Accepted", lang="en-US", tz="W. Europe Standard Time"),
        plain="I'll attend on behalf of Psychiatry Region Zealand, where I'm head of unit (afdelingschef). No lunch for me, thanks.\n",
        mid="VI1PR07MB5999E3A2B2C84F7D8A0E1D2C3B4@VI1PR07MB5999.eurprd07.prod.outlook.com", lang="en-US"),
        "rsvp", EV, "processed", True,
        [P("sawh@regionsjaelland.dk", "Sarah Whitfield", "Region Sjælland", "chef", "accepted", False)],
        note="CN is quoted, \"Whitfield, Sarah\" (surname first); Windows TZ W. Europe Standard Time")

    # 004 Outlook decline, Næstved.
    mail("imip-afvist-naestved", "posk", outlook_reply(
        "Kim Ravn", "kira@naestved.dk", "Afvist",
        ical_reply("DECLINED", "Kim Ravn", "kira@naestved.dk", "20260603T063005Z",
                   comment="Desværre optaget af byrådsmøde den dag.", summary_prefix="Afvist"),
        plain="Desværre optaget af byrådsmøde den dag.\n",
        mid="PA4PR04MB7791D0C5E8A1B2C3D4E5F6A7B8@PA4PR04MB7791.eurprd04.prod.outlook.com"),
        "rsvp", EV, "processed", True,
        [P("kira@naestved.dk", "Kim Ravn", "Næstved Kommune", "andet", "declined")])

    # 005 Outlook accept, Sorø, children's committee; DTSTAMP later than 027's tentative.
    mail("imip-accepteret-soroe-boerneudvalg", "posk", outlook_reply(
        "Jesper Holt", "jeho@soroe.dk", "Accepteret",
        ical_reply("ACCEPTED", "Jesper Holt", "jeho@soroe.dk", "20260603T064500Z",
                   comment="Deltager som medlem af Børne- og Ungeudvalget."),
        plain="Deltager som medlem af Børne- og Ungeudvalget.\n",
        mid="AS8PR05MB8123A9B8C7D6E5F4A3B2C1D0E9@AS8PR05MB8123.eurprd05.prod.outlook.com"),
        "rsvp", EV, "processed", True,
        [P("jeho@soroe.dk", "Jesper Holt", "Sorø Kommune", "politiker_boern", "accepted")])

    # 006 Outlook accept, Vordingborg udsatteråd (cancels in free text later).
    mail("imip-accepteret-vordingborg-udsatteraad", "posk", outlook_reply(
        "Poul Erik Brandt", "pobr@vordingborg.dk", "Accepteret",
        ical_reply("ACCEPTED", "Poul Erik Brandt", "pobr@vordingborg.dk", "20260603T065310Z",
                   comment="Jeg deltager for Udsatterådet i Vordingborg. Frokost: ja tak."),
        plain="Jeg deltager for Udsatterådet i Vordingborg. Frokost: ja tak.\n",
        mid="GV1PR10MB6231B4C3D2E1F0A9B8C7D6E5F4@GV1PR10MB6231.EURPRD10.PROD.OUTLOOK.COM"),
        "rsvp", EV, "processed", True,
        [P("pobr@vordingborg.dk", "Poul Erik Brandt", "Vordingborg Kommune", "udsatteraad", "accepted", True)])

    # 007 "Accepteret:" subject, no calendar part at all (Outlook on the web forwarded by a gateway).
    mail("accepteret-uden-kalenderdel-stevns", "posk", f"""From: Inge Lund <inlu@stevns.dk>
To: <posk@greve.dk>
Subject: {q("Accepteret: " + T)}
Date: {{DATE}}
Message-ID: <0f1e2d3c4b5a@stevns.dk>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Inge Lund
Teamleder, Myndighed Voksne
Stevns Kommune
Tlf. 56 57 57 57
""", "rsvp", EV, "review", True, [],
        note="meeting-response subject with no calendar part: review rather than guess; an attempted response, so acknowledged")

    # 008 Google Calendar accept from a private Gmail address; nothing says which municipality.
    gics = """BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REPLY
BEGIN:VEVENT
DTSTART:20260625T070000Z
DTEND:20260625T110000Z
DTSTAMP:20260603T070114Z
ORGANIZER;CN=Sekretariatet for Rammeaftale Sjælland:mailto:posk@greve.dk
UID:%s
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Poul Ravn;X-NUM-GUESTS=0:mailto:poulravn1952@gmail.com
CREATED:20260520T080000Z
LAST-MODIFIED:20260603T070114Z
LOCATION:Ringsted Kongrescenter
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Dialogmøde om Rammeaftale 2027-2028
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""" % UID
    from gen_lib import fold
    mail("google-accepted-gmail-ukendt-kommune", "posk", f"""MIME-Version: 1.0
Date: {{DATE}}
Reply-To: Poul Ravn <poulravn1952@gmail.com>
Sender: Google Calendar <calendar-notification@google.com>
Message-ID: <calendar-6a1f0c1e-8b2d-4c77-9d3e-2f7a1b9c0d11@google.com>
Subject: {q("Accepted: " + T + " @ Thu 25 Jun 2026 09:00 - 13:00 (CEST) (posk@greve.dk)")}
From: Poul Ravn <poulravn1952@gmail.com>
To: posk@greve.dk
Content-Type: multipart/mixed; boundary="000000000000a1b2c3d4e5f60718"

--000000000000a1b2c3d4e5f60718
Content-Type: multipart/alternative; boundary="000000000000a1b2c3d4e5f60717"

--000000000000a1b2c3d4e5f60717
Content-Type: text/plain; charset="UTF-8"; format=flowed; delsp=yes
Content-Transfer-Encoding: base64

{b64("Poul Ravn has accepted this invitation." + NL + "" + NL + "" + T + "" + NL + "Thursday 25 Jun 2026 09:00 - 13:00 (Central European Time - Copenhagen)" + NL + "" + NL + "Invitation from Google Calendar" + NL + "")}
--000000000000a1b2c3d4e5f60717
Content-Type: text/calendar; charset="UTF-8"; method=REPLY
Content-Transfer-Encoding: 7bit

{fold(gics)}
--000000000000a1b2c3d4e5f60717--

--000000000000a1b2c3d4e5f60718
Content-Type: application/ics; name="invite.ics"
Content-Disposition: attachment; filename="invite.ics"
Content-Transfer-Encoding: base64

{b64(fold(gics))}
--000000000000a1b2c3d4e5f60718--
""", "rsvp", EV, "processed", True,
        [P("poulravn1952@gmail.com", "Poul Ravn", "", "andet", "accepted")],
        note="private address, no comment: municipality unknown")

    # 009 67-year-old DH representative, lowercase, iPad.
    mail("ipad-dh-repraesentant-odsherred-gluten", "posk", f"""From: gudrun =?utf-8?q?m=C3=B8ller?= <gudrun.moeller47@gmail.com>
Content-Type: text/plain;
\tcharset=utf-8
Content-Transfer-Encoding: quoted-printable
Mime-Version: 1.0 (1.0)
Date: {{DATE}}
Subject: =?utf-8?Q?dialogm=C3=B8de?=
Message-Id: <5C0F7E2A-91B3-4D8E-A6F1-0B2C3D4E5F60@gmail.com>
To: posk@greve.dk
X-Mailer: iPad Mail (21F90)

{qp("hej" + NL + "" + NL + "jeg vil gerne komme til dialogmødet den 25 juni i ringsted. jeg er dh's repræsentant i handicaprådet i odsherred kommune. jeg spiser gerne med men jeg tåler ikke gluten" + NL + "" + NL + "mvh gudrun møller" + NL + "" + NL + "Sendt fra min iPad")}""",
        "registration", EV, "processed", True,
        [P("gudrun.moeller47@gmail.com", "Gudrun Møller", "Odsherred Kommune", "handicapraad", "accepted", True)],
        crlf=False)

    # 010 Municipal koordinator pasting an Excel table (tab-separated).
    body = ("Til sekretariatet\n\nHermed Kalundborg Kommunes tilmeldinger til dialogmødet 25/6 (kopieret fra vores oversigt):\n\n"
            "Navn\tTitel\tMail\tFrokost\n"
            "Mette Bang\tFormand, Social- og Seniorudvalget\tmeba@kalundborg.dk\tJa\n"
            "Troels Vinding\tMedlem, Børne- og Familieudvalget\ttrvi@kalundborg.dk\tJa\n"
            "Hanne Lykke\tDirektør, Social og Sundhed\thaly@kalundborg.dk\tNej\n"
            "Ib Kastrup\tHandicaprådet\t\tJa\n\n"
            "Ib har ikke kommunal mail, kontakt evt. via mig.\n\n"
            "Med venlig hilsen\n\nRikke Sønderby\nKoordinator\nSekretariatet for Social og Sundhed\nKalundborg Kommune\nDirekte: 59 53 44 00\n")
    mail("koordinator-excel-tabel-kalundborg", "posk", f"""From: =?iso-8859-1?Q?Rikke_S=F8nderby?= <rison@kalundborg.dk>
To: "posk@greve.dk" <posk@greve.dk>
Subject: Tilmelding til dialogmode 25. juni - Kalundborg
Thread-Topic: Tilmelding til dialogmode 25. juni - Kalundborg
Date: {{DATE}}
Message-ID: <AM0PR01MB5474A0B1C2D3E4F5@AM0PR01MB5474.eurprd01.prod.exchangelabs.com>
Content-Language: da-DK
MIME-Version: 1.0
Content-Type: text/plain; charset="iso-8859-1"
Content-Transfer-Encoding: quoted-printable

{qp(body, "iso-8859-1")}""", "registration", EV, "processed", True, [
        P("meba@kalundborg.dk", "Mette Bang", "Kalundborg Kommune", "politiker_voksen", "accepted", True),
        P("trvi@kalundborg.dk", "Troels Vinding", "Kalundborg Kommune", "politiker_boern", "accepted", True),
        P("haly@kalundborg.dk", "Hanne Lykke", "Kalundborg Kommune", "direktoer", "accepted", False),
        P("", "Ib Kastrup", "Kalundborg Kommune", "handicapraad", "accepted", True)],
        note="coordinator is not a participant; subject misspells dialogmøde")

    # 011 Regional consultant, formal Danish, long sentences.
    body = ("Kære sekretariat for Rammeaftale Sjælland\n\n"
            "Under henvisning til Deres invitation af 20. maj 2026 til dialogmødet om Rammeaftale 2027-2028, som afholdes den 25. juni 2026 i Ringsted Kongrescenter, "
            "skal jeg hermed tillade mig at tilmelde mig mødet på vegne af Region Sjællands Koncern Social, idet jeg i min egenskab af specialkonsulent har været involveret i "
            "udarbejdelsen af regionens bidrag til udviklingsstrategien og derfor finder det væsentligt at være til stede under drøftelserne af de fremtidige udviklingsområder.\n\n"
            "Jeg skal i den forbindelse oplyse, at jeg gerne deltager i den efterfølgende frokost, og at jeg ikke har særlige ønsker til kosten.\n\n"
            "Såfremt sekretariatet måtte have behov for yderligere oplysninger, står jeg naturligvis til rådighed.\n\n"
            "Med venlig hilsen\n\nJens Peter Aagaard\nSpecialkonsulent, cand.scient.pol.\nKoncern Social\nRegion Sjælland\nAlleen 15, 4180 Sorø\nMobil 2xxx 41 17\n")
    mail("regionskonsulent-formel-lange-saetninger", "posk", f"""From: Jens Peter Aagaard <jpaa@regionsjaelland.dk>
To: posk@greve.dk
Subject: {q("Tilmelding til dialogmøde den 25. juni 2026")}
Date: {{DATE}}
Message-ID: <e7d6c5b4a3f2.jpaa@regionsjaelland.dk>
MIME-Version: 1.0
Content-Type: text/plain; charset="windows-1252"
Content-Transfer-Encoding: quoted-printable

{qp(body, "windows-1252")}""", "registration", EV, "processed", True,
        [P("jpaa@regionsjaelland.dk", "Jens Peter Aagaard", "Region Sjælland", "andet", "accepted", True)])

    # 012 Politician's secretary writing in the third person.
    body = ("Kære sekretariat\n\nPå vegne af formanden for Social- og Sundhedsudvalget i Guldborgsund Kommune, Simon Hansen, skal jeg hermed tilmelde ham til dialogmødet den 25. juni.\n\n"
            "Simon Hansen ønsker at deltage i frokosten. Hans mailadresse er siha@guldborgsund.dk, hvis I skal sende materiale direkte til ham.\n\n"
            "Venlig hilsen\n\nBirthe Holm\nPolitisk sekretær\nBorgmestersekretariatet\nGuldborgsund Kommune\nParkvej 37, 4800 Nykøbing F.\nTlf. 54 73 10 00\n")
    mail("sekretaer-tredje-person-guldborgsund", "posk", f"""From: Birthe Holm <biho@guldborgsund.dk>
To: posk@greve.dk
Subject: {q("Tilmelding – Simon Hansen – dialogmøde")}
Date: {{DATE}}
Message-ID: <20260603082715.ABC123@guldborgsund.dk>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(body)}""", "registration", EV, "processed", True,
        [P("siha@guldborgsund.dk", "Simon Hansen", "Guldborgsund Kommune", "politiker_voksen", "accepted", True)],
        note="the secretary is not a participant")

    # 013 Greenlandic-named delegate, Roskilde udsatteråd, Cc a colleague.
    body = ("Hej\n\nJeg tilmelder mig hermed dialogmødet som repræsentant for Udsatterådet i Roskilde. Jeg spiser med.\n\n"
            "Hilsen\nNivi Kleist Petersen\nUdsatterådet, Roskilde Kommune\n")
    mail("groenlandsk-navn-roskilde-udsatteraad-cc", "posk", f"""From: Nivi Kleist Petersen <nikp@roskilde.dk>
To: posk@greve.dk
Cc: Tobias Kirk <tobki@roskilde.dk>
Subject: {q("Tilmelding dialogmøde")}
Date: {{DATE}}
Message-ID: <a91b2c3d.nikp@roskilde.dk>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

{body}""", "registration", EV, "processed", True,
        [P("nikp@roskilde.dk", "Nivi Kleist Petersen", "Roskilde Kommune", "udsatteraad", "accepted", True)])

    # 014 Reply-all "+1 jeg kommer også" from the colleague; the quote is Nivi's.
    mail("reply-all-plus-en-roskilde", "posk", f"""From: Tobias Kirk <tobki@roskilde.dk>
To: Nivi Kleist Petersen <nikp@roskilde.dk>, "posk@greve.dk" <posk@greve.dk>
Subject: {q("SV: Tilmelding dialogmøde")}
Date: {{DATE}}
Message-ID: <b82c3d4e.tobki@roskilde.dk>
In-Reply-To: <a91b2c3d.nikp@roskilde.dk>
References: <a91b2c3d.nikp@roskilde.dk>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp('''+1 jeg kommer også

Tobias Kirk
Udviklingskonsulent
Social, Sundhed og Omsorg
Roskilde Kommune
Tlf. 46 31 30 00

Fra: Nivi Kleist Petersen <nikp@roskilde.dk>
Sendt: 3. juni 2026 09:06
Til: posk@greve.dk
Cc: Tobias Kirk <tobki@roskilde.dk>
Emne: Tilmelding dialogmøde

Hej

Jeg tilmelder mig hermed dialogmødet som repræsentant for Udsatterådet i Roskilde. Jeg spiser med.

Hilsen
Nivi Kleist Petersen
Udsatterådet, Roskilde Kommune
''')}""", "registration", EV, "processed", True,
        [P("tobki@roskilde.dk", "Tobias Kirk", "Roskilde Kommune", "andet", "accepted")],
        note="role and lunch of the quoted writer are not his")

    # 015 Faroese-named delegate, Ringsted politician, Thunderbird.
    mail("faeroesk-navn-ringsted-politiker", "posk", f"""Message-ID: <3f0d9a2e-6c1b-4f8a-b2d7-9e0c1a2b3c4d@ringsted.dk>
Date: {{DATE}}
MIME-Version: 1.0
User-Agent: Mozilla Thunderbird
Content-Language: da
To: posk@greve.dk
From: =?UTF-8?B?SGXDsGluIEpvZW5zZW4=?= <hejo@ringsted.dk>
Subject: =?UTF-8?Q?Dialogm=C3=B8de_25=2E_juni?=
Content-Type: text/plain; charset=UTF-8; format=flowed
Content-Transfer-Encoding: 8bit

Goddag

Jeg vil gerne deltage i dialogmødet. Jeg er medlem af Social- og 
Sundhedsudvalget i Ringsted Kommune (byrådsmedlem siden 2022). Jeg 
deltager gerne i frokosten.

Venlig hilsen
Heðin Joensen
""", "registration", EV, "processed", True,
        [P("hejo@ringsted.dk", "Heðin Joensen", "Ringsted Kommune", "politiker_voksen", "accepted", True)],
        crlf=False)

    # 016 English-speaking staff, Køge, head of department, vegetarian.
    mail("english-sign-up-koege-head-of-department", "posk", f"""From: Daniel Price <dapr@koege.dk>
To: posk@greve.dk
Subject: Sign-up: dialogue meeting 25 June
Date: {{DATE}}
Message-ID: <CAF4r9Lz7xq0pW2mN3bV5cX8dE1fG6hJ9kL0@mail.koege.dk>
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="0000000000005e8f2a0614b3c2d1"

--0000000000005e8f2a0614b3c2d1
Content-Type: text/plain; charset="UTF-8"

Dear secretariat,

I would like to sign up for the dialogue meeting on the framework agreement
(Rammeaftale 2027-2028) on 25 June in Ringsted. I am Head of Department for
Adult Disability Services (afdelingschef) at Køge Municipality.

I will stay for lunch - vegetarian, please.

Best regards,
Daniel Price
Head of Department, Adult Disability Services
Køge Kommune

--0000000000005e8f2a0614b3c2d1
Content-Type: text/html; charset="UTF-8"

<div dir="ltr">Dear secretariat,<br><br>I would like to sign up for the dialogue meeting on the framework agreement (Rammeaftale 2027-2028) on 25 June in Ringsted. I am Head of Department for Adult Disability Services (afdelingschef) at Køge Municipality.<br><br>I will stay for lunch - vegetarian, please.<br><br>Best regards,<br>Daniel Price<br>Head of Department, Adult Disability Services<br>Køge Kommune</div>

--0000000000005e8f2a0614b3c2d1--
""", "registration", EV, "processed", True,
        [P("dapr@koege.dk", "Daniel Price", "Køge Kommune", "chef", "accepted", True)],
        note="8-bit UTF-8 without a CTE header (Køge)")

    # 017 Answers typed inline into the quoted invitation's form.
    mail("svar-inline-i-citeret-invitation-faxe", "posk", f"""From: Jens Olsen <jeol@faxekommune.dk>
To: Sekretariatet <posk@greve.dk>
Subject: {q("SV: Invitation til dialogmøde om Rammeaftale 2027-2028")}
Date: {{DATE}}
Message-ID: <f3e4d5c6.jeol@faxekommune.dk>
In-Reply-To: <invitation-2026-05-20@greve.dk>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp('''Svar nedenfor.

/Jens

> Fra: Sekretariatet for Rammeaftale Sjælland <posk@greve.dk>
> Sendt: 20. maj 2026 09:00
> Emne: Invitation til dialogmøde om Rammeaftale 2027-2028
>
> Kære alle
>
> KKR Sjælland inviterer til dialogmøde den 25. juni 2026 kl. 9-13 i
> Ringsted Kongrescenter. Hver kommune kan sende 2 repræsentanter fra
> handicaprådet, 2 fra udsatterådet samt 2 politikere fra hhv. voksen- og
> børneudvalget.
>
> Tilmelding senest 17. juni ved at besvare denne mail med:
>
> Navn: Jens Olsen
> Kommune: Faxe
> Rolle (fx handicapråd, udsatteråd, udvalg, direktør): Udsatterådet
> Frokost (ja/nej): ja
>
> Med venlig hilsen
> Sekretariatet
''')}""", "registration", EV, "processed", True,
        [P("jeol@faxekommune.dk", "Jens Olsen", "Faxe Kommune", "udsatteraad", "accepted", True)],
        note="the answers are inside the quote, the only place they are")

    # 018 Filled-in form, double-barrelled name, director, no lunch.
    mail("udfyldt-formular-solroed-direktoer", "posk", f"""From: "Anne-Mette Due Nielsen" <amdn@solrod.dk>
To: <posk@greve.dk>
Subject: Tilmelding
Date: {{DATE}}
Message-ID: <000801dab4e2$5f1a2b30$1d4e8190$@solrod.dk>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable
X-Mailer: Microsoft Outlook 16.0

{qp('''Navn: Anne-Mette Due Nielsen
Kommune: Solrød
Rolle: Kommunaldirektør
Frokost: nej

Anne-Mette Due Nielsen
Kommunaldirektør
Solrød Kommune
''')}""", "registration", EV, "processed", True,
        [P("amdn@solrod.dk", "Anne-Mette Due Nielsen", "Solrød Kommune", "direktoer", "accepted", False)])

    # 019 Numbered list with roles in brackets, lunch by exception.
    mail("nummereret-liste-slagelse-frokost-undtagen", "posk", f"""From: Charlotte Vind <chvi@slagelse.dk>
To: posk@greve.dk
Subject: Deltagere fra Slagelse
Date: {{DATE}}
Message-ID: <CH0PR11MB5380E1F2A3B4C5D6@CH0PR11MB5380.namprd11.prod.outlook.com>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64

{b64('''Hej

Fra Slagelse Kommune kommer disse fire til dialogmødet 25. juni:

1. Karsten Ulrik Lund (Handicaprådet)
2. Gitte Fogh (Handicaprådet)
3. Peder Ravnsholt (Udsatterådet)
4. Lene Bisgaard (formand, Børne- og Ungeudvalget)

Alle spiser med undtagen Peder.

Vh Charlotte Vind
Sekretær, Social og Arbejdsmarked
Slagelse Kommune
''')}""", "registration", EV, "processed", True, [
        P("", "Karsten Ulrik Lund", "Slagelse Kommune", "handicapraad", "accepted", True),
        P("", "Gitte Fogh", "Slagelse Kommune", "handicapraad", "accepted", True),
        P("", "Peder Ravnsholt", "Slagelse Kommune", "udsatteraad", "accepted", False),
        P("", "Lene Bisgaard", "Slagelse Kommune", "politiker_boern", "accepted", True)])

    # 020 ALL CAPS, surname first.
    mail("versaler-efternavn-foerst-lolland", "posk", f"""From: Vibeke Ahlmann <viah@lolland.dk>
To: posk@greve.dk
Subject: TILMELDING LOLLAND KOMMUNE
Date: {{DATE}}
Message-ID: <LO2P265MB4512A7B6C5D4E3F2@LO2P265MB4512.GBRP265.PROD.OUTLOOK.COM>
MIME-Version: 1.0
Content-Type: text/plain; charset="iso-8859-1"
Content-Transfer-Encoding: quoted-printable

{qp('''Til dialogmødet den 25. juni tilmeldes fra Lolland Kommune:

HANSEN, BIRGIT - Handicaprådet - frokost
MADSEN, ERIK - Udsatterådet - ingen frokost

Venlig hilsen
Vibeke Ahlmann
Administrativ medarbejder
Lolland Kommune
''', "iso-8859-1")}""", "registration", EV, "processed", True, [
        P("", "Birgit Hansen", "Lolland Kommune", "handicapraad", "accepted", True),
        P("", "Erik Madsen", "Lolland Kommune", "udsatteraad", "accepted", False)],
        note="names written 'SURNAME, FIRST' in capitals; a secretary writes Birgit Hansen")

    # 021 A leader registering a colleague and Cc'ing her.
    mail("registrerer-kollega-med-cc-ringsted", "posk", f"""From: Ole Vestergaard <olve@ringsted.dk>
To: posk@greve.dk
Cc: Maja Lind <maja.lind@ringsted.dk>
Subject: {q("Tilmelding til dialogmøde: Maja Lind")}
Date: {{DATE}}
Message-ID: <DU2PR09MB5521C0D1E2F3A4B5@DU2PR09MB5521.eurprd09.prod.outlook.com>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

{qp('''Hej

Jeg kan ikke selv komme, men vil gerne tilmelde vores chef for Voksenhandicap, Maja Lind (cc), til dialogmødet den 25. juni.

Mvh
Ole Vestergaard
Direktør, Social og Sundhed
Ringsted Kommune
''')}""", "registration", EV, "processed", True,
        [P("maja.lind@ringsted.dk", "Maja Lind", "Ringsted Kommune", "chef", "accepted")],
        note="the writer is not registered (he does not come, and never registered); Maja's lunch unknown")

    # 022 Signature with phones and a long disclaimer.
    mail("signatur-og-disclaimer-koege-udsatteraad", "posk", f"""From: Lone Friis Mikkelsen <lofm@koege.dk>
To: "posk@greve.dk" <posk@greve.dk>
Subject: {q("Tilmelding, dialogmøde 25.6.")}
Date: {{DATE}}
Message-ID: <DB8PR06MB6297D1E2F3A4B5C6@DB8PR06MB6297.eurprd06.prod.outlook.com>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

{qp('''Kære sekretariat

Jeg vil gerne tilmelde mig dialogmødet. Jeg er næstformand i Køge Kommunes Udsatteråd og deltager også i frokosten.

Med venlig hilsen

Lone Friis Mikkelsen
Næstformand, Udsatterådet
Køge Kommune
Torvet 1, 4600 Køge
Tlf.: 56 67 67 67 | Mobil: 24 61 33 08
www.koege.dk

[Køge Kommune - sammen skaber vi det gode liv]

FORTROLIGHED: Denne e-mail og eventuelle vedhæftede filer er fortrolige og kan indeholde personfølsomme oplysninger. Hvis du ikke er den rette modtager, bedes du straks give afsender besked og slette e-mailen. Send aldrig personfølsomme oplysninger til os med almindelig e-mail – brug Digital Post. Læs om, hvordan Køge Kommune behandler personoplysninger på www.koege.dk/persondata.
''')}""", "registration", EV, "processed", True,
        [P("lofm@koege.dk", "Lone Friis Mikkelsen", "Køge Kommune", "udsatteraad", "accepted", True)])

    # 023 Outlook for Android, very short.
    mail("outlook-android-kort-vordingborg-chef", "posk", f"""From: Per Sloth <pesl@vordingborg.dk>
To: "posk@greve.dk" <posk@greve.dk>
Subject: {q("Re: Invitation til dialogmøde om Rammeaftale 2027-2028")}
Date: {{DATE}}
Message-ID: <AM6PR0202MB3447F2A3B4C5D6E7@AM6PR0202MB3447.eurprd02.prod.outlook.com>
MIME-Version: 1.0
Content-Type: text/plain; charset="us-ascii"
Content-Transfer-Encoding: quoted-printable

Tilmelder mig hermed. Mvh Per Sloth, socialchef, Vordingborg Kommune

Sendt fra Outlook til Android
________________________________
From: Sekretariatet for Rammeaftale Sjaelland <posk@greve.dk>
Sent: Wednesday, May 20, 2026 9:00:12 AM
To: Per Sloth <pesl@vordingborg.dk>
Subject: Invitation til dialogmode om Rammeaftale 2027-2028

Kaere alle

KKR Sjaelland inviterer til dialogmode den 25. juni 2026 kl. 9-13 i Ringsted Kongrescenter.
Tilmelding senest 17. juni.
""", "registration", EV, "processed", True,
        [P("pesl@vordingborg.dk", "Per Sloth", "Vordingborg Kommune", "chef", "accepted")])

    # 024 HTML-only Outlook, windows-1252 QP, MsoNormal and <o:p>; Greve is our own domain but not us.
    html = '''<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
/* Font Definitions */
@font-face
\t{font-family:"Cambria Math";
\tpanose-1:2 4 5 3 5 4 6 3 2 4;}
@font-face
\t{font-family:Calibri;
\tpanose-1:2 15 5 2 2 2 4 3 2 4;}
/* Style Definitions */
p.MsoNormal, li.MsoNormal, div.MsoNormal
\t{margin:0cm;
\tfont-size:11.0pt;
\tfont-family:"Calibri",sans-serif;
\tmso-fareast-language:EN-US;}
span.EmailStyle17
\t{mso-style-type:personal-compose;
\tfont-family:"Calibri",sans-serif;
\tcolor:windowtext;}
.MsoChpDefault
\t{mso-style-type:export-only;
\tfont-family:"Calibri",sans-serif;
\tmso-fareast-language:EN-US;}
@page WordSection1
\t{size:612.0pt 792.0pt;
\tmargin:3.0cm 2.0cm 3.0cm 2.0cm;}
div.WordSection1
\t{page:WordSection1;}
--></style><!--[if gte mso 9]><xml>
<o:shapedefaults v:ext="edit" spidmax="1026" />
</xml><![endif]-->
</head>
<body lang="DA" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">
<div class="WordSection1">
<p class="MsoNormal">Hej<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Jeg vil gerne deltage i dialogm&oslash;det den 25. juni. Jeg er centerchef i Center for Social &amp; Sundhed her i Greve Kommune.<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Jeg deltager ogs&aring; i frokosten.<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Venlig hilsen<o:p></o:p></p>
<p class="MsoNormal"><b>Lise Fabricius<o:p></o:p></b></p>
<p class="MsoNormal"><span style="font-size:9.0pt;color:#595959">Centerchef | Center for Social &amp; Sundhed<o:p></o:p></span></p>
<p class="MsoNormal"><span style="font-size:9.0pt;color:#595959">Greve Kommune | Rådhusholmen 10 | 2670 Greve<o:p></o:p></span></p>
<p class="MsoNormal"><span style="font-size:9.0pt;color:#595959">Tlf. 43 97 97 97<o:p></o:p></span></p>
</div>
</body>
</html>
'''
    mail("html-only-outlook-cp1252-greve-centerchef", "posk", f"""From: Lise Fabricius <lifa@greve.dk>
To: Postkasse Rammeaftale <posk@greve.dk>
Subject: {q("Deltagelse i dialogmøde", "windows-1252")}
Thread-Topic: =?windows-1252?Q?Deltagelse_i_dialogm=F8de?=
Thread-Index: AdrK4R2b3c4d5e6f7a8b9c0d1e2f3a==
Date: {{DATE}}
Message-ID: <7f8e9d0c1b2a4f3e8d7c6b5a49382716@EXCH01.greve.local>
Accept-Language: da-DK, en-US
Content-Language: da-DK
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
MIME-Version: 1.0
Content-Type: text/html; charset="windows-1252"
Content-Transfer-Encoding: quoted-printable

{qp(html.replace("Rådhusholmen", "R&aring;dhusholmen"), "windows-1252")}""", "registration", EV, "processed", True,
        [P("lifa@greve.dk", "Lise Fabricius", "Greve Kommune", "chef", "accepted", True)])

    # 025 ISO-8859-1 raw 8-bit (Thunderbird on an old setup).
    mail("latin1-8bit-stevns-udsatteraad-ingen-frokost", "posk", """Message-ID: <5A3B2C1D.6070809@stevns.dk>
Date: {DATE}
From: Frede Kromann <frkr@stevns.dk>
User-Agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:115.0) Gecko/20100101 Thunderbird/115.11.0
MIME-Version: 1.0
To: posk@greve.dk
Subject: =?ISO-8859-1?Q?Tilmelding_til_dialogm=F8de?=
Content-Type: text/plain; charset=ISO-8859-1
Content-Transfer-Encoding: 8bit

Hej sekretariatet

Jeg vil gerne tilmelde mig dialogmødet den 25. juni. Jeg sidder i
Udsatterådet i Stevns Kommune. Jeg ønsker ikke frokost, da jeg skal
videre til et andet møde.

Med venlig hilsen
Frede Kromann
""", "registration", EV, "processed", True,
        [P("frkr@stevns.dk", "Frede Kromann", "Stevns Kommune", "udsatteraad", "accepted", False)],
        crlf=False, charset="iso-8859-1")

    # 026 base64 UTF-8 from an iPhone: two people, one without an address.
    mail("iphone-base64-naestved-to-personer", "posk", f"""From: =?utf-8?Q?Ulla_=C3=98rsted?= <ulor@naestved.dk>
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64
Mime-Version: 1.0 (1.0)
Subject: =?utf-8?Q?Dialogm=C3=B8de?=
Date: {{DATE}}
Message-Id: <8D1C2B3A-4E5F-4A6B-9C7D-1E2F3A4B5C6D@naestved.dk>
To: posk@greve.dk
X-Mailer: iPhone Mail (21F90)

{b64("Hej. Søren Bæk og jeg (Ulla Ørsted) fra Handicaprådet i Næstved kommer begge to. Vi spiser begge med." + NL + "" + NL + "Vh Ulla" + NL + "" + NL + "Sendt fra min iPhone")}""",
        "registration", EV, "processed", True, [
            P("ulor@naestved.dk", "Ulla Ørsted", "Næstved Kommune", "handicapraad", "accepted", True),
            P("", "Søren Bæk", "Næstved Kommune", "handicapraad", "accepted", True)],
        crlf=False)

    # 027 Outlook TENTATIVE with an EARLIER DTSTAMP than 005's accept, arriving later: accept stands.
    mail("imip-foreloebig-soroe-aeldre-dtstamp-ankommer-sent", "posk", outlook_reply(
        "Jesper Holt", "jeho@soroe.dk", "Foreløbig",
        ical_reply("TENTATIVE", "Jesper Holt", "jeho@soroe.dk", "20260603T043000Z",
                   comment="Afhænger af et udvalgsmøde.", summary_prefix="Foreløbig"),
        plain="Afhænger af et udvalgsmøde.\n",
        mid="AS8PR05MB8123F0E1D2C3B4A5968778695A@AS8PR05MB8123.eurprd05.prod.outlook.com"),
        "rsvp", EV, "processed", True,
        [P("jeho@soroe.dk", "Jesper Holt", "Sorø Kommune", "politiker_boern", "accepted")],
        note="same SEQUENCE, older DTSTAMP than 005 (delayed in transit): the acceptance stays")

    # 028 afbud for someone who never registered, written by a colleague.
    mail("afbud-ikke-tilmeldt-lejre", "posk", f"""From: Annette Skov <annsk@lejre.dk>
To: posk@greve.dk
Subject: Afbud
Date: {{DATE}}
Message-ID: <DBBPR03MB7021E3F4A5B6C7D8@DBBPR03MB7021.eurprd03.prod.outlook.com>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

{qp('''Hej

Kurt Vange fra Lejre Kommune kan desværre ikke deltage i dialogmødet den 25. juni. Afbud hermed.

Mvh
Annette Skov
Sekretariatet, Lejre Kommune
''')}""", "cancellation", EV, "processed", True,
        [P("", "Kurt Vange", "Lejre Kommune", "andet", "cancelled")],
        note="Kurt never registered: recorded cancelled")

    # 029 free-text afbud after an Outlook acceptance (006).
    mail("afbud-efter-imip-vordingborg", "posk", f"""From: Poul Erik Brandt <pobr@vordingborg.dk>
To: posk@greve.dk
Subject: {q("SV: Accepteret: Dialogmøde om Rammeaftale 2027-2028")}
Date: {{DATE}}
Message-ID: <GV1PR10MB6231A0B1C2D3E4F5A6B7C8D9E0@GV1PR10MB6231.EURPRD10.PROD.OUTLOOK.COM>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

{qp('''Jeg må desværre melde afbud alligevel – der er kommet sygdom i familien.

Poul Erik Brandt
Udsatterådet, Vordingborg Kommune
''')}""", "cancellation", EV, "processed", True,
        [P("pobr@vordingborg.dk", "Poul Erik Brandt", "Vordingborg Kommune", "udsatteraad", "cancelled")])

    # 030 substitution from the Kalundborg coordinator.
    mail("udskiftning-kalundborg", "posk", f"""From: =?iso-8859-1?Q?Rikke_S=F8nderby?= <rison@kalundborg.dk>
To: "posk@greve.dk" <posk@greve.dk>
Subject: =?iso-8859-1?Q?=C6ndring_i_tilmelding_-_Kalundborg?=
Date: {{DATE}}
Message-ID: <AM0PR01MB5474F9E8D7C6B5A4@AM0PR01MB5474.eurprd01.prod.exchangelabs.com>
MIME-Version: 1.0
Content-Type: text/plain; charset="iso-8859-1"
Content-Transfer-Encoding: quoted-printable

{qp('''Hej igen

Mette Bang er blevet forhindret. I stedet for Mette kommer Per Kjær (pekj@kalundborg.dk), der også sidder i Social- og Seniorudvalget. Per spiser med til frokost.

De øvrige fra Kalundborg kommer som planlagt.

Med venlig hilsen
Rikke Sønderby
Koordinator, Kalundborg Kommune
''', "iso-8859-1")}""", "registration", EV, "processed", True, [
        P("meba@kalundborg.dk", "Mette Bang", "Kalundborg Kommune", "politiker_voksen", "cancelled"),
        P("pekj@kalundborg.dk", "Per Kjær", "Kalundborg Kommune", "politiker_voksen", "accepted", True)])

    # 031 lunch update from the Outlook accepter of 001.
    mail("frokost-opdatering-holbaek", "posk", f"""From: Lars Kjeldgaard <lakj@holb.dk>
To: posk@greve.dk
Subject: {q("Frokost 25. juni")}
Date: {{DATE}}
Message-ID: <AM9PR03MB67229A8B7C6D5E4F@AM9PR03MB6722.eurprd03.prod.outlook.com>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

{qp('''Hej

Jeg accepterede mødeindkaldelsen til dialogmødet i sidste uge, men glemte at skrive, at jeg gerne vil have frokost.

Venlig hilsen
Lars Kjeldgaard
Afdelingsleder, Holbæk Kommune
''')}""", "registration", EV, "processed", True,
        [P("lakj@holb.dk", "Lars Kjeldgaard", "Holbæk Kommune", "andet", "accepted", True)],
        note="lunch update for a person on record; 'afdelingsleder' could also be read as chef — label keeps andet from the rsvp")

    # 032 the chair cannot come, the vice-chair comes instead (private address).
    mail("formand-kan-ikke-naestformand-kommer-naestved", "posk", f"""From: Lis Winther <liwi@naestved.dk>
To: posk@greve.dk
Subject: {q("Dialogmøde – Udsatterådet Næstved")}
Date: {{DATE}}
Message-ID: <0a1b2c3d4e5f.liwi@naestved.dk>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp('''Kære sekretariat

Som formand for Udsatterådet i Næstved kan jeg desværre ikke deltage den 25. juni. Vores næstformand Hans Jessen deltager i stedet. Hans mail er hansjessen@live.dk.

Venlig hilsen
Lis Winther
''')}""", "registration", EV, "processed", True, [
        P("liwi@naestved.dk", "Lis Winther", "Næstved Kommune", "udsatteraad", "cancelled"),
        P("hansjessen@live.dk", "Hans Jessen", "Næstved Kommune", "udsatteraad", "accepted")],
        note="substitution without a prior registration; the writer is recorded as cancelled")

    # 033 English cancellation by 016.
    mail("english-cancellation-koege", "posk", f"""From: Daniel Price <dapr@koege.dk>
To: posk@greve.dk
Subject: Re: Sign-up: dialogue meeting 25 June
Date: {{DATE}}
Message-ID: <CAF4r9Lz8yr1qX3nO4cW6dY9eF2gH7iK0lM1@mail.koege.dk>
In-Reply-To: <CAF4r9Lz7xq0pW2mN3bV5cX8dE1fG6hJ9kL0@mail.koege.dk>
MIME-Version: 1.0
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: 7bit

Dear secretariat,

Unfortunately I have to cancel my registration for the meeting on 25 June -
a clash with our budget negotiations. Apologies.

Kind regards,
Daniel Price

On Wed, 3 Jun 2026 at 10:47, Daniel Price <dapr@koege.dk> wrote:
> Dear secretariat,
>
> I would like to sign up for the dialogue meeting on the framework agreement
> (Rammeaftale 2027-2028) on 25 June in Ringsted.
""", "cancellation", EV, "processed", True,
        [P("dapr@koege.dk", "Daniel Price", "Køge Kommune", "chef", "cancelled")])

    # 034 everything in the subject, empty body but a signature.
    mail("alt-i-emnefeltet-lolland", "posk", f"""From: Ole Brink <olbr@lolland.dk>
To: posk@greve.dk
Subject: {q("Tilmelding: Ole Brink, Udsatterådet, Lolland - frokost ja")}
Date: {{DATE}}
Message-ID: <20260603.olbr.7731@lolland.dk>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit


--
Ole Brink
Lolland Kommune
""", "registration", EV, "processed", True,
        [P("olbr@lolland.dk", "Ole Brink", "Lolland Kommune", "udsatteraad", "accepted", True)])

    # 035 Faroese name, Odsherred committee chair, no lunch, Apple Mail.
    mail("faeroesk-navn-odsherred-udvalgsformand", "posk", f"""From: =?utf-8?Q?R=C3=B3gvi_Dam_Olsen?= <rodo@odsherred.dk>
Content-Type: text/plain;
\tcharset=utf-8
Content-Transfer-Encoding: quoted-printable
Mime-Version: 1.0 (Mac OS X Mail 16.0 \\(3774.600.62\\))
Subject: =?utf-8?Q?Tilmelding_dialogm=C3=B8de?=
Message-Id: <E2D3C4B5-A697-4881-9A0B-C1D2E3F4A5B6@odsherred.dk>
Date: {{DATE}}
To: posk@greve.dk
X-Mailer: Apple Mail (2.3774.600.62)

{qp('''Kære sekretariat

Jeg deltager i dialogmødet som formand for Social- og Sundhedsudvalget i Odsherred. Jeg deltager ikke i frokosten.

De bedste hilsner
Rógvi Dam Olsen
Byrådsmedlem (A)
''')}""", "registration", EV, "processed", True,
        [P("rodo@odsherred.dk", "Rógvi Dam Olsen", "Odsherred Kommune", "politiker_voksen", "accepted", False)])

    # 036 human registration carrying X-Auto-Response-Suppress: All and Auto-Submitted: no.
    mail("menneske-med-auto-submitted-no-faxe", "posk", f"""From: Henning Bruun <hebr@faxekommune.dk>
To: posk@greve.dk
Subject: {q("Tilmelding til dialogmødet")}
Date: {{DATE}}
Message-ID: <SA1PR12MB7034B5C6D7E8F9A0@SA1PR12MB7034.namprd12.prod.outlook.com>
Auto-Submitted: no
X-Auto-Response-Suppress: All
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

{qp('''Goddag

Hermed tilmelding af undertegnede, Henning Bruun, medlem af Handicaprådet i Faxe Kommune. Jeg skal ikke have frokost.

Venlig hilsen
Henning Bruun
''')}""", "registration", EV, "processed", True,
        [P("hebr@faxekommune.dk", "Henning Bruun", "Faxe Kommune", "handicapraad", "accepted", False)],
        note="Auto-Submitted: no means a person sent it")

    # 037 tentative free text (forbehold), children's committee, Greve.
    mail("forbehold-greve-boerneudvalg", "posk", f"""From: Morten Lund <molu@greve.dk>
To: posk@greve.dk
Subject: {q("Dialogmøde 25. juni")}
Date: {{DATE}}
Message-ID: <9c8b7a6f5e4d3c2b1a09@EXCH02.greve.local>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

{qp('''Hej

Jeg tilmelder mig med forbehold – jeg er medlem af Børne- og Ungeudvalget, og vi har muligvis et ekstraordinært udvalgsmøde samme formiddag. Jeg giver endeligt besked senest 15. juni.

Hilsen Morten Lund
Byrådsmedlem, Greve Kommune
''')}""", "registration", EV, "processed", True,
        [P("molu@greve.dk", "Morten Lund", "Greve Kommune", "politiker_boern", "tentative")],
        note="registration with a reservation: tentative")

    # 038 a third Slagelse handicapråd member: over quota.
    mail("tredje-handicapraad-slagelse-over-kvote", "posk", f"""From: Aksel Dam <akda@slagelse.dk>
To: posk@greve.dk
Subject: {q("Tilmelding dialogmøde")}
Date: {{DATE}}
Message-ID: <d4c3b2a1.akda@slagelse.dk>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Hej

Jeg vil også gerne med til dialogmødet. Jeg er medlem af Handicaprådet i
Slagelse (for Ældre Sagen). Frokost ja tak.

Aksel Dam
""", "registration", EV, "processed", True,
        [P("akda@slagelse.dk", "Aksel Dam", "Slagelse Kommune", "handicapraad", "waitlisted", True, over_quota=True)],
        crlf=False, note="Slagelse's two handicapråd places went to 019")

    # 039 unclear attempted registration: no names.
    mail("uklar-tilmelding-soroe-navne-foelger", "posk", f"""From: Birgitte Krog <bikr@soroe.dk>
To: posk@greve.dk
Subject: {q("Dialogmøde")}
Date: {{DATE}}
Message-ID: <DM6PR08MB5034C7D8E9F0A1B2@DM6PR08MB5034.namprd08.prod.outlook.com>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

{qp('''Hej

Vi kommer nok to fra Handicaprådet i Sorø. Navne følger, når rådet har holdt møde.

Mvh Birgitte Krog
Sorø Kommune
''')}""", "registration", EV, "review", True, [],
        note="attempted registration without names: review, acknowledged")

    # 040 question only.
    mail("spoergsmaal-parkering-online-ringsted", "posk", f"""From: Eva Rasmussen <evra@ringsted.dk>
To: posk@greve.dk
Subject: {q("Spørgsmål til dialogmødet")}
Date: {{DATE}}
Message-ID: <AS4PR02MB8100D8E9F0A1B2C3@AS4PR02MB8100.eurprd02.prod.outlook.com>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

{qp('''Hej

Er der parkering ved Ringsted Kongrescenter? Og er det muligt at deltage online, hvis man ikke kan komme fysisk?

Venlig hilsen
Eva Rasmussen
Handicapkonsulent, Ringsted Kommune
''')}""", "other", EV, "review", False, [])

    # 041 registration for a different event, sent to the wrong mailbox.
    mail("tilmelding-andet-arrangement-lejre", "posk", f"""From: Susanne Dahl <sudl@lejre.dk>
To: posk@greve.dk
Subject: Tilmelding temadag om socialpsykiatri 3. september
Date: {{DATE}}
Message-ID: <DBBPR03MB7021F4A5B6C7D8E9@DBBPR03MB7021.eurprd03.prod.outlook.com>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

{qp('''Hej

Jeg vil gerne tilmelde mig temadagen om socialpsykiatri den 3. september i Roskilde.

Mvh
Susanne Dahl
Lejre Kommune
''')}""", "other", "", "review", False, [],
        note="not the dialogue meeting: a person must look")

    gen_more()
    gen_traps()


def gen_more():
    # top-posted "Ja tak" above the quoted invitation; the role is in the signature.
    mail("top-post-ja-tak-lejre-direktoer", "posk", f"""From: Mogens Winther <mowi@lejre.dk>
To: "posk@greve.dk" <posk@greve.dk>
Subject: {q("SV: Invitation til dialogmøde om Rammeaftale 2027-2028")}
Date: {{DATE}}
Message-ID: <DBBPR03MB70210A9B8C7D6E5F@DBBPR03MB7021.eurprd03.prod.outlook.com>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

{qp('''Ja tak, jeg kommer.

Mogens Winther
Direktør for Social, Sundhed og Ældre
Lejre Kommune
Møllebjergvej 4, 4330 Hvalsø

Fra: Sekretariatet for Rammeaftale Sjælland <posk@greve.dk>
Sendt: 20. maj 2026 09:00
Emne: Invitation til dialogmøde om Rammeaftale 2027-2028

Kære alle

KKR Sjælland inviterer til dialogmøde den 25. juni 2026 kl. 9-13 i Ringsted Kongrescenter. Hver kommune kan sende 2 repræsentanter fra handicaprådet, 2 fra udsatterådet samt 2 politikere fra hhv. voksen- og børneudvalget. Frokost serveres efter mødet.

Tilmelding senest 17. juni.
''')}""", "registration", EV, "processed", True,
        [P("mowi@lejre.dk", "Mogens Winther", "Lejre Kommune", "direktoer", "accepted")],
        note="the quoted invitation's role and lunch words are not his")

    # the handicapråd's shared mailbox registers two members.
    mail("faelles-postkasse-handicapraad-koege-to", "posk", f"""From: =?utf-8?Q?Handicapr=C3=A5det_K=C3=B8ge?= <handicapraadet@koege.dk>
To: posk@greve.dk
Subject: {q("Tilmelding – Handicaprådet i Køge")}
Date: {{DATE}}
Message-ID: <DB8PR06MB6297F3A4B5C6D7E8@DB8PR06MB6297.eurprd06.prod.outlook.com>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

{qp('''Fra Handicaprådet i Køge deltager Jørgen Holm og Tove Brix i dialogmødet. Begge spiser med.

Med venlig hilsen
Handicaprådets sekretariat
Køge Kommune
''')}""", "registration", EV, "processed", True, [
        P("", "Jørgen Holm", "Køge Kommune", "handicapraad", "accepted", True),
        P("", "Tove Brix", "Køge Kommune", "handicapraad", "accepted", True)],
        note="a shared mailbox: neither person is the sender address")

    # a free-text 'no thanks' from a politician who never registered.
    mail("nej-tak-roskilde-boerneudvalg", "posk", f"""From: Lars Ebbe <laeb@roskilde.dk>
To: posk@greve.dk
Subject: {q("Dialogmøde 25/6")}
Date: {{DATE}}
Message-ID: <c1d2e3f4.laeb@roskilde.dk>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Hej

Som formand for Børne- og Skoleudvalget i Roskilde må jeg desværre sige nej
tak til dialogmødet – vi har budgetseminar samme dag.

Mvh Lars Ebbe
""", "cancellation", EV, "processed", True,
        [P("laeb@roskilde.dk", "Lars Ebbe", "Roskilde Kommune", "politiker_boern", "cancelled")],
        crlf=False, note="declines without having registered: recorded cancelled")

    # Outlook for Mac acceptance with a mixed-case attendee address.
    mail("imip-outlook-mac-blandet-store-bogstaver-soroe", "posk", outlook_reply(
        "Mette Krag", "Mette.Krag@Soroe.dk", "Accepteret",
        ical_reply("ACCEPTED", "Mette Krag", "Mette.Krag@Soroe.dk", "20260603T120301Z",
                   comment="Socialchef, Sorø Kommune"),
        plain="Socialchef, Sorø Kommune\n",
        mid="MW4PR04MB7329A1B2C3D4E5F6@MW4PR04MB7329.namprd04.prod.outlook.com",
        extra="User-Agent: Microsoft-MacOutlook/16.85.24051214\n"),
        "rsvp", EV, "processed", True,
        [P("mette.krag@soroe.dk", "Mette Krag", "Sorø Kommune", "chef", "accepted")],
        note="addresses are compared lower-case")


def gen_traps():
    # 042 Danish OOF with Auto-Submitted.
    mail("oof-dansk-auto-submitted-faxe", "posk", f"""From: Karin Lauritsen <kala@faxekommune.dk>
To: posk@greve.dk
Subject: {q("Automatisk svar: Invitation til dialogmøde om Rammeaftale 2027-2028")}
Date: {{DATE}}
Message-ID: <SA1PR12MB70340A1B2C3D4E5F@SA1PR12MB7034.namprd12.prod.outlook.com>
In-Reply-To: <invitation-2026-05-20@greve.dk>
Auto-Submitted: auto-replied
X-MS-Exchange-Inbox-Rules-Loop: kala@faxekommune.dk
X-Auto-Response-Suppress: All
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

{qp('''Tak for din mail.

Jeg er på ferie til og med den 28. juni og læser ikke mails i perioden. Henvendelser om tilmelding til møder kan sendes til sekretariatet på social@faxekommune.dk.

Med venlig hilsen
Karin Lauritsen
''')}""", "auto_reply", "", "ignored", False)

    # 043 OOF from a gateway that only sets Precedence: junk.
    mail("oof-gateway-kun-precedence-junk-guldborgsund", "posk", f"""From: "Thomas Krarup" <thkr@guldborgsund.dk>
To: <posk@greve.dk>
Subject: {q("Fraværende: Dialogmøde om Rammeaftale 2027-2028", "iso-8859-1")}
Date: {{DATE}}
Message-ID: <GW.20260603.1123.thkr@gw01.guldborgsund.dk>
Precedence: junk
MIME-Version: 1.0
Content-Type: text/plain; charset="iso-8859-1"
Content-Transfer-Encoding: quoted-printable

{qp('''Jeg er fraværende fra kontoret frem til mandag den 8. juni.

I akutte sager kan du kontakte min kollega Mona Ebbesen på mebb@guldborgsund.dk.

Venlig hilsen
Thomas Krarup
''', "iso-8859-1")}""", "auto_reply", "", "ignored", False)

    # 044 English out-of-office with no headers at all.
    mail("oof-engelsk-uden-headers-region", "posk", f"""From: Michael Dunn <midu@regionsjaelland.dk>
To: posk@greve.dk
Subject: Out of Office: {q("Dialogmøde om Rammeaftale 2027-2028")}
Date: {{DATE}}
Message-ID: <VI1PR07MB5999A0B9C8D7E6F5@VI1PR07MB5999.eurprd07.prod.outlook.com>
MIME-Version: 1.0
Content-Type: text/plain; charset="us-ascii"
Content-Transfer-Encoding: 7bit

I am out of the office until 29 June with limited access to e-mail.
For urgent matters please contact Psychiatry Region Zealand's front desk
on +45 58 53 60 00.

Michael Dunn
""", "auto_reply", "", "ignored", False)

    # 045 "Automatisk svar:" that quotes a whole registration (the sender's own OOF copied the thread).
    mail("automatisk-svar-citerer-tilmelding-holbaek", "posk", f"""From: Mads Brix <mabr@holb.dk>
To: posk@greve.dk
Subject: {q("Automatisk svar: Tilmelding fra Holbæk Kommune")}
Date: {{DATE}}
Message-ID: <AM9PR03MB67220F1E2D3C4B5A@AM9PR03MB6722.eurprd03.prod.outlook.com>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

{qp('''Jeg har ferie frem til 22. juni. Din mail bliver ikke videresendt.

-----Oprindelig meddelelse-----
Fra: Mads Brix <mabr@holb.dk>
Sendt: 3. juni 2026 11:40
Til: posk@greve.dk
Emne: Tilmelding fra Holbæk Kommune

Hej

Fra Holbæk Kommune tilmelder jeg hermed:

- Niels Aagesen, Handicaprådet, frokost ja
- Jytte Bork, Udsatterådet, frokost nej

Mvh Mads
''')}""", "auto_reply", "", "ignored", False, [],
        note="no RFC 3834 header; the subject and first line say it is an automatic answer; the quoted list registers nobody")

    # 046 NDR "Kan ikke leveres:" from postmaster with the original attached.
    mail("ndr-kan-ikke-leveres-postmaster", "posk", f"""From: postmaster@greve.dk
To: posk@greve.dk
Subject: {q("Kan ikke leveres: Invitation til dialogmøde om Rammeaftale 2027-2028")}
Date: {{DATE}}
Message-ID: <a1b2c3d4-e5f6-47a8-b9c0-d1e2f3a4b5c6@EXCH01.greve.local>
X-MS-Exchange-Message-Is-Ndr:
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
\tboundary="_ndr_b7c6d5e4_"

--_ndr_b7c6d5e4_
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

{qp('''Meddelelsen kunne ikke leveres til disse modtagere eller grupper:

k.vinther@lejre.dk
Den e-mailadresse, du har angivet, blev ikke fundet. Kontrollér modtagerens e-mailadresse, og prøv at sende meddelelsen igen.

Diagnostiske oplysninger til administratorer:
Genererende server: EXCH01.greve.local
k.vinther@lejre.dk
Fjernserver returnerede '550 5.1.1 <k.vinther@lejre.dk>: Recipient address rejected: User unknown in virtual mailbox table'
''')}
--_ndr_b7c6d5e4_
Content-Type: message/delivery-status

Reporting-MTA: dns;EXCH01.greve.local
Received-From-MTA: dns;EXCH01.greve.local
Arrival-Date: Wed, 3 Jun 2026 11:02:10 +0000

Final-Recipient: rfc822;k.vinther@lejre.dk
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp;550 5.1.1 <k.vinther@lejre.dk>: Recipient address rejected: User unknown in virtual mailbox table
Remote-MTA: dns;mx.lejre.dk

--_ndr_b7c6d5e4_
Content-Type: message/rfc822

From: Sekretariatet for Rammeaftale Sjaelland <posk@greve.dk>
To: k.vinther@lejre.dk
Subject: =?utf-8?Q?Invitation_til_dialogm=C3=B8de_om_Rammeaftale_2027-2028?=
Date: Wed, 3 Jun 2026 13:02:05 +0200
Message-ID: <invitation-2026-06-03-kvinther@greve.dk>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

{qp('''Kære Kirsten Vinther

KKR Sjælland inviterer til dialogmøde den 25. juni 2026 kl. 9-13 i Ringsted Kongrescenter.

Tilmelding senest 17. juni ved at besvare denne mail med navn, kommune, rolle og om du ønsker frokost.

Med venlig hilsen
Sekretariatet
''')}
--_ndr_b7c6d5e4_--
""", "bounce", "", "ignored", False)

    # 047 delayed-delivery DSN (Postfix).
    mail("dsn-forsinket-postfix-koege", "posk", f"""From: MAILER-DAEMON@smtp.koege.dk (Mail Delivery System)
To: posk@greve.dk
Subject: Delayed Mail (still being retried)
Date: {{DATE}}
Message-ID: <20260603112233.4F1A2B3C4D@smtp.koege.dk>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
\tboundary="4F1A2B3C4D.1780492953/smtp.koege.dk"
Content-Transfer-Encoding: 8bit

This is a MIME-encapsulated message.

--4F1A2B3C4D.1780492953/smtp.koege.dk
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host smtp.koege.dk.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for 4.0 hours.
It will be retried until it is 5.0 days old.

<hbmo@koege.dk>: connect to exch.koege.local[10.20.1.15]:25: Connection timed
    out

--4F1A2B3C4D.1780492953/smtp.koege.dk
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; smtp.koege.dk
X-Postfix-Queue-ID: 4F1A2B3C4D
X-Postfix-Sender: rfc822; posk@greve.dk
Arrival-Date: Wed,  3 Jun 2026 09:20:01 +0200 (CEST)

Final-Recipient: rfc822; hbmo@koege.dk
Original-Recipient: rfc822;hbmo@koege.dk
Action: delayed
Status: 4.4.1
Diagnostic-Code: X-Postfix; connect to exch.koege.local[10.20.1.15]:25:
    Connection timed out
Will-Retry-Until: Mon,  8 Jun 2026 09:20:01 +0200 (CEST)

--4F1A2B3C4D.1780492953/smtp.koege.dk
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers

From: Sekretariatet for Rammeaftale Sjaelland <posk@greve.dk>
To: hbmo@koege.dk
Subject: =?utf-8?Q?P=C3=A5mindelse=3A_Dialogm=C3=B8de_25=2E_juni?=
Message-ID: <reminder-2026-06-03-hbmo@greve.dk>

--4F1A2B3C4D.1780492953/smtp.koege.dk--
""", "bounce", "", "ignored", False, crlf=False, note="a warning, not a failure: still a bounce, never answered")

    # 048 KL newsletter with List-Unsubscribe only (and tempting words).
    html = ('<html><body><table width="600"><tr><td><h1>Nyt fra KL: Social &amp; Sundhed</h1>'
            '<h2>Rammeaftaler 2027-2028: sådan kommer I i mål</h2><p>Mange KKR holder i juni dialogmøde om den nye rammeaftale. '
            'Læs KL\'s tjekliste til kommunernes tilmelding og forberedelse.</p>'
            '<h2>Tilmeld dig: Socialkonferencen 2026</h2><p>Tilmelding senest 1. september. Frokost er inkluderet.</p>'
            '<p style="font-size:10px">Du modtager denne mail, fordi du abonnerer på KL\'s nyhedsbrev Social &amp; Sundhed. '
            '<a href="https://nyhedsbrev.kl.dk/afmeld?u=posk%40greve.dk">Afmeld</a></p></td></tr></table></body></html>\n')
    mail("nyhedsbrev-kl-kun-list-unsubscribe", "posk", f"""From: KL Nyhedsbrev <nyhedsbrev@kl.dk>
To: posk@greve.dk
Subject: {q("Nyt fra KL: Social & Sundhed – uge 23")}
Date: {{DATE}}
Message-ID: <20260603090000.51.8a7b6c5d@mail.nyhedsbrev.kl.dk>
List-Unsubscribe: <https://nyhedsbrev.kl.dk/afmeld?u=posk%40greve.dk>, <mailto:afmeld@nyhedsbrev.kl.dk?subject=afmeld>
List-Unsubscribe-Post: List-Unsubscribe=One-Click
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="=_kl_nl_23"

--=_kl_nl_23
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp("NYT FRA KL: SOCIAL & SUNDHED" + NL + "" + NL + "Rammeaftaler 2027-2028: sådan kommer I i mål" + NL + "Mange KKR holder i juni dialogmøde om den nye rammeaftale. Læs KL's tjekliste til kommunernes tilmelding og forberedelse." + NL + "" + NL + "Tilmeld dig: Socialkonferencen 2026" + NL + "Tilmelding senest 1. september. Frokost er inkluderet." + NL + "" + NL + "Afmeld: https://nyhedsbrev.kl.dk/afmeld?u=posk%40greve.dk" + NL + "")}
--=_kl_nl_23
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(html)}
--=_kl_nl_23--
""", "list", "", "ignored", False)

    # 049 Socialstyrelsen newsletter: no list headers, an 'afmeld nyhedsbrev' footer.
    mail("nyhedsbrev-socialstyrelsen-uden-list-headers", "posk", f"""From: Socialstyrelsen <nyheder@sm.dk>
To: posk@greve.dk
Subject: {q("Nyhedsbrev: Handicap og udsathed – juni 2026")}
Date: {{DATE}}
Message-ID: <nl.2026-06.handicap.0042@mail.sm.dk>
MIME-Version: 1.0
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

{qp('''<html><body>
<p><b>Nyhedsbrev fra Socialstyrelsen – Handicap og udsathed</b></p>
<p>Webinar: Styrket samarbejde om de specialiserede tilbud. Tilmelding på socialstyrelsen.dk senest 15. juni. Webinaret handler blandt andet om KKR's rammeaftaler og de tværkommunale dialogmøder.</p>
<p>Ny vidensportal om borgere med komplekse behov.</p>
<hr>
<p style="font-size:9px">Socialstyrelsen, Edisonsvej 18, 5000 Odense C. Du modtager dette nyhedsbrev, fordi du er tilmeldt. <a href="https://socialstyrelsen.dk/nyhedsbrev/afmeld">Afmeld nyhedsbrev</a></p>
</body></html>
''')}""", "list", "", "ignored", False)

    # 050 a calendar REQUEST from another organiser to the secretariat.
    ics = """BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN=Tove Mogensen:mailto:tomo@regionsjaelland.dk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=posk@greve.dk:mailto:posk@greve.dk
DESCRIPTION;LANGUAGE=da-DK:Formøde om dagsorden til dialogmødet om Rammeaftale 2027-2028.\\n
UID:040000008200E00074C5B7101A82E00800000000F1E2D3C4B5A6970100000000000000001000000099AA
SUMMARY;LANGUAGE=da-DK:Formøde – dagsorden til dialogmøde
DTSTART;TZID=Romance Standard Time:20260610T140000
DTEND;TZID=Romance Standard Time:20260610T150000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260603T090512Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=da-DK:Microsoft Teams-møde
END:VEVENT
END:VCALENDAR
"""
    from gen_lib import fold
    mail("kalender-request-anden-arrangoer-region", "posk", f"""From: Tove Mogensen <tomo@regionsjaelland.dk>
To: "posk@greve.dk" <posk@greve.dk>
Subject: {q("Formøde – dagsorden til dialogmøde")}
Date: {{DATE}}
Message-ID: <VI1PR07MB5999B1C2D3E4F5A6@VI1PR07MB5999.eurprd07.prod.outlook.com>
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="_000_req_tomo_"

--_000_req_tomo_
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

{qp("Formøde om dagsorden til dialogmødet om Rammeaftale 2027-2028." + NL + "" + NL + "________________________________________________________________________________" + NL + "Microsoft Teams-møde" + NL + "Deltag på din computer, mobilapp eller værelsesenhed" + NL + "")}
--_000_req_tomo_
Content-Type: text/calendar; charset="utf-8"; method=REQUEST
Content-Transfer-Encoding: base64

{b64(fold(ics))}
--_000_req_tomo_--
""", "other", "", "review", False, [],
        note="an invitation TO the secretariat, not a response; it mentions the dialogue meeting, but it is the region's pre-meeting (event left empty)")

    # 051 forwarded invitation "Kan du deltage? /Bo" with us in Cc.
    mail("videresendt-invitation-kan-du-deltage-cc-os", "posk", f"""From: Bo Vestergaard <bove@holb.dk>
To: Camilla Wulff <cawu@holb.dk>
Cc: posk@greve.dk
Subject: {q("VS: Invitation til dialogmøde om Rammeaftale 2027-2028")}
Date: {{DATE}}
Message-ID: <AM9PR03MB6722B0C1D2E3F4A5@AM9PR03MB6722.eurprd03.prod.outlook.com>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

{qp('''Kan du deltage? /Bo

Fra: Sekretariatet for Rammeaftale Sjælland <posk@greve.dk>
Sendt: 20. maj 2026 09:00
Til: Bo Vestergaard <bove@holb.dk>
Emne: Invitation til dialogmøde om Rammeaftale 2027-2028

Kære alle

KKR Sjælland inviterer til dialogmøde den 25. juni 2026 kl. 9-13 i Ringsted Kongrescenter. Hver kommune kan sende 2 repræsentanter fra handicaprådet, 2 fra udsatterådet samt 2 politikere fra hhv. voksen- og børneudvalget. Direktører og chefer er også velkomne.

Tilmelding senest 17. juni ved at besvare denne mail med navn, kommune, rolle og om du ønsker frokost.

Med venlig hilsen
Sekretariatet
''')}""", "other", EV, "review", False, [],
        note="a question to a colleague, registers nobody")

    # 052 reply-all where the last writer only says thanks (quotes 022).
    mail("reply-all-kun-tak-koege", "posk", f"""From: Henrik Bak <hebk@koege.dk>
To: Lone Friis Mikkelsen <lofm@koege.dk>
Cc: "posk@greve.dk" <posk@greve.dk>
Subject: {q("SV: Tilmelding, dialogmøde 25.6.")}
Date: {{DATE}}
Message-ID: <DB8PR06MB6297E2F3A4B5C6D7@DB8PR06MB6297.eurprd06.prod.outlook.com>
In-Reply-To: <DB8PR06MB6297D1E2F3A4B5C6@DB8PR06MB6297.eurprd06.prod.outlook.com>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

{qp('''Tusind tak, Lone – dejligt at Udsatterådet er repræsenteret!

/Henrik

Fra: Lone Friis Mikkelsen <lofm@koege.dk>
Sendt: 3. juni 2026 09:46
Til: posk@greve.dk
Cc: Henrik Bak <hebk@koege.dk>
Emne: Tilmelding, dialogmøde 25.6.

Kære sekretariat

Jeg vil gerne tilmelde mig dialogmødet. Jeg er næstformand i Køge Kommunes Udsatteråd og deltager også i frokosten.

Med venlig hilsen
Lone Friis Mikkelsen
''')}""", "other", EV, "review", False, [],
        note="thanks only; must not register Henrik nor change Lone")

    # 053 spam-like supplier mail.
    mail("leverandoer-spam-moedelokaler", "posk", f"""From: "Camilla | Nordic Event Partner" <camilla@nordiceventpartner.dk>
To: posk@greve.dk
Subject: =?utf-8?Q?Skal_I_holde_m=C3=B8de_i_efter=C3=A5ret=3F_=F0=9F=8E=89_20=25_rabat?=
Date: {{DATE}}
Message-ID: <0102018f3a2b1c0d-7e6f5a4b-3c2d-4e1f-9a8b-7c6d5e4f3a2b-000000@eu-west-1.amazonses.com>
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

{qp('''Hej!

Jeg kan se, at I ofte holder større møder for kommunerne. Hos Nordic Event Partner får offentlige kunder lige nu 20 % rabat på mødelokaler, forplejning og AV-udstyr i hele Region Sjælland.

Skal jeg sende et uforpligtende tilbud? Svar blot på denne mail eller ring på 70 20 30 40.

Bedste hilsner
Camilla Holm
Key Account Manager
Nordic Event Partner ApS
''')}""", "other", "", "review", False, [])

    # 054 our own acknowledgement coming back via Cc.
    mail("egen-kvittering-tilbage-via-cc", "posk", f"""From: Sekretariatet for Rammeaftale Sjaelland <posk@greve.dk>
To: Frede Kromann <frkr@stevns.dk>
Cc: posk@greve.dk
Subject: {q("Tilmelding modtaget: " + T)}
Date: {{DATE}}
Message-ID: <mailbot.5d41402abc4b2a76b9719d91@greve.dk>
In-Reply-To: <5A3B2C1D.6070809@stevns.dk>
References: <5A3B2C1D.6070809@stevns.dk>
Auto-Submitted: auto-replied
X-Auto-Response-Suppress: All
X-Mailer: mailbot
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

{qp('''Kære Frede Kromann

Tak for tilmeldingen til Dialogmøde om Rammeaftale 2027-2028 torsdag den 25. juni 2026 kl. 9.00-13.00 i Ringsted Kongrescenter.

Vi har registreret denne deltager:
  - Frede Kromann, Stevns Kommune – udsatterådet, uden frokost

Hvis noget ovenfor ikke er rigtigt, eller hvis der kommer afbud, kan du blot svare på denne mail.

Med venlig hilsen

Sekretariatet for Rammeaftale Sjælland
posk@greve.dk
''')}""", "auto_reply", "", "ignored", False, [], note="our own mail: never processed as a registration, never answered")

    # 055 vacation reply to our acknowledgement, no RFC 3834 headers.
    mail("ferie-svar-paa-vores-kvittering-lolland", "posk", f"""From: Vibeke Ahlmann <viah@lolland.dk>
To: Sekretariatet for Rammeaftale Sjaelland <posk@greve.dk>
Subject: {q("Autosvar: Tilmelding modtaget: " + T)}
Date: {{DATE}}
Message-ID: <LO2P265MB4512B8C7D6E5F4A3@LO2P265MB4512.GBRP265.PROD.OUTLOOK.COM>
In-Reply-To: <mailbot.8f14e45fceea167a5a36dedd@greve.dk>
References: <mailbot.8f14e45fceea167a5a36dedd@greve.dk>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

{qp('''Tak for din mail. Jeg holder ferie og er tilbage på kontoret mandag den 15. juni.

Venlig hilsen
Vibeke Ahlmann
Lolland Kommune
''')}""", "auto_reply", "", "ignored", False, [],
        note="answers our acknowledgement; 'Autosvar:' and the holiday text, no auto headers")

    # 056 auto-reply that looks human: no headers, an ordinary "SV:" subject.
    mail("autosvar-ligner-menneske-sv-emne-stevns", "posk", f"""From: Hanne Borup <habo@stevns.dk>
To: posk@greve.dk
Subject: {q("SV: Invitation til dialogmøde om Rammeaftale 2027-2028")}
Date: {{DATE}}
Message-ID: <20260603124501.habo.ar@stevns.dk>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

{qp('''Tak for din mail.

Jeg er på kursus og har ikke adgang til min mail før mandag den 8. juni. Jeg svarer hurtigst muligt herefter.

Venlig hilsen
Hanne Borup
Stevns Kommune
''')}""", "auto_reply", "", "ignored", False, [],
        note="looks like a reply, reads as an out-of-office text")

    # 057 read receipt (MDN) in Danish.
    mail("laest-kvittering-mdn-guldborgsund", "posk", f"""From: Birthe Holm <biho@guldborgsund.dk>
To: posk@greve.dk
Subject: {q("Læst: Invitation til dialogmøde om Rammeaftale 2027-2028")}
Date: {{DATE}}
Message-ID: <20260603130101.mdn.biho@guldborgsund.dk>
MIME-Version: 1.0
Content-Type: multipart/report; report-type=disposition-notification;
\tboundary="----=_mdn_biho_"

------=_mdn_biho_
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

{qp('''Din meddelelse

  Til: posk@greve.dk
  Emne: Invitation til dialogmøde om Rammeaftale 2027-2028
  Sendt: 20. maj 2026 09:00:12 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien

blev læst 3. juni 2026 15:00:44 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien.
''')}
------=_mdn_biho_
Content-Type: message/disposition-notification

Reporting-UA: guldborgsund.dk; Microsoft Outlook 16.0
Final-Recipient: rfc822;biho@guldborgsund.dk
Original-Message-ID: <invitation-2026-05-20@greve.dk>
Disposition: manual-action/MDN-sent-manually; displayed

------=_mdn_biho_--
""", "auto_reply", "", "ignored", False, [], note="Birthe is human elsewhere (012): only this receipt must not be answered")

    # 058 Exchange OOF, HTML only, with Auto-Submitted, from Slagelse.
    mail("oof-exchange-html-slagelse", "posk", f"""From: Charlotte Vind <chvi@slagelse.dk>
To: "posk@greve.dk" <posk@greve.dk>
Subject: {q("Automatisk svar: Tilmelding modtaget: " + T)}
Thread-Topic: {q("Tilmelding modtaget: " + T)}
Date: {{DATE}}
Message-ID: <9b8a7c6d5e4f4a3b8c7d6e5f4a3b2c1d@CH0PR11MB5380.namprd11.prod.outlook.com>
In-Reply-To: <mailbot.c9f0f895fb98ab9159f51fd0@greve.dk>
Auto-Submitted: auto-generated
X-MS-Exchange-Inbox-Rules-Loop: chvi@slagelse.dk
X-MS-Exchange-Generated-Message-Source: Mailbox Rules Agent
X-Auto-Response-Suppress: All
MIME-Version: 1.0
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

{qp('''<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>
<div style="font-family:Calibri,Arial,Helvetica,sans-serif;font-size:11pt">Hej<br><br>Jeg er ikke på kontoret i dag. Jeg læser mails igen fra i morgen.<br><br>Vh Charlotte</div>
</body></html>
''')}""", "auto_reply", "", "ignored", False)

    # 059 an ESDH system's auto-generated receipt with a journal number.
    mail("esdh-kvittering-journalnummer-naestved", "posk", f"""From: "Naestved Kommune - Postmodtagelse" <post@naestved.dk>
To: posk@greve.dk
Subject: {q("Din henvendelse er modtaget – sagsnr. 27.12.00-A00-3311-26")}
Date: {{DATE}}
Message-ID: <sbsys.20260603.133702.7781@naestved.dk>
Auto-Submitted: auto-generated
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

{qp('''Kære afsender

Næstved Kommune har modtaget din henvendelse "Invitation til dialogmøde om Rammeaftale 2027-2028". Henvendelsen er journaliseret på sag 27.12.00-A00-3311-26 og fordelt til rette afdeling.

Denne mail kan ikke besvares.

Næstved Kommune
''')}""", "auto_reply", "", "ignored", False)

    # 060 the bounce of one of our acknowledgements (Office 365, English).
    mail("ndr-undeliverable-vores-kvittering", "posk", f"""From: Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@greve.dk>
To: <posk@greve.dk>
Subject: {q("Undeliverable: Tilmelding modtaget: " + T)}
Date: {{DATE}}
Message-ID: <4e3d2c1b-0a9f-4e8d-b7c6-a5f4e3d2c1b0@AM9PR03MB6722.eurprd03.prod.outlook.com>
In-Reply-To: <mailbot.45c48cce2e2d7fbdea1afc51@greve.dk>
X-MS-Exchange-Message-Is-Ndr:
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
\tboundary="_ndr2_a1b2_"

--_ndr2_a1b2_
Content-Type: text/plain; charset="us-ascii"

Delivery has failed to these recipients or groups:

hansjessen@live.dk
The email address you entered couldn't be found.

--_ndr2_a1b2_
Content-Type: message/delivery-status

Reporting-MTA: dns;AM9PR03MB6722.eurprd03.prod.outlook.com

Final-Recipient: rfc822;hansjessen@live.dk
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup

--_ndr2_a1b2_
Content-Type: text/rfc822-headers

From: Sekretariatet for Rammeaftale Sjaelland <posk@greve.dk>
To: hansjessen@live.dk
Subject: Tilmelding modtaget
Message-ID: <mailbot.45c48cce2e2d7fbdea1afc51@greve.dk>
Auto-Submitted: auto-replied

--_ndr2_a1b2_--
""", "bounce", "", "ignored", False)

    # 061 Outlook HTML table from a Holbæk coordinator.
    html = '''<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><style>p.MsoNormal{margin:0cm;font-size:11pt;font-family:"Calibri",sans-serif;}</style></head>
<body lang="DA"><div class="WordSection1">
<p class="MsoNormal">Hej<o:p></o:p></p>
<p class="MsoNormal">Holbæk Kommune tilmelder følgende til dialogmødet 25. juni:<o:p></o:p></p>
<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse;border:none">
<tr><td><p class="MsoNormal"><b>Navn</b><o:p></o:p></p></td><td><p class="MsoNormal"><b>Funktion</b><o:p></o:p></p></td><td><p class="MsoNormal"><b>E-mail</b><o:p></o:p></p></td><td><p class="MsoNormal"><b>Frokost</b><o:p></o:p></p></td></tr>
<tr><td><p class="MsoNormal">Camilla Wulff<o:p></o:p></p></td><td><p class="MsoNormal">Formand for Børne- og Ungeudvalget<o:p></o:p></p></td><td><p class="MsoNormal"><a href="mailto:cawu@holb.dk">cawu@holb.dk</a><o:p></o:p></p></td><td><p class="MsoNormal">Ja<o:p></o:p></p></td></tr>
<tr><td><p class="MsoNormal">Anders Bech<o:p></o:p></p></td><td><p class="MsoNormal">Direktør for Voksne og Sundhed<o:p></o:p></p></td><td><p class="MsoNormal"><a href="mailto:anbe@holb.dk">anbe@holb.dk</a><o:p></o:p></p></td><td><p class="MsoNormal">Nej<o:p></o:p></p></td></tr>
</table>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Venlig hilsen<o:p></o:p></p>
<p class="MsoNormal">Bo Vestergaard<o:p></o:p></p>
<p class="MsoNormal">Sekretariatschef, Holbæk Kommune<o:p></o:p></p>
</div></body></html>
'''
    mail("html-tabel-holbaek-koordinator", "posk", f"""From: Bo Vestergaard <bove@holb.dk>
To: "posk@greve.dk" <posk@greve.dk>
Subject: {q("Tilmelding fra Holbæk Kommune – dialogmøde")}
Date: {{DATE}}
Message-ID: <AM9PR03MB6722C2D3E4F5A6B7@AM9PR03MB6722.eurprd03.prod.outlook.com>
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="_000_tab_bove_"

--_000_tab_bove_
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

{qp('''Hej

Holbæk Kommune tilmelder følgende til dialogmødet 25. juni:

Navn

Funktion

E-mail

Frokost

Camilla Wulff

Formand for Børne- og Ungeudvalget

cawu@holb.dk<mailto:cawu@holb.dk>

Ja

Anders Bech

Direktør for Voksne og Sundhed

anbe@holb.dk<mailto:anbe@holb.dk>

Nej

Venlig hilsen
Bo Vestergaard
Sekretariatschef, Holbæk Kommune
''')}
--_000_tab_bove_
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

{qp(html)}
--_000_tab_bove_--
""", "registration", EV, "processed", True, [
        P("cawu@holb.dk", "Camilla Wulff", "Holbæk Kommune", "politiker_boern", "accepted", True),
        P("anbe@holb.dk", "Anders Bech", "Holbæk Kommune", "direktoer", "accepted", False)],
        note="Outlook's text part of a table: one cell per paragraph")

    # 062 late registration (after 17 June).
    mail("sen-tilmelding-holbaek-handicapraad", "posk", f"""From: Susanne Grøn <susgr@holb.dk>
To: posk@greve.dk
Subject: {q("Tilmelding – er det for sent?")}
Date: {{DATE}}
Message-ID: <AM9PR03MB6722D3E4F5A6B7C8@AM9PR03MB6722.eurprd03.prod.outlook.com>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

{qp('''Hej

Jeg kan se, at fristen var i går, men jeg vil meget gerne tilmelde mig dialogmødet som repræsentant for Handicaprådet i Holbæk. Frokost ja tak.

Venlig hilsen
Susanne Grøn
''')}""", "registration", EV, "processed", True,
        [P("susgr@holb.dk", "Susanne Grøn", "Holbæk Kommune", "handicapraad", "accepted", True, late=True)],
        received_at="2026-06-18T07:40:00+00:00", note="after the deadline: registered, flagged late")

    # 063 late afbud from 018.
    mail("sent-afbud-solroed-direktoer", "posk", f"""From: "Anne-Mette Due Nielsen" <amdn@solrod.dk>
To: <posk@greve.dk>
Subject: Afbud 25/6
Date: {{DATE}}
Message-ID: <000901dac1f3$6a2b3c40$3e4f5a60$@solrod.dk>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable
X-Mailer: Microsoft Outlook 16.0

{qp('''Hej

Jeg bliver desværre nødt til at melde afbud til dialogmødet på torsdag.

Anne-Mette Due Nielsen
Kommunaldirektør
Solrød Kommune
''')}""", "cancellation", EV, "processed", True,
        [P("amdn@solrod.dk", "Anne-Mette Due Nielsen", "Solrød Kommune", "direktoer", "cancelled")],
        received_at="2026-06-19T12:15:00+00:00")
