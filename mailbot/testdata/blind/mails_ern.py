# Mail to ern@viborg.dk (Input til Rammeaftale 2023-2024, deadline 1 July 2022). exec'd by make_blind.py.
ERN = "ern@viborg.dk"
R = "rammeaftale2023"


def remark(slug, frm, subj, body, atts, muni, cs="utf-8", cte="quoted-printable", extra=(), html=None, label=None, msgid=None, related=None):
    parts = []
    bodypart = text(body, cs, cte)
    if html:
        bodypart = multipart("alternative", [bodypart, text(html, "windows-1252", sub="html")], "_000_%s_alt_" % slug[:10].upper())
    if related:
        bodypart = multipart("related", [bodypart] + related, "_004_%s_rel_" % slug[:10].upper(), extra='; type="multipart/alternative"')
    parts.append(bodypart)
    parts += atts
    hs = [("From", frm), ("To", ERN), ("Subject", subj), ("Message-ID", msgid or mid(slug, "outlook"))] + list(extra)
    lab = label or L("remark", R, "processed", True, [], {"municipality": muni, "attachments": len(atts)})
    return write(slug, "ern", hs, multipart("mixed", parts, "_005_%s_mix_" % slug[:10].upper()) if atts else bodypart, lab)


remark("bemaerkning-skive-pdf-rfc2231", "Mette Kjærgaard <mekj@skive.dk>".replace("Mette Kjærgaard", "=?utf-8?Q?Mette_Kj=C3=A6rgaard?="),
       ew("Skive Kommunes bemærkninger til udviklingsområder i Rammeaftale 2023-2024", "utf-8", "B"),
       "Kære sekretariat\n\nHermed fremsendes Skive Kommunes bemærkninger til de foreslåede udviklingsområder, jf. vedhæftede.\n\n"
       "Venlig hilsen\n\nMette Kjærgaard\nSpecialkonsulent\nSocial og Sundhed\nSkive Kommune\nTlf. 9915 5500\n",
       [attach("Bemærkninger_udviklingsområder_Skive.pdf", "application/pdf", fake_pdf("Skive bemaerkninger"), "2231")], "Skive Kommune")

hz = outlook_html(["Kære Rammeaftalesekretariat", "", "Vedhæftet er Horsens Kommunes høringssvar vedr. udviklingsområderne i Rammeaftale 2023-2024.", "",
                   "Vi bakker op om udviklingsområdet om borgere med komplekse problemstillinger.", "",
                   '<p class="MsoNormal"><img width="120" height="40" src="cid:image001.png@01D88484.6A1B2C30" alt="Horsens Kommune"><o:p></o:p></p>'],
                  sig=["Med venlig hilsen", "Kristian Lauersen", "Udviklingskonsulent", "Social og Sundhed, Horsens Kommune", "Tlf. 7629 2929"])
remark("bemaerkning-horsens-outlook-logo-docx", "Kristian Lauersen <krla@horsens.dk>", ew("Høringssvar - Rammeaftale 2023-2024 - udviklingsområder", "iso-8859-1", "Q"),
       "Kære Rammeaftalesekretariat\n\nVedhæftet er Horsens Kommunes høringssvar vedr. udviklingsområderne i Rammeaftale 2023-2024.\n\nVi bakker op om udviklingsområdet om borgere med komplekse problemstillinger.\n\n"
       "[Horsens Kommune]\n\nMed venlig hilsen\nKristian Lauersen\nUdviklingskonsulent\n",
       [attach("Høringssvar Horsens Kommune.docx", DOCX, fake_docx("Horsens"), "ew")], "Horsens Kommune", cs="windows-1252", html=hz,
       related=[attach("image001.png", "image/png", fake_png(), "inline", inline_cid="image001.png@01D88484.6A1B2C30")],
       extra=ohdrs("horsens", "Høringssvar - Rammeaftale 2023-2024 - udviklingsområder") + [("X-MS-Has-Attach", "yes")])

