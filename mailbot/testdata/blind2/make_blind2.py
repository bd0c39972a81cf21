#!/usr/bin/env python3
"""Writes the second blind test set: NNN-slug.eml (complete RFC 5322 messages)
and NNN-slug.json (what a careful secretary expects). Run: python3 make_blind2.py

Written without reading the parser, the rules or the first blind set's mails."""
from gen_lib import *

# ------------------------------------------------------------ client shapes

def outlook_h(topic, extra=()):
    h = [("Thread-Topic", topic), ("Thread-Index", "AQHarV7k" + hashlib.md5(topic.encode()).hexdigest()[:16] + "=="),
         ("Accept-Language", "da-DK, en-US"), ("Content-Language", "da-DK"),
         ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", ""),
         ("X-MS-Exchange-Organization-SCL", "-1"), ("X-Originating-IP", "[10.20.1.17]")]
    return h + list(extra)


def plain_of(lines):
    return "\n".join(l for l in lines if not l.startswith("RAW:"))


def outlook(lines, quote=None, html_only=False, cs="windows-1252", plain=None, attach=()):
    h = html(outlook_html(lines, quote, cs), cs, "qp")
    if html_only and not attach:
        return h
    if html_only:
        body = h
    else:
        pt = plain if plain is not None else plain_of(lines)
        if quote:
            pt += "\n" + quote_block_text(quote[0], quote[1])
        body = multipart("alternative", [text(pt + "\n", cs, "qp"), h])
    if attach:
        return multipart("mixed", [body] + list(attach))
    return body


def gmail(t, attach=()):
    htm = '<div dir="ltr">' + "<br>".join(htmlmod.escape(x, quote=False) for x in t.split("\n")) + "</div>\n"
    body = multipart("alternative", [text(t + "\n", "UTF-8", "qp"), html(htm, "UTF-8", "qp")],
                     boundary="0000000000" + hashlib.md5(t.encode()).hexdigest()[:18])
    if attach:
        return multipart("mixed", [body] + list(attach), boundary="0000000000" + hashlib.md5(t.encode()).hexdigest()[18:30] + "ff")
    return body


GMAIL_H = [("X-Mailer", "")][:0]
APPLE_H = [("X-Mailer", "Apple Mail (2.3774.600.62)")]
IPHONE_H = [("X-Mailer", "iPhone Mail (21F90)")]


def exch_imip(style_lines, ics_text, method="REPLY", cs="utf-8"):
    """Outlook/Exchange meeting response: text, html and the calendar part."""
    t = "\n".join(style_lines)
    htm = outlook_html(style_lines, None, cs)
    return multipart("alternative", [text(t + "\n", cs, "qp"), html(htm, cs, "qp"), cal_part(ics_text, method)])


posk_quote_ack = [("Fra", "Sekretariatet for Rammeaftale Sjælland <posk@greve.dk>"), ("Sendt", "5. juni 2026 11:02"),
                  ("Emne", "Tak for din tilmelding til Dialogmøde om Rammeaftale 2027-2028")]

# =================================================================== posk: iMIP

S_ = "Dialogmøde om Rammeaftale 2027-2028"

add("imip-outlook-accepteret-solroed-uden-kommentar", "posk", addr("Jens Kofoed", "jeko@solrod.dk"),
    subj("Accepteret: " + S_, "b"),
    exch_imip([""], ics("outlook", "REPLY", "ACCEPTED", "Jens Kofoed", "jeko@solrod.dk", dtstamp="20260605T065500Z", prefix="Accepteret: ")),
    L("rsvp", "dialog2026", "processed", True, [P("jeko@solrod.dk", "Jens Kofoed", "Solrød Kommune", "andet", "accepted")]),
    headers=outlook_h("Accepteret: " + S_), style="outlook", crlf=True)

add("imip-outlook-accepteret-slagelse-udsatteraad-kommentar", "posk", addr("Merete Skov", "mesk@slagelse.dk"),
    subj("Accepteret: " + S_, "q", "iso-8859-1"),
    exch_imip(["Jeg deltager som formand for Udsatterådet i Slagelse og spiser gerne frokost.", "", "Venlig hilsen", "Merete Skov"],
              ics("outlook", "REPLY", "ACCEPTED", "Merete Skov", "mesk@slagelse.dk",
                  comment="Jeg deltager som formand for Udsatterådet i Slagelse og spiser gerne frokost.\n\nVenlig hilsen\nMerete Skov",
                  dtstamp="20260605T071000Z", prefix="Accepteret: "), cs="windows-1252"),
    L("rsvp", "dialog2026", "processed", True, [P("mesk@slagelse.dk", "Merete Skov", "Slagelse Kommune", "udsatteraad", "accepted", True)]),
    headers=outlook_h("Accepteret: " + S_), style="outlook", crlf=True)

add("imip-outlook-foreloebig-kalundborg-direktoer", "posk", addr("Carsten Mølgaard", "camo@kalundborg.dk", "b"),
    subj("Foreløbig: " + S_, "b"),
    exch_imip(["Foreløbigt ja – det afhænger af et ekstraordinært byrådsmøde.", "", "Mvh", "Carsten Mølgaard", "Kommunaldirektør, Kalundborg Kommune"],
              ics("outlook", "REPLY", "TENTATIVE", "Carsten Mølgaard", "camo@kalundborg.dk",
                  comment="Foreløbigt ja – det afhænger af et ekstraordinært byrådsmøde.\n\nMvh\nCarsten Mølgaard\nKommunaldirektør, Kalundborg Kommune",
                  dtstamp="20260605T072000Z", prefix="Foreløbig: ")),
    L("rsvp", "dialog2026", "processed", True, [P("camo@kalundborg.dk", "Carsten Mølgaard", "Kalundborg Kommune", "direktoer", "tentative")]),
    headers=outlook_h("Foreløbig: " + S_), style="outlook", crlf=True)

add("imip-outlook-afvist-odsherred-budgetseminar", "posk", addr("Gitte Rasmussen", "gira@odsherred.dk"),
    subj("Afvist: " + S_, "q"),
    exch_imip(["Desværre optaget af budgetseminar den dag."],
              ics("outlook", "REPLY", "DECLINED", "Gitte Rasmussen", "gira@odsherred.dk", comment="Desværre optaget af budgetseminar den dag.",
                  dtstamp="20260605T073000Z", prefix="Afvist: ")),
    L("rsvp", "dialog2026", "processed", True, [P("gira@odsherred.dk", "Gitte Rasmussen", "Odsherred Kommune", "andet", "declined")]),
    headers=outlook_h("Afvist: " + S_), style="outlook", crlf=True)

add("imip-outlook-counter-vordingborg", "posk", addr("Henrik Dahl", "hedah@vordingborg.dk"),
    subj("Nyt tidspunkt foreslået: " + S_, "q"),
    exch_imip(["Kunne mødet rykkes til eftermiddagen? Vi har udvalgsmøde om formiddagen.", "", "Henrik Dahl"],
              ics("outlook", "COUNTER", "TENTATIVE", "Henrik Dahl", "hedah@vordingborg.dk",
                  comment="Kunne mødet rykkes til eftermiddagen? Vi har udvalgsmøde om formiddagen.\n\nHenrik Dahl",
                  dtstamp="20260605T074000Z", prefix="Nyt tidspunkt foreslået: ", counter=("20260625T130000", "20260625T170000")),
              method="COUNTER"),
    L("rsvp", "dialog2026", "review", False, [P("hedah@vordingborg.dk", "Henrik Dahl", "Vordingborg Kommune", "andet", "tentative")],
      note="a COUNTER proposes another time: a person decides, no automatic reply"),
    headers=outlook_h("Nyt tidspunkt foreslået: " + S_), style="outlook", crlf=True)

g_text = ("Hanne Sørensen har accepteret denne invitation.\n\nHanne Sørensen har svaret:\n\"Deltager for DH Holbæk i Handicaprådet.\"\n\n"
          "Dialogmøde om Rammeaftale 2027-2028\ntorsdag 25. jun. 2026 09.00 - 13.00 (Centraleuropæisk sommertid - København)\n\n"
          "Invitation fra Google Kalender\n\nDu modtager denne e-mail, fordi du er arrangør af begivenheden.")
add("imip-google-accepteret-holbaek-dh-kommentar", "posk", addr("Hanne Sørensen", "hanne.soerensen.dh@gmail.com", "b"),
    subj("Accepteret: Dialogmøde om Rammeaftale 2027-2028 @ tor. 25. jun. 2026 09.00 - 13.00 (CEST) (posk@greve.dk)", "b"),
    multipart("mixed", [multipart("alternative", [text(g_text + "\n", "UTF-8", "qp"),
                                                  html('<span itemscope itemtype="http://schema.org/InformAction">' + htmlmod.escape(g_text).replace("\n", "<br>") + "</span>", "UTF-8", "qp"),
                                                  cal_part(ics("google", "REPLY", "ACCEPTED", "Hanne Sørensen", "hanne.soerensen.dh@gmail.com",
                                                               comment="Deltager for DH Holbæk i Handicaprådet.", dtstamp="20260605T075012Z",
                                                               organizer=("Sekretariatet for Rammeaftale Sjælland", "posk@greve.dk")), "REPLY")]),
                        attachment("invite.ics", "application/ics", ics("google", "REPLY", "ACCEPTED", "Hanne Sørensen", "hanne.soerensen.dh@gmail.com",
                                                                         comment="Deltager for DH Holbæk i Handicaprådet.", dtstamp="20260605T075012Z").encode())]),
    L("rsvp", "dialog2026", "processed", True, [P("hanne.soerensen.dh@gmail.com", "Hanne Sørensen", "Holbæk Kommune", "handicapraad", "accepted")],
      note="private address; municipality and role from the comment"),
    headers=[("Reply-To", "Hanne Sørensen <hanne.soerensen.dh@gmail.com>"), ("Sender", "Google Kalender <calendar-notification@google.com>")],
    style="gmail")

