package render

import (
	"encoding/csv"
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/xuri/excelize/v2"

	"mailbot/store"
)

// The participant and submission lists, as CSV (for scripts: RFC 4180,
// comma, UTF-8 without BOM, machine values) and as XLSX (for people:
// Danish headings and labels, one sheet each). Rows are sorted by
// municipality, role, name (participants) and by arrival (submissions).

// participantHeader is the CSV header; values are CONTRACT.md's.
var participantHeader = []string{"event", "municipality", "name", "email", "role", "status", "source",
	"late", "over_quota", "lunch", "diet", "replaces", "replaced_by", "comment", "updated_at", "message_ids"}

var submissionHeader = []string{"event", "municipality", "from", "subject", "received_at", "late",
	"areas", "attachments", "attachment_bytes", "message_id"}

// ParticipantsCSV writes ps as CSV with a header row (participantHeader).
// Times are RFC 3339 in loc; lunch is "true", "false" or "" (not said);
// several values in one field (message ids) are separated by spaces.
func ParticipantsCSV(w io.Writer, ps []store.Participant, loc *time.Location) error {
	cw := csv.NewWriter(w)
	if err := cw.Write(participantHeader); err != nil {
		return fmt.Errorf("participants csv: %w", err)
	}
	for _, p := range sortedParticipants(ps) {
		lunch := ""
		if p.Lunch != nil {
			lunch = strconv.FormatBool(*p.Lunch)
		}
		rec := []string{p.Event, p.Municipality, p.Name, p.Email, p.Role, p.Status, p.Source,
			strconv.FormatBool(p.Late), strconv.FormatBool(p.OverQuota), lunch, p.Diet, p.Replaces,
			p.ReplacedBy, p.Comment, rfc3339(p.UpdatedAt, loc), strings.Join(p.MessageIDs, " ")}
		if err := cw.Write(sanitizeRecord(rec)); err != nil {
			return fmt.Errorf("participants csv: %w", err)
		}
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		return fmt.Errorf("participants csv: %w", err)
	}
	return nil
}

// SubmissionsCSV writes ss as CSV with a header row (submissionHeader).
// areas and attachment file names are separated by "; ".
func SubmissionsCSV(w io.Writer, ss []store.Submission, loc *time.Location) error {
	cw := csv.NewWriter(w)
	if err := cw.Write(submissionHeader); err != nil {
		return fmt.Errorf("submissions csv: %w", err)
	}
	for _, s := range sortedSubmissions(ss) {
		names, total := attachmentSummary(s.Attachments)
		rec := []string{s.Event, s.Municipality, s.From, s.Subject, rfc3339(s.ReceivedAt, loc),
			strconv.FormatBool(s.Late), strings.Join(s.Areas, "; "), strings.Join(names, "; "),
			strconv.FormatInt(total, 10), s.MessageID}
		if err := cw.Write(sanitizeRecord(rec)); err != nil {
			return fmt.Errorf("submissions csv: %w", err)
		}
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		return fmt.Errorf("submissions csv: %w", err)
	}
	return nil
}

// sanitizeRecord defuses spreadsheet formula injection (OWASP "CSV
// injection"): a field a sender controls that starts with = + - @ or a tab
// gets a leading apostrophe, which Excel shows as text.
func sanitizeRecord(rec []string) []string {
	for i, f := range rec {
		if f != "" && strings.ContainsRune("=+-@\t\r", rune(f[0])) {
			rec[i] = "'" + f
		}
	}
	return rec
}

func rfc3339(t time.Time, loc *time.Location) string {
	if t.IsZero() {
		return ""
	}
	return in(t, loc).Format(time.RFC3339)
}

func attachmentSummary(as []store.AttachmentRef) (names []string, total int64) {
	for _, a := range as {
		names = append(names, a.Filename)
		total += a.Size
	}
	return names, total
}

func sortedParticipants(ps []store.Participant) []store.Participant {
	out := append([]store.Participant(nil), ps...)
	sortParticipants(out)
	return out
}

func sortedSubmissions(ss []store.Submission) []store.Submission {
	out := append([]store.Submission(nil), ss...)
	sort.SliceStable(out, func(i, j int) bool { return out[i].ReceivedAt.Before(out[j].ReceivedAt) })
	return out
}

// Sheet names of the XLSX.
const (
	SheetParticipants = "Deltagere"
	SheetSubmissions  = "Indsendelser"
)

