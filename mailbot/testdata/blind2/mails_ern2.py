# The ern@viborg.dk half of the second blind set (exec'd by make_blind2.py).

E_ = "Input til Rammeaftale 2023-2024"
REM = lambda muni, n, note="", late=None: L("remark", "rammeaftale2023", "processed", True, [], S(muni, n, late), note)
Q = lambda note: L("other", "rammeaftale2023", "review", False, [], note=note)


def ern_outlook(lines, attach=(), html_only=False, quote=True, cs="windows-1252"):
    return outlook(lines, quote=(ERN_HDR + [("Til", "Kommunerne i Midtjylland")], ERN_INVITE) if quote else None,
                   html_only=html_only, cs=cs, attach=attach)


add("bemaerkning-silkeborg-outlook-html-pdf-rfc2231", "ern", addr("Anne Mørk", "anmo@silkeborg.dk", "q", "iso-8859-1"),
    subj("SV: Input til Rammeaftale 2023-2024 – udviklingsområder", "q", "windows-1252"),
    ern_outlook(["Kære sekretariat", "", "Hermed Silkeborg Kommunes bemærkninger til udviklingsområderne, jf. vedhæftede.", "",
                 "Vi lægger især vægt på området for borgere med komplekse problemstillinger.", "", "Venlig hilsen", "Anne Mørk",
                 "Specialkonsulent, Social og Beskæftigelse", "Silkeborg Kommune"],
                attach=[attachment("Silkeborg Kommunes bemærkninger til udviklingsområder.pdf", "application/pdf",
                                   pdf("Silkeborg Kommunes bemaerkninger"), rfc2231=True)], html_only=True),
    REM("Silkeborg Kommune", 1),
    headers=outlook_h("Input til Rammeaftale 2023-2024 – udviklingsområder", [("X-MS-Has-Attach", "yes")]), style="outlook", crlf=True)

add("bemaerkning-randers-docx-og-pdf", "ern", addr("Bjarne Holt", "bjho@randers.dk"),
    "Randers Kommunes input til Rammeaftale 2023-2024",
    multipart("mixed", [text("Hej\n\nVedhæftet er Randers Kommunes input til udviklingsområderne samt byrådets beslutning (PDF).\n\n"
                             "Med venlig hilsen\nBjarne Holt\nChefkonsulent\nRanders Kommune\n", "utf-8", "qp"),
                        attachment("Input Rammeaftale 2023-2024 Randers.docx", DOCX_T, docx(["Randers Kommunes input", "Udviklingsområde 1: ..."])),
                        attachment("Byraadsbeslutning 13-06-2022.pdf", "application/pdf", pdf("Byraadsbeslutning"))]),
    REM("Randers Kommune", 2))

add("bemaerkning-region-midtjylland-docx-blandet-sprog", "ern", addr("Katrine Lerche", "kale@rm.dk"),
    subj("Region Midtjyllands bemærkninger – Rammeaftale 2023-2024", "b"),
    ern_outlook(["Dear all / Kære alle", "", "Please find attached Region Midtjyllands bemærkninger til udviklingsområderne.",
                 "Vi har koordineret med Psykiatri og Social, og bidraget er godkendt af direktionen.", "", "Best regards / Venlig hilsen",
                 "Katrine Lerche", "Konsulent, Psykiatri og Social", "Region Midtjylland"],
                attach=[attachment("RM bemærkninger udviklingsområder 2023-24.docx", DOCX_T, docx(["Region Midtjylland", "Bemærkninger"]))], cs="utf-8"),
    REM("Region Midtjylland", 1),
    headers=outlook_h("Region Midtjyllands bemærkninger – Rammeaftale 2023-2024", [("X-MS-Has-Attach", "yes")]), style="outlook", crlf=True)

add("bemaerkning-skive-xlsx-skema", "ern", addr("Jens Bak", "jeba@skivekommune.dk"),
    "Skive - skema med input til rammeaftalen",
    multipart("mixed", [text("Hej\n\nHer er Skive Kommunes udfyldte skema.\n\nMvh Jens Bak\nSkive Kommune\n", "utf-8", "8bit"),
                        attachment("Skema - input rammeaftale 2023-24 Skive.xlsx", XLSX_T,
                                   xlsx([["Udviklingsområde", "Bemærkning"], ["Borgere med autisme", "Behov for flere pladser"], ["Hjerneskade", "Ingen"]]))]),
    REM("Skive Kommune", 1),
    headers=[("User-Agent", "Microsoft-MacOutlook/16.62.22061100")])

aarhus_body = ("Kære Rammeaftalesekretariat\n\nAarhus Kommune takker for muligheden for at komme med input til udviklingsområderne i Rammeaftale 2023-2024.\n\n"
               "1. Borgere med autisme: Vi ser en stigning i antallet af unge voksne med autisme og komorbide psykiatriske diagnoser, og vi foreslår, "
               "at udviklingsområdet får fokus på overgangen fra ung til voksen.\n\n"
               "2. Hjerneskade: Aarhus Kommune støtter, at området fortsætter, men peger på behovet for en fælles opgørelse af kapacitet.\n\n"
               "3. Socialpsykiatri: Vi foreslår et samarbejde med regionen om de mest komplekse forløb.\n\n"
               "Den fulde udtalelse, som den er godkendt i Socialudvalget, er vedhæftet.\n\n"
               "Med venlig hilsen\n\nMaja Lind\nSpecialkonsulent\nSociale Forhold og Beskæftigelse\nAarhus Kommune\n")
add("bemaerkning-aarhus-lang-med-pdf", "ern", addr("Maja Lind", "majl@aarhus.dk"),
    subj("Aarhus Kommunes bemærkninger til udviklingsområder i Rammeaftale 2023-2024", "q"),
    multipart("mixed", [text(aarhus_body, "utf-8", "qp"), attachment("Udtalelse_Aarhus_Rammeaftale_2023-2024.pdf", "application/pdf", pdf("Udtalelse Aarhus"))]),
    REM("Aarhus Kommune", 1))

add("bemaerkning-holstebro-kun-i-teksten", "ern", addr("Niels Graversen", "nigr@holstebro.dk"),
    subj("Bemærkninger fra Holstebro Kommune", "q", "iso-8859-1"),
    text("Hej\n\nHolstebro Kommune har følgende bemærkninger til udviklingsområderne:\n\n"
         "- Børn og unge med særlige behov: Vi savner fokus på de mindre kommuners adgang til højt specialiserede tilbud.\n"
         "- Socialpsykiatri: Vi bakker op om forslaget.\n\nVenlig hilsen\nNiels Graversen\nSocialchef, Holstebro Kommune\n", "iso-8859-1", "qp"),
    REM("Holstebro Kommune", 0, "remarks in the body only"))

add("bemaerkning-samsoe-ingen-bemaerkninger", "ern", addr("Lone Kjær", "lokj@samsoe.dk", "q", "iso-8859-1"),
    "Rammeaftale 2023-2024 - Samsø".replace("ø", "oe"),
    text("Samsø Kommune har ingen bemærkninger til udviklingsområderne.\n\nMvh\nLone Kjær\nSamsø Kommune\n", "utf-8", "8bit"),
    REM("Samsø Kommune", 0, "an answer that there are no remarks is still the municipality's reply"))

add("bemaerkning-ikast-brande-iphone-videresendt-pdf", "ern", addr("Søren Lyng", "soly@ikast-brande.dk", "b"),
    "Fwd: Ikast-Brande input",
    multipart("mixed", [text("Hermed Ikast-Brande Kommunes input, se vedhæftede.\n\nSøren Lyng\nDirektør\n\nSendt fra min iPhone\n\n"
                             "Start på videresendt besked:\n\n> Fra: Charlotte Rye <chry@ikast-brande.dk>\n> Dato: 24. juni 2022 kl. 13.02.11 CEST\n"
                             "> Til: Søren Lyng <soly@ikast-brande.dk>\n> Emne: Ikast-Brande input\n>\n> Hej Søren, her er det endelige input. /Charlotte\n", "utf-8", "qp"),
                        attachment("Ikast-Brande input rammeaftale.pdf", "application/pdf", pdf("Ikast-Brande input"))],
              boundary="Apple-Mail-7A1C4E2B-90F3-4D2A-8C11-3E5F6A7B8C9D"),
    REM("Ikast-Brande Kommune", 1),
    headers=IPHONE_H, style="apple")