add("imip-apple-event-accepted-roskilde", "posk", addr("Niels Brandt", "nibr@roskilde.dk"),
    "Event accepted: " + subj(S_, "q"),
    multipart("alternative", [text("Niels Brandt has accepted your event invitation.\n", "us-ascii", "7bit"),
                              cal_part(ics("apple", "REPLY", "ACCEPTED", "Niels Brandt", "nibr@roskilde.dk", dtstamp="20260605T080103Z"), "REPLY", "8bit")],
              boundary="Apple-Mail=_4F2B9C3A-7D1E-4B8A-9E55-1A2B3C4D5E6F"),
    L("rsvp", "dialog2026", "processed", True, [P("nibr@roskilde.dk", "Niels Brandt", "Roskilde Kommune", "andet", "accepted")]),
    headers=APPLE_H, style="apple")

add("imip-apple-event-declined-lejre", "posk", addr("Karina Holt", "kaho@lejre.dk"),
    "Event declined: " + subj(S_, "q"),
    multipart("alternative", [text("Karina Holt has declined your event invitation.\n", "us-ascii", "7bit"),
                              cal_part(ics("apple", "REPLY", "DECLINED", "Karina Holt", "kaho@lejre.dk", dtstamp="20260605T081511Z"), "REPLY", "8bit")],
              boundary="Apple-Mail=_0B1C2D3E-8F90-4A1B-B2C3-D4E5F6A7B8C9"),
    L("rsvp", "dialog2026", "processed", True, [P("kaho@lejre.dk", "Karina Holt", "Lejre Kommune", "andet", "declined")]),
    headers=APPLE_H, style="apple")

add("imip-outlook-accepted-english-region-no-lunch", "posk", addr("Sarah Lind", "sali@regionsjaelland.dk"),
    subj("Accepted: " + S_, "b"),
    exch_imip(["Looking forward to it. I will skip lunch though.", "", "Best regards", "Sarah Lind"],
              ics("outlook", "REPLY", "ACCEPTED", "Sarah Lind", "sali@regionsjaelland.dk",
                  comment="Looking forward to it. I will skip lunch though.\n\nBest regards\nSarah Lind",
                  dtstamp="20260605T082000Z", prefix="Accepted: ")),
    L("rsvp", "dialog2026", "processed", True, [P("sali@regionsjaelland.dk", "Sarah Lind", "Region Sjælland", "andet", "accepted", False)]),
    headers=outlook_h("Accepted: " + S_, [("Content-Language", "en-US")]), style="outlook", crlf=True)

add("imip-outlook-accepteret-faxe-nyeste-dtstamp", "posk", addr("Ib Kragh", "ibkr@faxekommune.dk"),
    subj("Accepteret: " + S_, "q"),
    exch_imip([""], ics("outlook", "REPLY", "ACCEPTED", "Ib Kragh", "ibkr@faxekommune.dk", dtstamp="20260605T120000Z", prefix="Accepteret: ")),
    L("rsvp", "dialog2026", "processed", True, [P("ibkr@faxekommune.dk", "Ib Kragh", "Faxe Kommune", "andet", "accepted")]),
    headers=outlook_h("Accepteret: " + S_), style="outlook", crlf=True)

add("imip-outlook-foreloebig-faxe-aeldre-dtstamp-kommer-senere", "posk", addr("Ib Kragh", "ibkr@faxekommune.dk"),
    subj("Foreløbig: " + S_, "q"),
    exch_imip([""], ics("outlook", "REPLY", "TENTATIVE", "Ib Kragh", "ibkr@faxekommune.dk", dtstamp="20260605T061500Z", prefix="Foreløbig: ")),
    L("rsvp", "dialog2026", "processed", False, [P("ibkr@faxekommune.dk", "Ib Kragh", "Faxe Kommune", "andet", "accepted")],
      note="arrives late but was made earlier (older DTSTAMP, same SEQUENCE): the acceptance stands; nothing to acknowledge"),
    headers=outlook_h("Foreløbig: " + S_), style="outlook", crlf=True,
    date=dt.datetime(2026, 6, 5, 8, 15, 0, tzinfo=CEST))

add("imip-outlook-svar-paa-andet-moede", "posk", addr("Tove Bertelsen", "tobe@stevns.dk"),
    subj("Accepteret: Temamøde om hjemløshedsstrategi – KKR Sjælland", "b"),
    exch_imip([""], ics("outlook", "REPLY", "ACCEPTED", "Tove Bertelsen", "tobe@stevns.dk", uid="040000008200E00074C5B7101A82E0080000000050A1B2C3D4E5F60100000000000000001000000077AB",
                        summary="Temamøde om hjemløshedsstrategi – KKR Sjælland", prefix="Accepteret: ", organizer=("Lise Krogh", "likr@ringsted.dk"),
                        start="20260909T130000", end="20260909T160000", location="Ringsted Rådhus", dtstamp="20260605T090000Z")),
    L("rsvp", "", "review", False, [], note="a response to another organiser's meeting sent to us by mistake"),
    headers=outlook_h("Accepteret: Temamøde om hjemløshedsstrategi – KKR Sjælland"), style="outlook", crlf=True)

add("imip-outlook-delegat-stevns-borgmester", "posk", addr("Mette Hald", "meha@stevns.dk"),
    subj("Accepteret: " + S_, "q", "iso-8859-1"),
    exch_imip(["Borgmesteren deltager som formand for Social-, Sundheds- og Ældreudvalget. Frokost: ja tak.", "",
               "Venlig hilsen", "Anja Lund", "Borgmestersekretær, Stevns Kommune"],
              ics("outlook", "REPLY", "ACCEPTED", "Mette Hald", "meha@stevns.dk",
                  comment="Borgmesteren deltager som formand for Social-, Sundheds- og Ældreudvalget. Frokost: ja tak.\n\nVenlig hilsen\nAnja Lund\nBorgmestersekretær, Stevns Kommune",
                  dtstamp="20260605T091000Z", prefix="Accepteret: "), cs="windows-1252"),
    L("rsvp", "dialog2026", "processed", True, [P("meha@stevns.dk", "Mette Hald", "Stevns Kommune", "politiker_voksen", "accepted", True)],
      note="sent by the mayor's secretary on behalf of the mayor (Sender header)"),
    headers=[("Sender", "Anja Lund <anlu@stevns.dk>")] + outlook_h("Accepteret: " + S_), style="outlook", crlf=True)

g2 = ("Thomas Vang har afvist denne invitation.\n\nDialogmøde om Rammeaftale 2027-2028\ntorsdag 25. jun. 2026 09.00 - 13.00\n\nInvitation fra Google Kalender")
add("imip-google-afvist-greve-uden-kommentar", "posk", addr("Thomas Vang", "thva@greve.dk"),
    subj("Afvist: Dialogmøde om Rammeaftale 2027-2028 @ tor. 25. jun. 2026 09.00 - 13.00 (CEST) (posk@greve.dk)", "b"),
    multipart("alternative", [text(g2 + "\n", "UTF-8", "qp"), html(htmlmod.escape(g2).replace("\n", "<br>"), "UTF-8", "qp"),
                              cal_part(ics("google", "REPLY", "DECLINED", "Thomas Vang", "thva@greve.dk", dtstamp="20260605T092233Z"), "REPLY")]),
    L("rsvp", "dialog2026", "processed", True, [P("thva@greve.dk", "Thomas Vang", "Greve Kommune", "andet", "declined")]),
    headers=[("Sender", "Google Kalender <calendar-notification@google.com>")], style="gmail")

add("imip-outlook-tentative-english-subject-naestved", "posk", addr("Bente Ravn", "bera@naestved.dk"),
    "Tentative: " + subj(S_, "q"),
    exch_imip(["Afhænger af om jeg kan få en afløser. Jeg er næstformand i Handicaprådet."],
              ics("outlook", "REPLY", "TENTATIVE", "Bente Ravn", "bera@naestved.dk",
                  comment="Afhænger af om jeg kan få en afløser. Jeg er næstformand i Handicaprådet.",
                  dtstamp="20260605T093000Z", prefix="Tentative: ")),
    L("rsvp", "dialog2026", "processed", True, [P("bera@naestved.dk", "Bente Ravn", "Næstved Kommune", "handicapraad", "tentative")]),
    headers=outlook_h("Tentative: " + S_), style="outlook", crlf=True)

# =================================================================== posk: free text registrations

add("borgmestersekretaer-soroe-outlook-html", "posk", addr("Maria Kjeldsen", "maki@soroe.dk"),
    "Tilmelding - borgmester Lars Bech",
    outlook(["Kære sekretariat", "",
             "På vegne af borgmester Lars Bech (lbe@soroe.dk) tilmelder jeg hermed borgmesteren til dialogmødet den 25. juni i Ringsted.",
             "", "Borgmesteren deltager som formand for Børne- og Skoleudvalget. Han deltager gerne i frokosten.", "",
             "Med venlig hilsen", "", "Maria Kjeldsen", "Borgmestersekretær", "Borgmesterkontoret", "Sorø Kommune",
             "Rådhusvej 8, 4180 Sorø", "Tlf. 57 87 60 00"],
            quote=(INVITE_HDR + [("Til", "Maria Kjeldsen <maki@soroe.dk>")], INVITE_TEXT), html_only=True),
    L("registration", "dialog2026", "processed", True, [P("lbe@soroe.dk", "Lars Bech", "Sorø Kommune", "politiker_boern", "accepted", True)],
      note="the writer registers the mayor, not herself"),
    headers=outlook_h("Tilmelding - borgmester Lars Bech"), style="outlook", crlf=True)