remark("bemaerkning-lemvig-kun-tekst", "Bodil Ravnsbæk <bora@lemvig.dk>".replace("Bodil Ravnsbæk", "=?utf-8?B?Qm9kaWwgUmF2bnNiw6Zr?="), "Lemvigs input til udviklingsområderne",
       "Hej\n\nLemvig Kommune har følgende bemærkninger:\n\n- Borgere med komplekse problemstillinger: Vi savner fokus på overgangen fra ung til voksen.\n"
       "- Specialiserede tilbud til børn og unge: Enig i beskrivelsen.\n- Rekruttering og fastholdelse: Vigtigt for de små kommuner, gerne med fælles uddannelsesforløb.\n\n"
       "Venlig hilsen\nBodil Ravnsbæk\nSocialchef\nLemvig Kommune\n",
       [], "Lemvig Kommune", extra=[("User-Agent", "Microsoft-MacOutlook/16.62.22061100")])

remark("ingen-bemaerkninger-samsoe", "Lars Thomsen <lath@samsoe.dk>", ew("Rammeaftale 2023-2024 – Samsø", "utf-8", "Q"),
       "Til Rammeaftalesekretariatet\n\nSamsø Kommune har ingen bemærkninger til udviklingsområderne.\n\nMvh\nLars Thomsen\nSamsø Kommune\n",
       [], "Samsø Kommune", label=L("remark", R, "processed", True, [], {"municipality": "Samsø Kommune", "attachments": 0}, note="'no remarks' is an answer"))

remark("bemaerkning-aarhus-to-bilag-ew", "Aarhus Kommune - MSB <msb@aarhus.dk>", "Aarhus Kommunes input til Rammeaftale 2023-2024",
       "Kære sekretariat\n\nHermed Aarhus Kommunes input til udviklingsområderne samt et bilag med data om målgrupperne.\n\nMed venlig hilsen\n\nAnne Bruun\nChefkonsulent\nSocialforvaltningen\nAarhus Kommune\n",
       [attach("Aarhus Kommunes høringssvar.pdf", "application/pdf", fake_pdf("Aarhus"), "ew"),
        attach("Bilag 1 – Data om målgrupper.docx", DOCX, fake_docx("Aarhus bilag"), "ew")], "Aarhus Kommune", cs="iso-8859-1",
       extra=ohdrs("aarhus") + [("X-MS-Has-Attach", "yes")])

fw = ("Hej\n\nVideresender hermed Randers Kommunes input på vegne af direktør Jens Riis.\n\nVh Lotte Bak\nDirektionssekretær, Randers Kommune\n\n"
      "Fra: Jens Riis <jeri@randers.dk>\nSendt: 17. juni 2022 14:02\nTil: Lotte Bak <lobk@randers.dk>\nEmne: Randers Kommunes input til Rammeaftale 2023-2024\n\n"
      "Hej Lotte\n\nVil du sende vedhæftede til sekretariatet i Viborg?\n\nJens\n")
remark("videresendt-bemaerkning-randers", "Lotte Bak <lobk@randers.dk>", "VS: Randers Kommunes input til Rammeaftale 2023-2024", fw,
       [attach("Randers input RA 2023-24.pdf", "application/pdf", fake_pdf("Randers"), "plain")], "Randers Kommune", extra=ohdrs("randers"))

remark("bemaerkning-region-midtjylland", "=?utf-8?Q?Region_Midtjylland=2C_Social_og_Psykiatri?= <socialogpsykiatri@rm.dk>", "Input fra Region Midtjylland - Rammeaftale 2023-2024",
       "Kære sekretariat\n\nHermed Region Midtjyllands bemærkninger til udviklingsområderne.\n\nMed venlig hilsen\nRegion Midtjylland\nSocial og Psykiatri\n",
       [attach("RM bemærkninger udviklingsområder.pdf", "application/pdf", fake_pdf("RM"), "2231")], "Region Midtjylland")

plain("spoergsmaal-udsaettelse-favrskov", "Hans Kristian Dahl <hkd@favrskov.dk>", "Frist for input til rammeaftalen",
      "Hej\n\nKan vi få en uges udsættelse med vores input? Vores byråd behandler sagen først den 4. juli.\n\nMvh\nHans Kristian Dahl\nFavrskov Kommune\n",
      L("other", R, "review", False, []), to=ERN, mb="ern")

