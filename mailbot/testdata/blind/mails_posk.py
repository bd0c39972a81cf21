# Mail to posk@greve.dk (Dialogmøde om Rammeaftale 2027-2028). exec'd by make_blind.py.
# Quota ledger (accepted at the end, roles with quota): see the labels; the one intended
# collision is Ringsted's third handicapråd member (waitlisted, then moved up by a substitution).

POSK = "posk@greve.dk"
D = "dialog2026"
KO, RO, HO, ST, RS = "Køge Kommune", "Roskilde Kommune", "Holbæk Kommune", "Stevns Kommune", "Region Sjælland"
OD, SO, VO, KA, FA = "Odsherred Kommune", "Solrød Kommune", "Vordingborg Kommune", "Kalundborg Kommune", "Faxe Kommune"
LO, GR, LE, NA, SL = "Lolland Kommune", "Greve Kommune", "Lejre Kommune", "Næstved Kommune", "Slagelse Kommune"
SR, RI, GU = "Sorø Kommune", "Ringsted Kommune", "Guldborgsund Kommune"


def plain(slug, frm, subj, body, label, cs="utf-8", cte="quoted-printable", extra=(), to=POSK, mb="posk",
          msgid=None, mislabel=None, params="", date=None):
    hs = [("From", frm), ("To", to), ("Subject", subj), ("Message-ID", msgid or mid(slug, frm.split("@")[-1].rstrip(">")))]
    hs += list(extra)
    return write(slug, mb, hs, text(body, cs, cte, params=params, mislabel=mislabel), label, date=date)


def imip(slug, name, email, partstat, prefix, subj_enc=None, body="", comment="", uid=UID, method="REPLY", seq=0,
         frm=None, cn_in=True, cal_cte="7bit", body_cte="quoted-printable", extra=(), prodid="Microsoft Exchange Server 2010",
         summary_prefix=None, mailto="mailto", label=None):
    t = nxt("posk")
    subj = prefix + ": Dialogmøde om Rammeaftale 2027-2028"
    cal = ical_reply(partstat, name, email, t, method=method, uid=uid, seq=seq, comment=comment, prodid=prodid,
                     summary_prefix=summary_prefix or prefix, counter=(method == "COUNTER"), cn_in=cn_in, mailto=mailto)
    alt = multipart("alternative", [text(body, "utf-8", body_cte), cal_part(cal, method, cal_cte)],
                    "_000_%s_" % hashlib.sha1(slug.encode()).hexdigest()[:24].upper())
    hs = [("From", frm or addr(name, email)), ("To", "Sekretariatet for Rammeaftalen <posk@greve.dk>"),
          ("Subject", subj_enc or ew(subj, "utf-8", "Q")), ("Message-ID", mid(slug, "outlook"))]
    hs += ohdrs(slug, "Dialogmøde om Rammeaftale 2027-2028")
    hs += [("X-MS-Exchange-Organization-SCL", "-1"), ("Content-Class", "urn:content-classes:calendarmessage"),
           ("X-Auto-Response-Suppress", "All")]
    hs += list(extra)
    return write(slug, "posk", hs, alt, label)


# --- A. Outlook/Exchange and other meeting responses -------------------------------------

imip("imip-accepteret-koege-handicapraad", "Mette Lindholm", "meli@koege.dk", "ACCEPTED", "Accepteret",
     body="Jeg deltager for Handicaprådet i Køge Kommune.\n", comment="Jeg deltager for Handicaprådet i Køge Kommune.\n",
     label=L("rsvp", D, "processed", True, [P("meli@koege.dk", "Mette Lindholm", KO, "handicapraad", "accepted", None)]))

imip("imip-accepted-english-roskilde", "Jonas Bak Andersen", "joba@roskilde.dk", "ACCEPTED", "Accepted",
     body="Looking forward to it.\n\nBest regards\nJonas Bak Andersen\nMember of the City Council, Børne- og Ungeudvalget\nRoskilde Kommune\nMobile +45 2192 4410\n",
     label=L("rsvp", D, "processed", True, [P("joba@roskilde.dk", "Jonas Bak Andersen", RO, "politiker_boern", "accepted", None)]))

imip("imip-foreloebig-holbaek", "Grethe Nørgaard", "gnoe@holb.dk", "TENTATIVE", "Foreløbig",
     subj_enc="=?iso-8859-1?Q?Forel=F8big:_Dialogm=F8de_om_Rammeaftale_2027-2028?=",
     label=L("rsvp", D, "processed", True, [P("gnoe@holb.dk", "Grethe Nørgaard", HO, "andet", "tentative", None)]))

imip("imip-afvist-ferie-stevns", "Bjarne Holst", "bjho@stevns.dk", "DECLINED", "Afvist",
     body="Jeg er desværre på ferie i uge 26.\n\nBjarne\n", comment="Jeg er desværre på ferie i uge 26.\n\nBjarne\n",
     label=L("rsvp", D, "processed", True, [P("bjho@stevns.dk", "Bjarne Holst", ST, "andet", "declined", None)],
             note="a human decline whose words sound like an out-of-office"))

imip("imip-declined-english-region", "Susan Wright", "suwr@regionsjaelland.dk", "DECLINED", "Declined",
     body="Unfortunately I am unable to attend.\n\nSusan Wright\nVicedirektør, Psykiatri og Social\nRegion Sjælland\n",
     label=L("rsvp", D, "processed", True, [P("suwr@regionsjaelland.dk", "Susan Wright", RS, "direktoer", "declined", None)]))

imip("imip-tentative-foreign-uid-odsherred", "Kasper Due", "kadu@odsherred.dk", "TENTATIVE", "Tentative",
     uid="040000008200E00074C5B7101A82E00800000000F0C1A2B3C4D5DC01000000000000000010000000B7E1D2C3A4F5", 
     body="Jeg skal lige have afklaret med udvalget, om det er mig eller næstformanden der deltager.\n\nKasper Due\nFormand, Social- og Sundhedsudvalget\nOdsherred Kommune\n",
     label=L("rsvp", D, "processed", True, [P("kadu@odsherred.dk", "Kasper Due", OD, "politiker_voksen", "tentative", None)],
             note="UID is not the invitation's; the subject names the meeting"))

imip("imip-counter-solroed", "Helle Dam", "hedam@solrod.dk", "TENTATIVE", "Nyt tidspunkt foreslået", method="COUNTER",
     body="Kan mødet flyttes til fredag den 26.? Vi har byrådsmøde den 25. om formiddagen.\n",
     comment="Kan mødet flyttes til fredag den 26.? Vi har byrådsmøde den 25. om formiddagen.\n",
     label=L("rsvp", D, "review", False, [P("hedam@solrod.dk", "Helle Dam", SO, "andet", "tentative", None)],
             note="COUNTER: a proposal a person must answer"))

imip("imip-base64-vordingborg-direktoer", "Poul Erik Vang", "peva@vordingborg.dk", "ACCEPTED", "Accepteret",
     subj_enc=ew("Accepteret: Dialogmøde om Rammeaftale 2027-2028", "utf-8", "B"), cal_cte="base64", body_cte="base64",
     body="Vi ses i Ringsted.\n\nMed venlig hilsen\n\nPoul Erik Vang\nDirektør for Social og Sundhed\nVordingborg Kommune\nTlf. 5536 2000\n",
     label=L("rsvp", D, "processed", True, [P("peva@vordingborg.dk", "Poul Erik Vang", VO, "direktoer", "accepted", None)]))

# Outlook for Mac: text, HTML and the calendar part.
t = nxt("posk")
cal = ical_reply("ACCEPTED", "Lene Skov", "lesk@kalundborg.dk", t, prodid="Microsoft CDO for Microsoft Exchange")
body = "Jeg deltager gerne og spiser med til frokost.\n\nLene Skov\nChef for Social og Psykiatri\nKalundborg Kommune\n"
html = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body><div style=\"font-family:Aptos,sans-serif;font-size:12pt\">Jeg deltager gerne og spiser med til frokost.<br><br>Lene Skov<br>Chef for Social og Psykiatri<br>Kalundborg Kommune</div></body></html>\n"
write("imip-outlook-mac-accept-lunch-kalundborg", "posk",
      [("From", "Lene Skov <lesk@kalundborg.dk>"), ("To", "\"posk@greve.dk\" <posk@greve.dk>"),
       ("Subject", "=?utf-8?Q?Accepteret:_Dialogm=C3=B8de_om_Rammeaftale_2027-2028?="),
       ("Message-ID", mid("imip-mac", "outlook")), ("Thread-Topic", ew("Dialogmøde om Rammeaftale 2027-2028", "utf-8", "Q")),
       ("User-Agent", "Microsoft-MacOutlook/16.97.25051114"), ("Content-Class", "urn:content-classes:calendarmessage")],
      multipart("alternative", [text(body, "utf-8"), text(html, "utf-8", sub="html"), cal_part(cal)], "B_3831234567_1920334455"),
      L("rsvp", D, "processed", True, [P("lesk@kalundborg.dk", "Lene Skov", KA, "chef", "accepted", True)]))

imip("imip-accept-update-holbaek", "Grethe Nørgaard", "gnoe@holb.dk", "ACCEPTED", "Accepteret",
     body="Nu kan jeg alligevel godt. Jeg kommer som repræsentant for Handicaprådet.\n\nGrethe\n",
     comment="Nu kan jeg alligevel godt. Jeg kommer som repræsentant for Handicaprådet.\n",
     label=L("rsvp", D, "processed", True, [P("gnoe@holb.dk", "Grethe Nørgaard", HO, "handicapraad", "accepted", None)]))

imip("imip-accept-no-cn-lastfirst-faxe", "Lars Hansen", "lah@faxekommune.dk", "ACCEPTED", "Accepteret",
     frm='"Hansen, Lars" <lah@faxekommune.dk>', cn_in=False,
     label=L("rsvp", D, "processed", True, [P("lah@faxekommune.dk", "Lars Hansen", FA, "andet", "accepted", None)],
             note="no CN; From is 'Last, First'"))

# Google Calendar response from a private address.
t = nxt("posk")
cal = ical_reply("ACCEPTED", "Niels Kromann", "niels.kromann@gmail.com", t, prodid="-//Google Inc//Google Calendar 70.9054//EN")
gtext = ("Niels Kromann har accepteret denne invitation.\n\nDialogmøde om Rammeaftale 2027-2028\ntorsdag 25. jun. 2026 ⋅ 09.00 – 13.00\n"
         "Ringsted Kongrescenter\n\nInvitation fra Google Kalender\n\nDu modtager denne mail, fordi du er arrangør af denne begivenhed.\n")
ghtml = "<html><body><div>Niels Kromann har accepteret denne invitation.</div><h2>Dialogmøde om Rammeaftale 2027-2028</h2><div>torsdag 25. jun. 2026 ⋅ 09.00 – 13.00</div></body></html>\n"
write("imip-google-calendar-gmail", "posk",
      [("From", "Niels Kromann <niels.kromann@gmail.com>"), ("To", "posk@greve.dk"),
       ("Subject", ew("Accepteret: Dialogmøde om Rammeaftale 2027-2028 @ tor. 25. jun. 2026 09.00 - 13.00 (CEST) (posk@greve.dk)", "utf-8", "B")),
       ("Message-ID", mid("google-cal", "gmail")), ("Reply-To", "Niels Kromann <niels.kromann@gmail.com>"), ("Sender", "Google Calendar <calendar-notification@google.com>")],
      multipart("mixed", [multipart("alternative", [text(gtext, "utf-8", "base64"), text(ghtml, "utf-8", "quoted-printable", sub="html"),
                                                    cal_part(cal, cte="base64")], "000000000000a1b2c3060c9f1e2d"),
                          attach("invite.ics", 'application/ics', cal.encode(), "plain")], "000000000000a1b2c4060c9f1e2f"),
      L("rsvp", D, "processed", True, [P("niels.kromann@gmail.com", "Niels Kromann", "", "andet", "accepted", None)],
        note="private address, nothing says which municipality"))

# iPhone calendar: MAILTO in capitals, mixed-case address.
t = nxt("posk")
cal = ical_reply("ACCEPTED", "Kirsten Juhl", "Kiju@Lolland.dk", t, prodid="-//Apple Inc.//iPhone OS 18.5//EN", mailto="MAILTO")
write("imip-iphone-lolland", "posk",
      [("From", "Kirsten Juhl <Kiju@Lolland.dk>"), ("To", "posk@greve.dk"), ("Subject", ew("Accepteret: Dialogmøde om Rammeaftale 2027-2028", "utf-8", "Q")),
       ("Message-ID", mid("iphone-cal", "apple")), ("X-Mailer", "iPhone Mail (22F76)")],
      multipart("mixed", [text("Kirsten Juhl har accepteret din invitation.\n", "us-ascii", "7bit"),
                          cal_part(cal, cte="quoted-printable", name="invite.ics")], "Apple-Mail-6F1B2C3D-4E5F-4A6B-8C7D-9E0F1A2B3C4D"),
      L("rsvp", D, "processed", True, [P("kiju@lolland.dk", "Kirsten Juhl", LO, "andet", "accepted", None)]))

imip("imip-accepted-no-uid-greve", "Ole Bjørn", "olbj@greve.dk", "ACCEPTED", "Accepted", uid=None,
     body="Ole Bjørn\nSocialdirektør\nGreve Kommune\n",
     label=L("rsvp", D, "processed", True, [P("olbj@greve.dk", "Ole Bjørn", GR, "direktoer", "accepted", None)],
             note="no UID at all; the subject names the meeting"))

# --- C. Free-text registrations -----------------------------------------------------------

plain("tilmelding-greve-felter", "Anne-Marie Holt <anne-marie.holt@greve.dk>", "Tilmelding til dialogmøde",
      "Hej\n\nHermed tilmelding til dialogmødet d. 25/6.\n\nNavn: Anne-Marie Holt\nRolle: Medlem af Handicaprådet (DH)\nKommune: Greve\nFrokost: Ja\n\nVh\nAnne-Marie\n",
      L("registration", D, "processed", True, [P("anne-marie.holt@greve.dk", "Anne-Marie Holt", GR, "handicapraad", "accepted", True)],
        note="sender shares our domain but is not us"))

gm = ("Hej\n\nJeg deltager gerne.\n\nVh Bente Kjær\nFormand for Børne- og Familieudvalget, Lejre Kommune\n\n"
      "Den ons. 20. maj 2026 kl. 09.00 skrev Sekretariatet for Rammeaftalen <posk@greve.dk>:\n\n" + gt(INVITATION) + "\n")
gmh = ('<div dir="ltr">Hej<div><br></div><div>Jeg deltager gerne.</div><div><br></div><div>Vh Bente Kjær</div><div>Formand for Børne- og Familieudvalget, Lejre Kommune</div></div><br>'
       '<div class="gmail_quote"><div dir="ltr" class="gmail_attr">Den ons. 20. maj 2026 kl. 09.00 skrev Sekretariatet for Rammeaftalen &lt;<a href="mailto:posk@greve.dk">posk@greve.dk</a>&gt;:<br></div>'
       '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">' + hesc(INVITATION).replace("\n", "<br>") + '</blockquote></div>\n')
write("gmail-lejre-boern-quoted-invitation", "posk",
      [("From", "=?UTF-8?Q?Bente_Kj=C3=A6r?= <bente.kjaer71@gmail.com>"), ("To", INV_FROM),
       ("Subject", "Re: " + ew(INV_SUBJ, "UTF-8", "B")), ("Message-ID", mid("gmail-bente", "gmail")),
       ("In-Reply-To", "<inv-2026-05-20@greve.dk>"), ("References", "<inv-2026-05-20@greve.dk>")],
      multipart("alternative", [text(gm, "UTF-8", "quoted-printable"), text(gmh, "UTF-8", "quoted-printable", sub="html")], "0000000000004b7c5d0612aa3e44"),
      L("registration", D, "processed", True, [P("bente.kjaer71@gmail.com", "Bente Kjær", LE, "politiker_boern", "accepted", None)]))

html = outlook_html(["Hej Sekretariatet", "", "Fra Næstved Kommune deltager Lis Brandt og Ole Frost fra Udsatterådet. Begge deltager i frokosten.", ""],
                    quote=(INV_FROM, INV_SENT, "Tove Mikkelsen <tomi@naestved.dk>", INV_SUBJ, INVITATION),
                    sig=["Med venlig hilsen", "Tove Mikkelsen", "Administrativ medarbejder", "Social og Sundhed", "Næstved Kommune", "Tlf. 5588 4321"])
write("outlook-html-cp1252-naestved-og", "posk",
      [("From", "Tove Mikkelsen <tomi@naestved.dk>"), ("To", INV_FROM), ("Subject", "SV: " + ew(INV_SUBJ, "windows-1252", "Q")),
       ("Message-ID", mid("naestved-og", "outlook"))] + ohdrs("naestved-og", INV_SUBJ),
      text(html, "windows-1252", sub="html"),
      L("registration", D, "processed", True, [P("", "Lis Brandt", NA, "udsatteraad", "accepted", True), P("", "Ole Frost", NA, "udsatteraad", "accepted", True)],
        note="HTML only; two people joined by 'og'; the writer does not attend"))

plain("iphone-stevns-kort-svar", "Rasmus Vinther <rv@stevns.dk>", "Sv: " + ew(INV_SUBJ, "utf-8", "Q"),
      "Jeg kommer gerne 👍\n\nMvh Rasmus\n\nSendt fra min iPhone\n\n> Den 20. maj 2026 kl. 09.00 skrev Sekretariatet for Rammeaftalen <posk@greve.dk>:\n>\n" + gt(INVITATION) + "\n",
      L("registration", D, "processed", True, [P("rv@stevns.dk", "Rasmus Vinther", ST, "andet", "accepted", None)],
        note="the quoted invitation names roles and lunch; the writer names none"),
      extra=[("In-Reply-To", "<inv-2026-05-20@greve.dk>"), ("X-Mailer", "iPhone Mail (22F76)")], msgid=mid("iphone-rasmus", "apple"))

rows = [("Henrik Lund", "Handicaprådet", "henrik.lund@slagelse.dk", "Ja"), ("Yvonne Storm", "Handicaprådet", "yvst@slagelse.dk", "Nej"),
        ("Peter Brix", "Formand, Social- og Seniorudvalget", "pebr@slagelse.dk", "Ja"),
        ("Jannie Kofoed", "Direktør, Social og Arbejdsmarked", "jako@slagelse.dk", "Ja")]
table = ['<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse;border:none">',
         '<tr><td width="160" valign="top"><p class="MsoNormal"><b>Navn<o:p></o:p></b></p></td><td width="220" valign="top"><p class="MsoNormal"><b>Rolle<o:p></o:p></b></p></td>'
         '<td width="200" valign="top"><p class="MsoNormal"><b>E-mail<o:p></o:p></b></p></td><td width="70" valign="top"><p class="MsoNormal"><b>Frokost<o:p></o:p></b></p></td></tr>']
for r in rows:
    table.append("<tr>" + "".join('<td valign="top"><p class="MsoNormal">%s<o:p></o:p></p></td>' % (('<a href="mailto:%s">%s</a>' % (c, c)) if "@" in c else hesc(c)) for c in r) + "</tr>")
table.append("</table>")
html = outlook_html(["Kære sekretariat", "", "Hermed Slagelse Kommunes tilmeldinger til dialogmødet den 25. juni:", ""] + ["\n".join(table)] + ["", "Sig endelig til, hvis I mangler noget."],
                    sig=["Venlig hilsen", "Birgit Lauritsen", "Koordinator", "Social og Arbejdsmarked", "Slagelse Kommune", "Direkte tlf.: 5857 3412"])
write("koordinator-html-tabel-slagelse", "posk",
      [("From", "Birgit Lauritsen <bila@slagelse.dk>"), ("To", "posk@greve.dk"), ("Subject", "Tilmeldinger fra Slagelse Kommune - dialogmøde 25. juni"),
       ("Message-ID", mid("slagelse-tabel", "outlook"))] + ohdrs("slagelse-tabel"),
      text(html, "windows-1252", sub="html"),
      L("registration", D, "processed", True, [P("henrik.lund@slagelse.dk", "Henrik Lund", SL, "handicapraad", "accepted", True),
                                               P("yvst@slagelse.dk", "Yvonne Storm", SL, "handicapraad", "accepted", False),
                                               P("pebr@slagelse.dk", "Peter Brix", SL, "politiker_voksen", "accepted", True),
                                               P("jako@slagelse.dk", "Jannie Kofoed", SL, "direktoer", "accepted", True)]))