add("dh-repraesentant-guldborgsund-gmail", "posk", addr("Poul Erik Vinther", "poulerik.vinther@gmail.com"),
    "Tilmelding dialogmøde 25/6".replace("ø", "o") + "",
    gmail("Hej\n\nJeg er DH's repræsentant i Handicaprådet i Guldborgsund Kommune og vil gerne deltage i dialogmødet den 25. juni.\n\n"
          "Frokost ja tak - jeg er vegetar.\n\nMvh\nPoul Erik Vinther\nDH Guldborgsund\ntlf. 23 45 67 89"),
    L("registration", "dialog2026", "processed", True,
      [P("poulerik.vinther@gmail.com", "Poul Erik Vinther", "Guldborgsund Kommune", "handicapraad", "accepted", True)]),
    style="gmail")

add("udsatteraad-formand-holbaek-iphone-kort", "posk", addr("Bo Frandsen", "bofr@holb.dk"),
    "Re: Dialogmøde",
    text("Hej. Jeg kommer til dialogmødet.\n\nMvh Bo Frandsen, formand for Udsatterådet, Holbæk\n\nSendt fra min iPhone\n", "utf-8", "qp"),
    L("registration", "dialog2026", "processed", True, [P("bofr@holb.dk", "Bo Frandsen", "Holbæk Kommune", "udsatteraad", "accepted")]),
    headers=IPHONE_H, style="apple")

add("boerneudvalgsformand-ringsted-outlook-mobil", "posk", addr("Camilla Sand", "casa@ringsted.dk"),
    "Dialogmøde 25/6",
    multipart("alternative", [text("Tilmelder mig dialogmødet d. 25/6 som formand for Børne- og Ungeudvalget. Ingen frokost til mig, jeg skal videre kl. 12.\n\n"
                                   "/Camilla Sand\n\nHent Outlook til iOS<https://aka.ms/o0ukef>\n", "utf-8", "qp"),
                              html('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body><div dir="auto">'
                                   'Tilmelder mig dialogmødet d. 25/6 som formand for Børne- og Ungeudvalget. Ingen frokost til mig, jeg skal videre kl. 12.</div>'
                                   '<div dir="auto"><br></div><div dir="auto">/Camilla Sand</div><div dir="auto"><br></div>'
                                   '<div class="ms-outlook-mobile-signature">Hent <a href="https://aka.ms/o0ukef">Outlook til iOS</a></div></body></html>\n', "utf-8", "qp")]),
    L("registration", "dialog2026", "processed", True, [P("casa@ringsted.dk", "Camilla Sand", "Ringsted Kommune", "politiker_boern", "accepted", False)]),
    style="outlook")

add("direktoer-guldborgsund-apple-mail-lang", "posk", addr("Jørgen Krag", "jokr@guldborgsund.dk", "b"),
    subj("Tilmelding til dialogmødet den 25. juni 2026", "q"),
    text("Kære sekretariat\n\nTak for invitationen til dialogmødet om Rammeaftale 2027-2028. Guldborgsund Kommune ser frem til drøftelserne, "
         "ikke mindst om de specialiserede tilbud til børn og unge og om udviklingen i antallet af borgere med komplekse behov.\n\n"
         "Jeg vil gerne tilmelde mig som direktør for Social, Sundhed og Ældre. Jeg deltager også i frokosten.\n\n"
         "Jeg gør opmærksom på, at vores handicapråd selv sender deres tilmelding.\n\n"
         "Med venlig hilsen\n\nJørgen Krag\nDirektør\nSocial, Sundhed og Ældre\nGuldborgsund Kommune\nParkvej 37, 4800 Nykøbing F\n", "utf-8", "qp"),
    L("registration", "dialog2026", "processed", True, [P("jokr@guldborgsund.dk", "Jørgen Krag", "Guldborgsund Kommune", "direktoer", "accepted", True)]),
    headers=APPLE_H, style="apple")

add("regionskonsulent-sjaelland-tilmelding", "posk", addr("Ditte Aagaard", "diaa@regionsjaelland.dk"),
    "SV: Invitation til dialogmøde om Rammeaftale 2027-2028",
    outlook(["Hej", "", "Jeg vil gerne deltage i dialogmødet fra Region Sjælland. Jeg spiser med.", "",
             "Venlig hilsen", "Ditte Aagaard", "Specialkonsulent", "Koncern Social og Psykiatri", "Region Sjælland"],
            quote=(INVITE_HDR + [("Til", "Ditte Aagaard <diaa@regionsjaelland.dk>")], INVITE_TEXT)),
    L("registration", "dialog2026", "processed", True, [P("diaa@regionsjaelland.dk", "Ditte Aagaard", "Region Sjælland", "andet", "accepted", True)]),
    headers=outlook_h("Invitation til dialogmøde om Rammeaftale 2027-2028"), style="outlook", crlf=True)

add("koordinator-koege-ascii-liste-fire", "posk", addr("Susanne Friis", "sufr@koege.dk"),
    "Tilmelding fra Koege Kommune - dialogmoede 25. juni",
    text("Hej\n\nHermed tilmelding fra Koege Kommune:\n\n"
         "- Anders Vinther, Handicapraadet, anvi@koege.dk - frokost\n"
         "- Lene Kruse, Handicapraadet, lekr@koege.dk - frokost\n"
         "- Kim Hjort, Udsatteraadet, kihj@koege.dk - ingen frokost\n"
         "- Rikke Bang, socialchef, riba@koege.dk - frokost\n\n"
         "Beklager de manglende ae/oe/aa, jeg skriver fra en lånt maskine.\n\n"
         "Mvh\nSusanne Friis\nSekretariatet, Social og Sundhed\nKoege Kommune\n", "us-ascii".replace("us-ascii", "utf-8"), "8bit"),
    L("registration", "dialog2026", "processed", True,
      [P("anvi@koege.dk", "Anders Vinther", "Køge Kommune", "handicapraad", "accepted", True),
       P("lekr@koege.dk", "Lene Kruse", "Køge Kommune", "handicapraad", "accepted", True),
       P("kihj@koege.dk", "Kim Hjort", "Køge Kommune", "udsatteraad", "accepted", False),
       P("riba@koege.dk", "Rikke Bang", "Køge Kommune", "chef", "accepted", True)],
      note="coordinator does not attend; 'Koege' is Køge"),
    headers=[("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:115.0) Gecko/20100101 Thunderbird/115.11.0")])

table_rows = [("Navn", "Funktion", "E-mail", "Frokost"),
              ("Jesper Holm", "Formand, Social- og Seniorudvalget", "jeho@slagelse.dk", "Ja"),
              ("Anette Ruus", "Medlem, Social- og Seniorudvalget", "anru@slagelse.dk", "Ja"),
              ("Morten Kjær", "Formand, Børne- og Familieudvalget", "moka@slagelse.dk", "Nej"),
              ("Birthe Dam", "Direktør, Social og Sundhed", "bida@slagelse.dk", "Ja"),
              ("Ole Vind", "Centerchef, Handicap og Psykiatri", "olvi@slagelse.dk", "Ja")]
tbl = ('RAW:<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse;border:none">\n' +
       "".join("<tr>" + "".join('<td width="160" valign="top" style="border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt">'
                                '<p class="MsoNormal">%s<o:p></o:p></p></td>' % (("<b>%s</b>" % htmlmod.escape(c)) if i == 0 else htmlmod.escape(c)) for c in r) + "</tr>\n"
               for i, r in enumerate(table_rows)) + "</table>\n")
add("koordinator-slagelse-outlook-tabel-fem", "posk", addr("Lotte Bisgaard", "lobi@slagelse.dk"),
    subj("Tilmelding til dialogmøde – Slagelse Kommune", "q", "windows-1252"),
    outlook(["Kære sekretariat", "", "Slagelse Kommune tilmelder følgende til dialogmødet den 25. juni:", "", tbl, "",
             "Venlig hilsen", "Lotte Bisgaard", "Udvalgssekretær", "Slagelse Kommune"], html_only=True),
    L("registration", "dialog2026", "processed", True,
      [P("jeho@slagelse.dk", "Jesper Holm", "Slagelse Kommune", "politiker_voksen", "accepted", True),
       P("anru@slagelse.dk", "Anette Ruus", "Slagelse Kommune", "politiker_voksen", "accepted", True),
       P("moka@slagelse.dk", "Morten Kjær", "Slagelse Kommune", "politiker_boern", "accepted", False),
       P("bida@slagelse.dk", "Birthe Dam", "Slagelse Kommune", "direktoer", "accepted", True),
       P("olvi@slagelse.dk", "Ole Vind", "Slagelse Kommune", "chef", "accepted", True)]),
    headers=outlook_h("Tilmelding til dialogmøde – Slagelse Kommune"), style="outlook", crlf=True)

add("koordinator-lolland-i-saetninger", "posk", addr("Karen Kirk", "kaki@lolland.dk"),
    "Dialogmøde 25. juni - Lolland",
    outlook(["Hej", "",
             "Fra Lolland Kommune deltager formanden for Handicaprådet, Kirsten Møller, og næstformanden Per Holm. "
             "Derudover kommer vores socialdirektør Anne Vestergaard. Alle tre spiser med til frokost.", "",
             "Jeg deltager ikke selv.", "", "Venlig hilsen", "Karen Kirk", "Sekretær for Handicaprådet", "Lolland Kommune"]),
    L("registration", "dialog2026", "processed", True,
      [P("", "Kirsten Møller", "Lolland Kommune", "handicapraad", "accepted", True),
       P("", "Per Holm", "Lolland Kommune", "handicapraad", "accepted", True),
       P("", "Anne Vestergaard", "Lolland Kommune", "direktoer", "accepted", True)]),
    headers=outlook_h("Dialogmøde 25. juni - Lolland"), style="outlook", crlf=True)

add("koordinator-roskilde-seks-over-kvote", "posk", addr("Hans Juul", "hajuu@roskilde.dk"),
    subj("Tilmeldinger til dialogmødet fra Roskilde", "q"),
    text("Kære sekretariat\n\nRoskilde Kommune tilmelder:\n\n"
         "Handicaprådet:\n  1. Eva Nord (evno@roskilde.dk)\n  2. Martin Lund (malu@roskilde.dk)\n  3. Sofie Krag (sokr@roskilde.dk)\n\n"
         "Udsatterådet:\n  1. Jonas Bech (jobe@roskilde.dk)\n  2. Ida Holm (idho@roskilde.dk)\n\n"
         "Administrationen:\n  Peter Lau, afdelingschef (pela@roskilde.dk)\n\n"
         "Alle ønsker frokost. Vi ved godt, at der kun er to pladser til handicaprådet - sæt gerne Sofie på venteliste.\n\n"
         "Venlig hilsen\nHans Juul\nRoskilde Kommune\n", "iso-8859-1", "qp"),
    L("registration", "dialog2026", "processed", True,
      [P("evno@roskilde.dk", "Eva Nord", "Roskilde Kommune", "handicapraad", "accepted", True, over=False),
       P("malu@roskilde.dk", "Martin Lund", "Roskilde Kommune", "handicapraad", "accepted", True, over=False),
       P("sokr@roskilde.dk", "Sofie Krag", "Roskilde Kommune", "handicapraad", "waitlisted", True, over=True),
       P("jobe@roskilde.dk", "Jonas Bech", "Roskilde Kommune", "udsatteraad", "accepted", True),
       P("idho@roskilde.dk", "Ida Holm", "Roskilde Kommune", "udsatteraad", "accepted", True),
       P("pela@roskilde.dk", "Peter Lau", "Roskilde Kommune", "chef", "accepted", True)],
      note="third handicapråd member is over the quota of 2"),
    headers=[("User-Agent", "Roundcube Webmail/1.6.6")])

add("region-direktoer-engelsk-dansk-blandet", "posk", addr("Michael Grant", "migr@regionsjaelland.dk"),
    "Sign-up: dialogmøde 25 June",
    outlook(["Hi,", "", "I'd like to sign up for the dialogmøde on 25 June. I am direktør for Psykiatrien in Region Sjælland.",
             "Lunch yes please – gluten free.", "", "Kind regards / Venlig hilsen", "Michael Grant", "Director of Psychiatry", "Region Sjælland"], cs="utf-8"),
    L("registration", "dialog2026", "processed", True, [P("migr@regionsjaelland.dk", "Michael Grant", "Region Sjælland", "direktoer", "accepted", True)]),
    headers=outlook_h("Sign-up: dialogmøde 25 June", [("Content-Language", "en-GB")]), style="outlook", crlf=True)

add("webmail-hotmail-faxe-handicapraad", "posk", addr("Inger Lykke", "inger.lykke@hotmail.com"),
    "Tilmelding",
    multipart("alternative", [text("Hej\r\nJeg vil gerne tilmelde mig dialogmødet i Ringsted. Jeg vil gerne have frokost.\r\n\r\nHilsen\r\nInger Lykke\r\nMedlem af Handicaprådet, Faxe Kommune\r\n", "iso-8859-1", "qp"),
                              html('<html><head><style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style></head>'
                                   '<body dir="ltr"><div style="font-family: Calibri, Arial, Helvetica, sans-serif; font-size: 12pt;">Hej<br>'
                                   'Jeg vil gerne tilmelde mig dialogmødet i Ringsted. Jeg vil gerne have frokost.<br><br>Hilsen<br>Inger Lykke<br>'
                                   'Medlem af Handicaprådet, Faxe Kommune</div></body></html>', "iso-8859-1", "qp")]),
    L("registration", "dialog2026", "processed", True, [P("inger.lykke@hotmail.com", "Inger Lykke", "Faxe Kommune", "handicapraad", "accepted", True)]),
    headers=[("X-MS-Exchange-Organization-AuthSource", "DB8EUR05FT012.eop-eur05.prod.protection.outlook.com")], style="outlook")

add("thunderbird-latin1-vordingborg-to-fra-udsatteraadet", "posk", addr("Ulla Brandt", "ulbr@vordingborg.dk"),
    subj("Tilmelding dialogmøde", "q", "iso-8859-1"),
    text("Hej\n\nVi er to fra Udsatterådet i Vordingborg, der gerne vil deltage: mig selv og Svend Aagaard.\n"
         "Ingen af os skal have frokost.\n\nVenlig hilsen\nUlla Brandt\nUdsatterådet, Vordingborg Kommune\n", "iso-8859-1", "qp"),
    L("registration", "dialog2026", "processed", True,
      [P("ulbr@vordingborg.dk", "Ulla Brandt", "Vordingborg Kommune", "udsatteraad", "accepted", False),
       P("", "Svend Aagaard", "Vordingborg Kommune", "udsatteraad", "accepted", False)]),
    headers=[("User-Agent", "Mozilla Thunderbird 115.9.0"), ("Content-Language", "da")])

add("encoded-subject-stevns-chef", "posk", addr("Lars Hviid", "lahv@stevns.dk"),
    "=?iso-8859-1?Q?Tilmelding_til_dialogm=F8de_25=2E_juni?=",
    text("Jeg vil gerne tilmelde mig dialogmødet.\n\nJeg er chef for Social og Handicap i Stevns Kommune.\nFrokost: ja\n\n"
         "Lars Hviid\n", "iso-8859-1", "8bit"),
    L("registration", "dialog2026", "processed", True, [P("lahv@stevns.dk", "Lars Hviid", "Stevns Kommune", "chef", "accepted", True)]))

add("citerer-invitation-kalundborg-afdelingschef", "posk", addr("Henrik Toft", "heto@kalundborg.dk"),
    "SV: Invitation til dialogmøde om Rammeaftale 2027-2028",
    outlook(["Jeg deltager gerne.", "", "/Henrik", "", "Henrik Toft", "Afdelingschef", "Socialafdelingen", "Kalundborg Kommune"],
            quote=(INVITE_HDR + [("Til", "Henrik Toft <heto@kalundborg.dk>")], INVITE_TEXT)),
    L("registration", "dialog2026", "processed", True, [P("heto@kalundborg.dk", "Henrik Toft", "Kalundborg Kommune", "chef", "accepted")],
      note="the quoted invitation names every role; only the signature tells his"),
    headers=outlook_h("Invitation til dialogmøde om Rammeaftale 2027-2028"), style="outlook", crlf=True)

add("kort-lejre-konsulent-pipe-signatur", "posk", addr("Tina Holm", "tiho@lejre.dk"),
    "Dialogmøde",
    text("Tilmeld mig venligst.\n\nMvh Tina\n\nTina Holm | Konsulent | Center for Social | Lejre Kommune\n", "utf-8", "8bit"),
    L("registration", "dialog2026", "processed", True, [P("tiho@lejre.dk", "Tina Holm", "Lejre Kommune", "andet", "accepted")]))

add("menneske-x-auto-response-suppress-odsherred-udsatteraad", "posk", addr("Mikkel Berg", "mibe@odsherred.dk"),
    "Tilmelding - Udsatterådet Odsherred".replace("å", "aa"),
    outlook(["Hej", "", "Jeg vil gerne deltage i dialogmødet den 25. juni som formand for Udsatterådet i Odsherred Kommune. Jeg spiser gerne med.", "",
             "Mvh", "Mikkel Berg"]),
    L("registration", "dialog2026", "processed", True, [P("mibe@odsherred.dk", "Mikkel Berg", "Odsherred Kommune", "udsatteraad", "accepted", True)],
      note="ordinary Outlook mail with X-Auto-Response-Suppress"),
    headers=outlook_h("Tilmelding - Udsatteraadet Odsherred", [("X-Auto-Response-Suppress", "All")]), style="outlook", crlf=True)

add("menneske-precedence-bulk-naestved-handicapraad", "posk", addr("Handicaprådet i Næstved", "handicapraad@naestved.dk", "b"),
    subj("Tilmelding fra Handicaprådet i Næstved", "b"),
    text("Til sekretariatet\n\nHandicaprådet i Næstved Kommune tilmelder følgende til dialogmødet 25. juni:\n\n"
         "Bente Ravn, næstformand (bera@naestved.dk)\nJørn Lauritsen, medlem (jola@naestved.dk)\n\n"
         "Begge deltager i frokosten. Bente har tidligere svaret 'foreløbig' i kalenderen - det er nu et ja.\n\n"
         "Venlig hilsen\nSekretariatet for Handicaprådet\nNæstved Kommune\n", "utf-8", "b64"),
    L("registration", "dialog2026", "processed", True,
      [P("bera@naestved.dk", "Bente Ravn", "Næstved Kommune", "handicapraad", "accepted", True),
       P("jola@naestved.dk", "Jørn Lauritsen", "Næstved Kommune", "handicapraad", "accepted", True)],
      note="human mail from a council mailbox sent through a bulk tool (Precedence: bulk)"),
    headers=[("Precedence", "bulk"), ("X-Mailer", "Næstved Kommune Nyhedsmodul 3.2".replace("æ", "ae"))])