add("bemaerkning-odder-windows1252-emne-to-bilag", "ern", addr("Hanne Bro", "habr@odder.dk"),
    "=?windows-1252?Q?Bem=E6rkninger_til_Rammeaftale_2023-2024_=96_Odder_Kommune?=",
    ern_outlook(["Til Rammeaftalesekretariatet", "", "Odder Kommunes bemærkninger er vedhæftet som PDF, og vi har også udfyldt jeres skabelon.", "",
                 "Med venlig hilsen", "Hanne Bro", "Odder Kommune"],
                attach=[attachment("Odder bemærkninger.pdf", "application/pdf", pdf("Odder")),
                        attachment("Skabelon udfyldt - Odder.docx", DOCX_T, docx(["Odder Kommune", "Skabelon"]))]),
    REM("Odder Kommune", 2),
    headers=outlook_h("Bemærkninger til Rammeaftale 2023-2024 – Odder Kommune", [("X-MS-Has-Attach", "yes")]), style="outlook", crlf=True)

hed_html = ('<html><body><p class="MsoNormal">Hej</p><p class="MsoNormal">Hedensted Kommunes bemærkninger er vedhæftet.</p>'
            '<p class="MsoNormal">Venlig hilsen<br>Tobias Krog<br>Hedensted Kommune</p><p class="MsoNormal"><img width="120" height="40" '
            'src="cid:image001.png@01D88A2B.5C3E1F70" alt="Hedensted Kommune"></p></body></html>')
add("bemaerkning-hedensted-logo-inline-og-pdf", "ern", addr("Tobias Krog", "tokr@hedensted.dk"),
    "Bemaerkninger - Hedensted Kommune",
    multipart("mixed", [multipart("related", [multipart("alternative", [text("Hej\n\nHedensted Kommunes bemærkninger er vedhæftet.\n\nVenlig hilsen\nTobias Krog\nHedensted Kommune\n", "windows-1252", "qp"),
                                                                         html(hed_html, "windows-1252", "qp")]),
                                              attachment("image001.png", "image/png", PNG, inline=True, cid="image001.png@01D88A2B.5C3E1F70")],
                                  params='; type="multipart/alternative"'),
                        attachment("Hedensted - bemaerkninger rammeaftale 2023-2024.pdf", "application/pdf", pdf("Hedensted"))]),
    REM("Hedensted Kommune", 1, "the inline signature logo is not an attachment of the submission"),
    headers=outlook_h("Bemaerkninger - Hedensted Kommune", [("X-MS-Has-Attach", "yes")]), style="outlook", crlf=True)

add("bemaerkning-lemvig-paa-vegne-af-direktoer-docx", "ern", addr("Susanne Iversen", "suiv@lemvig.dk"),
    subj("Lemvig Kommunes input – sendt på vegne af direktør Poul Juhl", "q"),
    ern_outlook(["Sendt på vegne af direktør Poul Juhl", "", "Kære sekretariat", "", "Lemvig Kommunes input til udviklingsområderne er vedhæftet.", "",
                 "Med venlig hilsen", "Susanne Iversen", "Direktionssekretær, Lemvig Kommune"],
                attach=[attachment("Lemvig input.docx", DOCX_T, docx(["Lemvig Kommune input"]))]),
    REM("Lemvig Kommune", 1),
    headers=outlook_h("Lemvig Kommunes input", [("X-MS-Has-Attach", "yes")]), style="outlook", crlf=True)