plain("koordinator-punktliste-soroe-latin1", "Jette Frandsen <jefr@soroe.dk>", "=?iso-8859-1?Q?Tilmelding_fra_Sor=F8_Kommune?=",
      "Kære sekretariat\n\nHermed tilmelding fra Sorø Kommune til dialogmødet den 25. juni:\n\n"
      "* Mogens Kirk, Udsatterådet (mogens.kirk@soroe.dk)\n* Inge Lassen, Udsatterådet (inla@soroe.dk)\n"
      "* Camilla Brandt, medlem af Børne- og Ungeudvalget (cabr@soroe.dk)\n\nAlle deltager i frokosten undtagen Inge.\n\n"
      "Med venlig hilsen\n\nJette Frandsen\nKonsulent\nSocial og Sundhed\nSorø Kommune\nDirekte: 5787 6543\n",
      L("registration", D, "processed", True, [P("mogens.kirk@soroe.dk", "Mogens Kirk", SR, "udsatteraad", "accepted", True),
                                               P("inla@soroe.dk", "Inge Lassen", SR, "udsatteraad", "accepted", False),
                                               P("cabr@soroe.dk", "Camilla Brandt", SR, "politiker_boern", "accepted", True)]),
      cs="iso-8859-1")

plain("koordinator-ringsted-tre-handicapraad", "Dorthe Kragh <dokr@ringsted.dk>", "Tilmelding dialogmøde",
      "Hej\n\nRingsted Kommune tilmelder følgende fra Handicaprådet:\n\n1. Finn Olsen (finn.olsen@ringsted.dk)\n2. Marianne Bech (mabe@ringsted.dk)\n3. Torben Skov (tosk@ringsted.dk)\n\n"
      "Vi er klar over, at der kun er to pladser pr. råd, så Torben står gerne på \nventeliste, hvis der bliver plads.\n\nDerudover deltager jeg selv som socialchef.\n\nHilsen\nDorthe Kragh\nSocialchef, Ringsted Kommune\n",
      L("registration", D, "processed", True, [P("finn.olsen@ringsted.dk", "Finn Olsen", RI, "handicapraad", "accepted", None),
                                               P("mabe@ringsted.dk", "Marianne Bech", RI, "handicapraad", "accepted", None),
                                               P("tosk@ringsted.dk", "Torben Skov", RI, "handicapraad", "waitlisted", None),
                                               P("dokr@ringsted.dk", "Dorthe Kragh", RI, "chef", "accepted", None)],
        note="intended quota collision: the third handicapråd member is waitlisted"),
      cte="8bit", params="; format=flowed", extra=[("User-Agent", "Mozilla Thunderbird")])

plain("human-auto-submitted-no-guldborgsund", "Karina Holm <kaho@guldborgsund.dk>", "Tilmelding - dialogmøde 25. juni",
      "Jeg vil gerne deltage i dialogmødet som medlem af Handicaprådet i Guldborgsund. Jeg spiser ikke med.\n\nKarina Holm\n",
      L("registration", D, "processed", True, [P("kaho@guldborgsund.dk", "Karina Holm", GU, "handicapraad", "accepted", False)],
        note="Auto-Submitted: no is a human"),
      extra=[("Auto-Submitted", "no")])

plain("human-precedence-bulk-lolland", "Michael Thrane <mith@lolland.dk>", "Tilmelding til dialogmøde",
      "Jeg deltager i dialogmødet d. 25. juni for Udsatterådet i Lolland Kommune. Jeg er veganer.\n\nMichael Thrane\nNæstformand, Udsatterådet\n",
      L("registration", D, "processed", True, [P("mith@lolland.dk", "Michael Thrane", LO, "udsatteraad", "accepted", True)],
        note="a person's mail through a system that stamps Precedence: bulk; a diet note means lunch"),
      extra=[("Precedence", "bulk"), ("X-Auto-Response-Suppress", "All"), ("X-Mailer", "Lolland Besked 4.2")])

body = ("Hej\n\nJeg vil gerne deltage i dialogmødet den 25. juni som repræsentant for Udsatterådet i Vordingborg. Jeg deltager også i frokosten.\n\n"
        "Med venlig hilsen\nUlla Winther\nMedlem af Udsatterådet\n" + oq(to="Ulla Winther <ulwi@vordingborg.dk>"))
html = outlook_html(["Hej", "", "Jeg vil gerne deltage i dialogmødet den 25. juni som repræsentant for Udsatterådet i Vordingborg. Jeg deltager også i frokosten."],
                    quote=(INV_FROM, INV_SENT, "Ulla Winther <ulwi@vordingborg.dk>", INV_SUBJ, INVITATION),
                    sig=["Med venlig hilsen", "Ulla Winther", "Medlem af Udsatterådet"])
write("human-xars-all-vordingborg", "posk",
      [("From", "Ulla Winther <ulwi@vordingborg.dk>"), ("To", INV_FROM), ("Subject", "SV: " + ew(INV_SUBJ, "iso-8859-1", "Q")),
       ("Message-ID", mid("ulla", "outlook")), ("X-Auto-Response-Suppress", "All")] + ohdrs("ulla", INV_SUBJ),
      multipart("alternative", [text(body, "iso-8859-1"), text(html, "windows-1252", sub="html")], "_000_ULLA0123456789_"),
      L("registration", D, "processed", True, [P("ulwi@vordingborg.dk", "Ulla Winther", VO, "udsatteraad", "accepted", True)]))

plain("english-registration-koege", "Daniel Hughes <dahu@koege.dk>", "Registration - dialogue meeting 25 June",
      "Dear secretariat,\n\nI would like to register for the dialogue meeting on 25 June in Ringsted. I am a member of the Disability Council (Handicaprådet) in Køge Municipality.\n"
      "I am a vegetarian, so please note that for lunch.\n\nKind regards,\nDaniel Hughes\nKøge Municipality\n",
      L("registration", D, "processed", True, [P("dahu@koege.dk", "Daniel Hughes", KO, "handicapraad", "accepted", True)]), cte="7bit", cs="utf-8")

plain("tilmelding-med-spoergsmaal-kalundborg", "Thomas Kjeldsen <thkj@kalundborg.dk>", "Tilmelding + spørgsmål".replace("ø", "o").replace("å", "a"),
      "Hej\n\nJeg tilmelder mig hermed dialogmødet. Er der mulighed for at parkere ved kongrescentret, eller skal man tage toget?\n\nThomas Kjeldsen\nKommunaldirektør\nKalundborg Kommune\n",
      L("registration", D, "review", True, [P("thkj@kalundborg.dk", "Thomas Kjeldsen", KA, "direktoer", "accepted", None)],
        note="registration plus a question: registered, acknowledged, and a person answers the question"))

plain("paa-vegne-af-faxe", "Sanne Lykke <sly@faxekommune.dk>", "Tilmelding: Kim Lund, formand for Social- og Sundhedsudvalget",
      "Hej\n\nPå vegne af Kim Lund, formand for Social- og Sundhedsudvalget i Faxe Kommune, tilmelder jeg ham hermed til dialogmødet den 25. juni. "
      "Kim deltager også i frokosten. Hans mail er kim.lund@faxekommune.dk.\n\nVenlig hilsen\nSanne Lykke\nUdvalgssekretær\nFaxe Kommune\n",
      L("registration", D, "processed", True, [P("kim.lund@faxekommune.dk", "Kim Lund", FA, "politiker_voksen", "accepted", True)],
        note="a secretary registers her chairman; she does not attend"))

plain("vi-er-2-odsherred", "Maja Krogh <makr@odsherred.dk>", "Dialogmøde",
      "Hej!\n\nVi er 2 fra Odsherred: mig selv (centerchef for Voksen og Handicap) og min kollega Dorte Winther, som er konsulent. Vi spiser begge med.\n\n"
      "Mvh\nMaja Krogh\nCenterchef, Voksen og Handicap\nOdsherred Kommune\n+45 5966 6000\n",
      L("registration", D, "processed", True, [P("makr@odsherred.dk", "Maja Krogh", OD, "chef", "accepted", True),
                                               P("", "Dorte Winther", OD, "andet", "accepted", True)]))

plain("webmail-base64-region-direktoer", "Ib Thorsen <ibth@regionsjaelland.dk>", "Dialogmøde 25. juni - tilmelding",
      "Kære sekretariat\n\nJeg deltager i dialogmødet den 25. juni som Region Sjællands repræsentant. Jeg er koncerndirektør med ansvar for psykiatri og social. Frokost: ja tak.\n\n"
      "Bedste hilsner\nIb Thorsen\nKoncerndirektør\nRegion Sjælland\n",
      L("registration", D, "processed", True, [P("ibth@regionsjaelland.dk", "Ib Thorsen", RS, "direktoer", "accepted", True)]),
      cte="base64", extra=[("User-Agent", "Roundcube Webmail/1.6.9")])

plain("mislabelled-utf8-as-latin1-faxe", "=?utf-8?B?U8O4cmVuIMOGcmLDuGw=?= <soeb@faxekommune.dk>", "Tilmelding",
      "Hej\n\nJeg vil gerne tilmelde mig dialogmødet. Jeg er medlem af Udsatterådet i Faxe Kommune og spiser gerne med.\n\nMvh\nSøren Ærbøl\n",
      L("registration", D, "processed", True, [P("soeb@faxekommune.dk", "Søren Ærbøl", FA, "udsatteraad", "accepted", True)],
        note="body is UTF-8 but labelled iso-8859-1"),
      mislabel="iso-8859-1")

