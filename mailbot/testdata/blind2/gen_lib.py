"""Helpers for make_blind2.py: build complete RFC 5322 messages and their labels."""
import base64
import datetime as dt
import hashlib
import html as htmlmod
import io
import json
import os
import quopri
import zipfile

OUT = os.path.dirname(os.path.abspath(__file__))
UID = "040000008200E00074C5B7101A82E00800000000DEMO2026DIALOGMOEDE"
UTC = dt.timezone.utc
BASE = {"posk": dt.datetime(2026, 6, 5, 7, 0, tzinfo=UTC),
        "ern": dt.datetime(2022, 6, 13, 7, 0, tzinfo=UTC)}
CEST = dt.timezone(dt.timedelta(hours=2))

MAILS = []


# ---------------------------------------------------------------- headers

def qenc(s, cs="utf-8"):
    out = []
    for b in s.encode(cs):
        c = chr(b)
        if c == " ":
            out.append("_")
        elif c.isalnum() and b < 128 or c in "-!*+/":
            out.append(c)
        else:
            out.append("=%02X" % b)
    return "=?%s?Q?%s?=" % (cs, "".join(out))


def benc(s, cs="utf-8"):
    return "=?%s?B?%s?=" % (cs, base64.b64encode(s.encode(cs)).decode())


def addr(name, email, enc="q", cs="utf-8"):
    if not name:
        return email
    if all(ord(c) < 128 for c in name) or enc == "raw":
        if any(c in name for c in ",.()|"):
            return '"%s" <%s>' % (name, email)
        return "%s <%s>" % (name, email)
    if enc == "b":
        return "%s <%s>" % (benc(name, cs), email)
    return "%s <%s>" % (qenc(name, cs), email)


def subj(s, enc="q", cs="utf-8"):
    if all(ord(c) < 128 for c in s) or enc == "raw":
        return s
    if enc == "b":
        return benc(s, cs)
    # encode word by word so the subject stays partly readable
    # adjacent encoded words lose the space between them, so a run of
    # non-ASCII words (and the spaces inside it) becomes one encoded word
    words = s.split(" ")
    res, run = [], []
    for w in words:
        if any(ord(c) >= 128 for c in w):
            run.append(w)
            continue
        if run:
            res.append(qenc(" ".join(run), cs))
            run = []
        res.append(w)
    if run:
        res.append(qenc(" ".join(run), cs))
    return " ".join(res)


# ---------------------------------------------------------------- parts

def qp(b):
    return quopri.encodestring(b)


def b64(b):
    s = base64.b64encode(b).decode()
    return ("\n".join(s[i:i + 76] for i in range(0, len(s), 76)) + "\n").encode()


def text(s, cs="utf-8", cte="8bit", sub="plain", extra=()):
    data = s.encode(cs)
    h = [("Content-Type", 'text/%s; charset="%s"' % (sub, cs) if sub == "html" else "text/%s; charset=%s" % (sub, cs))]
    h.extend(extra)
    if cte == "qp":
        h.append(("Content-Transfer-Encoding", "quoted-printable"))
        data = qp(data)
    elif cte == "b64":
        h.append(("Content-Transfer-Encoding", "base64"))
        data = b64(data)
    elif cte == "7bit":
        h.append(("Content-Transfer-Encoding", "7bit"))
    else:
        h.append(("Content-Transfer-Encoding", "8bit"))
    return (h, data)


def html(s, cs="utf-8", cte="qp"):
    return text(s, cs, cte, "html")


def multipart(sub, parts, boundary=None, params=""):
    boundary = boundary or "----=_Part_%s" % hashlib.md5(repr(parts).encode()).hexdigest()[:20]
    body = b"This is a multi-part message in MIME format.\n\n" if sub == "mixed" else b""
    for h, d in parts:
        body += b"--" + boundary.encode() + b"\n"
        for k, v in h:
            body += ("%s: %s\n" % (k, v)).encode()
        body += b"\n" + d
        if not d.endswith(b"\n"):
            body += b"\n"
    body += b"--" + boundary.encode() + b"--\n"
    return ([("Content-Type", 'multipart/%s; boundary="%s"%s' % (sub, boundary, params))], body)


