package check

// A small date-range finder for the dates.* checks: which lines hold a
// range, in which written format, and in which order. It orders roles and
// names formats; it does not measure durations (pkg/dates, when it lands,
// does, and can replace the reading here).

import (
	"regexp"
	"strconv"
	"strings"
)

var (
	separatorSet = wordSet(rangeSeparators...)
	openStartSet = wordSet(openStarts...)
	presentSet   = wordSet(presentWords...)
	seasonSet    = func() map[string]int { return seasons }()
)

// separator reports text between two dates that joins them into a range:
// one separator ("-", "to", "–"), spaces around it.
func separator(between string) bool {
	return separatorSet[strings.ToLower(strings.TrimSpace(between))]
}

// openStart reports text before a date that ends with "since" or "from".
func openStart(before string) bool {
	f := strings.Fields(before)
	return len(f) > 0 && openStartSet[strings.ToLower(f[len(f)-1])]
}

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

// nowMonth orders an open range after every dated one.
const nowMonth = 1 << 30

// dateTok is one date written in a line.
type dateTok struct {
	month      int // year*12 + month-1; for a year alone, its first month
	yearOnly   bool
	present    bool // "Present", "Current"
	monthAlone bool // a month name without a year: the start of "Jun - Aug 2023"
	format     string
	start, end int // byte offsets in the line
}

// dateRange is a range of months in a line.
type dateRange struct {
	from, to   int // months; to is nowMonth for an open range
	open       bool
	formats    []string // of each written end, "Present" excluded
	start, end int
}

func alternation(words []string) string {
	alts := make([]string, len(words))
	for i, w := range words {
		alts[i] = regexp.QuoteMeta(w)
	}
	return strings.Join(alts, "|")
}

// monthIndex maps a month name or abbreviation to 1..12 and says whether
// it was written in full, abbreviated, or either (May, June, July).
func monthIndex(word string) (int, string) {
	w := strings.ToLower(strings.TrimSuffix(word, "."))
	for i, names := range months {
		for j, n := range names {
			if n != w {
				continue
			}
			switch {
			case len(names[0]) <= 4:
				return i + 1, fmtMonthEither
			case j == 0:
				return i + 1, fmtMonthFull
			}
			return i + 1, fmtMonthAbbr
		}
	}
	return 0, ""
}

func year(s string) int { y, _ := strconv.Atoi(s); return y }

// shortYear reads '19 as 2019 and '98 as 1998.
func shortYear(s string) int {
	y, _ := strconv.Atoi(s)
	if y < 50 {
		return 2000 + y
	}
	return 1900 + y
}

func fullYear(s string) int {
	if len(s) == 2 {
		return shortYear(s)
	}
	return year(s)
}

// findRanges pairs the dates of s into ranges: two dates joined by a
// separator ("Jan 2019 - Mar 2021", "2019 to Present"), or an open start
// ("Since 2019"). A date in no range is left out.
func findRanges(s string) []dateRange {
	var p dateParser
	return p.ranges(s)
}

// ranges is findRanges reusing p's tokens.
func (p *dateParser) ranges(s string) []dateRange {
	toks := p.dates(s)
	var out []dateRange
	for i := 0; i < len(toks); i++ {
		a := toks[i]
		if a.present {
			continue
		}
		if i+1 < len(toks) && separator(s[a.end:toks[i+1].start]) {
			b := toks[i+1]
			if r, ok := pair(a, b); ok {
				out = append(out, r)
				i++
				continue
			}
		}
		if !a.monthAlone && openStart(s[:a.start]) {
			out = append(out, dateRange{from: a.month, to: nowMonth, open: true, formats: []string{a.format}, start: a.start, end: a.end})
		}
	}
	return out
}

// pair makes a range of a start and an end, if they make one.
func pair(a, b dateTok) (dateRange, bool) {
	if b.monthAlone {
		return dateRange{}, false
	}
	r := dateRange{from: a.month, to: b.month, open: b.present, start: a.start, end: b.end}
	switch {
	case a.monthAlone && (b.present || b.yearOnly):
		return dateRange{}, false
	case a.monthAlone:
		// "Jun - Aug 2023": the start takes the end's year, or the year
		// before when its month comes later ("Nov - Feb 2024").
		y := b.month / 12
		if a.month > b.month%12 {
			y--
		}
		r.from = y*12 + a.month
		r.formats = []string{b.format}
		if a.format != b.format && a.format != fmtMonthEither && b.format != fmtMonthEither {
			r.formats = append(r.formats, a.format)
		}
	case b.present:
		r.formats = []string{a.format}
	default:
		r.formats = []string{a.format, b.format}
		if b.yearOnly {
			r.to = b.month + 11
		}
	}
	if !r.open && r.to < r.from {
		return dateRange{}, false // "2021 - 2019" is two dates, not a range
	}
	return r, true
}

// maxSplitWords bounds the lines a range written over several lines is
// made of: "January 2011" / "to" / "Current" in a narrow date column.
const maxSplitWords = 4

// rangesByLine finds the ranges of every line (list markers removed),
// and a range written over two or three short lines, which it gives to
// the first of them.
func rangesByLine(text []string) [][]dateRange {
	out := make([][]dateRange, len(text))
	var p dateParser
	for i, t := range text {
		out[i] = p.ranges(t)
	}
	for i := 0; i < len(text); i++ {
		if len(out[i]) > 0 || !shortLine(text[i]) || !endsWithDate(text[i]) {
			continue
		}
		joined := text[i]
		for k := 1; k <= 2 && i+k < len(text) && len(out[i+k]) == 0 && shortLine(text[i+k]); k++ {
			joined += " " + text[i+k]
			rs := findRanges(joined)
			if len(rs) > 0 && rs[0].start < len(text[i]) && rs[0].end > len(text[i]) {
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
	ts := findDates(s)
	if len(ts) == 0 || ts[len(ts)-1].present {
		return false
	}
	return separator(s[ts[len(ts)-1].end:]) || strings.TrimSpace(s[ts[len(ts)-1].end:]) == ""
}

// mayHoldDate is a fast test before the regular expression: every date
// has a four-digit year (19xx, 20xx), a short year ('19) or a numeric
// date with a slash (3/4/18).
func mayHoldDate(s string) bool {
	for i := 0; i+1 < len(s); i++ {
		c := s[i]
		switch {
		case c == '\'' && isDigit(s[i+1]):
			return true
		case c == '/' && i > 0 && isDigit(s[i-1]) && isDigit(s[i+1]):
			return true
		case (c == '1' && s[i+1] == '9' || c == '2' && s[i+1] == '0') && i+3 < len(s) && isDigit(s[i+2]) && isDigit(s[i+3]):
			return true
		}
	}
	return false
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }
