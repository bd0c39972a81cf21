package e2e

import (
	"archive/zip"
	"bytes"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"mime"
	"strings"
	"time"
)

// Builders of the mail TestSeedEvents sends: shapes as Outlook/Exchange and
// other clients produce them (header order, encodings, boundaries), with
// CRLF line ends.

// part is one MIME leaf: its header lines and its already encoded body.
type part struct {
	Header []string
	Body   string
}

// textPart is text/plain in charset, quoted-printable.
func textPart(charset, text string) part {
	b := []byte(text)
	if charset != "utf-8" {
		b = latin1(text)
	}
	return part{Header: []string{"Content-Type: text/plain; charset=\"" + charset + "\"", "Content-Transfer-Encoding: quoted-printable"}, Body: qp(b)}
}

// attachment is a base64 file part with Outlook's headers; encodedName is
// the header form of the file name (plain, RFC 2047 or RFC 2231).
type attachment struct {
	Name        string // the decoded file name the export must show
	ContentType string
	Data        []byte
	Inline      bool   // Content-Disposition: inline with a Content-ID (a signature logo)
	Header      string // "2047" (Outlook), "2231" (Thunderbird/Apple) or "" (plain)
}

func (a attachment) sha256() string {
	h := sha256.Sum256(a.Data)
	return hex.EncodeToString(h[:])
}

func (a attachment) part() part {
	var ct, cd string
	switch a.Header {
	case "2047":
		enc := mime.QEncoding.Encode("utf-8", a.Name)
		ct = fmt.Sprintf("Content-Type: %s; name=\"%s\"", a.ContentType, enc)
		cd = fmt.Sprintf("Content-Disposition: attachment; filename=\"%s\"; size=%d;\r\n\tcreation-date=\"Mon, 20 Jun 2022 08:02:11 GMT\";\r\n\tmodification-date=\"Mon, 20 Jun 2022 08:02:11 GMT\"", enc, len(a.Data))
	case "2231":
		enc := pctEncode(a.Name)
		ct = fmt.Sprintf("Content-Type: %s;\r\n name*=utf-8''%s", a.ContentType, enc)
		cd = fmt.Sprintf("Content-Disposition: attachment;\r\n filename*=utf-8''%s", enc)
	default:
		ct = fmt.Sprintf("Content-Type: %s; name=\"%s\"", a.ContentType, a.Name)
		cd = fmt.Sprintf("Content-Disposition: attachment; filename=\"%s\"", a.Name)
	}
	h := []string{ct, "Content-Description: " + a.Name, cd, "Content-Transfer-Encoding: base64"}
	if a.Inline {
		h = []string{fmt.Sprintf("Content-Type: %s; name=\"%s\"", a.ContentType, a.Name), "Content-Description: " + a.Name,
			fmt.Sprintf("Content-Disposition: inline; filename=\"%s\"; size=%d", a.Name, len(a.Data)),
			"Content-ID: <" + a.Name + "@01D88A3C.5E2B1F60>", "Content-Transfer-Encoding: base64"}
	}
	return part{Header: h, Body: base64Lines(a.Data)}
}

// pctEncode is RFC 2231/5987 percent-encoding of UTF-8.
func pctEncode(s string) string {
	var b strings.Builder
	for _, c := range []byte(s) {
		if c < 0x80 && (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || strings.IndexByte("-._~", c) >= 0) {
			b.WriteByte(c)
		} else {
			fmt.Fprintf(&b, "%%%02X", c)
		}
	}
	return b.String()
}

func base64Lines(data []byte) string {
	s := base64.StdEncoding.EncodeToString(data)
	var b strings.Builder
	for len(s) > 76 {
		b.WriteString(s[:76] + "\n")
		s = s[76:]
	}
	b.WriteString(s + "\n")
	return b.String()
}

// multipart renders a multipart entity of subtype with boundary.
func multipart(subtype, boundary string, parts ...part) part {
	var b strings.Builder
	for _, p := range parts {
		b.WriteString("--" + boundary + "\n")
		for _, h := range p.Header {
			b.WriteString(h + "\n")
		}
		b.WriteString("\n" + strings.TrimRight(p.Body, "\n") + "\n\n")
	}
	b.WriteString("--" + boundary + "--\n")
	return part{Header: []string{"Content-Type: multipart/" + subtype + ";\n\tboundary=\"" + boundary + "\""}, Body: b.String()}
}

