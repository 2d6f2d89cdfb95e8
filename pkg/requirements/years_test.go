package requirements

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// ask is a years ask as a table row: min, max, the kind's text, age.
type askRow struct {
	Min, Max float64
	Kind     string
	Age      bool
}

func asks(line string) []askRow {
	var out []askRow
	for _, a := range findYearsAsks(line) {
		out = append(out, askRow{a.min, a.max, line[a.kindStart:a.kindEnd], a.age})
	}
	return out
}

func TestFindYearsAsks(t *testing.T) {
	for _, tc := range []struct {
		line string
		want []askRow
	}{
		{"- 3+ years of experience with Go", []askRow{{3, 0, "of experience with Go", false}}},
		{"At least five years of Python experience", []askRow{{5, 0, "of Python experience", false}}},
		{"2-4 years of accounts payable experience", []askRow{{2, 4, "of accounts payable experience", false}}},
		{"2 to 4 years in a similar role", []askRow{{2, 4, "", false}}}, // no kind named
		{"Minimum 2 yrs in retail", []askRow{{2, 0, "in retail", false}}},
		{"minimum of 2 years' experience", []askRow{{2, 0, "", false}}},
		{"5 years' experience in nursing", []askRow{{5, 0, "experience in nursing", false}}},
		{"one year of experience", []askRow{{1, 0, "", false}}},
		{"10+ yrs in backend development, ideally fintech", []askRow{{10, 0, "in backend development", false}}},
		{"1.5+ years with React", []askRow{{1.5, 0, "with React", false}}},
		{"ICU experience (1+ year)", []askRow{{1, 0, "ICU experience", false}}},
		{"Java: 5+ years", []askRow{{5, 0, "Java", false}}},
		{"Data Engineer (4-7 yrs)", []askRow{{4, 7, "Data Engineer", false}}},
		{"4+ years (8,000 hours) of commercial electrical experience", []askRow{{4, 0, "of commercial electrical experience", false}}},
		{"4+ years in DevOps roles, including at least 2 years running Kubernetes", []askRow{
			{4, 0, "in DevOps roles", false}, {2, 0, "running Kubernetes", false}}},
		{"3+ years experience", []askRow{{3, 0, "", false}}},
		{"Three (3) years of experience required", []askRow{{3, 0, "", false}}},
		{"five (5)+ years of accounting experience", []askRow{{5, 0, "of accounting experience", false}}},
		{"3 (three) years of retail experience", []askRow{{3, 0, "of retail experience", false}}},
		{"two (2) to four (4) years of experience", []askRow{{2, 4, "", false}}},
		{"Level 3 (2 years) of training", nil},
		// A conjunction before the phrase: what precedes it is another ask.
		{"Bachelor's degree and 4 years of experience", []askRow{{4, 0, "", false}}},
		{"- Master's degree or 2 years of experience", []askRow{{2, 0, "", false}}},
		// A word of the posting's own, not a kind of work.
		{"1-2 years experience preferred", []askRow{{1, 2, "", false}}},
		{"3 years experience desirable", []askRow{{3, 0, "", false}}},
		{"2+ years of experience is essential", []askRow{{2, 0, "", false}}},
		{"2 years of payroll experience is highly desirable", []askRow{{2, 0, "of payroll experience", false}}},
		{"3 years experience in retail preferred", []askRow{{3, 0, "experience in retail", false}}},
		{"3 years of SQL experience an advantage", []askRow{{3, 0, "of SQL experience", false}}},
		// Not experience.
		{"We shipped it 5 years ago", nil},
		{"Comes with a 3-year warranty", nil},
		{"2 years of free updates", nil},
		{"Founded 20 years ago, 30 years in business", nil},
		{"a two-year mentoring program for new staff", nil},
		{"reimbursement for one certification exam per year", nil},
		{"We have grown 90% year over year", nil},
		{"The team has worked together for 5 years", nil},
		{"Grade 3 Classroom Teacher (2025-26 School Year)", nil},
		{"a 4-year degree in engineering", nil},
		{"", nil},
		// Ages: knockouts, not experience.
		{"Must be 18 years or older", []askRow{{18, 0, "", true}}},
		{"at least 21 years of age", []askRow{{21, 0, "", true}}},
		{"applicants must be 18 years old", []askRow{{18, 0, "", true}}},
	} {
		if got := asks(tc.line); !cmp.Equal(got, tc.want) {
			t.Errorf("findYearsAsks(%q)\n got %v\nwant %v", tc.line, got, tc.want)
		}
	}
}

func TestTrimKind(t *testing.T) {
	for in, want := range map[string]string{
		"of professional backend development experience with Java": "backend development experience with Java",
		"of a UX role": "UX role",
		"Java":         "Java",
		"":             "",
	} {
		if got := trimKind(in); got != want {
			t.Errorf("trimKind(%q) = %q, want %q", in, got, want)
		}
	}
}

// FuzzFindYearsAsks: any line gives asks whose spans lie in the line.
func FuzzFindYearsAsks(f *testing.F) {
	for _, s := range []string{"3+ years of Go", "2-4 yrs", "at least five years", "ICU experience (1+ year)",
		"(4-7 yrs)", "5 years ago", "18 years or older", "1.5+ years", "4+ years (8,000 hours) of X", "Java: 5+ years",
		"years", "9 y", "1 year (", "( 2 years"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, line string) {
		for _, a := range findYearsAsks(line) {
			if a.start < 0 || a.end > len(line) || a.start >= a.end || a.kindStart > a.kindEnd || a.kindEnd > len(line) || a.kindStart < 0 {
				t.Fatalf("findYearsAsks(%q): %+v", line, a)
			}
			if a.max != 0 && a.max < 0 || a.min < 0 {
				t.Fatalf("findYearsAsks(%q): %+v", line, a)
			}
		}
	})
}