oof("oof-exchange-hedensted", "Anette Bro <anbr@hedensted.dk>", "Automatisk svar: " + CALL_SUBJ,
    "Jeg er på ferie frem til 8. august. Henvendelser vedr. rammeaftalen kan rettes til Socialchef Ib Lund.\n",
    exch("anbr@hedensted.dk"), mb="ern", to=ERN)

plain("ndr-kan-ikke-leveres-ern", "Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@viborg.dk>", ew("Kan ikke leveres: Påmindelse: " + CALL_SUBJ, "utf-8", "Q"),
      "Leveringen til disse modtagere eller grupper mislykkedes:\n\nsocial@ikast.dk\nDen mailadresse, du angav, blev ikke fundet.\n\nDiagnosticeringsoplysninger til administratorer:\nRemote Server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'\n",
      ROBOT("bounce", note="Exchange NDR as plain text"), to=ERN, mb="ern", extra=[("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Message-Is-Ndr", "")])

plain("kl-nyhedsbrev-ern", "KL <nyhedsbrev@kl.dk>", "KL Nyhedsbrev: Social og Sundhed",
      "Ugens nyheder: Rammeaftalerne 2023-2024 – KKR'erne indsamler input til udviklingsområderne.\n\nAfmeld: https://www.kl.dk/afmeld\n",
      ROBOT("list"), to=ERN, mb="ern", extra=[("List-Id", "<social.nyheder.kl.dk>"), ("List-Unsubscribe", "<mailto:unsubscribe@kl.dk>"), ("Precedence", "bulk")])

remark("bemaerkning-ikast-brande-fortsaettelse", "Peter Hvid <pehv@ikast-brande.dk>", "Bemærkninger fra Ikast-Brande",
       "Hej\n\nSe vedhæftede.\n\nPeter Hvid\nIkast-Brande Kommune\n",
       [attach("Ikast-Brande Kommunes bemærkninger til udviklingsområderne 2023-2024.pdf", "application/pdf", fake_pdf("IB"), "cont")], "Ikast-Brande Kommune",
       cs="utf-8", cte="8bit", msgid=mid("ib", "ikast-brande.dk"))

remark("eftersendt-bilag-skive", "=?utf-8?Q?Mette_Kj=C3=A6rgaard?= <mekj@skive.dk>", "SV: " + ew("Skive Kommunes bemærkninger til udviklingsområder i Rammeaftale 2023-2024", "utf-8", "B"),
       "Hej igen\n\nVi glemte bilag 2. Hermed eftersendt.\n\nVenlig hilsen\nMette Kjærgaard\nSkive Kommune\n",
       [attach("Bilag 2 – Økonomi.pdf", "application/pdf", fake_pdf("Skive bilag 2"), "2231")], "Skive Kommune")

remark("bemaerkning-viborg-samme-domaene", "=?utf-8?Q?S=C3=B8ren_Lynge?= <slyn@viborg.dk>", "Viborg Kommunes bemærkninger - rammeaftale",
       "Hej kollegaer\n\nHermed Viborg Kommunes bemærkninger til udviklingsområderne.\n\nSøren Lynge\nSocialchef\nViborg Kommune\n",
       [attach("Viborg bemærkninger.docx", DOCX, fake_docx("Viborg"), "2231")], "Viborg Kommune",
       label=L("remark", R, "processed", True, [], {"municipality": "Viborg Kommune", "attachments": 1}, note="same domain as our mailbox, not our address"))

remark("bemaerkning-privat-hotmail-syddjurs", "Maria Hjorth <mariahjorth@hotmail.com>", "Syddjurs' input",
       "Hej\n\nJeg sender Syddjurs Kommunes input fra min private mail, da jeg sidder til møde ude.\n\nMvh Maria Hjorth\nFormand for Socialudvalget, Syddjurs Kommune\n",
       [attach("Syddjurs input udviklingsomraader.docx", DOCX, fake_docx("Syddjurs"), "plain")], "Syddjurs Kommune", msgid="<AM9P191MB1234ABCD5678@AM9P191MB1234.EURP191.PROD.OUTLOOK.COM>")

oof("oof-uden-headere-struer", "Jytte Lund <jylu@struer.dk>", ew("Fraværende: " + CALL_SUBJ, "utf-8", "Q"),
    "Jeg er på ferie fra 20. juni til 11. juli. Mails læses ikke i perioden.\n\nJytte Lund\n", [], mb="ern", to=ERN,
    label=ROBOT("auto_reply", note="no auto-reply headers"))

plain("tak-for-kvittering-skive", "=?utf-8?Q?Mette_Kj=C3=A6rgaard?= <mekj@skive.dk>", "SV: Kvittering: " + ew("Skive Kommunes bemærkninger", "utf-8", "Q"),
      "Tak for kvitteringen!\n\nMette\n", L("other", R, "review", False, [], note="thanks for our acknowledgement"), to=ERN, mb="ern", extra=[("In-Reply-To", "<ack-ern-0001@viborg.dk>")])

remark("bemaerkning-holstebro-base64-kun-name", "Holstebro Kommune <social@holstebro.dk>", "Input til rammeaftale 2023-2024 fra Holstebro",
       "Til Rammeaftalesekretariatet\n\nHolstebro Kommunes input til udviklingsområderne er vedhæftet.\n\nVenlig hilsen\nHolstebro Kommune, Social og Arbejdsmarked\n",
       [attach("Holstebro_input.pdf", "application/pdf", fake_pdf("Holstebro"), "nodisp")], "Holstebro Kommune", cte="base64")

nd = ("<html><head><meta charset=\"utf-8\"></head><body><p>Kære sekretariat</p><p>Norddjurs Kommunes bemærkninger:</p>"
      "<table border=\"1\"><tr><th>Udviklingsområde</th><th>Bemærkning</th></tr>"
      "<tr><td>Borgere med komplekse problemstillinger</td><td>Enig. Vi foreslår et fælles kompetenceforløb.</td></tr>"
      "<tr><td>Specialiserede tilbud til børn og unge</td><td>Behov for flere pladser i Østjylland.</td></tr>"
      "<tr><td>Rekruttering og fastholdelse</td><td>Ingen bemærkninger.</td></tr></table>"
      "<p>Med venlig hilsen<br>Tina Klit<br>Norddjurs Kommune</p></body></html>\n")
write("bemaerkning-norddjurs-html-tabel", "ern",
      [("From", "Tina Klit <tikl@norddjurs.dk>"), ("To", ERN), ("Subject", ew("Norddjurs: bemærkninger til udviklingsområderne", "utf-8", "B")), ("Message-ID", mid("norddjurs", "norddjurs.dk"))],
      text(nd, "utf-8", sub="html"), L("remark", R, "processed", True, [], {"municipality": "Norddjurs Kommune", "attachments": 0}))

plain("spoergsmaal-kkr-konference-odder", "Birgitte Vad <bva@odder.dk>", "KKR-konferencen 26. januar",
      "Hej\n\nKan man allerede nu tilmelde sig KKR-konferencen den 26. januar 2023, hvor rammeaftalen drøftes?\n\nVh Birgitte Vad\nOdder Kommune\n",
      L("other", R, "review", False, [], note="a question, not a remark"), to=ERN, mb="ern")

remark("bemaerkning-odder-octet-stream", "Jakob Holm <jaho@odder.dk>", "Odder Kommunes bemærkninger",
       "Hej\n\nHermed Odder Kommunes bemærkninger til Rammeaftale 2023-2024.\n\nJakob Holm\nDirektør, Odder Kommune\n",
       [attach("Odder bemaerkninger.docx", "application/octet-stream", fake_docx("Odder"), "plain")], "Odder Kommune")

mdn = "Reporting-UA: rksk.dk; Microsoft Outlook 16.0\nFinal-Recipient: rfc822;peho@rksk.dk\nDisposition: manual-action/MDN-sent-manually; displayed\n"
write("laesekvittering-ern-rksk", "ern",
      [("From", "Peter Holm <peho@rksk.dk>"), ("To", ERN), ("Subject", ew("Læst: " + CALL_SUBJ, "utf-8", "Q")), ("Message-ID", mid("mdn-rksk", "outlook"))],
      multipart("report", [text("Din meddelelse er blevet vist hos modtageren.\n", "utf-8"), Part([("Content-Type", "message/disposition-notification")], mdn.encode())],
                "mdn_boundary_02", extra="; report-type=disposition-notification"),
      ROBOT("auto_reply", note="read receipt (MDN)"))

remark("bemaerkning-struer-xars", "=?utf-8?Q?Niels_M=C3=B8rk?= <nimo@struer.dk>", "Struer Kommune - input til rammeaftalen",
       "Kære sekretariat\n\nHermed Struer Kommunes input.\n\nMed venlig hilsen\nNiels Mørk\nChef for Social og Arbejdsmarked\nStruer Kommune\n",
       [attach("Struer input.pdf", "application/pdf", fake_pdf("Struer"), "2231")], "Struer Kommune",
       extra=[("X-Auto-Response-Suppress", "All"), ("Precedence", "bulk")],
       label=L("remark", R, "processed", True, [], {"municipality": "Struer Kommune", "attachments": 1}, note="a person's remark with X-Auto-Response-Suppress and Precedence: bulk"))

remark("bemaerkning-hedensted-citerer-opfordring", "Ib Lund <iblu@hedensted.dk>", "SV: " + CALL_SUBJ,
       "Hej\n\nHedensted Kommune bakker op om de tre udviklingsområder, se vores uddybning i vedhæftede.\n\nVh Ib Lund\nSocialchef, Hedensted Kommune\n"
       + oq(frm=CALL_FROM, sent=CALL_SENT, to="Ib Lund <iblu@hedensted.dk>", subj=CALL_SUBJ, body=CALL),
       [attach("Hedensted - input.pdf", "application/pdf", fake_pdf("Hedensted"), "plain")], "Hedensted Kommune", extra=ohdrs("hedensted", CALL_SUBJ))

remark("bemaerkning-rksk-latin1", "=?iso-8859-1?Q?Ringk=F8bing-Skjern_Kommune?= <social@rksk.dk>", "=?iso-8859-1?Q?Bem=E6rkninger_til_udviklingsomr=E5der?=",
       "Kære sekretariat\n\nRingkøbing-Skjern Kommune fremsender hermed bemærkninger til udviklingsområderne. Vi lægger vægt på rekruttering i yderområderne.\n\nMed venlig hilsen\nMarianne Søgaard\nRingkøbing-Skjern Kommune\n",
       [attach("Bemærkninger RKSK.pdf", "application/pdf", fake_pdf("RKSK"), "ew")], "Ringkøbing-Skjern Kommune", cs="iso-8859-1")

write("postfix-forsinket-ern", "ern",
      [("From", "Mail Delivery System <MAILER-DAEMON@mx.viborg.dk>"), ("To", ERN), ("Subject", "Delayed Mail (still being retried)"), ("Message-ID", "<20220620.4LM2k3@mx.viborg.dk>"),
       ("Auto-Submitted", "auto-replied")],
      multipart("report", [text("This is the mail system at host mx.viborg.dk.\n\n# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #\n\nYour message could not be delivered for 4.0 hours.\n", "us-ascii", "7bit"),
                           Part([("Content-Type", "message/delivery-status")], b"Reporting-MTA: dns; mx.viborg.dk\n\nFinal-Recipient: rfc822; social@samsoe-kommune.dk\nAction: delayed\nStatus: 4.4.1\n")],
                "4LM2k3.1655712000/mx.viborg.dk", extra="; report-type=delivery-status"),
      ROBOT("bounce", note="delay warning"))