// XLSX writes one workbook with the sheets "Deltagere" and "Indsendelser":
// Danish headings in bold on a frozen first row with an autofilter, column
// widths fitted to the content (capped), times as Excel dates in loc (shown
// "dd-mm-yyyy hh:mm"), yes/no columns as "ja"/"" so a filter picks them.
func XLSX(w io.Writer, ps []store.Participant, ss []store.Submission, loc *time.Location) error {
	f := excelize.NewFile()
	defer f.Close()
	if err := f.SetSheetName("Sheet1", SheetParticipants); err != nil {
		return fmt.Errorf("xlsx: %w", err)
	}
	if _, err := f.NewSheet(SheetSubmissions); err != nil {
		return fmt.Errorf("xlsx: %w", err)
	}
	bold, err := f.NewStyle(&excelize.Style{Font: &excelize.Font{Bold: true}, Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"DCE3EC"}},
		Border: []excelize.Border{{Type: "bottom", Color: "7F8C9A", Style: 1}}})
	if err != nil {
		return fmt.Errorf("xlsx: header style: %w", err)
	}
	dateStyle, err := f.NewStyle(&excelize.Style{CustomNumFmt: ptr("dd-mm-yyyy hh:mm")})
	if err != nil {
		return fmt.Errorf("xlsx: date style: %w", err)
	}

	yes := func(b bool) string {
		if b {
			return "ja"
		}
		return ""
	}
	lunch := func(l *bool) string {
		switch {
		case l == nil:
			return "ikke oplyst"
		case *l:
			return "ja"
		default:
			return "nej"
		}
	}
	prows := [][]any{}
	for _, p := range sortedParticipants(ps) {
		prows = append(prows, []any{p.Municipality, personName(p), p.Email, RoleLabel(p.Role), StatusLabel(p.Status),
			lunch(p.Lunch), p.Diet, yes(p.Late), yes(p.OverQuota), p.Replaces, p.ReplacedBy, p.Comment,
			excelTime(p.UpdatedAt, loc), sourceLabel(p.Source)})
	}
	if err := writeSheet(f, SheetParticipants, []string{"Kommune", "Navn", "E-mail", "Rolle", "Status", "Frokost",
		"Kosthensyn", "For sent", "Over kvote", "I stedet for", "Erstattes af", "Bemærkning", "Senest ændret", "Kilde"},
		prows, bold, dateStyle, 12); err != nil {
		return err
	}
	srows := [][]any{}
	for _, s := range sortedSubmissions(ss) {
		names, total := attachmentSummary(s.Attachments)
		srows = append(srows, []any{s.Municipality, s.From, s.Subject, excelTime(s.ReceivedAt, loc), yes(s.Late),
			strings.Join(s.Areas, "; "), len(s.Attachments), strings.Join(names, "; "), DanishSize(total)})
	}
	if err := writeSheet(f, SheetSubmissions, []string{"Kommune", "Fra", "Emne", "Modtaget", "For sent",
		"Områder", "Antal bilag", "Bilag", "Størrelse"}, srows, bold, dateStyle, 3); err != nil {
		return err
	}
	f.SetActiveSheet(0)
	if err := f.Write(w); err != nil {
		return fmt.Errorf("xlsx: write: %w", err)
	}
	return nil
}

// excelTime converts t to a wall-clock time in loc with no zone (Excel
// has none); zero stays zero and becomes an empty cell.
func excelTime(t time.Time, loc *time.Location) any {
	if t.IsZero() {
		return ""
	}
	lt := in(t, loc)
	return time.Date(lt.Year(), lt.Month(), lt.Day(), lt.Hour(), lt.Minute(), lt.Second(), 0, time.UTC)
}

func sourceLabel(s string) string {
	switch s {
	case "imip":
		return "mødesvar"
	case "mail":
		return "mail"
	}
	return s
}

func ptr[T any](v T) *T { return &v }

// writeSheet writes header and rows, styles the header, freezes it, adds an
// autofilter over the used range and fits column widths. dateCol (0-based)
// is formatted as a date.
func writeSheet(f *excelize.File, sheet string, header []string, rows [][]any, headerStyle, dateStyle, dateCol int) error {
	width := make([]int, len(header))
	hdr := make([]any, len(header))
	for i, h := range header {
		hdr[i] = h
		width[i] = len([]rune(h)) + 3 // room for the filter button
	}
	if err := f.SetSheetRow(sheet, "A1", &hdr); err != nil {
		return fmt.Errorf("xlsx %s: header: %w", sheet, err)
	}
	for r, row := range rows {
		cell, _ := excelize.CoordinatesToCellName(1, r+2)
		if err := f.SetSheetRow(sheet, cell, &row); err != nil {
			return fmt.Errorf("xlsx %s: row %d: %w", sheet, r+2, err)
		}
		for c, v := range row {
			n := len([]rune(fmt.Sprint(v)))
			if _, ok := v.(time.Time); ok {
				n = 16
			}
			width[c] = max(width[c], n+1)
		}
	}
	last, _ := excelize.CoordinatesToCellName(len(header), 1)
	if err := f.SetCellStyle(sheet, "A1", last, headerStyle); err != nil {
		return fmt.Errorf("xlsx %s: header style: %w", sheet, err)
	}
	if len(rows) > 0 && dateCol >= 0 && dateCol < len(header) {
		top, _ := excelize.CoordinatesToCellName(dateCol+1, 2)
		bottom, _ := excelize.CoordinatesToCellName(dateCol+1, len(rows)+1)
		if err := f.SetCellStyle(sheet, top, bottom, dateStyle); err != nil {
			return fmt.Errorf("xlsx %s: date style: %w", sheet, err)
		}
	}
	for c, wd := range width {
		col, _ := excelize.ColumnNumberToName(c + 1)
		if err := f.SetColWidth(sheet, col, col, float64(min(wd, 60))); err != nil {
			return fmt.Errorf("xlsx %s: width: %w", sheet, err)
		}
	}
	if err := f.SetPanes(sheet, &excelize.Panes{Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft"}); err != nil {
		return fmt.Errorf("xlsx %s: freeze: %w", sheet, err)
	}
	end, _ := excelize.CoordinatesToCellName(len(header), max(len(rows)+1, 2))
	if err := f.AutoFilter(sheet, "A1:"+end, nil); err != nil {
		return fmt.Errorf("xlsx %s: autofilter: %w", sheet, err)
	}
	return nil
}
