package freetext

import (
	"regexp"
	"strings"
)

// reColumnName: a table header cell other than the name column.
var reColumnName = regexp.MustCompile(`(?i)^\s*(funktion|rolle|titel|stilling|e-?mail|mail|mailadresse|frokost|lunch|kommune|organisation|forvaltning|afdeling|repræsenterer|bemærkning(er)?|kost[\p{L}]*|diæt|allergi[\p{L}]*|madønsker|telefon|tlf\.?|mobil|role|title|position)\s*(\([^)]{0,30}\))?\s*:?\s*$`)

// reNameColumn: the name column's header cell.
var reNameColumn = regexp.MustCompile(`(?i)^\s*(navn|name|deltager|deltagere|fulde\s+navn|fornavn\s+og\s+efternavn)\s*:?\s*$`)

// joinVerticalTable mends a table whose text form has one cell per line
// (Outlook's text part of an HTML table puts every cell in a paragraph of
// its own): a line "Navn" followed by lines that are column names
// ("Funktion", "E-mail", "Frokost") is a header row of k cells, and the
// next lines, k at a time, are its rows for as long as each row opens with
// a person's name. Header and rows become tab-separated lines, read like
// a table copied from a spreadsheet. Blank lines between cells are
// ignored.
func joinVerticalTable(text string) string {
	if !strings.Contains(text, "\n") {
		return text
	}
	lines := strings.Split(text, "\n")
	var out []string
	for i := 0; i < len(lines); i++ {
		if !reNameColumn.MatchString(lines[i]) {
			out = append(out, lines[i])
			continue
		}
		// the header row: "Navn" and the column names under it
		header := []string{strings.TrimSpace(lines[i])}
		j := i + 1
		for {
			k := nextNonBlank(lines, j)
			if k < 0 || !reColumnName.MatchString(lines[k]) {
				break
			}
			header = append(header, strings.TrimSpace(lines[k]))
			j = k + 1
		}
		if len(header) < 2 {
			out = append(out, lines[i])
			continue
		}
		var rows []string
		for {
			cells := make([]string, 0, len(header))
			k := j
			for len(cells) < len(header) {
				n := nextNonBlank(lines, k)
				if n < 0 {
					break
				}
				cells = append(cells, strings.TrimSpace(lines[n]))
				k = n + 1
			}
			if len(cells) < len(header) || !tableCellRow(cells) {
				break
			}
			rows = append(rows, strings.Join(cells, "\t"))
			j = k
		}
		if len(rows) == 0 {
			out = append(out, lines[i])
			continue
		}
		out = append(out, strings.Join(header, "\t"))
		out = append(out, rows...)
		i = j - 1
	}
	return strings.Join(out, "\n")
}

// tableCellRow: cells read as one row of a vertical table: the first is a
// person's name and nothing else, no cell is a sign-off, a heading or a
// paragraph of text.
func tableCellRow(cells []string) bool {
	h, ok := leadingName(cells[0], nil)
	if !ok || h.end < len(strings.TrimRight(cells[0], " .,")) {
		return false
	}
	for _, c := range cells {
		if len(c) > 100 || reSignOff.MatchString(c) || strings.HasSuffix(c, ":") || strings.Contains(c, "|") || strings.Contains(c, "\t") {
			return false
		}
	}
	return true
}

func nextNonBlank(lines []string, from int) int {
	for k := from; k < len(lines); k++ {
		if strings.TrimSpace(lines[k]) != "" {
			return k
		}
	}
	return -1
}
