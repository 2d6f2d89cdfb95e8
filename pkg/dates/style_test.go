package dates

import (
	"fmt"
	"testing"
)

// TestStyles: how each end of a range is written, as a check for one date
// format throughout reads it.
func TestStyles(t *testing.T) {
	for _, tc := range []struct {
		line     string
		from, to Style
	}{
		{"Jan 2019 - Mar 2021", StyleMonthAbbr, StyleMonthAbbr},
		{"Sept. 2020 - Present", StyleMonthAbbr, StyleNone},
		{"January 2019 - March 2021", StyleMonthFull, StyleMonthFull},
		{"May 2019 - July 2021", StyleMonthEither, StyleMonthEither},
		{"March 15, 2018 - 1 June 2019", StyleMonthFull, StyleMonthEither},
		{"Jan '19 - Dec '20", StyleMonthShort, StyleMonthShort},
		{"Summer 2019 - Fall 2020", StyleSeason, StyleSeason},
		{"Summer 2019", StyleSeason, StyleNone},
		{"03/2018 - 06/2021", StyleMonthYear, StyleMonthYear},
		{"03-2018 to 3.2021", StyleMonthYear, StyleMonthYear},
		{"03/15/2018 - 15/06/2021", StyleDate, StyleDate},
		{"2018-03 - 2021.06", StyleYearMonth, StyleYearMonth},
		{"2016 - 2019", StyleYear, StyleYear},
		{"2019-20", StyleYear, StyleYear},
		{"Since 2019", StyleYear, StyleNone},
		{"Jun - Aug 2023", StyleMonthAbbr, StyleMonthAbbr},
		{"2019 - Jan 2021", StyleYear, StyleMonthAbbr},
	} {
		rs := Find(tc.line, asOf)
		if len(rs) != 1 || rs[0].FromStyle != tc.from || rs[0].ToStyle != tc.to {
			t.Errorf("Find(%q) = %+v, want styles %d, %d", tc.line, rs, tc.from, tc.to)
		}
	}
}

// TestDates: every date written, alone or in a range; a month name alone
// is none.
func TestDates(t *testing.T) {
	for _, tc := range []struct {
		line string
		want string // text:yearOnly:present, space-separated
	}{
		{"Graduated 2018", "2018:true:false"},
		{"Jan 2019 - Present", "Jan 2019:false:false Present:false:true"},
		{"Call 555-201-2019 in May", "2019:true:false"},
		{"03/15/2019, 2020.04", "03/15/2019:false:false 2020.04:false:false"},
		{"in May we grew 40%", ""},
		{"", ""},
	} {
		got := ""
		for i, d := range Dates(tc.line) {
			if i > 0 {
				got += " "
			}
			got += fmt.Sprintf("%s:%v:%v", tc.line[d.Start:d.End], d.YearOnly, d.Present)
		}
		if got != tc.want {
			t.Errorf("Dates(%q) = %q, want %q", tc.line, got, tc.want)
		}
	}
}

func TestJoins(t *testing.T) {
	for s, want := range map[string]bool{
		"-": true, "–": true, "to": true, "until": true, "- till": true, "Thru": true,
		"": false, "and": false, "-,": false, "to the": false, "12": false,
	} {
		if got := Joins(s); got != want {
			t.Errorf("Joins(%q) = %v, want %v", s, got, want)
		}
	}
}