plain("ferie-men-tilmelder-solroed", "Birthe Mølgaard <bimo@solrod.dk>".replace("ø", "o"), "Dialogmøde 25/6",
      "Hej\n\nJeg er på ferie frem til den 10. juni og har derfor først set invitationen nu, men jeg vil meget gerne tilmelde mig dialogmødet. "
      "Jeg sidder i Børne- og Ungeudvalget i Solrød.\n\nVh Birthe Mølgaard\nByrådsmedlem (A)\n",
      L("registration", D, "processed", True, [P("bimo@solrod.dk", "Birthe Mølgaard", SO, "politiker_boern", "accepted", None)],
        note="a human who mentions her holiday; From display name lost its ø (Birthe Molgaard)"))

mac = ("Tak for invitationen. Jeg deltager som medlem af Social- og Sundhedsudvalget.\n\nMed venlig hilsen\nJens Ole Wendt\nByrådsmedlem, Guldborgsund Kommune\n\n"
       "Fra: Sekretariatet for Rammeaftalen <posk@greve.dk>\nDato: onsdag, 20. maj 2026 kl. 09.00\nTil: Jens Ole Wendt <jow@guldborgsund.dk>\nEmne: " + INV_SUBJ + "\n\n" + INVITATION + "\n")
mach = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body><div><p>Tak for invitationen. Jeg deltager som medlem af Social- og Sundhedsudvalget.</p>"
        "<p>Med venlig hilsen<br>Jens Ole Wendt<br>Byrådsmedlem, Guldborgsund Kommune</p></div><div id=\"mail-editor-reference-message-container\"><div style=\"border-top:solid #B5C4DF 1.0pt\">"
        "<b>Fra: </b>Sekretariatet for Rammeaftalen &lt;posk@greve.dk&gt;<br><b>Dato: </b>onsdag, 20. maj 2026 kl. 09.00<br><b>Til: </b>Jens Ole Wendt &lt;jow@guldborgsund.dk&gt;<br><b>Emne: </b>"
        + INV_SUBJ + "</div><br>" + hesc(INVITATION).replace("\n", "<br>") + "</div></body></html>\n")
write("outlook-mac-guldborgsund-voksen", "posk",
      [("From", "Jens Ole Wendt <jow@guldborgsund.dk>"), ("To", INV_FROM), ("Subject", "Re: " + ew(INV_SUBJ, "utf-8", "B")),
       ("Message-ID", mid("wendt", "outlook")), ("User-Agent", "Microsoft-MacOutlook/16.97.25051114"), ("Thread-Topic", ew(INV_SUBJ, "utf-8", "Q"))],
      multipart("alternative", [text(mac, "utf-8"), text(mach, "utf-8", sub="html")], "B_3831299999_1234567"),
      L("registration", D, "processed", True, [P("jow@guldborgsund.dk", "Jens Ole Wendt", GU, "politiker_voksen", "accepted", None)]))

plain("kort-ja-tak-lejre-direktoer", "Lars Bo Kristensen <lbk@lejre.dk>", "SV: " + ew(INV_SUBJ, "utf-8", "Q"),
      "Ja tak - jeg kommer.\n\nMed venlig hilsen\n\nLars Bo Kristensen\nKommunaldirektør\n\nLejre Kommune\nMøllebjergvej 4, 4330 Hvalsø\nTlf.: 4646 4646\nwww.lejre.dk\n"
      + oq(to="Lars Bo Kristensen <lbk@lejre.dk>"),
      L("registration", D, "processed", True, [P("lbk@lejre.dk", "Lars Bo Kristensen", LE, "direktoer", "accepted", None)]),
      cs="windows-1252", extra=ohdrs("lbk", INV_SUBJ))

plain("kalundborg-to-personer-sekretaer", "Anja Riis <anri@kalundborg.dk>", "Tilmelding fra Kalundborg",
      "Tilmelding: Hanne Bech (Handicaprådet) og Jørgen Lykke (Udsatterådet), begge fra Kalundborg Kommune. Begge deltager i frokosten, Hanne er diabetiker.\n\n"
      "Venlig hilsen\nAnja Riis\nSekretær for Handicaprådet\nKalundborg Kommune\n",
      L("registration", D, "processed", True, [P("", "Hanne Bech", KA, "handicapraad", "accepted", True),
                                               P("", "Jørgen Lykke", KA, "udsatteraad", "accepted", True)],
        note="the writer's signature names Handicaprådet; she does not attend"))

body = ("Hej Jonas\n\nSe invitationen nedenfor. Jeg har meldt mig til – sekretariatet er cc, så hermed min tilmelding som formand for Udsatterådet i Holbæk. "
        "Du må selv tilmelde dig, hvis du vil med.\n\nHilsen Mette\n\nMette Vinge\nFormand, Udsatterådet\nHolbæk Kommune\n" + oq(to="Mette Vinge <mevi@holb.dk>"))
write("videresendt-med-egen-tilmelding-holbaek", "posk",
      [("From", "Mette Vinge <mevi@holb.dk>"), ("To", "Jonas Friis <jofr@holb.dk>"), ("Cc", "posk@greve.dk"),
       ("Subject", "VS: " + ew(INV_SUBJ, "utf-8", "Q")), ("Message-ID", mid("vinge", "outlook"))] + ohdrs("vinge", INV_SUBJ),
      text(body, "utf-8"),
      L("registration", D, "processed", True, [P("mevi@holb.dk", "Mette Vinge", HO, "udsatteraad", "accepted", None)],
        note="forward to a colleague with the writer's own registration; the colleague is not registered"))

body = "Hej Sidsel\n\nEr det noget for dig? Se nedenfor.\n\nPoul\n" + oq(to="Poul Rasmussen <pora@vordingborg.dk>")
write("videresendt-uden-tilmelding-vordingborg", "posk",
      [("From", "Poul Rasmussen <pora@vordingborg.dk>"), ("To", "Sidsel Kamp <sika@vordingborg.dk>"), ("Cc", "posk@greve.dk"),
       ("Subject", "VS: " + ew(INV_SUBJ, "utf-8", "B")), ("Message-ID", mid("pora", "outlook"))] + ohdrs("pora", INV_SUBJ),
      text(body, "utf-8"),
      L("other", D, "review", False, [], note="a forwarded invitation, no one registers"))

plain("tak-til-kvittering-greve", "Anne-Marie Holt <anne-marie.holt@greve.dk>", "SV: Kvittering for tilmelding: " + ew("Dialogmøde om Rammeaftale 2027-2028", "utf-8", "Q"),
      "Tak skal du have!\n\nVh Anne-Marie\n" + oq(frm="Sekretariatet for Rammeaftalen <posk@greve.dk>", sent="2. juni 2026 10:12", to="Anne-Marie Holt <anne-marie.holt@greve.dk>",
                                                  subj="Kvittering for tilmelding: Dialogmøde om Rammeaftale 2027-2028", body=ACK.format(name="Anne-Marie Holt")),
      L("other", D, "review", False, [], note="thanks for our acknowledgement, which it quotes"),
      extra=[("In-Reply-To", "<ack-0001@greve.dk>")])

plain("frokost-tilfoejelse-stevns", "Rasmus Vinther <rv@stevns.dk>", "Frokost",
      "Glemte at skrive: jeg spiser gerne med, men er glutenallergiker.\n\nRasmus\n\nSendt fra min iPhone\n",
      L("registration", D, "processed", True, [P("rv@stevns.dk", "Rasmus Vinther", ST, "andet", "accepted", True)], note="a lunch note updates his registration"),
      msgid=mid("iphone-rasmus-2", "apple"), extra=[("X-Mailer", "iPhone Mail (22F76)")])

plain("spoergsmaal-online-lolland", "Tina Berg <tibe@lolland.dk>", "=?utf-8?Q?Sp=C3=B8rgsm=C3=A5l_til_dialogm=C3=B8det?=",
      "Hej\n\nEr der mulighed for at deltage online? Jeg har svært ved at nå frem til Ringsted om morgenen.\n\nMvh Tina Berg\nLolland Kommune\n",
      L("other", D, "review", False, []))

plain("spoergsmaal-program-roskilde", "Kenneth Lund <kelu@roskilde.dk>", "Program?",
      "Hej igen\n\nHvornår kommer programmet for dialogmødet? Og får rådene taletid?\n\nVh\nKenneth Lund\nSpecialkonsulent, Roskilde Kommune\n",
      L("other", D, "review", False, []))

plain("spoergsmaal-hjaelper-handicapraad-naestved", "Ruth Abildgaard <ruab@naestved.dk>", "Dialogmøde - hjælper og parkering",
      "Hej\n\nJeg er medlem af Handicaprådet i Næstved og sidder i kørestol. Må jeg tage min hjælper med til dialogmødet, og er der handicapparkering tæt på indgangen?\n\n"
      "Venlig hilsen\nRuth Abildgaard\n",
      L("other", D, "review", False, [], note="a council member's question, not a registration"))

plain("uvedkommende-kage-greve", "Pia Holm <piho@greve.dk>", "Kage fredag",
      "Hej alle\n\nJeg har fødselsdag fredag og tager kage med til kaffen kl. 14 i frokoststuen.\n\nPia\n",
      L("other", "", "review", False, [], note="internal mail about nothing of ours"),
      to="alle-social@greve.dk, posk@greve.dk")

vendor = ("<html><body style=\"font-family:Arial\"><h1>Konferencestole til halv pris</h1><p>Kære indkøber</p>"
          "<p>Skal I holde konference, dialogmøde eller temadag? Kun i juni: 50 % på stabelstolen CONF-20.</p>"
          "<p><a href=\"https://konferencemoebler.dk/tilbud\">Se tilbuddet</a></p><p>Med venlig hilsen<br>Salgsafdelingen, Konferencemøbler ApS<br>Tlf. 7020 1122</p></body></html>\n")
write("leverandoer-tilbud-uden-listeheadere", "posk",
      [("From", "Konferencemøbler ApS <salg@konferencemoebler.dk>".replace("ø", "o")), ("To", "posk@greve.dk"),
       ("Subject", ew("Tilbud på konferencestole – kun i juni", "utf-8", "B")), ("Message-ID", mid("vendor", "konferencemoebler.dk"))],
      text(vendor, "utf-8", sub="html"),
      L("other", "", "review", False, [], note="unsolicited sales mail without list headers"))

