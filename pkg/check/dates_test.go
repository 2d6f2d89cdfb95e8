package check

import (
	"fmt"
	"testing"
)

// m is a month index for tests: m(2019, 3) is March 2019.
func m(y, mo int) int { return y*12 + mo - 1 }

// TestFindRanges is the table of date formats the finder reads.
func TestFindRanges(t *testing.T) {
	tests := []struct {
		line     string
		from, to int // to -1: open
		formats  string
	}{
		{"Jan 2019 - Mar 2021", m(2019, 1), m(2021, 3), `"Jan 2019" "Jan 2019"`},
		{"January 2019 – March 2021", m(2019, 1), m(2021, 3), `"January 2019" "January 2019"`},
		{"Sept. 2020 to Present", m(2020, 9), -1, `"Jan 2019"`},
		{"May 2014 to Current Company Name", m(2014, 5), -1, "month"},
		{"March 15, 2018 - June 1, 2019", m(2018, 3), m(2019, 6), `"January 2019" month`},
		{"Jan '19 - Dec '20", m(2019, 1), m(2020, 12), `"Jan '19" "Jan '19"`},
		{"Summer 2019 - Fall 2020", m(2019, 7), m(2020, 10), `"Summer 2019" "Summer 2019"`},
		{"03/2018 - 06/2021", m(2018, 3), m(2021, 6), `"01/2019" "01/2019"`},
		{"3.2018 – 6.2021", m(2018, 3), m(2021, 6), `"01/2019" "01/2019"`},
		{"03-2018 to 06-2021", m(2018, 3), m(2021, 6), `"01/2019" "01/2019"`},
		{"03/15/2018 - 06/01/2021", m(2018, 3), m(2021, 6), `"01/15/2019" "01/15/2019"`},
		{"15/03/2018 - 30/06/2021", m(2018, 3), m(2021, 6), `"01/15/2019" "01/15/2019"`},
		{"2018-03 - 2021-06", m(2018, 3), m(2021, 6), `"2019-01" "2019-01"`},
		{"2016-2019", m(2016, 1), m(2019, 12), `"2019" "2019"`},
		{"2016 – present", m(2016, 1), -1, `"2019"`},
		{"2019 to date", m(2019, 1), -1, `"2019"`},
		{"Since 2019", m(2019, 1), -1, `"2019"`},
		{"Jun - Aug 2023", m(2023, 6), m(2023, 8), `"Jan 2019"`},
		{"June - July 2023", m(2023, 6), m(2023, 7), `month`},
		{"Nov - Feb 2024", m(2023, 11), m(2024, 2), `"Jan 2019"`},
		{"Backend Developer, CargoLink (2021 - present)", m(2021, 1), -1, `"2019"`},
		{"Acme Corp    Jan 2019 – Mar 2021", m(2019, 1), m(2021, 3), `"Jan 2019" "Jan 2019"`},
	}
	for _, tt := range tests {
		rs := findRanges(tt.line)
		if len(rs) != 1 {
			t.Errorf("%q: %d ranges, want 1", tt.line, len(rs))
			continue
		}
		r := rs[0]
		to := tt.to
		if to == -1 {
			to = nowMonth
		}
		if r.from != tt.from || r.to != to || r.open != (tt.to == -1) {
			t.Errorf("%q: %d..%d open %v, want %d..%d", tt.line, r.from, r.to, r.open, tt.from, to)
		}
		f := ""
		for i, x := range r.formats {
			if i > 0 {
				f += " "
			}
			f += x
		}
		if f != tt.formats {
			t.Errorf("%q: formats %s, want %s", tt.line, f, tt.formats)
		}
		if r.start < 0 || r.end > len(tt.line) || r.start >= r.end {
			t.Errorf("%q: offsets %d..%d", tt.line, r.start, r.end)
		}
	}
}

// TestFindRangesNone: what is no range.
func TestFindRangesNone(t *testing.T) {
	for _, line := range []string{
		"2-4 years of experience",
		"Improved throughput 10-15%",
		"Call +1 (555) 201-2019",
		"2021 - 2019",    // backwards: two dates
		"Graduated 2018", // one date
		"from 5 to 10 people",
		"May I help - sure",
		"Present at the 2023 kickoff",
		"Jun - Present", // a month without a year
		"",
	} {
		if rs := findRanges(line); len(rs) != 0 {
			t.Errorf("%q: %d ranges (%+v), want none", line, len(rs), rs)
		}
	}
}

// TestRangesByLine: a range over two or three short lines belongs to the
// first.
func TestRangesByLine(t *testing.T) {
	tests := []struct {
		lines []string
		want  []int // ranges per line
	}{
		{[]string{"January 2011", "to", "Current", "Company Name"}, []int{1, 0, 0, 0}},
		{[]string{"June 2020 -", "Present", "Developer"}, []int{1, 0, 0}},
		{[]string{"Jan 2019 - Mar 2021", "Feb 2018"}, []int{1, 0}},
		{[]string{"Graduated 2018", "A long sentence follows here with many words in it"}, []int{0, 0}},
	}
	for _, tt := range tests {
		got := rangesByLine(tt.lines)
		for i, rs := range got {
			if len(rs) != tt.want[i] {
				t.Errorf("%q line %d: %d ranges, want %d", tt.lines, i+1, len(rs), tt.want[i])
			}
		}
	}
}

func FuzzFindRanges(f *testing.F) {
	for _, s := range []string{"Jan 2019 - Mar 2021", "03/2018 - 06/2021", "Since 2019", "Jun - Aug 2023",
		"15/03/2018", "'19 - '20", "2016-2019, 2020-2021", "x 9999-9999 y", "Sept. 2020 – Now"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, r := range findRanges(s) {
			if r.start < 0 || r.end > len(s) || r.start >= r.end {
				t.Fatalf("%q: offsets %d..%d", s, r.start, r.end)
			}
			if !r.open && r.to < r.from {
				t.Fatalf("%q: range ends before it starts: %+v", s, r)
			}
			if len(r.formats) == 0 {
				t.Fatalf("%q: no format", s)
			}
		}
		_ = fmt.Sprint(rangesByLine([]string{s, s}))
	})
}
