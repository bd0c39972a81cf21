"""Helpers for make_blind4.py: build RFC 5322 mails as bytes."""
import base64, quopri, json, os
from email.header import Header
from email.utils import formataddr

def hdr(s):
    try:
        s.encode('ascii')
        return s
    except UnicodeEncodeError:
        return Header(s, 'utf-8').encode()

def addr(name, email):
    if not name:
        return email
    return formataddr((name, email), charset='utf-8')

def enc_body(text, charset, cte):
    text = text.replace('\n', '\r\n')
    raw = text.encode(charset)
    if cte == 'quoted-printable':
        return quopri.encodestring(raw).decode('ascii')
    if cte == 'base64':
        b = base64.b64encode(raw).decode('ascii')
        return '\r\n'.join(b[i:i+76] for i in range(0, len(b), 76))
    return raw  # 7bit/8bit: bytes

def part(ctype, text, charset='utf-8', cte='quoted-printable', extra=''):
    h = f'Content-Type: {ctype}; charset="{charset}"\r\nContent-Transfer-Encoding: {cte}\r\n{extra}\r\n'
    b = enc_body(text, charset, cte)
    if isinstance(b, str):
        b = b.encode('ascii')
    return h.encode('ascii') + b + b'\r\n'

def attach(ctype, filename, data, disp='attachment', cid=None, rfc2231=False):
    b = base64.b64encode(data).decode('ascii')
    b = '\r\n'.join(b[i:i+76] for i in range(0, len(b), 76))
    if rfc2231:
        from urllib.parse import quote
        fn = f"filename*=utf-8''{quote(filename)}"
        nm = f'name="{hdr(filename)}"'
    else:
        fn = f'filename="{hdr(filename)}"'
        nm = f'name="{hdr(filename)}"'
    h = f'Content-Type: {ctype}; {nm}\r\nContent-Disposition: {disp}; {fn}\r\nContent-Transfer-Encoding: base64\r\n'
    if cid:
        h += f'Content-ID: <{cid}>\r\n'
    return (h + '\r\n' + b + '\r\n').encode('ascii')

def multipart(sub, parts, boundary):
    out = f'Content-Type: multipart/{sub}; boundary="{boundary}"\r\n\r\n'.encode('ascii')
    for p in parts:
        out += f'--{boundary}\r\n'.encode('ascii') + p
    out += f'--{boundary}--\r\n'.encode('ascii')
    return out

def mail(frm, to, subject, date, mid, body_part, cc=None, extra=None, reply_to=None):
    """body_part: bytes beginning with Content-Type header (a part or multipart)."""
    h = [f'From: {frm}', f'To: {to}']
    if cc:
        h.append(f'Cc: {cc}')
    h += [f'Subject: {hdr(subject)}', f'Date: {date}', f'Message-ID: <{mid}>', 'MIME-Version: 1.0']
    for x in (extra or []):
        h.append(x)
    return ('\r\n'.join(h) + '\r\n').encode('utf-8') + body_part

PDF = b'%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n'
DOCX = b'PK\x03\x04\x14\x00\x06\x00word/document.xml' + b'\x00' * 40
XLSX = b'PK\x03\x04\x14\x00\x06\x00xl/workbook.xml' + b'\x00' * 40
PNG = base64.b64decode('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==')

def write(dirn, n, slug, raw, label):
    base = os.path.join(dirn, f'{n:03d}-{slug}')
    with open(base + '.eml', 'wb') as f:
        f.write(raw)
    lb = {"class": label["class"], "event": label.get("event", ""), "status": label["status"],
          "reply": label["reply"], "participants": label.get("participants", []),
          "submission": label.get("submission"), "note": label.get("note", ""), "mailbox": label["mailbox"]}
    if "received_at" in label:
        lb["received_at"] = label["received_at"]
    with open(base + '.json', 'w', encoding='utf-8') as f:
        json.dump(lb, f, ensure_ascii=False, indent=1)
        f.write('\n')