add("bemaerkning-struer-esdh-precedence-bulk", "ern", addr("Lise Dahl", "lise.dahl@struer.dk"),
    "Struer Kommunes bemaerkninger til Rammeaftale 2023-2024 (sag 27.00.00-P00-1-22)",
    multipart("mixed", [text("Journalnr.: 27.00.00-P00-1-22\n\nHermed fremsendes Struer Kommunes bemærkninger til udviklingsområderne i Rammeaftale 2023-2024.\n\n"
                             "Med venlig hilsen\nLise Dahl\nSagsbehandler, Voksenområdet\nStruer Kommune\n\n"
                             "Denne mail er sendt fra Struer Kommunes sagssystem.\n", "utf-8", "qp"),
                        attachment("27.00.00-P00-1-22 Bemaerkninger.pdf", "application/pdf", pdf("Struer"))]),
    REM("Struer Kommune", 1, "a person's remark sent through the records system with Precedence: bulk"),
    headers=[("Precedence", "bulk"), ("X-Mailer", "Acadre ESDH 7.4")])

add("bemaerkning-norddjurs-x-auto-response-suppress-docx", "ern", addr("Karsten Ryom", "kary@norddjurs.dk"),
    "Norddjurs - input til rammeaftale",
    ern_outlook(["Hej", "", "Vedlagt Norddjurs Kommunes bemærkninger.", "", "Mvh", "Karsten Ryom", "Leder af Myndighed Voksen", "Norddjurs Kommune"],
                attach=[attachment("Norddjurs bemaerkninger 2023-2024.docx", DOCX_T, docx(["Norddjurs"]))], quote=False),
    REM("Norddjurs Kommune", 1),
    headers=outlook_h("Norddjurs - input til rammeaftale", [("X-Auto-Response-Suppress", "All"), ("X-MS-Has-Attach", "yes")]), style="outlook", crlf=True)

add("bemaerkning-syddjurs-auto-submitted-no-pdf", "ern", addr("Mette Dyhr", "medy@syddjurs.dk"),
    subj("Syddjurs Kommunes bemærkninger", "q"),
    multipart("mixed", [text("Kære sekretariat\n\nSe vedhæftede bemærkninger fra Syddjurs Kommune.\n\nVenlig hilsen\nMette Dyhr\n", "utf-8", "8bit"),
                        attachment("Syddjurs_bemaerkninger.pdf", "application/pdf", pdf("Syddjurs"))]),
    REM("Syddjurs Kommune", 1),
    headers=[("Auto-Submitted", "no"), ("User-Agent", "Mozilla Thunderbird 91.10.0")])

add("spoergsmaal-horsens-skabelon", "ern", addr("Rune Holm", "ruho@horsens.dk"),
    "Skabelon til bemaerkninger?",
    text("Hej\n\nSkal bemærkningerne sendes i en bestemt skabelon, eller kan vi bare skrive et notat?\n\nMvh Rune Holm\nHorsens Kommune\n", "utf-8", "qp"),
    Q("question before sending remarks"))

add("spoergsmaal-favrskov-fristforlaengelse", "ern", addr("Gitte Vang", "give@favrskov.dk"),
    subj("Forlængelse af fristen for input?", "q"),
    ern_outlook(["Hej", "", "Kan fristen forlænges til den 8. juli? Vores byråd behandler sagen først den 6. juli.", "", "Mvh", "Gitte Vang", "Favrskov Kommune"]),
    Q("question about the deadline"),
    headers=outlook_h("Forlængelse af fristen for input?"), style="outlook", crlf=True)

add("bemaerkning-silkeborg-anden-supplerende-docx", "ern", addr("Anne Mørk", "anmo@silkeborg.dk", "q", "iso-8859-1"),
    "SV: Silkeborg - supplerende bemærkninger".replace("æ", "ae"),
    ern_outlook(["Hej igen", "", "Vi har fået supplerende bemærkninger fra Handicaprådet, som vi gerne vil have med. De er vedhæftet.", "",
                 "Venlig hilsen", "Anne Mørk", "Silkeborg Kommune"],
                attach=[attachment("Supplerende bemærkninger - Handicaprådet Silkeborg.docx", DOCX_T, docx(["Supplerende"]))], quote=False),
    REM("Silkeborg Kommune", 1, "second remark from the same municipality"),
    headers=outlook_h("Silkeborg - supplerende bemaerkninger", [("X-MS-Has-Attach", "yes")]), style="outlook", crlf=True)

add("bemaerkning-ringkoebing-skjern-uden-aeoeaa-pdf", "ern", addr("Bent Hansen", "bent.hansen@rksk.dk"),
    "Input fra Ringkoebing-Skjern Kommune",
    multipart("mixed", [text("Hej\r\n\r\nHermed input fra Ringkoebing-Skjern Kommune til rammeaftalens udviklingsomraader.\r\n\r\nMvh Bent Hansen\r\n"
                             "Ringkoebing-Skjern Kommune\r\n\r\nSendt fra Mail til Windows\r\n", "utf-8", "qp"),
                        attachment("RKSK input.pdf", "application/pdf", pdf("RKSK"))]),
    REM("Ringkøbing-Skjern Kommune", 1), style="outlook")

add("bemaerkning-viborg-egen-kommune-docx", "ern", addr("Mads Krogh", "makr@viborg.dk"),
    "Viborg Kommunes bemaerkninger",
    multipart("mixed", [text("Hej kolleger\n\nHer er Viborg Kommunes egne bemærkninger til udviklingsområderne.\n\nMads Krogh\nVoksenhandicap, Viborg Kommune\n", "utf-8", "qp"),
                        attachment("Viborg bemaerkninger.docx", DOCX_T, docx(["Viborg"]))]),
    REM("Viborg Kommune", 1, "the secretariat's own municipality, another address"))

add("bemaerkning-region-anden-xlsx", "ern", addr("Katrine Lerche", "kale@rm.dk"),
    "Supplement: data til bemaerkningerne",
    ern_outlook(["Hej igen", "", "Som supplement til vores bemærkninger sender vi kapacitetsdata for de regionale tilbud.", "", "Mvh Katrine"],
                attach=[attachment("Kapacitet regionale tilbud 2022.xlsx", XLSX_T, xlsx([["Tilbud", "Pladser"], ["Tilbud A", "12"]]))], quote=False),
    REM("Region Midtjylland", 1, "second remark from the region"),
    headers=outlook_h("Supplement: data til bemaerkningerne", [("X-MS-Has-Attach", "yes")]), style="outlook", crlf=True)

add("bemaerkninger-kommer-senere-aarhus", "ern", addr("Ole Brix", "olbr@aarhus.dk"),
    "Aarhus - bemærkninger følger".replace("æ", "æ"),
    text("Hej\n\nVi sender vores supplerende bemærkninger i næste uge, når Magistraten har behandlet sagen.\n\nMvh Ole Brix\nAarhus Kommune\n", "utf-8", "8bit"),
    Q("announces remarks for later; nothing to record yet"))

add("bemaerkning-herning-octet-stream-to-bilag", "ern", addr("Lars Kirk", "lakir@herning.dk"),
    "Herning Kommune - input",
    multipart("mixed", [text("Hej\n\nHerning Kommunes input samt bilag er vedhæftet.\n\nVenlig hilsen\nLars Kirk\nHerning Kommune\n", "utf-8", "8bit"),
                        attachment("Herning input.pdf", "application/octet-stream", pdf("Herning")),
                        attachment("Bilag 1 - data.docx", "application/octet-stream", docx(["Bilag"]))]),
    REM("Herning Kommune", 2, "attachments sent as application/octet-stream"))

add("bemaerkning-favrskov-videresendt-uden-egne-ord", "ern", addr("Pernille Skov", "pesk@favrskov.dk"),
    "VS: Favrskov Kommunes bemaerkninger",
    ern_outlook([""], attach=[attachment("Favrskov bemaerkninger.pdf", "application/pdf", pdf("Favrskov"))], quote=False)
    if False else outlook([""], quote=([("Fra", "Jakob Thorsen <jath@favrskov.dk>"), ("Sendt", "27. juni 2022 16:40"), ("Til", "Pernille Skov <pesk@favrskov.dk>"),
                                        ("Emne", "Favrskov Kommunes bemaerkninger")],
                                       ["Hej Pernille", "", "Vil du sende vedhæftede bemærkninger til ern@viborg.dk?", "", "Jakob Thorsen", "Direktør, Favrskov Kommune"]),
                          attach=[attachment("Favrskov bemaerkninger.pdf", "application/pdf", pdf("Favrskov"))]),
    REM("Favrskov Kommune", 1, "forward without own words; the quoted mail says what it is"),
    headers=outlook_h("Favrskov Kommunes bemaerkninger", [("X-MS-Has-Attach", "yes")]), style="outlook", crlf=True)

