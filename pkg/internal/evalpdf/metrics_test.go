package main

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

func TestBag(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want map[string]int
	}{
		{"empty", "", map[string]int{}},
		{"case and punctuation", "Go, go! C# 2024-25", map[string]int{"go": 2, "c": 1, "2024": 1, "25": 1}},
		{"unicode letters", "Résumé • Zürich", map[string]int{"résumé": 1, "zürich": 1}},
		{"ligatures spelled out", "ﬁnance ﬂow Oﬃce", map[string]int{"finance": 1, "flow": 1, "office": 1}},
		{"line breaks", "node.js\nCI/CD", map[string]int{"node": 1, "js": 1, "ci": 1, "cd": 1}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, bag(tt.in)); diff != "" {
				t.Errorf("bag(%q) mismatch (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}

func TestCompare(t *testing.T) {
	type prf struct{ P, R, F1 float64 }
	tests := []struct {
		name      string
		ours, ref string
		wantScore score
		wantPRF   prf
	}{
		{"identical", "a b c", "c b a", score{3, 3, 3}, prf{1, 1, 1}},
		{"both empty", "", "", score{}, prf{1, 1, 1}},
		{"ours empty", "", "a b", score{0, 0, 2}, prf{0, 0, 0}},
		{"ref empty", "a", "", score{0, 1, 0}, prf{0, 0, 0}},
		{"disjoint", "a b", "c d", score{0, 2, 2}, prf{0, 0, 0}},
		// Multiset: "a" twice in ours but once in ref counts once.
		{"repeated words", "a a b", "a b c d", score{2, 3, 4}, prf{2.0 / 3, 0.5, 2 * (2.0 / 3) * 0.5 / (2.0/3 + 0.5)}},
		{"case folded", "Python SQL", "python sql", score{2, 2, 2}, prf{1, 1, 1}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := compare(bag(tt.ours), bag(tt.ref))
			if diff := cmp.Diff(tt.wantScore, got, cmp.AllowUnexported(score{})); diff != "" {
				t.Errorf("compare(%q, %q) mismatch (-want +got):\n%s", tt.ours, tt.ref, diff)
			}
			p, r, f := got.prf()
			if diff := cmp.Diff(tt.wantPRF, prf{p, r, f}, cmpApprox); diff != "" {
				t.Errorf("prf(%q, %q) mismatch (-want +got):\n%s", tt.ours, tt.ref, diff)
			}
		})
	}
}

func TestGroupOf(t *testing.T) {
	tests := []struct {
		in, want string
	}{
		{"pdf/templates/a.pdf", "pdf/templates"},
		{"pdf/kaggle-sample/TEACHER/1.pdf", "pdf/kaggle-sample"},
		{"docs/resume-matcher/x/y/z.pdf", "docs/resume-matcher"},
		{"pdf/loose.pdf", "pdf"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, groupOf(tt.in)); diff != "" {
				t.Errorf("groupOf(%q) mismatch (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}

// corpusView is the part of a corpus summary the test compares: names only
// for the result lists, so the expected value stays readable.
type corpusView struct {
	Name                  string
	Files, Scored         int
	Failures, RefFailures []string
	Micro                 score
	MacroF                float64
	OursTime, RefTime     time.Duration
	Slowest, LowestF1     []string
}

func names(rs []result) []string {
	var out []string
	for _, r := range rs {
		out = append(out, r.Name)
	}
	return out
}

func TestSummarize(t *testing.T) {
	ms := time.Millisecond
	mk := func(name string, ours, ref time.Duration, oursErr, refErr string, s score) result {
		return result{Name: name, Group: groupOf(name), OursTime: ours, RefTime: ref, OursErr: oursErr, RefErr: refErr, Score: s}
	}
	// Input deliberately out of order: the summary must not depend on it.
	in := []result{
		mk("pdf/templates/c.pdf", 30*ms, 10*ms, "", "", score{5, 10, 10}),
		mk("docs/rm/z.pdf", 5*ms, 5*ms, "", "", score{4, 4, 4}),
		mk("pdf/templates/a.pdf", 10*ms, 10*ms, "", "", score{10, 10, 10}),
		mk("pdf/templates/b.pdf", 30*ms, 20*ms, "b.pdf: no text layer (scanned image?)", "", score{}),
		mk("pdf/templates/d.pdf", 1*ms, 2*ms, "", "Syntax Error", score{}),
		mk("pdf/templates/e.pdf", 2*ms, 2*ms, "", "", score{0, 0, 3}),
		mk("pdf/templates/f.pdf", 3*ms, 2*ms, "", "", score{9, 10, 10}),
		mk("pdf/templates/g.pdf", 4*ms, 2*ms, "", "", score{8, 10, 10}),
		mk("pdf/templates/h.pdf", 5*ms, 2*ms, "", "", score{10, 10, 10}),
	}
	var got []corpusView
	for _, c := range summarize(in) {
		got = append(got, corpusView{
			Name: c.Name, Files: c.Files, Scored: c.Scored,
			Failures: names(c.Failures), RefFailures: names(c.RefFailures),
			Micro: c.Micro, MacroF: c.MacroF, OursTime: c.OursTime, RefTime: c.RefTime,
			Slowest: names(c.Slowest), LowestF1: names(c.LowestF1),
		})
	}
	want := []corpusView{
		{
			Name: "docs/rm", Files: 1, Scored: 1, Micro: score{4, 4, 4}, MacroF: 1,
			OursTime: 5 * ms, RefTime: 5 * ms,
			Slowest: []string{"docs/rm/z.pdf"}, LowestF1: []string{"docs/rm/z.pdf"},
		},
		{
			Name: "pdf/templates", Files: 8, Scored: 6,
			Failures:    []string{"pdf/templates/b.pdf"},
			RefFailures: []string{"pdf/templates/d.pdf"},
			Micro:       score{42, 50, 53},
			MacroF:      (1 + 0.5 + 0 + 0.9 + 0.8 + 1) / 6,
			OursTime:    85 * ms, RefTime: 50 * ms,
			// b and c tie at 30 ms: name order breaks the tie.
			Slowest:  []string{"pdf/templates/b.pdf", "pdf/templates/c.pdf", "pdf/templates/a.pdf", "pdf/templates/h.pdf", "pdf/templates/g.pdf"},
			LowestF1: []string{"pdf/templates/e.pdf", "pdf/templates/c.pdf", "pdf/templates/g.pdf", "pdf/templates/f.pdf", "pdf/templates/a.pdf"},
		},
	}
	if diff := cmp.Diff(want, got, cmp.AllowUnexported(score{}), cmpApprox); diff != "" {
		t.Errorf("summarize mismatch (-want +got):\n%s", diff)
	}
}

var cmpApprox = cmp.Comparer(func(a, b float64) bool { d := a - b; return d < 1e-9 && d > -1e-9 })

func TestReport(t *testing.T) {
	in := []result{
		{Name: "pdf/t/a.pdf", Group: "pdf/t", OursTime: 2 * time.Millisecond, RefTime: 4 * time.Millisecond, Score: score{3, 4, 3}},
		{Name: "pdf/t/b.pdf", Group: "pdf/t", OursTime: time.Millisecond, RefTime: time.Millisecond, OursErr: "b.pdf: document is encrypted"},
	}
	var buf bytes.Buffer
	report(&buf, in)
	out := buf.String()
	for _, want := range []string{
		"== pdf/t: 2 files, 1 atsmatch failures, 0 pdftotext failures, 1 compared",
		"micro P 0.750 R 1.000 F1 0.857",
		"time: atsmatch 3 ms, pdftotext 5 ms, ratio 0.60",
		"fail pdf/t/b.pdf: b.pdf: document is encrypted",
		"slow pdf/t/a.pdf",
		"low-F1 pdf/t/a.pdf: F1 0.857",
		"== total: 2 files, 1 atsmatch failures",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("report lacks %q; got:\n%s", want, out)
		}
	}
}