plain("egen-mail-fra-posk", "Sekretariatet for Rammeaftalen <posk@greve.dk>", INV_SUBJ.replace("ø", "o"),
      INVITATION + "\n",
      L("other", D, "ignored", False, [], note="our own invitation, sent to ourselves as a copy"),
      msgid="<inv-2026-05-20-copy@greve.dk>", extra=[("Bcc", "posk@greve.dk")])

plain("kongrescenter-ordrebekraeftelse", "Ringsted Kongrescenter <booking@ringstedkongrescenter.dk>", "Ordrebekræftelse: Dialogmøde 25.06.2026".replace("æ", "ae"),
      "Kære Sekretariatet for Rammeaftalen\n\nTak for jeres bestilling. Hermed bekræftes:\n\nArrangement: Dialogmøde om Rammeaftale 2027-2028\nDato: 25. juni 2026 kl. 08.30-13.30\nLokale: Sal A\n"
      "Antal deltagere: 120\nForplejning: formiddagskaffe og frokostbuffet (heraf 10 vegetar)\n\nEndeligt deltagerantal bedes oplyst senest 5 hverdage før arrangementet.\n\n"
      "Venlig hilsen\nLinda Madsen\nEventkoordinator\nRingsted Kongrescenter\nTlf. 5761 2000\n",
      L("other", D, "review", False, [], note="the venue's order confirmation: about the meeting, no participant"))

# --- D. Cancellations and substitutions ---------------------------------------------------

plain("afbud-soroe-inge", "Inge Lassen <inla@soroe.dk>", "Afbud dialogmøde",
      "Hej\n\nJeg må desværre melde afbud til dialogmødet den 25. juni, da jeg skal til lægen.\n\nVenlig hilsen\nInge Lassen\n",
      L("cancellation", D, "processed", True, [P("inla@soroe.dk", "Inge Lassen", SR, "udsatteraad", "cancelled", None)]))

html = outlook_html(["Hej igen", "", "Henrik Lund er desværre forhindret i at deltage den 25. juni. Vi har ikke en afløser til ham.", ""],
                    sig=["Venlig hilsen", "Birgit Lauritsen", "Koordinator", "Social og Arbejdsmarked", "Slagelse Kommune", "Direkte tlf.: 5857 3412"])
write("forhindret-slagelse-koordinator", "posk",
      [("From", "Birgit Lauritsen <bila@slagelse.dk>"), ("To", "posk@greve.dk"), ("Subject", "Ændring: Henrik Lund".replace("Æ", "AE")),
       ("Message-ID", mid("slagelse-henrik", "outlook"))] + ohdrs("slagelse-henrik"),
      multipart("alternative", [text("Hej igen\n\nHenrik Lund er desværre forhindret i at deltage den 25. juni. Vi har ikke en afløser til ham.\n\nVenlig hilsen\nBirgit Lauritsen\nKoordinator\nSlagelse Kommune\n", "windows-1252"),
                                text(html, "windows-1252", sub="html")], "_000_SLAGELSEHENRIK_"),
      L("cancellation", D, "processed", True, [P("henrik.lund@slagelse.dk", "Henrik Lund", SL, "handicapraad", "cancelled", None)],
        note="the coordinator who registered him cancels; subject 'AEndring'"))

plain("kan-ikke-alligevel-roskilde", "Jonas Bak Andersen <joba@roskilde.dk>", "Dialogmøde",
      "Hej, jeg kan ikke alligevel deltage i dialogmødet. Beklager!\n/Jonas\n",
      L("cancellation", D, "processed", True, [P("joba@roskilde.dk", "Jonas Bak Andersen", RO, "politiker_boern", "cancelled", None)],
        note="free-text cancellation after an Outlook acceptance"))

plain("afbud-citeret-invitation-lolland", "Carsten Bjerre <cabj@lolland.dk>", "SV: " + ew(INV_SUBJ, "iso-8859-1", "Q"),
      "Desværre kan jeg ikke deltage.\n\nMvh Carsten Bjerre\nFormand for Handicaprådet, Lolland Kommune\n" + oq(to="Carsten Bjerre <cabj@lolland.dk>"),
      L("cancellation", D, "processed", True, [P("cabj@lolland.dk", "Carsten Bjerre", LO, "handicapraad", "cancelled", None)],
        note="never registered; the quoted invitation says 'Tilmeld dig' and 'Meld afbud'"),
      cs="iso-8859-1")

plain("english-cancel-koege", "Daniel Hughes <dahu@koege.dk>", "RE: Registration - dialogue meeting 25 June",
      "Hi,\n\nUnfortunately I have to cancel my participation in the dialogue meeting on 25 June due to a work trip.\n\nBest,\nDaniel\n\n"
      "-----Original Message-----\nFrom: Daniel Hughes\nSent: 2. juni 2026 10:20\nTo: posk@greve.dk\nSubject: Registration - dialogue meeting 25 June\n\n"
      "Dear secretariat,\n\nI would like to register for the dialogue meeting on 25 June in Ringsted.\n",
      L("cancellation", D, "processed", True, [P("dahu@koege.dk", "Daniel Hughes", KO, "handicapraad", "cancelled", None)]), cte="7bit")

plain("iphone-afbud-sygdom-guldborgsund", "Karina Holm <kaho@guldborgsund.dk>", "Afbud",
      "Må desværre melde afbud pga sygdom i familien\n\nKarina\n\nSendt fra min iPhone\n",
      L("cancellation", D, "processed", True, [P("kaho@guldborgsund.dk", "Karina Holm", GU, "handicapraad", "cancelled", None)]),
      msgid=mid("karina-2", "apple"))

plain("i-stedet-for-naestved", "Tove Mikkelsen <tomi@naestved.dk>", ew("Ændring af deltager - dialogmøde", "windows-1252", "Q"),
      "Hej\n\nI stedet for Lis Brandt kommer Annette Dahl (anda@naestved.dk) fra Udsatterådet. Annette spiser også med.\n\nMed venlig hilsen\nTove Mikkelsen\nNæstved Kommune\n",
      L("registration", D, "processed", True, [P("", "Lis Brandt", NA, "udsatteraad", "cancelled", None),
                                               P("anda@naestved.dk", "Annette Dahl", NA, "udsatteraad", "accepted", True)],
        note="substitution within a full quota: the substitute is not waitlisted"),
      cs="windows-1252")

plain("erstattes-af-soroe", "Jette Frandsen <jefr@soroe.dk>", "=?iso-8859-1?Q?=C6ndring_til_tilmelding_fra_Sor=F8?=",
      "Hej\n\nCamilla Brandt erstattes af Niels Holt (niho@soroe.dk), som også sidder i Børne- og Ungeudvalget.\n\nMvh Jette\n",
      L("registration", D, "processed", True, [P("cabr@soroe.dk", "Camilla Brandt", SR, "politiker_boern", "cancelled", None),
                                               P("niho@soroe.dk", "Niels Holt", SR, "politiker_boern", "accepted", None)]),
      cs="iso-8859-1")

plain("kollega-i-stedet-region", "Ib Thorsen <ibth@regionsjaelland.dk>", "Dialogmøde - ændring".replace("æ", "ae"),
      "Kære sekretariat\n\nJeg er desværre blevet forhindret, men min kollega Hanne Lindqvist, vicedirektør, deltager i stedet for mig. Hendes mail er hali@regionsjaelland.dk. Hun spiser også med.\n\n"
      "Bedste hilsner\nIb Thorsen\nKoncerndirektør\nRegion Sjælland\n",
      L("registration", D, "processed", True, [P("ibth@regionsjaelland.dk", "Ib Thorsen", RS, "direktoer", "cancelled", None),
                                               P("hali@regionsjaelland.dk", "Hanne Lindqvist", RS, "direktoer", "accepted", True)]),
      cte="base64", extra=[("User-Agent", "Roundcube Webmail/1.6.9")])

# --- E. Auto-replies, with and without the headers that say so ------------------------------

def oof(slug, frm, subj, body, hdrs, label=None, html=False, mb="posk", to=POSK, irt=None):
    hs = [("From", frm), ("To", to), ("Subject", subj), ("Message-ID", mid(slug, "outlook" if html else frm.split("@")[-1].rstrip(">")))]
    if irt:
        hs.append(("In-Reply-To", irt))
    hs += hdrs
    part = text(outlook_html(body.split("\n")), "windows-1252", sub="html") if html else text(body, "utf-8")
    return write(slug, mb, hs, part, label or ROBOT("auto_reply"))


EXCH_OOF = [("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"), ("X-MS-Exchange-Inbox-Rules-Loop", None)]


def exch(email):
    return [(k, v or email) for k, v in EXCH_OOF] + [("X-MS-Exchange-Organization-AuthAs", "Internal")]


oof("oof-exchange-da-slagelse", "Karsten Bo <kabo@slagelse.dk>", "Automatisk svar: " + ew(INV_SUBJ, "utf-8", "Q"),
    "Tak for din mail.\n\nJeg er på ferie til og med den 19. juni og læser ikke mails. Henvendelser vedrørende Handicaprådet kan rettes til Birgit Lauritsen, bila@slagelse.dk.\n\nVenlig hilsen\nKarsten Bo",
    exch("kabo@slagelse.dk"), html=True, irt="<inv-2026-05-20@greve.dk>")

oof("oof-exchange-english-roskilde", "Sarah Holm <saho@roskilde.dk>", "Automatic reply: " + ew(INV_SUBJ, "utf-8", "B"),
    "I am out of the office until 12 June with no access to email.\nFor urgent matters please contact Kenneth Lund, kelu@roskilde.dk.\n\nBest regards\nSarah Holm\n",
    exch("saho@roskilde.dk"))

oof("oof-uden-headere-fravaerende-kalundborg", "Ole Skriver <olsk@kalundborg.dk>", ew("Fraværende: " + INV_SUBJ, "iso-8859-1", "Q"),
    "Jeg er fraværende fra kontoret fra 1. juni til 15. juni. Mails bliver ikke læst i perioden.\nVed akutte henvendelser kontakt venligst 5953 4400.\n\nOle Skriver\n", [],
    label=ROBOT("auto_reply", note="no auto-reply headers, Danish subject prefix"))