add("menneske-auto-submitted-no-greve-politiker", "posk", addr("Lise Winther", "liwi@greve.dk"),
    "Dialogmøde - tilmelding",
    text("Kære kolleger\n\nJeg tilmelder mig dialogmødet som formand for Social- og Sundhedsudvalget i Greve Kommune. Frokost ja tak.\n\n"
         "Lise Winther\nByrådsmedlem, Greve Kommune\n", "utf-8", "qp"),
    L("registration", "dialog2026", "processed", True, [P("liwi@greve.dk", "Lise Winther", "Greve Kommune", "politiker_voksen", "accepted", True)]),
    headers=[("Auto-Submitted", "no")])

add("frokost-aendring-slagelse-udsatteraad", "posk", addr("Merete Skov", "mesk@slagelse.dk"),
    "Frokost 25. juni",
    outlook(["Hej", "", "Jeg har accepteret mødet i kalenderen, men jeg kan alligevel ikke nå frokosten. Jeg går kl. 12.", "",
             "Mvh Merete Skov", "Formand, Udsatterådet, Slagelse"]),
    L("registration", "dialog2026", "processed", True, [P("mesk@slagelse.dk", "Merete Skov", "Slagelse Kommune", "udsatteraad", "accepted", False)],
      note="lunch change for a registered person"),
    headers=outlook_h("Frokost 25. juni"), style="outlook", crlf=True)

add("kost-aendring-guldborgsund-dh-gmail", "posk", addr("Poul Erik Vinther", "poulerik.vinther@gmail.com"),
    "Re: Tilmelding dialogmode 25/6",
    gmail("Hej igen\n\nJeg glemte at skrive, at jeg er veganer, ikke bare vegetar. Frokosten vil jeg stadig gerne have.\n\nMvh Poul Erik\n\n"
          "Den fre. 5. jun. 2026 kl. 10.02 skrev Poul Erik Vinther <poulerik.vinther@gmail.com>:\n"
          "> Hej\n>\n> Jeg er DH's repræsentant i Handicaprådet i Guldborgsund Kommune og vil gerne deltage i dialogmødet den 25. juni.\n"
          ">\n> Frokost ja tak - jeg er vegetar.\n"),
    L("registration", "dialog2026", "processed", True,
      [P("poulerik.vinther@gmail.com", "Poul Erik Vinther", "Guldborgsund Kommune", "handicapraad", "accepted", True)],
      note="diet change for a registered person"),
    headers=[("In-Reply-To", msgid("dh-repraesentant-guldborgsund-gmail", "gmail"))], style="gmail")

# =================================================================== posk: cancellations

add("afbud-guldborgsund-direktoer", "posk", addr("Jørgen Krag", "jokr@guldborgsund.dk", "b"),
    subj("Afbud - dialogmødet 25. juni", "q"),
    text("Kære sekretariat\n\nJeg må desværre melde afbud til dialogmødet, da jeg er indkaldt til et møde i Indenrigs- og Sundhedsministeriet samme dag.\n\n"
         "Med venlig hilsen\nJørgen Krag\nDirektør, Guldborgsund Kommune\n", "utf-8", "qp"),
    L("cancellation", "dialog2026", "processed", True, [P("jokr@guldborgsund.dk", "Jørgen Krag", "Guldborgsund Kommune", "direktoer", "cancelled", True)]),
    headers=APPLE_H, style="apple")

add("afbud-ikke-tilmeldt-greve-afdelingsleder", "posk", addr("Pia Lund", "pilu@greve.dk"),
    "Afbud",
    text("Hej\n\nJeg kan desværre ikke deltage i dialogmødet.\n\nMvh\nPia Lund\nAfdelingsleder, Voksenhandicap\nGreve Kommune\n", "utf-8", "8bit"),
    L("cancellation", "dialog2026", "processed", True, [P("pilu@greve.dk", "Pia Lund", "Greve Kommune", "chef", "cancelled")],
      note="not registered before: recorded as cancelled"))

add("afbud-koordinator-koege-en-person", "posk", addr("Susanne Friis", "sufr@koege.dk"),
    "SV: Tilmelding fra Koege Kommune - dialogmoede 25. juni",
    text("Hej igen\n\nAnders Vinther (Handicapraadet) kan alligevel ikke deltage. De andre kommer som planlagt.\n\nMvh Susanne\n\n"
         "-----Oprindelig meddelelse-----\nFra: Susanne Friis <sufr@koege.dk>\nSendt: 5. juni 2026 09:40\nTil: posk@greve.dk\n"
         "Emne: Tilmelding fra Koege Kommune - dialogmoede 25. juni\n\nHermed tilmelding fra Koege Kommune:\n\n"
         "- Anders Vinther, Handicapraadet, anvi@koege.dk - frokost\n- Lene Kruse, Handicapraadet, lekr@koege.dk - frokost\n", "utf-8", "8bit"),
    L("cancellation", "dialog2026", "processed", True, [P("anvi@koege.dk", "Anders Vinther", "Køge Kommune", "handicapraad", "cancelled", True)]),
    headers=[("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:115.0) Gecko/20100101 Thunderbird/115.11.0")])

add("afbud-engelsk-region-direktoer", "posk", addr("Michael Grant", "migr@regionsjaelland.dk"),
    "RE: Sign-up: dialogmøde 25 June".replace("ø", "oe"),
    outlook(["Hi again,", "", "Unfortunately I have to cancel my registration for 25 June – a board meeting has been moved to that morning.", "",
             "Apologies,", "Michael"], cs="utf-8"),
    L("cancellation", "dialog2026", "processed", True, [P("migr@regionsjaelland.dk", "Michael Grant", "Region Sjælland", "direktoer", "cancelled", True)]),
    headers=outlook_h("Sign-up: dialogmoede 25 June", [("Content-Language", "en-GB")]), style="outlook", crlf=True)

add("afbud-iphone-holbaek-uden-aeoeaa", "posk", addr("Bo Frandsen", "bofr@holb.dk"),
    "Afbud",
    text("Desvaerre maa jeg melde afbud til moedet d. 25 juni. Sygdom i familien.\n\nBo\n\nSendt fra min iPhone\n", "us-ascii", "7bit"),
    L("cancellation", "dialog2026", "processed", True, [P("bofr@holb.dk", "Bo Frandsen", "Holbæk Kommune", "udsatteraad", "cancelled")]),
    headers=IPHONE_H, style="apple")

add("afbud-outlook-html-citerer-kvittering-lejre", "posk", addr("Tina Holm", "tiho@lejre.dk"),
    "SV: Tak for din tilmelding til Dialogmøde om Rammeaftale 2027-2028".replace("ø", "ø"),
    outlook(["Hej", "", "Jeg må alligevel melde fra – beklager.", "", "Mvh Tina"],
            quote=(posk_quote_ack + [("Til", "Tina Holm <tiho@lejre.dk>")],
                   ["Tak for din tilmelding til Dialogmøde om Rammeaftale 2027-2028 torsdag den 25. juni 2026 kl. 9-13 i Ringsted Kongrescenter.", "",
                    "Vi har registreret: Tina Holm, Lejre Kommune.", "", "Program og deltagerliste sendes en uge før mødet.", "",
                    "Med venlig hilsen", "Sekretariatet for Rammeaftale Sjælland"]), html_only=True),
    L("cancellation", "dialog2026", "processed", True, [P("tiho@lejre.dk", "Tina Holm", "Lejre Kommune", "andet", "cancelled")]),
    headers=outlook_h("Tak for din tilmelding til Dialogmøde om Rammeaftale 2027-2028"), style="outlook", crlf=True)

# =================================================================== posk: substitutions

add("stedfortraeder-lolland-handicapraad", "posk", addr("Karen Kirk", "kaki@lolland.dk"),
    "SV: Dialogmøde 25. juni - Lolland",
    outlook(["Hej igen", "", "I stedet for Per Holm kommer Lis Andersen (også Handicaprådet). Lis spiser også med.", "",
             "Venlig hilsen", "Karen Kirk", "Lolland Kommune"]),
    L("registration", "dialog2026", "processed", True,
      [P("", "Per Holm", "Lolland Kommune", "handicapraad", "cancelled", True),
       P("", "Lis Andersen", "Lolland Kommune", "handicapraad", "accepted", True)],
      note="substitution"),
    headers=outlook_h("Dialogmøde 25. juni - Lolland"), style="outlook", crlf=True)

add("stedfortraeder-ringsted-boerneudvalg", "posk", addr("Camilla Sand", "casa@ringsted.dk"),
    "Ændring - dialogmøde 25/6".replace("Æ", "AE"),
    outlook(["Hej", "", "Jeg er blevet forhindret, men min stedfortræder i Børne- og Ungeudvalget, Jonas Riis (jori@ringsted.dk), tager min plads.", "",
             "Mvh Camilla Sand"]),
    L("registration", "dialog2026", "processed", True,
      [P("casa@ringsted.dk", "Camilla Sand", "Ringsted Kommune", "politiker_boern", "cancelled", False),
       P("jori@ringsted.dk", "Jonas Riis", "Ringsted Kommune", "politiker_boern", "accepted")],
      note="substitution"),
    headers=outlook_h("AEndring - dialogmøde 25/6"), style="outlook", crlf=True)