// buildMail renders header lines and the body entity, CRLF.
func buildMail(h []string, body part) []byte {
	var b bytes.Buffer
	for _, l := range h {
		b.WriteString(l + "\n")
	}
	b.WriteString("MIME-Version: 1.0\n")
	for _, l := range body.Header {
		b.WriteString(l + "\n")
	}
	b.WriteString("\n" + body.Body)
	return crlf(b.Bytes())
}

// outlookHeader is the header an Exchange Online client writes.
func outlookHeader(fromName, from, toName, to, subject, msgID string, date time.Time) []string {
	return []string{
		"From: " + addrHeader(fromName, from),
		"To: " + addrHeader(toName, to),
		"Subject: " + mime.QEncoding.Encode("utf-8", subject),
		"Thread-Topic: " + mime.QEncoding.Encode("utf-8", subject),
		"Thread-Index: AdiEmx2Jq0t5bFzNQx6X0c9e1u3Lhw==",
		"Date: " + date.Format("Mon, 2 Jan 2006 15:04:05 -0700"),
		"Message-ID: <" + msgID + ">",
		"Accept-Language: da-DK, en-US",
		"Content-Language: da-DK",
		"X-MS-Has-Attach: ",
		"X-MS-TNEF-Correlator: ",
	}
}

// icsFold folds an iCalendar content line at 75 octets (RFC 5545 3.1),
// never inside a UTF-8 sequence.
func icsFold(line string) string {
	var b strings.Builder
	n := 0
	for _, r := range line {
		l := len(string(r))
		if n+l > 75 {
			b.WriteString("\r\n ")
			n = 1
		}
		b.WriteRune(r)
		n += l
	}
	return b.String()
}