oof("oof-uden-headere-english-region", "Mark Jensen <maje@regionsjaelland.dk>", "Out of Office: " + ew(INV_SUBJ, "utf-8", "Q"),
    "Thank you for your message. I am currently out of the office with limited access to email and will return on 16 June.\nYour email will not be forwarded.\n\nMark Jensen\n", [],
    label=ROBOT("auto_reply", note="no auto-reply headers"))

oof("oof-uden-headere-sv-emne-lejre", "Hanne Toft <hato@lejre.dk>", "SV: " + ew(INV_SUBJ, "utf-8", "Q"),
    "Tak for din mail.\n\nJeg holder ferie til og med uge 26 og har ikke adgang til min mail. Din mail bliver ikke videresendt. "
    "Er din henvendelse vedr. handicaprådet, kan du skrive til handicapraad@lejre.dk.\n\nVenlig hilsen\nHanne Toft\n", [],
    label=ROBOT("auto_reply", note="no headers and an ordinary reply subject; only the words say it"))

oof("gmail-ferie-svar-lejre", "=?UTF-8?Q?Bente_Kj=C3=A6r?= <bente.kjaer71@gmail.com>", "Ferie",
    "Jeg er på ferie til 22. juni og svarer på mails, når jeg er tilbage.\n\nVh Bente\n",
    [("Auto-Submitted", "auto-replied")], irt="<ack-0002@greve.dk>",
    label=ROBOT("auto_reply", note="Gmail vacation responder to our acknowledgement; she stays registered"))

ackq = ("Jeg er på kursus 3.-5. juni og læser ikke mail. Du hører fra mig, når jeg er tilbage.\n\nAnne-Marie Holt\n\n"
        "-----Oprindelig meddelelse-----\nFra: Sekretariatet for Rammeaftalen <posk@greve.dk>\nSendt: 2. juni 2026 10:12\nTil: Anne-Marie Holt <anne-marie.holt@greve.dk>\n"
        "Emne: Kvittering for tilmelding: Dialogmøde om Rammeaftale 2027-2028\n\n" + ACK.format(name="Anne-Marie Holt") +
        "\n\n> Hermed tilmelding til dialogmødet d. 25/6.\n>\n> Navn: Anne-Marie Holt\n> Rolle: Medlem af Handicaprådet (DH)\n> Kommune: Greve\n> Frokost: Ja\n")
oof("ferie-svar-citerer-tilmelding-greve", "Anne-Marie Holt <anne-marie.holt@greve.dk>",
    "Automatisk svar: Kvittering for tilmelding: " + ew("Dialogmøde om Rammeaftale 2027-2028", "utf-8", "Q"), ackq,
    [("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")], irt="<ack-0001@greve.dk>",
    label=ROBOT("auto_reply", note="a vacation reply quoting our acknowledgement and her registration"))

oof("oof-uden-headere-citerer-kvittering-slagelse", "Peter Brix <pebr@slagelse.dk>", "SV: Kvittering for tilmelding: " + ew("Dialogmøde om Rammeaftale 2027-2028", "utf-8", "Q"),
    "Jeg er på barsel frem til 1. august og læser ikke mails. Kontakt venligst udvalgssekretæren på 5857 3600.\n" +
    oq(frm="Sekretariatet for Rammeaftalen <posk@greve.dk>", sent="2. juni 2026 11:02", to="Peter Brix <pebr@slagelse.dk>",
       subj="Kvittering for tilmelding: Dialogmøde om Rammeaftale 2027-2028", body=ACK.format(name="Peter Brix")), [],
    label=ROBOT("auto_reply", note="headerless, quotes our acknowledgement with 'Meld afbud'; Peter stays registered"))

oof("autosvar-x-autoreply-odsherred", "Vibeke Lund <vilu@odsherred.dk>", "Autosvar: " + ew(INV_SUBJ, "utf-8", "Q"),
    "Jeg er på ferie til 20. juni.\n\nVedrørende dialogmødet den 25. juni kan du kontakte min kollega Maja Krogh, makr@odsherred.dk, som deltager i stedet.\n\nVibeke Lund\n",
    [("X-Autoreply", "yes"), ("X-Autorespond", "yes")],
    label=ROBOT("auto_reply", note="non-RFC headers; substitution words inside an auto-reply"))

oof("oof-html-kun-rules-loop-ringsted", "Finn Olsen <finn.olsen@ringsted.dk>", "Automatisk svar: Kvittering for tilmelding",
    "Jeg er fraværende indtil videre.\nDin mail vil blive besvaret af en kollega.\n\nMed venlig hilsen\nFinn Olsen",
    [("X-Auto-Response-Suppress", "All"), ("X-MS-Exchange-Inbox-Rules-Loop", "finn.olsen@ringsted.dk")], html=True, irt="<ack-0003@greve.dk>",
    label=ROBOT("auto_reply", note="Exchange OOF without Auto-Submitted; Finn stays registered"))

mdn_text = "Dette er en kvittering for den mail, du sendte til Jette Frandsen <jefr@soroe.dk>.\n\nBemærk! Kvitteringen betyder kun, at meddelelsen er vist på modtagerens computer.\n"
mdn = ("Reporting-UA: soroe.dk; Microsoft Outlook 16.0\nFinal-Recipient: rfc822;jefr@soroe.dk\nOriginal-Message-ID: <inv-2026-05-20@greve.dk>\n"
       "Disposition: manual-action/MDN-sent-manually; displayed\n")
write("laesekvittering-mdn-soroe", "posk",
      [("From", "Jette Frandsen <jefr@soroe.dk>"), ("To", POSK), ("Subject", ew("Læst: " + INV_SUBJ, "utf-8", "Q")), ("Message-ID", mid("mdn-soroe", "outlook"))],
      multipart("report", [text(mdn_text, "utf-8"), Part([("Content-Type", "message/disposition-notification")], mdn.encode())],
                "mdn_boundary_01", extra="; report-type=disposition-notification"),
      ROBOT("auto_reply", note="read receipt (MDN)"))

plain("laesekvittering-plain-faxe", "Hansen, Lars <lah@faxekommune.dk>".replace("Hansen, Lars", '"Hansen, Lars"'), ew("Læst: " + INV_SUBJ, "iso-8859-1", "Q"),
      "Din meddelelse\n\n  Til: Hansen, Lars\n  Emne: " + INV_SUBJ + "\n  Sendt: 20. maj 2026 09:00:00 (UTC+01:00) Bruxelles, København, Madrid, Paris\n\n"
      "blev læst den 2. juni 2026 10:31:12 (UTC+01:00) Bruxelles, København, Madrid, Paris.\n",
      ROBOT("auto_reply", note="Outlook read receipt as plain text, no report part"), cs="iso-8859-1")

oof("oof-uden-headere-english-leave-roskilde", "Emily Carter <emca@roskilde.dk>", "Re: " + ew(INV_SUBJ, "utf-8", "B"),
    "Thank you for your email. I am away on leave until 22 June.\n\nRegarding the dialogue meeting, please contact my colleague Kenneth Lund (kelu@roskilde.dk).\n"
    "I will respond to your message when I return.\n\nEmily Carter\n", [],
    label=ROBOT("auto_reply", note="headerless English auto-reply naming the meeting"))

oof("borgerservice-autosvar-koege", "=?utf-8?Q?K=C3=B8ge_Kommune?= <kommunen@koege.dk>", "Vi har modtaget din henvendelse",
    "Tak for din henvendelse til Køge Kommune.\n\nVi har modtaget din mail og behandler den hurtigst muligt. Du kan ikke svare på denne mail.\n\nVenlig hilsen\nKøge Kommune\n",
    [("Auto-Submitted", "auto-generated"), ("Precedence", "auto_reply")],
    label=ROBOT("auto_reply", note="an organisation's receipt robot"))

oof("sieve-vacation-soroe", "Mogens Kirk <mogens.kirk@soroe.dk>", "Re: Kvittering for tilmelding: " + ew("Dialogmøde om Rammeaftale 2027-2028", "utf-8", "Q"),
    "Jeg er på ferie til 15. juni.\n\nMvh Mogens\n", [("Auto-Submitted", "auto-replied (vacation)")], irt="<ack-0004@greve.dk>",
    label=ROBOT("auto_reply", note="Sieve vacation; Mogens stays registered"))

oof("oof-uden-headere-kursus-odsherred", "Maja Krogh <makr@odsherred.dk>", "SV: Kvittering for tilmelding: " + ew("Dialogmøde om Rammeaftale 2027-2028", "utf-8", "Q"),
    "Tak for din mail. Jeg er på kursus og læser først mail igen mandag.\n", [], irt="<ack-0005@greve.dk>",
    label=ROBOT("auto_reply", note="a one-line home-made responder; Maja stays registered"))


# --- F. Bounces -----------------------------------------------------------------------------

def dsn(slug, frm, subj, human, mta, rcpt, action, status, original, extra=(), human_sub="plain", diag=""):
    ds = "Reporting-MTA: dns; %s\nArrival-Date: %s\n\nFinal-Recipient: rfc822; %s\nOriginal-Recipient: rfc822;%s\nAction: %s\nStatus: %s\n" % (
        mta, rfcdate(nxt("posk")), rcpt, rcpt, action, status)
    if diag:
        ds += "Diagnostic-Code: %s\n" % diag
    parts = [text(human, "utf-8" if human_sub == "html" else "us-ascii", "quoted-printable" if human_sub == "html" else "7bit", sub=human_sub),
             Part([("Content-Description", "Delivery report"), ("Content-Type", "message/delivery-status")], ds.encode())]
    if original:
        parts.append(Part([("Content-Description", "Undelivered Message"), ("Content-Type", "message/rfc822")], original.encode("utf-8")))
    hs = [("From", frm), ("To", POSK), ("Subject", subj), ("Message-ID", mid(slug, mta))] + list(extra)
    return write(slug, "posk", hs, multipart("report", parts, "%s.%d/%s" % (slug[:8].upper(), len(slug), mta), extra="; report-type=delivery-status"),
                 ROBOT("bounce"))


ack_raw = ("From: Sekretariatet for Rammeaftalen <posk@greve.dk>\nTo: gammel.adresse@soroe.dk\nSubject: Kvittering for tilmelding: =?utf-8?Q?Dialogm=C3=B8de?= om Rammeaftale 2027-2028\n"
           "Date: Tue, 2 Jun 2026 10:40:00 +0200\nMessage-ID: <ack-0006@greve.dk>\nAuto-Submitted: auto-replied\nMIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n"
           + ACK.format(name="Jens Gammel") + "\n")
