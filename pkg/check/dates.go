package check

// The dates.* checks read date ranges through pkg/dates, the one owner of
// date formats: which lines hold a range, how each end is written, and in
// which order roles come. A range written over two or three short lines
// (a narrow date column) is put together here, since that is layout.

import (
	"strings"

	"github.com/atsmatch/atsmatch/pkg/dates"
)

// openEnd is "present" for ordering: an open range ends after every dated
// one, and no range is cut or dropped as being in the future (the checks
// measure no durations).
var openEnd = dates.MonthFor(2100, 12)

// dateRange is one range of a line, months counted from year 0.
type dateRange = dates.Range

// Date formats as messages name them.
const (
	fmtMonthAbbr  = `"Jan 2019"`
	fmtMonthFull  = `"January 2019"`
	fmtMonthShort = `"Jan '19"`
	fmtSeason     = `"Summer 2019"`
	fmtMY         = `"01/2019"`
	fmtMDY        = `"01/15/2019"`
	fmtYM         = `"2019-01"`
	fmtYear       = `"2019"`
	// fmtMonthEither is a month whose full name is as short as an
	// abbreviation ("May", "June", "July"): it fits either style.
	fmtMonthEither = "month"
)

// styleNames name the styles pkg/dates tells apart.
var styleNames = [...]string{
	dates.StyleMonthAbbr: fmtMonthAbbr, dates.StyleMonthFull: fmtMonthFull, dates.StyleMonthEither: fmtMonthEither,
	dates.StyleMonthShort: fmtMonthShort, dates.StyleSeason: fmtSeason, dates.StyleMonthYear: fmtMY,
	dates.StyleDate: fmtMDY, dates.StyleYearMonth: fmtYM, dates.StyleYear: fmtYear,
}

// formats names how the written ends of r are written, the present left out.
func formats(r dateRange) []string {
	var out []string
	for _, s := range []dates.Style{r.FromStyle, r.ToStyle} {
		if s != dates.StyleNone {
			out = append(out, styleNames[s])
		}
	}
	return out
}

// findRanges returns the ranges of s.
func findRanges(s string) []dateRange { return dates.Find(s, openEnd) }

// maxSplitWords bounds the lines a range written over several lines is
// made of: "January 2011" / "to" / "Current" in a narrow date column.
const maxSplitWords = 4

// rangesByLine finds the ranges of every line (list markers removed),
// and a range written over two or three short lines, which it gives to
// the first of them.
func rangesByLine(text []string) [][]dateRange {
	out := make([][]dateRange, len(text))
	for i, t := range text {
		out[i] = findRanges(t)
	}
	for i := 0; i < len(text); i++ {
		if len(out[i]) > 0 || !shortLine(text[i]) || !endsWithDate(text[i]) {
			continue
		}
		joined := text[i]
		for k := 1; k <= 2 && i+k < len(text) && len(out[i+k]) == 0 && shortLine(text[i+k]); k++ {
			joined += " " + text[i+k]
			rs := findRanges(joined)
			if len(rs) > 0 && rs[0].Start < len(text[i]) && rs[0].End > len(text[i]) {
				out[i] = rs[:1]
				i += k
				break
			}
		}
	}
	return out
}

func shortLine(s string) bool { n := wordCount(s); return n > 0 && n <= maxSplitWords }

// endsWithDate reports a line whose last date ends it, or a separator
// after it ("June 2020 -").
func endsWithDate(s string) bool {
	ds := dates.Dates(s)
	if len(ds) == 0 || ds[len(ds)-1].Present {
		return false
	}
	rest := strings.TrimSpace(s[ds[len(ds)-1].End:])
	return rest == "" || dates.Joins(rest)
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }
