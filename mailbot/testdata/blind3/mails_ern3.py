"""The ern@viborg.dk mails of blind set 3 (input to Rammeaftale 2023-2024,
remarks by 1 July 2022)."""
from gen_lib import mail, S, q, b, qp, b64, PDF, DOCX, XLSX, PNG

EV = "rammeaftale2023"


def att(ctype, name, data, boundary, encoded_name=None):
    disp = 'attachment; filename="%s"' % name if encoded_name is None else "attachment; " + encoded_name
    return f"""--{boundary}
Content-Type: {ctype}; name="{name}"
Content-Description: {name}
Content-Disposition: {disp}
Content-Transfer-Encoding: base64

{b64(data)}
"""


def mixed(headers, text, atts, boundary="_mix_", text_cte="quoted-printable", charset="utf-8"):
    body = qp(text, charset) if text_cte == "quoted-printable" else b64(text)
    parts = "".join(att(*a, boundary) if len(a) == 3 else att(a[0], a[1], a[2], boundary, a[3]) for a in atts)
    return f"""{headers}MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="{boundary}"

--{boundary}
Content-Type: text/plain; charset="{charset}"
Content-Transfer-Encoding: {text_cte}

{body}
{parts}--{boundary}--
"""


def gen():
    # 064 Horsens, formal, one PDF.
    mail("horsens-pdf-formel", "ern", mixed(f"""From: Karen Thygesen <karen.thygesen@horsens.dk>
To: "ern@viborg.dk" <ern@viborg.dk>
Subject: {q("Horsens Kommunes input til Rammeaftale 2023-2024")}
Date: {{DATE}}
Message-ID: <HE1PR0102MB3369A1B2C3D4E5F6@HE1PR0102MB3369.eurprd01.prod.exchangelabs.com>
""", '''Til KKR Midtjyllands rammeaftalesekretariat

Vedhæftet fremsendes Horsens Kommunes input til udviklingsområderne i Rammeaftale 2023-2024, som godkendt i Social- og Sundhedsudvalget den 8. juni 2022.

Med venlig hilsen

Karen Thygesen
Chefkonsulent
Social og Sundhed
Horsens Kommune
''', [("application/pdf", "Input Rammeaftale 2023-2024 Horsens.pdf", PDF)]),
        "remark", EV, "processed", True, sub=S("Horsens Kommune", 1))

    # 065 Randers, an XLSX form.
    mail("randers-xlsx-skema", "ern", mixed(f"""From: Mikkel Skov <mikkel.skov@randers.dk>
To: ern@viborg.dk
Subject: Skema - udviklingsomraader - Randers
Date: {{DATE}}
Message-ID: <d1e2f3a4b5c6.mikkel.skov@randers.dk>
""", '''Hej

Hermed det udfyldte skema med Randers Kommunes bemærkninger til udviklingsområderne.

Mvh
Mikkel Skov
Fuldmægtig, Randers Kommune
''', [("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "Skema_udviklingsomraader_Randers.xlsx", XLSX)]),
        "remark", EV, "processed", True, sub=S("Randers Kommune", 1), note="subject without Danish letters or 'rammeaftale'")

    # 066 Skive, remarks in the body only.
    mail("skive-bemaerkninger-i-broedtekst", "ern", f"""From: Jette Kjeldsen <jekj@skivekommune.dk>
To: ern@viborg.dk
Subject: {q("Bemærkninger fra Skive Kommune")}
Date: {{DATE}}
Message-ID: <PR3PR09MB5412B2C3D4E5F6A7@PR3PR09MB5412.eurprd09.prod.outlook.com>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

{qp('''Kære sekretariat

Skive Kommune har drøftet udkastet. Vores bemærkninger er følgende:

1. Borgere med komplekse problemstillinger: Vi støtter, at området prioriteres, og foreslår, at der lægges vægt på overgangen fra barn til voksen.
2. Specialiserede tilbud til børn og unge: Vi savner en kortlægning af kapaciteten på de sikrede institutioner.
3. Rekruttering: Vi bakker op om et fælles initiativ.

Der er ikke yderligere bilag.

Venlig hilsen
Jette Kjeldsen
Udviklingskonsulent, Skive Kommune
''')}""", "remark", EV, "processed", True, sub=S("Skive Kommune", 0),
        note="skivekommune.dk; remarks with no attachment")

    # 067 Region Midtjylland, PDF + Word.
    mail("region-midtjylland-pdf-og-docx", "ern", mixed(f"""From: Louise Brandt <louise.brandt@rm.dk>
To: ern@viborg.dk
Cc: Peter Holm <peter.holm@rm.dk>
Subject: {q("Region Midtjyllands bemærkninger – Rammeaftale 2023-2024")}
Date: {{DATE}}
Message-ID: <AM7PR02MB6098C3D4E5F6A7B8@AM7PR02MB6098.eurprd02.prod.outlook.com>
""", '''Kære rammeaftalesekretariat

Hermed Region Midtjyllands bemærkninger til udviklingsområderne, dels som PDF (godkendt version), dels som Word, så I kan kopiere tekst.

Venlig hilsen
Louise Brandt
Specialkonsulent, Social og Specialundervisning
Region Midtjylland
''', [("application/pdf", "RM bemaerkninger RA2023-24.pdf", PDF),
      ("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "RM bemaerkninger RA2023-24.docx", DOCX)]),
        "remark", EV, "processed", True, sub=S("Region Midtjylland", 2))

    # 068 Aarhus, docx plus an inline signature logo (not an attachment).
    mail("aarhus-docx-og-inline-logo", "ern", f"""From: Mads Frederiksen <mafr@aarhus.dk>
To: ern@viborg.dk
Subject: {q("Aarhus Kommunes input – udviklingsområder")}
Date: {{DATE}}
Message-ID: <DB9PR01MB9241D4E5F6A7B8C9@DB9PR01MB9241.eurprd01.prod.exchangelabs.com>
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="_004_mix_"

--_004_mix_
Content-Type: multipart/related; boundary="_003_rel_"; type="multipart/alternative"

--_003_rel_
Content-Type: multipart/alternative; boundary="_000_alt_"

--_000_alt_
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

{qp('''Kære sekretariat

Vedhæftet er Aarhus Kommunes input til udviklingsområderne i Rammeaftale 2023-2024.

Venlig hilsen
Mads Frederiksen
Sociale Forhold og Beskæftigelse
Aarhus Kommune
[cid:image001.png@01D88A2B.5C6D7E80]
''')}
--_000_alt_
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

{qp('''<html><body><p class="MsoNormal">Kære sekretariat</p><p class="MsoNormal">Vedhæftet er Aarhus Kommunes input til udviklingsområderne i Rammeaftale 2023-2024.</p><p class="MsoNormal">Venlig hilsen<br>Mads Frederiksen<br>Sociale Forhold og Beskæftigelse<br>Aarhus Kommune<br><img width="120" height="40" src="cid:image001.png@01D88A2B.5C6D7E80" alt="Aarhus Kommune"></p></body></html>
''')}
--_000_alt_--

--_003_rel_
Content-Type: image/png; name="image001.png"
Content-Description: image001.png
Content-Disposition: inline; filename="image001.png"
Content-ID: <image001.png@01D88A2B.5C6D7E80>
Content-Transfer-Encoding: base64

{b64(PNG)}
--_003_rel_--

--_004_mix_
Content-Type: application/vnd.openxmlformats-officedocument.wordprocessingml.document; name="Aarhus input RA 2023-2024.docx"
Content-Description: Aarhus input RA 2023-2024.docx
Content-Disposition: attachment; filename="Aarhus input RA 2023-2024.docx"
Content-Transfer-Encoding: base64

{b64(DOCX)}
--_004_mix_--
""", "remark", EV, "processed", True, sub=S("Aarhus Kommune", 1), note="the inline logo is not an attachment")

    # 069 Syddjurs, forwarded by a colleague with the PDF.
    mail("syddjurs-videresendt-pdf", "ern", mixed(f"""From: Anja Nørgaard <anno@syddjurs.dk>
To: ern@viborg.dk
Subject: {q("VS: Syddjurs Kommunes input til rammeaftalen")}
Date: {{DATE}}
Message-ID: <AS1PR03MB8221E5F6A7B8C9D0@AS1PR03MB8221.eurprd03.prod.outlook.com>
""", '''Hej

Jeg videresender hermed vores input, da min kollega er på ferie.

Anja Nørgaard
Syddjurs Kommune

Fra: Rasmus Ebbesen <raeb@syddjurs.dk>
Sendt: 9. juni 2022 14:12
Til: Anja Nørgaard <anno@syddjurs.dk>
Emne: Syddjurs Kommunes input til rammeaftalen

Hej Anja, vil du sende vedhæftede til ern@viborg.dk, når direktionen har godkendt det? /Rasmus
''', [("application/pdf", "Syddjurs input rammeaftale 2023-24.pdf", PDF)]),
        "remark", EV, "processed", True, sub=S("Syddjurs Kommune", 1))

    # 070 Samsø, two PDFs, RFC 2231 names.
    mail("samsoe-to-pdf-rfc2231", "ern", mixed(f"""From: =?utf-8?B?U8O4cmVuIFZpbnRoZXI=?= <sovi@samsoe.dk>
To: ern@viborg.dk
Subject: {q("Samsø Kommune – bemærkninger og bilag")}
Date: {{DATE}}
Message-ID: <7a8b9c0d.sovi@samsoe.dk>
""", '''Kære sekretariat

Samsø Kommunes bemærkninger er vedhæftet sammen med udvalgets beslutningsprotokol.

Med venlig hilsen
Søren Vinther
Samsø Kommune
''', [("application/pdf", "Bemaerkninger Samsoe.pdf", PDF, "filename*=utf-8''Bem%C3%A6rkninger%20Sams%C3%B8.pdf"),
      ("application/pdf", "Beslutningsprotokol.pdf", PDF)]),
        "remark", EV, "processed", True, sub=S("Samsø Kommune", 2))

    # 071 Ikast-Brande: no remarks.
    mail("ikast-brande-ingen-bemaerkninger", "ern", f"""From: Helle Munk <hemu@ikast-brande.dk>
To: ern@viborg.dk
Subject: SV: Input til Rammeaftale 2023-2024
Date: {{DATE}}
Message-ID: <VI1PR04MB6899F6A7B8C9D0E1@VI1PR04MB6899.eurprd04.prod.outlook.com>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

{qp('''Hej

Ikast-Brande Kommune har ingen bemærkninger til udviklingsområderne.

Venlig hilsen
Helle Munk
Ikast-Brande Kommune

Fra: Rammeaftalesekretariatet <ern@viborg.dk>
Sendt: 1. juni 2022 10:00
Emne: Input til Rammeaftale 2023-2024

Kære kommuner og region. Send jeres bemærkninger til udviklingsområderne senest 1. juli 2022.
''')}""", "remark", EV, "processed", True, sub=S("Ikast-Brande Kommune", 0),
        note="an answer of 'no remarks' is the municipality's answer")

    # 072 Odder asks for an extension: a question.
    mail("odder-beder-om-udsaettelse", "ern", f"""From: Kasper Ibsen <kasper.ibsen@odder.dk>
To: ern@viborg.dk
Subject: {q("Frist for input – udsættelse?")}
Date: {{DATE}}
Message-ID: <GVXPR02MB8433A7B8C9D0E1F2@GVXPR02MB8433.eurprd02.prod.outlook.com>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

{qp('''Hej

Vores udvalg behandler først sagen den 5. juli. Kan vi få lov at sende vores bemærkninger til udviklingsområderne en uge efter fristen?

Mvh
Kasper Ibsen
Odder Kommune
''')}""", "other", EV, "review", False, [])

    # 073 Struer, HTML-only Outlook windows-1252, docx.
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"><style>p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}</style></head>'
            '<body lang="DA"><div class="WordSection1"><p class="MsoNormal">Hej<o:p></o:p></p><p class="MsoNormal"><o:p>&nbsp;</o:p></p>'
            '<p class="MsoNormal">Vedh&aelig;ftet Struer Kommunes h&oslash;ringssvar vedr. udviklingsomr&aring;derne.<o:p></o:p></p>'
            '<p class="MsoNormal"><o:p>&nbsp;</o:p></p><p class="MsoNormal">Med venlig hilsen<o:p></o:p></p><p class="MsoNormal">Birgitte Ørum<o:p></o:p></p>'
            '<p class="MsoNormal">Struer Kommune<o:p></o:p></p></div></body></html>\n')
    mail("struer-html-only-cp1252-docx", "ern", f"""From: =?windows-1252?Q?Birgitte_=D8rum?= <biorum@struer.dk>
To: "ern@viborg.dk" <ern@viborg.dk>
Subject: =?windows-1252?Q?H=F8ringssvar_fra_Struer_Kommune?=
Date: {{DATE}}
Message-ID: <AM5PR0701MB2420B8C9D0E1F2A3@AM5PR0701MB2420.eurprd07.prod.outlook.com>
Content-Language: da-DK
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="_mix_struer_"

--_mix_struer_
Content-Type: text/html; charset="windows-1252"
Content-Transfer-Encoding: quoted-printable

{qp(html, "windows-1252")}
--_mix_struer_
Content-Type: application/vnd.openxmlformats-officedocument.wordprocessingml.document; name="=?windows-1252?Q?H=F8ringssvar_Struer.docx?="
Content-Disposition: attachment; filename="=?windows-1252?Q?H=F8ringssvar_Struer.docx?="
Content-Transfer-Encoding: base64

{b64(DOCX)}
--_mix_struer_--
""", "remark", EV, "processed", True, sub=S("Struer Kommune", 1), note="RFC 2047 encoded attachment name (Outlook style)")

    # 074 Norddjurs, octet-stream PDF.
    mail("norddjurs-octet-stream-pdf", "ern", mixed(f"""From: Lene Thorsen <leth@norddjurs.dk>
To: ern@viborg.dk
Subject: Input - Norddjurs
Date: {{DATE}}
Message-ID: <c9d0e1f2a3b4.leth@norddjurs.dk>
""", '''Hej

Hermed Norddjurs Kommunes input til Rammeaftale 2023-2024.

Hilsen Lene Thorsen
Norddjurs Kommune
''', [("application/octet-stream", "Norddjurs_input.pdf", PDF)]),
        "remark", EV, "processed", True, sub=S("Norddjurs Kommune", 1))

    # 075 Viborg Kommune itself (same domain as the secretariat).
    mail("viborg-egen-kommune-docx", "ern", mixed(f"""From: Anders Kristiansen <ankr@viborg.dk>
To: ern@viborg.dk
Subject: {q("Viborg Kommunes bemærkninger til udviklingsområderne")}
Date: {{DATE}}
Message-ID: <DU0PR03MB8790D0E1F2A3B4C5@DU0PR03MB8790.eurprd03.prod.outlook.com>
""", '''Hej Eva

Her er Viborg Kommunes bemærkninger, som aftalt. Jeg sender dem til postkassen, så de bliver registreret som de andres.

Vh Anders Kristiansen
Social og Sundhed, Viborg Kommune
''', [("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "Viborg bemaerkninger.docx", DOCX)]),
        "remark", EV, "processed", True, sub=S("Viborg Kommune", 1))

    # 076 Hedensted asks about the format: question.
    mail("hedensted-spoergsmaal-format", "ern", f"""From: Tina Lauridsen <tina.lauridsen@hedensted.dk>
To: ern@viborg.dk
Subject: {q("Spørgsmål om format")}
Date: {{DATE}}
Message-ID: <AS8PR01MB7460E1F2A3B4C5D6@AS8PR01MB7460.eurprd01.prod.exchangelabs.com>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

{qp('''Hej

Skal bemærkningerne til udviklingsområderne sendes som Word eller PDF? Og må de fylde mere end to sider?

Venlig hilsen
Tina Lauridsen
Hedensted Kommune
''')}""", "other", EV, "review", False, [])

    # 077 Favrskov, politician's secretary sends the council's decision.
    mail("favrskov-sekretaer-byraadsbeslutning", "ern", mixed(f"""From: Dorte Krogh <dokr@favrskov.dk>
To: ern@viborg.dk
Subject: {q("Byrådets beslutning – input til Rammeaftale 2023-2024")}
Date: {{DATE}}
Message-ID: <DB7PR05MB5672F2A3B4C5D6E7@DB7PR05MB5672.eurprd05.prod.outlook.com>
""", '''Kære sekretariat

På vegne af borgmester Nils Borring fremsendes Favrskov Byråds beslutning af 21. juni 2022 med kommunens input til udviklingsområderne.

Med venlig hilsen
Dorte Krogh
Borgmestersekretær
Favrskov Kommune
''', [("application/pdf", "Byraadsbeslutning 21-06-2022 pkt 7.pdf", PDF)]),
        "remark", EV, "processed", True, sub=S("Favrskov Kommune", 1))

    # 078 Ringkøbing-Skjern (rksk.dk), base64 body and docx.
    mail("ringkoebing-skjern-base64-docx", "ern", mixed(f"""From: Jonas Hvid <jonas.hvid@rksk.dk>
To: ern@viborg.dk
Subject: {q("Ringkøbing-Skjern Kommune: input til rammeaftalen")}
Date: {{DATE}}
Message-ID: <PAXPR02MB7261A3B4C5D6E7F8@PAXPR02MB7261.eurprd02.prod.outlook.com>
""", '''Hej

Vedhæftet er Ringkøbing-Skjern Kommunes bemærkninger til udviklingsområderne i Rammeaftale 2023-2024.

Med venlig hilsen
Jonas Hvid
Ringkøbing-Skjern Kommune
''', [("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "RKSK bemaerkninger rammeaftale.docx", DOCX)], text_cte="base64"),
        "remark", EV, "processed", True, sub=S("Ringkøbing-Skjern Kommune", 1), note="domain rksk.dk")

    # 079 Silkeborg answers inline to the quoted invitation's areas.
    mail("silkeborg-svar-inline-under-omraaderne", "ern", f"""From: Camilla Bruhn <cabr@silkeborg.dk>
To: ern@viborg.dk
Subject: SV: Input til Rammeaftale 2023-2024
Date: {{DATE}}
Message-ID: <GV2PR02MB8561B4C5D6E7F8A9@GV2PR02MB8561.eurprd02.prod.outlook.com>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

{qp('''Hej

Silkeborgs bemærkninger står med rødt nedenfor.

Camilla Bruhn, Silkeborg Kommune

Fra: Rammeaftalesekretariatet <ern@viborg.dk>
Sendt: 1. juni 2022 10:00
Emne: Input til Rammeaftale 2023-2024

Kære kommuner og region

Vi beder om jeres bemærkninger til de foreslåede udviklingsområder:

1. Borgere med komplekse problemstillinger
SILKEBORG: Enig. Vi foreslår, at psykiatrien inddrages tidligt.

2. Specialiserede tilbud til børn og unge
SILKEBORG: Enig, men området bør afgrænses.

3. Rekruttering og fastholdelse af fagpersoner
SILKEBORG: Ingen bemærkninger.

Frist 1. juli 2022.
''')}""", "remark", EV, "processed", True, sub=S("Silkeborg Kommune", 0),
        note="the remarks are interleaved with the quoted invitation")

    # 080 Region's corrected version replaces its earlier attachment.
    mail("region-midtjylland-rettet-version", "ern", mixed(f"""From: Louise Brandt <louise.brandt@rm.dk>
To: ern@viborg.dk
Subject: {q("Rettet version: Region Midtjyllands bemærkninger – Rammeaftale 2023-2024")}
Date: {{DATE}}
Message-ID: <AM7PR02MB6098D5E6F7A8B9C0@AM7PR02MB6098.eurprd02.prod.outlook.com>
""", '''Kære sekretariat

Vi har opdaget en fejl i afsnit 2. Her er den rettede version, som erstatter den, vi sendte tidligere.

Venlig hilsen
Louise Brandt
Region Midtjylland
''', [("application/pdf", "RM bemaerkninger RA2023-24 rettet.pdf", PDF)]),
        "remark", EV, "processed", True, sub=S("Region Midtjylland", 1))

    gen_traps()

    # Hedensted's remark after its question, as an old .doc.
    mail("hedensted-doc-efter-spoergsmaal", "ern", mixed(f"""From: Tina Lauridsen <tina.lauridsen@hedensted.dk>
To: ern@viborg.dk
Subject: {q("SV: Spørgsmål om format")}
Date: {{DATE}}
Message-ID: <AS8PR01MB7460F2A3B4C5D6E7@AS8PR01MB7460.eurprd01.prod.exchangelabs.com>
In-Reply-To: <AS8PR01MB7460E1F2A3B4C5D6@AS8PR01MB7460.eurprd01.prod.exchangelabs.com>
""", '''Tak for svaret. Så kommer Hedensted Kommunes bemærkninger her som Word-dokument.

Tina Lauridsen
Hedensted Kommune
''', [("application/msword", "Hedensted bemaerkninger.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(range(0, 200)))]),
        "remark", EV, "processed", True, sub=S("Hedensted Kommune", 1))

    # late and last-minute remarks
    mail("holstebro-sidste-minut-ikke-for-sent", "ern", mixed(f"""From: Ida Steffensen <idst@holstebro.dk>
To: ern@viborg.dk
Subject: {q("Holstebro Kommunes bemærkninger")}
Date: {{DATE}}
Message-ID: <AS4PR08MB7902C6D7E8F9A0B1@AS4PR08MB7902.eurprd08.prod.outlook.com>
""", '''Hej – i sidste øjeblik, her er Holstebros bemærkninger.

Ida Steffensen
Holstebro Kommune
''', [("application/pdf", "Holstebro bemaerkninger.pdf", PDF)]),
        "remark", EV, "processed", True, sub=S("Holstebro Kommune", 1, late=False),
        received_at="2022-07-01T21:30:00+00:00", note="23:30 local time on the deadline day: in time")

    mail("lemvig-sen-docx", "ern", mixed(f"""From: Niels Bundgaard <nibu@lemvig.dk>
To: ern@viborg.dk
Subject: {q("Lemvig Kommunes input – beklager forsinkelsen")}
Date: {{DATE}}
Message-ID: <DB6PR07MB3112D7E8F9A0B1C2@DB6PR07MB3112.eurprd07.prod.outlook.com>
""", '''Kære sekretariat

Beklager, at vores input kommer efter fristen. Udvalget kunne først behandle det i går.

Med venlig hilsen
Niels Bundgaard
Lemvig Kommune
''', [("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "Lemvig input.docx", DOCX)]),
        "remark", EV, "processed", True, sub=S("Lemvig Kommune", 1, late=True),
        received_at="2022-07-04T08:05:00+00:00", note="after the deadline: stored, flagged late, still acknowledged")


def gen_traps():
    # Danish OOF with Auto-Submitted, Skanderborg.
    mail("oof-dansk-skanderborg", "ern", f"""From: Pia Lykke <pia.lykke@skanderborg.dk>
To: ern@viborg.dk
Subject: {q("Automatisk svar: Påmindelse: Input til Rammeaftale 2023-2024")}
Date: {{DATE}}
Message-ID: <AM0PR05MB6611E8F9A0B1C2D3@AM0PR05MB6611.eurprd05.prod.outlook.com>
Auto-Submitted: auto-replied
X-Auto-Response-Suppress: All
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

{qp('''Jeg er på ferie til og med 11. juli. Vedr. rammeaftalen og bemærkninger til udviklingsområderne kontakt venligst Jakob Friis, jafr@skanderborg.dk.

Venlig hilsen Pia Lykke
''')}""", "auto_reply", "", "ignored", False)

    # NDR from postmaster@viborg.dk about a reminder.
    mail("ndr-postmaster-viborg-paamindelse", "ern", f"""From: Mail Delivery Subsystem <postmaster@viborg.dk>
To: ern@viborg.dk
Subject: {q("Kan ikke leveres: Påmindelse: Input til Rammeaftale 2023-2024")}
Date: {{DATE}}
Message-ID: <ndr.20220620.0815.7712@viborg.dk>
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="_ndr_vib_"

--_ndr_vib_
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

{qp('''Meddelelsen kunne ikke leveres til: sekretariat.social@herning.dk

Postkassen findes ikke.
''')}
--_ndr_vib_
Content-Type: message/delivery-status

Reporting-MTA: dns;mail.viborg.dk

Final-Recipient: rfc822;sekretariat.social@herning.dk
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp;550 5.1.1 mailbox unavailable

--_ndr_vib_
Content-Type: message/rfc822

From: ern@viborg.dk
To: sekretariat.social@herning.dk
Subject: =?utf-8?Q?P=C3=A5mindelse=3A_Input_til_Rammeaftale_2023-2024?=
Date: Mon, 20 Jun 2022 10:15:00 +0200
Message-ID: <reminder-2022-06-20-herning@viborg.dk>
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Kære Herning Kommune. Husk at sende jeres bemærkninger til udviklingsområderne senest 1. juli 2022.

--_ndr_vib_--
""", "bounce", "", "ignored", False)

    # VISO newsletter with List-Id.
    mail("nyhedsbrev-viso-list-id", "ern", f"""From: VISO Nyhedsbrev <nyhedsbrev@socialstyrelsen.dk>
To: ern@viborg.dk
Subject: {q("VISO-nyt: Nye udviklingsområder og kurser")}
Date: {{DATE}}
Message-ID: <viso-nyt-2022-06.3311@lists.socialstyrelsen.dk>
List-Id: VISO-nyt <viso-nyt.lists.socialstyrelsen.dk>
List-Unsubscribe: <mailto:viso-nyt-leave@lists.socialstyrelsen.dk>
Precedence: list
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

{qp('''VISO-nyt juni 2022

* Nye udviklingsområder i de regionale rammeaftaler – hvad betyder det for VISO?
* Kurser i efteråret: Send dine bemærkninger og ønsker til kursuskataloget.

Du får denne mail, fordi du abonnerer på VISO-nyt.
''')}""", "list", "", "ignored", False)

    # reply-all thanks in the ern thread.
    mail("reply-all-tak-favrskov", "ern", f"""From: Nils Borring <nibo@favrskov.dk>
To: Dorte Krogh <dokr@favrskov.dk>
Cc: ern@viborg.dk
Subject: {q("SV: Byrådets beslutning – input til Rammeaftale 2023-2024")}
Date: {{DATE}}
Message-ID: <DB7PR05MB5672A0B1C2D3E4F5@DB7PR05MB5672.eurprd05.prod.outlook.com>
In-Reply-To: <DB7PR05MB5672F2A3B4C5D6E7@DB7PR05MB5672.eurprd05.prod.outlook.com>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

{qp('''Tak Dorte.

Nils

Sendt fra min iPhone

Den 22. jun. 2022 kl. 09.12 skrev Dorte Krogh <dokr@favrskov.dk>:

> Kære sekretariat
> På vegne af borgmester Nils Borring fremsendes Favrskov Byråds beslutning af 21. juni 2022 med kommunens input til udviklingsområderne.
''')}""", "other", EV, "review", False, [], note="thanks only; not a second submission")

    # English auto-reply with headers, Region Midtjylland.
    mail("automatic-reply-english-rm", "ern", f"""From: Peter Holm <peter.holm@rm.dk>
To: ern@viborg.dk
Subject: Automatic reply: {q("Region Midtjyllands bemærkninger – Rammeaftale 2023-2024")}
Date: {{DATE}}
Message-ID: <AM7PR02MB6098F7A8B9C0D1E2@AM7PR02MB6098.eurprd02.prod.outlook.com>
Auto-Submitted: auto-generated
X-MS-Exchange-Inbox-Rules-Loop: peter.holm@rm.dk
MIME-Version: 1.0
Content-Type: text/plain; charset="us-ascii"
Content-Transfer-Encoding: 7bit

Thank you for your e-mail. I am on parental leave until 1 September.
Please contact Louise Brandt (louise.brandt@rm.dk) regarding the framework agreement.
""", "auto_reply", "", "ignored", False)

    # KL (a human) asks for input to a different consultation.
    mail("kl-anden-hoering-menneske", "ern", f"""From: Signe Holt <sho@kl.dk>
To: ern@viborg.dk
Subject: {q("Høring: KL's udspil om voksenhandicapområdet")}
Date: {{DATE}}
Message-ID: <CPH1PR01MB6622A8B9C0D1E2F3@CPH1PR01MB6622.eurprd01.prod.exchangelabs.com>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

{qp('''Kære KKR-sekretariater

KL sender hermed udkast til udspil om voksenhandicapområdet i høring. Vi beder om jeres bemærkninger senest 15. august.

Venlig hilsen
Signe Holt
Chefkonsulent, KL
''')}""", "other", "", "review", False, [], note="another organisation's consultation: not ours")

    # auto-reply that looks human, no headers.
    mail("autosvar-ligner-menneske-barsel-herning", "ern", f"""From: Maria Kjær <maria.kjaer@herning.dk>
To: ern@viborg.dk
Subject: {q("SV: Påmindelse: Input til Rammeaftale 2023-2024")}
Date: {{DATE}}
Message-ID: <PR3PR01MB6377B9C0D1E2F3A4@PR3PR01MB6377.eurprd01.prod.exchangelabs.com>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

{qp('''Tak for din mail. Jeg er på barsel frem til 1. marts 2023.

Henvendelser om det specialiserede socialområde bedes sendt til social@herning.dk.

Med venlig hilsen
Maria Kjær
''')}""", "auto_reply", "", "ignored", False, [], note="an out-of-office text under an ordinary SV: subject, no headers")

    # ESDH receipt from Herning.
    mail("esdh-kvittering-herning", "ern", f"""From: Herning Kommune <noreply@herning.dk>
To: ern@viborg.dk
Subject: Kvittering for modtagelse
Date: {{DATE}}
Message-ID: <acadre.kvit.20220620.5531@herning.dk>
Auto-Submitted: auto-generated
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

{qp('''Vi har modtaget din mail "Påmindelse: Input til Rammeaftale 2023-2024". Den er registreret i Herning Kommunes journalsystem.

Du kan ikke svare på denne mail.
''')}""", "auto_reply", "", "ignored", False)

    # Herning's real remark (human) after the receipt and the OOF.
    mail("herning-bemaerkninger-pdf", "ern", mixed(f"""From: Jesper Vind <jevi@herning.dk>
To: ern@viborg.dk
Subject: {q("Herning: bemærkninger til udviklingsområderne")}
Date: {{DATE}}
Message-ID: <PR3PR01MB6377C0D1E2F3A4B5@PR3PR01MB6377.eurprd01.prod.exchangelabs.com>
""", '''Hej

Maria er på barsel, så jeg sender Herning Kommunes bemærkninger i stedet. Se vedhæftede.

Mvh Jesper Vind
Herning Kommune
''', [("application/pdf", "Herning bemaerkninger 2023-24.pdf", PDF)]),
        "remark", EV, "processed", True, sub=S("Herning Kommune", 1))