inv_raw = ("From: Sekretariatet for Rammeaftalen <posk@greve.dk>\nTo: tidligere.medarbejder@lolland.dk\nSubject: " + ew(INV_SUBJ, "utf-8", "Q") + "\n"
           "Date: Wed, 20 May 2026 09:00:00 +0200\nMessage-ID: <inv-2026-05-20@greve.dk>\nMIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n" + INVITATION + "\n")

dsn("postfix-dsn-returned-ack", "Mail Delivery System <MAILER-DAEMON@greve.dk>", "Undelivered Mail Returned to Sender",
    "This is the mail system at host mx1.greve.dk.\n\nI'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients. It's attached below.\n\n"
    "<gammel.adresse@soroe.dk>: host soroe-dk.mail.protection.outlook.com[52.101.68.3]\n    said: 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found\n",
    "mx1.greve.dk", "gammel.adresse@soroe.dk", "failed", "5.1.10", ack_raw, extra=[("Auto-Submitted", "auto-replied")],
    diag="smtp; 550 5.1.10 RESOLVER.ADR.RecipientNotFound")

dsn("exchange-ndr-kan-ikke-leveres", "Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@greve.dk>", ew("Kan ikke leveres: " + INV_SUBJ, "utf-8", "B"),
    "<html><body><p><b><font color=\"#000066\" size=\"3\" face=\"Arial\">Leveringen til disse modtagere eller grupper mislykkedes:</font></b></p>"
    "<p><a href=\"mailto:tidligere.medarbejder@lolland.dk\">tidligere.medarbejder@lolland.dk</a><br>Den mailadresse, du angav, blev ikke fundet. Kontrollér modtagerens mailadresse, og prøv at sende meddelelsen igen.</p>"
    "<p>Diagnosticeringsoplysninger til administratorer:</p><p>Genererer server: AM0PR09MB4321.eurprd09.prod.outlook.com</p></body></html>\n",
    "AM0PR09MB4321.eurprd09.prod.outlook.com", "tidligere.medarbejder@lolland.dk", "failed", "5.1.1", inv_raw, human_sub="html",
    extra=[("X-MS-Exchange-Message-Is-Ndr", ""), ("Content-Language", "da-DK")])

dsn("postfix-forsinket-delayed", "Mail Delivery System <MAILER-DAEMON@greve.dk>", "Delayed Mail (still being retried)",
    "This is the mail system at host mx1.greve.dk.\n\n####################################################################\n# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #\n"
    "####################################################################\n\nYour message could not be delivered for 4.0 hours.\nIt will be retried until it is 5.0 days old.\n",
    "mx1.greve.dk", "post@stevns-raad.dk", "delayed", "4.4.1", None, extra=[("Auto-Submitted", "auto-replied")],
    diag="X-Postfix; connect to mx.stevns-raad.dk[195.41.77.12]:25: Connection timed out")

plain("exchange-forsinket-levering-plain", "postmaster@lolland.dk", ew("Forsinket levering: " + INV_SUBJ, "utf-8", "Q"),
      "Leveringen er forsinket til disse modtagere eller grupper:\n\ntidligere.medarbejder2@lolland.dk\n\nEmne: " + INV_SUBJ +
      "\n\nMeddelelsen er endnu ikke leveret. Der vil fortsat blive gjort forsøg på at levere den.\n\nServeren vil fortsætte med at forsøge at levere meddelelsen i 1 dag, 19 timer og 53 minutter. Du får besked, hvis meddelelsen ikke kan leveres inden for dette tidsrum.\n",
      ROBOT("bounce", note="delay warning as plain text, no report part"), extra=[("Auto-Submitted", "auto-replied")])

plain("sendmail-returned-mail-plain", "Mail Delivery Subsystem <MAILER-DAEMON@mx.odsherred.dk>", "Returned mail: see transcript for details",
      "The original message was received at Tue, 2 Jun 2026 11:40:02 +0200\nfrom mx1.greve.dk [193.163.80.10]\n\n   ----- The following addresses had permanent fatal errors -----\n"
      "<handicapraadet@odsherred.dk>\n    (reason: 550 5.1.1 <handicapraadet@odsherred.dk>... User unknown)\n\n   ----- Transcript of session follows -----\n"
      "... while talking to mail.odsherred.dk.:\n>>> RCPT To:<handicapraadet@odsherred.dk>\n<<< 550 5.1.1 <handicapraadet@odsherred.dk>... User unknown\n550 5.1.1 <handicapraadet@odsherred.dk>... User unknown\n\n"
      "   ----- Original message follows -----\n\nFrom: Sekretariatet for Rammeaftalen <posk@greve.dk>\nTo: handicapraadet@odsherred.dk\nSubject: Kvittering for tilmelding\n\nTak for din tilmelding til dialogmødet.\n",
      ROBOT("bounce", note="old sendmail bounce, plain text only"), cte="8bit")

dsn("gmail-dsn-failure", "Mail Delivery Subsystem <mailer-daemon@googlemail.com>", "Delivery Status Notification (Failure)",
    "\n** Address not found **\n\nYour message wasn't delivered to niels.kromann99@gmail.com because the address couldn't be found, or is unable to receive mail.\n\n"
    "The response from the remote server was:\n550 5.1.1 The email account that you tried to reach does not exist.\n",
    "googlemail.com", "niels.kromann99@gmail.com", "failed", "5.1.1", ack_raw.replace("gammel.adresse@soroe.dk", "niels.kromann99@gmail.com"))

dsn("o365-undeliverable-english", "postmaster@regionsjaelland.onmicrosoft.com", "Undeliverable: Kvittering for tilmelding: " + ew("Dialogmøde om Rammeaftale 2027-2028", "utf-8", "Q"),
    "<html><body><p><b>Your message to ibth@regionsjaelland.dk couldn't be delivered.</b></p><p>ibth wasn't found at regionsjaelland.dk.</p>"
    "<p>Action Required: Recipient</p><p>Unknown To address</p></body></html>\n",
    "DB9PR02MB7001.eurprd02.prod.outlook.com", "ibth@regionsjaelland.dk", "failed", "5.1.10", ack_raw.replace("gammel.adresse@soroe.dk", "ibth@regionsjaelland.dk"), human_sub="html")


# --- G. List mail and newsletters -----------------------------------------------------------

