"""Helpers for make_blind3.py: dates on the test's arrival schedule, header
and body encodings, and the label writer. Mails are written byte-exact."""
import base64
import datetime as dt
import json
import os
import quopri

HERE = os.path.dirname(os.path.abspath(__file__))
BASE = {"posk": dt.datetime(2026, 6, 3, 6, 0, tzinfo=dt.timezone.utc),
        "ern": dt.datetime(2022, 6, 14, 7, 0, tzinfo=dt.timezone.utc)}
CEST = dt.timezone(dt.timedelta(hours=2))
_seq = {"posk": 0, "ern": 0}
_n = [0]
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


def rfcdate(t, minus=3):
    t = (t - dt.timedelta(minutes=minus)).astimezone(CEST)
    return "%s, %d %s %d %02d:%02d:%02d +0200" % (DAYS[t.weekday()], t.day, MONTHS[t.month - 1], t.year, t.hour, t.minute, t.second)


def q(s, cs="utf-8"):
    """RFC 2047 Q-word."""
    out = []
    for ch in s.encode(cs):
        c = chr(ch)
        if c.isalnum() and ch < 128:
            out.append(c)
        elif c == " ":
            out.append("_")
        else:
            out.append("=%02X" % ch)
    return "=?%s?Q?%s?=" % (cs, "".join(out))


def b(s, cs="utf-8"):
    """RFC 2047 B-word."""
    return "=?%s?B?%s?=" % (cs, base64.b64encode(s.encode(cs)).decode())


def qp(text, cs="utf-8"):
    return quopri.encodestring(text.encode(cs)).decode("ascii")


def b64(data, crlf=True):
    if isinstance(data, str):
        if crlf:
            data = data.replace("\r\n", "\n").replace("\n", "\r\n")
        data = data.encode("utf-8")
    s = base64.b64encode(data).decode()
    return "\n".join(s[i:i + 76] for i in range(0, len(s), 76))


def P(email, name, muni, role, status, lunch=None, late=None, over_quota=None):
    p = {"email": email, "name": name, "municipality": muni, "role": role, "status": status, "lunch": lunch}
    if late is not None:
        p["late"] = late
    if over_quota is not None:
        p["over_quota"] = over_quota
    return p


def S(muni, attachments, late=None):
    s = {"municipality": muni, "attachments": attachments}
    if late is not None:
        s["late"] = late
    return s


def mail(slug, mb, text, cls, event, status, reply, parts=(), sub=None, note="",
         received_at=None, crlf=True, charset="utf-8", minus=3):
    """Write NNN-slug.eml and .json. text is the whole message with {DATE}
    where the Date header's value goes; it is encoded in charset (raw 8-bit
    where a mail says so) and its line ends made CRLF when crlf."""
    at = BASE[mb] + dt.timedelta(minutes=10 * _seq[mb])
    _seq[mb] += 1
    if received_at:
        at = dt.datetime.fromisoformat(received_at)
    _n[0] += 1
    name = "%03d-%s" % (_n[0], slug)
    text = text.replace("{DATE}", rfcdate(at, minus))
    if not text.endswith("\n"):
        text += "\n"
    if crlf:
        text = text.replace("\r\n", "\n").replace("\n", "\r\n")
    with open(os.path.join(HERE, name + ".eml"), "wb") as f:
        f.write(text.encode(charset))
    label = {"class": cls, "event": event, "status": status, "reply": reply,
             "participants": list(parts), "submission": sub, "note": note, "mailbox": mb}
    if received_at:
        label["received_at"] = received_at
    with open(os.path.join(HERE, name + ".json"), "w", encoding="utf-8") as f:
        json.dump(label, f, ensure_ascii=False, indent=1)
        f.write("\n")
    return at


def ical_reply(partstat, cn, addr, dtstamp, comment=None, seq=0, uid=None,
               summary_prefix="Accepteret", lang="da-DK", tz="Romance Standard Time", vtimezone=True):
    """An Outlook/Exchange METHOD:REPLY for the dialogue meeting."""
    uid = uid or "040000008200E00074C5B7101A82E00800000000DEMO2026DIALOGMOEDE"
    lines = ["BEGIN:VCALENDAR", "METHOD:REPLY", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0"]
    if vtimezone:
        lines += ["BEGIN:VTIMEZONE", "TZID:" + tz, "BEGIN:STANDARD", "DTSTART:16010101T030000",
                  "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100", "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10",
                  "END:STANDARD", "BEGIN:DAYLIGHT", "DTSTART:16010101T020000", "TZOFFSETFROM:+0100",
                  "TZOFFSETTO:+0200", "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3", "END:DAYLIGHT",
                  "END:VTIMEZONE"]
    lines += ["BEGIN:VEVENT", "ORGANIZER;CN=Sekretariatet for Rammeaftale Sjælland:mailto:posk@greve.dk",
              "ATTENDEE;PARTSTAT=%s;CN=%s:mailto:%s" % (partstat, cn, addr)]
    if comment:
        c = comment.replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;").replace("\n", "\\n")
        lines.append("COMMENT;LANGUAGE=%s:%s" % (lang, c))
    lines += ["SUMMARY;LANGUAGE=%s:%s: Dialogmøde om Rammeaftale 2027-2028" % (lang, summary_prefix),
              "DTSTART;TZID=%s:20260625T090000" % tz, "DTEND;TZID=%s:20260625T130000" % tz,
              "UID:" + uid, "CLASS:PUBLIC", "PRIORITY:5", "DTSTAMP:" + dtstamp, "TRANSP:OPAQUE",
              "STATUS:CONFIRMED", "SEQUENCE:%d" % seq, "LOCATION;LANGUAGE=%s:Ringsted Kongrescenter" % lang,
              "X-MICROSOFT-CDO-APPT-SEQUENCE:%d" % seq, "X-MICROSOFT-CDO-BUSYSTATUS:BUSY",
              "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY", "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE",
              "X-MICROSOFT-CDO-IMPORTANCE:1", "X-MICROSOFT-CDO-INSTTYPE:0",
              "X-MICROSOFT-DISALLOW-COUNTER:FALSE", "END:VEVENT", "END:VCALENDAR"]
    return fold("\n".join(lines)) + "\n"


def fold(ics):
    """Fold iCalendar lines at 75 octets (RFC 5545 3.1)."""
    out = []
    for line in ics.split("\n"):
        raw = line.encode("utf-8")
        first = True
        while len(raw) > 75 if first else len(raw) > 74:
            n = 75 if first else 74
            while n > 0 and (raw[n] & 0xC0) == 0x80:
                n -= 1
            out.append(("" if first else " ") + raw[:n].decode("utf-8"))
            raw = raw[n:]
            first = False
        out.append(("" if first else " ") + raw.decode("utf-8"))
    return "\n".join(out)


PDF = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<</Type/Catalog/Pages 2 0 R>>\nendobj\n2 0 obj\n<</Type/Pages/Kids[]/Count 0>>\nendobj\ntrailer\n<</Root 1 0 R>>\n%%EOF\n"
DOCX = b"PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00[Content_Types].xml" + bytes(range(40, 120)) + b"PK\x05\x06" + b"\x00" * 18
XLSX = b"PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00xl/workbook.xml" + bytes(range(60, 140)) + b"PK\x05\x06" + b"\x00" * 18
PNG = base64.b64decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==")
NL = "\n"
