// Package dates reads the date ranges of resume lines ("Jan 2019 - Present",
// "2016-2019", "03/2018 - 06/2021", "Summer 2019", "Since 2019") and
// measures them in whole months, overlaps merged. It is a leaf: it knows
// dates, not resumes or jobs.
//
// A month is the unit: a range counts its first and last month, so "Mar
// 2021 - Jun 2021" is four months. A date that gives only a year stands for
// the middle of that year (a start in July, an end in June), so "2016-2019"
// is three years whichever months were meant, and a range inside one year
// given by years alone ("2019 - 2019") is that whole year. A season is its
// months in the northern hemisphere (spring March to May, summer June to
// August, autumn September to November, winter December of the year before
// to February). "Present", "Current", "Now", "Today" and "to date" end a
// range at the as-of month the caller gives, so the same text and the same
// as-of date always measure the same; a range ending after that month is cut
// there, and one starting after it is dropped.
//
// Numeric dates are read month first when both readings are possible
// (03/04/2018 is March), and day first when the first number cannot be a
// month (15/03/2018), and so is the other end of its range (15/03/2018 -
// 01/06/2021 ends in June); only the month matters for a duration.
package dates

import (
	"sort"
	"strconv"
	"time"
)

// Month counts months from January of year 0: year*12 + month-1.
type Month int32

// MonthOf returns the month holding t.
func MonthOf(t time.Time) Month { return MonthFor(t.Year(), t.Month()) }

// MonthFor returns month m of year y.
func MonthFor(y int, m time.Month) Month { return Month(y*12 + int(m) - 1) }

// Year returns the month's year.
func (m Month) Year() int { return int(m) / 12 }

// Month returns the month of the year.
func (m Month) Month() time.Month { return time.Month(int(m)%12 + 1) }

// String returns the month as "2019-03".
func (m Month) String() string {
	mm := int(m.Month())
	s := strconv.Itoa(m.Year()) + "-"
	if mm < 10 {
		s += "0"
	}
	return s + strconv.Itoa(mm)
}

// Range is one date range found in a line.
type Range struct {
	From, To Month // both counted: From <= To
	// Open reports a range that runs to the present ("- Present", "Since
	// 2019"): To is the as-of month.
	Open bool
	// Start and End are the byte offsets of the range's text in the line.
	Start, End int
	// FromStyle and ToStyle are how each end is written; ToStyle is
	// StyleNone for the present, an open start and a season alone.
	FromStyle, ToStyle Style
}

// Months returns how many months the range counts, both ends included.
func (r Range) Months() int { return int(r.To-r.From) + 1 }

// Merge returns the ranges' union as sorted ranges that neither overlap
// nor touch: a month counted by two ranges counts once. Gaps stay gaps.
// Start and End of a merged range are those of its first range.
func Merge(rs []Range) []Range {
	if len(rs) == 0 {
		return nil
	}
	s := append([]Range(nil), rs...)
	sort.SliceStable(s, func(i, j int) bool { return s[i].From < s[j].From })
	out := s[:1]
	for _, r := range s[1:] {
		last := &out[len(out)-1]
		if r.From <= last.To+1 {
			if r.To > last.To {
				last.To = r.To
				last.Open = r.Open
			}
			continue
		}
		out = append(out, r)
	}
	return out
}

// Total returns the months the ranges cover, overlaps counted once.
func Total(rs []Range) int {
	n := 0
	for _, r := range Merge(rs) {
		n += r.Months()
	}
	return n
}

// Years returns months as years rounded down to one decimal: 64 months are
// 5.3 years, never 5.4, so a rounded figure never meets an ask the months
// do not.
func Years(months int) float64 {
	return float64(months*10/12) / 10
}

func timeMonth(m int) time.Month { return time.Month(m) }