add("stedfortraeder-region-engelsk", "posk", addr("Sarah Lind", "sali@regionsjaelland.dk"),
    "Change of participant - 25 June",
    outlook(["Dear secretariat,", "",
             "I can't make it after all – my colleague Peter Holm Nielsen (pehn@regionsjaelland.dk), chefkonsulent, will come instead. He would like lunch.", "",
             "Best regards", "Sarah Lind", "Region Sjælland"], cs="utf-8"),
    L("registration", "dialog2026", "processed", True,
      [P("sali@regionsjaelland.dk", "Sarah Lind", "Region Sjælland", "andet", "cancelled", False),
       P("pehn@regionsjaelland.dk", "Peter Holm Nielsen", "Region Sjælland", "andet", "accepted", True)],
      note="substitution; a chefkonsulent is a consultant, not a chef"),
    headers=outlook_h("Change of participant - 25 June", [("Content-Language", "en-US")]), style="outlook", crlf=True)

# =================================================================== posk: questions

add("spoergsmaal-parkering-soroe", "posk", addr("Maria Kjeldsen", "maki@soroe.dk"),
    "Parkering ved Ringsted Kongrescenter?",
    outlook(["Hej", "", "Er der parkeringsmuligheder ved Ringsted Kongrescenter, og skal man betale? Borgmesteren kører selv.", "",
             "Venlig hilsen", "Maria Kjeldsen", "Borgmestersekretær, Sorø Kommune"], html_only=True),
    L("other", "dialog2026", "review", False, [], note="question"),
    headers=outlook_h("Parkering ved Ringsted Kongrescenter?"), style="outlook", crlf=True)

add("spoergsmaal-kvote-holbaek-tre-fra-handicapraadet", "posk", addr("Annette Gram", "angr@holb.dk"),
    subj("Spørgsmål om antal deltagere", "q"),
    text("Hej\n\nMå vi være tre fra Handicaprådet i Holbæk? Vores formand vil gerne have suppleanten med. "
         "Vi venter med at tilmelde, til vi har hørt fra jer.\n\nMvh Annette Gram\nSekretær for Handicaprådet, Holbæk Kommune\n", "utf-8", "qp"),
    L("other", "dialog2026", "review", False, [], note="question about the quota; nobody is registered yet"))

add("spoergsmaal-program-kalundborg", "posk", addr("Søren Bjerre", "sobj@kalundborg.dk", "b"),
    "Program?",
    text("Hej\n\nHvornår kommer programmet for dialogmødet, og bliver der oplæg fra KL?\n\nMvh\nSøren Bjerre\nKalundborg Kommune\n", "utf-8", "8bit"),
    L("other", "dialog2026", "review", False, [], note="question"))

add("spoergsmaal-online-engelsk-lolland", "posk", addr("Emma Clarke", "emcl@lolland.dk"),
    "Dialogmøde 25 June - online?",
    text("Hello,\n\nIs it possible to join the dialogmøde online? I am based in Nakskov and the trip to Ringsted takes most of the morning.\n\n"
         "Kind regards\nEmma Clarke\nLolland Kommune\n", "utf-8", "qp"),
    L("other", "dialog2026", "review", False, [], note="question in English"))

add("videresendt-invitation-spoergsmaal-faxe-udsatteraad", "posk", addr("Mona Vestergaard", "move@faxekommune.dk"),
    "VS: Invitation til dialogmøde om Rammeaftale 2027-2028",
    outlook(["Hej", "", "Er denne invitation også til os i Udsatterådet? Vi har ikke fået den direkte, men har fået den videresendt fra forvaltningen.", "",
             "Mvh Mona Vestergaard", "Sekretær for Udsatterådet, Faxe Kommune"],
            quote=(INVITE_HDR + [("Til", "Socialforvaltningen <social@faxekommune.dk>")], INVITE_TEXT)),
    L("other", "dialog2026", "review", False, [], note="forwarded invitation with a question"),
    headers=outlook_h("Invitation til dialogmøde om Rammeaftale 2027-2028"), style="outlook", crlf=True)

# =================================================================== posk: traps

ooo_dk = ("Tak for din mail.\n\nJeg er på ferie fra 1. juni til og med 21. juni og læser ikke mails i perioden. "
          "I akutte sager kan du kontakte Social og Sundhed på 56 67 60 00.\n\nVenlig hilsen\nRikke Bang\nSocialchef, Køge Kommune")
add("autosvar-exchange-dansk-med-headers-koege", "posk", addr("Rikke Bang", "riba@koege.dk"),
    subj("Automatisk svar: Tak for din tilmelding til Dialogmøde om Rammeaftale 2027-2028", "q", "iso-8859-1"),
    multipart("alternative", [text(ooo_dk + "\n", "iso-8859-1", "qp"), html(outlook_html(ooo_dk.split("\n"), None, "iso-8859-1"), "iso-8859-1", "qp")]),
    IGN("auto_reply", "Exchange out-of-office with RFC 3834 headers, from a registered person"),
    headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"), ("X-MS-Exchange-Inbox-Rules-Loop", "riba@koege.dk"),
             ("In-Reply-To", "<ack-0001@greve.dk>")] + outlook_h("Tak for din tilmelding til Dialogmøde om Rammeaftale 2027-2028"),
    style="outlook", crlf=True)

ooo_en = ["Thank you for your email.", "", "I am out of the office until 15 June with limited access to e-mail. For urgent matters please contact Koncern Social, tel. 70 15 50 00.", "",
          "Kind regards", "Ditte Aagaard", "Region Sjælland"]
add("autosvar-english-html-region", "posk", addr("Ditte Aagaard", "diaa@regionsjaelland.dk"),
    "Automatic reply: Tak for din tilmelding til " + subj("Dialogmøde om Rammeaftale 2027-2028", "q"),
    outlook(ooo_en, html_only=True),
    IGN("auto_reply"),
    headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"), ("X-MS-Exchange-Inbox-Rules-Loop", "diaa@regionsjaelland.dk")]
    + outlook_h("Automatic reply: Tak for din tilmelding", [("Content-Language", "en-US")]), style="outlook", crlf=True)

add("autosvar-tysk-x-autoreply-ingen-rfc3834", "posk", addr("Klaus Weber", "k.weber@kreis-sl-fl.de"),
    "Abwesenheitsnotiz: " + subj("Dialogmøde om Rammeaftale 2027-2028", "q"),
    text("Sehr geehrte Damen und Herren,\n\nich bin bis einschließlich 19. Juni 2026 nicht im Büro. Ihre Nachricht wird nicht weitergeleitet.\n"
         "In dringenden Fällen wenden Sie sich bitte an sozialamt@kreis-sl-fl.de.\n\nMit freundlichen Grüßen\nKlaus Weber\n"
         "Kreis Schleswig-Flensburg, Fachdienst Eingliederungshilfe\n", "iso-8859-15", "qp"),
    IGN("auto_reply", "German out-of-office with X-Autoreply only"),
    headers=[("X-Autoreply", "yes"), ("X-Mailer", "HCL Notes Release 12.0.2")])

add("autosvar-uden-headers-fravaerende-koege", "posk", addr("Kim Hjort", "kihj@koege.dk"),
    subj("Fraværende: SV: Tilmelding fra Koege Kommune - dialogmoede 25. juni", "q", "iso-8859-1"),
    text("Jeg er fraværende frem til mandag den 15. juni. Din mail bliver ikke videresendt.\n\nKim Hjort\n", "iso-8859-1", "qp"),
    IGN("auto_reply", "out-of-office recognisable only from subject and wording"))

add("ferie-gmail-citerer-tilmeldingen", "posk", addr("Poul Erik Vinther", "poulerik.vinther@gmail.com"),
    "Re: Tak for din tilmelding til " + subj("Dialogmøde om Rammeaftale 2027-2028", "q"),
    text("Hej\n\nJeg holder ferie indtil 20. juni og svarer, når jeg er tilbage.\n\nMvh Poul Erik\n\n"
         "Den fre. 5. jun. 2026 kl. 10.12 skrev Sekretariatet for Rammeaftale Sjælland <posk@greve.dk>:\n"
         "> Tak for din tilmelding til Dialogmøde om Rammeaftale 2027-2028.\n>\n"
         "> Vi har registreret: Poul Erik Vinther, Handicaprådet, Guldborgsund Kommune, frokost: ja.\n>\n"
         "> > Jeg er DH's repræsentant i Handicaprådet i Guldborgsund Kommune og vil gerne deltage i dialogmødet den 25. juni.\n"
         "> > Frokost ja tak - jeg er vegetar.\n", "UTF-8", "qp"),
    IGN("auto_reply", "Gmail vacation responder quoting the registration; the person stays registered"),
    headers=[("Auto-Submitted", "auto-replied"), ("Precedence", "bulk"), ("X-Autoreply", "yes"), ("In-Reply-To", "<ack-0002@greve.dk>")],
    style="gmail")

add("autosvar-ligner-menneske-barsel-slagelse", "posk", addr("Anette Ruus", "anru@slagelse.dk"),
    "SV: Dialogmøde om Rammeaftale 2027-2028".replace("ø", "ø"),
    outlook(["Tak for din mail.", "", "Jeg er på barsel frem til 1. august 2026 og læser ikke mails. Henvendelser om Social- og Seniorudvalget kan rettes til "
             "udvalgssekretær Lotte Bisgaard, lobi@slagelse.dk.", "", "Venlig hilsen", "Anette Ruus"]),
    IGN("auto_reply", "looks like a person's reply; only Auto-Submitted tells"),
    headers=[("Auto-Submitted", "auto-replied")] + outlook_h("Dialogmøde om Rammeaftale 2027-2028"), style="outlook", crlf=True)

