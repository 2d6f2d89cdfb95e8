package dates

import (
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

var asOf = MonthFor(2025, time.June)

// span is a range as "2019-01..2025-06" (with "+" when open), for tables.
func span(r Range) string {
	s := r.From.String() + ".." + r.To.String()
	if r.Open {
		s += "+"
	}
	return s
}

func spans(line string) []string {
	var out []string
	for _, r := range Find(line, asOf) {
		out = append(out, span(r))
	}
	return out
}

func TestFind(t *testing.T) {
	for _, tc := range []struct {
		line string
		want []string
	}{
		// Month names, full and abbreviated, with and without dots.
		{"Software Engineer II - Quarrystone Payments        Mar 2021 - Present", []string{"2021-03..2025-06+"}},
		{"Jan 2019 – Present", []string{"2019-01..2025-06+"}},
		{"Sept 2020 — Dec 2021", []string{"2020-09..2021-12"}},
		{"Sept. 2020 to Dec. 2021", []string{"2020-09..2021-12"}},
		{"Sep 2020 - dec 2021", []string{"2020-09..2021-12"}},
		{"January 2018 through March 2020", []string{"2018-01..2020-03"}},
		{"March 15, 2018 - June 1, 2021", []string{"2018-03..2021-06"}},
		{"15 March 2018 - 1 June 2021", []string{"2018-03..2021-06"}},
		{"Jan '19 - Mar '21", []string{"2019-01..2021-03"}},
		{"Jun - Jul 2023", []string{"2023-06..2023-07"}},
		{"Nov - Feb 2020", []string{"2019-11..2020-02"}},
		// Numeric: US, UK/EU, ISO, dotted.
		{"03/2018 - 06/2021", []string{"2018-03..2021-06"}},
		{"3/2018 - 6/2021", []string{"2018-03..2021-06"}},
		{"2018.03 - 2021.06", []string{"2018-03..2021-06"}},
		{"2018-03 to 2021-06", []string{"2018-03..2021-06"}},
		{"2018-03-15 - 2021-06-01", []string{"2018-03..2021-06"}},
		{"03/15/2018 - 06/01/2021", []string{"2018-03..2021-06"}}, // US month first
		{"15/03/2018 - 30/06/2021", []string{"2018-03..2021-06"}}, // day first: 15 is no month
		{"15.03.2018 - 30.06.2021", []string{"2018-03..2021-06"}},
		// One end day first makes the range's other end day first too.
		{"15/03/2018 - 01/06/2021", []string{"2018-03..2021-06"}},
		{"01/06/2018 - 15/03/2021", []string{"2018-06..2021-03"}},
		{"01.06.2018 - 30.06.2021", []string{"2018-06..2021-06"}},
		{"01/06/2018 - 02/07/2021", []string{"2018-01..2021-02"}}, // nothing says day first
		{"06/01/2018 - 06/15/2021", []string{"2018-06..2021-06"}}, // month first: 15 is no month
		{"03-2018 - 06-2021", []string{"2018-03..2021-06"}},
		// Years alone: the middle of the year.
		{"Software Developer - Wendover            2018 - 2021", []string{"2018-07..2021-06"}},
		{"2016-2019", []string{"2016-07..2019-06"}},
		{"2019 - 2019", []string{"2019-01..2019-12"}},
		{"2019 - Mar 2019", []string{"2019-01..2019-03"}},
		{"2019-20", []string{"2019-07..2020-06"}},
		{"2025-26 School Year", nil}, // starts after the as-of month
		// Present words and open starts.
		{"2019 - Current", []string{"2019-07..2025-06+"}},
		{"2019 to now", []string{"2019-07..2025-06+"}},
		{"Mar 2020 - Today", []string{"2020-03..2025-06+"}},
		{"Aug 2018 - till date", []string{"2018-08..2025-06+"}},
		{"Aug 2018 to date", []string{"2018-08..2025-06+"}},
		{"Since 2019", []string{"2019-07..2025-06+"}},
		{"since March 2019", []string{"2019-03..2025-06+"}},
		{"from 2017 to 2020", []string{"2017-07..2020-06"}},
		// Seasons.
		{"Summer 2019", []string{"2019-06..2019-08"}},
		{"Intern, Acme (Summer 2019)", []string{"2019-06..2019-08"}},
		{"Winter 2020", []string{"2019-12..2020-02"}},
		{"Fall 2018 - Spring 2020", []string{"2018-09..2020-05"}},
		{"autumn 2018", []string{"2018-09..2018-11"}},
		// Cut at the as-of month; dropped when after it.
		{"Jan 2025 - Dec 2026", []string{"2025-01..2025-06"}},
		{"Sep 2025 - Present", nil},
		// Two ranges on a line.
		{"2014 - 2016, 2018 - 2020", []string{"2014-07..2016-06", "2018-07..2020-06"}},
		// Not ranges.
		{"B.S. Computer Science - Northfield State University, 2017", nil},
		{"Jun 2019", nil},
		{"2-4 years of experience", nil},
		{"(317) 555-0148", nil},
		{"UK shift (1:30 PM - 10:30 PM IST)", nil},
		{"Salary range $135,000-$165,000", nil},
		{"9,000 items a month; 2,000 - 3,000 users", nil},
		{"NEC 2020/2023", nil},
		{"24/7 support", nil},
		{"Version 1.2.3.4", nil},
		{"2024: $812K new ARR, 124% of quota", nil},
		{"Decided to ship in 2019", nil},
		{"2021 - 2018", nil},
		{"1800 - 1850", nil},
		{"", nil},
	} {
		if got := spans(tc.line); !cmp.Equal(got, tc.want) {
			t.Errorf("Find(%q) = %v, want %v", tc.line, got, tc.want)
		}
	}
}

func TestFindOffsets(t *testing.T) {
	line := "Data Engineer · Kiezkorb GmbH, Berlin             Feb 2022 – Present"
	rs := Find(line, asOf)
	if len(rs) != 1 {
		t.Fatalf("Find = %v", rs)
	}
	if got := line[rs[0].Start:rs[0].End]; got != "Feb 2022 – Present" {
		t.Errorf("range text %q", got)
	}
	line = "Worked Since 2019 here"
	rs = Find(line, asOf)
	if len(rs) != 1 || line[rs[0].Start:rs[0].End] != "Since 2019" {
		t.Errorf("Find(%q) = %+v", line, rs)
	}
}

func TestMergeTotal(t *testing.T) {
	r := func(a, b string) Range {
		var ya, ma, yb, mb int
		parse := func(s string, y, m *int) {
			*y = int(s[0]-'0')*1000 + int(s[1]-'0')*100 + int(s[2]-'0')*10 + int(s[3]-'0')
			*m = int(s[5]-'0')*10 + int(s[6]-'0')
		}
		parse(a, &ya, &ma)
		parse(b, &yb, &mb)
		return Range{From: MonthFor(ya, time.Month(ma)), To: MonthFor(yb, time.Month(mb))}
	}
	for _, tc := range []struct {
		name   string
		in     []Range
		months int
		merged int
	}{
		{"none", nil, 0, 0},
		{"one", []Range{r("2021-03", "2021-06")}, 4, 1},
		{"overlap", []Range{r("2021-03", "2025-06"), r("2018-07", "2021-06")}, 84, 1},
		{"inside", []Range{r("2018-01", "2020-12"), r("2019-01", "2019-06")}, 36, 1},
		{"touching", []Range{r("2018-01", "2018-12"), r("2019-01", "2019-12")}, 24, 1},
		{"gap ignored", []Range{r("2015-01", "2015-12"), r("2019-01", "2019-12")}, 24, 2},
		{"unsorted", []Range{r("2022-01", "2022-12"), r("2015-01", "2015-12"), r("2015-06", "2016-01")}, 25, 2},
	} {
		if got := Total(tc.in); got != tc.months {
			t.Errorf("%s: Total = %d, want %d", tc.name, got, tc.months)
		}
		if got := len(Merge(tc.in)); got != tc.merged {
			t.Errorf("%s: Merge gives %d ranges, want %d", tc.name, got, tc.merged)
		}
	}
}

func TestYears(t *testing.T) {
	for _, tc := range []struct {
		months int
		want   float64
	}{{0, 0}, {11, 0.9}, {12, 1}, {59, 4.9}, {60, 5}, {64, 5.3}, {71, 5.9}} {
		if got := Years(tc.months); got != tc.want {
			t.Errorf("Years(%d) = %v, want %v", tc.months, got, tc.want)
		}
	}
}

func TestMonth(t *testing.T) {
	m := MonthOf(time.Date(2025, time.June, 30, 0, 0, 0, 0, time.UTC))
	if m.Year() != 2025 || m.Month() != time.June || m.String() != "2025-06" {
		t.Errorf("MonthOf = %d %v %s", m.Year(), m.Month(), m)
	}
}
