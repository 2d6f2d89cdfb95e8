package render

import (
	"bytes"
	"slices"
	"strings"
	"testing"

	"github.com/atsmatch/atsmatch/pkg/report"
	"github.com/jedib0t/go-pretty/v6/text"
)

// wideBatch has a long path and many long missing terms: wider than any
// terminal.
func wideBatch() *report.BatchResult {
	res := sampleBatch()
	res.Rows[0].Resume = "candidates/2026/spring-cohort/ann-marie-van-der-berg-senior-backend-engineer-resume-final-v3.pdf"
	res.Rows[0].TopMissing = []string{"Amazon Web Services (AWS) Lambda", "Continuous Integration and Delivery", "Terraform", "Kubernetes", "Site Reliability Engineering", "PostgreSQL"}
	return res
}

func TestBatchTableFitsWidth(t *testing.T) {
	for _, width := range []int{60, 80, 120, 160} {
		var buf bytes.Buffer
		if err := WriteBatch(&buf, BatchTable, wideBatch(), BatchOptions{Options: Options{Width: width}}); err != nil {
			t.Fatal(err)
		}
		out := buf.String()
		table := out[:strings.Index(out, "\n\n")]
		for _, line := range strings.Split(table, "\n") {
			// Only a term wider than its column, alone on its line, may stick out.
			last := line[strings.LastIndex(line, "  ")+2:]
			if w := text.StringWidthWithoutEscSequences(line); w > width && !slices.Contains(wideBatch().Rows[0].TopMissing, strings.TrimSuffix(last, ",")) {
				t.Errorf("width %d: a %d-column line: %q", width, w, line)
			}
		}
		// A name is cut in the middle: its folder and extension show.
		if !strings.Contains(table, "candid") || !strings.Contains(table, "3.pdf  ") || !strings.Contains(table, "…") {
			t.Errorf("width %d: the long name is not cut in the middle:\n%s", width, table)
		}
		// Never a term: each stays whole on one line.
		for _, term := range wideBatch().Rows[0].TopMissing {
			if !strings.Contains(table, term) {
				t.Errorf("width %d: term %q was cut:\n%s", width, term, table)
			}
		}
	}
	// Off a terminal (width 0) nothing is cut.
	var buf bytes.Buffer
	if err := WriteBatch(&buf, BatchTable, wideBatch(), BatchOptions{}); err != nil {
		t.Fatal(err)
	}
	if out := buf.String(); strings.Contains(out, "…") || !strings.Contains(out, wideBatch().Rows[0].Resume) || !strings.Contains(out, "Site Reliability Engineering, PostgreSQL") {
		t.Errorf("width 0 cut something:\n%s", out)
	}
}

func TestBatchTableColor(t *testing.T) {
	for _, on := range []bool{false, true} {
		var buf bytes.Buffer
		if err := WriteBatch(&buf, BatchTable, sampleBatch(), BatchOptions{Options: Options{Color: on}}); err != nil {
			t.Fatal(err)
		}
		out := buf.String()
		// 88.5 good (green), 40.2 fair (yellow), 12.0 poor (red); in the matrix too.
		for _, want := range []string{"\x1b[32m88.5\x1b[0m", "\x1b[33m40.2\x1b[0m", "\x1b[31m12.0\x1b[0m"} {
			if got := strings.Count(out, want); on && got != 2 || !on && got != 0 {
				t.Errorf("color %v: %q %d times", on, want, got)
			}
		}
		if !on && strings.Contains(out, "\x1b") {
			t.Errorf("no colour asked, escapes written:\n%s", out)
		}
	}
}

func TestCutMiddle(t *testing.T) {
	tests := []struct {
		in    string
		width int
		want  string
	}{
		{"short.md", 12, "short.md"},
		{"cv/abcdefghij.pdf", 12, "cv/abc…j.pdf"},
		{"cv/日本語の履歴書.pdf", 12, "cv/日…書.pdf"}, // wide runes count two
	}
	for _, tt := range tests {
		if got := cutMiddle(tt.in, tt.width); got != tt.want || text.StringWidthWithoutEscSequences(got) > tt.width {
			t.Errorf("cutMiddle(%q, %d) = %q, want %q", tt.in, tt.width, got, tt.want)
		}
	}
}

