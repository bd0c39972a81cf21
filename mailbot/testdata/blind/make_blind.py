#!/usr/bin/env python3
"""Writes the blind test set: NNN-slug.eml + NNN-slug.json.

Each mail below is written by hand (text, headers, client quirks); the helpers
only do the encoding (quoted-printable, base64, encoded words, RFC 2231).
Run from this directory: python3 make_blind.py
"""
import base64, hashlib, json, os, quopri, datetime, glob

HERE = os.path.dirname(os.path.abspath(__file__))
SEQ = {"posk": 0, "ern": 0}
BASE = {"posk": datetime.datetime(2026, 6, 2, 8, 0, tzinfo=datetime.timezone.utc),
        "ern": datetime.datetime(2022, 6, 20, 8, 0, tzinfo=datetime.timezone.utc)}
STEP = datetime.timedelta(minutes=10)
DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MONS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
CEST = datetime.timezone(datetime.timedelta(hours=2))
N = [0]


def sent_time(mb):
    """The Date of the next mail of mailbox mb: a few minutes before its INTERNALDATE
    (blind_test.go delivers the k-th mail of a mailbox at BASE + k*10min)."""
    return BASE[mb] + SEQ[mb] * STEP - datetime.timedelta(minutes=3)


def rfcdate(t, tz=CEST):
    t = t.astimezone(tz)
    off = int(t.utcoffset().total_seconds() // 60)
    sign = "+" if off >= 0 else "-"
    off = abs(off)
    return "%s, %d %s %d %02d:%02d:%02d %s%02d%02d" % (DAYS[t.weekday()], t.day, MONS[t.month - 1], t.year,
                                                     t.hour, t.minute, t.second, sign, off // 60, off % 60)


def ew(s, cs="utf-8", enc="B"):
    """RFC 2047 encoded word if s is not ASCII."""
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        pass
    b = s.encode(cs)
    if enc == "B":
        return "=?%s?B?%s?=" % (cs, base64.b64encode(b).decode())
    out = []
    for ch in b:
        c = chr(ch)
        if c == " ":
            out.append("_")
        elif ch < 128 and (c.isalnum() or c in "-.,:!"):
            out.append(c)
        else:
            out.append("=%02X" % ch)
    return "=?%s?Q?%s?=" % (cs, "".join(out))


def addr(name, email, cs="utf-8", enc="B", quote=False):
    if not name:
        return email
    try:
        name.encode("ascii")
        if quote or "," in name or "." in name:
            return '"%s" <%s>' % (name, email)
        return "%s <%s>" % (name, email)
    except UnicodeEncodeError:
        if "," in name:
            return '"%s" <%s>' % (ew(name, cs, enc), email)
        return "%s <%s>" % (ew(name, cs, enc), email)


def mid(slug, domain):
    h = hashlib.sha1(slug.encode()).hexdigest()
    if domain == "outlook":
        return "<%s%s@%s.eurprd0%d.prod.outlook.com>" % (
            "DB%dPR0%dMB%s" % (int(h[16], 16) % 9 + 1, int(h[17], 16) % 9 + 1, h[18:22].upper()), h[:12].upper(),
            "DB%dPR0%dMB%s" % (int(h[16], 16) % 9 + 1, int(h[17], 16) % 9 + 1, h[18:22].upper()), int(h[22], 16) % 9 + 1)
    if domain == "gmail":
        return "<CA%s%s@mail.gmail.com>" % (h[:20], base64.b32encode(bytes.fromhex(h[20:34])).decode().rstrip("=").lower())
    if domain == "apple":
        return "<%s-%s-%s-%s@icloud.com>" % (h[:8].upper(), h[8:12].upper(), h[12:16].upper(), h[16:28].upper())
    return "<%s.%s@%s>" % (h[:10], h[10:16], domain)


def qp(t, cs):
    b = t.encode(cs) if isinstance(t, str) else t
    return quopri.encodestring(b).decode("ascii")


def b64(b):
    s = base64.b64encode(b).decode()
    return "\n".join(s[i:i + 76] for i in range(0, len(s), 76))


class Part:
    def __init__(self, headers, body):
        self.headers = headers  # list of (k, v)
        self.body = body        # bytes

    def bytes(self):
        h = "".join("%s: %s\n" % kv for kv in self.headers).encode("utf-8")
        return h + b"\n" + self.body


def text(t, cs="utf-8", cte="quoted-printable", sub="plain", params="", mislabel=None, quoted_cs=True):
    """A text part. mislabel: declare this charset while encoding in cs."""
    label = mislabel or cs
    ct = ('text/%s; charset="%s"%s' if quoted_cs else "text/%s; charset=%s%s") % (sub, label, params)
    if cte == "quoted-printable":
        body = qp(t, cs).encode()
    elif cte == "base64":
        body = b64(t.encode(cs)).encode() + b"\n"
    else:
        body = t.encode(cs)
        if not body.endswith(b"\n"):
            body += b"\n"
    hs = [("Content-Type", ct)]
    if cte:
        hs.append(("Content-Transfer-Encoding", cte))
    return Part(hs, body)


def multipart(sub, parts, boundary, extra=""):
    out = b""
    for p in parts:
        out += b"--" + boundary.encode() + b"\n" + p.bytes() + b"\n"
    out += b"--" + boundary.encode() + b"--\n"
    return Part([("Content-Type", 'multipart/%s;\n\tboundary="%s"%s' % (sub, boundary, extra))], out)


def rfc2231(fn):
    b = fn.encode("utf-8")
    return "utf-8''" + "".join(chr(c) if c < 128 and (chr(c).isalnum() or chr(c) in "-._") else "%%%02X" % c for c in b)


def attach(fn, ctype, data, style="2231", inline_cid=None):
    """style: 2231 (filename*=), ew (RFC 2047 in quoted name, as Outlook does),
    plain, nodisp (name= only), cont (RFC 2231 continuations), inline (cid image)."""
    hs = []
    if style == "2231":
        hs.append(("Content-Type", '%s; name="%s"' % (ctype, ew(fn, "utf-8", "Q"))))
        hs.append(("Content-Disposition", "attachment; filename*=%s" % rfc2231(fn)))
    elif style == "ew":
        try:
            fn.encode("iso-8859-1")
            cs = "iso-8859-1"
        except UnicodeEncodeError:
            cs = "windows-1252"
        hs.append(("Content-Type", '%s;\n\tname="%s"' % (ctype, ew(fn, cs, "Q"))))
        hs.append(("Content-Description", ew(fn, cs, "Q")))
        hs.append(("Content-Disposition", 'attachment;\n\tfilename="%s"; size=%d;\n\tcreation-date="Mon, 20 Jun 2022 09:12:44 GMT";\n\tmodification-date="Mon, 20 Jun 2022 09:12:44 GMT"' % (ew(fn, cs, "Q"), len(data))))
    elif style == "plain":
        hs.append(("Content-Type", '%s; name="%s"' % (ctype, fn)))
        hs.append(("Content-Disposition", 'attachment; filename="%s"' % fn))
    elif style == "nodisp":
        hs.append(("Content-Type", '%s; name="%s"' % (ctype, fn)))
    elif style == "cont":
        enc = rfc2231(fn)[len("utf-8''"):]
        half = len(enc) // 2
        while "%" in enc[half - 2:half]:
            half += 1
        hs.append(("Content-Type", "%s" % ctype))
        hs.append(("Content-Disposition", "attachment;\n\tfilename*0*=utf-8''%s;\n\tfilename*1*=%s" % (enc[:half], enc[half:])))
    elif style == "inline":
        hs.append(("Content-Type", '%s; name="%s"' % (ctype, fn)))
        hs.append(("Content-Description", fn))
        hs.append(("Content-Disposition", 'inline; filename="%s"; size=%d' % (fn, len(data))))
        hs.append(("Content-ID", "<%s>" % inline_cid))
    hs.append(("Content-Transfer-Encoding", "base64"))
    return Part(hs, b64(data).encode() + b"\n")


def fake_pdf(title):
    body = ("%%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
            "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\n%% " + title + "\ntrailer<</Root 1 0 R>>\n%%EOF\n")
    return body.encode("utf-8")


def fake_docx(title):
    return b"PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00" + title.encode("utf-8") + b"\x00" * 40 + b"word/document.xml"


def fake_png():
    return base64.b64decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==")


DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def write(slug, mb, headers, part, label, date=None):
    """headers: list of (k, v); Date is added after the third header unless given."""
    N[0] += 1
    name = "%03d-%s" % (N[0], slug)
    t = sent_time(mb)
    SEQ[mb] += 1
    hs = list(headers)
    # A header given twice, once empty (Outlook's X-MS-Has-Attach): keep the non-empty one.
    for k, v in list(hs):
        if v == "" and sum(1 for k2, v2 in hs if k2.lower() == k.lower() and v2) > 0:
            hs.remove((k, v))
    keys = [k.lower() for k, _ in hs]
    if "date" not in keys:
        hs.insert(min(3, len(hs)), ("Date", date or rfcdate(t)))
    if "mime-version" not in keys and part is not None:
        hs.append(("MIME-Version", "1.0"))
    raw = "".join("%s: %s\n" % kv for kv in hs).encode("utf-8")
    if part is not None:
        raw += part.bytes()
    raw = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    with open(os.path.join(HERE, name + ".eml"), "wb") as f:
        f.write(raw)
    label = dict(label)
    label["mailbox"] = mb
    with open(os.path.join(HERE, name + ".json"), "w", encoding="utf-8") as f:
        json.dump(label, f, ensure_ascii=False, indent=1)
        f.write("\n")
    return t


def P(email, name, muni, role, status="accepted", lunch=None):
    return {"email": email, "name": name, "municipality": muni, "role": role, "status": status, "lunch": lunch}


def L(cls, event, status, reply, parts=(), sub=None, note=""):
    d = {"class": cls, "event": event, "status": status, "reply": reply, "participants": list(parts), "submission": sub}
    if note:
        d["note"] = note
    return d


def ROBOT(cls, event="", note=""):
    return L(cls, event, "ignored", False, note=note)


# ---------------------------------------------------------------------------
# Text the secretariats sent, which people quote back.
INVITATION = """Kære alle

KKR Sjælland inviterer hermed til dialogmøde om Rammeaftale 2027-2028 torsdag den 25. juni 2026 kl. 9.00-13.00 i Ringsted Kongrescenter.

Mødet er for medlemmer af handicaprådene og udsatterådene, politikere fra voksen- og børneudvalgene samt direktører og chefer fra kommunerne og Region Sjælland. Hver kommune kan tilmelde 2 fra handicaprådet, 2 fra udsatterådet og 2 politikere fra hvert af de to udvalg.

Tilmeld dig senest 17. juni 2026 ved at svare på denne mail med navn, rolle og kommune, og skriv om du deltager i frokosten. Meld afbud til posk@greve.dk.

Program og deltagerliste udsendes en uge før mødet.

Med venlig hilsen
Sekretariatet for Rammeaftalen
Greve Kommune"""

INV_SUBJ = "Invitation til dialogmøde om Rammeaftale 2027-2028"
INV_FROM = "Sekretariatet for Rammeaftalen <posk@greve.dk>"
INV_SENT = "20. maj 2026 09:00"

ACK = """Kære {name}

Tak for din tilmelding til Dialogmøde om Rammeaftale 2027-2028 torsdag den 25. juni 2026 kl. 9-13 i Ringsted Kongrescenter.

Vi har registreret dig som deltager. Program og deltagerliste sendes en uge før mødet. Meld afbud til posk@greve.dk.

Med venlig hilsen
Sekretariatet for Rammeaftalen"""

CALL = """Kære kommuner og Region Midtjylland

Som led i arbejdet med Rammeaftale 2023-2024 inviteres I hermed til at komme med bemærkninger til de foreslåede udviklingsområder. Send jeres bemærkninger til ern@viborg.dk senest fredag den 1. juli 2022.

Input drøftes på KKR Midtjyllands konference den 26. januar 2023.

Venlig hilsen
Rammeaftalesekretariatet, KKR Midtjylland"""
CALL_SUBJ = "Input til Rammeaftale 2023-2024 - udviklingsområder"
CALL_FROM = "Rammeaftalesekretariatet <ern@viborg.dk>"
CALL_SENT = "1. juni 2022 10:30"


def gt(lines):
    return "\n".join(("> " + l) if l else ">" for l in lines.split("\n"))


def oq(frm=INV_FROM, sent=INV_SENT, to="", subj=INV_SUBJ, body=INVITATION, cc=""):
    """Outlook's Danish plain-text quote block."""
    s = "\n\nFra: %s\nSendt: %s\nTil: %s\n" % (frm, sent, to)
    if cc:
        s += "Cc: %s\n" % cc
    return s + "Emne: %s\n\n%s\n" % (subj, body)


def hesc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def outlook_html(paras, quote=None, sig=None):
    """Outlook desktop HTML. paras: list of strings (escaped here; raw HTML if it
    starts with '<'), '' = empty line. quote: (from, sent, to, subject, body)."""
    h = ['<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">',
         '<head>', '<meta http-equiv="Content-Type" content="text/html; charset=Windows-1252">',
         '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">',
         '<style><!--', '/* Font Definitions */', '@font-face', '\t{font-family:"Cambria Math";', '\tpanose-1:2 4 5 3 5 4 6 3 2 4;}',
         'p.MsoNormal, li.MsoNormal, div.MsoNormal', '\t{margin:0cm;', '\tfont-size:11.0pt;', '\tfont-family:"Calibri",sans-serif;}',
         'span.EmailFormatmakering17', '\t{mso-style-type:personal-compose;}', '--></style>',
         '</head>', '<body lang="DA" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">', '<div class="WordSection1">']
    for p in paras:
        if p == "":
            h.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
        elif p.startswith("<"):
            h.append(p)
        else:
            h.append('<p class="MsoNormal">%s<o:p></o:p></p>' % hesc(p))
    if sig:
        h.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
        h.append('<p class="MsoNormal"><span style="font-size:9.0pt;color:#1F3864">%s<o:p></o:p></span></p>' % "<br>\n".join(hesc(x) for x in sig))
    if quote:
        frm, sent, to, subj, body = quote
        h.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
        h.append('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">')
        h.append('<p class="MsoNormal"><b>Fra:</b> %s <br>\n<b>Sendt:</b> %s<br>\n<b>Til:</b> %s<br>\n<b>Emne:</b> %s<o:p></o:p></p>' % (hesc(frm), sent, hesc(to), hesc(subj)))
        h.append('</div>')
        h.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
        for line in body.split("\n"):
            h.append('<p class="MsoNormal">%s<o:p></o:p></p>' % (hesc(line) if line else "&nbsp;"))
    h += ['</div>', '</body>', '</html>']
    return "\n".join(h) + "\n"


def ohdrs(slug, tt=""):
    """The headers Outlook/Exchange adds to a human mail."""
    h = hashlib.sha1(slug.encode()).digest()
    hs = []
    if tt:
        hs.append(("Thread-Topic", ew(tt, "utf-8", "Q")))
    hs += [("Thread-Index", base64.b64encode(h[:22]).decode()),
           ("Accept-Language", "da-DK, en-US"), ("Content-Language", "da-DK"),
           ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")]
    return hs


UID = "040000008200E00074C5B7101A82E00800000000DEMO2026DIALOGMOEDE"


def ical_reply(partstat, cn, email, t, method="REPLY", uid=UID, seq=0, comment="", prodid="Microsoft Exchange Server 2010",
               summary_prefix="Accepteret", counter=False, cn_in=True, mailto="mailto"):
    lines = ["BEGIN:VCALENDAR", "METHOD:" + method, "PRODID:" + prodid, "VERSION:2.0",
             "BEGIN:VTIMEZONE", "TZID:Romance Standard Time", "BEGIN:STANDARD", "DTSTART:16010101T030000",
             "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100", "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10",
             "END:STANDARD", "BEGIN:DAYLIGHT", "DTSTART:16010101T020000", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200",
             "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3", "END:DAYLIGHT", "END:VTIMEZONE", "BEGIN:VEVENT"]
    att = "ATTENDEE;PARTSTAT=" + partstat
    if cn_in:
        att += ";CN=" + cn
    att += ":" + mailto + ":" + email
    while len(att) > 75:
        lines.append(att[:75])
        att = " " + att[75:]
    lines.append(att)
    if comment:
        c = "COMMENT;LANGUAGE=da-DK:" + comment.replace("\n", "\\n").replace(",", "\\,")
        first = True
        while c:
            lines.append(("" if first else " ") + c[:74])
            c = c[74:]
            first = False
    if counter:
        lines += ["DTSTART;TZID=Romance Standard Time:20260626T090000", "DTEND;TZID=Romance Standard Time:20260626T130000"]
    else:
        lines += ["DTSTART;TZID=Romance Standard Time:20260625T090000", "DTEND;TZID=Romance Standard Time:20260625T130000"]
    lines += ["SUMMARY;LANGUAGE=da-DK:%s: Dialogmøde om Rammeaftale 2027-2028" % summary_prefix,
              "ORGANIZER;CN=Sekretariatet for Rammeaftalen:mailto:posk@greve.dk"]
    if uid:
        lines.append("UID:" + uid)
    lines += ["SEQUENCE:%d" % seq, "DTSTAMP:" + t.astimezone(datetime.timezone.utc).strftime("%Y%m%dT%H%M%SZ"),
              "LOCATION;LANGUAGE=da-DK:Ringsted Kongrescenter", "END:VEVENT", "END:VCALENDAR"]
    return "\n".join(lines) + "\n"


def cal_part(cal, method="REPLY", cte="7bit", name=None):
    ct = 'text/calendar; charset="utf-8"; method=%s' % method
    if name:
        ct += '; name="%s"' % name
    if cte == "base64":
        return Part([("Content-Type", ct), ("Content-Transfer-Encoding", "base64")], b64(cal.encode()).encode() + b"\n")
    if cte == "quoted-printable":
        return Part([("Content-Type", ct), ("Content-Transfer-Encoding", cte)], qp(cal, "utf-8").encode())
    return Part([("Content-Type", ct), ("Content-Transfer-Encoding", cte)], cal.encode("utf-8"))


def nxt(mb):
    """The Date of the mail about to be written (for iCalendar DTSTAMP)."""
    return sent_time(mb)


for f in glob.glob(os.path.join(HERE, "[0-9][0-9][0-9]-*.eml")) + glob.glob(os.path.join(HERE, "[0-9][0-9][0-9]-*.json")):
    os.remove(f)

exec(open(os.path.join(HERE, "mails_posk.py"), encoding="utf-8").read())
exec(open(os.path.join(HERE, "mails_ern.py"), encoding="utf-8").read())
print("wrote", N[0], "mails")