plain("kl-nyhedsbrev-list-id", "KL Nyhedsbrev <nyhedsbrev@kl.dk>", "Nyt fra KL: Socialområdet uge 23",
      "Nyt fra KL – Socialområdet\n\n* Rammeaftalerne 2027-2028: Husk dialogmøderne i juni. Tilmeld dig via dit KKR-sekretariat.\n"
      "* Ny vejledning om handicapråd\n* Udsatterådenes årsmøde\n\nLæs mere på kl.dk\n\nDu modtager denne mail, fordi du abonnerer på KL's nyhedsbreve. Afmeld: https://www.kl.dk/afmeld\n",
      ROBOT("list"), extra=[("List-Id", "KL Social <social.nyheder.kl.dk>"), ("List-Unsubscribe", "<mailto:unsubscribe@kl.dk>, <https://www.kl.dk/afmeld?u=posk>"),
                            ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk")])

plain("mailman-handicapnet-tilmelder-sig", "Ove Bang <ove.bang@mail.dk>", "[Handicaprådsnetværk] " + ew("Dialogmøde 25. juni – hvem deltager?", "utf-8", "Q"),
      "Hej alle\n\nJeg deltager i dialogmødet i Ringsted den 25. juni for Handicaprådet i Faxe. Er der andre, der skal med? Vi kunne køre sammen.\n\nOve\n"
      "_______________________________________________\nHandicapnet mailing list\nhandicapnet@lists.dh.dk\nhttps://lists.dh.dk/mailman/listinfo/handicapnet\n",
      ROBOT("list", note="a person's registration words, posted to a mailing list we are on"),
      to="handicapnet@lists.dh.dk", extra=[("List-Id", "Handicaprådsnetværk <handicapnet.lists.dh.dk>".replace("å", "aa")), ("List-Post", "<mailto:handicapnet@lists.dh.dk>"),
                                            ("List-Unsubscribe", "<https://lists.dh.dk/mailman/options/handicapnet>"), ("Precedence", "list"), ("Sender", "Handicapnet <handicapnet-bounces@lists.dh.dk>"),
                                            ("Errors-To", "handicapnet-bounces@lists.dh.dk")])

mc = ("<html><body><table width=\"600\"><tr><td><h1>Sidste chance: Konference om socialpsykiatri</h1><p>Kære modtager</p><p>Der er stadig ledige pladser på årets konference den 3. september. "
      "Tilmeld dig senest 17. juni og få early bird-pris.</p><p><a href=\"https://eepurl.com/abc\">Tilmeld dig her</a></p>"
      "<p style=\"font-size:10px\">Du modtager denne mail fordi du er tilmeldt vores nyhedsbrev. <a href=\"https://socialkonference.us21.list-manage.com/unsubscribe?u=1\">Afmeld</a></p></td></tr></table></body></html>\n")
write("mailchimp-konference", "posk",
      [("From", "Socialpsykiatrisk Konference <info@socialkonference.dk>"), ("To", "<posk@greve.dk>"), ("Subject", "Sidste chance: Konference om socialpsykiatri"),
       ("Message-ID", "<3f1a2b.20260602.mc@mail196.atl221.mcdlv.net>"), ("List-Unsubscribe", "<https://socialkonference.us21.list-manage.com/unsubscribe?u=1&id=2>, <mailto:unsubscribe-mc.us21_1.2-posk=greve.dk@mailin1.us21.mcsv.net?subject=unsubscribe>"),
       ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("X-Mailer", "MailChimp Mailer - **CID3f1a2b**"), ("X-Campaign", "mailchimp1.3f1a2b"), ("Feedback-ID", "21:21-1:us21:mc")],
      text(mc, "utf-8", sub="html"), ROBOT("list", note="marketing with List-Unsubscribe only; its 'Tilmeld dig senest 17. juni' is not ours"))

plain("dh-nyhedsbrev-precedence-bulk", "Danske Handicaporganisationer <nyhedsbrev@handicap.dk>", "Nyt fra DH: Kurser i efteråret",
      "Kære handicaprådsmedlem\n\nSe efterårets kurser for medlemmer af de kommunale handicapråd.\n\nAfmeld nyhedsbrevet her: https://handicap.dk/afmeld\n",
      ROBOT("list"), extra=[("Precedence", "bulk"), ("List-Unsubscribe", "<https://handicap.dk/afmeld>")], cs="iso-8859-1")

plain("google-groups-afbud", "'Lone Friis' via KKR Sjaelland sekretariater <kkr-sjaelland-sek@googlegroups.com>", "Afbud til dialogmøde - Lone".replace("ø", "o"),
      "Hej alle\n\nJeg må melde afbud til dialogmødet 25/6 – kan nogen af jer tage noter til mig?\n\nLone\n\n--\nDu modtager denne besked, fordi du abonnerer på gruppen \"KKR Sjælland sekretariater\" i Google Grupper.\n"
      "Hvis du vil afmelde dig gruppen, skal du sende en mail til kkr-sjaelland-sek+unsubscribe@googlegroups.com.\n",
      ROBOT("list", note="a cancellation posted to a Google Group"), to="KKR Sjaelland sekretariater <kkr-sjaelland-sek@googlegroups.com>",
      extra=[("Reply-To", "lofr@koege.dk"), ("List-Id", "<kkr-sjaelland-sek.googlegroups.com>"), ("Mailing-list", "list kkr-sjaelland-sek@googlegroups.com; contact kkr-sjaelland-sek+owners@googlegroups.com"),
             ("Precedence", "list"), ("List-Post", "<https://groups.google.com/group/kkr-sjaelland-sek/post>"), ("List-Unsubscribe", "<mailto:googlegroups-manage+1234+unsubscribe@googlegroups.com>")])


# --- H. More people, more clients -----------------------------------------------------------

imip("imip-afvist-efter-fritekst-guldborgsund", "Jens Ole Wendt", "jow@guldborgsund.dk", "DECLINED", "Afvist",
     body="Desværre er der kommet byrådsmøde samme dag.\n", comment="Desværre er der kommet byrådsmøde samme dag.\n",
     label=L("rsvp", D, "processed", True, [P("jow@guldborgsund.dk", "Jens Ole Wendt", GU, "politiker_voksen", "declined", None)],
             note="an Outlook decline after a free-text registration: the role stays"))

write("rfc6532-utf8-headers-vordingborg", "posk",
      [("From", "Åse Møller <asmo@vordingborg.dk>"), ("To", POSK), ("Subject", "Tilmelding til dialogmøde – Åse Møller"), ("Message-ID", "<f3a91c0e-77b1-4c2e@vordingborg.dk>")],
      text("Jeg deltager i dialogmødet som medlem af Børne- og Ungeudvalget i Vordingborg Kommune. Jeg spiser med.\n\nÅse Møller\n", "utf-8", "8bit"),
      L("registration", D, "processed", True, [P("asmo@vordingborg.dk", "Åse Møller", VO, "politiker_boern", "accepted", True)], note="raw UTF-8 headers (RFC 6532)"))

html = outlook_html(["Hej", "", "Jeg vil gerne tilmelde mig “Dialogmøde om Rammeaftale 2027–2028”. Jeg er afdelingschef i Social & Handicap – og jeg spiser gerne med.", ""],
                    sig=["Med venlig hilsen", "Søren Damgaard", "Afdelingschef", "Social & Handicap", "Holbæk Kommune", "Mobil 7236 3000"])
write("html-kun-cp1252-smarte-citationstegn-holbaek", "posk",
      [("From", "=?iso-8859-1?Q?S=F8ren_Damgaard?= <soda@holb.dk>"), ("To", POSK), ("Subject", "Tilmelding"), ("Message-ID", mid("soda", "outlook"))] + ohdrs("soda"),
      text(html, "windows-1252", sub="html"),
      L("registration", D, "processed", True, [P("soda@holb.dk", "Søren Damgaard", HO, "chef", "accepted", True)], note="cp1252 quotes and dashes"))

plain("thunderbird-flowed-region-chef", "Karin Stoltenberg <kast@regionsjaelland.dk>", "Tilmelding",
      "Kære sekretariat\n\nJeg tilmelder mig dialogmødet den 25. juni. Jeg er chef for Socialområdet i \nRegion Sjælland og deltager ikke i frokosten, da jeg skal videre til et \nandet møde kl. 12.\n\n"
      "Venlig hilsen\n\n-- \nKarin Stoltenberg\nChef for Socialområdet\nRegion Sjælland | Alleen 15 | 4180 Sorø\nTlf. 2345 6789\n",
      L("registration", D, "processed", True, [P("kast@regionsjaelland.dk", "Karin Stoltenberg", RS, "chef", "accepted", False)]),
      cte="8bit", params="; format=flowed", extra=[("User-Agent", "Mozilla Thunderbird"), ("Content-Language", "da")])

plain("afbud-xars-slagelse-yvonne", "Yvonne Storm <yvst@slagelse.dk>", "Afbud: dialogmøde 25. juni",
      "Hej\n\nJeg bliver desværre nødt til at melde afbud. Birgit har tilmeldt mig, men jeg kan ikke den dag.\n\nVh Yvonne Storm\nHandicaprådet, Slagelse\n",
      L("cancellation", D, "processed", True, [P("yvst@slagelse.dk", "Yvonne Storm", SL, "handicapraad", "cancelled", None)]),
      cs="windows-1252", extra=[("X-Auto-Response-Suppress", "DR, RN, NRN, OOF, AutoReply")] + ohdrs("yvonne"))

plain("koordinator-bytter-ringsted", "Dorthe Kragh <dokr@ringsted.dk>", "Re: Tilmelding dialogmøde",
      "Hej igen\n\nMarianne Bech har meldt afbud, men så kan Torben Skov tage hendes plads.\n\nHilsen\nDorthe\n\nDen 02-06-2026 kl. 10:07 skrev Dorthe Kragh:\n> Ringsted Kommune tilmelder følgende fra Handicaprådet:\n>\n> 1. Finn Olsen\n> 2. Marianne Bech\n> 3. Torben Skov\n",
      L("registration", D, "processed", True, [P("mabe@ringsted.dk", "Marianne Bech", RI, "handicapraad", "cancelled", None),
                                               P("tosk@ringsted.dk", "Torben Skov", RI, "handicapraad", "accepted", None)],
        note="a cancellation and the waitlisted one moves up"),
      cte="8bit", params="; format=flowed", extra=[("User-Agent", "Mozilla Thunderbird")])

plain("politisk-sekretariat-to-politikere-lolland", "Lolland Kommune, Politisk Sekretariat <polsek@lolland.dk>".replace("Lolland Kommune, Politisk Sekretariat", '"Lolland Kommune, Politisk Sekretariat"'),
      "Tilmelding af politikere til dialogmøde",
      "Til sekretariatet\n\nFra Lolland Kommune deltager udvalgsformand Henning Jessen (Socialudvalget) og næstformand Maja Dyhr (Børne- og Familieudvalget). Ingen af dem deltager i frokosten.\n\n"
      "Med venlig hilsen\nPolitisk Sekretariat\nLolland Kommune\n",
      L("registration", D, "processed", True, [P("", "Henning Jessen", LO, "politiker_voksen", "accepted", False),
                                               P("", "Maja Dyhr", LO, "politiker_boern", "accepted", False)]),
      cs="windows-1252")

body = "Hermed tilmelding:\n\nGitte Ravn, formand for Udsatterådet i Stevns\n\nJeg deltager i frokosten.\n\nGitte Ravn | Formand for Udsatterådet | Stevns Kommune | Tlf. 5657 5657 | gira@stevns.dk\n"
html = outlook_html(["Hermed tilmelding:", "", "Gitte Ravn, formand for Udsatterådet i Stevns", "", "Jeg deltager i frokosten."],
                    sig=["Gitte Ravn | Formand for Udsatterådet | Stevns Kommune | Tlf. 5657 5657 | gira@stevns.dk"])
write("outlook-alternative-stevns-udsatte", "posk",
      [("From", "Gitte Ravn <gira@stevns.dk>"), ("To", POSK), ("Subject", ew("Tilmelding dialogmøde", "utf-8", "Q")), ("Message-ID", mid("gira", "outlook"))] + ohdrs("gira"),
      multipart("alternative", [text(body, "utf-8", "base64"), text(html, "windows-1252", sub="html")], "_000_GIRA_"),
      L("registration", D, "processed", True, [P("gira@stevns.dk", "Gitte Ravn", ST, "udsatteraad", "accepted", True)]))

plain("spoergsmaal-suppleanter-citeret-invitation", "Henrik Vang <heva@guldborgsund.dk>", "SV: " + ew(INV_SUBJ, "utf-8", "Q"),
      "Gælder invitationen også suppleanter til Handicaprådet?\n\nHenrik Vang\n" + oq(to="Henrik Vang <heva@guldborgsund.dk>"),
      L("other", D, "review", False, [], note="a question on top of the quoted invitation"))

plain("tak-og-frokost-aendring-lolland", "Michael Thrane <mith@lolland.dk>", "SV: Kvittering for tilmelding: " + ew("Dialogmøde om Rammeaftale 2027-2028", "utf-8", "Q"),
      "Tak for kvitteringen. Jeg har fået et andet møde kl. 12, så jeg spiser alligevel ikke med.\n\nMichael\n" +
      oq(frm="Sekretariatet for Rammeaftalen <posk@greve.dk>", sent="2. juni 2026 10:52", to="Michael Thrane <mith@lolland.dk>",
         subj="Kvittering for tilmelding: Dialogmøde om Rammeaftale 2027-2028", body=ACK.format(name="Michael Thrane")),
      L("registration", D, "processed", True, [P("mith@lolland.dk", "Michael Thrane", LO, "udsatteraad", "accepted", False)], note="thanks plus a lunch change"),
      extra=[("In-Reply-To", "<ack-0007@greve.dk>")])