add("autosvar-naevner-dialogmoedet-exchange-fingeraftryk", "posk", addr("Jesper Holm", "jeho@slagelse.dk"),
    subj("Automatisk svar: Tak for din tilmelding til Dialogmøde om Rammeaftale 2027-2028", "b"),
    outlook(["Hej", "", "Tak for din henvendelse. Jeg holder ferie og er tilbage mandag den 22. juni. Jeg glæder mig til at se jer til dialogmødet.", "",
             "Mvh Jesper"]),
    IGN("auto_reply", "an out-of-office that mentions the meeting; must not register or change anything"),
    headers=[("X-Auto-Response-Suppress", "All"), ("X-MS-Exchange-Inbox-Rules-Loop", "jeho@slagelse.dk")] + outlook_h("Automatisk svar"),
    style="outlook", crlf=True)

orig_invite = ("From: Sekretariatet for Rammeaftale Sjælland <posk@greve.dk>\nTo: ole.hansen@odsherred.dk\n"
               "Subject: =?utf-8?Q?Invitation_til_dialogm=C3=B8de_om_Rammeaftale_2027-2028?=\nDate: Wed, 20 May 2026 10:12:00 +0200\n"
               "Message-ID: <invite-0412@greve.dk>\nMIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n"
               + "\n".join(INVITE_TEXT) + "\n")
ndr_html = ('<html><body><p><b><font color="#000066" size="3" face="Arial">Leveringen til disse modtagere eller grupper mislykkedes:</font></b></p>'
            '<p><font color="#000000" size="2" face="Tahoma"><a href="mailto:ole.hansen@odsherred.dk">ole.hansen@odsherred.dk</a><br>'
            'Mailadressen, du har angivet, blev ikke fundet. Kontrollér modtagerens mailadresse, og prøv at sende meddelelsen igen.</font></p>'
            '<p><font color="#808080" size="2" face="Tahoma">Diagnosticeringsoplysninger for administratorer:</font></p>'
            '<p>Genererer server: DB9PR07MB1234.eurprd07.prod.outlook.com<br>ole.hansen@odsherred.dk<br>Remote server returned '
            "'550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'</p></body></html>")
add("ndr-exchange-dansk-kan-ikke-leveres", "posk",
    addr("Microsoft Outlook", "MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@greve.dk"),
    subj("Kan ikke leveres: Invitation til dialogmøde om Rammeaftale 2027-2028", "q"),
    multipart("report", [html(ndr_html, "utf-8", "qp"),
                         raw_part([("Content-Type", "message/delivery-status")],
                                  b"Reporting-MTA: dns;DB9PR07MB1234.eurprd07.prod.outlook.com\nReceived-From-MTA: dns;greve.dk\n"
                                  b"Arrival-Date: Wed, 20 May 2026 08:12:03 +0000\n\nFinal-Recipient: rfc822;ole.hansen@odsherred.dk\n"
                                  b"Action: failed\nStatus: 5.1.10\nDiagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup\n"),
                         raw_part([("Content-Type", "message/rfc822")], orig_invite.encode())], params="; report-type=delivery-status"),
    IGN("bounce", "Danish Exchange NDR returning our invitation"),
    headers=[("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Message-Is-Ndr", ""), ("Content-Language", "da-DK")], crlf=True)

add("postfix-bounce-mailbox-fuld", "posk", addr("Mail Delivery System", "MAILER-DAEMON@mail.stevns.dk"),
    "Undelivered Mail Returned to Sender",
    multipart("report", [text("This is the mail system at host mail.stevns.dk.\n\nI'm sorry to have to inform you that your message could not\n"
                              "be delivered to one or more recipients. It's attached below.\n\n"
                              "For further assistance, please send mail to postmaster.\n\n"
                              "                   The mail system\n\n<meha@stevns.dk>: host 127.0.0.1[127.0.0.1] said: 452 4.2.2 Mailbox full\n", "us-ascii", "7bit",
                              extra=[("Content-Description", "Notification")]),
                         raw_part([("Content-Description", "Delivery report"), ("Content-Type", "message/delivery-status")],
                                  b"Reporting-MTA: dns; mail.stevns.dk\nX-Postfix-Queue-ID: 4X2kLm0Qz9z1xyz\nX-Postfix-Sender: rfc822; posk@greve.dk\n"
                                  b"Arrival-Date: Fri,  5 Jun 2026 09:20:11 +0200 (CEST)\n\nFinal-Recipient: rfc822; meha@stevns.dk\n"
                                  b"Original-Recipient: rfc822;meha@stevns.dk\nAction: failed\nStatus: 5.2.2\n"
                                  b"Diagnostic-Code: smtp; 552 5.2.2 Mailbox full\n"),
                         raw_part([("Content-Description", "Undelivered Message Headers"), ("Content-Type", "text/rfc822-headers")],
                                  b"From: Sekretariatet for Rammeaftale Sjaelland <posk@greve.dk>\nTo: meha@stevns.dk\n"
                                  b"Subject: Tak for din tilmelding til Dialogmoede om Rammeaftale 2027-2028\nMessage-ID: <ack-0003@greve.dk>\n")],
              boundary="4X2kLm0Qz9z1xyz.1780643000/mail.stevns.dk", params="; report-type=delivery-status"),
    IGN("bounce", "Postfix bounce of our acknowledgement"),
    headers=[("Auto-Submitted", "auto-replied")])

add("forsinket-levering-advarsel", "posk", addr("Microsoft Outlook", "postmaster@regionsjaelland.dk"),
    "Delivery delayed:Tak for din tilmelding til " + subj("Dialogmøde om Rammeaftale 2027-2028", "q"),
    multipart("report", [text("Delivery is delayed to these recipients or groups:\n\npehn@regionsjaelland.dk\n\n"
                              "Subject: Tak for din tilmelding til Dialogmøde om Rammeaftale 2027-2028\n\n"
                              "This message hasn't been delivered yet. Delivery will continue to be attempted.\n\n"
                              "The server will keep trying to deliver this message for the next 1 days, 19 hours and 51 minutes. You'll be notified if the message can't be delivered by that time.\n", "utf-8", "qp"),
                         raw_part([("Content-Type", "message/delivery-status")],
                                  b"Reporting-MTA: dns;AM6PR10MB2345.EURPRD10.PROD.OUTLOOK.COM\n\nFinal-Recipient: rfc822;pehn@regionsjaelland.dk\n"
                                  b"Action: delayed\nStatus: 4.4.7\nWill-Retry-Until: Mon, 8 Jun 2026 04:12:01 +0000\n"),
                         raw_part([("Content-Type", "text/rfc822-headers")],
                                  b"From: posk@greve.dk\nTo: pehn@regionsjaelland.dk\nSubject: Tak for din tilmelding\nMessage-ID: <ack-0004@greve.dk>\n")],
              params="; report-type=delivery-status"),
    IGN("bounce", "delayed-delivery warning (transient)"),
    headers=[("Auto-Submitted", "auto-generated")], crlf=True)

kl_txt = ("SOCIALNYT fra KL – uge 23\n\nDialogmøder om rammeaftalerne 2027-2028\nI disse uger holder KKR'erne dialogmøder om de nye rammeaftaler på det "
          "specialiserede socialområde. Læs, hvordan handicapråd og udsatteråd kan forberede sig, og tilmeld dig KL's webinar den 10. juni.\n\n"
          "Tilmeld dig her: https://www.kl.dk/arrangementer/webinar-rammeaftaler\n\n--\nDu modtager Socialnyt, fordi du abonnerer. Afmeld: https://www.kl.dk/nyhedsbreve/afmeld?u=8f3a")