plain("socialstyrelsen-nyhedsbrev", "Social- og Boligstyrelsen <nyhedsbrev@sbst.dk>", "Nyhedsbrev juni 2022",
      "Nyhedsbrev fra Social- og Boligstyrelsen\n\nNy viden om specialiserede tilbud til børn og unge.\n\nAfmeld nyhedsbrevet: https://sbst.dk/afmeld\n",
      ROBOT("list"), to=ERN, mb="ern", extra=[("List-Id", "Nyhedsbrev <nyhedsbrev.sbst.dk>"), ("List-Unsubscribe", "<https://sbst.dk/afmeld>")])

plain("varsel-bemaerkninger-foelger-silkeborg", "Ulla Brink <ulbr@silkeborg.dk>", ew("Silkeborg Kommunes bemærkninger følger", "utf-8", "Q"),
      "Kære sekretariat\n\nVi sender vores bemærkninger i næste uge, når de er godkendt af direktionen.\n\nVenlig hilsen\nUlla Brink\nSilkeborg Kommune\n",
      L("other", R, "review", False, [], note="says remarks will come: not a remark yet"), to=ERN, mb="ern")

remark("bemaerkning-skanderborg-link", "Jens Winther <jewi@skanderborg.dk>", "Skanderborg - input til udviklingsområder",
       "Hej\n\nSkanderborg Kommunes bemærkninger kan hentes her:\nhttps://skanderborg.dk/dokumenter/ra2023-input.pdf\n\nKort fortalt støtter vi alle tre områder.\n\nJens Winther\nSkanderborg Kommune\n",
       [], "Skanderborg Kommune", label=L("remark", R, "processed", True, [], {"municipality": "Skanderborg Kommune", "attachments": 0}, note="a link instead of a file"))

remark("bemaerkning-silkeborg-docx", "Ulla Brink <ulbr@silkeborg.dk>", "Silkeborg Kommunes bemærkninger til udviklingsområderne".replace("æ", "ae"),
       "Kære sekretariat\n\nSom lovet: hermed Silkeborg Kommunes bemærkninger, godkendt af direktionen.\n\nVenlig hilsen\nUlla Brink\n",
       [attach("Silkeborg bemærkninger RA 2023-2024.docx", DOCX, fake_docx("Silkeborg"), "2231")], "Silkeborg Kommune")

macx = ("<html><head></head><body><div style=\"font-family:Calibri\"><p>Hej</p><p>Hermed Herning Kommunes bemærkninger til udviklingsområderne.</p>"
        "<p>Med venlig hilsen<br>Søren Kjær<br>Herning Kommune</p></div></body></html>\n")
write("bemaerkning-herning-mac-html-docx", "ern",
      [("From", "=?utf-8?Q?S=C3=B8ren_Kj=C3=A6r?= <soren.kjaer@herning.dk>"), ("To", "\"ern@viborg.dk\" <ern@viborg.dk>"), ("Subject", "Herning - rammeaftale 2023-2024"),
       ("Message-ID", mid("herning", "outlook")), ("User-Agent", "Microsoft-MacOutlook/16.62.22061100")],
      multipart("mixed", [text(macx, "utf-8", sub="html"), attach("Herning høringssvar.docx", DOCX, fake_docx("Herning"), "2231")], "B_3738394041_998877"),
      L("remark", R, "processed", True, [], {"municipality": "Herning Kommune", "attachments": 1}))

oof("oof-english-headers-region-ern", "Tom Birk <tobi@rm.dk>", "Automatic reply: " + CALL_SUBJ,
    "I am out of office until 4 July. For matters regarding the framework agreement, please contact socialogpsykiatri@rm.dk.\n",
    [("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")], mb="ern", to=ERN)

plain("egen-mail-fra-ern", "Rammeaftalesekretariatet <ern@viborg.dk>", "Påmindelse: " + CALL_SUBJ,
      "Kære kommuner\n\nEn venlig påmindelse: fristen for bemærkninger til udviklingsområderne er fredag den 1. juli 2022.\n\nVenlig hilsen\nRammeaftalesekretariatet\n",
      L("other", R, "ignored", False, [], note="our own reminder, a copy to ourselves"), to="ern@viborg.dk", mb="ern", cs="windows-1252")
