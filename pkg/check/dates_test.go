package check

import (
	"fmt"
	"strings"
	"testing"
)

// TestRangeFormats is the table of date formats the dates.format check
// names: each written end's style (pkg/dates reads the months; its own
// tests measure them), the present left out.
func TestRangeFormats(t *testing.T) {
	tests := []struct {
		line    string
		open    bool
		formats string
	}{
		{"Jan 2019 - Mar 2021", false, `"Jan 2019" "Jan 2019"`},
		{"January 2019 – March 2021", false, `"January 2019" "January 2019"`},
		{"Sept. 2020 to Present", true, `"Jan 2019"`},
		{"May 2014 to Current Company Name", true, "month"},
		{"March 15, 2018 - June 1, 2019", false, `"January 2019" month`},
		{"Jan '19 - Dec '20", false, `"Jan '19" "Jan '19"`},
		{"Summer 2019 - Fall 2020", false, `"Summer 2019" "Summer 2019"`},
		{"03/2018 - 06/2021", false, `"01/2019" "01/2019"`},
		{"3.2018 – 6.2021", false, `"01/2019" "01/2019"`},
		{"03-2018 to 06-2021", false, `"01/2019" "01/2019"`},
		{"03/15/2018 - 06/01/2021", false, `"01/15/2019" "01/15/2019"`},
		{"15/03/2018 - 30/06/2021", false, `"01/15/2019" "01/15/2019"`},
		{"2018-03 - 2021-06", false, `"2019-01" "2019-01"`},
		{"2016-2019", false, `"2019" "2019"`},
		{"2016 – present", true, `"2019"`},
		{"2019 to date", true, `"2019"`},
		{"Since 2019", true, `"2019"`},
		{"Jun - Aug 2023", false, `"Jan 2019" "Jan 2019"`},
		{"June - July 2023", false, `month month`},
		{"Nov - Feb 2024", false, `"Jan 2019" "Jan 2019"`},
		{"Summer 2019", false, `"Summer 2019"`},
		{"Backend Developer, CargoLink (2021 - present)", true, `"2019"`},
		{"Acme Corp    Jan 2019 – Mar 2021", false, `"Jan 2019" "Jan 2019"`},
	}
	for _, tt := range tests {
		rs := findRanges(tt.line)
		if len(rs) != 1 {
			t.Errorf("%q: %d ranges, want 1", tt.line, len(rs))
			continue
		}
		r := rs[0]
		if r.Open != tt.open || r.To < r.From {
			t.Errorf("%q: %v..%v open %v, want open %v", tt.line, r.From, r.To, r.Open, tt.open)
		}
		if f := strings.Join(formats(r), " "); f != tt.formats {
			t.Errorf("%q: formats %s, want %s", tt.line, f, tt.formats)
		}
		if r.Start < 0 || r.End > len(tt.line) || r.Start >= r.End {
			t.Errorf("%q: offsets %d..%d", tt.line, r.Start, r.End)
		}
	}
	// An open range is newer than any dated one, however late.
	open, late := findRanges("2019 - Present")[0], findRanges("Jan 2090 - Dec 2099")[0]
	if open.To <= late.To {
		t.Errorf("an open range ends %v, before %v", open.To, late.To)
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
			if r.Start < 0 || r.End > len(s) || r.Start >= r.End {
				t.Fatalf("%q: offsets %d..%d", s, r.Start, r.End)
			}
			if r.To < r.From {
				t.Fatalf("%q: range ends before it starts: %+v", s, r)
			}
			if len(formats(r)) == 0 {
				t.Fatalf("%q: no format", s)
			}
		}
		_ = fmt.Sprint(rangesByLine([]string{s, s}))
	})
}
