package render

import (
	"bytes"
	"encoding/csv"
	"strings"
	"testing"

	"github.com/atsmatch/atsmatch/pkg/report"
)

func TestTermSafe(t *testing.T) {
	tests := []struct{ in, want string }{
		{"cv/ann.md", "cv/ann.md"},
		{"Zoë Müller — CV.pdf", "Zoë Müller — CV.pdf"},
		{"evil\x1b]0;pwned\x07.txt", `evil\x1b]0;pwned\x07.txt`},
		{"red\x1b[31m.txt", `red\x1b[31m.txt`},
		{"a\tb\nc\rd\x7f", `a\tb\nc\rd\x7f`},
		{"csi\u009b2J", `csi\u009b2J`},
		{"bad\x9b.txt", `bad\x9b.txt`}, // an 8-bit CSI byte, not UTF-8
		{"cv\u202egnp.exe", `cv\u202egnp.exe`},
		{"", ""},
	}
	for _, tt := range tests {
		if got := TermSafe(tt.in); got != tt.want {
			t.Errorf("TermSafe(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestCSVCell(t *testing.T) {
	tests := []struct{ in, want string }{
		{"cv/ann.md", "cv/ann.md"},
		{"=HYPERLINK(\"x\")", "'=HYPERLINK(\"x\")"},
		{"+1", "'+1"}, {"-2+3.md", "'-2+3.md"}, {"@SUM(A1)", "'@SUM(A1)"},
		{"\tx", `\tx`}, // shown as an escape: no longer a leading tab
		{"a=b", "a=b"},
		{"", ""},
	}
	for _, tt := range tests {
		if got := csvCell(tt.in); got != tt.want {
			t.Errorf("csvCell(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// hostileBatch is a batch whose resume and job names are hostile: terminal
// escapes, formulas, raw HTML, a Markdown link; one row failed.
func hostileBatch() *report.BatchResult {
	row := func(resume, job string) report.BatchRow {
		return report.BatchRow{SchemaVersion: 1, Resume: resume, Job: job, Score: 50, TopMissing: []string{}}
	}
	failed := row("=cmd|' /C calc'!A0.pdf", "job.txt")
	failed.Score, failed.Error = 0, &report.BatchError{Kind: "empty", Message: "file is empty"}
	return &report.BatchResult{
		SchemaVersion: 1, Complete: true,
		Rows: []report.BatchRow{
			row("evil\x1b]0;pwned\x07.txt", "@job.txt"),
			row("<img src=x onerror=alert(1)>.md", "job.txt"),
			row("[x](javascript:alert(1)).md", "-job.txt"),
			failed,
		},
		Summary: report.BatchSummary{Resumes: 4, Jobs: []string{"job.txt"}, Rows: 4, Scored: 3, Failed: 1,
			BestJobs: []report.BestJob{{Resume: "evil\x1b]0;pwned\x07.txt", Job: "@job.txt", Score: 50}}},
	}
}

// TestBatchEscaping: every batch format escapes names for where it goes:
// no raw escape reaches a terminal (table, CSV, GitHub commands), no CSV
// cell from a name starts a formula (rank's own "-" stays), no Markdown
// cell holds raw HTML or a link; JSON escapes by construction, HTML drops
// control characters as the match report does.
func TestBatchEscaping(t *testing.T) {
	for _, f := range BatchFormats() {
		t.Run(string(f), func(t *testing.T) {
			var buf bytes.Buffer
			if err := WriteBatch(&buf, f, hostileBatch(), BatchOptions{MinScore: 70}); err != nil {
				t.Fatal(err)
			}
			out := buf.String()
			if strings.ContainsAny(out, "\x1b\x07") {
				t.Errorf("raw terminal escape in %s output:\n%q", f, out)
			}
			switch f {
			case BatchCSV:
				recs, err := csv.NewReader(strings.NewReader(out)).ReadAll()
				if err != nil {
					t.Fatal(err)
				}
				for _, rec := range recs[1:] {
					for i, cell := range rec[1:] {
						if cell != "" && strings.ContainsRune("=+-@", rune(cell[0])) {
							t.Errorf("column %d: cell %q starts a formula", i+1, cell)
						}
					}
				}
				if recs[4][0] != "-" || recs[4][1] != "'=cmd|' /C calc'!A0.pdf" {
					t.Errorf("failed row %q: want rank's own - and the name neutralised", recs[4])
				}
			case BatchMarkdown:
				if strings.Contains(out, "<img") || strings.Contains(out, "[x](") {
					t.Errorf("raw HTML or a link in Markdown:\n%s", out)
				}
			}
		})
	}
}
