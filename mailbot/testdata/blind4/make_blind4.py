#!/usr/bin/env python3
"""Writes the fourth blind set: NNN-slug.eml + NNN-slug.json (blind3's label
format). Written without reading the parser, the rules or the earlier sets."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gen_lib4 import *

D = os.path.dirname(os.path.abspath(__file__))
POSK = 'posk@greve.dk'
ERN = 'ern@viborg.dk'
SUBJ = 'Dialogmøde om Rammeaftale 2027-2028'
UID = '040000008200E00074C5B7101A82E00800000000DEMO2026DIALOGMOEDE'
mails = []
_day = [3]

def P(email, name, mun, role, status, lunch=None):
    return dict(email=email, name=name, municipality=mun, role=role, status=status, lunch=lunch)

def reg(cls='registration', parts=(), reply=True, status='processed', note=''):
    return dict(mailbox='posk', event='dialog2026', status=status, reply=reply, participants=list(parts), note=note, **{'class': cls})

def trap(cls, mailbox='posk', note=''):
    return dict(mailbox=mailbox, event='', status='ignored', reply=False, participants=[], note=note, **{'class': cls})

def date(i, tz='+0200', month='Jun', year=2026, dow=None):
    return f'{3 + i // 8} {month} {year} {8 + i % 8:02d}:{(i * 7) % 60:02d}:00 {tz}'

def add(slug, raw, label):
    mails.append((slug, raw, label))

def n():
    return len(mails)

def plain(frm, subj, body, mid, charset='utf-8', cte='quoted-printable', to=POSK, cc=None, extra=None, mbox_year=2026):
    return mail(frm, to, subj, date(n(), year=mbox_year), mid, part('text/plain', body, charset, cte), cc=cc, extra=extra)

def outlook_html(frm, subj, html, mid, to=POSK, cc=None, charset='windows-1252', extra=None, mbox_year=2026):
    h = ('<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta http-equiv="Content-Type" content="text/html; charset=%s">'
         '<style><!-- p.MsoNormal {margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;} --></style></head>'
         '<body lang="DA" link="#0563C1"><div class="WordSection1">%s</div></body></html>') % (charset, html)
    return mail(frm, to, subj, date(n(), year=mbox_year), mid, part('text/html', h, charset, 'quoted-printable'), cc=cc,
                extra=['X-MS-Has-Attach: ', 'X-MS-TNEF-Correlator: ', 'Thread-Topic: ' + hdr(subj.split(': ', 1)[-1])] + (extra or []))

def mso(*lines):
    return ''.join('<p class="MsoNormal">%s<o:p></o:p></p>' % (l if l else '&nbsp;') for l in lines)

# ---------------------------------------------------------------- posk: plain one-person mails
add('jeg-deltager-roskilde-naestformand-handicapraad',
    plain(addr('Anne Marie Holt', 'anmho@roskilde.dk'), 'SV: ' + SUBJ,
          'Hej\n\nJeg deltager. Ja tak til frokost.\n\nVenlig hilsen\nAnne Marie Holt\nNæstformand i Handicaprådet\nRoskilde Kommune\n',
          'AM6PR01MB5001.anmho@roskilde.dk'),
    reg(parts=[P('anmho@roskilde.dk', 'Anne Marie Holt', 'Roskilde Kommune', 'handicapraad', 'accepted', True)]))

add('tilmeld-mig-venligst-slagelse-udsatteraad-latin1',
    plain(addr('Jens Brix', 'jens.brix@slagelse.dk'), 'Tilmelding til dialogmøde 25. juni',
          'Tilmeld mig venligst dialogmødet den 25. juni i Ringsted.\n\nMvh\nJens Brix\nMedlem af Udsatterådet, Slagelse Kommune\n',
          '5f1c2a.jens.brix@slagelse.dk', charset='iso-8859-1', cte='8bit'),
    reg(parts=[P('jens.brix@slagelse.dk', 'Jens Brix', 'Slagelse Kommune', 'udsatteraad', 'accepted')]))

add('jeg-kommer-naestved-formand-sundhedsudvalg-cp1252',
    plain(addr('Pia Lund', 'pialu@naestved.dk'), 'Re: ' + SUBJ,
          'Jeg kommer, og jeg spiser gerne med.\n\n/Pia\n\nPia Lund\nFormand for Social- og Sundhedsudvalget\nNæstved Kommune\n',
          'CAK9x1.pialu@naestved.dk', charset='windows-1252'),
    reg(parts=[P('pialu@naestved.dk', 'Pia Lund', 'Næstved Kommune', 'politiker_voksen', 'accepted', True)]))

add('vi-ses-holbaek-socialdirektoer-base64',
    plain(addr('Henrik Dahl', 'hedah@holb.dk'), 'SV: ' + SUBJ,
          'Tak for invitationen - vi ses d. 25.\nJeg springer frokosten over, da jeg skal videre.\n\nMed venlig hilsen\n\nHenrik Dahl\nSocialdirektør\nHolbæk Kommune\nKanalstræde 2, 4300 Holbæk\n',
          'VI1PR02.hedah@holb.dk', cte='base64'),
    reg(parts=[P('hedah@holb.dk', 'Henrik Dahl', 'Holbæk Kommune', 'direktoer', 'accepted', False)]))

add('kan-desvaerre-ikke-faxe-boerneudvalg',
    plain(addr('Lone Vestergaard', 'lonve@faxekommune.dk'), 'SV: ' + SUBJ,
          'Kære sekretariat\n\nKan desværre ikke den dag, da vi har byrådsmøde.\n\nVenlig hilsen\nLone Vestergaard\nMedlem af Børne- og Ungeudvalget\nFaxe Kommune\n',
          'AS8PR.lonve@faxekommune.dk'),
    reg('cancellation', parts=[P('lonve@faxekommune.dk', 'Lone Vestergaard', 'Faxe Kommune', 'politiker_boern', 'cancelled')],
        note='afbud from someone not registered'))

add('centerchef-vordingborg-tilmelding-frokost',
    plain(addr('Karen Friis', 'kafr@vordingborg.dk'), 'Tilmelding - dialogmøde',
          'Hej\n\nHermed tilmelding til dialogmødet om rammeaftalen. Jeg deltager også gerne i frokosten.\n\nVenlig hilsen\nKaren Friis\nCenterchef, Center for Handicap og Psykiatri\nVordingborg Kommune\nTlf. 55 36 00 00\n',
          'kafr.20260603@vordingborg.dk'),
    reg(parts=[P('kafr@vordingborg.dk', 'Karen Friis', 'Vordingborg Kommune', 'chef', 'accepted', True)]))

add('afdelingsleder-guldborgsund-vil-gerne-deltage',
    plain(addr('Mads Kjeldsen', 'mkje@guldborgsund.dk'), 'Dialogmøde 25/6',
          'Jeg vil gerne deltage i dialogmødet.\n\nMvh Mads Kjeldsen\nAfdelingsleder, Socialafdelingen\nGuldborgsund Kommune\n',
          'mkje-1@guldborgsund.dk'),
    reg(parts=[P('mkje@guldborgsund.dk', 'Mads Kjeldsen', 'Guldborgsund Kommune', 'chef', 'accepted')]))

add('sekretariatsleder-lolland-ingen-frokost',
    plain(addr('Hanne Juul', 'hjuu@lolland.dk'), 'SV: ' + SUBJ,
          'Jeg tilmelder mig hermed. Ingen frokost til mig, tak.\n\nVenlig hilsen\nHanne Juul\nSekretariatsleder\nSocial og Sundhed, Lolland Kommune\n',
          'DB7PR.hjuu@lolland.dk', charset='iso-8859-1', cte='quoted-printable'),
    reg(parts=[P('hjuu@lolland.dk', 'Hanne Juul', 'Lolland Kommune', 'chef', 'accepted', False)]))

add('konsulent-ringsted-deltager-gerne',
    plain(addr('Rasmus Thorsen', 'rath@ringsted.dk'), 'Dialogmøde',
          'Hej\n\nJeg deltager gerne i dialogmødet og siger ja tak til frokost.\n\nMvh\nRasmus Thorsen\nKonsulent, Sundhed og Omsorg\nRingsted Kommune\n',
          'rath.a1@ringsted.dk'),
    reg(parts=[P('rath@ringsted.dk', 'Rasmus Thorsen', 'Ringsted Kommune', 'andet', 'accepted', True)]))

add('handicapraad-stevns-glutenfri',
    plain(addr('Birthe Lau', 'birthelau@stevns.dk'), 'Re: ' + SUBJ,
          'Hej. Jeg kommer til mødet den 25. juni. Glutenfri kost tak.\nBirthe Lau\nmedlem af handicaprådet i Stevns (DH)\n\nSendt fra min iPad\n',
          'B1E2-iPad.birthelau@stevns.dk', cte='8bit'),
    reg(parts=[P('birthelau@stevns.dk', 'Birthe Lau', 'Stevns Kommune', 'handicapraad', 'accepted', True)]))

add('udsatteraad-formand-koege-frokost-nej',
    plain(addr('Torben Skov', 'torben.skov@koege.dk'), 'Tilmelding',
          'Deltager i dialogmødet om Rammeaftale 2027-2028.\nFrokost: nej\n\nTorben Skov\nFormand for Udsatterådet i Køge Kommune\n',
          'tsk-77@koege.dk'),
    reg(parts=[P('torben.skov@koege.dk', 'Torben Skov', 'Køge Kommune', 'udsatteraad', 'accepted', False)]))

add('formand-boerneudvalg-soroe',
    plain(addr('Mette Bach', 'meba@soroe.dk'), 'SV: ' + SUBJ,
          'Jeg deltager i dialogmødet.\n\nMvh\nMette Bach\nFormand for Børne- og Ungeudvalget\nSorø Kommune\n',
          'meba.x@soroe.dk'),
    reg(parts=[P('meba@soroe.dk', 'Mette Bach', 'Sorø Kommune', 'politiker_boern', 'accepted')]))

add('outlook-html-kalundborg-sundhedsudvalg',
    outlook_html(addr('Ole Krogh', 'olkro@kalundborg.dk'), 'SV: ' + SUBJ,
                 mso('Hej', '', 'Jeg vil gerne deltage, inkl. frokost.', '',
                     'Med venlig hilsen', '<b>Ole Krogh</b>', 'Medlem af Social- og Sundhedsudvalget', 'Kalundborg Kommune'),
                 'AM0PR10MB.olkro@kalundborg.dk'),
    reg(parts=[P('olkro@kalundborg.dk', 'Ole Krogh', 'Kalundborg Kommune', 'politiker_voksen', 'accepted', True)]))

add('direktoer-greve-jeg-deltager',
    plain(addr('Susanne Wind', 'suwi@greve.dk'), 'Tilmelding: ' + SUBJ,
          'Jeg deltager - og gerne med frokost.\n\nSusanne Wind\nDirektør for Social, Sundhed og Ældre\nGreve Kommune\n',
          'suwi.reg@greve.dk'),
    reg(parts=[P('suwi@greve.dk', 'Susanne Wind', 'Greve Kommune', 'direktoer', 'accepted', True)]))

add('gmail-handicapraad-odsherred',
    plain(addr('Kirsten Jørgensen', 'kirstenj1958@gmail.com'), 'Tilmelding',
          'Hej\n\nJeg vil gerne tilmelde mig dialogmødet den 25. juni.\n\nVenlig hilsen\nKirsten Jørgensen\nMedlem af Handicaprådet i Odsherred Kommune\n',
          'CAFz9k.kirstenj1958@mail.gmail.com', extra=['X-Mailer: Gmail']),
    reg(parts=[P('kirstenj1958@gmail.com', 'Kirsten Jørgensen', 'Odsherred Kommune', 'handicapraad', 'accepted')]))

add('enhedschef-region-sjaelland',
    plain(addr('Peter Holm', 'peho@regionsjaelland.dk'), 'SV: ' + SUBJ,
          'Jeg kommer gerne. Frokost: ja.\n\nVenlig hilsen\nPeter Holm\nEnhedschef, Psykiatri og Social\nRegion Sjælland\n',
          'peho-20260604@regionsjaelland.dk'),
    reg(parts=[P('peho@regionsjaelland.dk', 'Peter Holm', 'Region Sjælland', 'chef', 'accepted', True)]))

add('afbud-solroed-udsatteraad-ikke-tilmeldt',
    plain(addr('Nina Storm', 'nist@solrod.dk'), 'Afbud',
          'Afbud fra mig til dialogmødet den 25. juni.\n\nNina Storm\nMedlem af Udsatterådet\nSolrød Kommune\n',
          'nist.afbud@solrod.dk'),
    reg('cancellation', parts=[P('nist@solrod.dk', 'Nina Storm', 'Solrød Kommune', 'udsatteraad', 'cancelled')]))

add('tilmelding-lejre-sundhedsudvalg-spiser-ikke',
    plain(addr('Lars Møller', 'lamo@lejre.dk'), 'Tilmelding dialogmøde',
          'Hermed tilmelding. Jeg spiser ikke med.\n\nLars Møller\nMedlem af Social- og Sundhedsudvalget, Lejre Kommune\n',
          'lamo.t@lejre.dk'),
    reg(parts=[P('lamo@lejre.dk', 'Lars Møller', 'Lejre Kommune', 'politiker_voksen', 'accepted', False)]))

add('afdelingsleder-slagelse-ja-tak-frokost',
    plain(addr('Jette Kruse', 'jekru@slagelse.dk'), 'SV: ' + SUBJ,
          'Jeg kommer - og ja tak til frokost.\n\nMed venlig hilsen\nJette Kruse\nAfdelingsleder\nMyndighed Voksen\nSlagelse Kommune\n',
          'jekru.99@slagelse.dk'),
    reg(parts=[P('jekru@slagelse.dk', 'Jette Kruse', 'Slagelse Kommune', 'chef', 'accepted', True)]))

add('quoted-invitation-holbaek-handicapraad',
    plain(addr('Anders Bjerre', 'anbj@holb.dk'), 'SV: ' + SUBJ,
          'Jeg deltager.\n\nAnders Bjerre\nMedlem af Handicaprådet, Holbæk Kommune\n\n'
          '-----Oprindelig meddelelse-----\nFra: Sekretariatet <posk@greve.dk>\nSendt: 1. juni 2026 10:00\nEmne: ' + SUBJ + '\n\n'
          'Kære alle\n\nKKR Sjælland inviterer til dialogmøde torsdag den 25. juni 2026 kl. 9-13 i Ringsted Kongrescenter.\n'
          'Hver kommune kan deltage med 2 repræsentanter fra udsatterådet, 2 fra handicaprådet samt 2 politikere fra hvert udvalg.\n'
          'Der serveres frokost. Tilmelding senest 17. juni til posk@greve.dk.\n\nSocialdirektør Jens Hansen\n',
          'anbj.sv@holb.dk'),
    reg(parts=[P('anbj@holb.dk', 'Anders Bjerre', 'Holbæk Kommune', 'handicapraad', 'accepted')],
        note='quoted invitation mentions other roles, frokost and a socialdirektør'))

add('spoergsmaal-parkering-faxe',
    plain(addr('Gitte Hald', 'gihal@faxekommune.dk'), 'Spørgsmål til dialogmødet',
          'Hej\n\nEr der mulighed for parkering ved Kongrescentret, og kan man komme med tog?\n\nVh Gitte Hald\nFaxe Kommune\n',
          'gihal.q@faxekommune.dk'),
    reg('other', reply=False, status='review', note='question'))

add('udsatteraad-holbaek-uden-frokost',
    plain(addr('Iben Wulff', 'ibwu@holb.dk'), 'Dialogmødet',
          'Hej,\nJeg kan godt komme, men uden frokost.\n\nIben Wulff\nmedlem af udsatterådet i Holbæk\n',
          'ibwu.1@holb.dk'),
    reg(parts=[P('ibwu@holb.dk', 'Iben Wulff', 'Holbæk Kommune', 'udsatteraad', 'accepted', False)]))

add('greve-udsatteraad-vegetar',
    plain(addr('Bo Mikkelsen', 'bomi@greve.dk'), 'Tilmeld',
          'Tilmeld mig venligst dialogmødet. Jeg er medlem af Udsatterådet.\nJeg er vegetar.\n\nBo Mikkelsen\nGreve Kommune\n',
          'bomi.t@greve.dk'),
    reg(parts=[P('bomi@greve.dk', 'Bo Mikkelsen', 'Greve Kommune', 'udsatteraad', 'accepted', True)], note='diet note implies lunch'))

# ---------------------------------------------------------------- posk: coordinators
add('koordinator-roskilde-tre-punktliste',
    plain(addr('Maja Ryberg', 'majry@roskilde.dk'), 'Tilmeldinger fra Roskilde Kommune',
          'Kære sekretariat\n\nFølgende deltager fra Roskilde Kommune:\n\n'
          '- Lise Dam, formand for Handicaprådet (lise.dam@roskilde.dk) - frokost ja\n'
          '- Kim Ravn, medlem af Udsatterådet (kimra@roskilde.dk) - frokost nej\n'
          '- Erik Lind, socialdirektør (erlin@roskilde.dk) - frokost ja\n\n'
          'Venlig hilsen\nMaja Ryberg\nAdministrativ medarbejder, Social og Sundhed\nRoskilde Kommune\n',
          'majry.koord@roskilde.dk'),
    reg(parts=[P('lise.dam@roskilde.dk', 'Lise Dam', 'Roskilde Kommune', 'handicapraad', 'accepted', True),
               P('kimra@roskilde.dk', 'Kim Ravn', 'Roskilde Kommune', 'udsatteraad', 'accepted', False),
               P('erlin@roskilde.dk', 'Erik Lind', 'Roskilde Kommune', 'direktoer', 'accepted', True)]))

add('koordinator-koege-tabel-tre',
    plain(addr('Sofie Lunde', 'solu@koege.dk'), 'SV: ' + SUBJ,
          'Hej\n\nHer er Køge Kommunes tilmeldinger:\n\n'
          'Navn\tRolle\tE-mail\tFrokost\n'
          'Hans Ebbesen\tHandicaprådet\thaeb@koege.dk\tJa\n'
          'Ulla Friis\tHandicaprådet\tulfr@koege.dk\tJa\n'
          'Martin Aagaard\tCenterchef, Center for Socialpsykiatri\tmaaa@koege.dk\tNej\n\n'
          'Mvh Sofie Lunde\nSekretær, Køge Kommune\n',
          'solu.tab@koege.dk'),
    reg(parts=[P('haeb@koege.dk', 'Hans Ebbesen', 'Køge Kommune', 'handicapraad', 'accepted', True),
               P('ulfr@koege.dk', 'Ulla Friis', 'Køge Kommune', 'handicapraad', 'accepted', True),
               P('maaa@koege.dk', 'Martin Aagaard', 'Køge Kommune', 'chef', 'accepted', False)]))

add('koordinator-naestved-to-politikere-boern',
    plain(addr('Camilla Vang', 'cava@naestved.dk'), 'Tilmelding - Børne- og Ungeudvalget',
          'Fra Børne- og Ungeudvalget i Næstved Kommune deltager Anja Kvist (ankv@naestved.dk) og Frank Hald (frha@naestved.dk). Begge spiser med.\n\n'
          'Med venlig hilsen\nCamilla Vang\nUdvalgssekretær\nNæstved Kommune\n',
          'cava.boern@naestved.dk'),
    reg(parts=[P('ankv@naestved.dk', 'Anja Kvist', 'Næstved Kommune', 'politiker_boern', 'accepted', True),
               P('frha@naestved.dk', 'Frank Hald', 'Næstved Kommune', 'politiker_boern', 'accepted', True)]))

add('koordinator-guldborgsund-fire',
    plain(addr('Louise Kragh', 'lokr@guldborgsund.dk'), 'Deltagere fra Guldborgsund',
          'Hej\n\nVi tilmelder følgende fra Guldborgsund Kommune:\n\n'
          '1. Preben Olsen, Handicaprådet, preol@guldborgsund.dk\n'
          '2. Randi Skou, Udsatterådet, rasko@guldborgsund.dk\n'
          '3. Kurt Nygaard, Social- og Sundhedsudvalget, kuny@guldborgsund.dk\n'
          '4. Tina Holm, Børne- og Ungeudvalget, tiho@guldborgsund.dk\n\n'
          'Alle deltager i frokosten.\n\nVenlig hilsen\nLouise Kragh\nGuldborgsund Kommune\n',
          'lokr.list@guldborgsund.dk', charset='iso-8859-1', cte='quoted-printable'),
    reg(parts=[P('preol@guldborgsund.dk', 'Preben Olsen', 'Guldborgsund Kommune', 'handicapraad', 'accepted', True),
               P('rasko@guldborgsund.dk', 'Randi Skou', 'Guldborgsund Kommune', 'udsatteraad', 'accepted', True),
               P('kuny@guldborgsund.dk', 'Kurt Nygaard', 'Guldborgsund Kommune', 'politiker_voksen', 'accepted', True),
               P('tiho@guldborgsund.dk', 'Tina Holm', 'Guldborgsund Kommune', 'politiker_boern', 'accepted', True)]))

add('koordinator-kalundborg-mig-og-kollega',
    plain(addr('Marianne Bøgh', 'mabo@kalundborg.dk'), 'SV: ' + SUBJ,
          'Hej\n\nVi bliver 2 fra Kalundborg: jeg selv og min kollega, konsulent Sune Falk (sufa@kalundborg.dk). Ingen af os spiser med.\n\n'
          'Venlig hilsen\nMarianne Bøgh\nCenterchef, Center for Voksne\nKalundborg Kommune\n',
          'mabo.2@kalundborg.dk'),
    reg(parts=[P('mabo@kalundborg.dk', 'Marianne Bøgh', 'Kalundborg Kommune', 'chef', 'accepted', False),
               P('sufa@kalundborg.dk', 'Sune Falk', 'Kalundborg Kommune', 'andet', 'accepted', False)]))

add('koordinator-soroe-afbud-to',
    plain(addr('Lene Bruun', 'lebr@soroe.dk'), 'Afbud til dialogmøde',
          'Kære sekretariat\n\nDesværre må både Jytte Hviid (Handicaprådet) og Per Nørgaard (Udsatterådet) melde afbud til dialogmødet den 25. juni.\n\n'
          'Venlig hilsen\nLene Bruun\nSorø Kommune\n',
          'lebr.afbud@soroe.dk'),
    reg('cancellation', parts=[P('', 'Jytte Hviid', 'Sorø Kommune', 'handicapraad', 'cancelled'),
                               P('', 'Per Nørgaard', 'Sorø Kommune', 'udsatteraad', 'cancelled')]))

add('koordinator-stevns-fem',
    plain(addr('Kasper Ibsen', 'kaib@stevns.dk'), 'Tilmelding Stevns Kommune',
          'Hej\n\nStevns Kommune tilmelder:\n\n'
          'Grethe Vind - handicaprådet - grvi@stevns.dk\n'
          'Poul Hjort - udsatterådet - pohj@stevns.dk\n'
          'Dorthe Rask - social- og sundhedsudvalget - dora@stevns.dk\n'
          'Michael Krogh - børne- og ungeudvalget - mikr@stevns.dk\n'
          'Annette Sand - socialdirektør - ansa@stevns.dk\n\n'
          'Frokost: alle undtagen Michael.\n\nMvh\nKasper Ibsen\nStevns Kommune\n',
          'kaib.5@stevns.dk', cte='base64'),
    reg(parts=[P('grvi@stevns.dk', 'Grethe Vind', 'Stevns Kommune', 'handicapraad', 'accepted', True),
               P('pohj@stevns.dk', 'Poul Hjort', 'Stevns Kommune', 'udsatteraad', 'accepted', True),
               P('dora@stevns.dk', 'Dorthe Rask', 'Stevns Kommune', 'politiker_voksen', 'accepted', True),
               P('mikr@stevns.dk', 'Michael Krogh', 'Stevns Kommune', 'politiker_boern', 'accepted', False),
               P('ansa@stevns.dk', 'Annette Sand', 'Stevns Kommune', 'direktoer', 'accepted', True)]))

add('koordinator-solroed-outlook-html-tabel',
    outlook_html(addr('Eva Thygesen', 'evth@solrod.dk'), 'Tilmelding til dialogmøde',
                 mso('Hej', '', 'Hermed tilmelding fra Solrød Kommune:', '') +
                 '<table class="MsoTableGrid" border="1"><tr><td><p class="MsoNormal"><b>Navn</b></p></td><td><p class="MsoNormal"><b>Funktion</b></p></td><td><p class="MsoNormal"><b>Mail</b></p></td><td><p class="MsoNormal"><b>Frokost</b></p></td></tr>'
                 '<tr><td><p class="MsoNormal">Jørgen Vinther</p></td><td><p class="MsoNormal">Formand for Handicaprådet</p></td><td><p class="MsoNormal">jovi@solrod.dk</p></td><td><p class="MsoNormal">Ja</p></td></tr>'
                 '<tr><td><p class="MsoNormal">Rikke Fogh</p></td><td><p class="MsoNormal">Afdelingsleder, Voksenservice</p></td><td><p class="MsoNormal">rifo@solrod.dk</p></td><td><p class="MsoNormal">Ja</p></td></tr></table>' +
                 mso('', 'Venlig hilsen', 'Eva Thygesen', 'Solrød Kommune'),
                 'HE1PR.evth@solrod.dk'),
    reg(parts=[P('jovi@solrod.dk', 'Jørgen Vinther', 'Solrød Kommune', 'handicapraad', 'accepted', True),
               P('rifo@solrod.dk', 'Rikke Fogh', 'Solrød Kommune', 'chef', 'accepted', True)]))

# ---------------------------------------------------------------- posk: iMIP
def ical(method, partstat, cn, email, comment=None, seq=0, stamp='20260605T080000Z', prodid='Microsoft Exchange Server 2010', uid=UID, summary=SUBJ, extra=''):
    lines = ['BEGIN:VCALENDAR', f'METHOD:{method}', f'PRODID:{prodid}', 'VERSION:2.0', 'BEGIN:VEVENT',
             f'ATTENDEE;PARTSTAT={partstat};CN={cn}:mailto:{email}']
    if comment:
        lines.append(f'COMMENT;LANGUAGE=da-DK:{comment}')
    lines += [f'SUMMARY:{summary}', 'DTSTART;TZID=Romance Standard Time:20260625T090000',
              'DTEND;TZID=Romance Standard Time:20260625T130000', f'UID:{uid}', f'SEQUENCE:{seq}', f'DTSTAMP:{stamp}']
    if extra:
        lines.append(extra)
    lines += ['END:VEVENT', 'END:VCALENDAR', '']
    return '\n'.join(lines)

def imip(frm, subj, mid, text, cal, method='REPLY'):
    body = multipart('alternative', [part('text/plain', text, 'utf-8', 'quoted-printable'),
                                     part(f'text/calendar; method={method}', cal, 'utf-8', '7bit')], 'imip' + mid[:6].replace('.', 'x'))
    return mail(frm, POSK, subj, date(n()), mid, body, extra=['X-Auto-Response-Suppress: All', 'Thread-Topic: ' + hdr(SUBJ)])

add('imip-accepteret-faxe-udsatteraad-kommentar',
    imip(addr('Kirsten Munk', 'kimu@faxekommune.dk'), 'Accepteret: ' + SUBJ, 'AM9PR.imip1@faxekommune.dk',
         'Jeg deltager for udsatterådet. Frokost: ja tak.\n',
         ical('REPLY', 'ACCEPTED', 'Kirsten Munk', 'kimu@faxekommune.dk', 'Jeg deltager for udsatterådet. Frokost: ja tak.\\n', stamp='20260605T080000Z')),
    reg('rsvp', parts=[P('kimu@faxekommune.dk', 'Kirsten Munk', 'Faxe Kommune', 'udsatteraad', 'accepted', True)]))

add('imip-accepted-english-region-uden-kommentar',
    imip(addr('Laura Winther', 'lawi@regionsjaelland.dk'), 'Accepted: ' + SUBJ, 'DB8PR.imip2@regionsjaelland.dk', '',
         ical('REPLY', 'ACCEPTED', 'Laura Winther', 'lawi@regionsjaelland.dk', stamp='20260605T090000Z')),
    reg('rsvp', parts=[P('lawi@regionsjaelland.dk', 'Laura Winther', 'Region Sjælland', 'andet', 'accepted')], note='unknown role'))

add('imip-afvist-lolland',
    imip(addr('Søren Bak', 'sbak@lolland.dk'), 'Afvist: ' + SUBJ, 'VI1PR.imip3@lolland.dk', '',
         ical('REPLY', 'DECLINED', 'Søren Bak', 'sbak@lolland.dk', stamp='20260605T100000Z')),
    reg('rsvp', parts=[P('sbak@lolland.dk', 'Søren Bak', 'Lolland Kommune', 'andet', 'declined')]))

add('imip-foreloebigt-vordingborg',
    imip(addr('Tove Lindberg', 'tolin@vordingborg.dk'), 'Foreløbigt accepteret: ' + SUBJ, 'HE1PR.imip4@vordingborg.dk', '',
         ical('REPLY', 'TENTATIVE', 'Tove Lindberg', 'tolin@vordingborg.dk', stamp='20260605T110000Z')),
    reg('rsvp', parts=[P('tolin@vordingborg.dk', 'Tove Lindberg', 'Vordingborg Kommune', 'andet', 'tentative')]))

add('google-calendar-accepted-gmail',
    mail(addr('Jonas Fisker', 'jonas.fisker@gmail.com'), POSK,
         'Accepted: ' + SUBJ + ' @ Thu 25 Jun 2026 09:00 - 13:00 (CEST) (posk@greve.dk)', date(n()), 'CAGoogle.imip5@google.com',
         multipart('mixed', [multipart('alternative', [
             part('text/plain', 'Jonas Fisker has accepted this invitation.\n\n' + SUBJ + '\nThursday 25 Jun 2026 09:00 - 13:00 (CEST)\n\nInvitation from Google Calendar\n', 'utf-8', '7bit'),
             part('text/calendar; method=REPLY', ical('REPLY', 'ACCEPTED', 'Jonas Fisker', 'jonas.fisker@gmail.com', prodid='-//Google Inc//Google Calendar 70.9054//EN', stamp='20260605T120000Z'), 'utf-8', '7bit')], 'galt'),
             attach('application/ics', 'invite.ics', ical('REPLY', 'ACCEPTED', 'Jonas Fisker', 'jonas.fisker@gmail.com', prodid='-//Google Inc//Google Calendar 70.9054//EN', stamp='20260605T120000Z').encode())], 'gmix'),
         extra=['Sender: Google Calendar <calendar-notification@google.com>']),
    reg('rsvp', parts=[P('jonas.fisker@gmail.com', 'Jonas Fisker', '', 'andet', 'accepted')], note='municipality unknown'))

add('apple-ical-accepteret-ringsted',
    mail(addr('Helle Bruun', 'hebr@ringsted.dk'), POSK, 'Invitation: ' + SUBJ + ' (accepteret)', date(n()), 'A1B2C3D4-APPLE.imip6@ringsted.dk',
         multipart('alternative', [part('text/plain', 'Helle Bruun har accepteret din invitation.\n', 'utf-8', 'quoted-printable'),
                                   part('text/calendar; method=REPLY', ical('REPLY', 'ACCEPTED', '"Helle Bruun"', 'hebr@ringsted.dk', prodid='-//Apple Inc.//macOS 15.5//EN', stamp='20260605T130000Z', seq=0), 'utf-8', '7bit')], 'Apple-Mail=_1F2E'),
         extra=['X-Mailer: iPhone Mail (22F76)', 'Content-Class: urn:content-classes:calendarmessage']),
    reg('rsvp', parts=[P('hebr@ringsted.dk', 'Helle Bruun', 'Ringsted Kommune', 'andet', 'accepted')]))

add('imip-counter-greve-nyt-tidspunkt',
    imip(addr('Niels Aagaard', 'niaa@greve.dk'), 'Nyt tidspunkt foreslået: ' + SUBJ, 'AM6PR.imip7@greve.dk',
         'Kan vi rykke mødet en time? Jeg har byrådsmøde om morgenen.\n',
         ical('COUNTER', 'TENTATIVE', 'Niels Aagaard', 'niaa@greve.dk', 'Kan vi rykke mødet en time?', stamp='20260605T140000Z'), method='COUNTER'),
    dict(mailbox='posk', event='dialog2026', status='review', reply=False, participants=[], note='counter-proposal: no automatic reply; a secretary decides',
         **{'class': 'rsvp'}))

add('imip-afvist-faxe-efter-accept',
    imip(addr('Kirsten Munk', 'kimu@faxekommune.dk'), 'Afvist: ' + SUBJ, 'AM9PR.imip8@faxekommune.dk',
         'Jeg er blevet forhindret.\n',
         ical('REPLY', 'DECLINED', 'Kirsten Munk', 'kimu@faxekommune.dk', 'Jeg er blevet forhindret.', stamp='20260610T080000Z')),
    reg('rsvp', parts=[P('kimu@faxekommune.dk', 'Kirsten Munk', 'Faxe Kommune', 'udsatteraad', 'declined')]))

# ---------------------------------------------------------------- posk: later changes by the same people
add('noedt-til-at-melde-fra-roskilde',
    plain(addr('Anne Marie Holt', 'anmho@roskilde.dk'), 'Afbud - ' + SUBJ,
          'Hej igen\n\nJeg er nødt til at melde fra til dialogmødet pga. sygdom i familien.\n\nVenlig hilsen\nAnne Marie Holt\nNæstformand i Handicaprådet\nRoskilde Kommune\n',
          'AM6PR01MB5002.anmho@roskilde.dk'),
    reg('cancellation', parts=[P('anmho@roskilde.dk', 'Anne Marie Holt', 'Roskilde Kommune', 'handicapraad', 'cancelled')]))

add('maa-traekke-tilmelding-slagelse-latin1',
    plain(addr('Jens Brix', 'jens.brix@slagelse.dk'), 'VS: Tilmelding til dialogmøde 25. juni',
          'Jeg må desværre trække min tilmelding tilbage.\n\nMvh\nJens Brix\nMedlem af Udsatterådet, Slagelse Kommune\n',
          '5f1c2b.jens.brix@slagelse.dk', charset='iso-8859-1', cte='8bit'),
    reg('cancellation', parts=[P('jens.brix@slagelse.dk', 'Jens Brix', 'Slagelse Kommune', 'udsatteraad', 'cancelled')]))

add('forhindret-ringsted-konsulent',
    plain(addr('Rasmus Thorsen', 'rath@ringsted.dk'), 'SV: Dialogmøde',
          'Jeg bliver desværre forhindret den 25. juni og må melde afbud.\n\nMvh\nRasmus Thorsen\nKonsulent, Sundhed og Omsorg\nRingsted Kommune\n',
          'rath.a2@ringsted.dk'),
    reg('cancellation', parts=[P('rath@ringsted.dk', 'Rasmus Thorsen', 'Ringsted Kommune', 'andet', 'cancelled')]))

add('deltager-ikke-alligevel-holbaek-direktoer',
    plain(addr('Henrik Dahl', 'hedah@holb.dk'), 'SV: ' + SUBJ,
          'Jeg deltager desværre ikke alligevel - der er kommet et byrådsmøde i vejen.\n\nHenrik Dahl\nSocialdirektør, Holbæk Kommune\n',
          'VI1PR03.hedah@holb.dk', cte='base64'),
    reg('cancellation', parts=[P('hedah@holb.dk', 'Henrik Dahl', 'Holbæk Kommune', 'direktoer', 'cancelled')]))

add('substitution-naestved-i-stedet-for',
    plain(addr('Pia Lund', 'pialu@naestved.dk'), 'Ændring af tilmelding',
          'Hej\n\nJeg kan ikke alligevel. I stedet for mig kommer Bente Iversen (beiv@naestved.dk), næstformand i Social- og Sundhedsudvalget. Hun spiser også med.\n\n'
          '/Pia\n\nPia Lund\nFormand for Social- og Sundhedsudvalget\nNæstved Kommune\n',
          'CAK9x2.pialu@naestved.dk', charset='windows-1252'),
    reg('cancellation', parts=[P('pialu@naestved.dk', 'Pia Lund', 'Næstved Kommune', 'politiker_voksen', 'cancelled'),
                               P('beiv@naestved.dk', 'Bente Iversen', 'Næstved Kommune', 'politiker_voksen', 'accepted', True)],
        note='substitution; class could be argued registration'))

# ---------------------------------------------------------------- posk: humans with robot-like headers
add('precedence-bulk-menneske-tilmelding-odsherred',
    plain(addr('Claus Rye', 'clry@odsherred.dk'), 'SV: ' + SUBJ,
          'Jeg deltager gerne, inkl. frokost.\n\nClaus Rye\nMedlem af Børne- og Ungeudvalget\nOdsherred Kommune\n',
          'clry.bulk@odsherred.dk', extra=['Precedence: bulk']),
    reg(parts=[P('clry@odsherred.dk', 'Claus Rye', 'Odsherred Kommune', 'politiker_boern', 'accepted', True)],
        note='human mail with Precedence: bulk (mis-set client)'))

add('x-auto-response-suppress-menneske-afbud-lejre',
    plain(addr('Signe Holst', 'siho@lejre.dk'), 'Afbud dialogmøde',
          'Hej\n\nJeg kan desværre ikke deltage i dialogmødet den 25. juni.\n\nVenlig hilsen\nSigne Holst\nMedlem af Handicaprådet\nLejre Kommune\n',
          'siho.a@lejre.dk', extra=['X-Auto-Response-Suppress: All', 'Auto-Submitted: no']),
    reg('cancellation', parts=[P('siho@lejre.dk', 'Signe Holst', 'Lejre Kommune', 'handicapraad', 'cancelled')]))

# ---------------------------------------------------------------- posk: traps
add('oof-dansk-auto-submitted',
    plain(addr('Karin Lyng', 'kaly@naestved.dk'), 'Automatisk svar: ' + SUBJ,
          'Tak for din mail.\n\nJeg er på ferie til og med mandag den 15. juni og har ikke adgang til min mail. Ved hastende henvendelser kontakt venligst Social og Sundhed på 55 88 55 88.\n\nVenlig hilsen\nKarin Lyng\n',
          'oof1.kaly@naestved.dk', extra=['Auto-Submitted: auto-replied', 'X-MS-Exchange-Inbox-Rules-Loop: kaly@naestved.dk']),
    trap('auto_reply'))

add('oof-engelsk-uden-headere',
    plain(addr('David Jensen', 'daje@roskilde.dk'), 'Out of Office: ' + SUBJ,
          'Thank you for your email. I am out of the office until 12 June with limited access to email.\nFor urgent matters please contact our front desk.\n\nBest regards\nDavid Jensen\n',
          'oof2.daje@roskilde.dk'),
    trap('auto_reply', note='no auto headers'))

add('oof-dansk-sv-emne-ingen-headere',
    plain(addr('Inge Mortensen', 'inmo@kalundborg.dk'), 'SV: ' + SUBJ,
          'Hej\n\nJeg holder ferie til og med den 20. juni og læser ikke mails i perioden. Din mail bliver ikke videresendt.\nI hastende tilfælde kan du kontakte min kollega Bo på bo@kalundborg.dk.\n\nMvh Inge Mortensen\n',
          'oof3.inmo@kalundborg.dk'),
    trap('auto_reply', note='auto-reply that looks human, ordinary SV: subject'))

add('oof-fravaerende-x-auto-response-suppress',
    plain(addr('Lars Holm', 'laho@soroe.dk'), 'Fraværende: ' + SUBJ,
          'Jeg er fraværende på kursus frem til 10. juni. Jeg vender tilbage hurtigst muligt derefter.\n\nLars Holm\nSorø Kommune\n',
          'oof4.laho@soroe.dk', extra=['X-Auto-Response-Suppress: All', 'X-MS-Exchange-Organization-AutoResponse: true']),
    trap('auto_reply'))

add('oof-citerer-tilmelding',
    plain(addr('Pernille Dahl', 'pedah@vordingborg.dk'), 'Automatisk svar: Tilmelding - dialogmøde',
          'Jeg er ikke på kontoret før 22. juni. Din mail læses ikke.\n\n'
          '> Hej\n> Hermed tilmelding til dialogmødet om rammeaftalen. Jeg deltager også gerne i frokosten.\n> Karen Friis\n> Centerchef\n',
          'oof5.pedah@vordingborg.dk'),
    trap('auto_reply', note='OOF quoting a registration, subject prefix only'))

add('ndr-mailer-daemon',
    mail(addr('Mail Delivery System', 'MAILER-DAEMON@mx.greve.dk'), POSK, 'Undelivered Mail Returned to Sender', date(n()), 'ndr1.20260605@mx.greve.dk',
         ('Content-Type: multipart/report; report-type=delivery-status; boundary="ndr1"\r\n\r\n'
          '--ndr1\r\nContent-Type: text/plain; charset=us-ascii\r\n\r\nThis is the mail system at host mx.greve.dk.\r\n\r\nI\'m sorry to have to inform you that your message could not\r\nbe delivered to one or more recipients.\r\n\r\n<gammel.adresse@stevns.dk>: host mx.stevns.dk said: 550 5.1.1 User unknown\r\n\r\n'
          '--ndr1\r\nContent-Type: message/delivery-status\r\n\r\nReporting-MTA: dns; mx.greve.dk\r\n\r\nFinal-Recipient: rfc822; gammel.adresse@stevns.dk\r\nAction: failed\r\nStatus: 5.1.1\r\n\r\n'
          '--ndr1\r\nContent-Type: text/rfc822-headers\r\n\r\nFrom: posk@greve.dk\r\nTo: gammel.adresse@stevns.dk\r\nSubject: ' + hdr(SUBJ) + '\r\n\r\n--ndr1--\r\n').encode('ascii'),
         extra=['Auto-Submitted: auto-replied']),
    trap('bounce'))

add('ndr-exchange-dansk-kunne-ikke-leveres',
    outlook_html(addr('Microsoft Outlook', 'postmaster@koege.dk'), 'Kunne ikke leveres: ' + SUBJ,
                 mso('<b>Din meddelelse kunne ikke leveres til modtageren.</b>', '',
                     'Modtagerens postkasse er fuld og kan ikke modtage meddelelser lige nu.', '',
                     'Diagnosticeringsoplysninger for administratorer:', 'Genereringsserver: AM6PR.koege.dk', 'Remote Server returned \'554 5.2.2 mailbox full\''),
                 'ndr2.ex@koege.dk', charset='utf-8'),
    trap('bounce', note='Exchange NDR as HTML, no report type'))

add('nyhedsbrev-kl-list-unsubscribe',
    outlook_html(addr('KL Nyhedsbrev', 'nyhedsbrev@kl.dk'), 'Nyt fra KL: Social og sundhed uge 24',
                 mso('<h1>Nyt fra KL</h1>', 'Læs om dialogmøder om rammeaftaler i alle fem KKR-regioner, og om nye tal for handicapområdet.',
                     'Tilmeld dig vores konference om udsatte borgere.', '<a href="https://kl.dk/afmeld">Afmeld nyhedsbrevet</a>'),
                 'nl-2026-24@kl.dk', charset='utf-8',
                 extra=['List-Unsubscribe: <https://kl.dk/afmeld?id=42>, <mailto:afmeld@kl.dk>', 'List-Unsubscribe-Post: List-Unsubscribe=One-Click']),
    trap('list'))

add('liste-socialchefer-list-id',
    plain(addr('Jan Egholm', 'jaeg@slagelse.dk'), '[socialchefer] Erfaringer med dialogmøder?',
          'Hej alle\n\nHar nogen erfaringer med at forberede handicaprådet til dialogmødet den 25. juni?\nJeg deltager selv.\n\nJan\n\n--\nsocialchefer mailing list\nsocialchefer@lister.kl.dk\n',
          'lst1.jaeg@slagelse.dk', to='socialchefer@lister.kl.dk', cc=POSK,
          extra=['List-Id: Socialchefer Sjaelland <socialchefer.lister.kl.dk>', 'List-Post: <mailto:socialchefer@lister.kl.dk>', 'Precedence: list', 'Sender: socialchefer-bounces@lister.kl.dk']),
    trap('list', note='list mail that says "Jeg deltager"'))

add('laesekvittering-mdn',
    mail(addr('Anne Marie Holt', 'anmho@roskilde.dk'), POSK, 'Læst: ' + SUBJ, date(n()), 'mdn1.anmho@roskilde.dk',
         ('Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn1"\r\n\r\n'
          '--mdn1\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n'
          'Din meddelelse\r\n\r\n  Til: Anne Marie Holt\r\n  Emne: ' + SUBJ + '\r\n\r\nblev læst mandag den 8. juni 2026 10:12:00.\r\n\r\n'
          '--mdn1\r\nContent-Type: message/disposition-notification\r\n\r\nFinal-Recipient: rfc822;anmho@roskilde.dk\r\nDisposition: automatic-action/MDN-sent-automatically; displayed\r\n\r\n--mdn1--\r\n').encode('utf-8')),
    trap('auto_reply', note='read receipt from a human who also registered'))

add('invitation-fra-andre-kl-request',
    mail(addr('KKR Sjælland sekretariat', 'kkr-sjaelland@kl.dk'), POSK, 'Invitation: KKR Sjælland møde 3. september', date(n()), 'req1.kkr@kl.dk',
         multipart('alternative', [part('text/plain', 'Kære medlemmer\n\nHermed indkaldelse til KKR-møde 3. september kl. 10-12.\n', 'utf-8', 'quoted-printable'),
                                   part('text/calendar; method=REQUEST', ical('REQUEST', 'NEEDS-ACTION', 'posk', 'posk@greve.dk', uid='kkr-sep-2026@kl.dk', summary='KKR Sjælland møde', stamp='20260606T080000Z',
                                                                            extra='ORGANIZER;CN=KKR Sjælland:mailto:kkr-sjaelland@kl.dk'), 'utf-8', '7bit')], 'req1')),
    trap('other', note='another organiser\'s invitation; status could be review'))

add('videresendt-invitation-kan-du-deltage',
    plain(addr('Bo Frandsen', 'bofr@ringsted.dk'), 'VS: ' + SUBJ,
          'Hej Lene\n\nKan du deltage? Ellers finder vi en anden.\n/Bo\n\n'
          '-----Oprindelig meddelelse-----\nFra: Sekretariatet <posk@greve.dk>\nEmne: ' + SUBJ + '\n\n'
          'KKR Sjælland inviterer til dialogmøde torsdag den 25. juni 2026 kl. 9-13. Tilmelding senest 17. juni.\n',
          'fwd1.bofr@ringsted.dk', to=addr('Lene Kirk', 'leki@ringsted.dk'), cc=POSK),
    trap('other', note='forwarded invitation to a colleague, us in Cc: nothing to register; status could be review'))

add('esdh-journalkvittering-noreply',
    plain(addr('Ringsted Kommune', 'noreply@ringsted.dk'), 'Kvittering for modtagelse: ' + SUBJ,
          'Tak for din henvendelse til Ringsted Kommune.\n\nDin mail er modtaget og journaliseret under sagsnummer 27.12.00-A00-3-26.\nDu vil høre fra os hurtigst muligt.\n\nDenne mail kan ikke besvares.\n',
          'esdh1@ringsted.dk'),
    trap('auto_reply', note='ESDH receipt, no headers'))

add('borgerservice-autosvar-ligner-menneske',
    plain(addr('Borgerservice Greve', 'borgerservice@greve.dk'), 'SV: ' + SUBJ,
          'Kære afsender\n\nVi har modtaget din mail og besvarer den hurtigst muligt, normalt inden for 5 arbejdsdage.\n\nVenlig hilsen\nBorgerservice\nGreve Kommune\n',
          'bs1@greve.dk'),
    trap('auto_reply', note='functional-mailbox acknowledgement without headers'))

# ---------------------------------------------------------------- ern: remarks
ERNS = 'Rammeaftale 2023-2024 - bemærkninger til udviklingsområder'

def remark(frm, subj, body, mid, atts, charset='utf-8', cte='quoted-printable', html=False, related=None):
    if html:
        bp = part('text/html', body, charset, cte)
    else:
        bp = part('text/plain', body, charset, cte)
    if related:
        bp = multipart('related', [bp] + related, 'rel' + mid[:5])
    return mail(frm, ERN, subj, date(n(), year=2022), mid, multipart('mixed', [bp] + atts, 'mix' + mid[:5]) if atts else bp)

def rem(mun, natt, note='', **kw):
    d = dict(mailbox='ern', event='rammeaftale2023', status='processed', reply=True, participants=[],
             submission=dict(municipality=mun, attachments=natt), note=note, **{'class': 'remark'})
    d.update(kw)
    return d

add('remark-aarhus-pdf',
    remark(addr('Mikkel Sand', 'misa@aarhus.dk'), 'Aarhus Kommunes bemærkninger til Rammeaftale 2023-2024',
           'Kære Viborg Kommune\n\nVedhæftet er Aarhus Kommunes bemærkninger til udviklingsområderne.\n\nVenlig hilsen\nMikkel Sand\nKonsulent, Sociale Forhold og Beskæftigelse\nAarhus Kommune\n',
           'aarhus.r1@aarhus.dk', [attach('application/pdf', 'Bemærkninger Aarhus.pdf', PDF)]),
    rem('Aarhus Kommune', 1))

add('remark-randers-docx-cp1252',
    remark(addr('Bettina Holm', 'bettina.holm@randers.dk'), 'SV: ' + ERNS,
           'Hej\n\nHermed Randers Kommunes input til udviklingsområderne - se vedhæftede dokument.\n\nMed venlig hilsen\nBettina Holm\nRanders Kommune\n',
           'randers.r2@randers.dk', [attach('application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'Input Randers Kommune.docx', DOCX)], charset='windows-1252'),
    rem('Randers Kommune', 1))

add('remark-region-midtjylland-to-bilag',
    remark(addr('Ida Kjær', 'ida.kjaer@rm.dk'), 'Region Midtjyllands bemærkninger - Rammeaftale 2023-2024',
           'Til sekretariatet\n\nRegion Midtjylland fremsender hermed bemærkninger til udviklingsområderne samt et notat om kapacitet på de specialiserede tilbud.\n\nVenlig hilsen\nIda Kjær\nSpecialkonsulent\nRegion Midtjylland, Socialområdet\n',
           'rm.r3@rm.dk', [attach('application/pdf', 'Bemærkninger RM.pdf', PDF),
                             attach('application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'Notat om kapacitet.docx', DOCX)]),
    rem('Region Midtjylland', 2))

add('remark-skive-kun-tekst',
    remark(addr('Ole Stampe', 'olst@skivekommune.dk'), 'Bemærkninger fra Skive Kommune',
           'Kære sekretariat\n\nSkive Kommune har følgende bemærkninger til udviklingsområderne:\n\n1. Vi støtter fokus på borgere med komplekse behov.\n2. Vi ønsker, at socialpsykiatrien prioriteres højere.\n\nVenlig hilsen\nOle Stampe\nSocialchef, Skive Kommune\n',
           'skive.r4@skivekommune.dk', []),
    rem('Skive Kommune', 0, note='body-only remark'))

add('remark-lemvig-xlsx-latin1',
    remark(addr('Aase Vinding', 'aase.vinding@lemvig.dk'), 'Input til rammeaftale',
           'Hej\n\nHermed Lemvig Kommunes input i det udfyldte skema.\n\nMvh\nAase Vinding\nLemvig Kommune\n',
           'lemvig.r5@lemvig.dk', [attach('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'Skema udviklingsområder Lemvig.xlsx', XLSX)],
           charset='iso-8859-1', cte='8bit'),
    rem('Lemvig Kommune', 1))

add('remark-odder-rfc2231',
    remark(addr('Postkasse Social', 'social@odder.dk'), 'VS: ' + ERNS,
           'Hej\n\nPå vegne af Odder Kommune fremsendes vores høringssvar.\n\nVenlig hilsen\nSekretariatet, Social og Sundhed\nOdder Kommune\n',
           'odder.r6@odder.dk', [attach('application/pdf', 'Høringssvar Odder Kommune – rammeaftale.pdf', PDF, rfc2231=True)]),
    rem('Odder Kommune', 1))

add('remark-horsens-outlook-html-logo',
    remark(addr('Rune Kirkegaard', 'rune.kirkegaard@horsens.dk'), 'Horsens Kommunes bemærkninger',
           '<html><body><p class="MsoNormal">Kære sekretariat</p><p class="MsoNormal">Horsens Kommune sender hermed bemærkninger til udviklingsområderne.</p>'
           '<p class="MsoNormal">Venlig hilsen<br>Rune Kirkegaard<br>Horsens Kommune</p><img src="cid:logo001@horsens.dk"></body></html>',
           'horsens.r7@horsens.dk', [attach('application/pdf', 'Bemærkninger Horsens.pdf', PDF)], charset='windows-1252', html=True,
           related=[attach('image/png', 'image001.png', PNG, disp='inline', cid='logo001@horsens.dk')]),
    rem('Horsens Kommune', 1, note='inline logo is no attachment'))

add('remark-herning-sen',
    remark(addr('Maria Toft', 'maria.toft@herning.dk'), 'Herning Kommunes bemærkninger (beklager forsinkelsen)',
           'Kære sekretariat\n\nBeklager den sene fremsendelse. Vedhæftet Herning Kommunes bemærkninger.\n\nVenlig hilsen\nMaria Toft\nHerning Kommune\n',
           'herning.r8@herning.dk', [attach('application/pdf', 'Herning bemærkninger.pdf', PDF)]),
    dict(mailbox='ern', event='rammeaftale2023', status='processed', reply=True, participants=[], received_at='2022-07-04T08:30:00Z',
         submission=dict(municipality='Herning Kommune', attachments=1, late=True), note='late', **{'class': 'remark'}))

add('remark-syddjurs-pdf-base64-body',
    remark(addr('Jonna Brandt', 'jobr@syddjurs.dk'), 'Syddjurs - bemærkninger til udviklingsområder 2023-2024',
           'Hej\n\nSyddjurs Kommune har ingen yderligere bemærkninger ud over det vedhæftede.\n\nVh Jonna Brandt\nSyddjurs Kommune\n',
           'syddjurs.r9@syddjurs.dk', [attach('application/pdf', 'Syddjurs.pdf', PDF)], cte='base64'),
    rem('Syddjurs Kommune', 1))

# ---------------------------------------------------------------- ern: traps
add('ern-oof-engelsk-auto-submitted',
    plain(addr('Thomas Berg', 'thbe@silkeborg.dk'), 'Automatic reply: ' + ERNS,
          'I am on holiday until 8 August. Your email will not be forwarded.\n', 'ern-oof1@silkeborg.dk', to=ERN, mbox_year=2022,
          extra=['Auto-Submitted: auto-replied']),
    trap('auto_reply', mailbox='ern'))

add('ern-nyhedsbrev-region',
    outlook_html(addr('Region Midtjylland Nyheder', 'nyheder@rm.dk'), 'Nyhedsbrev: Socialområdet juni 2022',
                 mso('Nyt om rammeaftalen og udviklingsområderne', 'Læs mere på rm.dk', 'Du modtager denne mail fordi du abonnerer. Afmeld nyhedsbrev her.'),
                 'nl-rm-2206@rm.dk', to=ERN, charset='utf-8', mbox_year=2022,
                 extra=['List-Unsubscribe: <https://rm.dk/afmeld>']),
    trap('list', mailbox='ern'))

add('ern-ndr',
    mail(addr('Mail Delivery Subsystem', 'mailer-daemon@viborg.dk'), ERN, 'Delivery Status Notification (Failure)', date(n(), year=2022), 'ern-ndr1@viborg.dk',
         ('Content-Type: multipart/report; report-type=delivery-status; boundary="ndr2"\r\n\r\n'
          '--ndr2\r\nContent-Type: text/plain; charset=us-ascii\r\n\r\nDelivery to the following recipient failed permanently:\r\n\r\n     kontakt@samsoe.dk\r\n\r\n'
          '--ndr2\r\nContent-Type: message/delivery-status\r\n\r\nFinal-Recipient: rfc822; kontakt@samsoe.dk\r\nAction: failed\r\nStatus: 5.1.1\r\n\r\n--ndr2--\r\n').encode('ascii')),
    trap('bounce', mailbox='ern'))

add('ern-oof-dansk-ingen-headere',
    plain(addr('Anne Lykke', 'anly@favrskov.dk'), 'SV: ' + ERNS,
          'Tak for din henvendelse.\n\nJeg er på sommerferie til og med uge 30 og læser ikke mail. Kontakt i stedet Favrskov Kommunes hovednummer.\n\nVenlig hilsen\nAnne Lykke\n',
          'ern-oof2@favrskov.dk', to=ERN, mbox_year=2022),
    trap('auto_reply', mailbox='ern'))

# ---------------------------------------------------------------- posk: a few more ordinary ones
add('vi-ses-guldborgsund-boern-kort',
    plain(addr('Morten Friis', 'mofr@guldborgsund.dk'), 'Re: ' + SUBJ,
          'Vi ses d. 25. :-)\n\nMorten Friis\nmedlem af Børne- og Ungeudvalget, Guldborgsund Kommune\n\nSendt fra Outlook til Android\n',
          'mofr.andr@guldborgsund.dk'),
    reg(parts=[P('mofr@guldborgsund.dk', 'Morten Friis', 'Guldborgsund Kommune', 'politiker_boern', 'accepted')]))

add('kan-ikke-deltage-region-konsulent',
    plain(addr('Stine Mørk', 'stmo@regionsjaelland.dk'), 'Afbud',
          'Hej\n\nJeg kan desværre ikke deltage den 25. juni.\n\nVenlig hilsen\nStine Mørk\nKonsulent\nRegion Sjælland\n',
          'stmo.afbud@regionsjaelland.dk'),
    reg('cancellation', parts=[P('stmo@regionsjaelland.dk', 'Stine Mørk', 'Region Sjælland', 'andet', 'cancelled')]))

add('tilmelding-roskilde-medlem-boerneudvalg-frokost-tak',
    plain(addr('Frederik Lauritsen', 'frla@roskilde.dk'), 'Tilmelding',
          'Kære sekretariat\n\nJeg vil gerne deltage i dialogmødet den 25. juni og takker ja til frokost.\n\nMed venlig hilsen\nFrederik Lauritsen\nMedlem af Børne- og Ungeudvalget\nRoskilde Kommune\n',
          'frla.t@roskilde.dk', charset='iso-8859-1', cte='quoted-printable'),
    reg(parts=[P('frla@roskilde.dk', 'Frederik Lauritsen', 'Roskilde Kommune', 'politiker_boern', 'accepted', True)]))

add('thunderbird-udsatteraad-naestved',
    plain(addr('Villy Hansen', 'villy.hansen@naestved.dk'), 'Re: ' + SUBJ,
          'Den 01-06-2026 kl. 10:00 skrev Sekretariatet:\n> Kære alle\n> Tilmelding senest 17. juni.\n\nJeg kommer gerne. Frokost ja tak.\n\nVilly Hansen\nUdsatterådet, Næstved\n',
          'tb.villy@naestved.dk', extra=['User-Agent: Mozilla Thunderbird']),
    reg(parts=[P('villy.hansen@naestved.dk', 'Villy Hansen', 'Næstved Kommune', 'udsatteraad', 'accepted', True)], note='answer below the quote'))

add('formand-handicapraad-lolland-html-only',
    outlook_html(addr('Jørn Kastrup', 'joka@lolland.dk'), 'SV: ' + SUBJ,
                 mso('Hej', '', 'Jeg deltager gerne i dialogmødet. Jeg spiser ikke med, da jeg skal videre.', '',
                     'Venlig hilsen', 'Jørn Kastrup', 'Formand for Handicaprådet', 'Lolland Kommune'),
                 'joka.html@lolland.dk'),
    reg(parts=[P('joka@lolland.dk', 'Jørn Kastrup', 'Lolland Kommune', 'handicapraad', 'accepted', False)]))

if __name__ == '__main__':
    for f in os.listdir(D):
        if f[:3].isdigit() and (f.endswith('.eml') or f.endswith('.json')):
            os.remove(os.path.join(D, f))
    for i, (slug, raw, label) in enumerate(mails, 1):
        write(D, i, slug, raw, label)
    print(len(mails), 'mails')