add("bemaerkning-skanderborg-engelsk-dansk-pdf", "ern", addr("Julie Stone", "julie.stone@skanderborg.dk"),
    "Skanderborg input – Rammeaftale 2023-2024".replace("–", "-"),
    multipart("mixed", [text("Dear secretariat,\n\nPlease find attached Skanderborg Kommunes input til rammeaftalen. Let me know if anything is missing.\n\n"
                             "Kind regards\nJulie Stone\nSkanderborg Kommune\n", "utf-8", "8bit"),
                        attachment("Skanderborg input.pdf", "application/pdf", pdf("Skanderborg"))]),
    REM("Skanderborg Kommune", 1))

# ------------------------------------------------------------------ ern traps

add("autosvar-randers-dansk-headers", "ern", addr("Bjarne Holt", "bjho@randers.dk"),
    subj("Automatisk svar: Kvittering for Randers Kommunes input", "q"),
    text("Jeg er på ferie til og med den 8. juli. Mails læses ikke.\n\nBjarne Holt\n", "utf-8", "qp"),
    IGN("auto_reply"),
    headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"), ("X-MS-Exchange-Inbox-Rules-Loop", "bjho@randers.dk")] +
    outlook_h("Kvittering for Randers Kommunes input"), style="outlook", crlf=True)

add("autosvar-engelsk-out-of-office-uden-headers-region", "ern", addr("Peter Aaen", "peaa@rm.dk"),
    "Out of Office: " + E_,
    text("I am out of the office until 4 July 2022 and will have no access to e-mail.\n\nRegards\nPeter Aaen\nRegion Midtjylland\n", "us-ascii", "7bit"),
    IGN("auto_reply", "English out-of-office, subject only"))

add("autosvar-tysk-automatische-antwort", "ern", addr("Dorte Feldt", "dofe@aarhus.dk"),
    "Automatische Antwort: " + E_,
    text("Vielen Dank für Ihre Nachricht. Ich bin bis zum 30.06.2022 nicht im Büro.\n\nMit freundlichen Grüßen\nDorte Feldt\n", "utf-8", "qp"),
    IGN("auto_reply", "German Outlook out-of-office"),
    headers=[("Auto-Submitted", "auto-replied"), ("Content-Language", "de-DE")], style="outlook")