def attachment(filename, ctype, data, rfc2231=False, inline=False, cid=None):
    disp = "inline" if inline else "attachment"
    if rfc2231 or any(ord(c) >= 128 for c in filename):
        from urllib.parse import quote
        fn = "filename*=utf-8''%s" % quote(filename)
        nm = 'name="%s"' % qenc(filename)
    else:
        fn = 'filename="%s"' % filename
        nm = 'name="%s"' % filename
    h = [("Content-Type", "%s; %s" % (ctype, nm)),
         ("Content-Disposition", "%s; %s" % (disp, fn)),
         ("Content-Transfer-Encoding", "base64")]
    if cid:
        h.append(("Content-ID", "<%s>" % cid))
    return (h, b64(data))


def raw_part(headers, data):
    return (headers, data)


# ---------------------------------------------------------------- files

def pdf(title):
    t = title.encode("latin-1", "replace")
    return (b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
            b"2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\n"
            b"3 0 obj\n<< /Title (" + t + b") >>\nendobj\ntrailer\n<< /Root 1 0 R /Info 3 0 R >>\n%%EOF\n")


def docx(paragraphs):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml",
                   '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                   '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                   '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                   '<Default Extension="xml" ContentType="application/xml"/>'
                   '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
                   '</Types>')
        z.writestr("_rels/.rels",
                   '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                   '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                   '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
                   '</Relationships>')
        body = "".join('<w:p><w:r><w:t>%s</w:t></w:r></w:p>' % htmlmod.escape(p) for p in paragraphs)
        z.writestr("word/document.xml",
                   '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                   '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>%s</w:body></w:document>' % body)
    return buf.getvalue()


def xlsx(rows):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml",
                   '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                   '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                   '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                   '<Default Extension="xml" ContentType="application/xml"/>'
                   '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
                   '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
                   '</Types>')
        z.writestr("_rels/.rels",
                   '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                   '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>')
        z.writestr("xl/_rels/workbook.xml.rels",
                   '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                   '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>')
        z.writestr("xl/workbook.xml",
                   '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
                   'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Input" sheetId="1" r:id="rId1"/></sheets></workbook>')
        xr = ""
        for i, r in enumerate(rows, 1):
            xr += '<row r="%d">' % i + "".join('<c t="inlineStr"><is><t>%s</t></is></c>' % htmlmod.escape(c) for c in r) + "</row>"
        z.writestr("xl/worksheets/sheet1.xml",
                   '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>%s</sheetData></worksheet>' % xr)
    return buf.getvalue()


PNG = base64.b64decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==")
DOCX_T = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
XLSX_T = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


# ---------------------------------------------------------------- Outlook HTML

def outlook_html(lines, quote=None, cs="windows-1252"):
    """Outlook desktop HTML: MsoNormal paragraphs with <o:p>. A line starting
    with RAW: is inserted as is. quote is a list of (label, value) for the
    Fra:/Sendt:/Til:/Emne: block followed by quoted lines."""
    def p(line):
        if line.startswith("RAW:"):
            return line[4:]
        if line == "":
            return '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
        return '<p class="MsoNormal">%s<o:p></o:p></p>\n' % htmlmod.escape(line, quote=False)
    s = ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
         'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
         'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=%s">\n'
         '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n<style><!--\n'
         '/* Font Definitions */\n@font-face\n\t{font-family:"Cambria Math";}\n@font-face\n\t{font-family:Calibri;}\n'
         'p.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n\tfont-size:11.0pt;\n\tfont-family:"Calibri",sans-serif;\n\tmso-fareast-language:EN-US;}\n'
         'span.EmailStyle17\n\t{mso-style-type:personal-compose;}\n.MsoChpDefault\n\t{mso-style-type:export-only;}\n'
         '@page WordSection1\n\t{size:612.0pt 792.0pt;\n\tmargin:3.0cm 2.0cm 3.0cm 2.0cm;}\ndiv.WordSection1\n\t{page:WordSection1;}\n'
         '--></style><!--[if gte mso 9]><xml>\n<o:shapedefaults v:ext="edit" spidmax="1026" />\n</xml><![endif]-->\n</head>\n'
         '<body lang="DA" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n<div class="WordSection1">\n') % cs
    s += "".join(p(l) for l in lines)
    if quote:
        hdr, qlines = quote
        order = {"Fra": 0, "From": 0, "Sendt": 1, "Sent": 1, "Til": 2, "To": 2, "Cc": 3, "Emne": 4, "Subject": 4}
        hdr = sorted(hdr, key=lambda kv: order.get(kv[0], 5))
        s += ('<div>\n<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
              '<p class="MsoNormal">%s<o:p></o:p></p>\n</div>\n</div>\n') % (
            "<br>\n".join("<b>%s:</b> %s" % (k, htmlmod.escape(v, quote=False)) for k, v in hdr))
        s += "".join(p(l) for l in qlines)
    s += "</div>\n</body>\n</html>\n"
    return s


def quote_block_text(hdr, lines):
    out = ["", "%s" % ("_" * 32)] if False else [""]
    order = {"Fra": 0, "From": 0, "Sendt": 1, "Sent": 1, "Til": 2, "To": 2, "Cc": 3, "Emne": 4, "Subject": 4}
    for k, v in sorted(hdr, key=lambda kv: order.get(kv[0], 5)):
        out.append("%s: %s" % (k, v))
    out.append("")
    out.extend(lines)
    return "\n".join(out)


INVITE_TEXT = [
    "Kære alle",
    "",
    "KKR Sjælland inviterer hermed til dialogmøde om Rammeaftale 2027-2028 torsdag den 25. juni 2026 kl. 9-13 i Ringsted Kongrescenter.",
    "",
    "Hver kommune kan deltage med op til 2 repræsentanter fra handicaprådet, 2 fra udsatterådet og 2 politikere fra henholdsvis voksen- og børneudvalget. Direktører og chefer er også velkomne.",
    "",
    "Tilmelding senest den 17. juni 2026 til posk@greve.dk. Oplys navn, funktion, kommune og om du ønsker frokost.",
    "",
    "Med venlig hilsen",
    "Sekretariatet for Rammeaftale Sjælland",
]
INVITE_HDR = [("Fra", "Sekretariatet for Rammeaftale Sjælland <posk@greve.dk>"),
              ("Sendt", "20. maj 2026 10:12"),
              ("Emne", "Invitation til dialogmøde om Rammeaftale 2027-2028")]

ERN_INVITE = [
    "Kære kommuner og Region Midtjylland",
    "",
    "Som led i arbejdet med Rammeaftale 2023-2024 beder KKR Midtjylland om jeres input til udviklingsområderne. Send jeres bemærkninger til ern@viborg.dk senest fredag den 1. juli 2022.",
    "",
    "Bemærkningerne drøftes på KKR-konferencen den 26. januar 2023.",
    "",
    "Venlig hilsen",
    "Rammeaftalesekretariatet, KKR Midtjylland",
]
ERN_HDR = [("Fra", "Rammeaftalesekretariatet <ern@viborg.dk>"),
           ("Sendt", "30. maj 2022 14:03"),
           ("Emne", "Input til Rammeaftale 2023-2024 – udviklingsområder")]


# ---------------------------------------------------------------- iCalendar

VTZ = """BEGIN:VTIMEZONE
TZID:Romance Standard Time
BEGIN:STANDARD
DTSTART:16010101T030000
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T020000
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3
END:DAYLIGHT
END:VTIMEZONE
"""


def fold(line):
    b = line.encode()
    if len(b) <= 75:
        return line
    out, cur = [], ""
    for ch in line:
        if len((cur + ch).encode()) > 74:
            out.append(cur)
            cur = " " + ch
        else:
            cur += ch
    out.append(cur)
    return "\r\n".join(out)


def ics(style, method, partstat, cn, email, comment=None, uid=UID, seq=0, dtstamp="20260605T080000Z",
        summary="Dialogmøde om Rammeaftale 2027-2028", prefix="", organizer=("Sekretariatet for Rammeaftale Sjælland", "posk@greve.dk"),
        start="20260625T090000", end="20260625T130000", location="Ringsted Kongrescenter", counter=None):
    L = ["BEGIN:VCALENDAR"]
    if style == "outlook":
        L += ["METHOD:%s" % method, "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0"]
        L += VTZ.strip().split("\n")
        L += ["BEGIN:VEVENT", "ATTENDEE;PARTSTAT=%s;CN=%s:mailto:%s" % (partstat, cn, email)]
        if comment:
            L.append("COMMENT;LANGUAGE=da-DK:%s" % comment.replace("\n", "\\n").replace(",", "\\,"))
        L += ["SUMMARY;LANGUAGE=da-DK:%s%s" % (prefix, summary)]
        if counter:
            L += ["DTSTART;TZID=Romance Standard Time:%s" % counter[0], "DTEND;TZID=Romance Standard Time:%s" % counter[1]]
        else:
            L += ["DTSTART;TZID=Romance Standard Time:%s" % start, "DTEND;TZID=Romance Standard Time:%s" % end]
        L += ["UID:%s" % uid, "CLASS:PUBLIC", "PRIORITY:5", "DTSTAMP:%s" % dtstamp, "TRANSP:OPAQUE",
              "SEQUENCE:%d" % seq, "LOCATION;LANGUAGE=da-DK:%s" % location,
              "X-MICROSOFT-CDO-APPT-SEQUENCE:%d" % seq, "X-MICROSOFT-CDO-OWNERAPPTID:-1409546126",
              "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY", "X-MICROSOFT-DISALLOW-COUNTER:FALSE"]
        if organizer:
            L.insert(L.index("BEGIN:VEVENT") + 1, "ORGANIZER;CN=%s:mailto:%s" % organizer)
        L += ["END:VEVENT"]
    elif style == "google":
        L += ["PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0", "CALSCALE:GREGORIAN", "METHOD:%s" % method,
              "BEGIN:VEVENT", "DTSTART:%sZ" % utcify(start), "DTEND:%sZ" % utcify(end), "DTSTAMP:%s" % dtstamp,
              "ORGANIZER;CN=%s:mailto:%s" % organizer, "UID:%s" % uid,
              "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=%s;CN=%s;X-NUM-GUESTS=0:mailto:%s" % (partstat, cn, email)]
        if comment:
            L.append("COMMENT:%s" % comment.replace(",", "\\,"))
        L += ["CREATED:20260520T081200Z", "LAST-MODIFIED:%s" % dtstamp, "LOCATION:%s" % location, "SEQUENCE:%d" % seq,
              "STATUS:CONFIRMED", "SUMMARY:%s" % summary, "TRANSP:OPAQUE", "END:VEVENT"]
    elif style == "apple":
        L += ["CALSCALE:GREGORIAN", "METHOD:%s" % method, "PRODID:-//Apple Inc.//macOS 14.5//EN", "VERSION:2.0",
              "BEGIN:VTIMEZONE", "TZID:Europe/Copenhagen", "BEGIN:DAYLIGHT", "DTSTART:19810329T020000",
              "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "TZNAME:CEST", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200",
              "END:DAYLIGHT", "BEGIN:STANDARD", "DTSTART:19961027T030000", "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
              "TZNAME:CET", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100", "END:STANDARD", "END:VTIMEZONE",
              "BEGIN:VEVENT", 'ATTENDEE;CN="%s";CUTYPE=INDIVIDUAL;EMAIL="%s";PARTSTAT=%s:mailto:%s' % (cn, email, partstat, email),
              "DTEND;TZID=Europe/Copenhagen:%s" % end, "DTSTAMP:%s" % dtstamp,
              "DTSTART;TZID=Europe/Copenhagen:%s" % start, "LOCATION:%s" % location,
              'ORGANIZER;CN="%s":mailto:%s' % organizer, "SEQUENCE:%d" % seq, "SUMMARY:%s" % summary,
              "UID:%s" % uid, "END:VEVENT"]
    L.append("END:VCALENDAR")
    return "\r\n".join(fold(l) for l in L) + "\r\n"


def utcify(local):
    d = dt.datetime.strptime(local, "%Y%m%dT%H%M%S") - dt.timedelta(hours=2)
    return d.strftime("%Y%m%dT%H%M%S")


def cal_part(ics_text, method, cte="b64"):
    h = [("Content-Type", 'text/calendar; charset="utf-8"; method=%s' % method)]
    data = ics_text.encode()
    if cte == "b64":
        h.append(("Content-Transfer-Encoding", "base64"))
        data = b64(data)
    else:
        h.append(("Content-Transfer-Encoding", "8bit"))
    return (h, data)


# ---------------------------------------------------------------- labels

def P(email, name, muni, role, status, lunch=None, late=None, over=None):
    d = {"email": email, "name": name, "municipality": muni, "role": role, "status": status, "lunch": lunch}
    if late is not None:
        d["late"] = late
    if over is not None:
        d["over_quota"] = over
    return d


def L(cls, event, status, reply, parts=(), sub=None, note=""):
    return {"class": cls, "event": event, "status": status, "reply": reply,
            "participants": list(parts), "submission": sub, "note": note}


def S(muni, n, late=None):
    d = {"municipality": muni, "attachments": n}
    if late is not None:
        d["late"] = late
    return d


IGN = lambda cls, note="": L(cls, "", "ignored", False, note=note)


# ---------------------------------------------------------------- messages

def msgid(slug, style):
    h = hashlib.sha1(slug.encode()).hexdigest()
    if style == "outlook":
        return "<%s%s@%s.eurprd%02d.prod.outlook.com>" % ("DB9PR0%dMB" % (int(h[0], 16) % 9), h[:12].upper(), "DB9PR07MB" + h[12:16].upper(), int(h[16:18], 16) % 10)
    if style == "gmail":
        return "<CA%s+%s@mail.gmail.com>" % (base64.b64encode(bytes.fromhex(h[:24])).decode().replace("/", "_"), h[24:32])
    if style == "apple":
        return "<%s-%s-%s-%s@%s>" % (h[:8].upper(), h[8:12].upper(), h[12:16].upper(), h[16:28].upper(), "icloud.com")
    return "<%s.%s@%s>" % (h[:16], h[16:24], style)


def add(slug, mailbox, frm, subject, body, label, to=None, headers=(), style="other", crlf=False,
        at=None, date_tz=CEST, date=None, mid=None, cc=None):
    MAILS.append(dict(slug=slug, mailbox=mailbox, frm=frm, subject=subject, body=body, label=label,
                      to=to, headers=list(headers), style=style, crlf=crlf, at=at, tz=date_tz, date=date,
                      mid=mid, cc=cc))


def write_all():
    for f in os.listdir(OUT):
        if f[:3].isdigit() and (f.endswith(".eml") or f.endswith(".json")):
            os.remove(os.path.join(OUT, f))
    seq = {"posk": 0, "ern": 0}
    mids = set()
    for i, m in enumerate(MAILS, 1):
        mb = m["mailbox"]
        at = m["at"] or BASE[mb] + dt.timedelta(minutes=10 * seq[mb])
        seq[mb] += 1
        date = m["date"] or (at - dt.timedelta(minutes=3, seconds=17 * (i % 3))).astimezone(m["tz"])
        mid = m["mid"] or msgid(m["slug"], m["style"] if m["style"] in ("outlook", "gmail", "apple") else
                                m["frm"].split("@")[-1].strip(">").strip())
        assert mid not in mids, m["slug"]
        mids.add(mid)
        to = m["to"] or {"posk": "posk@greve.dk", "ern": "ern@viborg.dk"}[mb]
        hs = [("From", m["frm"]), ("To", to)]
        if m["cc"]:
            hs.append(("CC", m["cc"]))
        hs += [("Subject", m["subject"]), ("Date", date.strftime("%a, %d %b %Y %H:%M:%S %z")),
               ("Message-ID", mid)]
        hs += m["headers"]
        hs.append(("MIME-Version", "1.0"))
        bh, bd = m["body"]
        hs += bh
        raw = b"".join(("%s: %s\n" % (k, v)).encode("utf-8") for k, v in hs) + b"\n" + bd
        if m["crlf"]:
            raw = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
        name = "%03d-%s" % (i, m["slug"])
        with open(os.path.join(OUT, name + ".eml"), "wb") as f:
            f.write(raw)
        lab = dict(m["label"])
        lab["mailbox"] = mb
        if m["at"]:
            lab["received_at"] = at.strftime("%Y-%m-%dT%H:%M:%SZ")
        with open(os.path.join(OUT, name + ".json"), "w", encoding="utf-8") as f:
            json.dump(lab, f, ensure_ascii=False, indent=1)
            f.write("\n")
    print("wrote %d mails" % len(MAILS))
