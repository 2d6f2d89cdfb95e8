package ats

import (
	"context"
	"strings"
	"testing"
)

// TestMatchResultLines: the whole-document lines handed to renderers are
// the ones evidence line numbers point into.
func TestMatchResultLines(t *testing.T) {
	a := newAnalyzer(t)
	for _, name := range pairNames(t) {
		t.Run(name, func(t *testing.T) {
			job, resume := pair(t, name)
			r, err := a.Match(context.Background(), job, resume)
			if err != nil {
				t.Fatal(err)
			}
			if len(r.JobLines) == 0 || len(r.ResumeLines) == 0 {
				t.Fatalf("Match(%s): %d job lines, %d resume lines; want both filled", name, len(r.JobLines), len(r.ResumeLines))
			}
			check := func(doc string, lines []string, line int, text string) {
				t.Helper()
				if line < 1 || line > len(lines) {
					t.Fatalf("%s evidence line %d outside 1..%d", doc, line, len(lines))
				}
				if got := strings.TrimSpace(lines[line-1]); got != text {
					t.Errorf("%s line %d = %q, evidence says %q", doc, line, got, text)
				}
			}
			for _, m := range r.Matched {
				for _, e := range m.ResumeEvidence {
					check("resume", r.ResumeLines, e.Line, e.Text)
				}
				for _, e := range m.JobEvidence {
					check("job", r.JobLines, e.Line, e.Text)
				}
			}
			for _, m := range r.Missing {
				for _, e := range m.JobEvidence {
					check("job", r.JobLines, e.Line, e.Text)
				}
			}
		})
	}
}