func icsEscape(s string) string {
	return strings.NewReplacer(`\`, `\\`, ";", `\;`, ",", `\,`, "\n", `\n`).Replace(s)
}

// imipReply is Exchange's meeting response: METHOD:REPLY with the
// attendee's PARTSTAT for the event's UID, in Outlook's layout
// (VTIMEZONE "Romance Standard Time", CDO properties, folded lines).
func imipReply(partstat, name, email, comment, subject string, starts, ends, stamp time.Time) string {
	tz, _ := time.LoadLocation("Europe/Copenhagen")
	local := func(t time.Time) string { return t.In(tz).Format("20060102T150405") }
	lines := []string{
		"BEGIN:VCALENDAR",
		"METHOD:REPLY",
		"PRODID:Microsoft Exchange Server 2010",
		"VERSION:2.0",
		"BEGIN:VTIMEZONE",
		"TZID:Romance Standard Time",
		"BEGIN:STANDARD",
		"DTSTART:16010101T030000",
		"TZOFFSETFROM:+0200",
		"TZOFFSETTO:+0100",
		"RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10",
		"END:STANDARD",
		"BEGIN:DAYLIGHT",
		"DTSTART:16010101T020000",
		"TZOFFSETFROM:+0100",
		"TZOFFSETTO:+0200",
		"RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3",
		"END:DAYLIGHT",
		"END:VTIMEZONE",
		"BEGIN:VEVENT",
		"ATTENDEE;PARTSTAT=" + partstat + ";CN=" + name + ":mailto:" + email,
	}
	if comment != "" {
		lines = append(lines, "COMMENT;LANGUAGE=da-DK:"+icsEscape(comment)+`\n`)
	}
	lines = append(lines,
		"SUMMARY;LANGUAGE=da-DK:"+icsEscape(subject),
		"DTSTART;TZID=Romance Standard Time:"+local(starts),
		"DTEND;TZID=Romance Standard Time:"+local(ends),
		"UID:"+dialogUID,
		"ORGANIZER;CN=Posk:mailto:posk@greve.dk",
		"CLASS:PUBLIC",
		"PRIORITY:5",
		"DTSTAMP:"+stamp.UTC().Format("20060102T150405Z"),
		"TRANSP:OPAQUE",
		"STATUS:CONFIRMED",
		"SEQUENCE:0",
		"LOCATION;LANGUAGE=da-DK:Ringsted Kongrescenter",
		"X-MICROSOFT-CDO-APPT-SEQUENCE:0",
		"X-MICROSOFT-CDO-OWNERAPPTID:-1164189432",
		"X-MICROSOFT-CDO-REPLYTIME:"+stamp.UTC().Format("20060102T150405Z"),
		"END:VEVENT",
		"END:VCALENDAR",
	)
	var b strings.Builder
	for _, l := range lines {
		b.WriteString(icsFold(l) + "\r\n")
	}
	return b.String()
}

// outlookResponse is a whole Outlook meeting-response mail: the comment as
// text/plain (ISO-8859-1) and the REPLY as text/calendar, base64.
func outlookResponse(partstat, subjectPrefix, name, email, msgID, comment string, starts, ends, date time.Time) []byte {
	subject := subjectPrefix + " Dialogmøde om Rammeaftale 2027-2028"
	ics := imipReply(partstat, name, email, comment, subject, starts, ends, date)
	h := outlookHeader(name, email, "Posk", "posk@greve.dk", subject, msgID, date)
	h = append(h, "X-Auto-Response-Suppress: All", "Content-Class: urn:content-classes:calendarmessage")
	cal := part{Header: []string{"Content-Type: text/calendar; charset=\"utf-8\"; method=REPLY", "Content-Transfer-Encoding: base64"},
		Body: base64Lines([]byte(ics))}
	return buildMail(h, multipart("alternative", "_000_"+strings.SplitN(msgID, "@", 2)[0]+"_", textPart("iso-8859-1", comment+"\n"), cal))
}

// makePDF is a small valid one-page PDF 1.4 showing lines (ASCII).
func makePDF(lines ...string) []byte {
	var content strings.Builder
	content.WriteString("BT /F1 12 Tf 56 780 Td 16 TL\n")
	for _, l := range lines {
		l = strings.NewReplacer(`\`, `\\`, "(", `\(`, ")", `\)`).Replace(l)
		content.WriteString("(" + l + ") Tj T*\n")
	}
	content.WriteString("ET")
	objs := []string{
		"<< /Type /Catalog /Pages 2 0 R >>",
		"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
		"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
		fmt.Sprintf("<< /Length %d >>\nstream\n%s\nendstream", content.Len(), content.String()),
		"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
	}
	var b bytes.Buffer
	b.WriteString("%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
	offsets := make([]int, len(objs))
	for i, o := range objs {
		offsets[i] = b.Len()
		fmt.Fprintf(&b, "%d 0 obj\n%s\nendobj\n", i+1, o)
	}
	xref := b.Len()
	fmt.Fprintf(&b, "xref\n0 %d\n0000000000 65535 f \n", len(objs)+1)
	for _, off := range offsets {
		fmt.Fprintf(&b, "%010d 00000 n \n", off)
	}
	fmt.Fprintf(&b, "trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n", len(objs)+1, xref)
	return b.Bytes()
}

// makeDOCX is a minimal valid Word document (Office Open XML) with one
// paragraph per line.
func makeDOCX(lines ...string) []byte {
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	stamp := time.Date(2022, 6, 20, 8, 0, 0, 0, time.UTC)
	add := func(name, body string) {
		w, err := zw.CreateHeader(&zip.FileHeader{Name: name, Method: zip.Deflate, Modified: stamp})
		if err != nil {
			panic(err)
		}
		w.Write([]byte(body))
	}
	add("[Content_Types].xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`)
	add("_rels/.rels", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`)
	var doc strings.Builder
	doc.WriteString(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>`)
	for _, l := range lines {
		doc.WriteString("<w:p><w:r><w:t xml:space=\"preserve\">" + htmlEscape(l) + "</w:t></w:r></w:p>")
	}
	doc.WriteString(`<w:sectPr/></w:body></w:document>`)
	add("word/document.xml", doc.String())
	if err := zw.Close(); err != nil {
		panic(err)
	}
	return buf.Bytes()
}

// makePNG is a small logo image.
func makePNG() []byte {
	img := image.NewRGBA(image.Rect(0, 0, 24, 12))
	for x := 0; x < 24; x++ {
		for y := 0; y < 12; y++ {
			img.Set(x, y, color.RGBA{R: 0, G: uint8(80 + 5*x), B: uint8(120 + 8*y), A: 255})
		}
	}
	var b bytes.Buffer
	png.Encode(&b, img)
	return b.Bytes()
}
