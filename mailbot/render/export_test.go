package render

import (
	"bytes"
	"encoding/csv"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"mailbot/store"
)

func TestParticipantsCSV(t *testing.T) {
	loc := cph(t)
	ps := seedParticipants(t, loc)
	ps = append(ps, store.Participant{Event: "dialog2026", Name: "=HYPERLINK(\"http://x\")", Municipality: "Faxe Kommune", Role: "andet", Status: "accepted",
		Comment: "kommer, \"måske\" sent\nanden linje"})
	var buf bytes.Buffer
	if err := ParticipantsCSV(&buf, ps, loc); err != nil {
		t.Fatal(err)
	}
	recs, err := csv.NewReader(&buf).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(recs) != 1+47 {
		t.Fatalf("records = %d, want 48", len(recs))
	}
	if !slices.Equal(recs[0], participantHeader) {
		t.Errorf("header %q", recs[0])
	}
	col := func(name string) int { return slices.Index(participantHeader, name) }
	// Sorted by municipality, role, name: the unknown municipality first,
	// then Faxe's handicapråd.
	if recs[1][col("municipality")] != "" || recs[1][col("name")] != hostile {
		t.Errorf("first row %q", recs[1])
	}
	var bo []string
	for _, r := range recs {
		if r[col("name")] == "Bo Gregersen" {
			bo = r
		}
	}
	want := map[string]string{"event": "dialog2026", "municipality": "Næstved Kommune", "email": "bo@naestved.dk", "role": "udsatteraad",
		"status": "waitlisted", "late": "true", "over_quota": "true", "lunch": "true", "updated_at": "2026-06-18T06:12:00+02:00", "message_ids": "m28@example.dk"}
	for k, v := range want {
		if bo == nil || bo[col(k)] != v {
			t.Errorf("Bo Gregersen %s = %q, want %q", k, bo[col(k)], v)
		}
	}
	lunch := map[string]int{}
	for _, r := range recs[1:] {
		lunch[r[col("lunch")]]++
	}
	if lunch["true"] != 40 || lunch["false"] != 3 || lunch[""] != 4 {
		t.Errorf("lunch counts %v", lunch)
	}
	// Formula injection defused; quotes and newlines survive.
	last := recs[slices.IndexFunc(recs, func(r []string) bool { return strings.Contains(r[col("name")], "HYPERLINK") })]
	if last[col("name")] != "'=HYPERLINK(\"http://x\")" || last[col("comment")] != "kommer, \"måske\" sent\nanden linje" {
		t.Errorf("hostile row %q", last)
	}
}

func TestSubmissionsCSV(t *testing.T) {
	cd := consultationDigest(t)
	var buf bytes.Buffer
	if err := SubmissionsCSV(&buf, cd.Submissions, cd.Location); err != nil {
		t.Fatal(err)
	}
	recs, err := csv.NewReader(&buf).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(recs) != 8 || !slices.Equal(recs[0], submissionHeader) {
		t.Fatalf("records %d, header %q", len(recs), recs[0])
	}
	// Sorted by arrival: Herning (10 June) first, Viborg (2 July, late) last.
	if recs[1][1] != "Herning Kommune" || recs[7][1] != "Viborg Kommune" || recs[7][5] != "true" || recs[7][4] != "2022-07-02T08:15:00+02:00" {
		t.Errorf("order/late: %q / %q", recs[1], recs[7])
	}
	aarhus := recs[2]
	if aarhus[1] != "Aarhus Kommune" || aarhus[7] != "Input Aarhus.pdf; Bilag 1 – data.xlsx" || aarhus[8] != "1269067" {
		t.Errorf("aarhus %q", aarhus)
	}
}