func TestWrapUnits(t *testing.T) {
	tests := []struct {
		in    string
		width int
		sep   string
		want  string
	}{
		{"Go, SQL", 20, ", ", "Go, SQL"},
		{"Amazon Web Services, R&D Budgeting, Go", 20, ", ", "Amazon Web Services,\nR&D Budgeting, Go"},
		{"Continuous Integration and Delivery, Go", 10, ", ", "Continuous Integration and Delivery,\nGo"},
		{"Site Reliability Engineering", 10, ", ", "Site Reliability Engineering"},
		{"error (malformed): file is damaged", 20, " ", "error (malformed):\nfile is damaged"},
	}
	for _, tt := range tests {
		if got := wrapUnits(tt.in, tt.width, tt.sep); got != tt.want {
			t.Errorf("wrapUnits(%q, %d, %q) = %q, want %q", tt.in, tt.width, tt.sep, got, tt.want)
		}
	}
}

func TestPageName(t *testing.T) {
	tests := []struct {
		resume, job string
		several     bool
		prefix      string
	}{
		{"cv/ann.md", "job.txt", false, "cv_ann.md-"},
		{"../cv/Ann Lee (2026).pdf", "job.txt", false, "cv_Ann_Lee_2026_.pdf-"},
		{"cv/ann.md", "jobs/back end.txt", true, "cv_ann.md--jobs_back_end.txt-"},
		{"/home/x/résumé.docx", "j", false, "home_x_r_sum_.docx-"},
	}
	seen := map[string]bool{}
	for _, tt := range tests {
		got := PageName(tt.resume, tt.job, tt.several)
		if !strings.HasPrefix(got, tt.prefix) || !strings.HasSuffix(got, ".html") || len(got) != len(tt.prefix)+8+5 {
			t.Errorf("PageName(%q, %q, %v) = %q, want %q + 8 hex + .html", tt.resume, tt.job, tt.several, got, tt.prefix)
		}
		if got != PageName(tt.resume, tt.job, tt.several) {
			t.Errorf("PageName(%q) is not deterministic", tt.resume)
		}
		seen[got] = true
	}
	// Names that read alike, and one resume against two jobs, get pages of their own.
	for _, pair := range [][2]string{{"a/b.md", "a_b.md"}, {"a b.md", "a?b.md"}} {
		if PageName(pair[0], "j", false) == PageName(pair[1], "j", false) {
			t.Errorf("%q and %q share a page", pair[0], pair[1])
		}
	}
	if PageName("cv.md", "a.txt", true) == PageName("cv.md", "b.txt", true) {
		t.Error("one resume, two jobs: one page")
	}
}

// TestBatchTableSummaryTermSafe: a file name with a newline or an escape
// sequence is written escaped in the by-job table and the matrix too, as
// in the ranked rows: raw, it would split a row or colour the terminal.
func TestBatchTableSummaryTermSafe(t *testing.T) {
	res := sampleBatch()
	res.Summary.Jobs[0] = "back\x1b[31mend.txt"
	res.Summary.ByJob[0].Job = res.Summary.Jobs[0]
	res.Summary.BestJobs[0].Job = res.Summary.Jobs[0]
	res.Summary.BestJobs[1].Resume = "cv/bob\nB.txt"
	var buf bytes.Buffer
	if err := WriteBatch(&buf, BatchTable, res, BatchOptions{}); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	if strings.Contains(out, "\x1b") {
		t.Errorf("an escape sequence reached the terminal:\n%q", out)
	}
	for _, want := range []string{"\ncv/bob\\nB.txt  12.0 ", "\nback\\x1b[31mend.txt   2 ", "40.2                  back\\x1b[31mend.txt\n"} {
		if !strings.Contains(out, want) {
			t.Errorf("table lacks %q:\n%s", want, out)
		}
	}
}