add("kl-nyhedsbrev-med-list-headers", "posk", addr("KL Socialnyt", "nyhedsbrev@kl.dk"),
    subj("Socialnyt: Dialogmøder om rammeaftaler 2027-2028 – sådan forbereder I jer", "q"),
    multipart("alternative", [text(kl_txt + "\n", "utf-8", "qp"),
                              html("<html><body><h1>SOCIALNYT fra KL</h1>" + "".join("<p>%s</p>" % htmlmod.escape(x) for x in kl_txt.split("\n\n")) + "</body></html>", "utf-8", "qp")]),
    IGN("list", "newsletter about rammeaftaler and dialogmøder, with list headers"),
    headers=[("List-Id", "KL Socialnyt <socialnyt.nyhedsbrev.kl.dk>"), ("List-Unsubscribe", "<https://www.kl.dk/nyhedsbreve/afmeld?u=8f3a>, <mailto:afmeld@nyhedsbrev.kl.dk>"),
             ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk"), ("X-Mailer", "Ubivox")], to="posk@greve.dk")

add("socialstyrelsen-nyhedsbrev-uden-list-headers", "posk", addr("Socialstyrelsen", "nyheder@socialstyrelsen.dk"),
    "Nyt fra Socialstyrelsen: Tilmeld dig webinar om den nationale koordinationsstruktur",
    html('<html><head><meta charset="utf-8"></head><body><table width="600"><tr><td><img src="https://www.socialstyrelsen.dk/logo.png" alt="Socialstyrelsen"></td></tr>'
         '<tr><td><h2>Webinar: Den nationale koordinationsstruktur</h2><p>Hør om de nye forløbsbeskrivelser og om samspillet med rammeaftalerne i KKR. '
         'Webinaret holdes den 18. juni kl. 13-14.</p><p><a href="https://www.socialstyrelsen.dk/tilmelding">Tilmeld dig her</a></p></td></tr>'
         '<tr><td style="font-size:10px">Du modtager denne mail, fordi du abonnerer på Socialstyrelsens nyhedsbrev. '
         '<a href="https://www.socialstyrelsen.dk/nyhedsbrev/afmeld">Afmeld nyhedsbrev</a></td></tr></table></body></html>', "utf-8", "b64"),
    IGN("list", "newsletter without List-* or Precedence headers"),
    headers=[("X-Mailer", "Optimizely Campaign")])

add("laeskvittering-mdn-vordingborg", "posk", addr("Henrik Dahl", "hedah@vordingborg.dk"),
    subj("Læst: Invitation til dialogmøde om Rammeaftale 2027-2028", "q", "iso-8859-1"),
    multipart("report", [text("Din meddelelse\n\n  Til: Henrik Dahl\n  Emne: Invitation til dialogmøde om Rammeaftale 2027-2028\n"
                              "  Sendt: 20. maj 2026 10:12\n\nblev læst 5. juni 2026 11:31.\n", "iso-8859-1", "qp"),
                         raw_part([("Content-Type", "message/disposition-notification")],
                                  b"Reporting-UA: DB9PR07MB1234.eurprd07.prod.outlook.com\nFinal-Recipient: rfc822;hedah@vordingborg.dk\n"
                                  b"Original-Message-ID: <invite-0415@greve.dk>\nDisposition: manual-action/MDN-sent-manually; displayed\n")],
              params="; report-type=disposition-notification"),
    IGN("auto_reply", "read receipt (MDN)"),
    headers=outlook_h("Invitation til dialogmøde om Rammeaftale 2027-2028"), style="outlook", crlf=True)

add("laeskvittering-kun-tekst-stevns", "posk", addr("Lars Hviid", "lahv@stevns.dk"),
    subj("Læst: Tak for din tilmelding til Dialogmøde om Rammeaftale 2027-2028", "q", "iso-8859-1"),
    outlook(["Din meddelelse", "", "Til: Lars Hviid", "Emne: Tak for din tilmelding til Dialogmøde om Rammeaftale 2027-2028",
             "Sendt: 5. juni 2026 10:40", "", "blev læst 5. juni 2026 12:05."], html_only=True),
    IGN("auto_reply", "read receipt as plain Outlook HTML, no report part"),
    headers=outlook_h("Tak for din tilmelding til Dialogmøde om Rammeaftale 2027-2028"), style="outlook", crlf=True)

add("kalenderinvitation-anden-arrangoer", "posk", addr("Lise Krogh", "likr@ringsted.dk"),
    subj("KKR Sjælland – formandsmøde for handicapråd", "q"),
    exch_imip(["Kære formænd og sekretariater", "", "Hermed invitation til formandsmøde for handicaprådene i KKR Sjælland.", "", "Venlig hilsen", "Lise Krogh"],
              ics("outlook", "REQUEST", "NEEDS-ACTION", "Sekretariatet for Rammeaftale Sjælland", "posk@greve.dk",
                  uid="040000008200E00074C5B7101A82E00800000000A0F1E2D3C4B5A6970100000000000000001000000012CD",
                  summary="KKR Sjælland – formandsmøde for handicapråd", organizer=("Lise Krogh", "likr@ringsted.dk"),
                  start="20260902T100000", end="20260902T120000", location="Ringsted Rådhus, mødelokale 2", dtstamp="20260605T101500Z"),
              method="REQUEST"),
    L("other", "", "review", False, [], note="an invitation from another organiser is not a response"),
    headers=outlook_h("KKR Sjælland – formandsmøde for handicapråd"), style="outlook", crlf=True)

add("videresendt-invitation-uden-egne-ord-solroed", "posk", addr("Birgit Lau", "bila@solrod.dk"),
    "VS: Invitation til dialogmøde om Rammeaftale 2027-2028",
    outlook([""], quote=(INVITE_HDR + [("Til", "Birgit Lau <bila@solrod.dk>")], INVITE_TEXT)),
    L("other", "dialog2026", "review", False, [], note="forwarded invitation without a word of her own"),
    headers=outlook_h("Invitation til dialogmøde om Rammeaftale 2027-2028"), style="outlook", crlf=True)

add("videresendt-invitation-med-tilmelding-soroe-handicapraad", "posk", addr("Erik Friis", "erfr@soroe.dk"),
    "VS: Invitation til dialogmøde om Rammeaftale 2027-2028",
    outlook(["Hej", "", "Jeg har fået invitationen videresendt af vores direktør. Jeg vil gerne deltage – jeg er næstformand i Handicaprådet i Sorø. Frokost ja tak.", "",
             "Venlig hilsen", "Erik Friis"],
            quote=([("Fra", "Kirsten Bay <kiba@soroe.dk>"), ("Sendt", "3. juni 2026 15:20"), ("Til", "Erik Friis <erfr@soroe.dk>"),
                    ("Emne", "VS: Invitation til dialogmøde om Rammeaftale 2027-2028")],
                   ["Til orientering – vil du deltage for Handicaprådet?", "", "Kirsten", ""] +
                   ["Fra: Sekretariatet for Rammeaftale Sjælland <posk@greve.dk>", "Sendt: 20. maj 2026 10:12", ""] + INVITE_TEXT)),
    L("registration", "dialog2026", "processed", True, [P("erfr@soroe.dk", "Erik Friis", "Sorø Kommune", "handicapraad", "accepted", True)],
      note="forward with the forwarder's own registration"),
    headers=outlook_h("Invitation til dialogmøde om Rammeaftale 2027-2028"), style="outlook", crlf=True)

add("egen-mail-tilbage-paamindelse-bcc", "posk", addr("Sekretariatet for Rammeaftale Sjælland", "posk@greve.dk"),
    subj("Påmindelse: Tilmeldingsfrist 17. juni – dialogmøde om Rammeaftale 2027-2028", "q"),
    text("Kære alle\n\nHusk tilmelding til dialogmødet senest onsdag den 17. juni til posk@greve.dk.\n\nMed venlig hilsen\nSekretariatet\n", "utf-8", "qp"),
    L("other", "", "ignored", False, [], note="our own reminder (Bcc to ourselves)"),
    to="Undisclosed recipients:;")

add("mailman-liste-dh-sjaelland", "posk", addr("Jonna Vind", "jonna.vind@mail.dk"),
    "[dh-sjaelland] Hvem tager til dialogmoedet?",
    text("Hej alle\n\nSkal vi ikke koordinere, hvem fra DH-afdelingerne der tager til dialogmødet den 25. juni? Jeg tager selv med fra Stevns.\n\n"
         "Jonna\n\n_______________________________________________\ndh-sjaelland mailing list\ndh-sjaelland@lister.handicap.dk\n"
         "https://lister.handicap.dk/mailman/listinfo/dh-sjaelland\n", "utf-8", "8bit"),
    IGN("list", "a person's mail through a mailing list (List-Id); not addressed to us"),
    headers=[("List-Id", "DH Region Sjaelland <dh-sjaelland.lister.handicap.dk>"), ("List-Post", "<mailto:dh-sjaelland@lister.handicap.dk>"),
             ("Precedence", "list"), ("Sender", "dh-sjaelland-bounces@lister.handicap.dk")],
    to="dh-sjaelland@lister.handicap.dk")

# =================================================================== posk: late

add("sen-tilmelding-odsherred-socialchef", "posk", addr("Rasmus Kold", "rako@odsherred.dk"),
    "Sen tilmelding - dialogmøde".replace("ø", "ø"),
    outlook(["Hej", "", "Undskyld den sene tilmelding – jeg vil gerne deltage som socialchef i Odsherred Kommune. Frokost ja.", "",
             "Mvh", "Rasmus Kold", "Socialchef, Odsherred Kommune"]),
    L("registration", "dialog2026", "processed", True, [P("rako@odsherred.dk", "Rasmus Kold", "Odsherred Kommune", "chef", "accepted", True, late=True)],
      note="after the registration deadline"),
    headers=outlook_h("Sen tilmelding - dialogmøde"), style="outlook", crlf=True, at=dt.datetime(2026, 6, 18, 8, 30, tzinfo=UTC))

add("sen-tilmelding-faxe-koordinator-udsatteraad", "posk", addr("Mona Vestergaard", "move@faxekommune.dk"),
    "Tilmelding fra Udsatterådet i Faxe".replace("å", "å"),
    text("Hej\n\nVi nåede det ikke inden fristen, men håber der stadig er plads:\n\n"
         "Ole Kirk, formand for Udsatterådet\nTrine Hald, næstformand for Udsatterådet\n\nIngen af dem skal have frokost.\n\n"
         "Mvh Mona Vestergaard\nSekretær for Udsatterådet, Faxe Kommune\n", "utf-8", "qp"),
    L("registration", "dialog2026", "processed", True,
      [P("", "Ole Kirk", "Faxe Kommune", "udsatteraad", "accepted", False, late=True),
       P("", "Trine Hald", "Faxe Kommune", "udsatteraad", "accepted", False, late=True)],
      note="late coordinator registration"),
    at=dt.datetime(2026, 6, 19, 11, 0, tzinfo=UTC))

add("sen-afbud-stevns-chef", "posk", addr("Lars Hviid", "lahv@stevns.dk"),
    "Afbud 25. juni",
    text("Hej\n\nJeg er nødt til at melde afbud til dialogmødet på torsdag.\n\nLars Hviid\nStevns Kommune\n", "utf-8", "8bit"),
    L("cancellation", "dialog2026", "processed", True, [P("lahv@stevns.dk", "Lars Hviid", "Stevns Kommune", "chef", "cancelled", True)]),
    at=dt.datetime(2026, 6, 22, 7, 45, tzinfo=UTC))

exec(open(os.path.join(OUT, "mails_ern2.py"), encoding="utf-8").read())

write_all()