func TestXLSX(t *testing.T) {
	loc := cph(t)
	ps := seedParticipants(t, loc)
	cd := consultationDigest(t)
	var buf bytes.Buffer
	if err := XLSX(&buf, ps, cd.Submissions, loc); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenReader(&buf)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if got := f.GetSheetList(); !slices.Equal(got, []string{SheetParticipants, SheetSubmissions}) {
		t.Fatalf("sheets %v", got)
	}
	rows, err := f.GetRows(SheetParticipants)
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 47 {
		t.Fatalf("participant rows %d, want 47", len(rows))
	}
	if want := []string{"Kommune", "Navn", "E-mail", "Rolle", "Status", "Frokost", "Kosthensyn", "For sent", "Over kvote", "I stedet for", "Erstattes af", "Bemærkning", "Senest ændret", "Kilde"}; !slices.Equal(rows[0], want) {
		t.Errorf("header %q", rows[0])
	}
	var gunnar []string
	statuses := map[string]int{}
	for _, r := range rows[1:] {
		statuses[r[4]]++
		if r[1] == "Gunnar Møller" {
			gunnar = r
		}
	}
	if statuses["tilmeldt"] != 39 || statuses["foreløbigt tilmeldt"] != 3 || statuses["på venteliste"] != 2 || statuses["afbud"] != 1 || statuses["afmeldt"] != 1 {
		t.Errorf("statuses %v", statuses)
	}
	if len(gunnar) < 13 || gunnar[0] != "Greve Kommune" || gunnar[3] != "Handicapråd" || gunnar[5] != "ja" || gunnar[8] != "ja" || gunnar[12] != "30-05-2026 15:00" {
		t.Errorf("gunnar %q", gunnar)
	}
	// The time is a real date cell (a serial number), not text.
	cell := "M" + strconv.Itoa(1+slices.IndexFunc(rows, func(r []string) bool { return len(r) > 1 && r[1] == "Gunnar Møller" }))
	if raw, _ := f.GetCellValue(SheetParticipants, cell, excelize.Options{RawCellValue: true}); !strings.HasPrefix(raw, "46172.") {
		t.Errorf("%s raw = %q, want an Excel serial for 30 May 2026", cell, raw)
	}
	// Header bold, frozen, filtered; columns sized.
	sid, _ := f.GetCellStyle(SheetParticipants, "B1")
	if st, err := f.GetStyle(sid); err != nil || st.Font == nil || !st.Font.Bold {
		t.Errorf("header not bold: %+v %v", st, err)
	}
	if p, err := f.GetPanes(SheetParticipants); err != nil || !p.Freeze || p.YSplit != 1 {
		t.Errorf("panes %+v %v", p, err)
	}
	filtered := false
	for _, dn := range f.GetDefinedName() {
		if dn.Name == "_xlnm._FilterDatabase" && strings.Contains(dn.RefersTo, "Deltagere") && strings.HasSuffix(dn.RefersTo, "$N$47") {
			filtered = true
		}
	}
	if !filtered {
		t.Errorf("no autofilter over A1:N47: %+v", f.GetDefinedName())
	}
	if w, _ := f.GetColWidth(SheetParticipants, "B"); w < 15 || w > 60 {
		t.Errorf("name column width %v", w)
	}

	srows, err := f.GetRows(SheetSubmissions)
	if err != nil {
		t.Fatal(err)
	}
	if len(srows) != 8 || srows[0][0] != "Kommune" {
		t.Fatalf("submission rows %d %q", len(srows), srows[0])
	}
	aarhus := srows[2]
	if aarhus[0] != "Aarhus Kommune" || aarhus[3] != "12-06-2022 14:15" || aarhus[6] != "2" || aarhus[7] != "Input Aarhus.pdf; Bilag 1 – data.xlsx" || aarhus[8] != "1,3 MB" {
		t.Errorf("aarhus %q", aarhus)
	}
	if v := srows[7]; v[0] != "Viborg Kommune" || v[4] != "ja" {
		t.Errorf("viborg %q", v)
	}
}

func TestXLSXEmpty(t *testing.T) {
	var buf bytes.Buffer
	if err := XLSX(&buf, nil, nil, nil); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenReader(&buf)
	if err != nil {
		t.Fatal(err)
	}
	rows, _ := f.GetRows(SheetSubmissions)
	if len(rows) != 1 {
		t.Errorf("rows %d", len(rows))
	}
}