add("ferie-skive-citerer-bemaerkning", "ern", addr("Jens Bak", "jeba@skivekommune.dk"),
    "Re: Kvittering: Skive - skema med input til rammeaftalen",
    text("Tak for din mail. Jeg holder sommerferie og er tilbage den 25. juli.\n\nMvh Jens Bak\n\n"
         "> Tak for Skive Kommunes bemærkninger til Rammeaftale 2023-2024. Vi har modtaget 1 bilag.\n>\n"
         "> > Her er Skive Kommunes udfyldte skema.\n", "utf-8", "8bit"),
    IGN("auto_reply", "vacation reply quoting the remark"),
    headers=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")])

orig_rem = ("From: Rammeaftalesekretariatet <ern@viborg.dk>\nTo: tidl.medarbejder@odder.dk\nSubject: =?utf-8?Q?P=C3=A5mindelse=3A_Input_til_Rammeaftale_2023-2024?=\n"
            "Date: Mon, 20 Jun 2022 08:00:00 +0200\nMessage-ID: <remind-0007@viborg.dk>\nMIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n\n"
            "Husk at sende jeres bemærkninger senest 1. juli.\n")
add("ndr-exchange-dansk-ern", "ern", addr("Microsoft Outlook", "MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@viborg.dk"),
    subj("Kan ikke leveres: Påmindelse: Input til Rammeaftale 2023-2024", "b"),
    multipart("report", [html(ndr_html.replace("ole.hansen@odsherred.dk", "tidl.medarbejder@odder.dk"), "utf-8", "qp"),
                         raw_part([("Content-Type", "message/delivery-status")],
                                  b"Reporting-MTA: dns;AM0PR04MB5555.eurprd04.prod.outlook.com\n\nFinal-Recipient: rfc822;tidl.medarbejder@odder.dk\n"
                                  b"Action: failed\nStatus: 5.1.10\nDiagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound\n"),
                         raw_part([("Content-Type", "message/rfc822")], orig_rem.encode())], params="; report-type=delivery-status"),
    IGN("bounce"),
    headers=[("X-MS-Exchange-Message-Is-Ndr", ""), ("Content-Language", "da-DK")], crlf=True)

add("postfix-bounce-region", "ern", addr("Mail Delivery System", "MAILER-DAEMON@mx01.rm.dk"),
    "Undelivered Mail Returned to Sender",
    multipart("report", [text("This is the mail system at host mx01.rm.dk.\n\nI'm sorry to have to inform you that your message could not\n"
                              "be delivered to one or more recipients.\n\n<gammel.konsulent@rm.dk>: User unknown in local recipient table\n", "us-ascii", "7bit"),
                         raw_part([("Content-Type", "message/delivery-status")],
                                  b"Reporting-MTA: dns; mx01.rm.dk\n\nFinal-Recipient: rfc822; gammel.konsulent@rm.dk\nAction: failed\nStatus: 5.1.1\n"
                                  b"Diagnostic-Code: x-unix; user unknown\n"),
                         raw_part([("Content-Type", "text/rfc822-headers")],
                                  b"From: ern@viborg.dk\nTo: gammel.konsulent@rm.dk\nSubject: Paamindelse: Input til Rammeaftale 2023-2024\nMessage-ID: <remind-0011@viborg.dk>\n")],
              params="; report-type=delivery-status"),
    IGN("bounce"))

add("forsinket-levering-exchange-ern", "ern", addr("Microsoft Outlook", "postmaster@lemvig.dk"),
    "Delivery delayed:" + subj("Påmindelse: Input til Rammeaftale 2023-2024", "q"),
    multipart("report", [text("Delivery is delayed to these recipients or groups:\n\nsuiv@lemvig.dk\n\nThis message hasn't been delivered yet. Delivery will continue to be attempted.\n", "utf-8", "7bit"),
                         raw_part([("Content-Type", "message/delivery-status")],
                                  b"Reporting-MTA: dns;VI1PR03MB1111.eurprd03.prod.outlook.com\n\nFinal-Recipient: rfc822;suiv@lemvig.dk\nAction: delayed\nStatus: 4.4.7\n")],
              params="; report-type=delivery-status"),
    IGN("bounce", "delayed delivery"), headers=[("Auto-Submitted", "auto-generated")], crlf=True)

add("kl-nyhedsbrev-med-pdf-og-list-id", "ern", addr("KL", "nyheder@kl.dk"),
    subj("KL Nyt: Ny vejledning om rammeaftaler på det specialiserede socialområde", "q"),
    multipart("mixed", [text("KL har udgivet en ny vejledning om rammeaftaler og udviklingsområder. Vejledningen er vedhæftet.\n\n"
                             "Afmeld nyhedsbrevet: https://www.kl.dk/afmeld\n", "utf-8", "qp"),
                        attachment("KL vejledning rammeaftaler 2022.pdf", "application/pdf", pdf("KL vejledning"))]),
    IGN("list", "newsletter with a PDF about rammeaftaler"),
    headers=[("List-Id", "<klnyt.kl.dk>"), ("List-Unsubscribe", "<https://www.kl.dk/afmeld>"), ("Precedence", "bulk")])

add("socialstyrelsen-nyhedsbrev-ern-uden-headers", "ern", addr("Socialstyrelsen", "nyhedsbrev@socialstyrelsen.dk"),
    "Socialstyrelsens nyhedsbrev juni 2022",
    html('<html><body><h1>Nyhedsbrev juni 2022</h1><p>Nye tal om specialiserede tilbud og udviklingen i rammeaftalerne.</p>'
         '<p><a href="https://www.socialstyrelsen.dk/nyheder">Læs mere</a></p><hr><p style="font-size:9px">Du får dette nyhedsbrev, fordi du er tilmeldt. '
         '<a href="https://www.socialstyrelsen.dk/afmeld">Afmeld</a></p></body></html>', "utf-8", "qp"),
    IGN("list", "newsletter without list headers"))

add("laeskvittering-mdn-lemvig", "ern", addr("Susanne Iversen", "suiv@lemvig.dk"),
    subj("Læst: Kvittering for Lemvig Kommunes input", "q"),
    multipart("report", [text("Din meddelelse blev læst den 24. juni 2022 09:14.\n", "utf-8", "qp"),
                         raw_part([("Content-Type", "message/disposition-notification")],
                                  b"Final-Recipient: rfc822;suiv@lemvig.dk\nOriginal-Message-ID: <ack-0105@viborg.dk>\nDisposition: manual-action/MDN-sent-manually; displayed\n")],
              params="; report-type=disposition-notification"),
    IGN("auto_reply", "read receipt"), style="outlook")

add("kalenderinvitation-anden-arrangoer-ern", "ern", addr("Rune Holm", "ruho@horsens.dk"),
    "Socialdirektørforum Midt – møde 23. juni".replace("ø", "ø"),
    exch_imip(["Hej alle", "", "Invitation til Socialdirektørforum Midt.", "", "Mvh Rune"],
              ics("outlook", "REQUEST", "NEEDS-ACTION", "Rammeaftalesekretariatet", "ern@viborg.dk",
                  uid="040000008200E00074C5B7101A82E00800000000B1C2D3E4F5A6B7C80100000000000000001000000034EF",
                  summary="Socialdirektørforum Midt", organizer=("Rune Holm", "ruho@horsens.dk"),
                  start="20220623T130000", end="20220623T150000", location="Horsens Rådhus", dtstamp="20220613T090000Z"),
              method="REQUEST"),
    L("other", "", "review", False, [], note="an invitation from someone else"),
    headers=outlook_h("Socialdirektørforum Midt – møde 23. juni"), style="outlook", crlf=True)

add("egen-mail-tilbage-ern", "ern", addr("Rammeaftalesekretariatet", "ern@viborg.dk"),
    subj("Påmindelse: Input til Rammeaftale 2023-2024 – frist 1. juli", "q"),
    text("Kære alle\n\nHusk at sende jeres bemærkninger senest fredag den 1. juli.\n\nVenlig hilsen\nRammeaftalesekretariatet\n", "utf-8", "qp"),
    L("other", "", "ignored", False, [], note="our own reminder coming back"),
    to="ern@viborg.dk")

add("liste-socialchefer-midt-med-bilag", "ern", addr("Hanne Bro", "habr@odder.dk"),
    "[socialchefer-midt] Udkast til fælles input",
    multipart("mixed", [text("Kære kolleger\n\nVedhæftet udkast til et fælles input fra de mindre kommuner til rammeaftalen. Kommentarer senest onsdag.\n\nHanne\n"
                             "--\nsocialchefer-midt mailing list\n", "utf-8", "8bit"),
                        attachment("Udkast faelles input.docx", DOCX_T, docx(["Udkast"]))]),
    IGN("list", "a colleague's draft through a mailing list, not a submission"),
    headers=[("List-Id", "Socialchefer Midt <socialchefer-midt.lists.kl.dk>"), ("Precedence", "list"),
             ("List-Unsubscribe", "<mailto:socialchefer-midt-leave@lists.kl.dk>")],
    to="socialchefer-midt@lists.kl.dk")

add("sen-bemaerkning-horsens-pdf", "ern", addr("Rune Holm", "ruho@horsens.dk"),
    "Horsens Kommunes bemaerkninger (lidt forsinket)",
    multipart("mixed", [text("Hej\n\nUndskyld forsinkelsen. Horsens Kommunes bemærkninger er vedhæftet.\n\nMvh Rune Holm\nHorsens Kommune\n", "utf-8", "qp"),
                        attachment("Horsens bemaerkninger.pdf", "application/pdf", pdf("Horsens"))]),
    REM("Horsens Kommune", 1, "after the deadline", late=True),
    at=dt.datetime(2022, 7, 4, 9, 0, tzinfo=UTC))
